"""Rubrics as data and scoring: the five seeds score differently, each deduction has its reason; a malformed
rubric names its line and field; the summary workbook gets 得分, 排名 and 扣分明细, printable at ≥ 9 pt."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.core.checker import check
from desktop.core.model import Indicator
from desktop.core.rubric import RubricError, builtin_rubrics, load_rubric
from desktop.core.scoring import rank, score_report
from desktop.exchange.importer import load_report

SEEDS = ("000", "001", "002", "003", "004")


def _scores(seed_path, rubric):
    out = {}
    for number in SEEDS:
        report = load_report(seed_path(number))
        out[number] = score_report(report, check(report), rubric)
    return out


def test_builtin_rubrics_load_and_add_up():
    assert list(builtin_rubrics())[:1] == ["default"] and "county_sample" in builtin_rubrics()
    for name in builtin_rubrics():
        rubric = load_rubric(name)
        assert rubric.total == 100 and rubric.source and len(rubric.items) >= 5


def test_seeds_score_differently_with_reasons(seed_path):
    scores = _scores(seed_path, load_rubric())
    totals = {n: s.total for n, s in scores.items()}
    assert len(set(totals.values())) >= 4, totals
    assert max(totals, key=totals.get) == "003"  # the most complete report
    assert min(totals, key=totals.get) == "001"  # no 第一责任人 content at all
    for score in scores.values():
        assert score.total == pytest.approx(100 - sum(d.points for d in score.deductions))
        assert all(d.reason and d.points > 0 for d in score.deductions)
    reasons = [d.reason for d in scores["001"].deductions]
    assert "未报告党政主要负责人履行推进法治建设第一责任人职责情况" in reasons
    phone = [d for d in scores["004"].deductions if d.quote == "15923252937"]
    assert phone and phone[0].item == "按时报送和公开"
    causes = [d for d in scores["000"].deductions if d.reason == "只列问题，未分析原因"]
    assert causes and causes[0].points == 8 and causes[0].quote


def test_county_rubric_thresholds_and_dates(seed_path):
    rubric = load_rubric("county_sample")
    report = load_report(seed_path("003"))
    findings = check(report)
    reasons = [d.reason for d in score_report(report, findings, rubric).deductions]
    assert any(r.startswith("党委（政府）专题研究法治建设不足 3 次") for r in reasons)
    report.indicators["topic_meetings"] = Indicator("topic_meetings", 4)
    report.indicators["study_sessions"] = Indicator("study_sessions", 5)
    reasons = [d.reason for d in score_report(report, findings, rubric).deductions]
    assert not any("专题研究" in r for r in reasons)
    assert "领导班子学法不足 6 次（报告为 5）" in reasons
    report.date = "2025-02-10"  # after the sample's 1月31日
    lost = [d for d in score_report(report, findings, rubric).deductions if d.item == "按时报送"]
    assert lost[0].points == 10 and "2025年01月31日" in lost[0].reason


def test_item_never_below_zero_and_rank_ties(tmp_path, seed_path):
    path = tmp_path / "strict.toml"
    path.write_text(
        '[rubric]\nname = "严格"\n[[item]]\nname = "规范"\npoints = 2\n'
        '[[item.rule]]\nwhen = "finding"\nfinding = "lang.*"\ndeduct = 1.5\nreason = "文字"\n',
        encoding="utf-8",
    )
    report = load_report(seed_path("004"))  # five lang.* findings
    score = score_report(report, check(report), load_rubric(path))
    assert score.total == 0 and [d.points for d in score.deductions] == [1.5, 0.5]
    assert rank([80, 90, 80, 70]) == [2, 1, 2, 4]


MALFORMED = {
    "unclosed": ('[rubric]\nname = "县细则\n', "第 2 行"),
    "no_points": ('[rubric]\nname = "x"\n\n[[item]]\nname = "内容"\n[[item.rule]]\nwhen = "finding"\n'
                  'finding = "part.other"\ndeduct = 1\nreason = "r"\n', "第 4 行附近：评分项“内容”的 points"),
    "bad_id": ('[rubric]\nname = "x"\n[[item]]\nname = "内容"\npoints = 5\n[[item.rule]]\nwhen = "finding"\n'
               'finding = "prt.other"\ndeduct = 1\nreason = "r"\n', "第 6 行附近：评分项“内容”的第 1 条规则的 finding"),
    "bad_indicator": ('[rubric]\nname = "x"\n[[item]]\nname = "学法"\npoints = 5\n[[item.rule]]\n'
                      'when = "indicator"\nindicator = "学法次数"\nmin = 6\ndeduct = 1\nreason = "r"\n',
                      "不是模板中的指标"),
    "bad_total": ('[rubric]\nname = "x"\ntotal = 100\n[[item]]\nname = "内容"\npoints = 5\n[[item.rule]]\n'
                  'when = "content"\nwords = ["述法"]\ndeduct = 1\nreason = "r"\n', "合计 5 分，与 total = 100 不符"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_rubric_names_line_and_field(tmp_path, case):
    text, expected = MALFORMED[case]
    path = tmp_path / "我的细则.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert expected in caught.value.message and "我的细则.toml" in caught.value.message


def test_summary_command_scores_ranks_and_lists_deductions(tmp_path, seed_path, capsys):
    out = tmp_path / "汇总.xlsx"
    assert main(["summary", *[str(seed_path(n)) for n in SEEDS], "-o", str(out), "-q"]) == 0
    book = load_workbook(out)
    sheet = book["汇总"]
    header = [c.value for c in sheet[1]]
    score_col, rank_col = header.index("得分"), header.index("排名")
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    scores = [r[score_col] for r in rows]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) >= 4
    assert [r[rank_col] for r in rows][0] == 1 and rows[0][1].endswith("青龙镇")
    details = book["扣分明细"]
    assert [c.value for c in details[1]][:6] == ["排名", "单位", "评分项", "扣分", "扣分理由", "原文"]
    lines = [[c.value for c in r] for r in details.iter_rows(min_row=2)]
    for unit_row in rows:
        lost = sum(line[3] for line in lines if line[1] == unit_row[1])
        assert unit_row[score_col] == pytest.approx(100 - lost)
    for ws in (sheet, details):  # printable: A4 landscape, no fit-to-page shrinking below 9 pt
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
        assert not ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.scale * ws["B2"].font.sz / 100 >= 9
    bad = tmp_path / "bad.toml"
    bad.write_text("[rubric\n", encoding="utf-8")
    assert main(["summary", str(seed_path("000")), "-o", str(out), "--rubric", str(bad)]) == 2
    assert "第 1 行" in capsys.readouterr().err
    assert main(["summary", str(seed_path("000")), "-o", str(out), "-q", "--rubric", "county_sample"]) == 0
