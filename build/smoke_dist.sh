#!/usr/bin/env bash
# Smoke test of the packaged one-folder build: `check` on a seed, then open and close the main window offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
exe=dist/ReportDesk/ReportDesk
[ -x "$exe.exe" ] && exe="$exe.exe"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
set +e
"$exe" check --format json tests/data/004_f3282ba59118200a.txt > "$data/check.json"
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "smoke: check exited $rc (expected 1: seed 004 has errors)"; exit 1; }
grep -q '"privacy.phone"' "$data/check.json" || { echo "smoke: check output lacks privacy.phone"; exit 1; }
REPORT_DESK_DATA="$data" QT_QPA_PLATFORM=offscreen "$exe" --smoke-test
echo "smoke: packaged build OK ($(du -sh dist/ReportDesk | cut -f1))"
