#!/usr/bin/env bash
# Remove 法治报告助手 (Report Desk) installed by install.sh: the program, its menu entry, icons and command.
#   sudo /opt/report-desk/uninstall.sh     (installed for every user)
#   ~/.local/opt/report-desk/uninstall.sh  (installed for the current user)
# The users' reports and backups (~/.local/share/ReportDesk) are kept: delete that folder yourself if wanted.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then
  prefix=/opt/report-desk; share=/usr/share; bin=/usr/local/bin
else
  prefix="$HOME/.local/opt/report-desk"; share="${XDG_DATA_HOME:-$HOME/.local/share}"; bin="$HOME/.local/bin"
fi
[ -d "$prefix/ReportDesk" ] || { echo "uninstall: nothing installed in $prefix"; exit 1; }
rm -f "$share/applications/report-desk.desktop" "$share/mime/packages/report-desk.xml"
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" 2>/dev/null || true
for size in 48 128 256; do rm -f "$share/icons/hicolor/${size}x${size}/apps/report-desk.png"; done
[ "$(readlink "$bin/report-desk" 2>/dev/null)" = "$prefix/ReportDesk/ReportDesk" ] && rm -f "$bin/report-desk"
rm -rf "$prefix/ReportDesk" "$prefix/uninstall.sh"
rmdir "$prefix" 2>/dev/null || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" 2>/dev/null || true
echo "uninstall: removed from $prefix (the reports in the users' data folders are kept)"
