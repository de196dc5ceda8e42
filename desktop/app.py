"""QApplication set-up: Chinese font, log file, the store, the main window, and --smoke-test."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME, APP_TITLE
from desktop.ui.fonts import apply_app_font
from desktop.ui.settings import app_settings, read_int


def log():
    """This module's logger; logging is imported only when something goes wrong (it costs ~12 ms of start-up)."""
    import logging

    return logging.getLogger(__name__)


def create_app(argv: list[str] | None = None) -> QApplication:
    from desktop.input_method import FCITX_PLUGIN_DIR

    if FCITX_PLUGIN_DIR.is_dir():  # source runs: the fcitx5-qt plugin built by build/fcitx5_qt_plugin.sh
        QCoreApplication.addLibraryPath(str(FCITX_PLUGIN_DIR))
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    settings = app_settings()
    apply_app_font(app, read_int(settings, "ui/font_size", 10))
    from desktop.ui.translations import DEFAULT_LANGUAGE, install_language

    install_language(str(settings.value("ui/language", DEFAULT_LANGUAGE)))
    return app


def data_folder() -> Path:
    """The data folder chosen in Settings, else the store's default."""
    from desktop.store.db import data_dir

    chosen = app_settings().value("data/folder", "")
    return data_dir(chosen or None)


def open_store(parent=None):
    """Open the store, offering to restore the newest backup when the database is damaged.
    Returns None (after telling the user what to do) when it cannot be opened."""
    from desktop.store import Store, StoreCorruptError, StoreError
    from desktop.store.backup import restore_backup

    keep = read_int(app_settings(), "data/keep_backups", 10)
    folder = data_folder()
    try:
        return Store.open(folder, keep_backups=keep)
    except StoreCorruptError as exc:
        log().error("store corrupt: %s", exc)
        if not exc.backups:
            QMessageBox.critical(parent, APP_TITLE, exc.message)
            return None
        newest = exc.backups[0]
        answer = QMessageBox.question(
            parent,
            APP_TITLE,
            f"{exc.message}\n\n是否用 {newest.label} 的备份恢复？损坏的文件会保留在原文件夹中。",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            restore_backup(newest.path, exc.path)
            return Store.open(folder, keep_backups=keep)
        except (StoreError, ValueError, OSError) as again:
            log().exception("restore failed")
            QMessageBox.critical(parent, APP_TITLE, f"从备份恢复失败：{again}。请联系技术人员。")
            return None
    except StoreError as exc:
        log().error("store not opened: %s", exc)
        QMessageBox.critical(parent, APP_TITLE, exc.message)
        return None


def finish_start(window, argv: list[str]) -> bool:
    """After the window is on screen: log file, the store, then the start page (or the demo on a first
    start). False when the store cannot be opened (the user has been told why)."""
    from desktop.ui.logs import install_excepthook, setup_logging

    window.log_file = str(setup_logging(data_folder()))
    install_excepthook(lambda message: QMessageBox.warning(None, APP_TITLE, message))
    store = open_store(window)
    if store is None:
        return False
    window.attach_store(store)
    window.owns_store = True
    window.first_start()
    return True


def run_app(argv: list[str]) -> int:
    """Show the main window at once, then open the store; with --smoke-test, close again soon after."""
    app = create_app([a for a in argv if not a.startswith("--smoke")])
    from desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    exit_code = [0]

    def finish() -> None:
        if not finish_start(window, argv):
            exit_code[0] = 1
            window.close()
        elif "--smoke-test" in argv:
            QTimer.singleShot(200, window.close)

    QTimer.singleShot(0, finish)
    app.exec()
    return exit_code[0]
