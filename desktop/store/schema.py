"""The database schema as ordered, forward-only migration steps; PRAGMA user_version is the version.

Never edit a shipped step: add a new one. Each step runs in its own transaction, so an interrupted
upgrade leaves the file at the last complete version. Tests upgrade real v1 and v2 files (tests/store/test_store_schema.py).

A report header field is the exception: a text field added to core.model.Report needs no step. After the
steps, `migrate` adds each header column the `reports` table lacks (TEXT NOT NULL DEFAULT ''), with
sqlite-utils, which writes the column from the Python type. An older version of the app still opens the
file and leaves the new column alone. sqlite-utils is imported only then (it costs ~50 ms), never on an
ordinary open: the store's own reads and writes are plain SQL on sqlite3.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from desktop import APP_TITLE
from desktop.core.model import Report
from desktop.store.database import Database
from desktop.store.errors import StoreVersionError
from desktop.store.records import HEADER_FIELDS
from desktop.store.search import flush

# v1: the first shipped schema (units, reports, sections, indicators, section revisions).
V1 = """
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

# v2: findings snapshot, carry-over link and prompts, full-text search (bigram-tokenised FTS5; sections
# saved since their last indexing have indexed = 0).
V2 = """
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

# v3: the clerk's structure — part_chosen = 1 when the clerk said which part a section is (这是哪一部分);
# a deleted section keeps its row (text and revisions) with deleted_at set, so it can be restored.
V3 = """
ALTER TABLE sections ADD COLUMN part_chosen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sections ADD COLUMN deleted_at REAL;
CREATE INDEX sections_alive ON sections(report_id, position) WHERE deleted_at IS NULL;
"""

# v4: the marks above the 发文机关标志 (GB/T 9704 §7.2.1–7.2.3): 份号, 密级和保密期限, 紧急程度.
V4 = """
ALTER TABLE reports ADD COLUMN copy_number TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN secrecy TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN urgency TEXT NOT NULL DEFAULT '';
"""


def _v1(db: Database) -> None:
    for statement in _statements(V1):
        db.execute(statement)


def _v2(db: Database) -> None:
    for statement in _statements(V2):
        db.execute(statement)
    flush(db)


def _v3(db: Database) -> None:
    for statement in _statements(V3):
        db.execute(statement)


def _v4(db: Database) -> None:
    for statement in _statements(V4):
        db.execute(statement)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


# Ordered steps: MIGRATIONS[n] brings a database from version n to n + 1.
MIGRATIONS: list[Callable[[Database], None]] = [_v1, _v2, _v3, _v4]
LATEST = len(MIGRATIONS)


def version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def missing_header_columns(db: Database) -> list[str]:
    """Header fields of core.model.Report that have no column in `reports` yet."""
    have = {row[1] for row in db.execute("PRAGMA table_info(reports)")}
    return [name for name in HEADER_FIELDS if name not in have]


def upgrade_due(db: Database) -> bool:
    """The file exists and `migrate` will change it (take a backup first)."""
    current = version(db)
    return 0 < current < LATEST or (current == LATEST and bool(missing_header_columns(db)))


def add_header_columns(db: Database, names: list[str]) -> None:
    """Add the `reports` columns of these header fields, inside the caller's transaction."""
    import sqlite_utils  # only when the schema changes (see the module's docstring)

    defaults = {f.name: f.default for f in fields(Report)}
    table = sqlite_utils.Database(db.conn, recursive_triggers=False, execute_plugins=False).table("reports")
    for name in names:
        if defaults[name] != "":
            raise TypeError(
                f"header field {name!r} is not text with default '': add a numbered migration step"
            )
        table.add_column(name, str, not_null_default="")


def migrate(db: Database, target: int | None = None) -> int:
    """Apply the missing steps up to `target` (default: LATEST), each in one transaction; returns the
    final version."""
    target = len(MIGRATIONS) if target is None else target
    current = version(db)
    if current > len(MIGRATIONS):
        raise StoreVersionError(
            f"这个报告库由更新版本的{APP_TITLE}创建，请先升级本软件再打开。",
            f"database version {current} is newer than supported {len(MIGRATIONS)}",
        )
    while current < target:
        db.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[current](db)
            db.execute(f"PRAGMA user_version = {current + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
        current += 1
    missing = missing_header_columns(db) if current == len(MIGRATIONS) else []
    if missing:
        with db.transaction():
            add_header_columns(db, missing)
    return current
