"""Pick a Chinese UI font that exists on this machine so no text renders as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "PingFang SC",
    "SimHei",
    "SimSun",
    "Noto Serif CJK SC",
)


def cjk_family() -> str | None:
    """The first installed family of CJK_FAMILIES, or any family that can write Simplified Chinese."""
    installed = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return chinese[0] if chinese else None


def apply_app_font(app, point_size: int = 10) -> None:
    """Set the application font to the first installed face of CJK_FAMILIES (Qt picks it at first use,
    so start-up does not wait for the font database; fontconfig still falls back for missing glyphs)."""
    font = QFont(app.font())
    font.setFamilies([*CJK_FAMILIES, font.family()])
    font.setPointSize(point_size)
    app.setFont(font)
