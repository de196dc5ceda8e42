"""The clerk's structure in the store: parts chosen, order, deleted sections kept (text and revisions) and
restored, search skips deleted text, and packages carry the clerk's parts."""

from __future__ import annotations

import pytest

from desktop.core import outline
from desktop.core.template import load_template
from desktop.store import Store
from desktop.store import package as pkg

TEMPLATE = load_template()


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data", backup_on_open=False) as opened:
        yield opened


def test_structure_survives_reopening_and_deleted_text_is_kept_with_its_revisions(tmp_path):
    with Store.open(tmp_path, backup_on_open=False) as store:
        rid = store.create_report("青龙镇", 2024)
        store.save_section(rid, "other", "无其他需要报告的情况。要删的这段话。")
        report = store.load_report(rid)
        added = outline.add_section(report, "measures", TEMPLATE)
        added.heading, added.text = "（二）加强组织领导", "书记带头述法。"
        outline.set_part(report, added.key, "first_responsible")
        outline.move_section(report, "next_year", 1)
        outline.delete_section(report, "other")
        store.save_structure(rid, report.sections)
    with Store.open(tmp_path, backup_on_open=False) as store:
        again = store.load_report(rid)
        assert again.sections == report.sections
        assert again.section(added.key).part_chosen and again.section("other") is None
        deleted = store.deleted_sections(rid)
        assert [d.section.key for d in deleted] == ["other"]
        assert deleted[0].section.text == "无其他需要报告的情况。要删的这段话。"
        assert store.revisions(rid, "other")  # its history is still there
        assert not store.search("要删的这段话") and not store.search("删")  # FTS and the LIKE scan
        # Putting it back (undo, or the restore menu) brings the same row, history and search entry back.
        again.sections.insert(deleted[0].position, deleted[0].section)
        store.save_structure(rid, again.sections)
        assert store.load_report(rid).section("other").text.endswith("要删的这段话。")
        assert store.deleted_sections(rid) == [] and store.search("要删的这段话")


def test_save_structure_rejects_duplicate_keys(store):
    rid = store.create_report("青龙镇", 2024)
    report = store.load_report(rid)
    with pytest.raises(ValueError):
        store.save_structure(rid, [*report.sections, report.sections[1]])


def test_a_package_round_trip_keeps_the_clerks_parts(store, tmp_path):
    rid = store.create_report("青龙镇", 2024)
    report = store.load_report(rid)
    section = outline.add_section(report, "measures", TEMPLATE)
    section.heading, section.text = "三、加强组织领导", "书记带头述法。"
    outline.set_part(report, section.key, "first_responsible")
    store.save_structure(rid, report.sections)
    path = pkg.export_package(store, rid, tmp_path / "r.rdpkg")
    with Store.open(tmp_path / "county", backup_on_open=False) as county:
        imported = county.load_report(pkg.import_package(county, path))
    got = imported.section(section.key)
    assert (got.part, got.part_chosen) == ("first_responsible", True)
    assert [s.part_chosen for s in imported.sections].count(True) == 1


def test_a_package_with_a_malformed_part_choice_is_refused(store, tmp_path):
    rid = store.create_report("青龙镇", 2024)
    data = pkg.package_dict(pkg.Package(store.load_report(rid), store.unit_of(rid)))
    data["report"]["sections"][1]["part_chosen"] = "yes"
    with pytest.raises(pkg.PackageError):
        pkg.parse_package(data)
    del data["report"]["sections"][1]["part_chosen"]  # packages from before v3 have none: parts unchosen
    assert not any(s.part_chosen for s in pkg.parse_package(data).report.sections)
