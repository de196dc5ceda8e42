"""The main window: start page or the report workspace, menus, status bar, remembered layout."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop import APP_TITLE
from desktop.ui.actions import WindowActions
from desktop.ui.geometry import restore_window
from desktop.ui.hub import SignalHub
from desktop.ui.print_export import PrintExportMixin
from desktop.ui.retranslate import RetranslateMixin
from desktop.ui.settings import app_settings
from desktop.ui.status_line import StatusLine
from desktop.ui.store_actions import StoreActionsMixin
from desktop.ui.workers import wait_all

if TYPE_CHECKING:
    from desktop.core.model import Report, UnitProfile
    from desktop.ui.session import ReportSession


class MainWindow(StoreActionsMixin, PrintExportMixin, RetranslateMixin, QMainWindow):
    """Holds one open report at a time; `store` (optional) persists it and lists the others.

    The start page and the editor (with the checker behind it) are built when first needed, so the
    window appears about as fast as an empty QMainWindow."""

    def __init__(self, store=None, settings: QSettings | None = None, template=None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or app_settings()
        self._template = template
        self.hub = SignalHub(self)
        self.session: ReportSession | None = None
        self.stack = QStackedWidget(objectName="mainStack")
        self._editor_page = None
        self.start_page = None
        self.review_page = None
        self.setCentralWidget(self._with_banner(self.stack))
        self.owns_store = False
        self.log_file = ""
        self._shown = False
        self.actions = WindowActions(self, self._handlers())
        self.actions["input_help"].setVisible(sys.platform.startswith("linux"))  # the fcitx 4 steps
        self.status_line = StatusLine(self)
        self.hub.findings_changed.connect(self._findings_changed)
        self.hub.status_message.connect(self.show_status)
        self.hub.section_selected.connect(lambda _key: self.save_now())
        self.actions.set_report_actions_enabled(False)
        self.store = None
        self.attach_store(store)
        self.translate_ui()
        self.restore_layout()

    def _with_banner(self, body: QWidget) -> QWidget:
        from desktop.ui.save_banner import SaveBanner

        self.save_banner = SaveBanner()
        self.damage_banner = SaveBanner(name="damageBanner")  # a section of the open report was damaged
        central = QWidget(objectName="central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.save_banner)
        layout.addWidget(self.damage_banner)
        layout.addWidget(body, 1)
        return central

    @property
    def template(self):
        if self._template is None:
            from desktop.core.template import load_template

            self._template = load_template()
        return self._template

    @property
    def editor_page(self):
        """The report workspace (navigator, editor, checklist), created on first use."""
        if self._editor_page is None:
            from desktop.ui.editor_page import EditorPage

            self._editor_page = EditorPage(self.hub, self.template, self.settings)
            self.stack.addWidget(self._editor_page)
            self._editor_page.changed.connect(self._changed)
            self._editor_page.fix_all_requested.connect(self._show_fix_all)
        return self._editor_page

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self._finish_setup)  # after the first paint

    def _finish_setup(self) -> None:
        """What the first paint need not wait for: menus and toolbar, shortcuts and the status bar (each
        costs PySide tens of milliseconds of type set-up or drawing on first use)."""
        self.actions.install_bars()
        self.actions.set_shortcuts()
        self.status_line.install()

    def attach_store(self, store) -> None:
        """Use `store` for saving and the start page (the app attaches it right after the window shows)."""
        self.store = store
        if store is not None and self.start_page is None:
            from desktop.ui.start_page import StartPage

            self.start_page = StartPage(store, self.settings)
            self.stack.insertWidget(0, self.start_page)
            self._connect_start_page()
            self.status_line.show_data_folder(store.data_dir)
            self.backup_timer = QTimer(self, interval=3600 * 1000)  # the daily backup, for long sessions
            self.backup_timer.timeout.connect(self.backup_if_due)
            self.backup_timer.start()
        self.actions.set_store_actions_visible(store is not None)

    def workspace_made(self) -> bool:
        """Whether the editor page exists yet (it is built when a report is first opened)."""
        return self._editor_page is not None

    def _connect_start_page(self) -> None:
        page = self.start_page
        page.open_requested.connect(self.open_stored)
        page.new_requested.connect(self.new_report)
        page.from_last_year_requested.connect(self.from_last_year)
        page.import_requested.connect(self.import_file)
        page.recycle_requested.connect(self._confirm_recycle)
        page.duplicate_requested.connect(self.duplicate_report)

    def _handlers(self) -> dict:
        return {
            "start_page": self.show_start_page,
            "new_report": self.new_report,
            "from_last_year": self.from_last_year,
            "import_file": self.import_file,
            "review_desk": self.show_review_page,
            "search": self.show_search,
            "profile": self.edit_profile,
            "revisions": self.show_revisions,
            "recycle_bin": self.show_recycle_bin,
            "print_preview": self.print_preview,
            "export": self.show_export,
            "save": self.save_now,
            "quit": self.close,
            "undo": lambda: self.editor_page.undo(),
            "redo": lambda: self.editor_page.redo(),
            "check_now": lambda: self.editor_page.check_now(),
            "next_problem": lambda: self.editor_page.next_problem(),
            "about": self.show_about,
            "help": self._show_help,
            "input_help": self.show_input_help,
            "find": lambda: self.editor_page.open_find(),
            "next_panel": lambda: self.editor_page.focus_next_panel(),
            "settings": self.show_settings,
            "export_package": self.export_package,
            "status_draft": self.set_draft,
            "status_review": self.set_in_review,
            "status_final": self._request_final,
        }

    def show_review_page(self) -> None:
        """汇总审核: the county's page (made on first use); the open report is saved and closed first."""
        if not self.close_session():
            return
        if self.review_page is None:
            from desktop.ui.review_page import ReviewPage, reviewer_name

            self.review_page = ReviewPage(lambda: reviewer_name(self.store), self)
            self.stack.addWidget(self.review_page)
        self.show_page(self.review_page)

    def show_page(self, page: QWidget) -> None:
        """A page other than the report's (start page, county review): no report actions, no report texts."""
        self.stack.setCurrentWidget(page)
        self.actions.set_report_actions_enabled(False)
        self.status_line.clear_check()
        self.status_line.show(self.session)

    # --- texts -----------------------------------------------------------------------------
    def translate_ui(self) -> None:
        self.actions.translate_ui()
        if self.review_page is not None:
            self.review_page.translate_ui()
        if self._editor_page is not None:
            self._editor_page.translate_ui()
        if self.start_page is not None:
            self.start_page.translate_ui()
        self.status_line.translate_ui(self.session)

    # --- opening a report ------------------------------------------------------------------
    def open_report(
        self,
        report: Report,
        report_id: int | None = None,
        profile: UnitProfile | None = None,
        prompts: dict[str, str] | None = None,
        previous: Report | None = None,
    ) -> None:
        """Show `report` in the workspace (saving the one open before); `previous` is last year's report."""
        from desktop.ui.session import ReportSession

        self.close_session()
        self.session = ReportSession(report, report_id, self.store, profile)
        if self.store is not None and report_id is not None:
            self.session.status = self.store.reports.summary(report_id).status
        self.session.saved.connect(self._saved)
        self.session.failing.connect(self.save_banner.show_failure)
        self.session.recovered.connect(self.save_banner.hide)
        self.session.dirty_changed.connect(lambda _dirty: self.status_line.show(self.session))
        self.editor_page.set_report(report, self.session.profile, prompts, previous)
        if self.store is not None and report_id is not None:  # the structure menu's deleted sections
            self.editor_page.offer_deleted_sections(
                lambda: self.save_now() or self.store.structure.deleted(report_id)
            )
        self.stack.setCurrentWidget(self.editor_page)
        self.actions.set_report_actions_enabled(True)
        self.status_line.show(self.session)
        from desktop.ui.final_guard import apply_final_state

        apply_final_state(self)

    def close_session(self) -> bool:
        """Save and forget the open report; False when saving failed."""
        if self.session is None:
            return True
        ok = self.session.save()
        self.session.stop()
        self.session = None
        self.save_banner.hide()
        self.damage_banner.hide()
        if self._editor_page is not None:
            self._editor_page.stop_checking()
        return ok

    def _changed(self, what: str) -> None:
        if self.session is not None:
            self.session.mark(what)

    def _saved(self, at: str) -> None:
        self.status_line.show(self.session, at)

    def _findings_changed(self, findings: list) -> None:
        self.status_line.show_check(self.editor_page.check_seconds(), self.editor_page.error_count())
        if self.session is not None:
            self.session.save_findings(findings)

    def save_now(self) -> None:
        if self.session is not None:
            self.session.save()

    # --- messages --------------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def show_error(self, message: str) -> None:
        """A Chinese message saying what to do, window-modal (it does not block the event loop)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorMessage")
        self._show_dialog(box)

    def show_settings(self) -> None:
        from desktop.ui.dialogs.settings import SettingsDialog, apply_settings

        dialog = SettingsDialog(self, self.settings, self.store)
        self._show_dialog(dialog, lambda: apply_settings(self, dialog.apply()))

    def font_changed(self) -> None:
        """The font size changed in Settings: the open report is laid out again."""
        if self._editor_page is not None:
            self._editor_page.font_changed()

    def show_input_help(self) -> None:
        from desktop.ui.dialogs.input_notice import show_fcitx4_notice

        show_fcitx4_notice(self)

    def show_about(self) -> None:
        from desktop.ui.dialogs.about import AboutDialog

        self._show_dialog(AboutDialog(self, self.store, self.log_file))

    # --- layout memory ---------------------------------------------------------------------
    def restore_layout(self, available=None) -> None:
        """The remembered window, clamped to this screen (or `available`), else one that fits it."""
        restore_window(self, self.settings, available)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._editor_page is not None:
            self._editor_page.remember_layout()
        self.settings.sync()

    # Dialog helpers are imported when first used, not before the first paint.
    def _show_help(self) -> None:
        from desktop.ui.help import show_help

        show_help(self)

    def _show_fix_all(self) -> None:
        from desktop.ui.fix_actions import show_fix_all

        show_fix_all(self)

    def _request_final(self) -> None:
        from desktop.ui.final_guard import request_final

        request_final(self)

    def _confirm_recycle(self, report_id: int) -> None:
        from desktop.ui.final_guard import confirm_recycle

        confirm_recycle(self, report_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtWidgets import QMessageBox

        if not self.close_session():
            answer = QMessageBox.question(
                self, APP_TITLE, self.tr("The last changes could not be saved. Close anyway?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_layout()
        wait_all(5000)
        if self.store is not None and self.owns_store:
            self.store.close()
        event.accept()
