"""Full-text search across every report and year: FTS5 over overlapping character bigrams.

FTS5's trigram tokenizer cannot find 2-character Chinese words (法治, 述法), and jieba would add
seconds of start-up. So a text is indexed as its overlapping bigrams (法治政府 → 法治 治政 政府; Latin
letters and digits the same way), with a private-use sentinel standing for punctuation and spaces
so no bigram spans two phrases. A query becomes the FTS5 phrase of its own bigrams: an exact
substring match, case-insensitive. Words of one character fall back to a LIKE scan.

Indexing costs a few ms per 10,000 characters, too much for every autosave, so a save only marks
the section (sections.indexed = 0) and `flush` indexes marked sections before each search; the GUI
may also call store.search.update_index() when idle.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from desktop.store.database import Database, guarded

NONWORD = re.compile(r"[\W_]+")
SENTINEL = "\ue000"  # Unicode private use (category Co): a token character for FTS5 unicode61
SNIPPET_CHARS = 30
DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class SearchHit:
    """One matching section: where it is and the text around the first match."""

    report_id: int
    report_title: str
    unit: str
    year: int | None
    section_key: str
    heading: str
    snippet: str
    position: int  # character offset of the first match in the section text, -1 if only in the heading


def tokens(text: str) -> str:
    """Index form of `text`: every overlapping pair of characters, punctuation runs as SENTINEL."""
    flat = NONWORD.sub(SENTINEL, text)
    return " ".join(map(operator.add, flat, flat[1:]))


def words(query: str) -> list[str]:
    return [w for w in NONWORD.split(query) if w]


def index_section(db: Database, section_id: int, heading: str, text: str) -> None:
    """(Re)index one section now; the FTS rowid is the section id."""
    db.execute("DELETE FROM search_index WHERE rowid = ?", [section_id])
    db.execute(
        "INSERT INTO search_index(rowid, tokens) VALUES (?, ?)",
        [section_id, tokens(heading) + " " + SENTINEL * 2 + " " + tokens(text)],
    )
    db.execute("UPDATE sections SET indexed = 1 WHERE id = ?", [section_id])


def pending(db: Database) -> int:
    return db.execute("SELECT count(*) FROM sections WHERE indexed = 0").fetchone()[0]


def flush(db: Database, limit: int | None = None) -> int:
    """Index sections saved since their last indexing (at most `limit`); returns how many."""
    rows = db.execute(
        "SELECT id, heading, text FROM sections WHERE indexed = 0 LIMIT ?", [-1 if limit is None else limit]
    ).fetchall()
    for section_id, heading, text in rows:
        index_section(db, section_id, heading, text)
    return len(rows)


def unindex_report(db: Database, report_id: int) -> None:
    db.execute(
        "DELETE FROM search_index WHERE rowid IN (SELECT id FROM sections WHERE report_id = ?)", [report_id]
    )


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression (every word as a phrase of its bigrams, all required), or None when
    a word has one character and the LIKE scan must answer."""
    parts = words(query)
    if not parts or any(len(w) < 2 for w in parts):
        return None
    return " AND ".join('"' + tokens(w) + '"' for w in parts)


def snippet(text: str, query: str) -> tuple[str, int]:
    """About SNIPPET_CHARS characters either side of the first match, and the match's offset."""
    found = words(query) or [query.strip()]
    lower = text.lower()
    pos = min((p for p in (lower.find(w.lower()) for w in found) if p >= 0), default=-1)
    if pos < 0:
        return text[: SNIPPET_CHARS * 2].replace("\n", " "), -1
    start = max(0, pos - SNIPPET_CHARS)
    end = pos + SNIPPET_CHARS + len(found[0])
    return ("…" if start else "") + text[start:end].replace("\n", " ") + ("…" if end < len(text) else ""), pos


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(
    db: Database, query: str, limit: int = DEFAULT_LIMIT, include_deleted: bool = False
) -> list[SearchHit]:
    """Sections of all reports containing every word of `query`, newest report years first.

    Call `flush` first (store.search.find does) so the latest saves are found."""
    query = query.strip()
    if not query:
        return []
    alive = "AND s.deleted_at IS NULL" + ("" if include_deleted else " AND r.deleted_at IS NULL")
    expression = match_expression(query)
    columns = "r.id, r.title, r.unit, r.year, s.key, s.heading, s.text"
    order = "ORDER BY r.year IS NULL, r.year DESC, r.id DESC, s.position LIMIT ?"
    if expression is not None:
        sql = (
            f"SELECT {columns} FROM search_index f JOIN sections s ON s.id = f.rowid "
            f"JOIN reports r ON r.id = s.report_id WHERE search_index MATCH ? {alive} {order}"
        )
        params: list = [expression, limit]
    else:
        found = words(query) or [query]
        where = " AND ".join("(s.text LIKE ? ESCAPE '\\' OR s.heading LIKE ? ESCAPE '\\')" for _ in found)
        sql = f"SELECT {columns} FROM sections s JOIN reports r ON r.id = s.report_id WHERE {where} {alive} {order}"
        params = [p for w in found for p in (_like(w), _like(w))] + [limit]
    hits = []
    for rid, title, unit, year, key, heading, text in db.execute(sql, params).fetchall():
        snip, pos = snippet(text, query)
        hits.append(SearchHit(rid, title, unit, year, key, heading, snip, pos))
    return hits


class Search:
    """store.search: find words in every report and year; the index catches up before each search."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @guarded
    def find(self, query: str, limit: int = DEFAULT_LIMIT, include_deleted: bool = False) -> list[SearchHit]:
        """Sections of every report and year that contain all words of `query` (2-character words too)."""
        self.update_index()
        return search(self.db, query, limit, include_deleted)

    @guarded
    def update_index(self, limit: int | None = None) -> int:
        """Index sections saved since the last search (the GUI may call this when idle); returns how many."""
        if not self.db.execute("SELECT 1 FROM sections WHERE indexed = 0 LIMIT 1").fetchone():
            return 0
        with self.db.transaction():
            return flush(self.db, limit)
