"""Opening the store at start: damage gets the restore offer, a read-only place gets a clear message
(with the choice of another data folder) before the clerk types, and every outcome is logged."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop import APP_TITLE
from desktop.ui.settings import app_settings, read_int

log = logging.getLogger(__name__)


def data_folder() -> Path:
    """The data folder chosen in Settings, else the store's default."""
    from desktop.store.db import data_dir

    chosen = app_settings().value("data/folder", "")
    return data_dir(chosen or None)


def run_dialog(dialog) -> int:
    return dialog.exec()


def open_store(parent: QWidget | None = None, ask: Callable = run_dialog):
    """The open Store, or None after telling the user why it cannot be opened. `ask(dialog)` shows a
    dialog modally (tests answer it instead)."""
    from desktop.store import Store, StoreCorruptError, StoreError, StoreReadOnlyError
    from desktop.store.backup import restore_backup, set_aside
    from desktop.ui.dialogs.restore import FRESH, RESTORE, RestoreDialog

    keep = read_int(app_settings(), "data/keep_backups", 10)
    folder = data_folder()
    for _attempt in range(5):
        try:
            return Store.open(folder, keep_backups=keep)
        except StoreCorruptError as exc:
            log.error("store damaged: %s (%d backups)", exc.english, len(exc.backups))
            dialog = RestoreDialog(parent, exc)
            ask(dialog)
            try:
                if dialog.choice == RESTORE:
                    kept = restore_backup(dialog.selected.path, exc.path)
                    log.warning("restored %s; damaged file kept as %s", dialog.selected.path, kept)
                elif dialog.choice == FRESH:
                    log.warning("damaged store set aside as %s; starting empty", set_aside(exc.path))
                else:
                    return None
            except (StoreError, OSError) as again:
                log.exception("restore failed")
                message = getattr(again, "message", "") or str(again)
                show(parent, ask, QMessageBox.Icon.Critical, f"从备份恢复失败：{message}。请选择更早的备份或联系技术人员。")  # fmt: skip
        except StoreReadOnlyError as exc:
            log.error("store not writable: %s", exc.english)
            chosen = ask_other_folder(parent, ask, exc.message)
            if chosen is None:
                return None
            app_settings().setValue("data/folder", str(chosen))
            folder = chosen
        except StoreError as exc:
            log.error("store not opened: %s", exc.english)
            show(parent, ask, QMessageBox.Icon.Critical, exc.message)
            return None
    return None


def show(parent, ask: Callable, icon, message: str) -> None:
    box = QMessageBox(icon, APP_TITLE, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("startMessage")
    ask(box)


def ask_other_folder(parent, ask: Callable, message: str) -> Path | None:
    """Tell the clerk the place is read-only and let them pick a writable data folder (kept in Settings)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, message, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("readOnlyMessage")
    choose = box.addButton(
        QCoreApplication.translate("StoreOpen", "Choose another data folder…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    ask(box)
    if box.clickedButton() is not choose:
        return None
    picked = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("StoreOpen", "Choose a writable data folder")
    )
    return Path(picked) if picked else None
