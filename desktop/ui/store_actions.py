"""Main-window commands that go through the store: start page, new, from last year, import, profile,
revisions, recycle bin, search. Dialogs open window-modal without blocking the event loop."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from desktop.ui.workers import run_task

if TYPE_CHECKING:
    from desktop.core.model import Report, UnitProfile

IMPORT_FILTER = (
    "报告文件 (*.docx *.doc *.wps *.pdf *.odt *.rtf *.txt *.rdpkg);;Word/WPS 文档 (*.docx *.doc *.wps);;"
    "PDF 文件 (*.pdf);;其他文档 (*.odt *.rtf);;文本文件 (*.txt);;报告包 (*.rdpkg)"
)
PACKAGE_SUFFIX = ".rdpkg"


def demo_report() -> Report:
    """The bundled demo report stored on first start."""
    from desktop.core.parser import parse_text
    from desktop.core.resources import resources_dir

    text = (resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8")
    return parse_text(text)


class StoreActionsMixin:
    """Mixed into MainWindow; needs self.store, self.start_page, self.session, self.editor_page."""

    def _show_dialog(self, dialog: QDialog, on_accept=None) -> QDialog:
        if on_accept is not None:
            dialog.accepted.connect(on_accept)
        dialog.open()
        return dialog

    # --- first start and start page ----------------------------------------------------------
    def first_start(self) -> None:
        """On an empty store: store the demo report, open it, and ask for the unit profile."""
        if self.store.reports.summaries(include_deleted=True):
            self.show_start_page()
            return
        from desktop.core.model import UnitProfile

        report_id = self.store.reports.add(demo_report(), note="示例报告")
        self.open_stored(report_id)
        self._show_profile_dialog(UnitProfile())

    def show_start_page(self) -> None:
        self.close_session()
        self.start_page.refresh()
        self.show_page(self.start_page)
        self.start_page.setFocus()

    def open_stored(self, report_id: int) -> None:
        report = self.store.reports.load(report_id)
        store = self.store
        previous = store.carryover.previous_report(report_id)
        self.open_report(
            report, report_id, store.units.of_report(report_id), store.reports.prompts(report_id), previous
        )
        damaged = store.reports.damaged_sections(report_id)
        if damaged:
            self._show_damaged(report, damaged)

    def _show_damaged(self, report, keys: list[str]) -> None:
        """Partial damage stays partial: the report opens, the damaged sections are named, their
        revisions are offered."""
        names = "、".join(f"“{(report.section(k).heading or k).strip()}”" for k in keys)
        message = self.tr(
            "Part of the text of {0} was damaged on disk and is shown as �; the other sections are intact. "
            "Restore an earlier version from the revisions."
        ).format(names)

        def revisions() -> None:
            self.editor_page.show_section(keys[0])
            self.show_revisions()

        self.editor_page.show_section(keys[0])
        self.damage_banner.show_notice(message, self.tr("Revisions…"), revisions)

    # --- new reports ---------------------------------------------------------------------------
    def new_report(self) -> None:
        from desktop.ui.dialogs.new_report import NewReportDialog

        dialog = NewReportDialog(self, self.own_units_first())
        self._show_dialog(dialog, lambda: self.create_report(*dialog.values()))

    def own_units_first(self) -> list[str]:
        """The stored unit names, the clerk's own (the profile last entered) first, not the last imported."""
        own = str(self.settings.value("profile/own", "") or "")
        names = [u.name for u in self.store.units.all()]
        return [own, *(n for n in names if n != own)] if own in names else names

    def create_report(self, unit: str, year: int) -> int:
        from desktop.core.model import UnitProfile

        profile = self.store.units.get(unit) or UnitProfile(name=unit or "未命名单位")
        report_id = self.store.reports.create(profile, year)
        self.open_stored(report_id)
        return report_id

    def from_last_year(self, report_id: int | None = None) -> int | None:
        if not report_id and self.session is not None and self.stack.currentWidget() is not self.start_page:
            report_id = self.session.report_id  # from the editor: the report being edited
        source = report_id or self.start_page.selected_id()
        if not source:
            self.show_error("请先在报告列表中选中上一年度的报告，再点“从上年报告开始”。")
            return None
        self.close_session()
        new_id = self.store.carryover.start_from_last_year(source)
        self.open_stored(new_id)
        return new_id

    def import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import report"), str(Path.home()), IMPORT_FILTER)
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Read and parse the file off the UI thread, store it as a new report and open it
        (a report package goes into the store as it is)."""
        self.hub.status_message.emit(self.tr("Importing {0}…").format(path.name))
        if path.suffix.lower() == PACKAGE_SUFFIX:
            from desktop.store.package import import_package

            run_task(import_package, self.store, path, on_done=self.open_stored, on_error=self.show_error)
            return
        from desktop.exchange.importer import import_report  # python-docx: loaded when first needed

        run_task(import_report, path, on_done=self._imported, on_error=self.show_error)

    def _imported(self, result: tuple[Report, list[str]]) -> None:
        report, _notices = result
        from desktop.ui.final_guard import warn_if_imported

        if not warn_if_imported(self, report, lambda _report: self._store_imported(result)):
            self._store_imported(result)

    def _store_imported(self, result: tuple[Report, list[str]]) -> None:
        report, notices = result
        report_id = self.store.reports.add(report, note="导入")
        self.open_stored(report_id)
        self.hub.status_message.emit(self.tr("Imported as a new draft"))
        if notices:  # what the file held that is not in the text (notes, revisions, PDF/LibreOffice reading)
            self.show_import_notices(notices)

    def show_import_notices(self, notices: list[str]) -> None:
        """The importer's notices in one window-modal box (it does not block the event loop)."""
        from PySide6.QtWidgets import QMessageBox

        text = "\n\n".join(f"• {notice}" for notice in notices)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import notes"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("importNotices")
        self._show_dialog(box)

    def duplicate_report(self, report_id: int) -> int:
        """A copy as a new draft (e.g. to try a rewrite), selected in the list."""
        new_id = self.store.reports.duplicate(report_id)
        self.hub.status_message.emit(self.tr("Copied as a new draft with the same title"))
        self.start_page.refresh()
        self.start_page.select(new_id)
        return new_id

    def backup_if_due(self) -> None:
        """Called hourly while the app runs: the daily backup when due, and a session backup of the last
        hour's work (a long session is not left with only the backup taken when it started)."""
        from desktop.ui.settings import read_int

        try:
            self.store.backups.take_if_due(keep=read_int(self.settings, "data/keep_backups", 10))
            self.store.backups.after_session()
        except Exception as exc:  # noqa: BLE001 - a failed backup must not interrupt writing
            self.show_status(getattr(exc, "message", "") or str(exc))

    def recycle_report(self, report_id: int) -> None:
        if self.session is not None and self.session.report_id == report_id:
            self.close_session()
        self.store.recycle_bin.put(report_id)
        self.start_page.refresh()
        self.hub.status_message.emit(self.tr("Moved to the recycle bin (Report ▸ Recycle bin to restore)"))

    def export_package(self, path: Path | None = None) -> None:
        """Write the open report as one package file (for the 司法所 or the county)."""
        if self.session is None or self.session.report_id is None:
            return
        self.save_now()
        if not path:
            report = self.session.report
            suggested = Path.home() / f"{report.unit}{report.year or ''}年度报告{PACKAGE_SUFFIX}"
            from PySide6.QtWidgets import QFileDialog

            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export report package"), str(suggested), f"*{PACKAGE_SUFFIX}"
            )
            if not name:
                return
            path = Path(name)
        from desktop.store.package import export_package

        done = lambda written: self.hub.status_message.emit(self.tr("Exported: {0}").format(written))  # noqa: E731
        run_task(
            export_package, self.store, self.session.report_id, path, on_done=done, on_error=self.show_error
        )

    def set_draft(self) -> None:
        # The statuses are imported when used: desktop.store loads sqlite_utils (~70 ms before the first paint).
        from desktop.store.records import DRAFT

        self.set_status(DRAFT)

    def set_in_review(self) -> None:
        from desktop.store.records import IN_REVIEW

        self.set_status(IN_REVIEW)

    def set_status(self, status: str) -> None:
        """草稿 → 待审 → 已定稿, as the start page shows it."""
        if self.session is not None and self.session.report_id is not None:
            self.store.reports.set_status(self.session.report_id, status)
            self.session.status = status
            self.status_line.show(self.session)
            from desktop.ui.final_guard import apply_final_state

            apply_final_state(self)
            self.hub.status_message.emit(self.tr("Status: {0}").format(status))

    # --- profile, revisions, recycle bin, search -------------------------------------------------
    def edit_profile(self) -> None:
        from desktop.core.model import UnitProfile

        current = self.session.profile if self.session else None
        if current is None or not current.name:
            names = self.own_units_first()
            current = (self.store.units.get(names[0]) if names else None) or UnitProfile()
        self._show_profile_dialog(current)

    def _show_profile_dialog(self, current: UnitProfile) -> None:
        from desktop.ui.dialogs.profile import ProfileDialog

        dialog = ProfileDialog(self, current)
        self._show_dialog(dialog, lambda: self._profile_entered(dialog.profile()))

    def _profile_entered(self, profile: UnitProfile) -> None:
        self.store.units.save(profile)
        self.settings.setValue("profile/own", profile.name)  # new reports default to this unit
        if self.session is not None and self.session.report.unit == profile.name:
            self.session.profile = profile
            self.editor_page.use_profile(profile)
            self.status_line.show(self.session)

    def show_revisions(self) -> None:
        key = self.editor_page.current_section()
        if self.session is None or self.session.report_id is None or key is None:
            self.show_error("请先在左侧选中一个篇章，再查看它的修订历史。")
            return
        from desktop.ui.dialogs.revisions import RevisionsDialog

        self.session.save()
        section = self.session.report.section(key)
        dialog = RevisionsDialog(self, self.store, self.session.report_id, key, section.text)
        self._show_dialog(dialog, lambda: self._revision_restored(key, dialog.restored_text))

    def _revision_restored(self, key: str, text: str | None) -> None:
        if text is None or self.session is None:
            return
        section = self.session.report.section(key)
        section.text = text
        self.editor_page.reload_section(key)
        self.hub.status_message.emit(self.tr("Version restored; the text before it is kept in the history"))

    def show_recycle_bin(self) -> None:
        from desktop.ui.dialogs.recycle_bin import RecycleBinDialog

        dialog = RecycleBinDialog(self, self.store)
        dialog.finished.connect(lambda _r: self.start_page.refresh())
        self._show_dialog(dialog)

    def show_search(self) -> None:
        from desktop.ui.dialogs.search import SearchDialog

        self.save_now()
        dialog = SearchDialog(self, self.store)
        dialog.hit_activated.connect(self._open_hit)
        self._show_dialog(dialog)

    def _open_hit(self, hit, words: str) -> None:
        """A search hit: its report opened at the section, the words found selected."""
        if self.session is None or self.session.report_id != hit.report_id:
            self.open_stored(hit.report_id)
        if hit.position >= 0:
            self.editor_page.show_text(hit.section_key, hit.position, hit.position + len(words))
        else:
            self.editor_page.show_section(hit.section_key)
