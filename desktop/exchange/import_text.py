"""Read a .txt report in UTF-8, GBK/GB18030 or UTF-16 (with or without BOM)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.exchange.errors import ReportFileError, reading


@dataclass
class ImportedText:
    """A report file's text for the parser, and notices for the clerk about what was left out or changed."""

    text: str
    notices: list[str] = field(default_factory=list)


MAX_BYTES = 20 * 1024 * 1024
NOT_TEXT = "这不是文本文件（含二进制内容或无法识别的编码），请选择 .txt 或 .docx 报告。"


def plausibility(text: str) -> float:
    """Share of characters a Chinese report plausibly contains (CJK, punctuation, printable ASCII)."""
    sample = text[:8000]
    if not sample:
        return 1.0
    good = 0
    for ch in sample:
        code = ord(ch)
        if (
            0x4E00 <= code <= 0x9FFF
            or 0x3000 <= code <= 0x303F
            or 0xFF00 <= code <= 0xFFEF
            or 0x2000 <= code <= 0x206F
            or 32 <= code < 127
            or ch in "\n\r\t\u00a0\u00b7"
        ):
            good += 1
    return good / len(sample)


def decode_text(data: bytes) -> str:
    """Decode report bytes: BOMs first, then strict UTF-8, else the most plausible of UTF-16 and GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    candidates = []
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
        if codec.startswith("utf-16") and len(data) % 2:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if codec == "utf-8" and score >= 0.8:
            return text
        candidates.append((score, text))
    score, text = max(candidates, default=(0.0, ""), key=lambda c: c[0])
    if score < 0.8:
        raise ReportFileError(NOT_TEXT, "binary file or unknown encoding")
    return text


def read_text_file(path: Path) -> str:
    """The decoded text of a .txt report, or ReportFileError with a clear message."""
    with reading(path):
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReportFileError(
                f"文件过大（{size // 1024 // 1024} MB），报告文件不应超过 20 MB。", "file too large"
            )
        data = path.read_bytes()
    text = decode_text(data)
    if not text.strip():
        raise ReportFileError("文件是空的，没有报告内容。", "empty file")
    return text
