#!/usr/bin/env bash
# Render a reviewed DOCX to PDF with its Word comments in the page margin, to look at what the township gets.
#   build/review_margin_pdf.sh REVIEWED.docx OUTDIR        (SOFFICE=/path/to/soffice to pick a LibreOffice)
# Needs LibreOffice >= 7.5 (the PDF filter option ExportNotesInMargin); Debian 12's 7.4 exports comments only
# as PDF annotations. docs/review-page.png was made with LibreOffice 25.2 from bookworm-backports.
set -euo pipefail
in=${1:?reviewed .docx}
out=${2:-.}
soffice=${SOFFICE:-soffice}
"$soffice" --headless --convert-to \
  'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}' "$in" --outdir "$out"
