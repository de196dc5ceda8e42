"""Qt Linguist tooling: extract UI strings into i18n/*.ts, apply a translation table, compile .qm files.

python build/i18n.py update              # lupdate: refresh i18n/*.ts from desktop/ (drops obsolete entries)
python build/i18n.py release             # lrelease: i18n/*.ts → i18n/*.qm (built, never committed)
python build/i18n.py apply TABLE.json    # fill zh_CN translations from {"Context|source": "译文"} pairs
python build/i18n.py missing             # list zh_CN entries that still lack a translation
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
TS_NAME = "report_desk_{}.ts"
# A call that marks a UI string: QCoreApplication.translate("Ctx", ...), self.tr(...), tr(...),
# QT_TRANSLATE_NOOP("Ctx", ...) — not getattr(.
UI_STRING_CALL = re.compile(r"(?<!\w)tr\(|\btranslate\(|\bQT_TRANSLATE_NOOP\(")


def languages() -> list[str]:
    """The UI languages: one i18n/report_desk_<lang>.ts each (add a file to add a language)."""
    prefix, suffix = TS_NAME.split("{}")
    return sorted(p.name[len(prefix) : -len(suffix)] for p in I18N.glob(TS_NAME.format("*")))


def tool(name: str) -> str:
    """Path of a PySide6 tool next to the running interpreter (the venv), else on PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    """Python files that hold UI strings."""
    files = sorted(
        p for p in (ROOT / "desktop").rglob("*.py") if UI_STRING_CALL.search(p.read_text(encoding="utf-8"))
    )
    return [str(p.relative_to(ROOT)) for p in files]


def update() -> None:
    for lang in languages():
        ts = I18N / TS_NAME.format(lang)
        args = [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            lang,
        ]
        subprocess.run([*args, *sources(), "-ts", str(ts)], cwd=ROOT, check=True)


def release() -> None:
    for lang in languages():
        ts = I18N / TS_NAME.format(lang)
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def messages(ts: Path):
    """(context, source, translation element) for every message of a .ts file."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def missing(ts: Path) -> list[tuple[str, str]]:
    """Entries without a finished translation."""
    return [
        (ctx, src)
        for ctx, src, tr in messages(ts)
        if tr is None
        or tr.get("type") in ("unfinished", "obsolete", "vanished")
        or not (tr.text or "").strip()
    ]


def apply(table_path: Path, lang: str = "zh_CN") -> int:
    """Write translations from a JSON table into the .ts file; returns how many entries were filled."""
    table = json.loads(table_path.read_text(encoding="utf-8"))
    ts = I18N / TS_NAME.format(lang)
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            text = table.get(f"{name}|{source}", table.get(source))
            if text:
                translation = message.find("translation")
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    update()  # lupdate rewrites the file in its own canonical form
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "apply":
        print(f"filled {apply(Path(argv[1]))} translations")
    elif command == "missing":
        for ctx, src in missing(I18N / TS_NAME.format("zh_CN")):
            print(f"{ctx}|{src}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
