"""Report packages: a lossless round trip between two stores; malformed files rejected, store untouched."""

from __future__ import annotations

import json
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.core.model import Indicator, UnitProfile
from desktop.core.parser import parse_text
from desktop.store import IN_REVIEW, PackageError, Store
from desktop.store import package as pkg


@pytest.fixture
def source(tmp_path, seed_text):
    with filled_store(tmp_path / "township", seed_text("003")) as store:
        yield store, store.reports.summaries()[0].id


@pytest.fixture(scope="module")
def good_package(tmp_path_factory):
    """package.json of a good package, built once for the many malformed variants."""
    tmp = tmp_path_factory.mktemp("good")
    seed = next((Path(__file__).parents[1] / "data").glob("003_*.txt")).read_text(encoding="utf-8")
    with filled_store(tmp / "store", seed) as store:
        path = pkg.export_package(store, store.reports.summaries()[0].id, tmp / "good.rdpkg")
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read(pkg.MEMBER))


@contextmanager
def filled_store(directory, seed: str):
    """A store with last year's report (seed 003) and this year's, started from it and edited."""
    with Store.open(directory) as store:
        store.units.save(
            UnitProfile(name="青龙镇", county="华宁县", doc_prefix="青府", signer="李四", contact="0877-1")
        )
        report = parse_text(seed)
        report.unit = "青龙镇"
        report.indicators = {
            "legality_review": Indicator("legality_review", 12.0, 9.0, "含合同审查"),
            "court_appearance_rate": Indicator("court_appearance_rate", 100.0, None, ""),
        }
        old = store.reports.add(report, status=IN_REVIEW)
        rid = store.carryover.start_from_last_year(old)
        store.reports.save_section(rid, "1", "今年完成了“法律明白人”培训96名。\n（一）……")
        store.reports.save_indicators(rid, [Indicator("legality_review", 14.5, 12.0, "备注")])
        store.reports.set_status(rid, IN_REVIEW)
        yield store


@pytest.fixture
def county(open_store):
    """The county's store the packages are imported into."""
    return open_store("county")


def test_round_trip_is_lossless(source, county, tmp_path):
    store, rid = source
    path = pkg.export_package(store, rid, tmp_path / pkg.suggested_name(store.reports.load(rid)))
    assert path.name == "青龙镇2025年度法治政府建设报告.rdpkg" and zipfile.is_zipfile(path)
    new_id = pkg.import_package(county, path)
    assert county.reports.load(new_id) == store.reports.load(rid)
    assert county.units.get("青龙镇") == store.units.get("青龙镇")
    assert county.reports.summary(new_id).status == IN_REVIEW
    assert county.reports.prompts(new_id) == store.reports.prompts(rid) != {}
    assert county.search.find("法律明白人")[0].report_id == new_id
    # A second export of the imported report is byte-for-byte the same content.
    again = pkg.read_package(pkg.export_package(county, new_id, tmp_path / "again.rdpkg"))
    first = pkg.read_package(path)
    assert (again.report, again.unit, again.status, again.prompts) == (
        first.report,
        first.unit,
        first.status,
        first.prompts,
    )


def test_a_known_unit_profile_is_kept_on_import(source, county, tmp_path):
    store, rid = source
    county.units.save(UnitProfile(name="青龙镇", signer="县里记录的镇长"))
    new_id = pkg.import_package(county, pkg.export_package(store, rid, tmp_path / "p.rdpkg"))
    assert county.units.get("青龙镇").signer == "县里记录的镇长"
    assert county.units.of_report(new_id).name == "青龙镇"


def write_zip(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def mutate(data, dotted, value=KeyError):
    """A copy of `data` with the field at `dotted` (e.g. report.sections.0.key) set, or deleted."""
    copy = json.loads(json.dumps(data))
    *parents, last = dotted.split(".")
    target = copy
    for name in parents:
        target = target[int(name)] if isinstance(target, list) else target[name]
    if value is KeyError:
        del target[int(last) if isinstance(target, list) else last]
    else:
        target[int(last) if isinstance(target, list) else last] = value
    return copy


BAD_FIELDS = [
    ("version", 2, "更新版本"),
    ("version", "1", "有误"),
    ("format", "other-app", "不是法治报告助手"),
    ("report.sections", KeyError, "不完整"),
    ("report.indicators", KeyError, "不完整"),
    ("report", KeyError, "不完整"),
    ("unit", KeyError, "不完整"),
    ("unit.name", "", "有误"),
    ("report.year", "2024", "有误"),
    ("report.status", "已发布", "有误"),
    ("report.title", 5, "有误"),
    ("report.sections.0.key", KeyError, "不完整"),
    ("report.sections.1.key", "intro", "有误"),
    ("report.sections.0.part", "misc", "有误"),
    ("report.sections.0.text", None, "有误"),
    ("report.indicators.legality_review.value", "14.5", "有误"),
    ("report.indicators.legality_review.value", True, "有误"),
    ("report.indicators.legality_review.key", "other", "有误"),
    ("prompts", [], "有误"),
    ("prompts.1", 3, "有误"),
]


@pytest.mark.parametrize(("field", "value", "message"), BAD_FIELDS)
def test_malformed_content_is_rejected_and_nothing_written(
    good_package, county, tmp_path, field, value, message
):
    data = mutate(good_package, field, value)
    path = tmp_path / "bad.rdpkg"
    write_zip(path, {pkg.MEMBER: json.dumps(data).encode()})
    assert_rejected(county, path, message)


def assert_rejected(county, path, message):
    before = county.db.execute("SELECT total_changes()").fetchone()[0]
    with pytest.raises(PackageError, match=message) as info:
        pkg.import_package(county, path)
    assert info.value.english  # the log line says exactly what was wrong
    assert county.reports.summaries(include_deleted=True) == [] and county.units.all() == []
    assert county.db.execute("SELECT total_changes()").fetchone()[0] == before


def test_fields_from_a_newer_minor_version_are_ignored(source, county, tmp_path):
    store, rid = source
    data = json.loads(zipfile.ZipFile(pkg.export_package(store, rid, tmp_path / "p.rdpkg")).read(pkg.MEMBER))
    data["report"]["sections"][0]["colour"] = "red"
    data["report"]["indicators"]["legality_review"]["source"] = "统计表"
    data["report"]["reviewer"] = "王五"
    path = tmp_path / "newer.rdpkg"
    write_zip(path, {pkg.MEMBER: json.dumps(data).encode()})
    assert county.reports.load(pkg.import_package(county, path)) == store.reports.load(rid)


def test_deeply_nested_json_is_rejected(county, tmp_path):
    path = tmp_path / "deep.rdpkg"
    write_zip(path, {pkg.MEMBER: b"[" * 200_000 + b"]" * 200_000})
    assert_rejected(county, path, "已损坏")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 not really a zip", "不是报告包"),
        (bytes(range(256)) * 40, "不是报告包"),
        (b"", "不是报告包"),
    ],
)
def test_files_that_are_not_zips_are_rejected(county, tmp_path, content, message):
    path = tmp_path / "bad.rdpkg"
    path.write_bytes(content)
    assert_rejected(county, path, message)


def test_zip_without_package_json_bad_json_or_not_an_object(county, tmp_path):
    cases = [
        ({"report.txt": b"x"}, "没有报告内容"),
        ({pkg.MEMBER: b"{oops"}, "已损坏"),
        ({pkg.MEMBER: b"[1]"}, "有误"),
    ]
    cases.append(({pkg.MEMBER: "{}".encode("utf-16")}, "已损坏"))
    for members, message in cases:
        path = tmp_path / "bad.rdpkg"
        write_zip(path, members)
        assert_rejected(county, path, message)


def test_truncated_package_is_rejected(source, county, tmp_path):
    store, rid = source
    path = pkg.export_package(store, rid, tmp_path / "cut.rdpkg")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert_rejected(county, path, "不是报告包")


def test_oversize_file_and_zip_bomb_are_rejected(county, tmp_path, monkeypatch):
    monkeypatch.setattr(pkg, "MAX_JSON_BYTES", 1_000_000)
    bomb = tmp_path / "bomb.rdpkg"
    write_zip(bomb, {pkg.MEMBER: b"{" + b" " * 3_000_000 + b"}"})  # 3 MB of spaces zip to a few KB
    assert bomb.stat().st_size < 50_000
    assert_rejected(county, bomb, "过大")
    many = tmp_path / "many.rdpkg"
    write_zip(many, {f"f{n}.txt": b"" for n in range(pkg.MAX_MEMBERS + 1)})
    assert_rejected(county, many, "过多")
    monkeypatch.setattr(pkg, "MAX_FILE_BYTES", 10_000)
    big = tmp_path / "big.rdpkg"
    big.write_bytes(b"0" * 10_001)
    assert_rejected(county, big, "过大")


def test_export_to_a_missing_folder_is_a_clear_error_and_leaves_nothing(source, tmp_path):
    store, rid = source
    with pytest.raises(PackageError, match="无法写入"):
        pkg.export_package(store, rid, tmp_path / "no" / "such" / "p.rdpkg")
    assert not (tmp_path / "no").exists()
