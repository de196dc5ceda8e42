"""lang.formulation: near-misses of set formulations (提法), e.g. 法治学孔、法治政府、法治社会一体建设.

A formulation is looked for only where several of its 4-character chunks occur in place; there the text is
aligned with it (free ends in the text, punctuation and 和/与/及/的 cost nothing) and a span within the edit
budget that still differs, and is not longer than the formulation (inserted adverbs such as 切实 are fine),
is reported with the canonical text as the suggestion.
"""

from __future__ import annotations

from collections import Counter

from desktop.core.model import Finding, Section
from desktop.core.rule_data import RuleData
from desktop.core.rules import SectionContext, finding
from desktop.core.rules.lang_common import literal_spans

NAMES = {"lang.formulation": "规范表述"}  # desktop.core.rule_names

CHUNK = 4


def _settings(rules: RuleData) -> tuple[int, int, frozenset[str]]:
    """(min_fuzzy_length, chars_per_edit, ignorable characters) of [settings] (once per RuleData)."""
    s = rules["lang_formulation"].get("settings", {})
    return s.get("min_fuzzy_length", 8), s.get("chars_per_edit", 8), frozenset(s.get("ignorable", ""))


def align(canon: str, text: str, ignorable: frozenset[str]) -> tuple[int, int, int]:
    """(cost, start, end): the span of `text` closest to `canon` (fitting alignment, Sellers 1980)."""
    m = len(text)
    ins = [0 if t in ignorable else 1 for t in text]
    cost, origin = [0] * (m + 1), list(range(m + 1))
    for ch in canon:
        skip = 0 if ch in ignorable else 1
        ch_ign = ch in ignorable
        row_cost, row_origin = [cost[0] + skip], [0]
        for j in range(1, m + 1):
            t = text[j - 1]
            best, start = cost[j - 1] + (0 if t == ch or (ch_ign and not ins[j - 1]) else 1), origin[j - 1]
            if cost[j] + skip < best:
                best, start = cost[j] + skip, origin[j]
            if row_cost[j - 1] + ins[j - 1] < best:
                best, start = row_cost[j - 1] + ins[j - 1], row_origin[j - 1]
            row_cost.append(best)
            row_origin.append(start)
        cost, origin = row_cost, row_origin
    end = min(range(m + 1), key=lambda j: (cost[j], abs(j - origin[j] - len(canon)), j))
    return cost[end], origin[end], end


def missing_chars(canon: str, window: str, ignorable: frozenset[str]) -> int:
    """How many characters of `canon` (with repeats) the window lacks: a lower bound of the edit cost."""
    need = Counter(ch for ch in canon if ch not in ignorable)
    need.subtract(Counter(window))
    return sum(n for n in need.values() if n > 0)


def _strip(text: str, ignorable: frozenset[str]) -> str:
    return "".join(ch for ch in text if ch not in ignorable)


def near_misses(text: str, canon: str, budget: int, ignorable: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of `text` within `budget` edits of `canon` that are not `canon` itself."""
    chunks = [(i, canon[i : i + CHUNK]) for i in range(0, len(canon) - CHUNK + 1, CHUNK)]
    need = max(2, (len(chunks) + 1) // 2)
    starts: dict[int, set[int]] = {}
    for offset, chunk in chunks:
        for pos, _ in literal_spans(text, chunk):
            starts.setdefault((pos - offset) // 4, set()).add(offset)
    exact = [s // 4 for s, _ in literal_spans(text, canon)]
    out: list[tuple[int, int]] = []
    for bucket in sorted(starts):
        hits = starts[bucket] | starts.get(bucket - 1, set()) | starts.get(bucket + 1, set())
        if len(hits) < min(need, len(chunks)) or any(abs(bucket - e) <= 1 for e in exact):
            continue  # too few chunks in place, or the formulation itself is written right here
        lo = max(0, bucket * 4 - budget - 6)
        window = text[lo : bucket * 4 + len(canon) + budget + 6]
        if missing_chars(canon, window, ignorable) > budget:
            continue
        cost, start, end = align(canon, window, ignorable)
        span = (lo + start, lo + end)
        found, wanted = _strip(window[start:end], ignorable), _strip(canon, ignorable)
        # A longer span is an elaboration (党政主要负责人切实履行…), not a garbled formulation.
        overlaps = any(s < span[1] and span[0] < e for s, e in out)
        if 0 < cost <= budget and found != wanted and len(found) <= len(wanted) and not overlaps:
            out.append(span)
    return out


def formulation_hits(text: str, rules: RuleData) -> list[tuple[tuple[int, int], str]]:
    """(span, canonical text) for known wrong variants and near-misses of set formulations in `text`."""
    data = rules["lang_formulation"]
    min_length, per_edit, ignorable = rules.derived(_settings)
    out: list[tuple[tuple[int, int], str]] = []
    for variant in data.get("variant", []):
        out += [(span, variant["right"]) for span in literal_spans(text, variant["wrong"])]
    for item in data.get("formulation", []):
        canon = item["text"]
        if len(canon) < min_length:
            continue
        budget = item.get("max_edits", max(1, len(canon) // per_edit))
        for span in near_misses(text, canon, budget, ignorable):
            if not any(s < span[1] and span[0] < e for (s, e), _ in out):
                out.append((span, canon))
    return sorted(out)


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    return [
        finding(
            "lang.formulation",
            "warning",
            f"规范提法应为“{canon}”，此处写法有出入。",
            section,
            span,
            canon,
        )
        for span, canon in formulation_hits(section.text, ctx.rules)
    ]
