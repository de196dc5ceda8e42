"""quant.*: paragraphs of the measures part that report no figure at all (info: advise to quantify)."""

from __future__ import annotations

import re

from desktop.core.headings import lines_with_offsets
from desktop.core.model import Finding, Section
from desktop.core.rules import SectionContext, finding

NAMES = {"quant": "数据支撑", "quant.no_figures": "举措缺少数据"}  # desktop.core.rule_names

_ARABIC = re.compile(r"[0-9０-９]")


def _chinese_count(measure_words: str) -> re.Pattern[str]:
    return re.compile(f"[一二两三四五六七八九十百千]+[{re.escape(measure_words)}]")


def has_figure(text: str, chinese_count: re.Pattern[str]) -> bool:
    """True when the text carries a number: Arabic digits, or a Chinese numeral with a measure word."""
    return bool(_ARABIC.search(text) or chinese_count.search(text))


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    """One finding per section, on its first paragraph without figures, saying how many there are: a
    finding per paragraph buried the errors of the checklist under identical advice."""
    if section.part != "measures" or not section.text:
        return []
    data = ctx.rules["quantity"]
    chinese_count = _chinese_count(data["measure_words"])
    vague = [
        (start, paragraph)
        for start, paragraph in lines_with_offsets(section.text)
        if len(paragraph) >= data["min_chars"] and not has_figure(paragraph, chinese_count)
    ]
    if not vague:
        return []
    start, paragraph = vague[0]
    more = f"本部分共有{len(vague)}段没有数字，" if len(vague) > 1 else "这一段"
    return [
        finding(
            "quant.no_figures",
            "info",
            f"{more}只写了做法。建议写明具体数据（次数、件数、人数、比率），如“开展专题学法4次”。",
            section,
            (start, start + min(len(paragraph), 24)),
        )
    ]
