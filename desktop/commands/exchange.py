"""`python -m desktop export FILE --docx OUT [--public] --xlsx OUT --pdf OUT` and
`python -m desktop summary DIR_OR_FILES -o 汇总.xlsx` (progress on stderr). No Qt here; the Qt PDF fallback
is imported by export_pdf only when LibreOffice is missing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.core.rubric import RubricError, load_rubric
from desktop.exchange.errors import ReportFileError
from desktop.exchange.formats import FORMATS, PUBLIC_TAG, ExportOptions
from desktop.exchange.importer import load_report
from desktop.exchange.redact import describe
from desktop.exchange.summary import export_summary, summarize
from desktop.review.collect import collect_reports, load_any

EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE = 0, 1, 2


def _names(value: str) -> list[str]:
    return [n.strip() for n in value.replace("，", ",").split(",") if n.strip()]


def cmd_export(args: argparse.Namespace) -> int:
    wanted = [(fmt, getattr(args, fmt.key)) for fmt in FORMATS if getattr(args, fmt.key)]
    if not wanted:
        print(f"请至少指定一种输出：{'、'.join('--' + f.key for f in FORMATS)}。", file=sys.stderr)
        return EXIT_FAILED
    try:
        report = load_report(Path(args.report), year=args.year)
    except ReportFileError as exc:
        print(f"{args.report}: {exc.message} ({exc.english})", file=sys.stderr)
        return EXIT_UNREADABLE
    options = ExportOptions(public=args.public, names=args.names, sealed=not args.unsealed,
                            fit=not args.no_fit, pdf_engine=args.pdf_engine)  # fmt: skip
    masked = []
    try:
        for fmt, out in wanted:
            masked = fmt.write(report, Path(out), options) or masked
            version = PUBLIC_TAG if args.public else fmt.tag
            print(f"已导出 {version} {fmt.noun}：{out}" if fmt.has_public else f"已导出{fmt.noun}：{out}")
    except ReportFileError as exc:
        print(f"导出失败：{exc.message} ({exc.english})", file=sys.stderr)
        return EXIT_FAILED
    if args.public:
        print(
            f"公开版已遮盖 {len(masked)} 处个人信息，请核对："
            if masked
            else "公开版未发现需要遮盖的个人信息。"
        )
        for line in describe(masked):
            print("  " + line)
    return EXIT_OK


class ProgressLine:
    """“[12/200] 文件名” on one rewritten stderr line (a plain line per file when not a terminal)."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def __call__(self, done: int, total: int, path: Path) -> None:
        width = 24
        filled = int(width * done / max(total, 1))
        text = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {path.name[:40]}"
        if self.tty:
            self.stream.write("\r" + text.ljust(80))
            if done == total:
                self.stream.write("\n")
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def cmd_summary(args: argparse.Namespace) -> int:
    paths = collect_reports(args.inputs)
    if not paths:
        print("没有找到报告文件（.docx、.txt 或 .rdpkg）。", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        rubric = load_rubric(args.rubric)
    except RubricError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNREADABLE
    rows = summarize(paths, None if args.quiet else ProgressLine(), rubric=rubric, loader=load_any)
    try:
        export_summary(rows, args.output)
    except ReportFileError as exc:
        print(f"导出失败：{exc.message} ({exc.english})", file=sys.stderr)
        return EXIT_FAILED
    unreadable = [r for r in rows if r.problem]
    print(f"已汇总 {len(rows) - len(unreadable)} 份报告（评分细则：{rubric.name}）：{args.output}")
    for row in unreadable:
        print(f"  未能读取 {row.path}：{row.problem}", file=sys.stderr)
    return EXIT_UNREADABLE if unreadable else EXIT_OK


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="export a report as 公文 DOCX, checklist workbook and/or PDF")
    p.add_argument("report", help="report file (.txt or .docx)")
    for fmt in FORMATS:
        p.add_argument(f"--{fmt.key}", metavar="OUT", help=fmt.help)
    p.add_argument("--public", action="store_true", help="公开版: the same page with personal data masked")
    p.add_argument("--names", type=_names, default=[], help="private persons' names to mask, comma-separated")
    p.add_argument("--pdf-engine", choices=("auto", "libreoffice", "qt"), default="auto")
    p.add_argument(
        "--no-fit",
        action="store_true",
        help="DOCX: skip measuring the page (版记 then follows the 落款 instead of the page bottom)",
    )
    p.add_argument(
        "--fit-record", action="store_true", help=argparse.SUPPRESS
    )  # the default now; kept for scripts
    p.add_argument(
        "--unsealed", action="store_true", help="署名 laid out for a document without a seal (§7.3.5.2)"
    )
    p.add_argument("--year", type=int, help="report year (default: detected from the text)")
    p.set_defaults(func=cmd_export)
    s = subparsers.add_parser("summary", help="county summary workbook of many reports")
    s.add_argument("inputs", nargs="+", help="report files or folders")
    s.add_argument("-o", "--output", required=True, help="summary workbook (.xlsx)")
    s.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    s.add_argument(
        "--rubric",
        metavar="FILE",
        help="scoring rubric (.toml; default: the built-in rubric; or county_sample)",
    )
    s.set_defaults(func=cmd_summary)
