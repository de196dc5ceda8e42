"""store.findings: the checklist last saved for each report (the start page shows its error and warning
counts without checking again)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.model import Finding
from desktop.store.database import Database, guarded


class Findings:
    """One saved checklist per report, replaced as a whole."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @guarded
    def save(self, report_id: int, findings: Iterable[Finding]) -> None:
        """Replace the report's stored checklist and note when it was checked."""
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
        with self.db.transaction():
            self.db.require_report(report_id)
            self.db.execute("DELETE FROM findings WHERE report_id = ?", [report_id])
            self.db.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self.db.execute("UPDATE reports SET checked_at = ? WHERE id = ?", [self.db.clock(), report_id])

    @guarded
    def load(self, report_id: int) -> list[Finding]:
        """The last saved checklist, in its saved order."""
        rows = self.db.execute(
            "SELECT id, severity, message, section, span_start, span_end, quote, suggestion "
            "FROM findings WHERE report_id = ? ORDER BY position",
            [report_id],
        )
        return [Finding(i, sev, msg, sec, (a, b), q, sug) for i, sev, msg, sec, a, b, q, sug in rows]
