"""The workspace of one report: navigator | section editor (or header / indicators) | checklist."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.model import PART_KEYS, Finding, Report, UnitProfile
from desktop.core.outline import follow_heading
from desktop.core.template import Template
from desktop.ui.checklist_panel import FINDING_ROLE, ChecklistPanel
from desktop.ui.findings_map import HEADER, INDICATORS, finding_section, heading_key
from desktop.ui.geometry import restore_splitter
from desktop.ui.header_form import HeaderForm
from desktop.ui.hub import SignalHub
from desktop.ui.indicators_form import IndicatorsForm
from desktop.ui.live_check import LiveChecker
from desktop.ui.navigator import Navigator, navigator_label, own_level, sub_headings
from desktop.ui.section_editor import SectionEditor, locate
from desktop.ui.structure import STRUCTURE
from desktop.ui.structure_page import StructurePageMixin

SPLITTER_KEY = "window/splitter"
HIDE_ADVICE_KEY = "checklist/hide_advice"


def indicator_phrases(report: Report, template: Template) -> list[tuple[str, str]]:
    """Filled indicators as insertable phrases, e.g. 合法性审查件数：12件（上年10件）."""
    out = []
    for spec in template.indicators:
        indicator = report.indicators.get(spec.key)
        if indicator is None or indicator.value is None:
            continue
        text = f"{spec.label}{indicator.value:g}{spec.unit}"
        if indicator.last_year is not None:
            text += f"（上年{indicator.last_year:g}{spec.unit}）"
        out.append((text, text))
    return out


class EditorPage(StructurePageMixin, QWidget):
    """Shows one report; every edit goes into the Report in memory and is announced on the hub."""

    changed = Signal(str)  # what changed: a section key, "header", "indicators" or "structure"
    fix_all_requested = Signal()  # 全部修正… was clicked (the window shows the preview)

    def __init__(self, hub: SignalHub, template: Template, settings: QSettings | None = None) -> None:
        super().__init__(objectName="editorPage")
        self.hub, self.template, self.settings = hub, template, settings
        self.report: Report | None = None
        self.prompts: dict[str, str] = {}
        self.current_key: str | None = None
        self.live = LiveChecker(self._checker_from_settings(), parent=self)
        self.navigator = Navigator(hub, template)
        self.editor = SectionEditor()
        self.header_form = HeaderForm()
        self.indicators = IndicatorsForm(template)
        self.centre = QStackedWidget(objectName="centreStack")
        for page in (self.editor, self.header_form, self.indicators):
            self.centre.addWidget(page)
        self.checklist = ChecklistPanel(hub, template)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.checklist)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 700, 380])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        hub.section_selected.connect(self.show_section)
        hub.jump_to_offset.connect(self.show_text)
        hub.finding_activated.connect(self.select_finding)
        self.live.checked.connect(self._findings_arrived)
        self.editor.edited.connect(self._section_edited)
        self.header_form.edited.connect(lambda _f: self._edited(HEADER))
        self.indicators.edited.connect(lambda _k: self._edited(INDICATORS))
        self.checklist.apply_requested.connect(self.apply_fix)
        self.checklist.fix_all_requested.connect(self.fix_all_requested)
        self._wire_structure()
        self._restore_choices()

    def _restore_choices(self) -> None:
        """The panel widths and 隐藏建议 as the clerk left them (remembered in the settings)."""
        restore_splitter(self.splitter, self.settings.value(SPLITTER_KEY) if self.settings else None)
        if self.settings is not None:
            hide = self.checklist.hide_advice
            hide.setChecked(str(self.settings.value(HIDE_ADVICE_KEY, "false")).lower() == "true")
            hide.toggled.connect(lambda on: self.settings.setValue(HIDE_ADVICE_KEY, on))

    def remember_layout(self) -> None:
        """Keep the panel widths for the next start."""
        if self.settings is not None:
            self.settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    def font_changed(self) -> None:
        """The font size changed: panels no narrower than their new minimums, the page laid out again."""
        restore_splitter(self.splitter, self.splitter.saveState())
        self.reload_current()

    def translate_ui(self) -> None:
        for widget in (
            self.navigator,
            self.editor,
            self.header_form,
            self.indicators,
            self.checklist,
            self.part_bar,
        ):
            widget.translate_ui()

    # --- opening and switching -------------------------------------------------------------
    def set_report(
        self,
        report: Report,
        profile: UnitProfile | None = None,
        prompts: dict[str, str] | None = None,
        previous: Report | None = None,
    ) -> None:
        """Show `report`; `prompts` (section key → text) and `previous` (for the carry-over check) come from
        last year's report, when this one was started from it."""
        self.report = report
        self.prompts = prompts or {}
        self.current_key = None
        self.editor.forget_documents()
        self.structure.set_report(report)
        self.navigator.set_report(report)
        self.checklist.set_report(report)
        self.header_form.set_report(report)
        self.indicators.set_report(report)
        first = next((s.key for s in report.sections if s.part in PART_KEYS), None)
        self.show_section(first or HEADER)
        self.live.set_report(report, profile, previous)

    def show_section(self, key: str) -> None:
        if self.report is None or key == self.current_key:
            return
        self.current_key = key
        if key == HEADER:
            self.centre.setCurrentWidget(self.header_form)
        elif key == INDICATORS:
            self.centre.setCurrentWidget(self.indicators)
        else:
            section = self.report.section(key)
            if section is None:
                return
            spec = self.template.part(section.part) if section.part in PART_KEYS else None
            phrases = indicator_phrases(self.report, self.template)
            self.editor.set_section(section, spec, phrases, self.prompts.get(key, ""))
            self.editor.text.set_findings(self._section_findings(key))
            self.centre.setCurrentWidget(self.editor)
            self._show_part()
        self.navigator.select_key(key)

    def open_find(self) -> None:
        """Ctrl+F: the find bar of the section editor (opens the first part when another page is shown)."""
        if self.centre.currentWidget() is not self.editor and self.report is not None:
            first = next((s.key for s in self.report.sections if s.part in PART_KEYS), None)
            if first:
                self.show_section(first)
        self.editor.find_bar.open_bar()

    def focus_next_panel(self) -> None:
        """F6: navigator → centre → checklist → navigator."""
        centre = self.centre.currentWidget()
        centre_focus = self.editor.text if centre is self.editor else centre
        order = [self.navigator, centre_focus, self.checklist.tree]
        focus = QApplication.focusWidget()
        current = next(
            (i for i, w in enumerate(order) if focus is not None and (w is focus or w.isAncestorOf(focus))),
            -1,
        )
        order[(current + 1) % len(order)].setFocus()

    def panel_in_use(self) -> str:
        """Where the clerk works: "checklist" (its focus, or the text it just selected), "header",
        "indicators" or "text"."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.checklist or self.checklist.isAncestorOf(focus)):
            return "checklist"
        if focus is self.editor.text and self._just_jumped():
            return "checklist"  # a checklist click moved the focus to the text it is about
        centre = self.centre.currentWidget()
        return (
            "indicators" if centre is self.indicators else "header" if centre is self.header_form else "text"
        )

    def _just_jumped(self) -> bool:
        """The text shows exactly the quote of the checklist's current finding (nothing typed since)."""
        item = self.checklist.tree.currentItem()
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        selected = self.editor.text.textCursor().selectedText()
        return finding is not None and bool(finding.quote) and selected == finding.quote

    def reload_current(self) -> None:
        """Show the current page again (e.g. after the font size changed)."""
        key, self.current_key = self.current_key, None
        if key:
            self.show_section(key)

    def reload_section(self, key: str) -> None:
        """Show a section again after its text was replaced from outside (revision restore)."""
        if self.current_key == key:
            self.current_key = None
            self.show_section(key)
        self.navigator.rebuild()
        self.live.schedule()

    def show_text(self, key: str, start: int, end: int | None = None) -> None:
        """Open a section with its characters start…end selected (the caret at `start` without `end`)."""
        self.show_section(key)
        if self.current_key == key and self.centre.currentWidget() is self.editor:
            self.editor.text.select_span(start, start if end is None else end)

    def current_section(self) -> str | None:
        """The key of the section being edited (None on the header or indicators page)."""
        return self.current_key if self.current_key not in (None, HEADER, INDICATORS) else None

    def select_finding(self, finding: Finding) -> None:
        """Open the finding's section and select its quoted span (or just the section when it has none)."""
        if self.report is None:
            return
        key = finding_section(self.report, finding) or HEADER
        self.show_section(key)
        if heading_key(finding) is not None and self.centre.currentWidget() is self.editor:
            start, end = finding.span
            self.editor.heading.setFocus()
            self.editor.heading.setSelection(start, end - start)
        elif self.centre.currentWidget() is self.editor:
            where = locate(self.editor.text.toPlainText(), finding)
            if where is not None:
                self.editor.text.select_span(*where)
            else:
                self.editor.text.setFocus()
        elif key == HEADER:
            self.header_form.select_quote(finding.quote)

    # --- edits and findings ----------------------------------------------------------------
    def undo(self) -> None:
        """Ctrl+Z: the last structure change when nothing was typed since, else the typing."""
        if not self.structure.undo():
            self.editor.text.undo()

    def redo(self) -> None:
        self.editor.text.redo()

    def next_problem(self) -> None:
        """F8: the checklist's next finding, its text selected."""
        self.checklist.select_next()

    def apply_fix(self, finding: Finding) -> bool:
        """采用建议: type the finding's suggestion over its quote (False when the text moved on)."""
        from desktop.ui.fix_actions import apply_suggestion

        return apply_suggestion(self, finding)

    def offer_deleted_sections(self, lookup) -> None:
        """Where the structure menu's 恢复已删除的篇章 finds them (the store's deleted sections)."""
        self.structure.deleted_lookup = lookup

    def set_read_only(self, read_only: bool) -> None:
        """Every editing widget of the workspace read-only (已定稿), or editable again."""
        for widget in (self.editor, self.header_form, self.indicators, self.navigator):
            widget.set_read_only(read_only)
        self.checklist.set_fixes_enabled(not read_only)
        self.part_bar.setEnabled(not read_only)  # which part / 结构 ▾ (sections added, moved, split)

    # --- the check -------------------------------------------------------------------------
    def check_now(self) -> None:
        """Check at once instead of after the typing pause."""
        self.live.check_now()

    def _checker_from_settings(self):
        from desktop.ui.regional_rules import chosen_folder, regional_checker

        return regional_checker(chosen_folder(self.settings))[0]

    def use_rules(self, folder: str) -> str | None:
        """Check with a region's rule folder (empty: the bundled rules); a Chinese message when it cannot be
        used (the bundled rules are used then)."""
        from desktop.ui.regional_rules import regional_checker

        self.live.checker, problem = regional_checker(folder)
        self.live.schedule()
        return problem

    def use_profile(self, profile: UnitProfile) -> None:
        """Check against the unit's new profile (its level and county deadline)."""
        self.live.profile = profile
        self.live.schedule()

    def stop_checking(self) -> None:
        """The report is closed: no check runs for it any more."""
        self.live.set_report(None)

    def findings(self) -> list[Finding]:
        """The findings of the last check, as the checklist shows them."""
        return self.live.findings

    def error_count(self) -> int:
        return sum(f.severity == "error" for f in self.live.findings)

    def check_seconds(self) -> float:
        """How long the last check took."""
        return self.live.last_seconds

    def _section_edited(self, key: str) -> None:
        section = self.report.section(key) if self.report else None
        if section is not None:
            self.structure.text_edited()
            followed = follow_heading(section, self.template)  # a heading now naming another part
            shown = [line for line, _ in sub_headings(section.text, own_level(section))]
            item = self.navigator.item_for_key(key)
            before = [item.child(i).text(0) for i in range(item.childCount())] if item else []
            if (
                followed
                or shown != before
                or (item and item.text(0) != navigator_label(section, self.template))
            ):
                self.navigator.rebuild()
            if followed:
                self._show_part()
                self._edited(STRUCTURE)
        self._edited(key)

    def _edited(self, what: str) -> None:
        self.live.schedule()
        self.changed.emit(what)

    def _findings_arrived(self, findings: list[Finding]) -> None:
        self.checklist.set_findings(findings)
        self.navigator.set_findings(findings)
        if self.current_key and self.centre.currentWidget() is self.editor:
            self.editor.text.set_findings(self._section_findings(self.current_key))
        self.hub.findings_changed.emit(findings)

    def _section_findings(self, key: str) -> list[Finding]:
        return [
            f for f in self.live.findings if f.section == key and not f.in_heading and f.span[1] > f.span[0]
        ]
