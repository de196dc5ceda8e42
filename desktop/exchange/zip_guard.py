"""Size guards for zip-based inputs (.docx and other Office files): refuse a file whose parts inflate
far beyond a real report before any parser loads it.

A real report's document.xml is a few MB (a 100-page report with tables is ~5 MB); whole .docx files
with photos unpack to tens of MB. The sizes the zip directory declares are checked, which costs
nothing and is enough: Python's zipfile (which python-docx reads through) never inflates a part past
its declared size — a part that would is cut off there and fails its CRC check as a damaged file.
So a zip bomb is refused before a byte is inflated, within a second and with a few MB of memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.exchange.errors import ReportFileError

MAX_XML_PART = 25 * 1024 * 1024  # one XML part once inflated (document.xml of a real report: a few MB)
MAX_XML_TOTAL = 40 * 1024 * 1024  # all XML parts together
MAX_UNPACKED = 120 * 1024 * 1024  # every part together, images included
MAX_PARTS = 2000
TOO_BIG = "文件解压后过大（{0} MB），远超一份报告应有的大小，已拒绝读取。请检查文件是否正确，或删去图片后另存再导入。"


def check_zip(path: Path) -> None:
    """Raise ReportFileError when the archive at `path` would inflate beyond a real report's size.

    Damaged archives raise zipfile's own errors, left to the caller's handling."""
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise ReportFileError("文件中的部件过多，不像是一份报告，已拒绝读取。", f"{len(infos)} parts")
    declared = sum(i.file_size for i in infos)
    xml = [i.file_size for i in infos if _is_xml(i.filename)]
    if declared > MAX_UNPACKED or sum(xml) > MAX_XML_TOTAL or any(size > MAX_XML_PART for size in xml):
        raise ReportFileError(TOO_BIG.format(declared // (1024 * 1024)), f"inflates to {declared} bytes")


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))
