"""`python -m desktop review IN.docx -o OUT.docx` and `review DIR… -o OUTDIR`: the township's files returned
with one Word comment per error and warning (info with --info); `second-round REVIEWED REVISED`: what the
revised report changed and which comments it addressed (exit 1 while some are open). No Qt here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.exchange import ProgressLine
from desktop.commands.rules_option import add_rules_option, checker_for
from desktop.core.rule_data import RuleDataError
from desktop.exchange.errors import ReportFileError
from desktop.exchange.review_docx import DEFAULT_AUTHOR
from desktop.review.batch import review_all, review_file
from desktop.review.collect import collect_reports
from desktop.review.second_round import compare_rounds, second_round_text

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE = 0, 1, 2


def _print_result(source: Path, target: Path, result) -> None:
    print(f"{source.name} → {target}：{len(result.comments)} 条批注（{result.on_quote} 条标在原文处）")


def cmd_review(args: argparse.Namespace) -> int:
    single = (
        len(args.inputs) == 1 and Path(args.inputs[0]).is_file() and args.output.lower().endswith(".docx")
    )
    try:
        checker = checker_for(args)
        if single:
            source = Path(args.inputs[0])
            result = review_file(source, args.output, args.author, args.info, checker)
            _print_result(source, Path(args.output), result)
            return EXIT_OK
        paths = collect_reports(args.inputs)
        if not paths:
            print("没有找到报告文件（.docx、.txt 或 .rdpkg）。", file=sys.stderr)
            return EXIT_UNREADABLE
        progress = None if args.quiet else ProgressLine()
        items = review_all(paths, args.output, args.author, args.info, progress, checker)
    except ReportFileError as exc:
        print(f"审核失败：{exc.message} ({exc.english})", file=sys.stderr)
        return EXIT_UNREADABLE
    except RuleDataError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNREADABLE
    for item in items:
        if item.result is not None:
            _print_result(item.source, item.target, item.result)
        else:
            print(f"  未能审核 {item.source}：{item.problem}", file=sys.stderr)
    return EXIT_UNREADABLE if any(item.problem for item in items) else EXIT_OK


def cmd_second_round(args: argparse.Namespace) -> int:
    try:
        result = compare_rounds(args.reviewed, args.revised, checker_for(args))
    except ReportFileError as exc:
        print(f"无法对照：{exc.message} ({exc.english})", file=sys.stderr)
        return EXIT_UNREADABLE
    except RuleDataError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNREADABLE
    print(second_round_text(result))
    return EXIT_OK if result.open == 0 else EXIT_FAILED


def register(subparsers) -> None:
    p = subparsers.add_parser("review", help="reviewed DOCX: the report with a Word comment per finding")
    p.add_argument("inputs", nargs="+", help="report files (.docx/.txt/.rdpkg) or folders")
    p.add_argument("-o", "--output", required=True, help="reviewed .docx (one input) or output folder")
    p.add_argument("--author", default=DEFAULT_AUTHOR, help="comment author: the reviewing unit")
    p.add_argument("--info", action="store_true", help="also comment the suggestions (info findings)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    add_rules_option(p)
    p.set_defaults(func=cmd_review)
    p = subparsers.add_parser(
        "second-round",
        help="what a revised report changed since the reviewed one, and which comments it addressed",
    )
    p.add_argument(
        "reviewed", help="the reviewed version (the 审核版 .docx with comments, or the first report)"
    )
    p.add_argument("revised", help="the township's revised report (.docx/.txt/.rdpkg)")
    add_rules_option(p)
    p.set_defaults(func=cmd_second_round)
