"""Draw the app icon (a red seal-like square with 法) into resources/icons/app.png and a multi-size app.ico.

app.ico holds 16, 24, 32, 48, 64, 128 and 256 px images (PNG-compressed entries, read by Windows Vista and
later), each drawn at its own size so small ones stay sharp; Explorer, the taskbar and the installer pick one.

Run once when the design changes: QT_QPA_PLATFORM=offscreen .venv/bin/python build/make_icon.py
"""

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


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


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(sizes=ICO_SIZES) -> bytes:
    """An ICO file: the 6-byte header, one 16-byte directory entry per size, then the PNG images."""
    images = [png_bytes(draw(size)) for size in sizes]
    offset = 6 + 16 * len(sizes)
    head = struct.pack("<HHH", 0, 1, len(sizes))
    for size, image in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        head += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return head + b"".join(images)


if __name__ == "__main__":
    app = QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "app.png"))
    (OUT / "app.ico").write_bytes(ico_bytes())
    print("written", *sorted(p.name for p in OUT.iterdir()))
