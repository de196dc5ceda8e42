#!/usr/bin/env bash
# What `make ime-test` needs, installed from Debian (root only; Debian/Ubuntu hosts):
#   - on the host: ibus + libpinyin, fcitx5 + its pinyin (fcitx5-chinese-addons), a D-Bus session launcher,
#     Xvfb, xdotool, ImageMagick's `import` (screenshots) and xprop;
#   - fcitx 4 in a Debian 11 root of its own ($FCITX4_ROOT): Debian's fcitx5 package conflicts with fcitx 4, so the
#     two cannot be installed side by side; the fcitx 4 daemon runs chrooted and joins the host's X display and the
#     harness's private D-Bus session through bind mounts. Built once with debootstrap (a few minutes), then kept.
set -euo pipefail
FCITX4_ROOT=${FCITX4_ROOT:-/var/tmp/reportdesk-fcitx4-bullseye}
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "ime-deps: not a Debian/Ubuntu system; install ibus, fcitx5 and fcitx 4 by hand"; exit 1
fi
[ "$(id -u)" -eq 0 ] || { echo "ime-deps: run as root (installs Debian packages, builds a chroot)"; exit 1; }
host=(ibus ibus-libpinyin fcitx5 fcitx5-chinese-addons dbus dbus-x11 xvfb xauth xdotool imagemagick x11-utils
  debootstrap fonts-noto-cjk)
missing=()
for p in "${host[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "ime-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# fcitx 4 as a desktop runs it: the daemon, pinyin, its D-Bus module and IPC frontend (what Qt/GTK plugins talk
# to), the X11 module with XIM, and the classic UI (the candidate window).
fcitx4=(fcitx-bin fcitx-data fcitx-modules fcitx-module-dbus fcitx-module-x11 fcitx-ui-classic fcitx-pinyin dbus fonts-wqy-microhei)
if [ ! -x "$FCITX4_ROOT/usr/bin/fcitx" ]; then
  echo "ime-deps: building the fcitx 4 root $FCITX4_ROOT once (debootstrap, a few minutes)..."
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  rm -rf "$FCITX4_ROOT.part"
  debootstrap --variant=minbase --include="$(IFS=,; echo "${fcitx4[*]}")" bullseye "$FCITX4_ROOT.part" "$mirror" >"$FCITX4_ROOT.log" 2>&1 \
    || { echo "ime-deps: debootstrap failed, see $FCITX4_ROOT.log"; exit 1; }
  mv "$FCITX4_ROOT.part" "$FCITX4_ROOT"
fi
if ! chroot "$FCITX4_ROOT" dpkg-query -W "${fcitx4[@]}" >/dev/null 2>&1; then  # a root from an older list
  chroot "$FCITX4_ROOT" env DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends \
    "${fcitx4[@]}" >/dev/null
fi
echo "ime-deps: ready (fcitx 4 root: $FCITX4_ROOT)"
