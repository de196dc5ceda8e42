"""What every part of the Store shares: the connection, the clock, transactions and error mapping."""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from desktop.core.template import Template, load_template
from desktop.store import db as dbmod
from desktop.store.errors import ReportNotFoundError
from desktop.store.records import STATUSES

T = TypeVar("T")


def guarded(method: Callable[..., T]) -> Callable[..., T]:
    """Serialise calls on one Store and turn sqlite3 errors into StoreErrors the user can act on."""

    @functools.wraps(method)
    def wrapper(self: StoreBase, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise dbmod.classify(exc, self.path) from exc

    return wrapper


class StoreBase:
    """The open database and the helpers the Store's parts build on."""

    def __init__(
        self,
        database: sqlite_utils.Database,
        path: Path,
        instance_lock: dbmod.InstanceLock | None,
        clock: Callable[[], float],
    ) -> None:
        self.db = database
        self.path = path
        self.data_dir = path.parent
        self.clock = clock
        self._instance_lock = instance_lock
        self._lock = threading.RLock()
        self._template: Template | None = None
        self._closed = False
        self._changes_at_backup = database.conn.total_changes
        self.keep_backups = 10
        self.backup_on_close = True

    def close(self) -> None:
        """Close the database and release the instance lock (safe to call twice)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self.db.close()
                if self._instance_lock is not None:
                    self._instance_lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def template(self) -> Template:
        if self._template is None:
            self._template = load_template()
        return self._template

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error; an inner use joins the outer transaction."""
        if self.db.conn.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if self.db.conn.in_transaction:  # SQLite already rolled back on e.g. SQLITE_FULL
                self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.conn.in_transaction:  # a failed COMMIT (disk full, busy) must not leave it open
                self.db.execute("ROLLBACK")
            raise

    def _require(self, report_id: int) -> None:
        if not self.db.execute("SELECT 1 FROM reports WHERE id = ?", [report_id]).fetchone():
            raise missing_report(report_id)


def missing_report(report_id: int) -> ReportNotFoundError:
    return ReportNotFoundError("找不到这份报告，可能已被彻底删除。请刷新报告列表。", f"no report {report_id}")


def check_status(status: str) -> None:
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
