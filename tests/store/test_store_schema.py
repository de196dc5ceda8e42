"""Schema migrations: a real v1 file (as the first release wrote it) opens upgraded, data intact."""

from __future__ import annotations

import sqlite3
from dataclasses import fields

import pytest

from desktop.core.model import Report
from desktop.store import Store, StoreVersionError, schema
from desktop.store import backup as bk
from desktop.store.db import DB_NAME
from desktop.store.records import HEADER_FIELDS

# The v1 schema exactly as shipped (frozen here on purpose: editing schema.V1 must not change old files).
SHIPPED_V1 = """
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL DEFAULT '镇',
    county TEXT NOT NULL DEFAULT '',
    doc_prefix TEXT NOT NULL DEFAULT '',
    signer TEXT NOT NULL DEFAULT '',
    addressee TEXT NOT NULL DEFAULT '',
    cc TEXT NOT NULL DEFAULT '',
    printer TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    deadline TEXT NOT NULL DEFAULT '',
    updated_at REAL NOT NULL DEFAULT 0
);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    year INTEGER,
    status TEXT NOT NULL DEFAULT '草稿' CHECK (status IN ('草稿', '待审', '已定稿')),
    title TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    doc_number TEXT NOT NULL DEFAULT '',
    signer TEXT NOT NULL DEFAULT '',
    addressee TEXT NOT NULL DEFAULT '',
    issuer_mark TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    cc TEXT NOT NULL DEFAULT '',
    printer TEXT NOT NULL DEFAULT '',
    print_date TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL DEFAULT 0,
    updated_at REAL NOT NULL DEFAULT 0,
    deleted_at REAL
);
CREATE INDEX reports_unit_year ON reports(unit_id, year);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    heading TEXT NOT NULL DEFAULT '',
    part TEXT,
    text TEXT NOT NULL DEFAULT '',
    updated_at REAL NOT NULL DEFAULT 0,
    UNIQUE (report_id, key)
);
CREATE TABLE indicators (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value REAL,
    last_year REAL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, key)
);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX revisions_section ON revisions(section_id, id);
"""


def write_v1_file(path):
    """A v1 database with one unit, one report, two sections, an indicator and a revision."""
    conn = sqlite3.connect(path)
    conn.executescript(SHIPPED_V1)
    conn.executescript(
        """
        INSERT INTO units(id, name, level, county, signer) VALUES (1, '青龙镇', '镇', '华宁县', '李四');
        INSERT INTO reports(id, unit_id, year, status, title, unit, created_at, updated_at)
            VALUES (1, 1, 2023, '已定稿', '青龙镇人民政府关于2023年度法治政府建设情况的报告', '青龙镇', 1.0, 2.0);
        INSERT INTO sections(id, report_id, position, key, heading, part, text)
            VALUES (1, 1, 0, 'measures', '一、主要举措和成效', 'measures', '全年开展述法评议2次，法律明白人培训3场。'),
                   (2, 1, 1, 'next_year', '四、2024年度主要安排', 'next_year', '（一）推进综合执法改革。');
        INSERT INTO indicators(report_id, key, value, last_year, note) VALUES (1, 'legality_review', 7, 5, '');
        INSERT INTO revisions(section_id, text, created_at, updated_at) VALUES (1, '旧稿', 1.0, 1.0);
        PRAGMA user_version = 1;
        """
    )
    conn.close()


# The v2 step exactly as shipped (search index, findings snapshot, carry-over link and prompts).
SHIPPED_V2 = """
ALTER TABLE reports ADD COLUMN source_report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL;
ALTER TABLE reports ADD COLUMN checked_at REAL;
ALTER TABLE sections ADD COLUMN prompt TEXT NOT NULL DEFAULT '';
ALTER TABLE sections ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX sections_unindexed ON sections(id) WHERE indexed = 0;
CREATE TABLE findings (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    section TEXT NOT NULL DEFAULT '',
    span_start INTEGER NOT NULL DEFAULT 0,
    span_end INTEGER NOT NULL DEFAULT 0,
    quote TEXT NOT NULL DEFAULT '',
    suggestion TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (report_id, position)
);
CREATE VIRTUAL TABLE search_index USING fts5(tokens, tokenize = 'unicode61');
"""


def write_v2_file(path):
    """A v2 database as the second release wrote it: the v1 content, then the v2 step, indexed."""
    write_v1_file(path)
    conn = sqlite3.connect(path)
    conn.executescript(SHIPPED_V2)
    conn.executescript(
        """
        INSERT INTO sections(id, report_id, position, key, heading, part, text, prompt)
            VALUES (3, 1, 2, 'other', '五、其他需要报告的情况', 'other', '无其他需要报告的情况。', '去年写了什么');
        INSERT INTO findings(report_id, position, id, severity, message) VALUES (1, 0, 'part.causes', 'error', '缺原因');
        PRAGMA user_version = 2;
        """
    )
    conn.close()


def test_shipped_v2_matches_the_second_migration_step():
    assert " ".join(SHIPPED_V2.split()) == " ".join(schema.V2.split())


def test_v2_file_upgrades_to_v3_with_parts_unchosen_and_nothing_deleted(tmp_path):
    write_v2_file(tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        assert store.version == schema.LATEST
        report = store.reports.load(1)
        assert [s.key for s in report.sections] == ["measures", "next_year", "other"]
        assert [s.part_chosen for s in report.sections] == [False, False, False]
        assert store.reports.prompts(1) == {"other": "去年写了什么"} and store.reports.summary(1).errors == 1
        assert store.structure.deleted(1) == []
        # The new columns work on the upgraded file: the clerk's part is kept, a deleted section too.
        report.sections[1].part, report.sections[1].part_chosen = "first_responsible", True
        store.structure.save(1, [report.sections[1], report.sections[0]])
        again = store.reports.load(1)
        assert [(s.key, s.part, s.part_chosen) for s in again.sections] == [
            ("next_year", "first_responsible", True),
            ("measures", "measures", False),
        ]
        assert [d.section.text for d in store.structure.deleted(1)] == ["无其他需要报告的情况。"]
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_shipped_v1_matches_the_first_migration_step():
    assert " ".join(SHIPPED_V1.split()) == " ".join(schema.V1.split())


def test_v1_file_upgrades_to_latest_with_data_intact(tmp_path):
    write_v1_file(tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        assert store.version == schema.LATEST == 4
        report = store.reports.load(1)
        assert report.year == 2023 and report.section("measures").text.startswith("全年开展述法")
        assert report.indicators["legality_review"].last_year == 5
        summary = store.reports.summary(1)
        assert summary.status == "已定稿" and summary.source_report_id is None
        assert store.units.of_report(1).signer == "李四"
        assert [store.revisions.get(r.id).text for r in store.revisions.of_section(1, "measures")] == ["旧稿"]
        # v2 back-fills the search index from the v1 text: 2-character words are found.
        assert [h.section_key for h in store.search.find("述法")] == ["measures"]
        assert [h.section_key for h in store.search.find("综合执法")] == ["next_year"]
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Reopening an up-to-date file applies nothing.
    with Store.open(tmp_path) as store:
        assert store.version == 4 and len(store.reports.summaries()) == 1


def test_a_failing_step_leaves_the_file_at_the_last_good_version(tmp_path, monkeypatch):
    write_v1_file(tmp_path / DB_NAME)

    def broken(db):
        db.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "LATEST", len(schema.MIGRATIONS) + 1)
    with pytest.raises(RuntimeError):
        Store.open(tmp_path)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) - 1
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()
    conn.close()


def test_a_file_from_a_newer_app_is_refused_untouched(tmp_path):
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreVersionError, match="更新版本"):
        Store.open(tmp_path)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    conn.close()


def test_v3_file_upgrades_to_v4_with_empty_gongwen_marks(tmp_path):
    write_v2_file(tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        report = store.reports.load(1)
        assert (report.copy_number, report.secrecy, report.urgency) == ("", "", "")
        store.reports.save_header(1, copy_number="000123", secrecy="秘密★1年", urgency="特急")
        again = store.reports.load(1)
        assert (again.copy_number, again.secrecy, again.urgency) == ("000123", "秘密★1年", "特急")


def test_a_header_field_the_file_lacks_gets_its_column_without_a_step(tmp_path):
    """A text field added to core.model.Report needs no migration step: the column is added on open (here
    the file lacks `urgency`, as a file written before such a field would), after a backup, version unchanged."""
    with Store.open(tmp_path) as store:
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_header(rid, secrecy="秘密★1年")
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("ALTER TABLE reports DROP COLUMN urgency")
    conn.close()
    backups = len(bk.list_backups(tmp_path))
    with Store.open(tmp_path, backup_on_open=False) as store:
        assert store.version == schema.LATEST and schema.missing_header_columns(store.db) == []
        assert len(bk.list_backups(tmp_path)) == backups + 1  # taken before the column was added
        report = store.reports.load(rid)
        assert (report.secrecy, report.urgency) == ("秘密★1年", "")
        store.reports.save_header(rid, urgency="特急")
        assert store.reports.load(rid).urgency == "特急"
    column = [
        r
        for r in sqlite3.connect(tmp_path / DB_NAME).execute("PRAGMA table_info(reports)")
        if r[1] == "urgency"
    ]
    assert [(c[2], c[3], c[4]) for c in column] == [("TEXT", 1, "''")]  # type, NOT NULL, default ''
    with Store.open(tmp_path, backup_on_open=False):
        assert len(bk.list_backups(tmp_path)) == backups + 1  # nothing left to add, no backup


def test_every_header_field_has_a_column_in_a_new_store_and_only_year_is_not_text(store):
    assert schema.missing_header_columns(store.db) == [] and "sections" not in HEADER_FIELDS
    defaults = {f.name: f.default for f in fields(Report)}
    assert [n for n in HEADER_FIELDS if defaults[n] != ""] == ["year"]  # shipped in a numbered step
