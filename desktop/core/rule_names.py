"""Chinese names of the checker's rules, for what the clerk reads (the Excel checklist, the window).

The ids (`privacy.phone`, `coverage.rules`) stay stable for tools and tests; people see these names."""

from __future__ import annotations

from desktop.core.dates import published_before
from desktop.core.model import PART_KEYS
from desktop.core.template import load_template

# Exact ids first, then the family (the part before the dot).
RULE_NAMES: dict[str, str] = {
    "part.causes": "不足未分析原因",
    "part.too_short": "部分内容过短",
    "first_responsible.not_dedicated": "第一责任人职责未单列",
    "first_responsible.nested": "第一责任人职责写在其他部分之下",
    "part.nested_shortcomings": "不足和原因写在其他部分之下",
    "part.nested_next_year": "下一年度安排写在其他部分之下",
    "part.nested_other": "其他情况写在其他部分之下",
    "meta.title": "标题",
    "meta.title_form": "标题格式",
    "meta.title_year": "标题年度",
    "meta.addressee": "主送机关",
    "meta.signature": "落款",
    "meta.date": "成文日期",
    "meta.deadline_county": "县里规定的报送时间",
    "privacy.phone": "电话号码（公开版须遮盖）",
    "privacy.id_number": "身份证号码（公开版须遮盖）",
    "quant.no_figures": "举措缺少数据",
    "carryover.campaign": "沿用上年专项活动",
    "carryover.copied": "照搬上年原文",
    "lang.duplicate": "重复内容",
    "lang.formulation": "规范表述",
    "lang.numbering": "标题序号",
    "lang.outdated": "过时提法",
    "lang.punctuation": "标点符号",
    "lang.stray": "多余文字",
    "lang.typo": "错别字",
    "figures.mismatch": "指标与正文数字不一致",
    "figures.rate": "比率超过100%",
    "figures.appearance": "出庭应诉件数多于案件数",
    "figures.conflict": "各部分数字不一致",
}
FAMILY_NAMES: dict[str, str] = {
    "part": "必备部分",
    "first_responsible": "第一责任人履职",
    "meta": "标题与版头",
    "coverage": "纲要任务覆盖",
    "privacy": "个人信息",
    "quant": "数据支撑",
    "carryover": "沿用上年内容",
    "lang": "文字规范",
    "figures": "数字一致",
}


def rule_name(finding_id: str) -> str:
    """The Chinese name of a rule id: its own name, the year rules together, else its family's name."""
    if finding_id in RULE_NAMES:
        return RULE_NAMES[finding_id]
    family, _, name = finding_id.partition(".")
    if family == "part" and name in PART_KEYS:  # the part's name from the template
        return "缺少必备部分：" + load_template().part(name).short
    if (
        finding_id == "meta.deadline"
    ):  # the date comes from structure.toml (any year: only month and day show)
        return f"公开时限（{published_before(2000)}前）"
    if family == "meta" and name.startswith("year"):
        return "年度一致"
    if family == "first_responsible":
        return "第一责任人履职要素"
    return FAMILY_NAMES.get(family, finding_id)
