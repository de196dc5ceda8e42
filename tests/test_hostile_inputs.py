"""Hostile and oversize inputs: report packages with absurd fields and a .docx that inflates far
beyond a real report are refused with exit 2 and a Chinese message, no traceback, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.store import package as pkg

ROOT = Path(__file__).resolve().parents[1]


def write_package(path: Path, text: str) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(pkg.MEMBER, text.encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def good_json(tmp_path_factory) -> dict:
    from desktop.core.parser import parse_text
    from desktop.store import Store

    tmp = tmp_path_factory.mktemp("pkg")
    seed = next((ROOT / "tests" / "data").glob("003_*.txt")).read_text(encoding="utf-8")
    with Store.open(tmp / "store") as store:
        rid = store.reports.add(parse_text(seed))
        path = pkg.export_package(store, rid, tmp / "good.rdpkg")
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read(pkg.MEMBER))


def hostile(good: dict, kind: str) -> str:
    data = json.loads(json.dumps(good))
    if kind == "long_year":
        data["report"]["year"] = 2024
        return json.dumps(data, ensure_ascii=False).replace('"year": 2024', '"year": ' + "9" * 5000)
    if kind == "huge_indicator":
        key = next(iter(data["report"]["indicators"]), "legality_review")
        data["report"]["indicators"][key] = {"key": key, "value": 10**30, "last_year": None, "note": ""}
    elif kind == "lone_surrogate":
        data["report"]["sections"][0]["text"] = "全年开展法治宣传\ud800活动"
        return json.dumps(data, ensure_ascii=True)  # as "\\ud800": valid JSON, invalid Unicode
    elif kind == "huge_title":
        data["report"]["title"] = "法" * 3_500_000
    elif kind == "infinity":
        return json.dumps(data).replace('"sections"', '"x": Infinity, "sections"')
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("kind", ["long_year", "huge_indicator", "lone_surrogate", "huge_title", "infinity"])
def test_hostile_package_is_refused_cleanly(tmp_path, good_json, kind, capsys):
    from desktop.cli import main as cli_main

    path = write_package(tmp_path / f"{kind}.rdpkg", hostile(good_json, kind))
    data = tmp_path / "data"
    assert cli_main(["import-package", str(path), "--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert "报告包" in err and "Traceback" not in err
    assert not data.exists()  # refused before the store was opened: nothing written


def test_hostile_package_in_a_real_process_has_no_traceback(tmp_path, good_json):
    path = write_package(tmp_path / "year.rdpkg", hostile(good_json, "long_year"))
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "import-package", str(path), "--data", str(tmp_path / "d")],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "报告包" in proc.stderr


def test_a_large_real_section_still_travels(tmp_path, good_json):
    data = json.loads(json.dumps(good_json))
    data["report"]["sections"][0]["text"] = (
        "全年开展法治宣传活动，群众满意度明显提升。" * 30_000
    )  # 630k characters
    package = pkg.read_package(write_package(tmp_path / "big.rdpkg", json.dumps(data, ensure_ascii=False)))
    assert len(package.report.sections[0].text) == 630_000


def inflating_docx(path: Path, megabytes: int = 190) -> Path:
    """A .docx of well under a megabyte whose document.xml inflates to `megabytes` MB (paragraphs of
    repeated text), streamed so the test itself never holds it."""
    import docx

    docx.Document().save(str(path.with_suffix(".base.docx")))
    paragraph = ("<w:p><w:r><w:t>" + "全年开展法治宣传活动。" * 40 + "</w:t></w:r></w:p>").encode("utf-8")
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    )
    with zipfile.ZipFile(path.with_suffix(".base.docx")) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, src.read(info))
        part = zipfile.ZipInfo("word/document.xml")
        part.compress_type = zipfile.ZIP_DEFLATED
        with out.open(part, "w", force_zip64=True) as fh:
            fh.write(head)
            block = paragraph * (1024 * 1024 // len(paragraph) + 1)
            for _ in range(megabytes):
                fh.write(block)
            fh.write(b"</w:body></w:document>")
    return path


PEAK = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
proc = subprocess.run([sys.executable, "-m", "desktop", *sys.argv[1:]], capture_output=True, text=True)
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(proc.returncode, round(time.perf_counter() - t0, 2), round(peak_mb), proc.stderr.replace(chr(10), " "))
"""


def test_a_docx_that_inflates_far_beyond_a_report_is_refused_fast(tmp_path):
    bomb = inflating_docx(tmp_path / "bomb.docx")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    data = tmp_path / "data"
    for command in (["check", str(bomb)], ["import", str(bomb), "--data", str(data)]):
        out = subprocess.run([sys.executable, "-c", PEAK, *command], capture_output=True, text=True, cwd=ROOT,
                             timeout=120).stdout  # fmt: skip
        code, seconds, peak_mb, err = out.split(" ", 3)
        print(command[0], "exit", code, "seconds", seconds, "peak MB", peak_mb)
        assert code == "2" and "解压后过大" in err and "Traceback" not in err
        assert (
            float(seconds) < 20 and int(peak_mb) < 1024
        )  # was 56 s at 1.9 GB (check), 71 s at 5 GB (import)
    assert not (data / "reportdesk.db").exists() or (data / "reportdesk.db").stat().st_size < 1024 * 1024


def test_a_part_inflating_past_its_declared_size_is_damage_not_memory(tmp_path):
    """zipfile stops at the declared size, so a lying directory cannot smuggle a bomb past check_zip."""
    from desktop.exchange.errors import ReportFileError
    from desktop.exchange.import_docx import read_docx

    bomb = inflating_docx(tmp_path / "liar.docx", megabytes=30)
    raw = bytearray(bomb.read_bytes())
    name, patched = b"word/document.xml", 0
    for signature, name_offset, size_offset in ((b"PK\x01\x02", 46, 24), (b"PK\x03\x04", 30, 22)):
        at = raw.find(signature)
        while at >= 0:
            name_at = at + name_offset
            if raw[name_at : name_at + len(name)] == name:  # claim 1000 bytes inflated
                extra_at = name_at + len(name)
                if raw[at + size_offset : at + size_offset + 4] == b"\xff\xff\xff\xff":  # size in zip64 extra
                    assert raw[extra_at : extra_at + 2] == b"\x01\x00"
                    raw[extra_at + 4 : extra_at + 12] = (1000).to_bytes(8, "little")
                else:
                    raw[at + size_offset : at + size_offset + 4] = (1000).to_bytes(4, "little")
                patched += 1
            at = raw.find(signature, at + 4)
    assert patched == 2
    bomb.write_bytes(bytes(raw))
    with zipfile.ZipFile(bomb) as archive:
        assert archive.getinfo("word/document.xml").file_size == 1000
        with archive.open("word/document.xml") as fh, pytest.raises(zipfile.BadZipFile):
            assert len(fh.read()) <= 1000  # never more than declared; then the CRC check fails
    with pytest.raises(ReportFileError, match="损坏"):
        read_docx(bomb)
