"""The second round: a township sends its revised report; what changed since the reviewed version, part by
part, and which of the review's comments were addressed (the finding behind a comment is gone). No Qt.

    compare_rounds(reviewed, revised) -> SecondRound
    second_round_text(result) -> str            the same as lines for the command line
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.checker import Checker
from desktop.core.model import PART_KEYS, Finding, Report
from desktop.core.template import short_titles
from desktop.exchange.review_docx import ReviewComment, comment_text, read_comments
from desktop.review.collect import load_any

SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
UNCHANGED, CHANGED, ADDED, REMOVED, ABSENT = "未修改", "已修改", "新增", "已删除", "仍缺少"


@dataclass
class PartChange:
    part: str
    title: str
    status: str
    old_chars: int
    new_chars: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class CommentCheck:
    """One comment of the reviewed file: addressed (its finding is gone), not yet, or not ours (None)."""

    comment: ReviewComment
    addressed: bool | None


@dataclass
class SecondRound:
    reviewed: Path
    revised: Path
    parts: list[PartChange]
    comments: list[CommentCheck]
    new_findings: list[Finding]

    @property
    def addressed(self) -> int:
        return sum(c.addressed is True for c in self.comments)

    @property
    def open(self) -> int:
        return sum(c.addressed is False for c in self.comments)


def _part_text(report: Report, part: str) -> str:
    return "\n".join(f"{s.heading}\n{s.text}".strip() for s in report.sections_of(part))


def _sentences(text: str) -> list[str]:
    return [m.group(0).strip() for m in SENTENCE.finditer(text) if m.group(0).strip()]


def _part_change(part: str, old: str, new: str) -> PartChange:
    chars = [sum(not ch.isspace() for ch in t) for t in (old, new)]
    change = PartChange(part, short_titles()[part], UNCHANGED, *chars)
    if not old and not new:
        change.status = ABSENT
    elif not old:
        change.status = ADDED
    elif not new:
        change.status = REMOVED
    elif re.sub(r"\s", "", old) != re.sub(r"\s", "", new):
        change.status = CHANGED
    before, after = _sentences(old), _sentences(new)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            change.removed += before[i1:i2]
        if tag in ("replace", "insert"):
            change.added += after[j1:j2]
    return change


def _key(finding: Finding) -> tuple[str, str]:
    return finding.id, finding.quote.strip()


def _own_comments(reviewed: Path, old_findings: list[Finding]) -> list[ReviewComment]:
    """The reviewed file's comments; a file without any stands for its own errors and warnings."""
    comments = read_comments(reviewed) if reviewed.suffix.lower() == ".docx" else []
    if comments:
        return comments
    return [
        ReviewComment("", comment_text(f), f.quote.strip(), f.id)
        for f in old_findings
        if f.severity in ("error", "warning")
    ]


def compare_rounds(reviewed: str | Path, revised: str | Path, checker: Checker | None = None) -> SecondRound:
    """Compare the reviewed version (ideally our 审核版 .docx with its comments) with the revised report."""
    reviewed, revised = Path(reviewed), Path(revised)
    checker = checker or Checker()
    old_report, new_report = load_any(reviewed), load_any(revised)
    old_findings, new_findings = checker.check(old_report), checker.check(new_report)
    parts = [_part_change(p, _part_text(old_report, p), _part_text(new_report, p)) for p in PART_KEYS]
    old_keys = {_key(f) for f in old_findings}
    remaining = Counter(_key(f) for f in new_findings)
    remaining_ids = Counter(f.id for f in new_findings)
    checks: list[CommentCheck] = []
    for comment in _own_comments(reviewed, old_findings):
        if not comment.finding_id:
            checks.append(CommentCheck(comment, None))
            continue
        key = (comment.finding_id, comment.marked.strip())
        if key in old_keys and key[1]:
            still = remaining[key] > 0
            remaining[key] -= still
        else:  # a comment on a heading or the title: the same kind of finding anywhere counts
            still = remaining_ids[comment.finding_id] > 0
        remaining_ids[comment.finding_id] -= still
        checks.append(CommentCheck(comment, not still))
    fresh = [f for f in new_findings if _key(f) not in old_keys and f.severity in ("error", "warning")]
    return SecondRound(reviewed, revised, parts, checks, fresh)


def second_round_text(result: SecondRound) -> str:
    lines = [f"审核版：{result.reviewed.name}    修改稿：{result.revised.name}", "", "【各部分变化】"]
    for part in result.parts:
        lines.append(f"  {part.title}：{part.status}（{part.old_chars} → {part.new_chars} 字）")
        lines += [f"      + {s[:60]}" for s in part.added[:5]]
        lines += [f"      − {s[:60]}" for s in part.removed[:5]]
    lines += ["", f"【批注处理情况】已处理 {result.addressed} 条，未处理 {result.open} 条"]
    marks = {True: "✓ 已处理", False: "✗ 未处理", None: "· 人工批注，请自行核对"}
    for check in result.comments:
        first = check.comment.text.split("\n")[0]
        lines.append(f"  {marks[check.addressed]}  {first[:70]}")
    if result.new_findings:
        lines += ["", "【修改稿新出现的问题】"]
        lines += [f"  {f.message[:70]}" for f in result.new_findings]
    return "\n".join(lines)
