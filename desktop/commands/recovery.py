"""Recovery sub-commands for whoever supports the office: `backups` and `restore BACKUP|--latest`.

`backups` lists the backups newest first with their date, reports and characters (`--format json`:
a list of {"file", "taken", "reports", "chars", "bytes"}). `restore` puts one in place of the
database; the file it replaces is kept beside it as reportdesk.db.damaged-<date>, never deleted.
Both work when the database itself is damaged or missing (that is when they are needed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.store import StoreError
from desktop.store import backup as bk
from desktop.store.db import data_dir, database_path

EXIT_OK, EXIT_FAILED = 0, 2
RESTORE_HINT = "python -m desktop restore --latest"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backups", help="list the store's backups, newest first")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--data", metavar="DIR", help="data folder (default: $REPORT_DESK_DATA or the user data dir)"
    )
    p.set_defaults(func=cmd_backups)
    p = sub.add_parser("restore", help="replace the database with a backup (the old file is kept aside)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", help="backup file (a path, or a name listed by `backups`)")
    which.add_argument("--latest", action="store_true", help="the newest sound backup")
    p.add_argument(
        "--data", metavar="DIR", help="data folder (default: $REPORT_DESK_DATA or the user data dir)"
    )
    p.set_defaults(func=cmd_restore)


def cmd_backups(args: argparse.Namespace) -> int:
    folder = data_dir(args.data)
    backups = bk.list_backups(folder, counts=True)
    if args.format == "json":
        print(json.dumps([b.to_dict() for b in backups], ensure_ascii=False, indent=1))
        return EXIT_OK
    if not backups:
        print(f"数据文件夹“{folder}”中没有备份。")
        return EXIT_OK
    print(f"数据文件夹：{folder}（最新的在前）")
    for b in backups:
        print(f"  {b.path.name}  {b.description}")
    print(f"恢复最新的备份：{RESTORE_HINT}；恢复某一个：python -m desktop restore 文件名")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    folder = data_dir(args.data)
    backups = bk.list_backups(folder, counts=True)
    if args.latest:
        chosen = next((b for b in backups if bk.check_backup(b.path)), None)
        if chosen is None:
            return _fail(f"数据文件夹“{folder}”中没有可用的备份，无法恢复。")
    else:
        path = Path(args.backup)
        if not path.exists():
            path = bk.backup_dir(folder) / args.backup
        chosen = next((b for b in backups if b.path.resolve() == path.resolve()), None)
        if chosen is None:
            if not path.is_file():
                return _fail(f"找不到备份“{args.backup}”。可用 python -m desktop backups 查看所有备份。")
            chosen = bk.BackupInfo(path, path.stat().st_mtime, path.stat().st_size, *bk.content_counts(path))
    try:
        kept = bk.restore_backup(chosen.path, database_path(folder))
    except StoreError as exc:
        return _fail(f"{exc.message} ({exc.english})")
    print(f"已从备份 {chosen.path.name}（{chosen.description}）恢复报告库。")
    if kept is not None:
        print(f"原来的文件已保留为 {kept}，没有删除。")
    return EXIT_OK


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_FAILED
