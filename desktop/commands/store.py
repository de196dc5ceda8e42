"""Store sub-commands: `list`, `import FILE`, `import-package FILE`, `export-package ID FILE`.

Each opens the store in the user data dir (or --data DIR / $REPORT_DESK_DATA), does one thing and
closes it. Errors print their Chinese message (and the English detail) and exit with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from desktop.exchange.errors import ReportFileError
from desktop.store import Store, StoreCorruptError, StoreError
from desktop.store import package as pkg

EXIT_OK, EXIT_FAILED = 0, 2


def _data_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data", metavar="DIR", help="data folder (default: $REPORT_DESK_DATA or the user data dir)"
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="list the reports in the local store")
    p.add_argument("--all", action="store_true", help="include reports in the recycle bin")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _data_arg(p)
    p.set_defaults(func=cmd_list)
    p = sub.add_parser("import", help="read a report file (.txt, .docx …) into the store as a new report")
    p.add_argument("file")
    p.add_argument("--year", type=int, help="report year (default: detected from the text)")
    _data_arg(p)
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("import-package", help=f"import a report package ({pkg.SUFFIX}) into the store")
    p.add_argument("file")
    _data_arg(p)
    p.set_defaults(func=cmd_import_package)
    p = sub.add_parser("export-package", help="export one stored report as a package file")
    p.add_argument("id", type=int, help="report id (see `list`)")
    p.add_argument("file", help=f"package file to write, or a folder (name chosen as 单位+年度{pkg.SUFFIX})")
    _data_arg(p)
    p.set_defaults(func=cmd_export_package)


def _fail(exc: StoreError | ReportFileError) -> int:
    print(f"{exc.message} ({exc.english})" if exc.english else exc.message, file=sys.stderr)
    if isinstance(exc, StoreCorruptError) and exc.backups:
        print(
            f"最近的备份：{exc.backups[0].path}。恢复命令：python -m desktop restore --latest"
            f"（查看所有备份：python -m desktop backups）。损坏的文件会保留，不会删除。",
            file=sys.stderr,
        )
    return EXIT_FAILED


def cmd_list(args: argparse.Namespace) -> int:
    try:
        with Store.open(args.data) as store:
            rows = store.reports.summaries(include_deleted=args.all)
    except StoreError as exc:
        return _fail(exc)
    if args.format == "json":
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1))
        return EXIT_OK
    if not rows:
        print("报告库中还没有报告。")
        return EXIT_OK
    print(f"{'编号':>4}  {'年度':4}  {'状态':4}  {'错误':>3} {'提示':>3}  {'更新时间':16}  单位 / 标题")
    for r in rows:
        updated = time.strftime("%Y-%m-%d %H:%M", time.localtime(r.updated_at))
        mark = " [回收站]" if r.in_recycle_bin else ""
        print(
            f"{r.id:>6}  {r.year or '----':>6}  {r.status:3}  {r.errors:>5} {r.warnings:>5}  {updated:16}  "
            f"{r.unit} / {r.title}{mark}"
        )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.core.checker import check
    from desktop.exchange.importer import load_report

    try:
        report = load_report(Path(args.file), year=args.year)
        findings = check(report)
        with Store.open(args.data) as store:
            rid = store.reports.add(report, note=f"导入自 {Path(args.file).name}")
            store.findings.save(rid, findings)
    except (StoreError, ReportFileError) as exc:
        return _fail(exc)
    errors = sum(f.severity == "error" for f in findings)
    print(f"已导入为报告 {rid}：{report.title or Path(args.file).name}（检查发现 {errors} 个错误）")
    return EXIT_OK


def cmd_import_package(args: argparse.Namespace) -> int:
    try:
        package = pkg.read_package(Path(args.file))  # validated before the store is even opened
        with Store.open(args.data) as store:
            rid = pkg.import_package(store, package)
            summary = store.reports.summary(rid)
    except StoreError as exc:
        return _fail(exc)
    print(
        f"已导入报告包为报告 {rid}：{summary.unit} {summary.year or ''} {summary.title}（{summary.status}）"
    )
    return EXIT_OK


def cmd_export_package(args: argparse.Namespace) -> int:
    try:
        with Store.open(args.data) as store:
            target = Path(args.file)
            if target.is_dir():
                target = target / pkg.suggested_name(store.reports.load(args.id))
            path = pkg.export_package(store, args.id, target)
    except StoreError as exc:
        return _fail(exc)
    print(f"已导出报告 {args.id} 到 {path}")
    return EXIT_OK
