"""`python -m desktop fix FILE [-o OUT]`: the safe punctuation fixes of desktop.core.fixes, each printed
as 第N行：before → after; with -o the corrected text is written to OUT (UTF-8). Words are never changed.
Exit 0 = done, 2 = the file could not be read or written."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.core.fixes import fix_text
from desktop.exchange.errors import ReportFileError
from desktop.exchange.importer import read_report_text
from desktop.exchange.safe_write import write_atomically

EXIT_OK, EXIT_FAILED = 0, 2


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "fix", help="fix half-width punctuation in a report (never its words) and list each change"
    )
    p.add_argument("file", help="report file (.txt, .docx …)")
    p.add_argument("-o", "--output", metavar="OUT", help="write the corrected text here (else only list)")
    p.set_defaults(func=cmd_fix)


def cmd_fix(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = read_report_text(path).replace("\r\n", "\n")
        fixed, changes = fix_text(text)
        for change in changes:
            print(f"第{change.line}行：{change.before} → {change.after}")
        if args.output:
            write_atomically(Path(args.output), lambda tmp: Path(tmp).write_text(fixed, encoding="utf-8"))
    except ReportFileError as exc:
        print(f"{path}: {exc.message} ({exc.english})", file=sys.stderr)
        return EXIT_FAILED
    where = f"，已写入 {args.output}" if args.output else "（未写出文件：加 -o 输出文件）"
    print(f"共修正 {len(changes)} 处标点{where}。")
    return EXIT_OK
