"""Write the Windows version resource of ReportDesk.exe (PyInstaller's VSVersionInfo text) from the package version.

    python build/windows/version_info.py [OUT]      # default .cache/version_info.txt, read by the spec

Explorer's Properties → Details then shows 法治报告助手, the version and the copyright line; an installer or
an IT department's software inventory reads the same fields.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from desktop import APP_TITLE, __version__  # noqa: E402


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int("".join(ch for ch in part if ch.isdigit()) or 0) for part in version.split(".")[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info(version: str = __version__) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Report Desk",
        "FileDescription": f"{APP_TITLE} Report Desk",
        "FileVersion": version,
        "InternalName": "ReportDesk",
        "LegalCopyright": "MIT License",
        "OriginalFilename": "ReportDesk.exe",
        "ProductName": APP_TITLE,
        "ProductVersion": version,
    }
    entries = ",\n            ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
            {entries}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".cache" / "version_info.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(version_info(), encoding="utf-8")
    print(f"version resource {__version__} → {out}")
