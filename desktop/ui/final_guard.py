"""A finished report is protected: 已定稿 makes the workspace read-only under a banner with 解除定稿, and
asks first when errors remain; 移到回收站 asks first; importing a file already stored says so."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop import APP_TITLE
from desktop.core.model import Report


class FinalBanner(QFrame):
    """The bar over a finished report: read-only, and the way back to editing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="finalBanner")
        self.setStyleSheet("#finalBanner { background: #e8f5e9; border: 1px solid #a5d6a7; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # one line, not a pane
        self.label = QLabel(objectName="finalBannerText", wordWrap=True)
        self.unlock = QPushButton(objectName="unlockFinal")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.unlock)
        self.translate_ui()
        self.hide()

    def translate_ui(self) -> None:
        self.label.setText(self.tr("This report is final (已定稿) and read-only."))
        self.unlock.setText(self.tr("Unlock (解除定稿)"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override: live language switch
        if event.type() == event.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)


def banner_of(window) -> FinalBanner:
    """The banner at the top of the editor page (made on first use, its 解除定稿 back to 草稿)."""
    from desktop.store.records import DRAFT  # deferred: no desktop.store before the first paint

    page = window.editor_page
    banner = page.findChild(FinalBanner)
    if banner is None:
        banner = FinalBanner(page)
        page.layout().insertWidget(0, banner)
        banner.unlock.clicked.connect(lambda: window.set_status(DRAFT))
    return banner


def apply_final_state(window) -> None:
    """Show the open report as its status says: 已定稿 → read-only with the banner."""
    from desktop.store.records import FINAL  # deferred: no desktop.store before the first paint

    final = window.session is not None and window.session.status == FINAL
    if not final and not window.workspace_made():
        return
    window.editor_page.set_read_only(final)
    banner_of(window).setVisible(final)
    for name in ("undo", "redo", "revisions"):
        window.actions[name].setEnabled(window.session is not None and not final)


class Prompts(QObject):
    """The questions asked before finishing, recycling or importing again (for their translations)."""

    def finish_with_errors(self, errors: int) -> str:
        return self.tr("{0} errors remain in this report. Mark it as final (已定稿) anyway?").format(errors)

    def recycle(self, title: str) -> str:
        return self.tr("Move “{0}” to the recycle bin? It can be restored from Report ▸ Recycle bin.").format(
            title
        )

    def already_imported(self, title: str, changed: str) -> str:
        return self.tr(
            "This file was imported before: the report “{0}” (last changed {1}) has the same text."
        ).format(title, changed)

    def open_existing(self) -> str:
        return self.tr("Open that report")

    def import_again(self) -> str:
        return self.tr("Import a second copy")


def _ask(window, text: str, on_yes, buttons=None) -> QMessageBox:
    """A window-modal question that does not block the event loop; `on_yes` runs on Yes."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_TITLE, text, parent=window)
    box.setObjectName("confirmMessage")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.accepted.connect(on_yes)
    box.open()
    return box


def request_final(window) -> None:
    """报告 ▸ 已定稿: at once when the check found no errors, else after a question."""
    from desktop.store.records import FINAL  # deferred: no desktop.store before the first paint

    if window.session is None:
        return
    errors = window.editor_page.error_count()
    if errors:
        _ask(window, Prompts().finish_with_errors(errors), lambda: window.set_status(FINAL))
    else:
        window.set_status(FINAL)


def confirm_recycle(window, report_id: int) -> None:
    title = window.store.reports.summary(report_id).title or "（无标题）"
    _ask(window, Prompts().recycle(title), lambda: window.recycle_report(report_id))


def same_report(store, report: Report) -> int | None:
    """A stored report with the same unit, year, title and text (the same file imported again)."""
    text = report.full_text()
    for summary in store.reports.summaries():
        if (summary.unit, summary.year, summary.title) != (report.unit, report.year, report.title):
            continue
        if store.reports.load(summary.id).full_text() == text:
            return summary.id
    return None


def warn_if_imported(window, report: Report, store_it) -> bool:
    """When `report` is already stored: ask whether to open that one or import a copy (True: asked)."""
    import time

    existing = same_report(window.store, report)
    if existing is None:
        return False
    summary = window.store.reports.summary(existing)
    changed = time.strftime("%Y-%m-%d %H:%M", time.localtime(summary.updated_at))
    prompts = Prompts()
    box = QMessageBox(QMessageBox.Icon.Information, APP_TITLE, prompts.already_imported(summary.title, changed),
                      parent=window)  # fmt: skip
    box.setObjectName("alreadyImported")
    open_button = box.addButton(prompts.open_existing(), QMessageBox.ButtonRole.AcceptRole)
    again = box.addButton(prompts.import_again(), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)

    def chosen(button) -> None:
        if button is open_button:
            window.open_stored(existing)
        elif button is again:
            store_it(report)

    box.buttonClicked.connect(chosen)
    box.open()
    return True
