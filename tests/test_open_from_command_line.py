"""Open a file given on the command line (issue 17 point 8): `python -m desktop 报告.docx|.txt|.rdpkg`
starts the window and imports (or, for a package, stores) the file and opens it."""

from __future__ import annotations

import docx

from desktop.app import open_given_files
from desktop.launch import is_report_file
from tests.ui_helpers import wait_until


def test_which_arguments_are_files_to_open():
    assert is_report_file("报告.docx") and is_report_file("/tmp/A.TXT") and is_report_file("x.rdpkg")
    assert not is_report_file("check") and not is_report_file("--smoke-test") and not is_report_file("a.xlsx")


def test_a_docx_given_on_the_command_line_opens_in_the_window(qtbot, window, tmp_path, seed_text):
    path = tmp_path / "石塘镇报告.docx"
    document = docx.Document()
    for line in seed_text("004").splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    open_given_files(window, ["--some-qt-flag", str(path)])
    wait_until(qtbot, lambda: window.session is not None and window.session.report_id is not None)
    assert len(window.store.reports.summaries()) == 1
    assert "15923252937" in window.session.report.full_text()  # the text of the file given


def test_a_package_given_on_the_command_line_is_stored_and_opened(qtbot, window, tmp_path, seed_text):
    from desktop.core.parser import parse_text
    from desktop.store.package import export_package

    report_id = window.store.reports.add(parse_text(seed_text("003")))
    package = tmp_path / "上报.rdpkg"
    export_package(window.store, report_id, package)
    open_given_files(window, [str(package)])
    wait_until(qtbot, lambda: window.session is not None and window.session.report_id != report_id)
    assert window.session.report.title == window.store.reports.load(report_id).title
