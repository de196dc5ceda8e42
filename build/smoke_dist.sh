#!/usr/bin/env bash
# Smoke test of the packaged one-folder build: every main job, run from the bundle as a clerk would.
#   build/smoke_dist.sh [FOLDER]      (default dist/ReportDesk; run by `make dist`, so by CI)
# check (seed 004: exit 1, privacy.phone) · export DOCX 上报版 and 公开版 (no phone number anywhere in the zip) ·
# import of that .docx into a fresh store · XLSX · PDF through Qt's layout, and through LibreOffice when installed
# (started with the desktop's environment, not the bundle's) · the county summary · the window opened offscreen,
# a section typed into, autosaved and closed (--smoke-test).
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-dist/ReportDesk}
exe="$folder/ReportDesk"
[ -x "$exe.exe" ] && exe="$exe.exe"
[ -x "$folder/ReportDeskCli.exe" ] && cli="$folder/ReportDeskCli.exe" || cli="$exe"
seed=tests/data/004_f3282ba59118200a.txt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export REPORT_DESK_DATA="$out/data"
fail() { echo "smoke: FAILED: $*"; exit 1; }
step() { echo "smoke: $*"; }
PHONE='(^|[^0-9])(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})([^0-9]|$)'

set +e
"$cli" check --format json "$seed" >"$out/check.json"
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "check exited $rc (expected 1: seed 004 has errors)"
grep -q '"privacy.phone"' "$out/check.json" || fail "check output lacks privacy.phone"
step "check: exit 1 with privacy.phone"

"$cli" export "$seed" --docx "$out/上报版.docx" >/dev/null || fail "export DOCX 上报版"
"$cli" export "$seed" --docx "$out/公开版.docx" --public >/dev/null || fail "export DOCX 公开版"
python3 - "$out/上报版.docx" "$out/公开版.docx" "$PHONE" <<'EOF' || fail "DOCX contents"
import re, sys, zipfile
internal, public, phone = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
def text(path):
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None, f"{path}: damaged zip"
        return {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}
body = re.sub(r"<[^>]+>", "", text(internal)["word/document.xml"])
assert "法治" in body, "上报版 has no report text"
assert phone.search(body), "上报版 lost the phone number (seed 004 has one): the check below would prove nothing"
for name, part in text(public).items():
    plain = re.sub(r"<[^>]+>", "", part)
    found = phone.search(plain)
    assert not found, f"公开版 {name} still holds a phone number: {found.group(2)}"
print("smoke: DOCX 上报版 and 公开版 written; no phone number anywhere in the 公开版 zip")
EOF

"$cli" import "$out/上报版.docx" >/dev/null || fail "import of the exported .docx"
"$cli" list --format json >"$out/list.json" || fail "list"
grep -q '"id"' "$out/list.json" || fail "the imported .docx is not in the store"
step "import: the .docx is in a fresh store"

"$cli" export "$seed" --xlsx "$out/清单.xlsx" >/dev/null || fail "export XLSX"
python3 -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert 'xl/workbook.xml' in z.namelist()" \
  "$out/清单.xlsx" || fail "XLSX is not a workbook"
step "XLSX written"

check_pdf() {
  [ "$(head -c 5 "$1")" = "%PDF-" ] || fail "$2 PDF is not a PDF"
  if command -v pdftotext >/dev/null; then
    local text
    text=$(pdftotext "$1" -)
    [[ $text == *法治* ]] || fail "$2 PDF has no Chinese text"
  fi
}
"$cli" export "$seed" --pdf "$out/qt.pdf" --pdf-engine qt >/dev/null || fail "export PDF (Qt layout)"
check_pdf "$out/qt.pdf" "Qt"
step "PDF (Qt layout) written"
if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
  "$cli" export "$seed" --pdf "$out/lo.pdf" --pdf-engine libreoffice >/dev/null || fail "export PDF (LibreOffice)"
  check_pdf "$out/lo.pdf" "LibreOffice"
  step "PDF (LibreOffice, started with the desktop's environment) written"
else
  step "PDF (LibreOffice): skipped, LibreOffice is not installed here"
fi

mkdir -p "$out/reports" && cp tests/data/00[0-4]_*.txt "$out/上报版.docx" "$out/reports/"
"$cli" summary "$out/reports" -o "$out/汇总.xlsx" -q >/dev/null || fail "county summary"
python3 -c "import sys, zipfile; assert 'xl/workbook.xml' in zipfile.ZipFile(sys.argv[1]).namelist()" \
  "$out/汇总.xlsx" || fail "summary is not a workbook"
step "county summary of 6 reports written"

export REPORT_DESK_DATA="$out/window"
QT_QPA_PLATFORM=offscreen "$exe" --smoke-test 2>"$out/window.log" || { cat "$out/window.log"; fail "window"; }
grep 'smoke-test:' "$out/window.log" | sed 's/^/smoke: window: /'
echo "smoke: packaged build OK: every main job ($(du -sm "$folder" | cut -f1) MB)"
