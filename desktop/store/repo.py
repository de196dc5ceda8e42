"""The store's public API (no Qt). Open it, then call its methods; each is one transaction.

    store = Store.open()                       # user data dir; Store.open(tmp_dir) in tests
    rid = store.create_report(UnitProfile(name="青龙镇"), 2024)
    store.save_section(rid, "measures", text)  # autosave: one transaction, a few ms
    report = store.load_report(rid)            # a desktop.core.model.Report

Methods by area: units.py (profile), reports.py (create, list, load, save), history.py (revisions,
recycle bin, findings, search), carryover.py (start from last year's report), package.py (export and
import one report), structure.py (sections added, deleted, moved; parts chosen). Every method raises only StoreError subclasses with a Chinese message (or
ValueError for a programming error such as an unknown status). One Store per database per process;
calls are serialised, so a worker thread may use it too.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from desktop.store import backup, schema
from desktop.store import db as dbmod
from desktop.store.base import guarded
from desktop.store.carryover import CarryOverMixin
from desktop.store.structure import StructureMixin

log = logging.getLogger(__name__)


class Store(StructureMixin, CarryOverMixin):
    """One open report database. Create with Store.open(); close() it, or use it as a context manager."""

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
        database = None
        try:
            dbmod.check_writable(path)
            dbmod.check_file(path)
            database = dbmod.connect(path, timeout)
            problems = dbmod.integrity_problems(database)
            if problems:
                raise dbmod.corrupt_error(path, "; ".join(problems[:3]))
            dbmod.probe_write_lock(database)
            if 0 < schema.version(database) < schema.LATEST and backup.has_reports(database.conn):
                backup.take_backup(database.conn, path.parent, keep_backups, clock())  # before migrating
            schema.migrate(database)
            if (
                backup_on_open
                and backup.has_reports(database.conn)
                and backup.backup_due(path.parent, clock())
            ):
                backup.take_backup(database.conn, path.parent, keep_backups, clock())
        except BaseException as exc:
            if database is not None:
                database.close()
            lock.release()
            if isinstance(exc, sqlite3.Error):
                raise dbmod.classify(exc, path) from exc
            raise
        store = cls(database, path, lock, clock)
        store.keep_backups = keep_backups
        store.backup_on_close = backup_on_open
        return store

    def close(self) -> None:
        """Close the store: a backup when this session changed something (at most one an hour), then a
        WAL checkpoint, so the database file alone holds everything."""
        if not self._closed:
            try:
                self.backup_after_session()
                self.checkpoint()
            except Exception:  # noqa: BLE001 - the work is committed; closing must still release the lock
                log.exception("backup or checkpoint on close failed")
        super().close()

    @property
    def changed_since_backup(self) -> bool:
        """Something was written since this store was opened or since its last session backup."""
        return not self._closed and self.db.conn.total_changes > self._changes_at_backup

    @guarded
    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it (idle and on close)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @guarded
    def backup_after_session(self) -> Path | None:
        """The session backup, on close (and hourly from the window during a long session), when something
        was written since the last one and the store holds reports: at most one new backup an hour; a
        session backup taken within that hour is refreshed instead, so the newest holds the latest work."""
        if not (self.backup_on_close and self.changed_since_backup and backup.has_reports(self.db.conn)):
            return None
        now = self.clock()
        replace = backup.session_backup_target(self.data_dir, now)
        path = backup.take_backup(self.db.conn, self.data_dir, self.keep_backups, now, "session", replace)
        self._changes_at_backup = self.db.conn.total_changes
        return path

    @property
    def version(self) -> int:
        return schema.version(self.db)

    # ---- backups -------------------------------------------------------------------------------
    @guarded
    def backup_now(self, keep: int = backup.KEEP) -> Path:
        """Take a backup now (the GUI calls `backup_if_due` daily); returns its path."""
        return backup.take_backup(self.db.conn, self.data_dir, keep, self.clock())

    @guarded
    def backup_if_due(self, keep: int = backup.KEEP) -> Path | None:
        """The daily backup, when one is due and the store holds reports."""
        if backup.has_reports(self.db.conn) and backup.backup_due(self.data_dir, self.clock()):
            return backup.take_backup(self.db.conn, self.data_dir, keep, self.clock())
        return None

    def backups(self) -> list[backup.BackupInfo]:
        """Backups of this store, newest first."""
        return backup.list_backups(self.data_dir)
