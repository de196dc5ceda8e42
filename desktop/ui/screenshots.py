"""Screenshots for the README: `xvfb-run -s "-screen 0 1366x768x24" python -m desktop.ui.screenshots DIR`.

Uses a throw-away store in a temp folder with the demo report, on a real (xcb) window.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui.findings_map import COLOURS

SIZE = (1366, 768)


def settle(app: QApplication, msecs: int = 600) -> None:
    """Let the event loop run (paint, finish background checks) for `msecs`."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def wait_checked(app: QApplication, page) -> None:
    """Wait (up to 30 s: jieba's first start) until the checklist has been refreshed."""
    for _ in range(300):
        settle(app, 100)
        if not page.live.busy:
            return


def palette_image(image: QImage) -> QImage:
    """The image with its 256 most frequent colours (no dithering): UI shots stay sharp and small."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(rgb.constBits()).cast("I")
    status = [QColor(c).rgb() for c in COLOURS.values()]  # rare but must stay exact
    common = (
        status
        + [c for c, _n in Counter(pixels[::3]).most_common(256) if c not in status][: 256 - len(status)]
    )
    return rgb.convertToFormat(QImage.Format.Format_Indexed8, common, Qt.ImageConversionFlag.ThresholdDither)


def save(widget, path: Path) -> None:
    """Grab the widget and write it as an indexed PNG (each file well under 250 KB)."""
    palette_image(widget.grab().toImage()).save(str(path), "PNG", 9)
    print(f"{path} {path.stat().st_size // 1024} KB")


def main(argv: list[str]) -> int:
    """Screenshots into argv[0]; with --en, the English UI (files named *_en.png)."""
    english = "--en" in argv
    argv = [a for a in argv if a != "--en"]
    suffix = "_en" if english else ""
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from desktop.app import create_app
    from desktop.store import Store
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import app_settings

    app = create_app([])
    if english:
        from desktop.ui.translations import install_language

        install_language("en")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data", backup_on_open=False)
        window = MainWindow(store, settings=app_settings(Path(tmp) / "settings.ini"))
        window.resize(*SIZE)
        window.show()
        window.first_start()
        for dialog in window.findChildren(QDialog):  # the first start's profile dialog
            if dialog.isVisible():
                dialog.reject()
        store.reports.create("青山镇", 2025)
        seed = Path(__file__).resolve().parents[2] / "tests" / "data" / "004_f3282ba59118200a.txt"
        if seed.exists():
            from desktop.exchange.importer import load_report

            store.reports.add(load_report(seed))
        window.show_start_page()
        for _ in range(300):
            settle(app, 100)
            if not window.start_page.busy:
                break
        settle(app)
        save(window, out / f"start_page{suffix}.png")
        ids = [s.id for s in store.reports.summaries()]
        window.open_stored(max(ids))
        page = window.editor_page
        wait_checked(app, page)
        item = page.checklist.item_for("lang.outdated") or page.checklist.items()[0]
        page.checklist.tree.setCurrentItem(item)
        page.select_finding(item.data(0, 256))
        settle(app)
        save(window, out / f"editor_checklist{suffix}.png")
        preview = getattr(window, "print_preview_dialog", None)
        if preview is not None:
            dialog = preview()
            dialog.resize(*SIZE)
            dialog.show()
            settle(app, 1200)
            save(dialog, out / f"print_preview{suffix}.png")
            dialog.close()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
