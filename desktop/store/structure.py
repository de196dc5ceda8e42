"""store.structure: a report's structure as the clerk edits it: sections added, deleted, split, merged, moved, and which part
each one is (part_chosen). Deleted sections keep their row, text and revisions (deleted_at set), so a
deletion can be undone, even after the report was closed and opened again."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.model import Report, Section
from desktop.store.database import Database, guarded
from desktop.store.records import HEADER_FIELDS
from desktop.store.reports import Reports


@dataclass(frozen=True)
class DeletedSection:
    """A section the clerk deleted: where it stood, what it held, and when it went."""

    position: int
    section: Section
    deleted_at: float


class Structure:
    """Sections as a whole: their order, parts and deletions, or a whole Report saved over a stored one."""

    def __init__(self, db: Database, reports: Reports) -> None:
        self.db = db
        self.reports = reports

    @guarded
    def save(self, report_id: int, sections: list[Section]) -> None:
        """Save the report's sections as given, in one transaction: order, headings, text, part and
        part_chosen; new keys are added, a key that was deleted comes back with its revisions, and a
        stored section missing from `sections` is marked deleted (kept, see `deleted`)."""
        with self.db.transaction():
            self.db.require_report(report_id)
            now = self.db.clock()
            self._sync_sections(report_id, sections, now)
            self.db.touch_report(report_id, now)

    @guarded
    def save_report(self, report_id: int, report: Report) -> None:
        """Save a whole Report in one transaction (after re-importing, or a structure change): header
        fields, sections as in `save`, indicators replaced."""
        with self.db.transaction():
            self.db.require_report(report_id)
            now = self.db.clock()
            header = {f: getattr(report, f) for f in HEADER_FIELDS}
            self.db.execute(
                f"UPDATE reports SET {', '.join(f'{k} = ?' for k in header)}, updated_at = ? WHERE id = ?",
                [*header.values(), now, report_id],
            )
            self._sync_sections(report_id, report.sections, now)
            self.db.execute("DELETE FROM indicators WHERE report_id = ?", [report_id])
            self.reports.write_indicators(report_id, report.indicators.values())

    @guarded
    def deleted(self, report_id: int) -> list[DeletedSection]:
        """The report's deleted sections, most recently deleted first."""
        self.db.require_report(report_id)
        rows = self.db.execute(
            "SELECT position, key, heading, text, part, part_chosen, deleted_at FROM sections "
            "WHERE report_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC",
            [report_id],
        )
        return [DeletedSection(pos, Section(k, h, t, p, bool(c)), at) for pos, k, h, t, p, c, at in rows]

    def _sync_sections(self, report_id: int, sections: list[Section], now: float) -> None:
        keys = [s.key for s in sections]
        if len(set(keys)) != len(keys):
            raise ValueError(f"section keys must be unique: {keys}")
        existing = {
            key: (section_id, deleted_at)
            for key, section_id, deleted_at in self.db.execute(
                "SELECT key, id, deleted_at FROM sections WHERE report_id = ?", [report_id]
            )
        }
        for key in set(existing) - set(keys):
            section_id, deleted_at = existing[key]
            if deleted_at is None:
                self.db.execute(
                    "UPDATE sections SET deleted_at = ?, indexed = 1 WHERE id = ?", [now, section_id]
                )
                self.db.execute("DELETE FROM search_index WHERE rowid = ?", [section_id])
        for position, section in enumerate(sections):
            if section.key not in existing:
                self.reports.insert_section(report_id, position, section, now, note="")
                continue
            section_id, deleted_at = existing[section.key]
            self.db.execute(
                "UPDATE sections SET position = ?, part = ?, part_chosen = ?, deleted_at = NULL, "
                "indexed = CASE WHEN deleted_at IS NULL THEN indexed ELSE 0 END WHERE id = ?",
                [position, section.part, int(section.part_chosen), section_id],
            )
            self.reports.write_section(report_id, section.key, section.text, section.heading, note="")
