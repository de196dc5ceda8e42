"""Rotating backups with the SQLite backup API, and restoring one over a damaged database.

Backups live in <data dir>/backups/reportdesk-YYYYmmdd-HHMMSS.db. Each is written to a temp file,
then renamed, so a half-written backup never replaces a good one. The store takes one on open when
the newest is older than BACKUP_INTERVAL_SECONDS (daily), one when a session that changed something
ends (at most one per SESSION_INTERVAL_SECONDS), and one before a schema migration. A store without
reports is never backed up (such a copy would only push good ones out). It keeps the newest KEEP,
and never deletes the newest backup that holds reports, however many empty ones came after it.
The functions work on a data folder (restoring needs no open store); store.backups (repo.py) uses them.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.store.db import InstanceLock
from desktop.store.errors import StoreError

BACKUP_DIR = "backups"
PREFIX = "reportdesk-"
KEEP = 10
BACKUP_INTERVAL_SECONDS = 24 * 3600
SESSION_INTERVAL_SECONDS = 3600


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: float  # epoch seconds (file modification time)
    size: int
    reports: int | None = None  # reports outside the recycle bin (None: not counted, or unreadable)
    chars: int | None = None  # characters of section text in those reports

    @property
    def label(self) -> str:
        """e.g. 2025-01-21 18:42 (for the restore dialog)."""
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.taken_at))

    @property
    def description(self) -> str:
        """e.g. 2025-01-21 18:42，3 份报告，12,345 字 (for the restore offer and the command line)."""
        if self.reports is None:
            return f"{self.label}，无法读取（可能已损坏）"
        return f"{self.label}，{self.reports} 份报告，{self.chars or 0:,} 字"

    def to_dict(self) -> dict:
        return {
            "file": str(self.path),
            "taken": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(self.taken_at)),
            "reports": self.reports,
            "chars": self.chars,
            "bytes": self.size,
        }


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def list_backups(data_dir: Path, counts: bool = False) -> list[BackupInfo]:
    """Backups in `data_dir`, newest first; with `counts`, each with its reports and characters."""
    folder = backup_dir(data_dir)
    try:
        paths = list(folder.glob(f"{PREFIX}*.db")) if folder.is_dir() else []
    except OSError:
        return []
    infos = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        reports, chars = content_counts(path) if counts else (None, None)
        infos.append(BackupInfo(path, stat.st_mtime, stat.st_size, reports, chars))
    return sorted(infos, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def content_counts(path: Path) -> tuple[int | None, int | None]:
    """(reports outside the recycle bin, characters of their sections) in a database file; (None, None)
    when it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            reports = conn.execute("SELECT count(*) FROM reports WHERE deleted_at IS NULL").fetchone()[0]
            chars = conn.execute(
                "SELECT coalesce(sum(length(s.text)), 0) FROM sections s JOIN reports r ON r.id = s.report_id "
                "WHERE r.deleted_at IS NULL"
            ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None, None
    return int(reports), int(chars)


def has_reports(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT 1 FROM reports LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def take_backup(
    conn: sqlite3.Connection,
    data_dir: Path,
    keep: int = KEEP,
    now: float | None = None,
    kind: str = "",
    replace: Path | None = None,
) -> Path:
    """Copy the open database to a backup file (online, consistent), then drop the oldest beyond `keep`.

    `kind` ("session") is added to the name; `replace` is a backup this one supersedes (same name)."""
    folder = backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    now = time.time() if now is None else now
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now)) + (f"-{kind}" if kind else "")
    target = replace or folder / f"{PREFIX}{stamp}.db"
    n = 1
    while replace is None and target.exists():
        target = folder / f"{PREFIX}{stamp}-{n}.db"
        n += 1
    temp = target.with_suffix(".tmp")
    try:
        dest = sqlite3.connect(str(temp))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)  # a full disk leaves no half-written backup behind
        raise
    os.utime(target, (now, now))
    prune(data_dir, keep)
    return target


def prune(data_dir: Path, keep: int = KEEP) -> None:
    """Delete all but the newest `keep` backups, except the newest one that holds reports."""
    backups = list_backups(data_dir)
    keep = max(keep, 1)
    if not any(content_counts(b.path)[0] for b in backups[:keep]):
        precious = next((b for b in backups[keep:] if content_counts(b.path)[0]), None)
        backups = [b for b in backups if b is not precious]
    for info in backups[keep:]:
        info.path.unlink(missing_ok=True)


def session_backup_target(data_dir: Path, now: float) -> Path | None:
    """The session backup of the last hour, which a session ending now refreshes rather than adding a
    second one that hour (so the newest backup always holds the latest session's work)."""
    backups = list_backups(data_dir)
    newest = backups[0] if backups else None
    if newest is None or not newest.path.stem.endswith("-session"):
        return None
    try:
        started = time.mktime(
            time.strptime(newest.path.stem[len(PREFIX) : len(PREFIX) + 15], "%Y%m%d-%H%M%S")
        )
    except ValueError:
        return None
    return newest.path if 0 <= now - started < SESSION_INTERVAL_SECONDS else None


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
    kept = set_aside(db_path)
    os.replace(temp, db_path)
    return kept


def set_aside(db_path: Path) -> Path | None:
    """Move a damaged database (and its -wal/-shm) aside as <name>.damaged-<time>; returns the kept file."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
        os.replace(db_path, kept)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, db_path.with_name(f"{db_path.name}{suffix}.damaged-{stamp}"))
    return kept
