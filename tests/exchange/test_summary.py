"""County summary: one row per report, ✓/✗ per part, sorted and coloured, unreadable files listed, CLI progress."""

from __future__ import annotations

import shutil

from openpyxl import load_workbook

from desktop.cli import main
from desktop.exchange.summary import collect_paths, export_summary, summarize
from tests.exchange.test_import_docx import plain_docx


def _folder(tmp_path, seed_path, seed_text):
    folder = tmp_path / "reports"
    folder.mkdir()
    for number in ("000", "001", "002"):
        shutil.copy(seed_path(number), folder)
    plain_docx(seed_text("003"), folder / "003_青龙镇.docx")
    (folder / "sub").mkdir()
    shutil.copy(seed_path("004"), folder / "sub")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 broken")
    (folder / "~$lock.docx").write_bytes(b"lock file of an open Word document")
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    return folder


def test_rows_parts_and_order(tmp_path, seed_path, seed_text):
    paths = collect_paths([_folder(tmp_path, seed_path, seed_text)])
    assert len(paths) == 6  # five reports and the broken file; lock file and notes skipped
    seen = []
    rows = summarize(paths, progress=lambda done, total, path: seen.append((done, total)))
    assert seen == [(i, 6) for i in range(1, 7)]
    by_unit = {r.unit[-3:]: r for r in rows if not r.problem}
    assert by_unit["担沟镇"].parts["first_responsible"] is False  # 001 has no 第一责任人 content
    assert by_unit["青龙镇"].parts["first_responsible"] is True and by_unit["青龙镇"].causes
    assert by_unit["邮亭镇"].causes is False and by_unit["邮亭镇"].year == 2024
    assert rows[-1].problem and rows[-1].path.name == "broken.docx"
    errors = [r.errors for r in rows if not r.problem]
    assert errors == sorted(errors, reverse=True)


def test_workbook_is_coloured_and_printable(tmp_path, seed_path, seed_text):
    rows = summarize(collect_paths([_folder(tmp_path, seed_path, seed_text)]))
    path = export_summary(rows, tmp_path / "汇总.xlsx")
    sheet = load_workbook(path)["汇总"]
    header = [c.value for c in sheet[1]]
    assert header[:9] == [
        "序号",
        "单位",
        "年度",
        "举措和成效",
        "不足",
        "第一责任人",
        "下年安排",
        "其他情况",
        "原因分析",
    ]
    assert "合法性审查件数（件）" in header
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    data = list(sheet.iter_rows(min_row=2))
    assert len(data) == 6
    first_responsible = {r[1].value[-3:]: r[5] for r in data}
    missing, present = first_responsible["担沟镇"], first_responsible["青龙镇"]
    assert missing.value == "✗" and missing.fill.fgColor.rgb.endswith("FFC7CE")
    assert present.value == "✓" and present.fill.fgColor.rgb.endswith("C6EFCE")
    assert data[-1][-1].value  # the unreadable file says why


def test_summary_command_with_progress(tmp_path, seed_path, seed_text, capsys):
    folder = _folder(tmp_path, seed_path, seed_text)
    out = tmp_path / "汇总.xlsx"
    assert main(["summary", str(folder), "-o", str(out)]) == 2  # one file could not be read
    captured = capsys.readouterr()
    assert "6/6" in captured.err and "broken.docx" in captured.err
    assert out.exists() and load_workbook(out)["汇总"].max_row == 7
    assert main(["summary", str(seed_path("003")), "-o", str(out), "-q"]) == 0
