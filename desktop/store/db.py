"""Where the database lives and how it is opened: instance lock, WAL, foreign keys, integrity check.

`open_database()` returns a ready sqlite_utils.Database (schema migrated) or raises a StoreError
whose Chinese message says what to do: locked (another instance, within LOCK_TIMEOUT_SECONDS),
corrupt (with the backups to restore from), or too new.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path
from typing import IO

import sqlite_utils

from desktop.store.errors import StoreCorruptError, StoreError, locked_error

APP_NAME = "ReportDesk"
DB_NAME = "reportdesk.db"
ENV_DATA_DIR = "REPORT_DESK_DATA"
# A locked database must give a clear message, not a hang: SQLite waits at most this long for a lock.
LOCK_TIMEOUT_SECONDS = 1.0
SQLITE_MAGIC = b"SQLite format 3\x00"
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


def classify(exc: sqlite3.Error, path: Path) -> StoreError:
    """Turn a sqlite3 error into a user-facing StoreError (locked, corrupt or generic)."""
    text = str(exc).lower()
    if "disk is full" in text or "disk full" in text:
        return StoreError(
            "磁盘空间不足，刚才的修改没有保存。请清理磁盘（如清空回收站）后再保存。", f"disk full: {exc}"
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            "报告库文件是只读的，无法保存。请检查文件属性或把数据目录改到可写的位置。", f"read-only: {exc}"
        )
    if "locked" in text or "busy" in text:
        return locked_error(path)
    if "not a database" in text or "malformed" in text or "corrupt" in text or "disk image" in text:
        return corrupt_error(path, str(exc))
    return StoreError(f"读写报告库时出错：{exc}。请重试；如反复出现，请从备份恢复。", str(exc))


def unwritable_error(folder: Path, exc: OSError) -> StoreError:
    return StoreError(
        f"无法在“{folder}”中创建或打开报告库：{exc.strerror or exc}。请检查该文件夹的权限，"
        f"或设置环境变量 {ENV_DATA_DIR} 指定一个可写的文件夹。",
        f"cannot use data folder: {exc}",
    )


def corrupt_error(path: Path, detail: str) -> StoreCorruptError:
    from desktop.store.backup import list_backups

    backups = list_backups(path.parent)
    advice = "可以从最近的备份恢复。" if backups else "没有找到可用的备份，请联系技术人员。"
    return StoreCorruptError(
        f"报告库文件已损坏或不是报告库（{path.name}）。{advice}",
        f"database is corrupt: {detail}",
        path=path,
        backups=backups,
    )


def connect(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> sqlite_utils.Database:
    """A sqlite_utils.Database over our own connection: explicit transactions, busy timeout, WAL, FKs."""
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: consistent after any crash
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.Error:
        conn.close()
        raise
    return sqlite_utils.Database(conn, execute_plugins=False)


def check_file(path: Path) -> None:
    """Reject at once a file that is not SQLite at all (random bytes, a .docx renamed …)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise corrupt_error(path, "bad header")


def integrity_problems(db: sqlite_utils.Database, quick: bool = False) -> list[str]:
    """Messages from PRAGMA integrity_check (or quick_check); empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def probe_write_lock(db: sqlite_utils.Database) -> None:
    """Take and release the write lock, so a database held by another program is reported on open."""
    db.execute("BEGIN IMMEDIATE")
    db.execute("COMMIT")
