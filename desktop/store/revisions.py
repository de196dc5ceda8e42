"""Section revisions: every save keeps the latest text as a revision, coalescing rapid edits.

A save starts a new revision when the newest one was started more than COALESCE_SECONDS ago or the text moved
by LARGE_CHANGE_CHARS or more (a paste, a deletion); otherwise it updates the latest revision in
place, so autosave every few seconds yields one revision per burst of typing, not hundreds.
Whitespace-only changes never start a revision. At most MAX_REVISIONS are kept per section.
The functions work inside the caller's transaction; `Revisions` is store.revisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.store.database import Database, guarded
from desktop.store.errors import ReportNotFoundError
from desktop.store.records import SaveResult

if TYPE_CHECKING:
    from desktop.store.reports import Reports

COALESCE_SECONDS = 120.0
LARGE_CHANGE_CHARS = 200
MAX_REVISIONS = 200


@dataclass(frozen=True)
class Revision:
    """A saved state of one section's text."""

    id: int
    section_key: str
    created_at: float  # epoch seconds of the first save in this revision
    updated_at: float  # epoch seconds of the last save coalesced into it
    chars: int
    note: str  # e.g. 恢复自修订 12, 导入, 从上年报告开始
    text: str = ""


def changed_chars(old: str, new: str) -> int:
    """Characters inserted or removed between `old` and `new`, measured outside their common prefix
    and suffix (cheap and good enough to tell typing from a paste)."""
    limit = min(len(old), len(new))
    lo, hi = 0, limit
    while lo < hi:  # longest common prefix, by binary search over slice comparisons (C speed)
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, limit - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid :] == new[len(new) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    suffix = lo
    return max(len(old) - prefix - suffix, len(new) - prefix - suffix)


def _squash(text: str) -> str:
    return "".join(text.split())


def record(db: Database, section_id: int, text: str, now: float, note: str = "") -> int:
    """Record `text` as the section's newest state; returns the revision id written or updated.

    Runs inside the caller's transaction."""
    row = db.execute(
        "SELECT id, text, created_at FROM revisions WHERE section_id = ? ORDER BY id DESC LIMIT 1",
        [section_id],
    ).fetchone()
    if row is not None:
        rev_id, old, created_at = row
        if old == text:
            return rev_id
        small = changed_chars(old, text) < LARGE_CHANGE_CHARS
        recent = now - created_at < COALESCE_SECONDS
        if not note and ((small and recent) or _squash(old) == _squash(text)):
            db.execute("UPDATE revisions SET text = ?, updated_at = ? WHERE id = ?", [text, now, rev_id])
            return rev_id
    cursor = db.execute(
        "INSERT INTO revisions(section_id, text, created_at, updated_at, note) VALUES (?, ?, ?, ?, ?)",
        [section_id, text, now, now, note],
    )
    db.execute(
        "DELETE FROM revisions WHERE section_id = ? AND id NOT IN "
        "(SELECT id FROM revisions WHERE section_id = ? ORDER BY id DESC LIMIT ?)",
        [section_id, section_id, MAX_REVISIONS],
    )
    return int(cursor.lastrowid)


def list_for_section(db: Database, section_id: int, key: str) -> list[Revision]:
    """Revisions of one section, newest first, without their text (load one with `find`)."""
    rows = db.execute(
        "SELECT id, created_at, updated_at, length(text), note FROM revisions "
        "WHERE section_id = ? ORDER BY id DESC",
        [section_id],
    ).fetchall()
    return [Revision(r[0], key, r[1], r[2], r[3], r[4]) for r in rows]


def find(db: Database, revision_id: int) -> tuple[int, Revision] | None:
    """(section_id, revision with text) or None."""
    row = db.execute(
        "SELECT r.section_id, s.key, r.id, r.created_at, r.updated_at, r.text, r.note "
        "FROM revisions r JOIN sections s ON s.id = r.section_id WHERE r.id = ?",
        [revision_id],
    ).fetchone()
    if row is None:
        return None
    section_id, key, rid, created, updated, text, note = row
    return section_id, Revision(rid, key, created, updated, len(text), note, text)


def _gone(revision_id: int) -> ReportNotFoundError:
    return ReportNotFoundError("找不到这个历史版本，可能已被清理。", f"no revision {revision_id}")


class Revisions:
    """store.revisions: a section's saved states, and putting one back."""

    def __init__(self, db: Database, reports: Reports) -> None:
        self.db = db
        self.reports = reports

    @guarded
    def of_section(self, report_id: int, key: str) -> list[Revision]:
        """The section's revisions, newest first (text not loaded; see `get`)."""
        row = self.db.execute(
            "SELECT id FROM sections WHERE report_id = ? AND key = ?", [report_id, key]
        ).fetchone()
        if row is None:
            raise ReportNotFoundError("找不到这个篇章。", f"no section {key!r} in report {report_id}")
        return list_for_section(self.db, row[0], key)

    @guarded
    def get(self, revision_id: int) -> Revision:
        """One revision with its text (for preview or comparison)."""
        found = find(self.db, revision_id)
        if found is None:
            raise _gone(revision_id)
        return found[1]

    @guarded
    def restore(self, revision_id: int) -> SaveResult:
        """Put a revision's text back into its section, as a new revision (so the restore can be undone)."""
        with self.db.transaction():
            found = find(self.db, revision_id)
            if found is None:
                raise _gone(revision_id)
            section_id, rev = found
            report_id = self.db.execute(
                "SELECT report_id FROM sections WHERE id = ?", [section_id]
            ).fetchone()[0]
            return self.reports.write_section(
                report_id, rev.section_key, rev.text, None, note=f"恢复自修订 {rev.id}"
            )
