"""privacy.*: phone and ID numbers in the text, which the public version (公开版) must mask."""

from __future__ import annotations

from desktop.core.model import Finding, Section
from desktop.core.privacy import find_personal_data
from desktop.core.rules import SectionContext, finding

NAMES = {  # Chinese names of the rules (desktop.core.rule_names)
    "privacy": "个人信息",
    "privacy.phone": "电话号码（公开版须遮盖）",
    "privacy.id_number": "身份证号码（公开版须遮盖）",
}

_MESSAGES = {
    "phone": "正文含电话号码：上报版可保留，公开版必须隐去（导出“公开版”时会自动遮盖）。",
    "id_number": "正文含身份证号码：公开版必须隐去，上报版也应慎重。",
}


def check_section(ctx: SectionContext, section: Section) -> list[Finding]:
    return [
        finding(f"privacy.{kind}", "warning", _MESSAGES[kind], section, (start, end))
        for kind, start, end in find_personal_data(section.text, ctx.rules)
    ]
