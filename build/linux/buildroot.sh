#!/usr/bin/env bash
# `make dist` on Linux: build the one-folder program inside a cached Debian 11 (bullseye, glibc 2.31) root, so
# it starts on the oldest desktops we support (Kylin V10 / UOS class), whatever this machine's glibc is.
#
#   build/linux/buildroot.sh            # → dist/ReportDesk (then build/smoke_dist.sh tests it)
#   REPORT_DESK_BARE_WINDOW=1 build/linux/buildroot.sh   # → dist/BareWindow, the start-up baseline
#
# The root (REPORT_DESK_BUILDROOT, default /var/tmp/report-desk-buildroot-bullseye) is made once and reused:
#   1. debootstrap bullseye with a C compiler, the -dev libraries CPython needs and the desktop libraries Qt
#      links against (so PyInstaller can resolve them; build/report_desk.spec then leaves them out);
#   2. CPython 3.11, compiled there from the pristine upstream tarball that Debian's python3.11 source package
#      carries (`apt-get source --download-only`, signed .dsc checked by apt), installed under /opt/python;
#   3. a venv with the project's dependencies and PyInstaller from PyPI (redone when pyproject.toml changes).
# Each build copies the source in, runs PyInstaller there, copies dist/ReportDesk out and checks that no file
# of it needs a GLIBC symbol version above 2.31 (build/linux/glibc_check.sh). Needs root (chroot, mounts).
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
root=${REPORT_DESK_BUILDROOT:-/var/tmp/report-desk-buildroot-bullseye}
suite=bullseye
pyver=3.11
base_pkgs="gcc,make,libc6-dev,pkg-config,libssl-dev,zlib1g-dev,libffi-dev,libsqlite3-dev,libbz2-dev,liblzma-dev,\
uuid-dev,binutils,xz-utils,ca-certificates,icu-devtools,libegl1,libgl1,libxkbcommon0,libxkbcommon-x11-0,\
libfontconfig1,libfreetype6,libglib2.0-0,libdbus-1-3,libx11-xcb1,libxcb1,libxcb-cursor0,libxcb-icccm4,\
libxcb-image0,libxcb-keysyms1,libxcb-randr0,libxcb-render-util0,libxcb-shape0,libxcb-xinerama0,libxcb-xkb1,\
libxcb-xfixes0,libxcb-shm0,libxcb-sync1,libxcb-render0,libxrender1,libsm6,libice6,libcups2"
say() { echo "dist: [${SECONDS}s] $*"; }
[ "$(id -u)" -eq 0 ] || { say "needs root (debootstrap, chroot); run: sudo make dist"; exit 1; }
for tool in debootstrap objdump; do
  command -v "$tool" >/dev/null || { say "$tool missing: run bash build/system-deps.sh --dist"; exit 1; }
done
mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}

mounted=()
unmount_all() { for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done; mounted=(); }
trap unmount_all EXIT
in_root() {  # run a command in the root with a clean environment
  if [ ${#mounted[@]} -eq 0 ]; then
    mount -t proc proc "$root/proc" && mounted+=("$root/proc")
    mount --bind /dev "$root/dev" && mounted+=("$root/dev")
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/host-ca.crt"
  fi
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/opt/venv/bin:/opt/python/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    PIP_CONFIG_FILE=/dev/null PIP_CERT=/etc/ssl/host-ca.crt SSL_CERT_FILE=/etc/ssl/host-ca.crt \
    PIP_DISABLE_PIP_VERSION_CHECK=1 QT_QPA_PLATFORM=offscreen bash -ec "$1"
}

# 1. The Debian 11 root.
if [ ! -f "$root/.stamp-base" ] || [ "$(cat "$root/.stamp-base")" != "$base_pkgs" ]; then
  [ -d "$root" ] && [ -f "$root/.stamp-base" ] && say "the package list changed: rebuilding the root"
  rm -rf "$root"
  say "building the Debian 11 root once (debootstrap, ~1–5 min)..."
  debootstrap --variant=minbase --include="$base_pkgs" "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { say "debootstrap failed, see $root.debootstrap.log"; exit 1; }
  echo "$base_pkgs" >"$root/.stamp-base"
fi

# 2. CPython, from Debian's source package of python3.11 (the newer suite's; bullseye has only 3.9).
if [ ! -x "$root/opt/python/bin/python$pyver" ]; then
  cache="$root/var/cache/report-desk-src"
  mkdir -p "$cache/lists/partial" "$cache/apt/archives/partial"
  if ! ls "$cache"/python${pyver}_*.orig.tar.* >/dev/null 2>&1; then
    say "fetching Debian's python$pyver source package (bookworm)..."
    echo "deb-src $mirror bookworm main" >"$cache/sources.list"
    apt_opts=(-o Dir::Etc::SourceList="$cache/sources.list" -o Dir::Etc::SourceParts=/nonexistent
      -o Dir::State::Lists="$cache/lists" -o Dir::Cache="$cache/apt" -o APT::Sandbox::User=root)
    apt-get -qq "${apt_opts[@]}" update
    (cd "$cache" && apt-get -qq "${apt_opts[@]}" source --download-only "python$pyver")
  fi
  tarball=$(ls "$cache"/python${pyver}_*.orig.tar.* | head -n1)
  say "compiling CPython from $(basename "$tarball") in the root (~5–10 min on 2 cores)..."
  in_root "rm -rf /tmp/cpython && mkdir /tmp/cpython && tar -xf /var/cache/report-desk-src/$(basename "$tarball") \
    -C /tmp/cpython --strip-components=1 && cd /tmp/cpython \
    && ./configure -q --prefix=/opt/python --enable-shared --disable-test-modules --without-ensurepip \
       LDFLAGS=-Wl,-rpath,/opt/python/lib >/tmp/cpython.configure.log \
    && make -s -j$(nproc) >/tmp/cpython.make.log 2>&1 && make -s altinstall >/tmp/cpython.install.log 2>&1 \
    && rm -rf /tmp/cpython" || { say "CPython build failed (logs in $root/tmp/cpython.*.log)"; exit 1; }
fi

# 3. The venv with the project's dependencies (from pyproject.toml) and PyInstaller.
deps=$(python3 - "$src/pyproject.toml" <<'EOF'
import shlex, sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
print(" ".join(shlex.quote(d) for d in project["dependencies"] + project["optional-dependencies"]["build"]))
EOF
)
if [ "$(cat "$root/opt/venv/.stamp" 2>/dev/null)" != "$deps" ]; then
  say "installing the dependencies into the root's venv (PyPI)..."
  in_root "rm -rf /opt/venv && /opt/python/bin/python$pyver -m venv /opt/venv \
    && /opt/venv/bin/python -m pip install -q $deps" || { say "pip install failed"; exit 1; }
  echo "$deps" >"$root/opt/venv/.stamp"
fi

# 4. The build: the source copied in, PyInstaller run there, dist/ReportDesk copied out.
say "PyInstaller in the Debian 11 root..."
rm -rf "$root/src" && mkdir -p "$root/src"
(cd "$src" && tar -cf - --exclude=.venv --exclude=dist --exclude=.cache --exclude=.git --exclude='*.egg-info' \
  --exclude=__pycache__ --exclude=tests .) | tar -xf - -C "$root/src"
name=ReportDesk bare=""
[ -n "${REPORT_DESK_BARE_WINDOW:-}" ] && name=BareWindow bare="REPORT_DESK_BARE_WINDOW=1"
in_root "cd /src && python build/linux/icu_trim.py /var/cache/report-desk-icu \
  && export REPORT_DESK_ICUDATA=\$(ls /var/cache/report-desk-icu/libicudata.so.*) \
  && $bare python -m PyInstaller --noconfirm --log-level WARN --workpath /var/cache/report-desk-work \
     --distpath /src/dist build/report_desk.spec"
unmount_all
rm -rf "${src:?}/dist/$name" && mkdir -p "$src/dist"
cp -a "$root/src/dist/$name" "$src/dist/$name"
find "$src/dist/$name" -xtype l -delete  # PyInstaller's links to the Qt libraries that were left out
bash "$src/build/linux/glibc_check.sh" "$src/dist/$name"
say "dist/$name: $(du -sm "$src/dist/$name" | cut -f1) MB, glibc ≤ 2.31"
