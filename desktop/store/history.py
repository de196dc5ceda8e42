"""Revisions (list, restore), report life cycle (rename, duplicate, recycle bin), findings snapshot, search."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.model import Finding
from desktop.store import revisions, search
from desktop.store.base import guarded, missing_report
from desktop.store.errors import ReportNotFoundError
from desktop.store.records import DRAFT, SaveResult
from desktop.store.reports import ReportsMixin
from desktop.store.revisions import Revision
from desktop.store.search import SearchHit


class HistoryMixin(ReportsMixin):
    # ---- revisions -------------------------------------------------------------------------------
    @guarded
    def revisions(self, report_id: int, key: str) -> list[Revision]:
        """The section's revisions, newest first (text not loaded; see `revision`)."""
        row = self.db.execute(
            "SELECT id FROM sections WHERE report_id = ? AND key = ?", [report_id, key]
        ).fetchone()
        if row is None:
            raise ReportNotFoundError("找不到这个篇章。", f"no section {key!r} in report {report_id}")
        return revisions.list_for_section(self.db, row[0], key)

    @guarded
    def revision(self, revision_id: int) -> Revision:
        """One revision with its text (for preview or comparison)."""
        found = revisions.get(self.db, revision_id)
        if found is None:
            raise ReportNotFoundError("找不到这个历史版本，可能已被清理。", f"no revision {revision_id}")
        return found[1]

    @guarded
    def restore_revision(self, revision_id: int) -> SaveResult:
        """Put a revision's text back into its section, as a new revision (so the restore can be undone)."""
        with self.transaction():
            found = revisions.get(self.db, revision_id)
            if found is None:
                raise ReportNotFoundError("找不到这个历史版本，可能已被清理。", f"no revision {revision_id}")
            section_id, rev = found
            report_id = self.db.execute(
                "SELECT report_id FROM sections WHERE id = ?", [section_id]
            ).fetchone()[0]
            return self._save_section(report_id, rev.section_key, rev.text, None, note=f"恢复自修订 {rev.id}")

    # ---- life cycle ------------------------------------------------------------------------------
    @guarded
    def rename(self, report_id: int, title: str) -> None:
        """Change the report's title (what the list shows and the document prints)."""
        self.save_header(report_id, title=title)

    @guarded
    def duplicate(self, report_id: int) -> int:
        """A copy as a new 草稿 with the same title, unit and year (the title is what the document prints:
        a copy must not change it), no revisions history beyond its text."""
        with self.transaction():
            report = self.load_report(report_id)
            prompts = self.prompts(report_id)
            source = self.summary(report_id).source_report_id
            owner = self.unit_of(report_id).name
            return self._insert_report(
                report,
                DRAFT,
                note=f"复制自报告 {report_id}",
                source_id=source,
                prompts=prompts,
                unit_name=owner,
            )

    @guarded
    def recycle(self, report_id: int) -> None:
        """Move to the recycle bin (hidden from lists and search; restore with `restore`)."""
        self._set_deleted(report_id, self.clock())

    @guarded
    def restore(self, report_id: int) -> None:
        """Take a report back out of the recycle bin."""
        self._set_deleted(report_id, None)

    def _set_deleted(self, report_id: int, when: float | None) -> None:
        with self.transaction():
            self._require(report_id)
            self.db.execute("UPDATE reports SET deleted_at = ? WHERE id = ?", [when, report_id])

    @guarded
    def delete_forever(self, report_id: int) -> None:
        """Delete a recycled report with its sections, revisions, indicators and findings."""
        with self.transaction():
            row = self.db.execute("SELECT deleted_at FROM reports WHERE id = ?", [report_id]).fetchone()
            if row is None:
                raise missing_report(report_id)
            if row[0] is None:
                raise ValueError(
                    "only a report in the recycle bin can be deleted for good; recycle() it first"
                )
            search.unindex_report(self.db, report_id)
            self.db.execute("DELETE FROM reports WHERE id = ?", [report_id])

    @guarded
    def empty_recycle_bin(self) -> int:
        """Delete every recycled report for good; returns how many."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM reports WHERE deleted_at IS NOT NULL")]
        with self.transaction():
            for report_id in ids:
                self.delete_forever(report_id)
        return len(ids)

    # ---- findings snapshot ---------------------------------------------------------------------
    @guarded
    def save_findings(self, report_id: int, findings: Iterable[Finding]) -> None:
        """Replace the report's stored checklist (the start page shows its error/warning counts)."""
        rows = [
            (
                report_id,
                n,
                f.id,
                f.severity,
                f.message,
                f.location,
                f.span[0],
                f.span[1],
                f.quote,
                f.suggestion,
            )
            for n, f in enumerate(findings)
        ]
        with self.transaction():
            self._require(report_id)
            self.db.execute("DELETE FROM findings WHERE report_id = ?", [report_id])
            self.db.conn.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self.db.execute("UPDATE reports SET checked_at = ? WHERE id = ?", [self.clock(), report_id])

    @guarded
    def findings(self, report_id: int) -> list[Finding]:
        """The last saved checklist, in its saved order."""
        rows = self.db.execute(
            "SELECT id, severity, message, section, span_start, span_end, quote, suggestion "
            "FROM findings WHERE report_id = ? ORDER BY position",
            [report_id],
        )
        return [Finding(i, sev, msg, sec, (a, b), q, sug) for i, sev, msg, sec, a, b, q, sug in rows]

    # ---- search ------------------------------------------------------------------------------------
    @guarded
    def search(
        self, query: str, limit: int = search.DEFAULT_LIMIT, include_deleted: bool = False
    ) -> list[SearchHit]:
        """Sections of every report and year that contain all words of `query` (2-character words too)."""
        self.update_search_index()
        return search.search(self.db, query, limit, include_deleted)

    @guarded
    def update_search_index(self, limit: int | None = None) -> int:
        """Index sections saved since the last search (the GUI may call this when idle); returns how many."""
        if not self.db.execute("SELECT 1 FROM sections WHERE indexed = 0 LIMIT 1").fetchone():
            return 0
        with self.transaction():
            return search.flush(self.db, limit)
