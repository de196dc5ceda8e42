"""store.recycle_bin: a report put in the recycle bin is hidden from lists and search until restored or
deleted for good (with its sections, revisions, indicators and findings)."""

from __future__ import annotations

from desktop.store import search
from desktop.store.database import Database, guarded, missing_report


class RecycleBin:
    """The reports with deleted_at set; store.reports.summaries(recycle_bin=True) lists them."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @guarded
    def put(self, report_id: int) -> None:
        """Move to the recycle bin (hidden from lists and search; take it back with `restore`)."""
        self._set_deleted(report_id, self.db.clock())

    @guarded
    def restore(self, report_id: int) -> None:
        """Take a report back out of the recycle bin."""
        self._set_deleted(report_id, None)

    def _set_deleted(self, report_id: int, when: float | None) -> None:
        with self.db.transaction():
            self.db.require_report(report_id)
            self.db.execute("UPDATE reports SET deleted_at = ? WHERE id = ?", [when, report_id])

    @guarded
    def delete(self, report_id: int) -> None:
        """Delete a recycled report for good with its sections, revisions, indicators and findings."""
        with self.db.transaction():
            row = self.db.execute("SELECT deleted_at FROM reports WHERE id = ?", [report_id]).fetchone()
            if row is None:
                raise missing_report(report_id)
            if row[0] is None:
                raise ValueError(
                    "only a report in the recycle bin can be deleted for good; put() it there first"
                )
            search.unindex_report(self.db, report_id)
            self.db.execute("DELETE FROM reports WHERE id = ?", [report_id])

    @guarded
    def empty(self) -> int:
        """Delete every recycled report for good; returns how many."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM reports WHERE deleted_at IS NOT NULL")]
        with self.db.transaction():
            for report_id in ids:
                self.delete(report_id)
        return len(ids)
