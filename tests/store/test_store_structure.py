"""The clerk's structure in the store: parts chosen, order, deleted sections kept (text and revisions) and
restored, search skips deleted text, and packages carry the clerk's parts."""

from __future__ import annotations

import pytest

from desktop.core import outline
from desktop.core.template import load_template
from desktop.store import package as pkg

TEMPLATE = load_template()


def test_structure_survives_reopening_and_deleted_text_is_kept_with_its_revisions(open_store):
    with open_store() as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "other", "无其他需要报告的情况。要删的这段话。")
        report = store.reports.load(rid)
        added = outline.add_section(report, "measures", TEMPLATE)
        added.heading, added.text = "（二）加强组织领导", "书记带头述法。"
        outline.set_part(report, added.key, "first_responsible")
        outline.move_section(report, "next_year", 1)
        outline.delete_section(report, "other")
        store.structure.save(rid, report.sections)
    with open_store() as store:
        again = store.reports.load(rid)
        assert again.sections == report.sections
        assert again.section(added.key).part_chosen and again.section("other") is None
        deleted = store.structure.deleted(rid)
        assert [d.section.key for d in deleted] == ["other"]
        assert deleted[0].section.text == "无其他需要报告的情况。要删的这段话。"
        assert store.revisions.of_section(rid, "other")  # its history is still there
        assert not store.search.find("要删的这段话") and not store.search.find("删")  # FTS and the LIKE scan
        # Putting it back (undo, or the restore menu) brings the same row, history and search entry back.
        again.sections.insert(deleted[0].position, deleted[0].section)
        store.structure.save(rid, again.sections)
        assert store.reports.load(rid).section("other").text.endswith("要删的这段话。")
        assert store.structure.deleted(rid) == [] and store.search.find("要删的这段话")


def test_save_structure_rejects_duplicate_keys(store):
    rid = store.reports.create("青龙镇", 2024)
    report = store.reports.load(rid)
    with pytest.raises(ValueError):
        store.structure.save(rid, [*report.sections, report.sections[1]])


def test_a_package_round_trip_keeps_the_clerks_parts(store, open_store, tmp_path):
    rid = store.reports.create("青龙镇", 2024)
    report = store.reports.load(rid)
    section = outline.add_section(report, "measures", TEMPLATE)
    section.heading, section.text = "三、加强组织领导", "书记带头述法。"
    outline.set_part(report, section.key, "first_responsible")
    store.structure.save(rid, report.sections)
    path = pkg.export_package(store, rid, tmp_path / "r.rdpkg")
    county = open_store("county")
    imported = county.reports.load(pkg.import_package(county, path))
    got = imported.section(section.key)
    assert (got.part, got.part_chosen) == ("first_responsible", True)
    assert [s.part_chosen for s in imported.sections].count(True) == 1


def test_a_package_with_a_malformed_part_choice_is_refused(store, tmp_path):
    rid = store.reports.create("青龙镇", 2024)
    data = pkg.package_dict(pkg.Package(store.reports.load(rid), store.units.of_report(rid)))
    data["report"]["sections"][1]["part_chosen"] = "yes"
    with pytest.raises(pkg.PackageError):
        pkg.parse_package(data)
    del data["report"]["sections"][1]["part_chosen"]  # packages from before v3 have none: parts unchosen
    assert not any(s.part_chosen for s in pkg.parse_package(data).report.sections)


def test_the_clerks_part_counts_in_the_excel_export_and_the_county_summary_of_a_package(store, tmp_path):
    from openpyxl import load_workbook

    from desktop.core.checker import Checker
    from desktop.exchange.export_xlsx import export_report_workbook
    from desktop.exchange.summary import summarize
    from desktop.review.collect import load_any  # what `summary` reads packages with

    rid = store.reports.create("青龙镇", 2024)
    report = store.reports.load(rid)
    outline.delete_section(report, "first_responsible")
    section = outline.add_section(report, "measures", TEMPLATE)
    section.heading, section.text = "三、加强组织领导", "镇长带头述法，专题会议研究4次。"
    store.structure.save(rid, report.sections)
    unchosen = summarize([pkg.export_package(store, rid, tmp_path / "b.rdpkg")], loader=load_any)[0]
    assert not unchosen.parts["first_responsible"]  # read from the heading: part 一, so part 三 is missing
    outline.set_part(report, section.key, "first_responsible")
    store.structure.save(rid, report.sections)
    row = summarize([pkg.export_package(store, rid, tmp_path / "a.rdpkg")], loader=load_any)[0]
    assert row.parts["first_responsible"] and row.report.section(section.key).part_chosen
    loaded = store.reports.load(rid)
    path = export_report_workbook(loaded, Checker().check(loaded), tmp_path / "r.xlsx")
    rows = list(load_workbook(path)["篇章"].iter_rows(values_only=True))
    assert next(r[1] for r in rows if r[2] == "三、加强组织领导").startswith("党政主要负责人履行")
    assert store.reports.load(rid).section(section.key).part_chosen  # exporting changes nothing
