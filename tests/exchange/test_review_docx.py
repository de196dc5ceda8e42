"""The reviewed DOCX: one Word comment per error/warning, anchored on the quote, the township's text untouched."""

from __future__ import annotations

import shutil
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from desktop.cli import main
from desktop.core.checker import check
from desktop.exchange.errors import ReportFileError
from desktop.exchange.export_docx import export_docx
from desktop.exchange.importer import load_report
from desktop.exchange.review_docx import read_comments, review_docx
from desktop.review.batch import review_file
from tests.exchange.test_import_docx import plain_docx


def _formatted_text(path) -> list[list[tuple[str, str]]]:
    """Per paragraph: (run properties, text) with neighbours of equal formatting merged — split-proof."""
    out = []
    for paragraph in docx.Document(str(path)).paragraphs:
        merged: list[tuple[str, str]] = []
        for run in paragraph.runs:
            if not run.text:
                continue  # comment reference runs carry no text
            rpr = run._r.find(qn("w:rPr"))
            key = "" if rpr is None else rpr.xml if hasattr(rpr, "xml") else ""
            if merged and merged[-1][0] == key:
                merged[-1] = (key, merged[-1][1] + run.text)
            else:
                merged.append((key, run.text))
        out.append(merged)
    return out


def _exported_seed(tmp_path, seed_path, number="004"):
    path = tmp_path / f"{number}.docx"
    export_docx(load_report(seed_path(number)), path)
    return path


def test_exported_seed_gets_one_comment_per_finding_on_its_quote(tmp_path, seed_path):
    source = _exported_seed(tmp_path, seed_path)
    before = source.read_bytes()
    target = tmp_path / "004-审核.docx"
    result = review_docx(source, target)
    assert source.read_bytes() == before  # the township's file itself is never written
    wanted = [f for f in check(load_report(source)) if f.severity in ("error", "warning")]
    assert [c.finding for c in result.comments] == wanted and len(wanted) >= 8
    comments = read_comments(target)
    assert len(comments) == len(wanted)
    for comment, placed in zip(comments, result.comments, strict=True):
        assert comment.author == "法治报告助手" and comment.finding_id == placed.finding.id
        assert placed.finding.message in comment.text
        if placed.finding.quote.strip():
            assert placed.on_quote and comment.marked == placed.finding.quote.strip()
        else:
            assert comment.marked  # no quote: the heading or first paragraph of its part is marked
    by_id = {c.finding_id: c for c in comments}
    assert by_id["privacy.phone"].marked == "15923252937"
    assert by_id["lang.outdated"].marked == "十九大和十九届四中、五中、六中全会"
    assert _formatted_text(target) == _formatted_text(source)
    with zipfile.ZipFile(target) as archive:
        assert "word/comments.xml" in archive.namelist()
        assert "comments+xml" in archive.read("[Content_Types].xml").decode()
        body = archive.read("word/document.xml").decode()
    assert body.count("<w:commentRangeStart") == body.count("<w:commentReference") == len(wanted)


def test_quote_across_runs_keeps_formatting_and_info_flag(tmp_path, seed_text):
    source = plain_docx(seed_text("001"), tmp_path / "001.docx")
    document = docx.Document(str(source))
    for paragraph in document.paragraphs:  # “学法治度” half bold, half not, as a clerk's edits leave it
        if "学法治度" in paragraph.text:
            text = paragraph.text
            cut = text.index("学法治度") + 2
            for run in list(paragraph.runs):
                run._r.getparent().remove(run._r)
            paragraph.add_run(text[:cut]).bold = True
            paragraph.add_run(text[cut:])
            break
    document.save(str(source))
    plain = review_docx(source, tmp_path / "plain.docx")
    with_info = review_docx(source, tmp_path / "info.docx", author="某县司法局", include_info=True)
    assert len(with_info.comments) > len(plain.comments)
    assert {c.author for c in read_comments(tmp_path / "info.docx")} == {"某县司法局"}
    typos = [c for c in read_comments(tmp_path / "plain.docx") if c.finding_id == "lang.typo"]
    assert "学法治度" in [c.marked for c in typos]
    assert _formatted_text(tmp_path / "plain.docx") == _formatted_text(source)
    assert [p.text for p in docx.Document(str(tmp_path / "info.docx")).paragraphs] == [
        p.text for p in docx.Document(str(source)).paragraphs
    ]


def test_existing_comments_are_kept(tmp_path, seed_text):
    source = plain_docx(seed_text("002"), tmp_path / "002.docx")
    document = docx.Document(str(source))
    document.add_comment(document.paragraphs[0].runs, "乡里自己的批注", author="双泉乡")
    document.save(str(source))
    review_docx(source, tmp_path / "out.docx")
    comments = read_comments(tmp_path / "out.docx")
    assert comments[0].text == "乡里自己的批注" and comments[0].finding_id == ""
    assert len(comments) > 3


def test_review_refuses_bad_input_and_its_own_source(tmp_path, seed_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(ReportFileError, match="损坏"):
        review_docx(broken, tmp_path / "out.docx")
    source = _exported_seed(tmp_path, seed_path, "003")
    with pytest.raises(ReportFileError, match="不能覆盖原报告"):
        review_file(source, source)


def test_review_command_file_and_folder(tmp_path, seed_path, capsys):
    source = _exported_seed(tmp_path, seed_path, "000")
    assert main(["review", str(source), "-o", str(tmp_path / "000-审核.docx")]) == 0
    assert "条批注" in capsys.readouterr().out
    folder = tmp_path / "收到的报告"
    folder.mkdir()
    shutil.copy(source, folder / "石塘镇.docx")
    shutil.copy(seed_path("001"), folder / "扁担沟镇.txt")
    (folder / "坏文件.docx").write_bytes(b"not a zip")
    out = tmp_path / "审核版"
    assert main(["review", str(folder), "-o", str(out), "-q"]) == 2  # one file could not be read
    captured = capsys.readouterr()
    assert "坏文件.docx" in captured.err
    assert sorted(p.name for p in out.iterdir()) == ["扁担沟镇（审核意见）.docx", "石塘镇（审核意见）.docx"]
    assert len(read_comments(out / "扁担沟镇（审核意见）.docx")) >= 8


def test_second_round_shows_changes_and_addressed_comments(tmp_path, seed_text, capsys):
    from desktop.review.second_round import ADDED, UNCHANGED, compare_rounds

    text = seed_text("004")
    first = plain_docx(text, tmp_path / "邮亭镇.docx")
    reviewed = tmp_path / "邮亭镇（审核意见）.docx"
    review_docx(first, reviewed)
    revised_text = text.replace("依法行政、依法行政", "依法行政").replace("15923252937", "（略）")
    revised_text = revised_text.replace(
        "\n中共重庆市大足区邮亭镇委\n2025年1月8日",
        "\n五、其他需要报告的情况\n无其他需要报告的情况。\n\n中共重庆市大足区邮亭镇委\n2025年1月8日",
    )
    revised = plain_docx(revised_text, tmp_path / "邮亭镇（修改稿）.docx")
    result = compare_rounds(reviewed, revised)
    status = {p.part: p.status for p in result.parts}
    assert status["other"] == ADDED and status["measures"] == UNCHANGED
    assert status["shortcomings"] != UNCHANGED
    done = {c.comment.finding_id for c in result.comments if c.addressed}
    assert done == {"lang.duplicate", "privacy.phone", "part.other"}
    assert result.open == len(result.comments) - 3 and result.open > 0
    assert main(["second-round", str(reviewed), str(revised)]) == 1  # comments still open
    out = capsys.readouterr().out
    assert "已处理 3 条" in out and "五、其他需要报告的情况：新增" in out


def test_runs_with_tabs_breaks_and_hyperlinks(tmp_path, seed_text):
    """A quote next to a tab or line break is cut exactly; one inside a hyperlink marks its whole paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    text = seed_text("004")
    source = plain_docx(text, tmp_path / "邮亭镇.docx")
    document = docx.Document(str(source))
    for paragraph in document.paragraphs:
        if "15923252937" in paragraph.text:
            for run in list(paragraph.runs):
                run._r.getparent().remove(run._r)
            run = paragraph.add_run("(联系人：张琼；")
            run.add_break()
            run.add_text("联系电话：\t15923252937)")
        elif "依法行政、依法行政" in paragraph.text:
            whole = paragraph.text
            for run in list(paragraph.runs):
                run._r.getparent().remove(run._r)
            link = parse_xml(f"<w:hyperlink {nsdecls('w')}><w:r><w:t>{whole}</w:t></w:r></w:hyperlink>")
            paragraph._p.append(link)
    document.save(str(source))
    before = [p.text for p in docx.Document(str(source)).paragraphs]
    result = review_docx(source, tmp_path / "out.docx")
    assert [p.text for p in docx.Document(str(tmp_path / "out.docx")).paragraphs] == before
    by_id = {c.finding_id: c for c in read_comments(tmp_path / "out.docx")}
    assert by_id["privacy.phone"].marked == "15923252937"
    placed = {c.finding.id: c for c in result.comments}
    assert not placed["lang.duplicate"].on_quote  # inside a hyperlink: its whole paragraph is marked
    assert "依法行政、依法行政" in by_id["lang.duplicate"].marked


def test_word_numbered_headings_map_parts(tmp_path):
    """Headings numbered by Word (no 一、 in the text) still bound their parts for the comments."""
    from tests.exchange.test_import_docx import _add_numbering, _numbered

    document = docx.Document()
    num_id = _add_numbering(document, "chineseCounting", "%1、")
    document.add_paragraph("青龙镇2024年法治政府建设年度报告")
    _numbered(document, "主要举措和成效", num_id)
    document.add_paragraph("全年审查规范性文件3件，开展普法活动12场。")
    _numbered(document, "存在的问题", num_id)
    document.add_paragraph("一是执法人员不足。二是普法形式单一。")
    _numbered(document, "下一年度工作安排", num_id)
    document.add_paragraph("2025年继续加强合法性审查。")
    source = tmp_path / "numbered.docx"
    document.save(str(source))
    result = review_docx(source, tmp_path / "out.docx")
    comments = {c.finding_id: c for c in read_comments(tmp_path / "out.docx")}
    placed = {c.finding.id: c for c in result.comments}
    assert "一是执法人员不足" in comments["part.causes"].marked  # inside its own part, not elsewhere
    assert placed["part.first_responsible"].paragraph == 0  # a missing part: on the title
    assert [p.text for p in docx.Document(str(tmp_path / "out.docx")).paragraphs] == [
        p.text for p in docx.Document(str(source)).paragraphs
    ]
