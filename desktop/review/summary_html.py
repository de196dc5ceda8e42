"""The 汇总审核 printout as HTML for a QTextDocument: one table row per township, 10 pt, A4 landscape. No Qt.

summary_html(rows, rubric_name) -> str
"""

from __future__ import annotations

from html import escape

from desktop.core.model import PART_KEYS
from desktop.exchange.summary import PART_LABELS, SummaryRow

PRINT_PT = 10  # never below 9 pt on paper (the county's complaint about the old 4–5 pt summary)
WIDTHS = [4, 19, 5, *[7] * (len(PART_KEYS) + 1), 5, 5, 5, 15]  # percent of the line, per column
FILLS = {"✓": "#c6efce", "✗": "#ffc7ce"}


def _cell(value: str, left: bool) -> str:
    if left:
        return f"<td>{escape(value)}</td>"
    fill = f' bgcolor="{FILLS[value]}"' if value in FILLS else ""
    return f'<td align="center"{fill}>{escape(value)}</td>'


def summary_html(rows: list[SummaryRow], rubric_name: str = "") -> str:
    """A title line and a bordered table (header repeated on each page) of the rows in their summary order."""
    heads = ["名次", "单位", "年度", *PART_LABELS.values(), "原因分析", "错误", "提示", "得分", "说明"]
    cells = []
    for number, row in enumerate(sorted(rows, key=SummaryRow.sort_key), start=1):
        if row.problem:
            marks = [""] * (len(PART_KEYS) + 1)
            counts = ["", "", ""]
        else:
            marks = ["✓" if row.parts.get(k) else "✗" for k in PART_KEYS] + ["✓" if row.causes else "✗"]
            score = "" if row.score is None else f"{row.score:g}"
            counts = [str(row.errors), str(row.warnings), score]
        place = row.rank if row.rank is not None else number
        values = [str(place), row.label, str(row.year or ""), *marks, *counts, row.problem]
        tds = "".join(_cell(v, left=i in (1, len(values) - 1)) for i, v in enumerate(values))
        cells.append(f"<tr>{tds}</tr>")
    header = "".join(
        f'<th bgcolor="#dde4ee" width="{w}%">{escape(h)}</th>' for h, w in zip(heads, WIDTHS, strict=True)
    )
    subtitle = f"评分细则：{escape(rubric_name)}　" if rubric_name else ""
    return (
        f'<html><body style="font-size:{PRINT_PT}pt">'
        f'<p style="font-size:{PRINT_PT + 4}pt" align="center"><b>法治政府建设年度报告汇总审核表</b></p>'
        f"<p>{subtitle}共 {len(rows)} 份报告</p>"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(cells)}</tbody></table></body></html>"
    )
