"""Read the text layer of a PDF report (a neighbour's report from the county website, a scanned file).

The reader is pypdf: pure Python (one wheel for Windows, Kylin/UOS and every Python the app supports, nothing to
compile or bundle), maintained, no dependencies, and its text comes out as the page's lines without spaces pushed
between Chinese characters and digits (2024年, not 2024 年). The lines are hard-wrapped at the page width and carry
page numbers; desktop.core.layout re-joins and drops them like any text copied out of a PDF.

A PDF without a text layer (a scan or photo) or a password-protected one ends in a ReportFileError that says
what to do.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from desktop.exchange.errors import ReportFileError, reading
from desktop.exchange.import_text import ImportedText

MAX_BYTES = 50 * 1024 * 1024
# A PDF draws digits and Chinese in different fonts; the reader then puts a space between them (2024 年, 16 号).
CJK = "\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’"
NAME_THEN_DATE = re.compile(
    r"^(\s*[\u4e00-\u9fff（）()]{2,30})\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.*)$"
)
SPACE_AT_SCRIPT_CHANGE = re.compile(rf"(?<=[{CJK}]) (?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%]) (?=[{CJK}])")
MAX_PAGES = 200
MIN_CHARS_PER_PAGE = 20  # fewer real characters than this on average: the pages are images
SCANNED = (
    "这个 PDF 是扫描件或图片，没有可读取的文字层，无法导入文字。请找到原始的 Word/WPS 文件导入，"
    "或先用 WPS、扫描仪软件的“文字识别（OCR）”转成文字后再导入。"
)
ENCRYPTED = "这个 PDF 设置了打开密码（已加密），无法读取。请取消密码后另存，或找到原始的 Word/WPS 文件导入。"
DAMAGED = "PDF 文件已损坏或不完整，无法读取。请重新下载或找到原始的 Word/WPS 文件导入。"


def _reader(path: Path):
    import pypdf  # loaded when a PDF is first opened

    logging.getLogger("pypdf").setLevel(
        logging.ERROR
    )  # damaged-file chatter goes to the message, not the log
    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReportFileError(ENCRYPTED, "encrypted pdf")
        return reader
    except ReportFileError:
        raise
    except pypdf.errors.FileNotDecryptedError as exc:
        raise ReportFileError(ENCRYPTED, "encrypted pdf") from exc
    except pypdf.errors.DependencyError as exc:  # AES needs the optional cryptography package
        raise ReportFileError(ENCRYPTED, f"encrypted pdf: {exc}") from exc
    except Exception as exc:  # pypdf raises many types on damaged files
        raise ReportFileError(DAMAGED, f"unreadable pdf: {type(exc).__name__}: {exc}") from exc


def _close_script_gaps(page: str) -> str:
    """Drop the spaces the reader put where the font changes (2024 年 → 2024年), but keep the gap between an
    organ's name and its date (石塘镇党政办公室　2025年1月21日印发: the 版记's two fields)."""
    out = []
    for line in page.split("\n"):
        named = NAME_THEN_DATE.match(line)
        if named:
            out.append(named.group(1) + " " + SPACE_AT_SCRIPT_CHANGE.sub("", named.group(2)))
        else:
            out.append(SPACE_AT_SCRIPT_CHANGE.sub("", line))
    return "\n".join(out)


def read_pdf(path: Path) -> ImportedText:
    """The text layer of a PDF, page by page; ReportFileError when there is none or the file is unusable."""
    path = Path(path)
    with reading(path):
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    if size == 0:
        raise ReportFileError("文件是空的（0 字节），没有报告内容。", "empty file")
    if size > MAX_BYTES:
        raise ReportFileError(
            f"文件过大（{size // 1024 // 1024} MB），报告文件不应超过 50 MB。", "file too large"
        )
    if b"%PDF-" not in head:
        raise ReportFileError("这个文件不是 PDF（文件内容与扩展名不符）。请检查是否选错了文件。", "not a pdf")
    reader = _reader(path)
    try:
        pages = reader.pages
        count = len(pages)
        texts = [pages[i].extract_text() or "" for i in range(min(count, MAX_PAGES))]
    except ReportFileError:
        raise
    except Exception as exc:
        raise ReportFileError(DAMAGED, f"unreadable pdf page: {type(exc).__name__}: {exc}") from exc
    real = sum(1 for text in texts for ch in text if not ch.isspace())
    if count == 0 or real < MIN_CHARS_PER_PAGE * max(1, len(texts)):
        raise ReportFileError(SCANNED, "no text layer")
    notices = []
    if count > MAX_PAGES:
        notices.append(f"PDF 共 {count} 页，只读取了前 {MAX_PAGES} 页。")
    notices.append("从 PDF 读取的文字按版面分行，已自动拼接段落、去掉页码；请核对分段和各部分是否正确。")
    text = "\n\f\n".join(_close_script_gaps(t) for t in texts)  # form feeds: where pages end
    return ImportedText(text, notices)
