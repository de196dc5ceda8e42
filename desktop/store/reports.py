"""store.reports: create from the template, store a parsed Report, list, load, the autosave calls, rename
and duplicate."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.core.model import Indicator, Report, Section, UnitProfile
from desktop.core.profile_fill import prefill
from desktop.core.template import load_template
from desktop.store import revisions, search
from desktop.store.database import Database, check_status, guarded, missing_report
from desktop.store.errors import ReportNotFoundError
from desktop.store.records import DRAFT, HEADER_FIELDS, ReportSummary, SaveResult
from desktop.store.units import Units

SUMMARY_SQL = """
SELECT r.id, r.unit, r.year, r.title, r.status, r.created_at, r.updated_at, r.deleted_at,
       r.source_report_id, coalesce(f.errors, 0), coalesce(f.warnings, 0), r.checked_at
FROM reports r LEFT JOIN (
    SELECT report_id, sum(severity = 'error') AS errors, sum(severity = 'warning') AS warnings
    FROM findings GROUP BY report_id
) f ON f.report_id = r.id"""
ORDER = "ORDER BY r.year IS NULL, r.year DESC, r.unit, r.id DESC"


class Reports:
    """store.reports: whole reports and their header, sections and indicators."""

    def __init__(self, db: Database, units: Units) -> None:
        self.db = db
        self.units = units

    @guarded
    def create(self, unit: UnitProfile | str, year: int) -> int:
        """A new 草稿 from the template: one empty section per part, every indicator blank.

        A UnitProfile is saved (inserted or updated) first; a bare name reuses or creates its profile."""
        with self.db.transaction():
            if isinstance(unit, UnitProfile):
                self.units.upsert(unit)
                profile = unit
            else:
                self.units.ensure(unit)
                profile = self.units.get(unit) or UnitProfile(name=unit)
            report = prefill(load_template().new_report(profile.name, year, level=profile.level), profile)
            return self.insert(report, DRAFT, note="新建")

    @guarded
    def add(
        self,
        report: Report,
        status: str = DRAFT,
        note: str = "导入",
        prompts: dict[str, str] | None = None,
        unit: UnitProfile | None = None,
    ) -> int:
        """Store a Report object (parsed from a file, or read from a package) as a new report.

        `unit` is saved when no profile of that name exists yet (a known profile is kept);
        `note` labels the first revision of each section; `prompts` are per-section prompts."""
        check_status(status)
        with self.db.transaction():
            if unit is not None and unit.name.strip():
                if self.units.get(unit.name) is None:
                    self.units.upsert(unit)
                report.unit = report.unit or unit.name
            owner = unit.name if unit is not None and unit.name.strip() else None
            return self.insert(report, status, note, prompts=prompts, unit_name=owner)

    @guarded
    def insert(
        self,
        report: Report,
        status: str,
        note: str,
        source_id: int | None = None,
        prompts: dict[str, str] | None = None,
        unit_name: str | None = None,
    ) -> int:
        """Insert the report under the unit `unit_name` (default: the report's own unit text), inside the
        caller's transaction; returns its id."""
        now = self.db.clock()
        unit_id = self.units.ensure(unit_name or report.unit or "未命名单位", report.level)
        header = {f: getattr(report, f) for f in HEADER_FIELDS}
        cursor = self.db.execute(
            f"INSERT INTO reports(unit_id, status, created_at, updated_at, source_report_id, "
            f"{', '.join(header)}) VALUES (?, ?, ?, ?, ?, {', '.join('?' for _ in header)})",
            [unit_id, status, now, now, source_id, *header.values()],
        )
        report_id = int(cursor.lastrowid)
        for position, section in enumerate(report.sections):
            prompt = (prompts or {}).get(section.key, "")
            self.insert_section(report_id, position, section, now, note, prompt)
        self.write_indicators(report_id, report.indicators.values())
        return report_id

    @guarded
    def insert_section(
        self, report_id: int, position: int, section: Section, now: float, note: str, prompt: str = ""
    ) -> int:
        """Insert one section (its first revision, its search entry) inside the caller's transaction."""
        cursor = self.db.execute(
            "INSERT INTO sections(report_id, position, key, heading, part, part_chosen, text, updated_at, prompt) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                report_id,
                position,
                section.key,
                section.heading,
                section.part,
                int(section.part_chosen),
                section.text,
                now,
                prompt,
            ],  # fmt: skip
        )
        section_id = int(cursor.lastrowid)
        if section.text:
            revisions.record(self.db, section_id, section.text, now, note)
        search.index_section(self.db, section_id, section.heading, section.text)
        return section_id

    @guarded
    def summaries(self, include_deleted: bool = False, recycle_bin: bool = False) -> list[ReportSummary]:
        """Stored reports, newest year first, then by unit. `recycle_bin=True` lists only recycled ones;
        `include_deleted=True` lists both."""
        if recycle_bin:
            where = "r.deleted_at IS NOT NULL"
        else:
            where = "1" if include_deleted else "r.deleted_at IS NULL"
        return [ReportSummary(*row) for row in self.db.execute(f"{SUMMARY_SQL} WHERE {where} {ORDER}")]

    @guarded
    def summary(self, report_id: int) -> ReportSummary:
        """One report's list row (status, dates, error counts)."""
        row = self.db.execute(f"{SUMMARY_SQL} WHERE r.id = ?", [report_id]).fetchone()
        if row is None:
            raise missing_report(report_id)
        return ReportSummary(*row)

    @guarded
    def load(self, report_id: int) -> Report:
        """The full report as a desktop.core.model.Report: header, sections in order, indicators."""
        values = self.db.execute(
            f"SELECT {', '.join(HEADER_FIELDS)} FROM reports WHERE id = ?", [report_id]
        ).fetchone()
        if values is None:
            raise missing_report(report_id)
        report = Report(**dict(zip(HEADER_FIELDS, values, strict=True)))
        rows = self.db.execute(
            "SELECT key, heading, text, part, part_chosen FROM sections "
            "WHERE report_id = ? AND deleted_at IS NULL ORDER BY position",
            [report_id],
        )
        report.sections = [Section(k, h, t, p, bool(c)) for k, h, t, p, c in rows]
        rows = self.db.execute(
            "SELECT key, value, last_year, note FROM indicators WHERE report_id = ? ORDER BY rowid",
            [report_id],
        )
        report.indicators = {k: Indicator(key=k, value=v, last_year=ly, note=n) for k, v, ly, n in rows}
        return report

    @guarded
    def damaged_sections(self, report_id: int) -> list[str]:
        """Keys of the sections whose stored text is not valid UTF-8 (bytes damaged on disk). They load
        with U+FFFD in place of the damaged characters; their revisions are stored apart."""
        rows = self.db.execute(
            "SELECT key, CAST(text AS BLOB) FROM sections WHERE report_id = ? ORDER BY position", [report_id]
        )
        return [key for key, raw in rows if not _is_utf8(raw or b"")]

    @guarded
    def prompts(self, report_id: int) -> dict[str, str]:
        """Writing prompts by section key (e.g. last year's plan, to say what became of it)."""
        rows = self.db.execute(
            "SELECT key, prompt FROM sections WHERE report_id = ? AND prompt != '' AND deleted_at IS NULL "
            "ORDER BY position",
            [report_id],
        )
        return dict(rows.fetchall())

    # ---- autosave ------------------------------------------------------------------------------
    @guarded
    def save_section(self, report_id: int, key: str, text: str, heading: str | None = None) -> SaveResult:
        """Autosave one section's text (and heading): one transaction, a revision when it changed
        meaningfully (see revisions.py). Unchanged text costs one SELECT and writes nothing.
        The search index catches up on the next search (or store.search.update_index)."""
        with self.db.transaction():
            return self.write_section(report_id, key, text, heading, note="")

    @guarded
    def write_section(
        self, report_id: int, key: str, text: str, heading: str | None, note: str
    ) -> SaveResult:
        """save_section inside the caller's transaction; a `note` always starts a revision."""
        now = self.db.clock()
        row = self.db.execute(
            "SELECT id, text, heading FROM sections WHERE report_id = ? AND key = ?", [report_id, key]
        ).fetchone()
        if row is None:
            raise ReportNotFoundError(
                "找不到要保存的篇章，报告可能已被删除。请重新打开报告。",
                f"no section {key!r} in report {report_id}",
            )
        section_id, old_text, old_heading = row
        heading = old_heading if heading is None else heading
        if text == old_text and heading == old_heading and not note:
            return SaveResult(False, None, now)
        self.db.execute(
            "UPDATE sections SET text = ?, heading = ?, updated_at = ?, indexed = 0 WHERE id = ?",
            [text, heading, now, section_id],
        )
        self.db.touch_report(report_id, now)
        revision_id = revisions.record(self.db, section_id, text, now, note)
        return SaveResult(True, revision_id, now)  # search indexing waits for the next search (search.py)

    @guarded
    def save_header(self, report_id: int, **values: Any) -> None:
        """Change header fields: title, unit, level, year, doc_number, signer, addressee, issuer_mark,
        signature, date, cc, printer, print_date (records.HEADER_FIELDS)."""
        unknown = set(values) - set(HEADER_FIELDS)
        if unknown:
            raise ValueError(f"unknown header fields: {sorted(unknown)}")
        if not values:
            return
        sets = ", ".join(f"{k} = ?" for k in values)
        with self.db.transaction():
            self.db.require_report(report_id)
            self.db.execute(
                f"UPDATE reports SET {sets}, updated_at = ? WHERE id = ?",
                [*values.values(), self.db.clock(), report_id],
            )

    @guarded
    def save_indicators(self, report_id: int, indicators: Iterable[Indicator] | dict[str, Indicator]) -> None:
        """Insert or update these indicators' value, last_year and note; others are kept."""
        items = list(indicators.values() if isinstance(indicators, dict) else indicators)
        with self.db.transaction():
            self.db.require_report(report_id)
            self.write_indicators(report_id, items)
            self.db.touch_report(report_id)

    @guarded
    def write_indicators(self, report_id: int, items: Iterable[Indicator]) -> None:
        """Insert or update `items` inside the caller's transaction."""
        self.db.executemany(
            "INSERT INTO indicators(report_id, key, value, last_year, note) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(report_id, key) DO UPDATE SET value = excluded.value, "
            "last_year = excluded.last_year, note = excluded.note",
            [(report_id, i.key, i.value, i.last_year, i.note or "") for i in items],
        )

    @guarded
    def set_status(self, report_id: int, status: str) -> None:
        """Set 草稿, 待审 or 已定稿 (records.STATUSES)."""
        check_status(status)
        with self.db.transaction():
            self.db.require_report(report_id)
            self.db.execute(
                "UPDATE reports SET status = ?, updated_at = ? WHERE id = ?",
                [status, self.db.clock(), report_id],
            )

    @guarded
    def rename(self, report_id: int, title: str) -> None:
        """Change the report's title (what the list shows and the document prints)."""
        self.save_header(report_id, title=title)

    @guarded
    def duplicate(self, report_id: int) -> int:
        """A copy as a new 草稿 with the same title, unit and year (the title is what the document prints:
        a copy must not change it), no revisions history beyond its text."""
        with self.db.transaction():
            return self.insert(
                self.load(report_id),
                DRAFT,
                note=f"复制自报告 {report_id}",
                source_id=self.summary(report_id).source_report_id,
                prompts=self.prompts(report_id),
                unit_name=self.units.of_report(report_id).name,
            )


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
