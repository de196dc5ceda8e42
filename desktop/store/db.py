"""Where the database lives and how it is opened: instance lock, WAL, foreign keys, integrity check.

Nothing here knows about backups: backup.py uses the InstanceLock, and diagnose.py (which names the
backups to restore from) tells damage from a first start. Store.open (repo.py) puts them together.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import sys
from pathlib import Path
from typing import IO

from desktop import APP_NAME
from desktop.store.errors import StoreError, StoreReadOnlyError, locked_error

DB_NAME = "reportdesk.db"
ENV_DATA_DIR = "REPORT_DESK_DATA"
# A locked database must give a clear message, not a hang: SQLite waits at most this long for a lock.
LOCK_TIMEOUT_SECONDS = 1.0
# errno values meaning "another process holds the lock" (anything else: the file system cannot lock).
HELD_ERRNOS = {errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK}


def data_dir(override: Path | str | None = None) -> Path:
    """The folder holding the database and its backups: `override`, else $REPORT_DESK_DATA, else the
    platform's user data dir (e.g. ~/.local/share/ReportDesk, %LOCALAPPDATA%\\ReportDesk)."""
    if override:
        return Path(override)
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(directory: Path | str | None = None) -> Path:
    return data_dir(directory) / DB_NAME


class InstanceLock:
    """An OS file lock next to the database so a second app instance is told at once, not left waiting.

    The OS drops the lock when the process dies, so a crash never leaves a stale lock behind.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise StoreLockedError. Where the file system cannot lock at all (some
        network shares), carry on without it: SQLite's own locking still applies."""
        try:
            fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the store
        except OSError as exc:
            raise unwritable_error(self.path.parent, exc) from exc
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            if exc.errno in HELD_ERRNOS:
                raise locked_error(self.path.with_suffix("")) from exc
            return  # locking unsupported here
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the handle releases flock/msvcrt locks
            self._fh = None


def unwritable_error(folder: Path, exc: OSError) -> StoreError:
    return StoreReadOnlyError(
        f"无法在“{folder}”中创建或打开报告库：{exc.strerror or exc}。请在“设置”中把数据文件夹改到可写的位置，"
        f"检查该文件夹的权限，或设置环境变量 {ENV_DATA_DIR} 指定一个可写的文件夹。",
        f"cannot use data folder: {exc}",
    )


def check_writable(path: Path) -> None:
    """Refuse at once, before the clerk types, a data folder or database file that cannot be written."""
    folder = path.parent
    try:
        probe = folder / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise read_only_error(folder, f"folder not writable: {exc}") from exc
    try:
        read_only = path.exists() and (
            not os.access(path, os.W_OK) or not (path.stat().st_mode & stat.S_IWUSR)
        )
    except OSError:
        read_only = False
    if read_only:
        raise read_only_error(path, "database file is read-only")


def read_only_error(where: Path, english: str) -> StoreError:
    return StoreReadOnlyError(
        f"报告库所在的位置“{where}”是只读的，写的内容将无法保存。请在“设置”中把数据文件夹改到可写的位置"
        f"（如“文档”文件夹），或请技术人员取消该文件的只读属性。",
        english,
    )


def connect(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> sqlite3.Connection:
    """A connection with explicit transactions (isolation_level=None), busy timeout, WAL and FKs."""
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
    conn.text_factory = decode_text  # one damaged value must not make the whole report unreadable
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on a power cut (the WAL is
        # synced only at checkpoints); FULL syncs the WAL on every commit, so an autosave that returned
        # survives the power cut. It costs one fsync per autosave (a few ms, every 3 s at most).
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


DAMAGED_MARK = "\ufffd"


def decode_text(raw: bytes) -> str:
    """SQLite TEXT → str; bytes that are not UTF-8 (a damaged page) become U+FFFD instead of an error."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def integrity_problems(db: sqlite3.Connection, quick: bool = False) -> list[str]:
    """Messages from PRAGMA integrity_check (or quick_check); empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def probe_write_lock(db: sqlite3.Connection) -> None:
    """Take and release the write lock, so a database held by another program is reported on open."""
    db.execute("BEGIN IMMEDIATE")
    db.execute("COMMIT")
