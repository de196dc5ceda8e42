#!/usr/bin/env bash
# Installs (or, when not root, names) the Debian/Ubuntu packages Qt 6 needs on a bare machine.
#   build/system-deps.sh          # libraries for the app and the headless test suite, Xvfb, CJK fonts
#   build/system-deps.sh --dist [PYTHON]   # the same plus what `make dist` needs: debootstrap (the Debian 11
#                                          # build root), binutils (objdump for the glibc check), nsis (the
#                                          # installer script's compile check), poppler-utils (the smoke test
#                                          # reads the PDFs) and, for `make dist-host` on Debian's own Python,
#                                          # its shared library (libpython3.X)
# On non-Debian systems (no dpkg) it does nothing: Windows and other Linux users follow the README.
set -u
if ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0
fi
# Qt core/GUI (offscreen and real windows), the xcb platform plugin, a virtual screen and Chinese fonts.
packages=(
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  libxcb-shm0 libxcb-sync1 libxcb-render0 libxrender1 libsm6 libice6
  xvfb xauth fonts-noto-cjk
)
if [ "${1:-}" = "--dist" ]; then
  packages+=(binutils debootstrap nsis poppler-utils)
  py=${2:-python3}
  # PyInstaller bundles libpython3.X.so; Debian ships it apart from the interpreter.
  lib=$("$py" -c 'import os, sysconfig as s; n = s.get_config_var("INSTSONAME") or ""; d = s.get_config_var("LIBDIR") or ""; print("" if not n or os.path.exists(os.path.join(d, n)) else "libpython%s" % s.get_python_version())' 2>/dev/null || true)
  [ -n "$lib" ] && packages+=("$lib")
fi
missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing+=("$p") ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "system-deps: Qt needs these Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || { echo "system-deps: apt-get update failed"; exit 1; }
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "system-deps: apt-get install failed"; exit 1; }
  echo "system-deps: installed ${#missing[@]} packages"
else
  echo "system-deps: run this once, then repeat the make command:"
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
  exit 1
fi
