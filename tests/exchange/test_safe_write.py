"""Finished exports get ordinary file permissions, not the private 0600 of the temporary file they were written to."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from desktop.core.parser import parse_text
from desktop.exchange.export_docx import export_docx
from desktop.exchange.export_xlsx import export_report_workbook
from desktop.exchange.safe_write import write_atomically

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def umask():
    """Set the process umask for one test and put the old one back."""
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_docx_and_workbook_follow_the_umask(tmp_path, seed_text, umask, mask, expected):
    umask(mask)
    report = parse_text(seed_text("003"))
    docx_path = tmp_path / "报告.docx"
    export_docx(report, docx_path)
    xlsx_path = export_report_workbook(report, [], tmp_path / "检查清单.xlsx")
    assert mode(docx_path) == expected
    assert mode(xlsx_path) == expected


def test_replacing_a_file_keeps_its_permissions(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "审核版.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["审核版.docx"]  # no temporary file left beside it
