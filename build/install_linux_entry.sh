#!/usr/bin/env bash
# Installs a menu entry and icon for the one-folder build for the current user (Linux desktops, Kylin, UOS).
#   build/install_linux_entry.sh [/path/to/dist/ReportDesk]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$(cd "${1:-$here/../dist/ReportDesk}" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/../resources/icons/app.png" "$icons/report-desk.png"
sed "s|^Exec=.*|Exec=\"$app/ReportDesk\"|" "$here/linux/report-desk.desktop" > "$apps/report-desk.desktop"
echo "installed $apps/report-desk.desktop"
