"""What went wrong with the database file, in words the clerk can act on: sqlite3 errors become
StoreErrors (disk full, read-only, locked, damaged), and damage is never taken for a first start.

A damaged store's message names the newest backup to restore from, so this module reads backup.py;
backup.py and db.py import nothing from here (one way: db ← backup ← diagnose ← database).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.backup import list_backups
from desktop.store.errors import StoreCorruptError, StoreError, locked_error

SQLITE_MAGIC = b"SQLite format 3\x00"


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


def corrupt_error(path: Path, detail: str, what: str = "") -> StoreCorruptError:
    """Damage (or a missing database beside its backups): the message names the newest backup."""
    backups = list_backups(path.parent, counts=True)
    if backups:
        advice = f"可以从最近的备份恢复（{backups[0].path.name}：{backups[0].description}）。"
    else:
        advice = "没有找到可用的备份，请联系技术人员。"
    what = what or f"报告库文件已损坏或不是报告库（{path.name}）。"
    return StoreCorruptError(f"{what}{advice}", f"database is corrupt: {detail}", path=path, backups=backups)


def check_file(path: Path) -> None:
    """Damage is never taken for a first start: refuse a 0-byte, short or non-SQLite file (random
    bytes, a .docx renamed …), and a missing database beside backups of it."""
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
