"""What a .docx may carry beyond plain paragraphs, for import_docx: Strict OOXML, footnotes and endnotes,
tracked changes. Each is read or reported, never dropped silently (docs/parsing.md "Formats").

    transitional_copy(path) -> io.BytesIO | None    a Strict OOXML package rewritten to the transitional names
    notes(path) -> list[tuple[str, str]]            (脚注|尾注, text) of every footnote and endnote
    revisions(body) -> tuple[int, int]              (insertions, deletions) still tracked in the body
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
# ISO/IEC 29500 Strict namespace → the transitional one python-docx reads (ECMA-376 Part 1 and Part 4 §A)
STRICT_TO_TRANSITIONAL: tuple[tuple[bytes, bytes], ...] = (
    (W_STRICT, b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/math",
        b"http://schemas.openxmlformats.org/officeDocument/2006/math",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/customProperties",
        b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
        b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    ),
    (
        b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    ),
    (
        b"http://purl.oclc.org/ooxml/drawingml/picture",
        b"http://schemas.openxmlformats.org/drawingml/2006/picture",
    ),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
)
NOTE_PARTS = (("word/footnotes.xml", "footnote", "脚注"), ("word/endnotes.xml", "endnote", "尾注"))


def is_strict(path: Path) -> bool:
    """True when the package's main document uses the Strict OOXML namespace."""
    with zipfile.ZipFile(path) as archive:
        head = archive.open("word/document.xml").read(4096)
    return W_STRICT in head


def transitional_copy(path: Path) -> io.BytesIO | None:
    """The package with Strict names rewritten to transitional ones (same content), or None if not Strict."""
    if not is_strict(path):
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                for strict, transitional in STRICT_TO_TRANSITIONAL:
                    data = data.replace(strict, transitional)
            dst.writestr(info.filename, data)
    out.seek(0)
    return out


def _text(element) -> str:
    """All w:t text under `element`, deletions and field codes aside."""
    skip = {W + "delText", W + "instrText"}
    return "".join(t.text or "" for t in element.iter(W + "t") if t.tag not in skip).strip()


def notes(path: Path | io.BytesIO) -> list[tuple[str, str]]:
    """(kind, text) of each real footnote and endnote (Word's separator notes left out), in document order."""
    out: list[tuple[str, str]] = []
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for part, tag, kind in NOTE_PARTS:
            if part not in names:
                continue
            data = archive.read(part)
            for strict, transitional in STRICT_TO_TRANSITIONAL[:1]:
                data = data.replace(strict, transitional)
            try:
                root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
            except etree.XMLSyntaxError:
                continue
            for note in root.iter(W + tag):
                if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = _text(note)
                if text:
                    out.append((kind, text))
    return out


def revisions(body) -> tuple[int, int]:
    """(insertions, deletions) of tracked changes left in the document body (moves count as both)."""
    inserted = sum(1 for _ in body.iter(W + "ins", W + "moveTo"))
    deleted = sum(1 for _ in body.iter(W + "del", W + "moveFrom"))
    return inserted, deleted


def notes_notice(found: list[tuple[str, str]], shown: int = 3, width: int = 40) -> str:
    """One notice naming the notes and quoting the first few (they are not part of the body text)."""
    kinds = "、".join(dict.fromkeys(kind for kind, _ in found))
    numbers: dict[str, int] = {}
    quotes = []
    for kind, text in found[:shown]:
        numbers[kind] = numbers.get(kind, 0) + 1
        quotes.append(f"{kind}{numbers[kind]}：{text[:width].rstrip('。；，')}")
    quotes = "；".join(quotes)
    more = f"等共 {len(found)} 条" if len(found) > shown else f"共 {len(found)} 条"
    return f"文档有{kinds}{more}，未放入正文（{quotes}）。如需要，请把其中的内容写进正文。"


def revisions_notice(inserted: int, deleted: int) -> str:
    """What the import did with tracked changes."""
    return (
        f"文档中还有未处理的修订（插入 {inserted} 处、删除 {deleted} 处）：导入的是接受全部修订后的文字。"
        "如有不应接受的修改，请在 Word/WPS 中先处理修订再导入。"
    )
