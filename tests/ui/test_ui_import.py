"""Files in through the app: a .docx (written by our export), a report package, and a bad file that ends in
a Chinese message instead of a traceback; report status from the menu."""

from __future__ import annotations

from desktop.core.parser import parse_text
from desktop.exchange.export_docx import export_docx
from tests.ui_helpers import shown_dialog, wait_until


def test_import_docx_gives_the_same_sections(qtbot, window, tmp_path, seed_text):
    report = parse_text(seed_text("003"))
    path = tmp_path / "青龙镇.docx"
    export_docx(report, path)
    window.import_path(path)
    wait_until(qtbot, lambda: window.session is not None)
    imported = window.session.report
    assert [s.part for s in imported.body_sections()] == [s.part for s in report.body_sections()]
    assert imported.year == 2024
    assert len(window.store.reports.summaries()) == 1


def test_bad_file_gives_a_chinese_message(qtbot, window, tmp_path):
    path = tmp_path / "旧格式.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    window.import_path(path)
    wait_until(qtbot, lambda: shown_dialog(window, "errorMessage") is not None)
    box = shown_dialog(window, "errorMessage")
    assert "另存为" in box.text() and "Traceback" not in box.text()
    box.accept()
    assert window.store.reports.summaries() == []


def test_package_round_trip_and_status(qtbot, window, tmp_path, seed_text):
    report_id = window.store.reports.add(parse_text(seed_text("004")))
    window.open_stored(report_id)
    window.set_status("待审")
    assert window.store.reports.summary(report_id).status == "待审"
    assert window.windowTitle().endswith("[待审]")
    package = tmp_path / "邮亭镇.rdpkg"
    window.export_package(package)
    wait_until(qtbot, package.exists)
    window.import_path(package)
    wait_until(qtbot, lambda: window.session is not None and window.session.report_id != report_id)
    assert window.session.report.full_text() == window.store.reports.load(report_id).full_text()


def test_import_shows_what_the_file_held_beyond_its_text(qtbot, window, tmp_path):
    """Footnotes of a .docx are not in the body: the clerk is told, with their text, in a box."""
    from tests.exchange.test_formats import _docx_bytes, _with_notes

    path = tmp_path / "脚注.docx"
    path.write_bytes(
        _with_notes(_docx_bytes("关于2024年法治政府建设情况的报告\n一、主要举措和成效\n全年学法12次。"))
    )
    window.import_path(path)
    wait_until(
        qtbot, lambda: window.session is not None and shown_dialog(window, "importNotices") is not None
    )
    box = shown_dialog(window, "importNotices")
    assert "镇司法所台账" in box.text()
    box.accept()
    assert len(window.store.reports.summaries()) == 1
