"""Draw the app icon (a red seal-like square with 法) into resources/icons/app.png and app.ico.

Run once when the design changes: QT_QPA_PLATFORM=offscreen .venv/bin/python build/make_icon.py
"""

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    p.setBrush(QColor("#c8102e"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(rect, size * 0.16, size * 0.16)
    p.setPen(QPen(QColor("#ffffff"), max(1.0, size * 0.03)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(size * 0.08, size * 0.08, -size * 0.08, -size * 0.08)
    p.drawRoundedRect(inner, size * 0.08, size * 0.08)
    font = QFont(["Noto Serif CJK SC", "SimSun", "Noto Sans CJK SC"])
    font.setPixelSize(int(size * 0.52))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(inner, Qt.AlignmentFlag.AlignCenter, "法")
    p.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "app.png"))
    draw(256).scaled(
        64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    ).save(str(OUT / "app.ico"))
    print("written", *sorted(p.name for p in OUT.iterdir()))
