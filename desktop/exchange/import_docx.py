"""Read a Word .docx report as plain text for the parser: paragraphs in order, Word's own numbering written
out (一、 （一） 1.), style headings given a number, tables flattened to rows, text boxes read in place; Strict
OOXML and WPS packages read alike; footnotes, endnotes and tracked changes reported in notices.

    read_docx(path) -> DocxContent(text, notices)     (the GUI shows the notices)
    read_docx_text(path) -> str                       (registered in importer.READERS for .docx)

Every failure (old binary formats, encrypted or truncated files, broken XML, huge files) ends in a
ReportFileError whose Chinese message says what to do.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

from desktop.core.dates import DATE_LINE
from desktop.core.headings import heading_level
from desktop.exchange.docx_numbering import Numbering, chinese_number
from desktop.exchange.docx_variants import notes, notes_notice, revisions, revisions_notice, transitional_copy
from desktop.exchange.errors import ReportFileError, reading
from desktop.exchange.import_text import ImportedText
from desktop.exchange.zip_guard import check_zip

MAX_BYTES = 20 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
SKIP = {
    W + "txbxContent",
    W + "del",
    W + "moveFrom",
    W + "pPr",
    W + "rPr",
    W + "instrText",
    W + "delText",
    MC_FALLBACK,
}
HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
TAB_FIELD = re.compile(r"^(?:签\s*发\s*人)")
CELL_GAP = "\u3000"

DAMAGED = "文件已损坏或不完整，无法作为 Word 文档（.docx）打开。请在 Word 或 WPS 中打开后重新“另存为” .docx。"


DocxContent = ImportedText  # the report text of a .docx and notices about what was left out or changed


def _check_container(path: Path) -> None:
    """Reject what is not a readable .docx before python-docx sees it."""
    with reading(path):
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
            data_for_ole = fh.read(64 * 1024) if head == OLE_MAGIC else b""
    if size == 0:
        raise ReportFileError("文件是空的（0 字节），没有报告内容。", "empty file")
    if size > MAX_BYTES:
        raise ReportFileError(
            f"文件过大（{size / 1024 / 1024:.0f} MB），报告文件不应超过 20 MB。请删去图片后另存再导入。",
            "file too large",
        )
    if head == OLE_MAGIC:
        if "EncryptionInfo".encode("utf-16-le") in data_for_ole or b"E\x00n\x00c\x00r\x00y" in data_for_ole:
            raise ReportFileError(
                "此文档设置了打开密码（已加密），无法读取。请在 Word 或 WPS 中取消密码后另存为 .docx 再导入。",
                "encrypted document",
            )
        raise ReportFileError(
            "这是旧版 Word（.doc）或 WPS（.wps）格式的文件。请在 Word 或 WPS 中“另存为” .docx 格式后再导入。",
            "old binary format",
        )
    if not head.startswith(b"PK"):
        raise ReportFileError(DAMAGED, "not a zip file")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise ReportFileError(DAMAGED, f"bad zip: {exc}") from exc
    if "word/document.xml" not in names:
        raise ReportFileError(
            "这个文件不是 Word 文档（缺少正文部分）。请选择 .docx 报告，或在 Word/WPS 中另存为 .docx。",
            "no word/document.xml",
        )
    try:
        check_zip(path)  # parts that inflate far beyond a real report: refused before python-docx loads them
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as exc:
        raise ReportFileError(DAMAGED, f"bad zip: {exc}") from exc


def _open(path: Path):
    _check_container(path)
    try:
        return docx.Document(transitional_copy(path) or str(path))
    except (etree.XMLSyntaxError, ValueError, KeyError) as exc:
        raise ReportFileError(DAMAGED, f"unreadable docx: {type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # zlib, CRC and other decoder errors of a damaged archive
        raise ReportFileError(DAMAGED, f"unreadable docx: {type(exc).__name__}: {exc}") from exc


def _text_of(element) -> str:
    """Visible text of a paragraph, skipping deletions, field codes, text boxes and fallback copies."""
    out: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIP:
                continue
            if tag == W + "t":
                out.append(child.text or "")
            elif tag == W + "tab":
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                out.append("\n")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(element)
    return "".join(out)


def _split_tabbed(text: str) -> list[str]:
    """发文字号⇥签发人 and 印发机关⇥印发日期 lines become separate lines, as the text parser expects them."""
    if "\t" not in text:
        return [text]
    pieces = [p.strip() for p in text.split("\t") if p.strip()]
    if len(pieces) > 1 and any(TAB_FIELD.match(p) or DATE_LINE.match(p) for p in pieces[1:]):
        return pieces
    return [text]


class BodyReader:
    """Walks document.xml's body in order and collects text lines."""

    def __init__(self, document) -> None:
        self.document = document
        self.numbering = Numbering.from_document(document)
        self.style_levels = self._style_levels(document)
        self.heading_counts = [0] * 9
        self.lines: list[str] = []
        self.notices: list[str] = []
        self.text_boxes = 0
        self.images = 0

    @staticmethod
    def _style_levels(document) -> dict[str, int]:
        """style id → heading level (1-based) for Heading N / 标题 N styles and styles with an outline level."""
        levels: dict[str, int] = {}
        for style in document.styles.element.findall(qn("w:style")):
            style_id = style.get(qn("w:styleId")) or ""
            name_el = style.find(qn("w:name"))
            name = name_el.get(qn("w:val")) if name_el is not None else ""
            found = HEADING_STYLE.match(name or "")
            outline = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if found:
                levels[style_id] = int(found.group(1))
            elif outline is not None and (outline.get(qn("w:val")) or "9").isdigit():
                level = int(outline.get(qn("w:val"))) + 1
                if level <= 4:
                    levels[style_id] = level
        return levels

    def _boxes(self, p) -> list[str]:
        """Lines of the text boxes anchored in paragraph `p`, once each (not their VML fallback copies)."""
        lines: list[str] = []
        for box in p.iter(W + "txbxContent"):
            outer = box.getparent()
            while outer is not None and outer is not p and outer.tag not in (MC_FALLBACK, W + "txbxContent"):
                outer = outer.getparent()
            if outer is p:
                self.text_boxes += 1
                lines += self.block(box)
        return lines

    def paragraph(self, p) -> list[str]:
        boxes = self._boxes(p)
        if p.find(f".//{W}drawing") is not None or p.find(f".//{W}pict") is not None:
            self.images += 1
        text = _text_of(p)
        if not text.strip():
            return boxes
        ppr = p.find(qn("w:pPr"))
        jc = ppr.find(qn("w:jc")) if ppr is not None else None
        if jc is not None and jc.get(qn("w:val")) == "center":
            text = text.replace("\n", "")  # line breaks in a centred title only shape it (梯形): one element
        style_el = ppr.find(qn("w:pStyle")) if ppr is not None else None
        style_id = style_el.get(qn("w:val")) if style_el is not None else ""
        label = self.numbering.label(ppr, style_id, self.document)
        stripped = text.strip()
        if label and heading_level(stripped) is None:
            text = label + stripped
        elif style_id in self.style_levels and heading_level(stripped) is None:
            text = self._style_number(self.style_levels[style_id]) + stripped
        elif style_id in self.style_levels:
            self._count_heading(self.style_levels[style_id])
        return [piece for line in text.split("\n") for piece in _split_tabbed(line)] + boxes

    def _count_heading(self, level: int) -> None:
        self.heading_counts[level - 1] += 1
        for deeper in range(level, len(self.heading_counts)):
            self.heading_counts[deeper] = 0

    def _style_number(self, level: int) -> str:
        """A number for an unnumbered style heading: 一、 （一） 1. （1）."""
        self._count_heading(level)
        n = self.heading_counts[level - 1]
        return {1: f"{chinese_number(n)}、", 2: f"（{chinese_number(n)}）", 3: f"{n}."}.get(level, f"（{n}）")

    def table(self, tbl) -> list[str]:
        lines: list[str] = []
        for tr in tbl.findall(qn("w:tr")):
            cells = []
            for tc in tr.findall(qn("w:tc")):
                cell_lines = self.block(tc)
                cells.append(cell_lines)
            filled = [c for c in cells if c]
            if len(filled) == 1:
                lines += filled[0]  # one-cell rows (版记, framed text) keep their paragraphs
            elif filled:
                lines.append(CELL_GAP.join("".join(c) for c in filled))
        return lines

    def block(self, container) -> list[str]:
        lines: list[str] = []
        for child in container:
            if child.tag == W + "p":
                lines += self.paragraph(child)
            elif child.tag == W + "tbl":
                lines += self.table(child)
            elif child.tag in (W + "customXml", W + "sdtContent", W + "ins"):
                lines += self.block(child)
            elif child.tag == W + "sdt" and child.find(qn("w:sdtContent")) is not None:
                lines += self.block(child.find(qn("w:sdtContent")))
        return lines

    def read(self) -> DocxContent:
        body = self.document.element.body
        lines = self.block(body)
        if self.text_boxes:
            self.notices.append(
                f"文档中有 {self.text_boxes} 处文本框，其中的文字已按所在位置读入正文，请核对。"
            )
        inserted, deleted = revisions(body)
        if inserted or deleted:
            self.notices.append(revisions_notice(inserted, deleted))
        if self.images:
            self.notices.append(f"文档中有 {self.images} 处图片，图片不会导入。")
        return DocxContent("\n".join(lines), self.notices)


def read_docx(path: Path) -> DocxContent:
    """The report text of a .docx with notices; ReportFileError when the file cannot be used."""
    path = Path(path)
    document = _open(path)
    try:
        content = BodyReader(document).read()
        found = notes(path)
        if found:
            content.notices.append(notes_notice(found))
    except (etree.XMLSyntaxError, ValueError, KeyError, AttributeError, zipfile.BadZipFile) as exc:
        raise ReportFileError(DAMAGED, f"unreadable body: {type(exc).__name__}: {exc}") from exc
    if not content.text.strip():
        raise ReportFileError(
            "文档中没有找到文字（可能全部在文本框或图片中）。请把正文放在普通段落里再导入。", "no text"
        )
    return content


def read_docx_text(path: Path) -> str:
    """Plain text of a .docx report (READERS entry)."""
    return read_docx(path).text
