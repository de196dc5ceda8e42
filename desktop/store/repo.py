"""The store's public API (no Qt): a Store made of parts, each a small class sharing one Database.

    store = Store.open()                               # user data dir; Store.open(tmp_dir) in tests
    rid = store.reports.create(UnitProfile(name="青龙镇"), 2024)
    store.reports.save_section(rid, "measures", text)  # autosave: one transaction, a few ms
    report = store.reports.load(rid)                   # a desktop.core.model.Report

The parts: store.units (profiles, units.py), store.reports (create, list, load, save, rename,
duplicate; reports.py), store.revisions (revisions.py), store.structure (sections added, deleted,
moved; parts chosen; structure.py), store.recycle_bin (recycle_bin.py), store.findings (the saved
checklist, findings.py), store.search (search.py), store.carryover (start from last year's report,
carryover.py) and store.backups (below). package.py exports and imports one report through them.
Every method raises only StoreError subclasses with a Chinese message (or ValueError for a
programming error such as an unknown status). One Store per database per process; calls are
serialised on one lock, so a worker thread may use it too.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store import backup, diagnose, schema
from desktop.store import db as dbmod
from desktop.store.carryover import CarryOver
from desktop.store.database import Database, guarded
from desktop.store.findings import Findings
from desktop.store.recycle_bin import RecycleBin
from desktop.store.reports import Reports
from desktop.store.revisions import Revisions
from desktop.store.search import Search
from desktop.store.structure import Structure
from desktop.store.units import Units

log = logging.getLogger(__name__)


class Store:
    """One open report database. Create with Store.open(); close() it, or use it as a context manager."""

    def __init__(
        self,
        db: Database,
        instance_lock: dbmod.InstanceLock | None = None,
        keep_backups: int = backup.KEEP,
        backup_on_close: bool = True,
    ) -> None:
        self.db = db
        self.path = db.path
        self.data_dir = db.path.parent
        self._instance_lock = instance_lock
        self._closed = False
        self.units = Units(db)
        self.reports = Reports(db, self.units)
        self.revisions = Revisions(db, self.reports)
        self.structure = Structure(db, self.reports)
        self.recycle_bin = RecycleBin(db)
        self.findings = Findings(db)
        self.search = Search(db)
        self.carryover = CarryOver(db, self.reports, self.units)
        self.backups = Backups(db, self.data_dir, keep_backups, backup_on_close)

    @classmethod
    def open(
        cls,
        directory: Path | str | None = None,
        *,
        backup_on_open: bool = True,
        keep_backups: int = backup.KEEP,
        clock: Callable[[], float] = time.time,
        timeout: float = dbmod.LOCK_TIMEOUT_SECONDS,
    ) -> Store:
        """Open, creating or upgrading, the store in `directory` (default: db.data_dir()).

        Checks integrity, takes the daily backup when due. Raises StoreLockedError (another instance
        or program holds it), StoreCorruptError (with .backups to offer) or StoreVersionError."""
        path = dbmod.database_path(directory)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise dbmod.unwritable_error(path.parent, exc) from exc
        lock = dbmod.InstanceLock(path)
        lock.acquire()
        db = None
        try:
            dbmod.check_writable(path)
            diagnose.check_file(path)
            db = Database(dbmod.connect(path, timeout), path, clock)
            problems = dbmod.integrity_problems(db.conn)
            if problems:
                raise diagnose.corrupt_error(path, "; ".join(problems[:3]))
            dbmod.probe_write_lock(db.conn)
            if schema.upgrade_due(db) and backup.has_reports(db.conn):
                backup.take_backup(db.conn, path.parent, keep_backups, clock())  # before migrating
            schema.migrate(db)
            if backup_on_open and backup.has_reports(db.conn) and backup.backup_due(path.parent, clock()):
                backup.take_backup(db.conn, path.parent, keep_backups, clock())
        except BaseException as exc:
            if db is not None:
                db.close()
            lock.release()
            if isinstance(exc, sqlite3.Error):
                raise diagnose.classify(exc, path) from exc
            raise
        return cls(db, lock, keep_backups, backup_on_open)

    def close(self) -> None:
        """Close the store: a backup when this session changed something (at most one an hour), then a
        WAL checkpoint, so the database file alone holds everything; then release the instance lock
        (safe to call twice)."""
        with self.db.lock:
            if self._closed:
                return
            try:
                self.backups.after_session()
                self.checkpoint()
            except Exception:  # noqa: BLE001 - the work is committed; closing must still release the lock
                log.exception("backup or checkpoint on close failed")
            self._closed = True
            self.db.close()
            if self._instance_lock is not None:
                self._instance_lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Several calls as one transaction (BEGIN IMMEDIATE … COMMIT; ROLLBACK on any error)."""
        with self.db.lock, self.db.transaction() as db:
            yield db

    @guarded
    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it (idle and on close)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @property
    def version(self) -> int:
        return schema.version(self.db)


class Backups:
    """store.backups: the open store's backups (daily, after a session, on request); see backup.py."""

    def __init__(self, db: Database, data_dir: Path, keep: int = backup.KEEP, on_close: bool = True) -> None:
        self.db = db
        self.data_dir = data_dir
        self.keep = keep  # how many backups to keep
        self.on_close = on_close  # take the session backup when the store closes
        self._changes_at_backup = db.conn.total_changes

    @property
    def changed(self) -> bool:
        """Something was written since the store was opened or since its last session backup."""
        try:
            return self.db.conn.total_changes > self._changes_at_backup
        except sqlite3.ProgrammingError:  # the store is closed
            return False

    @guarded
    def take(self, keep: int | None = None) -> Path:
        """Take a backup now (the window calls `take_if_due` daily); returns its path."""
        return backup.take_backup(
            self.db.conn, self.data_dir, self.keep if keep is None else keep, self.db.clock()
        )

    @guarded
    def take_if_due(self, keep: int | None = None) -> Path | None:
        """The daily backup, when one is due and the store holds reports."""
        if backup.has_reports(self.db.conn) and backup.backup_due(self.data_dir, self.db.clock()):
            return self.take(keep)
        return None

    @guarded
    def after_session(self) -> Path | None:
        """The session backup, on close (and hourly from the window during a long session), when something
        was written since the last one and the store holds reports: at most one new backup an hour; a
        session backup taken within that hour is refreshed instead, so the newest holds the latest work."""
        if not (self.on_close and self.changed and backup.has_reports(self.db.conn)):
            return None
        now = self.db.clock()
        replace = backup.session_backup_target(self.data_dir, now)
        path = backup.take_backup(self.db.conn, self.data_dir, self.keep, now, "session", replace)
        self._changes_at_backup = self.db.conn.total_changes
        return path

    @guarded
    def all(self) -> list[backup.BackupInfo]:
        """Backups of this store, newest first."""
        return backup.list_backups(self.data_dir)
