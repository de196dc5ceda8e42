"""Rotating backups with the SQLite backup API, and restoring one over a damaged database.

Backups live in <data dir>/backups/reportdesk-YYYYmmdd-HHMMSS.db. Each is written to a temp file,
checked, then renamed, so a half-written backup never replaces a good one. The store takes one on
open when the newest is older than BACKUP_INTERVAL_SECONDS (daily), and keeps the newest KEEP.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.store.errors import StoreError

BACKUP_DIR = "backups"
PREFIX = "reportdesk-"
KEEP = 10
BACKUP_INTERVAL_SECONDS = 24 * 3600


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: float  # epoch seconds (file modification time)
    size: int

    @property
    def label(self) -> str:
        """e.g. 2025-01-21 18:42 (for the restore dialog)."""
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.taken_at))


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Backups in `data_dir`, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    infos = []
    for path in folder.glob(f"{PREFIX}*.db"):
        stat = path.stat()
        infos.append(BackupInfo(path, stat.st_mtime, stat.st_size))
    return sorted(infos, key=lambda b: (b.path.name, b.taken_at), reverse=True)


def take_backup(conn: sqlite3.Connection, data_dir: Path, keep: int = KEEP, now: float | None = None) -> Path:
    """Copy the open database to a new backup file (online, consistent), then drop the oldest beyond `keep`."""
    folder = backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    now = time.time() if now is None else now
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    target = folder / f"{PREFIX}{stamp}.db"
    n = 1
    while target.exists():
        target = folder / f"{PREFIX}{stamp}-{n}.db"
        n += 1
    temp = target.with_suffix(".tmp")
    dest = sqlite3.connect(str(temp))
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    os.replace(temp, target)
    os.utime(target, (now, now))
    prune(data_dir, keep)
    return target


def prune(data_dir: Path, keep: int = KEEP) -> None:
    for info in list_backups(data_dir)[max(keep, 1) :]:
        info.path.unlink(missing_ok=True)


def backup_due(data_dir: Path, now: float | None = None, interval: float = BACKUP_INTERVAL_SECONDS) -> bool:
    backups = list_backups(data_dir)
    now = time.time() if now is None else now
    return not backups or now - max(b.taken_at for b in backups) >= interval


def check_backup(path: Path) -> bool:
    """True when `path` is a sound SQLite database (integrity_check passes)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Put `backup` in place of the database at `db_path` (no Store may have it open: StoreLockedError).

    The damaged file (and its -wal/-shm) is kept beside it as <name>.damaged-<time> and returned, so
    nothing is ever deleted. Raises StoreError when the backup itself is not sound."""
    from desktop.store.db import InstanceLock

    if not check_backup(backup):
        raise StoreError("这个备份也已损坏，无法恢复。请选择更早的备份。", f"backup is not sound: {backup}")
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        return _replace_with(backup, db_path)
    finally:
        lock.release()


def _replace_with(backup: Path, db_path: Path) -> Path | None:
    temp = db_path.with_name(db_path.name + ".restoring")
    src, dest = sqlite3.connect(str(backup)), sqlite3.connect(str(temp))
    try:
        src.backup(dest)  # copy first: the damaged file is moved aside only once a good copy exists
    except sqlite3.Error:
        dest.close()
        temp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
        dest.close()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
        os.replace(db_path, kept)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, db_path.with_name(f"{db_path.name}{suffix}.damaged-{stamp}"))
    os.replace(temp, db_path)
    return kept
