"""Indicator figures read from report text: exact on the demo and seed 002, skipped when ambiguous."""

from __future__ import annotations

from desktop.core.figures import NOTE, figures_in_text, fill_indicators
from desktop.core.model import Indicator
from desktop.core.parser import parse_text
from desktop.core.resources import resources_dir
from desktop.core.template import load_template


def demo():
    return parse_text((resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8"))


def test_demo_report_figures():
    values = {key: ind.value for key, ind in demo().indicators.items()}
    assert values == {
        "legality_review_rate": 100.0, "enforcement_cases": 15.0, "certified_officers": 14.0,
        "litigation_cases": 2.0, "court_appearance_rate": 100.0, "mediation_cases": 126.0,
        "mediation_success_rate": 98.4, "publicity_events": 32.0, "study_sessions": 12.0, "topic_meetings": 4.0,
    }  # fmt: skip
    assert all(ind.note == NOTE for ind in demo().indicators.values())


def test_seed_002_legal_literates(seed_text):
    assert {k: v.value for k, v in parse_text(seed_text("002")).indicators.items()} == {
        "legal_literates": 30.0
    }


def test_two_different_values_are_ambiguous():
    template = load_template()
    assert figures_in_text("调解矛盾纠纷12件。上半年调解矛盾纠纷5件。", template) == {}
    assert figures_in_text("调解矛盾纠纷12件，其中调解矛盾纠纷12件涉及土地。", template) == {
        "mediation_cases": 12.0
    }


def test_a_value_the_clerk_entered_is_kept():
    report = load_template().new_report("青山镇", 2024)
    report.section("measures").text = "调解矛盾纠纷126件，调解成功率98.4%。"
    report.indicators["mediation_cases"] = Indicator("mediation_cases", value=130, last_year=110)
    assert fill_indicators(report, load_template()) == ["mediation_success_rate"]
    assert report.indicators["mediation_cases"].value == 130
    assert report.indicators["mediation_success_rate"].value == 98.4


def test_county_summary_shows_figures_read_from_text(tmp_path):
    from desktop.exchange.summary import summarize

    path = tmp_path / "青山镇.txt"
    path.write_text(
        (resources_dir() / "samples" / "demo_2024.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (row,) = summarize([path])
    assert row.indicators["mediation_cases"] == 126.0
    assert row.indicators["court_appearance_rate"] == 100.0
