#!/usr/bin/env bash
# Refresh build/windows/requirements-win.lock: every win_amd64 wheel (Python 3.11) that pyproject.toml's
# dependencies and the build extra resolve to, plus the Windows-only ones that markers hide from a Linux
# resolver (pefile, pywin32-ctypes for PyInstaller; colorama for click), pinned by version and sha256.
# jieba has no wheel: build.ps1 builds it from the sdist pinned in jieba.lock. Needs PyPI. Run after changing
# the dependency ranges (tests/test_bundle_parts.py fails until then).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - >"$work/req.txt" <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for spec in project["dependencies"] + project["optional-dependencies"]["build"] + ["pefile", "pywin32-ctypes", "colorama"]:
    if "python_version" not in spec and not spec.startswith("jieba"):
        print(spec)
PY
PIP_CONFIG_FILE=/dev/null pip download --quiet --isolated --disable-pip-version-check --platform win_amd64 \
  --python-version 3.11 --implementation cp --only-binary=:all: -d "$work/wheels" -r "$work/req.txt"
python3 - "$work/wheels" >build/windows/requirements-win.lock <<'PY'
import hashlib, pathlib, sys
print("# Every wheel build.ps1 installs on Windows (Python 3.11, win_amd64), pinned by version and sha256, so two")
print("# builds get the same bytes. Written by build/windows/make_lock.sh (pip download --platform win_amd64")
print("# --only-binary=:all:); run it again when pyproject.toml's ranges move. jieba (an sdist only) is pinned in")
print("# jieba.lock and built into a wheel first.")
for wheel in sorted(pathlib.Path(sys.argv[1]).glob("*.whl"), key=lambda p: p.name.lower()):
    name, version = wheel.name.split("-")[:2]
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    print(f"{name.replace('_', '-').lower()}=={version} \\\n    --hash=sha256:{digest}")
PY
echo "make_lock: $(grep -c '==' build/windows/requirements-win.lock) wheels pinned in build/windows/requirements-win.lock"
