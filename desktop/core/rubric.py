"""Scoring rubrics (评分细则) as data: resources/rubrics/*.toml, or a file the reviewer copied and edited.

    load_rubric(path_or_name) -> Rubric      RubricError with a Chinese message naming the line and field
    builtin_rubrics() -> {name: Path}        the rubrics shipped in resources/rubrics

A rubric has items (评分项), each with its points and rules that take points off:
    when = "finding"    a checker finding whose id matches `finding` (a list; "lang.*" matches a family),
                        `deduct` points each (`per = "once"`: once), at most `max` in all
    when = "indicator"  the figure `indicator` (template key) missing or below `min`; `patterns` (regex with one
                        number group) read it from the text when the report gives none
    when = "content"    none of `words` appears in the part `part` (a PART_KEYS key, or "any")
    when = "date"       成文日期 missing or after `by` ("MM-DD" of the year after the report year, or ISO)
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.core.model import PART_KEYS
from desktop.core.resources import resources_dir
from desktop.core.template import load_template
from desktop.errors import UserFacingError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

KINDS = ("finding", "indicator", "content", "date")
FAMILIES = ("part", "first_responsible", "meta", "coverage", "privacy", "quant", "carryover", "lang")
DATE_BY = re.compile(r"^(?:\d{4}-)?\d{2}-\d{2}$")
AT_LINE = re.compile(r"at line (\d+), column (\d+)")
MAX_BYTES = 512 * 1024


class RubricError(UserFacingError):
    """A rubric file that cannot be used; `message` names the file, line and field in Chinese."""


@dataclass(frozen=True)
class Rule:
    kind: str
    deduct: float
    reason: str
    findings: tuple[str, ...] = ()
    once: bool = False
    cap: float | None = None
    indicator: str = ""
    minimum: float = 0
    patterns: tuple[str, ...] = ()
    part: str = ""
    words: tuple[str, ...] = ()
    by: str = ""

    def matches(self, finding_id: str) -> bool:
        return any(
            finding_id.startswith(p[:-1]) if p.endswith("*") else finding_id == p for p in self.findings
        )


@dataclass(frozen=True)
class Item:
    key: str
    name: str
    points: float
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Rubric:
    name: str
    source: str
    items: tuple[Item, ...]
    path: Path | None = None

    @property
    def total(self) -> float:
        return sum(item.points for item in self.items)


def builtin_rubrics() -> dict[str, Path]:
    """Shipped rubric files by stem (default first)."""
    found = sorted((resources_dir() / "rubrics").glob("*.toml"), key=lambda p: (p.stem != "default", p.stem))
    return {p.stem: p for p in found}


def _headers(text: str, header: str) -> list[int]:
    """1-based line numbers of every `[[header]]` table in the file, in order."""
    return [
        n for n, line in enumerate(text.splitlines(), start=1) if line.strip().startswith(f"[[{header}]]")
    ]


class _Reader:
    """Validates the parsed TOML, turning each problem into a RubricError that says where it is."""

    def __init__(self, path: Path, text: str) -> None:
        self.path, self.text = path, text
        self.item_lines, self.rule_lines = _headers(text, "item"), _headers(text, "item.rule")
        self.indicators = {spec.key for spec in load_template().indicators}
        self.rule_number = 0

    def fail(self, line: int | None, what: str) -> RubricError:
        where = f"第 {line} 行附近：" if line else ""
        return RubricError(
            f"评分细则“{self.path.name}”{where}{what}", f"rubric {self.path.name}: line {line}"
        )

    def number(self, table: dict, name: str, line: int | None, label: str, positive: bool = True) -> float:
        value = table.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float) or (positive and value <= 0):
            raise self.fail(
                line, f"{label}的 {name} 应为{'大于 0 的' if positive else ''}数字，现在是 {value!r}。"
            )
        return float(value)

    def strings(self, table: dict, name: str, line: int | None, label: str) -> tuple[str, ...]:
        value = table.get(name)
        value = [value] if isinstance(value, str) else value
        if not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(line, f"{label}缺少 {name}（应为文字或文字列表）。")
        return tuple(v.strip() for v in value)

    def rule(self, data: dict, label: str) -> Rule:
        line = self.rule_lines[self.rule_number] if self.rule_number < len(self.rule_lines) else None
        self.rule_number += 1
        kind = data.get("when")
        if kind not in KINDS:
            raise self.fail(line, f"{label}的 when 应为 {' / '.join(KINDS)} 之一，现在是 {kind!r}。")
        reason = data.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise self.fail(line, f"{label}缺少 reason（扣分理由）。")
        rule = dict(kind=kind, deduct=self.number(data, "deduct", line, label), reason=reason.strip())
        if "max" in data:
            rule["cap"] = self.number(data, "max", line, label)
        if kind == "finding":
            rule["findings"] = self.strings(data, "finding", line, label)
            bad = [f for f in rule["findings"] if f.split(".")[0] not in FAMILIES]
            if bad:
                raise self.fail(
                    line, f"{label}的 finding 中“{bad[0]}”不是检查编号（如 part.causes、lang.*）。"
                )
            if data.get("per", "each") not in ("each", "once"):
                raise self.fail(line, f"{label}的 per 应为 each 或 once。")
            rule["once"] = data.get("per") == "once"
        elif kind == "indicator":
            key = data.get("indicator")
            if key not in self.indicators:
                raise self.fail(
                    line,
                    f"{label}的 indicator“{key}”不是模板中的指标（可用：{'、'.join(sorted(self.indicators))}）。",
                )
            rule.update(indicator=key, minimum=self.number(data, "min", line, label, positive=False))
            if "patterns" in data:
                rule["patterns"] = self.strings(data, "patterns", line, label)
                for pattern in rule["patterns"]:
                    try:
                        if re.compile(pattern).groups != 1:
                            raise self.fail(line, f"{label}的 patterns“{pattern}”须恰有一组括号（数字）。")
                    except re.error as exc:
                        raise self.fail(
                            line, f"{label}的 patterns“{pattern}”不是正确的正则表达式（{exc}）。"
                        ) from exc
        elif kind == "content":
            part = data.get("part", "any")
            if part != "any" and part not in PART_KEYS:
                raise self.fail(line, f"{label}的 part 应为 {' / '.join(PART_KEYS)} 或 any。")
            rule.update(part=part, words=self.strings(data, "words", line, label))
        else:
            by = data.get("by")
            if not isinstance(by, str) or not DATE_BY.match(by):
                raise self.fail(line, f"{label}的 by 应写成“03-31”（次年月日）或“2025-03-31”。")
            rule["by"] = by
        return Rule(**rule)

    def item(self, data: object, number: int) -> Item:
        line = self.item_lines[number - 1] if number <= len(self.item_lines) else None
        if not isinstance(data, dict):
            raise self.fail(line, f"第 {number} 个评分项应写成 [[item]] 表。")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise self.fail(line, f"第 {number} 个评分项缺少 name（名称）。")
        label = f"评分项“{name}”"
        points = self.number(data, "points", line, label)
        rules = data.get("rule", [])
        if not isinstance(rules, list) or not rules:
            raise self.fail(line, f"{label}没有扣分规则（[[item.rule]]）。")
        key = str(data.get("key") or f"item{number}")
        return Item(
            key,
            name.strip(),
            points,
            tuple(self.rule(r, f"{label}的第 {i} 条规则") for i, r in enumerate(rules, 1)),
        )

    def rubric(self, data: dict) -> Rubric:
        head = data.get("rubric", {})
        if not isinstance(head, dict) or not isinstance(head.get("name"), str):
            raise self.fail(1, "缺少 [rubric] 表中的 name（细则名称）。")
        items = data.get("item")
        if not isinstance(items, list) or not items:
            raise self.fail(None, "没有评分项：每一项写成 [[item]]，含 name、points 和 [[item.rule]]。")
        parsed = tuple(self.item(entry, n) for n, entry in enumerate(items, start=1))
        keys = [item.key for item in parsed]
        if len(set(keys)) != len(keys):
            raise self.fail(None, "评分项的 key 有重复。")
        total = sum(item.points for item in parsed)
        if "total" in head and abs(float(head["total"]) - total) > 1e-6:
            raise self.fail(None, f"各评分项分值合计 {total:g} 分，与 total = {head['total']} 不符。")
        return Rubric(head["name"].strip(), str(head.get("source", "")).strip(), parsed, self.path)


def load_rubric(where: str | Path | None = None) -> Rubric:
    """A rubric by file path or built-in name (None: the default rubric)."""
    builtin = builtin_rubrics()
    path = builtin.get(str(where or "default")) or Path(str(where))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise RubricError(f"评分细则文件过大：{path.name}", "rubric too large")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as exc:
        names = "、".join(builtin)
        raise RubricError(f"找不到评分细则文件：{path}（内置细则：{names}）", "rubric not found") from exc
    except UnicodeDecodeError as exc:
        raise RubricError(
            f"评分细则“{path.name}”不是 UTF-8 编码，请用记事本“另存为”UTF-8。", "not utf-8"
        ) from exc
    except OSError as exc:
        raise RubricError(f"无法读取评分细则：{path}（{exc.strerror}）", "cannot read rubric") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = AT_LINE.search(str(exc))
        where_text = f"第 {at.group(1)} 行第 {at.group(2)} 列" if at else ""
        raise RubricError(
            f"评分细则“{path.name}”{where_text}格式有误：请检查该处的引号、等号、方括号是否成对（{exc}）。",
            f"TOML error: {exc}",
        ) from exc
    return _Reader(path, text).rubric(data)
