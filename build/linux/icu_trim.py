"""Trim Qt's ICU data library (libicudata, 31 MB) to what a Chinese/English Qt Widgets program uses, and prove it.

    python build/linux/icu_trim.py OUT_DIR      # → OUT_DIR/libicudata.so.NN (and the probe results)

Kept: the core property and normalisation data, collation (root, zh*, en), locale, zone, currency, language,
region, unit and number-spelling data for root/zh*/en, time-zone tables, Chinese and Western code pages (and
any item those depend on). Dropped: the other ~200 locales, transliterators, break iterators and their
dictionaries (Qt finds word and line breaks itself), character names and the other code pages. The data blob is cut with ICU's own icupkg
and linked back into a library with the same soname and symbol (icudtNN_dat), so Qt loads it unchanged.

Proof: build/linux/icu_probe.py (Chinese collation of ~7,000 words, zh/en date, number and time-zone names,
GB18030/GBK conversion) runs with the original library and with the trimmed one preloaded; any difference fails.
Runs inside the build root (needs icupkg from icu-devtools, gcc, readelf).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?(_[A-Z0-9_]+)?$")
KEEP_LOCALES = re.compile(r"^(root|zh(_.*)?|en|en_US(_POSIX)?|en_001|en_GB)$")
KEEP_CONVERTERS = re.compile(r"gb18030|ibm-1386|windows-936|ibm-5478|ibm-1383|windows-950|ibm-5348|iso-8859")
DROPPED_FOLDERS = {"translit", "brkitr"}
DROPPED_FILES = {"unames.icu"}


def keep(item: str) -> bool:
    """Whether an ICU data item (e.g. "coll/zh.res") stays in the trimmed package."""
    folder, _, name = item.rpartition("/")
    stem, _, ext = name.rpartition(".")
    if folder in DROPPED_FOLDERS or name in DROPPED_FILES or ext == "dict":
        return False
    if ext == "cnv":
        return bool(KEEP_CONVERTERS.search(name))
    if ext == "res" and LOCALE.match(stem):
        return bool(KEEP_LOCALES.match(stem))
    return True


def qt_icudata() -> Path:
    spec = importlib.util.find_spec("PySide6")
    found = sorted((Path(spec.origin).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        raise SystemExit("icu_trim: PySide6 has no libicudata")
    return found[0]


def data_blob(library: Path) -> tuple[str, bytes]:
    """(symbol, bytes) of the icudtNN_dat object in the library's .rodata."""
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True).stdout
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    symbols = subprocess.run(["readelf", "-Ws", str(library)], capture_output=True, text=True).stdout
    symbol = re.search(
        r"([0-9a-f]{16})\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)", symbols
    )
    if not (rodata and symbol):
        raise SystemExit(f"icu_trim: no icudt*_dat in {library}")
    start = int(symbol.group(1), 16) - int(rodata.group(1), 16) + int(rodata.group(2), 16)
    size = int(symbol.group(2), 0)
    return symbol.group(3), library.read_bytes()[start : start + size]


def link_library(dat: Path, symbol: str, soname: str, out: Path) -> None:
    asm = out.parent / "icudata.S"
    asm.write_text(
        f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n.incbin "{dat}"\n'
        f'.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n'
    )
    subprocess.run(
        ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(asm)], check=True
    )


def probe(preload: Path | None) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if preload:
        env["LD_PRELOAD"] = str(preload)
    script = Path(__file__).with_name("icu_probe.py")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, check=True)
    return done.stdout


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    library = qt_icudata()
    symbol, blob = data_blob(library)
    package = symbol.removesuffix("_dat") + "l"  # icupkg wants the file named after the package (icudt73l)
    full = out / f"{package}.dat"
    full.write_bytes(blob)
    items = subprocess.run(
        ["icupkg", "-l", str(full)], capture_output=True, text=True, check=True
    ).stdout.split()
    dropped = [item for item in items if not keep(item)]
    trimmed = out / "trimmed" / f"{package}.dat"
    trimmed.parent.mkdir(exist_ok=True)
    while True:  # put back every dropped item a kept one depends on, until icupkg has nothing to say
        (out / "dropped.txt").write_text("\n".join(dropped) + "\n")
        done = subprocess.run(["icupkg", "-r", str(out / "dropped.txt"), str(full), str(trimmed)],
                              capture_output=True, text=True)  # fmt: skip
        needed = set(re.findall(r"depends on missing item (\S+)", done.stdout + done.stderr))
        if done.returncode == 0 and not needed:
            break
        if not needed & set(dropped):
            raise SystemExit(f"icu_trim: icupkg failed: {done.stderr[-500:]}")
        dropped = [item for item in dropped if item not in needed]
    result = out / library.name
    link_library(trimmed, symbol, library.name, result)
    before, after = probe(None), probe(result)
    (out / "probe-full.json").write_text(before)
    (out / "probe-trimmed.json").write_text(after)
    full_run, trimmed_run = json.loads(before), json.loads(after)
    loaded = (full_run.pop("icudata"), trimmed_run.pop("icudata"))
    if loaded != (str(library), str(result)) or full_run != trimmed_run:
        print("icu_trim: the trimmed ICU data changes Qt's results (see probe-*.json): not used")
        return 1
    mb = 1024 * 1024
    print(
        f"icu_trim: {len(items) - len(dropped)} of {len(items)} ICU items kept, "
        f"{len(blob) / mb:.1f} → {result.stat().st_size / mb:.1f} MB; collation, dates and code pages unchanged"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
