"""Command line: `python -m desktop check FILE... [--year N] [--format text|json] [--rules DIR]` and friends
(no Qt here)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from desktop import APP_TITLE
from desktop.commands.rules_option import add_rules_option, checker_for
from desktop.core.model import PART_KEYS, Finding, Report
from desktop.core.parser import parse_text
from desktop.core.rule_data import RuleDataError
from desktop.core.template import load_template
from desktop.exchange.errors import ReportFileError
from desktop.exchange.importer import read_reports

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2
# Modules under desktop.commands that add sub-commands: each has register(subparsers), whose handlers
# are set with set_defaults(func=...) and return an exit code. Keep Qt out of them.
COMMAND_MODULES: list[str] = [
    "desktop.commands.store",
    "desktop.commands.exchange",
    "desktop.commands.recovery",
    "desktop.commands.review",
    "desktop.commands.fix",
]
SEVERITY_MARK = {"error": "● 错误", "warning": "▲ 提示", "info": "○ 建议"}


def report_json(path: Path, report: Report, findings: list[Finding]) -> dict:
    """The machine-readable result of checking one file."""
    return {
        "file": str(path),
        "year": report.year,
        "title": report.title,
        "unit": report.unit,
        "sections": [
            {"part": s.part, "heading": s.heading, "chars": s.chars}
            for s in report.sections
            if s.heading or s.text
        ],
        "findings": [f.to_dict() for f in findings],
    }


def _part_title(part: str | None) -> str:
    template = load_template()
    if part in PART_KEYS:
        return template.part(part).title.replace("{year}", "").replace("{next_year}", "下一")
    return {"intro": "开头", "closing": "结尾", None: "其他段落"}.get(part, "标题与版头")


def report_text(path: Path, report: Report, findings: list[Finding], notices: list[str] = ()) -> str:
    """A human-readable summary grouped by part, with quotes."""
    parts = {s.key: s.part for s in report.sections}
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    lines = [
        f"{path}",
        f"  标题：{report.title or '（无）'}",
        f"  年度：{report.year or '未识别'}  单位：{report.unit or '未识别'}",
        f"  结果：{errors} 个错误，{warnings} 个提示，{len(findings) - errors - warnings} 条建议",
    ]
    lines += [f"  导入说明：{notice}" for notice in notices]
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        part = parts.get(f.location, "meta")
        if f.id.startswith("part."):
            part = f.id.split(".")[1] if f.id.split(".")[1] in PART_KEYS else part
        groups.setdefault(_part_title(part) if part != "meta" else "标题与版头", []).append(f)
    for group, items in groups.items():
        lines.append(f"  【{group}】")
        for f in items:
            lines.append(f"    {SEVERITY_MARK.get(f.severity, f.severity)} [{f.id}] {f.message}")
            if f.quote:
                lines.append(f"        原文：“{f.quote[:60]}”")
            if f.suggestion:
                lines.append(f"        建议：{f.suggestion[:80]}")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    try:
        checker = checker_for(args)
    except RuleDataError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNREADABLE
    results, texts, worst = [], [], EXIT_OK
    contents = read_reports([Path(name) for name in args.files])
    for name in args.files:
        path, content = Path(name), contents[Path(name)]
        if isinstance(content, ReportFileError):
            print(f"{path}: {content.message} ({content.english})", file=sys.stderr)
            worst = EXIT_UNREADABLE
            continue
        report, notices = parse_text(content.text, year=args.year), content.notices
        findings = checker.check(report)
        if any(f.severity == "error" for f in findings) and worst == EXIT_OK:
            worst = EXIT_ERRORS
        results.append(report_json(path, report, findings) | {"notices": notices})
        texts.append(report_text(path, report, findings, notices))
    if args.format == "json":
        if results:
            print(json.dumps(results[0] if len(args.files) == 1 else results, ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(texts))
    return worst


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m desktop", description=f"{APP_TITLE} Report Desk")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", help="start the desktop app (default)")
    p = sub.add_parser(
        "check", help="check report files (.txt .docx .pdf .doc .wps .rtf .odt) against the rules"
    )
    p.add_argument("files", nargs="+", help="report files")
    p.add_argument("--year", type=int, help="report year (default: detected from the text)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    add_rules_option(p)
    p.set_defaults(func=cmd_check)
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_OK
    return args.func(args)
