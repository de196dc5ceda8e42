"""Where the database lives and how it is opened: instance lock, WAL, foreign keys, integrity check.

`open_database()` returns a ready sqlite_utils.Database (schema migrated) or raises a StoreError
whose Chinese message says what to do: locked (another instance, within LOCK_TIMEOUT_SECONDS),
corrupt (with the backups to restore from), or too new.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import sys
from pathlib import Path
from typing import IO

import sqlite_utils

from desktop import APP_NAME
from desktop.store.errors import StoreCorruptError, StoreError, StoreReadOnlyError, locked_error

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
    return StoreReadOnlyError(
        f"无法在“{folder}”中创建或打开报告库：{exc.strerror or exc}。请在“设置”中把数据文件夹改到可写的位置，"
        f"检查该文件夹的权限，或设置环境变量 {ENV_DATA_DIR} 指定一个可写的文件夹。",
        f"cannot use data folder: {exc}",
    )


def corrupt_error(path: Path, detail: str, what: str = "") -> StoreCorruptError:
    """Damage (or a missing database beside its backups): the message names the newest backup."""
    from desktop.store.backup import list_backups

    backups = list_backups(path.parent, counts=True)
    if backups:
        advice = f"可以从最近的备份恢复（{backups[0].path.name}：{backups[0].description}）。"
    else:
        advice = "没有找到可用的备份，请联系技术人员。"
    what = what or f"报告库文件已损坏或不是报告库（{path.name}）。"
    return StoreCorruptError(f"{what}{advice}", f"database is corrupt: {detail}", path=path, backups=backups)


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


def connect(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> sqlite_utils.Database:
    """A sqlite_utils.Database over our own connection: explicit transactions, busy timeout, WAL, FKs."""
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
    return sqlite_utils.Database(conn, execute_plugins=False)


DAMAGED_MARK = "\ufffd"


def decode_text(raw: bytes) -> str:
    """SQLite TEXT → str; bytes that are not UTF-8 (a damaged page) become U+FFFD instead of an error."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace")


def check_file(path: Path) -> None:
    """Damage is never taken for a first start: refuse a 0-byte, short or non-SQLite file (random
    bytes, a .docx renamed …), and a missing database beside backups of it."""
    from desktop.store.backup import list_backups

    if not path.exists():
        if list_backups(path.parent):
            raise corrupt_error(
                path, "database missing, backups present", f"找不到报告库文件（{path.name}）。"
            )
        return
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head:
        raise corrupt_error(path, "0-byte file", f"报告库文件是空的（{path.name}，0 字节），可能已损坏。")
    if head[: len(SQLITE_MAGIC)] != SQLITE_MAGIC or len(head) < 100:
        raise corrupt_error(path, "bad header")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0  # a checkpoint may be catching up
    if not has_wal and page_size and pages and path.stat().st_size < page_size * pages:
        raise corrupt_error(path, f"truncated: {path.stat().st_size} < {pages} pages of {page_size}")


def integrity_problems(db: sqlite_utils.Database, quick: bool = False) -> list[str]:
    """Messages from PRAGMA integrity_check (or quick_check); empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def probe_write_lock(db: sqlite_utils.Database) -> None:
    """Take and release the write lock, so a database held by another program is reported on open."""
    db.execute("BEGIN IMMEDIATE")
    db.execute("COMMIT")
