"""`python -m desktop check`: output formats, encodings and exit codes, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=60
    )


def test_json_contract_on_seed(seed_path):
    proc = run_cli("check", "--format", "json", str(seed_path("001")))
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert set(data) >= {"file", "year", "title", "sections", "findings"}
    assert data["year"] == 2023
    assert {"part", "heading", "chars"} <= set(data["sections"][0])
    finding = data["findings"][0]
    assert set(finding) >= {"id", "severity", "message", "section", "span", "quote"}


def test_several_files_give_a_list(seed_path, capsys):
    code = main(["check", "--format", "json", str(seed_path("003")), str(seed_path("004"))])
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2
    assert code == 1  # 004 lacks 原因


def test_clean_report_exits_zero(capsys):
    from desktop.core.resources import resources_dir

    assert main(["check", str(resources_dir() / "samples" / "demo_2024.txt")]) == 0
    assert "0 个错误" in capsys.readouterr().out


def test_text_output_groups_by_part(seed_path, capsys):
    main(["check", str(seed_path("004"))])
    out = capsys.readouterr().out
    assert "【存在的不足和原因】" in out and "15923252937" in out


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-16-le", "utf-8-sig", "gb18030"])
def test_encodings_give_same_findings(seed_text, tmp_path, capsys, encoding):
    path = tmp_path / f"seed_{encoding}.txt"
    path.write_bytes(seed_text("002").replace("\xa0", " ").encode(encoding))
    main(["check", "--format", "json", str(path)])
    got = json.loads(capsys.readouterr().out)
    reference = tmp_path / "ref.txt"
    reference.write_text(seed_text("002"), encoding="utf-8")
    main(["check", "--format", "json", str(reference)])
    want = json.loads(capsys.readouterr().out)
    assert got["findings"] == want["findings"] and got["year"] == 2024


def test_year_flag(seed_path, capsys):
    main(["check", "--format", "json", "--year", "2030", str(seed_path("003"))])
    assert json.loads(capsys.readouterr().out)["year"] == 2030


@pytest.mark.parametrize(
    "name,content",
    [
        ("empty.txt", b""),
        ("blank.txt", b"   \n\n  "),
        ("binary.txt", bytes(range(256)) * 20),
        ("old.doc", b"\xd0\xcf\x11\xe0 old word"),
    ],
)
def test_unreadable_files_exit_2_with_one_line(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    proc = run_cli("check", str(path))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert any("\u4e00" <= ch <= "\u9fff" for ch in proc.stderr)


def test_missing_file_exits_2(tmp_path):
    proc = run_cli("check", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and "找不到文件" in proc.stderr
