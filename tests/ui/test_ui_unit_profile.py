"""The unit profile everywhere (issue 17 point 4): a new report defaults to the clerk's own unit (not the
last imported one), its header is prefilled from the profile (contact printed as 附注), and the header
form's examples are in the report's unit and year."""

from __future__ import annotations

import docx

from desktop.core.model import UnitProfile
from desktop.core.parser import parse_text
from tests.ui_helpers import shown_dialog

OWN = UnitProfile(
    name="红旗镇", level="镇", county="华宁县", doc_prefix="红府", signer="张三",
    addressee="县人民政府、县委全面依法治县委员会办公室", cc="县司法局", printer="红旗镇党政办公室",
    contact="李四，0877-5012345",
)  # fmt: skip


def test_new_report_defaults_to_own_unit_and_is_prefilled(qtbot, window, seed_text, tmp_path):
    window._profile_entered(OWN)  # as the first-start profile dialog does
    window.store.reports.add(parse_text(seed_text("000")))  # an imported report of another township
    assert window.store.units.all()[0].name != "红旗镇" or len(window.store.units.all()) > 1
    window.new_report()
    dialog = shown_dialog(window)
    assert dialog.unit.currentText() == "红旗镇"
    dialog.year.setValue(2025)
    dialog.accept()
    report = window.session.report
    assert (report.unit, report.year, report.doc_number, report.signer) == (
        "红旗镇",
        2025,
        "红府〔2026〕号",
        "张三",
    )
    assert (report.cc, report.printer, report.signature) == ("县司法局", "红旗镇党政办公室", "红旗镇人民政府")
    assert report.addressee.startswith("县人民政府")
    form = window.editor_page.header_form
    assert form.edits["doc_number"].text() == "红府〔2026〕号"
    assert form.edits["date"].placeholderText() == "2026-01-21"
    assert form.edits["title"].placeholderText() == "红旗镇人民政府关于2025年度法治政府建设情况的报告"

    from desktop.exchange.export_docx import export_docx

    out = tmp_path / "r.docx"
    export_docx(report, out, profile=OWN)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "联系人：李四，0877-5012345" in text  # the profile's contact is printed


def test_the_profile_dialog_opens_on_own_unit(qtbot, window, seed_text):
    window._profile_entered(OWN)
    window.store.reports.add(parse_text(seed_text("000")))
    window.edit_profile()
    assert shown_dialog(window).profile().name == "红旗镇"
