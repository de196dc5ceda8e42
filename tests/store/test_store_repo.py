"""The store's core API on real database files: units, reports, sections, indicators, status, recycle bin."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.model import PART_KEYS, Finding, Indicator, UnitProfile
from desktop.core.parser import parse_text
from desktop.store import FINAL, IN_REVIEW, ReportNotFoundError, Store, StoreError, schema
from desktop.store.db import DB_NAME, database_path


def test_new_store_file_has_wal_foreign_keys_and_latest_schema(tmp_path):
    with Store.open(tmp_path) as store:
        assert store.path == tmp_path / DB_NAME
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.version == schema.LATEST
    assert (tmp_path / DB_NAME).exists()


def test_data_dir_comes_from_parameter_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORT_DESK_DATA", str(tmp_path / "env"))
    assert database_path() == tmp_path / "env" / DB_NAME
    assert database_path(tmp_path / "arg") == tmp_path / "arg" / DB_NAME
    monkeypatch.delenv("REPORT_DESK_DATA")
    assert "ReportDesk" in str(database_path())


def test_unit_profile_round_trip_and_update(store):
    profile = UnitProfile(
        name="青龙镇", level="镇", county="华宁县", doc_prefix="青府", signer="李四", cc="县司法局"
    )
    unit_id = store.units.save(profile)
    assert store.units.get("青龙镇") == profile
    profile.signer = "王五"
    assert store.units.save(profile) == unit_id
    assert store.units.all() == [profile]
    with pytest.raises(StoreError, match="单位名称"):
        store.units.save(UnitProfile(name=" "))


def test_create_report_from_template_uses_the_profile(store):
    profile = UnitProfile(name="石塘镇", signer="张三", addressee="万源市人民政府：", cc="市司法局")
    rid = store.reports.create(profile, 2024)
    report = store.reports.load(rid)
    assert report.title == "石塘镇人民政府关于2024年度法治政府建设情况的报告"
    assert (report.unit, report.year, report.signer, report.cc) == ("石塘镇", 2024, "张三", "市司法局")
    assert [s.part for s in report.sections][1:] == list(PART_KEYS)
    assert report.section("next_year").heading.startswith("四、2025年度")
    assert all(i.value is None for i in report.indicators.values()) and len(report.indicators) > 5
    assert store.reports.summary(rid).status == "草稿"
    assert store.units.of_report(rid).signer == "张三"


def test_parsed_seed_round_trips_as_report(store, seed_text):
    parsed = parse_text(seed_text("003"))
    parsed.indicators = {"legality_review": Indicator("legality_review", 12.0, 9.0, "含合同审查")}
    rid = store.reports.add(parsed, status=IN_REVIEW)
    assert store.reports.load(rid) == parsed
    assert store.reports.summary(rid).status == IN_REVIEW


def test_list_reports_newest_year_first_and_summary_counts_findings(store):
    old = store.reports.create("青龙镇", 2023)
    new = store.reports.create("青龙镇", 2024)
    other = store.reports.create("邮亭镇", 2024)
    assert [r.id for r in store.reports.summaries()] == [other, new, old]  # by unit within a year
    store.findings.save(
        new,
        [
            Finding("part.causes", "error", "缺少原因分析", "shortcomings", (0, 4), "存在问题"),
            Finding("lang.typo", "warning", "疑似错别字", "measures", (3, 7), "学法治度", "学法制度"),
        ],
    )
    summary = store.reports.summary(new)
    assert (summary.errors, summary.warnings) == (1, 1) and summary.checked_at is not None
    assert store.findings.load(new)[1].suggestion == "学法制度" and store.findings.load(new)[0].span == (0, 4)


def test_save_section_persists_across_reopen(open_store):
    with open_store() as store:
        rid = store.reports.create("青龙镇", 2024)
        result = store.reports.save_section(
            rid, "measures", "全年审查规范性文件3件。", heading="一、主要举措"
        )
        assert result.changed and result.revision_id
        assert not store.reports.save_section(rid, "measures", "全年审查规范性文件3件。").changed
    with open_store() as store:
        section = store.reports.load(rid).section("measures")
        assert (section.heading, section.text) == ("一、主要举措", "全年审查规范性文件3件。")


def test_save_unknown_section_or_report_is_a_clear_error(store):
    rid = store.reports.create("青龙镇", 2024)
    with pytest.raises(ReportNotFoundError, match="找不到"):
        store.reports.save_section(rid, "nope", "x")
    with pytest.raises(ReportNotFoundError, match="找不到"):
        store.reports.load(999)
    with pytest.raises(ReportNotFoundError):
        store.reports.save_header(999, title="x")


def test_header_fields_indicators_and_status(store):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_header(rid, doc_number="青府〔2025〕3号", date="2025-01-21", title="新标题")
    store.reports.save_indicators(rid, [Indicator("mediation_cases", 126.0, 110.0, "")])
    store.reports.save_indicators(rid, {"court_appearance_rate": Indicator("court_appearance_rate", 100.0)})
    store.reports.set_status(rid, FINAL)
    report = store.reports.load(rid)
    assert (report.doc_number, report.date, report.title) == ("青府〔2025〕3号", "2025-01-21", "新标题")
    assert report.indicators["mediation_cases"] == Indicator("mediation_cases", 126.0, 110.0, "")
    assert report.indicators["court_appearance_rate"].value == 100.0
    assert list(report.indicators)[0] == "legality_review"  # template order kept
    assert store.reports.summary(rid).status == FINAL
    with pytest.raises(ValueError):
        store.reports.set_status(rid, "已发布")
    with pytest.raises(ValueError):
        store.reports.save_header(rid, colour="red")


def test_status_is_enforced_by_the_database_too(store):
    rid = store.reports.create("青龙镇", 2024)
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE reports SET status = 'x' WHERE id = ?", [rid])


def test_rename_duplicate_recycle_restore_delete(store):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "原文")
    store.reports.rename(rid, "青龙镇2024年法治政府建设年度报告")
    copy = store.reports.duplicate(rid)
    assert store.reports.load(copy).title == "青龙镇2024年法治政府建设年度报告"  # the title is the document's
    assert store.reports.load(copy).section("measures").text == "原文"
    store.recycle_bin.put(rid)
    assert [r.id for r in store.reports.summaries()] == [copy]
    assert [r.id for r in store.reports.summaries(recycle_bin=True)] == [rid]
    assert store.search.find("原文") and all(h.report_id == copy for h in store.search.find("原文"))
    store.recycle_bin.restore(rid)
    assert {r.id for r in store.reports.summaries()} == {rid, copy}
    with pytest.raises(ValueError):
        store.recycle_bin.delete(rid)  # not recycled yet
    store.recycle_bin.put(rid)
    assert store.recycle_bin.empty() == 1
    with pytest.raises(ReportNotFoundError):
        store.reports.load(rid)
    counts = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sections", "revisions")]
    assert counts == [6, 1]  # only the copy's rows are left


def test_store_is_released_on_close(tmp_path):
    store = Store.open(tmp_path)
    store.close()
    store.close()
    Store.open(tmp_path).close()


def test_save_report_adds_removes_and_reorders_sections(store, seed_text):
    rid = store.reports.create("青龙镇", 2024)
    store.reports.save_section(rid, "measures", "旧的举措")
    report = store.reports.load(rid)
    report.sections = [s for s in report.sections if s.key != "other"]
    report.sections.reverse()
    report.sections.append(
        type(report.sections[0])(key="closing", heading="", text="联系人：张三", part="closing")
    )
    report.section("measures").text = "新的举措"
    report.title = "改过的标题"
    report.indicators = {"legality_review": Indicator("legality_review", 3.0)}
    store.structure.save_report(rid, report)
    assert store.reports.load(rid) == report
    assert [store.revisions.get(r.id).text for r in store.revisions.of_section(rid, "measures")] == [
        "新的举措"
    ]
    assert store.search.find("联系人") and not store.search.find("旧的举措")
    with pytest.raises(ValueError):
        report.sections.append(report.sections[0])
        store.structure.save_report(rid, report)
    # A whole parsed report saved over a template report round-trips too.
    parsed = parse_text(seed_text("004"))
    store.structure.save_report(rid, parsed)
    assert store.reports.load(rid) == parsed


def test_a_worker_thread_may_use_the_store_while_the_ui_thread_saves(store):
    import threading

    rid = store.reports.create("青龙镇", 2024)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for n in range(30):
                store.search.find("法治")
                store.reports.summaries()
                store.findings.save(rid, [Finding("part.other", "warning", f"第{n}次", "other")])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    for n in range(30):
        store.reports.save_section(rid, "measures", f"第{n}次自动保存，法治宣传。")
    thread.join()
    assert errors == []
    assert store.reports.load(rid).section("measures").text == "第29次自动保存，法治宣传。"
    assert store.findings.load(rid)[0].message == "第29次"
