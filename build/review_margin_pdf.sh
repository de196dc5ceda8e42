#!/usr/bin/env bash
# Render a reviewed DOCX to PDF with its Word comments in the page margin, to look at what the township gets.
#   build/review_margin_pdf.sh REVIEWED.docx OUTDIR        (SOFFICE=/path/to/soffice to pick a LibreOffice)
# Needs LibreOffice >= 7.5 (the PDF filter option ExportNotesInMargin); Debian 12's 7.4 exports comments only
# as PDF annotations. docs/review-page.png was made with LibreOffice 25.2 from bookworm-backports.
# A private, throw-away LibreOffice profile is used, so the user's own profile is never touched.
set -euo pipefail
in=${1:?reviewed .docx}
out=${2:-.}
soffice=${SOFFICE:-soffice}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out"
pdf="$out/$(basename "${in%.*}").pdf"
for _try in 1 2; do  # soffice.bin itself exits after setting up a new profile: then run it again
  "$soffice" "-env:UserInstallation=file://$profile" --headless --convert-to \
    'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}' "$in" --outdir "$out" || true
  [ -s "$pdf" ] && { echo "$pdf"; exit 0; }
done
echo "LibreOffice did not write $pdf" >&2
exit 1
