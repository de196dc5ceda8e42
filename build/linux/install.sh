#!/usr/bin/env bash
# Install 法治报告助手 (Report Desk) from this unpacked tarball, with a menu entry and icon.
#   sudo ./install.sh        for every user: /opt/report-desk, /usr/share/applications, /usr/local/bin/report-desk
#   ./install.sh             for the current user only: ~/.local/opt/report-desk, ~/.local/share/applications
# Run it again to update (the old program folder is replaced). The users' reports live in their own data
# folders (~/.local/share/ReportDesk) and are never touched. ./uninstall.sh (copied next to the program) removes it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ -x "$here/ReportDesk/ReportDesk" ] || { echo "install: ReportDesk/ReportDesk not found next to install.sh"; exit 1; }
if [ "$(id -u)" -eq 0 ]; then
  prefix=/opt/report-desk; share=/usr/share; bin=/usr/local/bin
else
  prefix="$HOME/.local/opt/report-desk"; share="${XDG_DATA_HOME:-$HOME/.local/share}"; bin="$HOME/.local/bin"
fi
echo "install: 法治报告助手 → $prefix"
mkdir -p "$prefix" "$share/applications" "$bin"
rm -rf "$prefix/ReportDesk.new" && cp -a "$here/ReportDesk" "$prefix/ReportDesk.new"
rm -rf "$prefix/ReportDesk" && mv "$prefix/ReportDesk.new" "$prefix/ReportDesk"
cp "$here/uninstall.sh" "$prefix/uninstall.sh" && chmod 755 "$prefix/uninstall.sh"
for size in 48 128 256; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$here/icons/report-desk-$size.png" "$share/icons/hicolor/${size}x${size}/apps/report-desk.png"
done
sed "s|^Exec=.*|Exec=\"$prefix/ReportDesk/ReportDesk\" %f|" "$here/report-desk.desktop" >"$share/applications/report-desk.desktop"
chmod 644 "$share/applications/report-desk.desktop"
ln -sf "$prefix/ReportDesk/ReportDesk" "$bin/report-desk"
mkdir -p "$share/mime/packages" && cp "$here/report-desk-mime.xml" "$share/mime/packages/report-desk.xml"
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" 2>/dev/null || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
echo "install: done. Menu: 办公 → 法治报告助手; command line: report-desk check 报告.docx"
echo "install: to remove it: $prefix/uninstall.sh"
