#!/usr/bin/env bash
# Pack dist/ReportDesk with install.sh, uninstall.sh, the menu entry and icons into
# dist/ReportDesk-<version>-linux-x86_64.tar.gz (what a clerk's IT person copies to the office PC).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x dist/ReportDesk/ReportDesk ] || { echo "tarball: build dist/ReportDesk first (make dist)"; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
name="ReportDesk-$version-linux-x86_64"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/icons"
cp -a dist/ReportDesk "$stage/$name/ReportDesk"
cp build/linux/install.sh build/linux/uninstall.sh build/linux/report-desk.desktop build/linux/report-desk-mime.xml "$stage/$name/"
chmod 755 "$stage/$name/install.sh" "$stage/$name/uninstall.sh"
python3 - resources/icons/app.ico "$stage/$name/icons" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
for i in range(struct.unpack("<HHH", data[:6])[2]):
    width, _h, _c, _r, _p, _b, size, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
    if (width or 256) in (48, 128, 256):
        open(f"{sys.argv[2]}/report-desk-{width or 256}.png", "wb").write(data[offset : offset + size])
PY
tar -C "$stage" -czf "dist/$name.tar.gz" "$name"
echo "tarball: dist/$name.tar.gz ($(du -m "dist/$name.tar.gz" | cut -f1) MB); unpack, then ./install.sh (or sudo ./install.sh)"
