"""lang.typo: words from the domain confusion set (resources/rules/lang_typo.toml) and, opt-in,
segmentation-based suspicion (a near-miss of a domain term that jieba cuts into single characters)."""

from __future__ import annotations

import re
from typing import Any

from desktop.core import text as seg
from desktop.core.model import Finding, Section
from desktop.core.rule_data import RuleData
from desktop.core.rules import Context, SectionContext, finding
from desktop.core.rules.lang_common import heading_finding, literal_spans

NAMES = {"lang.typo": "错别字"}  # desktop.core.rule_names


def active_pairs(table: dict[str, Any]) -> list[dict[str, Any]]:
    """The pairs of a lang_typo table switched on: "sure" ones, plus "suspect" ones when its settings say so."""
    suspect = table.get("settings", {}).get("enable_suspect", False)
    return [p for p in table["pair"] if p["confidence"] == "sure" or suspect]


Pair = tuple[dict[str, Any], "re.Pattern[str] | None"]


def _pairs(rules: RuleData) -> list[Pair]:
    """The active pairs with their context patterns compiled (once per RuleData: rules.derived)."""
    return [
        (p, re.compile(p["pattern"]) if p.get("pattern") else None) for p in active_pairs(rules["lang_typo"])
    ]


def pair_spans(
    text: str, pair: dict[str, Any], pattern: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """Where `pair["wrong"]` occurs in `text` (in the context its compiled `pattern` asks for), minus guarded
    places."""
    out = []
    if pattern is not None:
        spans = [m.span() for m in pattern.finditer(text)]
    else:
        spans = literal_spans(text, pair["wrong"])
    for start, end in spans:
        if start > 0 and text[start - 1] in pair.get("not_before", ""):
            continue
        if end < len(text) and text[end] in pair.get("not_after", ""):
            continue
        out.append((start, end))
    return out


def _message(pair: dict[str, Any]) -> str:
    sure = "" if pair["confidence"] == "sure" else "（疑似）"
    why = f"{pair['why']}" if pair.get("why") else ""
    return f"疑似错别字{sure}：“{pair['wrong']}”应为“{pair['right']}”。{why}"


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    data = ctx.rules["lang_typo"]
    out: list[Finding] = []
    for pair, pattern in ctx.rules.derived(_pairs):
        if pair.get("level"):
            continue  # level-dependent pairs run in check_report (a section rule does not see the unit)
        severity = "warning" if pair["confidence"] == "sure" else "info"
        for span in pair_spans(section.text, pair, pattern):
            out.append(finding("lang.typo", severity, _message(pair), section, span, pair["right"]))
        for span in pair_spans(section.heading, pair, pattern):
            out.append(heading_finding("lang.typo", severity, _message(pair), section, span, pair["right"]))
    settings = data.get("segmentation", {})
    if settings.get("enabled"):
        known = {(f.span, f.location) for f in out}
        for span, term in suspicious_windows(section.text, settings.get("min_term_length", 4)):
            if (span, section.key) not in known:
                message = f"疑似错别字（分词提示）：此处可能应为“{term}”。"
                out.append(finding("lang.typo", "info", message, section, span, term))
    return out


def check_report(ctx: Context) -> list[Finding]:
    level = ctx.report.level or (ctx.profile.level if ctx.profile.name else "")
    if not level:
        return []
    out: list[Finding] = []
    for pair, pattern in ctx.rules.derived(_pairs):
        if pair.get("level") != level:
            continue
        for section in ctx.report.sections:
            for span in pair_spans(section.text, pair, pattern):
                out.append(finding("lang.typo", "warning", _message(pair), section, span, pair["right"]))
    return out


def _masked_terms(min_length: int) -> dict[str, list[str]]:
    """Domain terms by their "one character masked" keys: 学法制度 → 学法?度, 学?制度 …"""
    index: dict[str, list[str]] = {}
    for term in seg.domain_words():
        if len(term) >= min_length and all(seg.is_han(ch) for ch in term):
            for i in range(len(term)):
                index.setdefault(term[:i] + "?" + term[i + 1 :], []).append(term)
    return index


def suspicious_windows(text: str, min_length: int = 4) -> list[tuple[tuple[int, int], str]]:
    """Windows one substitution away from a domain term, where jieba cut the odd character off alone and
    the window starts and ends on jieba word boundaries."""
    index = _masked_terms(min_length)
    if not index:
        return []
    cut = seg.tokens(text)
    singles = [(s, e) for w, s, e in cut if e - s == 1 and seg.is_han(w)]
    edges = {s for _, s, _ in cut} | {e for _, _, e in cut}
    lengths = sorted({len(k) for k in index})
    words = seg.domain_words()
    out: list[tuple[tuple[int, int], str]] = []
    seen: set[tuple[int, int]] = set()
    for pos, _ in singles:
        for length in lengths:
            for start in range(max(0, pos - length + 1), min(pos, len(text) - length) + 1):
                window = text[start : start + length]
                if window in words or (start, start + length) in seen:
                    continue
                if start not in edges or start + length not in edges:
                    continue  # the window cuts through a word (依法治国的 → 法治国的): not a garbled term
                key = window[: pos - start] + "?" + window[pos - start + 1 :]
                terms = index.get(key)
                if terms:
                    seen.add((start, start + length))
                    out.append(((start, start + length), terms[0]))
    return out
