"""`--rules DIR` of check, review and second-round: a region's rule folder changes what the commands report."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main

PAIR = '[[pair]]\nwrong = "河长治"\nright = "河长制"\nconfidence = "sure"\nsource = "test"\n'
REPORT = "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n全面落实河长治。\n"


def region(tmp_path: Path) -> Path:
    folder = tmp_path / "region"
    folder.mkdir()
    (folder / "lang_typo.toml").write_text(PAIR, encoding="utf-8")
    return folder


def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def quotes(out: str) -> list[str]:
    return [f["quote"] for f in json.loads(out)["findings"]]


def test_check_with_rules(tmp_path, capsys):
    path, folder = report_file(tmp_path), region(tmp_path)
    main(["check", "--format", "json", str(path)])
    assert "河长治" not in quotes(capsys.readouterr().out)
    main(["check", "--format", "json", "--rules", str(folder), str(path)])
    assert "河长治" in quotes(capsys.readouterr().out)
    assert main(["check", "--rules", str(tmp_path / "none"), str(path)]) == 2
    assert "找不到地区规则文件夹" in capsys.readouterr().err


def test_review_with_rules(tmp_path, capsys):
    """The county's review comments on what its own rule data finds."""
    path, folder = report_file(tmp_path), region(tmp_path)
    counts = []
    for extra in ([], ["--rules", str(folder)]):
        assert main(["review", str(path), "-o", str(tmp_path / "out.docx"), *extra]) == 0
        counts.append(int(capsys.readouterr().out.split("：")[1].split(" ")[0]))
    assert counts[1] == counts[0] + 1
    assert main(["second-round", str(path), str(path), "--rules", str(tmp_path / "none")]) == 2
    assert "找不到地区规则文件夹" in capsys.readouterr().err
