"""QApplication set-up: Chinese font, log file, the store, the main window, and --smoke-test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME, APP_TITLE, DESKTOP_ID
from desktop.core.resources import resources_dir
from desktop.ui.fonts import apply_app_font
from desktop.ui.settings import app_settings, read_int


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland app id; WM_CLASS is APP_NAME (StartupWMClass in the entry)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.png")))  # _NET_WM_ICON of every window
    settings = app_settings()
    apply_app_font(app, read_int(settings, "ui/font_size", 10))
    from desktop.ui.translations import DEFAULT_LANGUAGE, install_language

    install_language(str(settings.value("ui/language", DEFAULT_LANGUAGE)))
    return app


def data_folder() -> Path:
    from desktop.ui.store_open import data_folder as chosen

    return chosen()


def open_store(parent=None):
    """Open the store (restore offer on damage, another folder when read-only); None when it cannot be opened."""
    from desktop.ui.store_open import open_store as opened

    return opened(parent)


def finish_start(window, argv: list[str]) -> bool:
    """After the window is on screen: log file, the store, then the start page (or the demo on a first
    start). False when the store cannot be opened (the user has been told why)."""
    from desktop.ui.logs import install_excepthook, setup_logging

    window.log_file = str(setup_logging(data_folder()) or "")
    install_excepthook(lambda message: QMessageBox.warning(None, APP_TITLE, message))
    store = open_store(window)
    if store is None:
        return False
    window.attach_store(store)
    window.owns_store = True
    from desktop.ui.dialogs.input_notice import offer_fcitx4_notice

    offer_fcitx4_notice(window)  # before the first start's profile dialog, which then has the focus
    window.first_start()
    open_given_files(window, argv)
    return True


def open_given_files(window, argv: list[str]) -> None:
    """`python -m desktop 报告.docx` (a file manager's 打开方式): import the file (or a package) and open
    it; the first file only, a window holds one report."""
    from desktop.launch import is_report_file

    files = [Path(a) for a in argv if is_report_file(a)]
    if files:
        window.import_path(files[0].expanduser().resolve())


def run_app(argv: list[str]) -> int:
    """Show the main window, open the store once it is painted; with --smoke-test, close again soon after."""
    app = create_app([a for a in argv if not a.startswith("--smoke")])
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    from desktop.ui.first_paint import after_first_paint, report_first_paint

    if os.environ.get("REPORT_DESK_FIRST_PAINT"):  # build/linux/startup_bench.py times exec → first paint
        report_first_paint(window)
    window.show()
    exit_code = [0]

    def finish() -> None:
        if not finish_start(window, argv):
            exit_code[0] = 1
            window.close()
        elif "--smoke-test" in argv:
            from desktop.ui.smoke import run_smoke

            run_smoke(window, lambda code: exit_code.__setitem__(0, code))

    after_first_paint(window, finish)  # the store, the start page and a given file come after it
    app.exec()
    return exit_code[0]
