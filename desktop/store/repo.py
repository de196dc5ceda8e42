"""The store's public API (no Qt). Open it, then call its methods; each is one transaction.

    store = Store.open()                       # user data dir; Store.open(tmp_dir) in tests
    rid = store.create_report(UnitProfile(name="青龙镇"), 2024)
    store.save_section(rid, "measures", text)  # autosave: one transaction, a few ms
    report = store.load_report(rid)            # a desktop.core.model.Report

Methods by area: units.py (profile), reports.py (create, list, load, save), history.py (revisions,
recycle bin, findings, search), carryover.py (start from last year's report), package.py (export and
import one report). Every method raises only StoreError subclasses with a Chinese message (or
ValueError for a programming error such as an unknown status). One Store per database per process;
calls are serialised, so a worker thread may use it too.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from desktop.store import backup, schema
from desktop.store import db as dbmod
from desktop.store.base import guarded
from desktop.store.carryover import CarryOverMixin


class Store(CarryOverMixin):
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
            dbmod.check_file(path)
            database = dbmod.connect(path, timeout)
            problems = dbmod.integrity_problems(database)
            if problems:
                raise dbmod.corrupt_error(path, "; ".join(problems[:3]))
            dbmod.probe_write_lock(database)
            schema.migrate(database)
            if backup_on_open and backup.backup_due(path.parent, clock()):
                backup.take_backup(database.conn, path.parent, keep_backups, clock())
        except BaseException as exc:
            if database is not None:
                database.close()
            lock.release()
            if isinstance(exc, sqlite3.Error):
                raise dbmod.classify(exc, path) from exc
            raise
        return cls(database, path, lock, clock)

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
        if backup.backup_due(self.data_dir, self.clock()):
            return backup.take_backup(self.db.conn, self.data_dir, keep, self.clock())
        return None

    def backups(self) -> list[backup.BackupInfo]:
        """Backups of this store, newest first."""
        return backup.list_backups(self.data_dir)
