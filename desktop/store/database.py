"""The open database every part of the Store shares: one sqlite3 connection, its lock, the clock,
transactions, and sqlite3 errors turned into StoreErrors.

Each part (units.py, reports.py, revisions.py, …) is a small class holding this Database; none
inherits from another. A part's public methods are `@guarded`: serialised on the one lock (a worker
thread may use the store too) and raising only StoreError subclasses with a Chinese message.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

from desktop.store.diagnose import classify
from desktop.store.errors import ReportNotFoundError
from desktop.store.records import STATUSES

T = TypeVar("T")


class Database:
    """One open connection (explicit transactions: isolation_level=None) and what its users share."""

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Callable[[], float]) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock
        self.lock = threading.RLock()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error; an inner use joins the outer transaction."""
        if self.conn.in_transaction:
            yield self
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:  # SQLite already rolled back on e.g. SQLITE_FULL
                self.execute("ROLLBACK")
            raise
        try:
            self.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # a failed COMMIT (disk full, busy) must not leave it open
                self.execute("ROLLBACK")
            raise

    def require_report(self, report_id: int) -> None:
        """Raise ReportNotFoundError unless the report exists (in the recycle bin or not)."""
        if not self.execute("SELECT 1 FROM reports WHERE id = ?", [report_id]).fetchone():
            raise missing_report(report_id)

    def touch_report(self, report_id: int, now: float | None = None) -> None:
        """Mark the report as changed now (its updated_at)."""
        self.execute(
            "UPDATE reports SET updated_at = ? WHERE id = ?",
            [self.clock() if now is None else now, report_id],
        )


class Part(Protocol):
    db: Database


def guarded(method: Callable[..., T]) -> Callable[..., T]:
    """Serialise calls on one Store and turn sqlite3 errors into StoreErrors the user can act on."""

    @functools.wraps(method)
    def wrapper(self: Part, *args: Any, **kwargs: Any) -> T:
        with self.db.lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise classify(exc, self.db.path) from exc

    return wrapper


def missing_report(report_id: int) -> ReportNotFoundError:
    return ReportNotFoundError("找不到这份报告，可能已被彻底删除。请刷新报告列表。", f"no report {report_id}")


def check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
