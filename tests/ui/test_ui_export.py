"""The whole flow on real widgets: new 2024 report → the first-responsible error → type it → it clears →
export DOCX and XLSX through the export dialog and read them back; print preview; pre-export gate."""

from __future__ import annotations

import docx
import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget

from tests.ui_helpers import click_item, ime_type, shown_dialog, stored_window, wait_until

DUTIES = (
    "党委书记、镇长切实履行推进法治建设第一责任人职责，亲自部署、亲自过问、亲自协调、亲自督办重要工作，"
    "党委会专题研究法治建设4次，年终向县委述法，负责人出庭应诉2件，重大决策均经合法性审查。"
)


@pytest.fixture
def window(qtbot, tmp_path):
    (tmp_path / "out").mkdir()
    with stored_window(qtbot, tmp_path) as win:
        win.settings.setValue("export/folder", str(tmp_path / "out"))
        yield win


def export(qtbot, window, kind: str, override: bool = False):
    window.show_export()
    dialog = shown_dialog(window)
    dialog.kind_buttons[kind].click()
    if override:
        qtbot.mouseClick(
            dialog.override, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.override.height() // 2)
        )
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    done = lambda: dialog.exported_path is not None or "Exporting" not in dialog.status.text()  # noqa: E731
    wait_until(qtbot, done, timeout=120_000)  # a PDF goes through LibreOffice when installed
    assert dialog.exported_path is not None, dialog.status.text()
    path = dialog.exported_path
    dialog.reject()
    return path


def test_new_report_fix_first_responsible_and_export(qtbot, window):
    window.create_report("青龙镇", 2024)
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy, timeout=15000)
    item = page.checklist.item_for("part.first_responsible")
    assert item.data(0, Qt.ItemDataRole.UserRole).severity == "error"
    click_item(qtbot, page.checklist.tree, item)
    assert page.current_key == "first_responsible"
    ime_type(page.editor.text, DUTIES)
    wait_until(
        qtbot, lambda: page.checklist.item_for("part.first_responsible") is None and not page.live.busy
    )

    page.show_section("indicators")
    qtbot.keyClicks(page.indicators.value_edits["legality_review"], "3")

    docx_path = export(qtbot, window, "docx", override=True)  # other parts are still empty: gate overridden
    document = docx.Document(str(docx_path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "青龙镇人民政府关于2024年度法治政府建设情况的报告" in text.replace(
        "\n", ""
    )  # the title in 梯形 lines
    assert "亲自部署、亲自过问" in text

    xlsx_path = export(qtbot, window, "xlsx", override=True)
    book = openpyxl.load_workbook(xlsx_path)
    ids = [row[7] for row in book["检查清单"].iter_rows(min_row=2, values_only=True)]
    assert "part.measures" in ids and "part.first_responsible" not in ids
    figures = {row[1]: row[3] for row in book["指标"].iter_rows(min_row=2, values_only=True)}
    assert figures["合法性审查件数"] == 3


def test_gate_blocks_until_override_and_public_version_masks(qtbot, window, seed_text):
    from desktop.core.parser import parse_text

    report_id = window.store.reports.add(parse_text(seed_text("004")))
    window.open_stored(report_id)
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy, timeout=15000)
    window.show_export()
    dialog = shown_dialog(window)
    assert dialog.gate.isVisible() and dialog.gate_list.count() >= 1
    assert not dialog.export_button.isEnabled()
    dialog.kind_buttons["docx_public"].click()
    masked = [dialog.mask_list.item(i).text() for i in range(dialog.mask_list.count())]
    assert any("15923252937" in line for line in masked)
    dialog.override.setChecked(True)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: dialog.exported_path is not None)
    text = "\n".join(p.text for p in docx.Document(str(dialog.exported_path)).paragraphs)
    assert "15923252937" not in text and "（公开版）" in dialog.exported_path.name


def test_print_preview_shows_pages(qtbot, window):
    window.create_report("青龙镇", 2024)
    page = window.editor_page
    page.show_section("measures")
    ime_type(page.editor.text, "（一）严格落实合法性审查。全年审查规范性文件3件。\n" * 40)
    dialog = window.print_preview_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    wait_until(qtbot, lambda: preview.pageCount() >= 2)
    dialog.close()


def test_pdf_export_from_the_dialog(qtbot, window):
    window.create_report("青龙镇", 2024)
    page = window.editor_page
    page.show_section("first_responsible")
    ime_type(page.editor.text, DUTIES)
    pdf = export(qtbot, window, "pdf", override=True)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000


def test_every_format_and_public_version_is_a_choice_and_the_public_pdf_is_masked(qtbot, window, seed_text):
    """The dialog's choices come from the one table of formats: the PDF has its 公开版 too."""
    import unicodedata

    import pypdf

    from desktop.core.parser import parse_text
    from desktop.exchange.formats import FORMATS

    window.open_stored(window.store.reports.add(parse_text(seed_text("004"))))
    window.show_export()
    dialog = shown_dialog(window)
    expected = {f.key for f in FORMATS} | {f.key + "_public" for f in FORMATS if f.has_public}
    assert set(dialog.kind_buttons) == expected and "pdf_public" in expected
    assert all(button.text() for button in dialog.kind_buttons.values())  # every label translated or shown
    dialog.reject()
    pdf = export(qtbot, window, "pdf_public", override=True)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    text = unicodedata.normalize("NFKC", text).replace(" ", "")  # some fonts map 人 to the radical ⼈
    assert "联系人" in text and "15923252937" not in text
    assert "（公开版）" in pdf.name


def test_unsealed_layout(qtbot, tmp_path, seed_text):
    """The dialog's 加盖印章 box (ticked by default) picks the §7.3.5.2 layout when unticked: one blank line,
    署名 右空二字."""
    import docx as python_docx

    from desktop.core.model import UnitProfile
    from desktop.core.parser import parse_text
    from desktop.exchange.export_docx import export_docx
    from desktop.ui.dialogs.export import ExportDialog

    report = parse_text(seed_text("004"))
    dialog = ExportDialog(None, report, [], UnitProfile(), tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.sealed.isChecked() and not dialog.sealed.isHidden()
    dialog.kind_buttons["xlsx"].click()
    assert dialog.sealed.isHidden()
    path = tmp_path / "无印章.docx"
    export_docx(report, path, sealed=False)
    paragraphs = python_docx.Document(str(path)).paragraphs
    texts = [p.text for p in paragraphs]
    name = len(texts) - 1 - texts[::-1].index(report.signature)  # the 署名, not the 发文机关标志
    assert texts[name - 1] == "" and texts[name - 2] != ""  # 空一行 above the 署名, not three
    ind = paragraphs[name]._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}ind")
    assert ind.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rightChars") == "200"
