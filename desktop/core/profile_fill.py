"""The unit profile carried into a report: header fields of a new report, and the examples the header
form shows, in the report's own unit and year. No Qt here."""

from __future__ import annotations

from desktop.core.model import CLOSING, Report, Section, UnitProfile


def organ(profile_or_unit: UnitProfile | str, level: str = "") -> str:
    """The issuing organ: XX镇人民政府 / XX乡人民政府, XX街道办事处."""
    name = profile_or_unit.name if isinstance(profile_or_unit, UnitProfile) else profile_or_unit
    level = level or (profile_or_unit.level if isinstance(profile_or_unit, UnitProfile) else "")
    if not name:
        return ""
    return f"{name}办事处" if level == "街道" or name.endswith("街道") else f"{name}人民政府"


def contact_note(contact: str) -> str:
    """The 附注 line that prints the contact person (and phone) under the date."""
    contact = contact.strip().strip("（）()")
    if not contact:
        return ""
    return f"（联系人：{contact.removeprefix('联系人').lstrip('：:')}）"


def prefill(report: Report, profile: UnitProfile) -> Report:
    """Fill the empty header fields of a new report from the profile: 发文字号 prefix with next year's
    〔year〕, 签发人, 主送, 抄送, 印发机关, 落款, 发文机关标志 and the 联系人 note. Filled fields are kept."""
    issue_year = (report.year or 0) + 1
    values = {
        "doc_number": f"{profile.doc_prefix}〔{issue_year}〕号" if profile.doc_prefix and report.year else "",
        "signer": profile.signer,
        "addressee": profile.addressee,
        "cc": profile.cc,
        "printer": profile.printer,
        "signature": organ(profile),
        "issuer_mark": f"{organ(profile)}文件" if profile.name else "",
    }
    for field, value in values.items():
        if value and not getattr(report, field):
            setattr(report, field, value)
    note = contact_note(profile.contact)
    if note and not any(s.part == CLOSING and note in s.text for s in report.sections):
        closing = next((s for s in report.sections if s.part == CLOSING), None)
        if closing is None:
            report.sections.append(Section(key=CLOSING, text=note, part=CLOSING))
        else:
            closing.text = f"{closing.text}\n{note}".strip()
    return report


def header_examples(report: Report) -> dict[str, str]:
    """Placeholders of the header form in this report's unit and year (a 2024 report is written and
    sent in 2025: its 发文字号 and dates say 2025)."""
    year = report.year or 2024
    unit = report.unit or "XX镇"
    org = organ(unit, report.level)
    return {
        "title": f"{org}关于{year}年度法治政府建设情况的报告",
        "doc_number": f"X府〔{year + 1}〕16号",
        "addressee": "县人民政府、县委全面依法治县委员会办公室",
        "issuer_mark": f"{org}文件",
        "signature": org,
        "date": f"{year + 1}-01-21",
        "printer": f"{unit}党政办公室",
        "print_date": f"{year + 1}-01-21",
    }
