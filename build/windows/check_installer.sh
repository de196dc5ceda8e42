#!/usr/bin/env bash
# Compile build/windows/installer.nsi with Debian's makensis and a stand-in payload (Windows exes cannot be built
# here): proves the script is valid NSIS and yields a Windows executable. Skips cleanly without makensis.
#   bash build/windows/check_installer.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v makensis >/dev/null; then
  echo "check_installer: makensis not installed (Debian package nsis): skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ReportDesk/_internal/resources"
printf 'MZ stand-in\n' >"$work/ReportDesk/ReportDesk.exe"
printf 'MZ stand-in\n' >"$work/ReportDesk/ReportDeskCli.exe"
printf '法治报告助手\n' >"$work/ReportDesk/_internal/resources/说明.txt"
makensis -V2 -INPUTCHARSET UTF8 -DVERSION=0.1.0 "-DSOURCE=$work/ReportDesk" "-DOUTFILE=$work/ReportDesk-0.1.0-setup.exe" \
  "-DICON=$here/../../resources/icons/app.ico" "$here/installer.nsi"
head -c 2 "$work/ReportDesk-0.1.0-setup.exe" | grep -q MZ || { echo "check_installer: makensis wrote no Windows executable"; exit 1; }
echo "check_installer: installer.nsi compiles ($(du -k "$work/ReportDesk-0.1.0-setup.exe" | cut -f1) KB with the stand-in payload)"
