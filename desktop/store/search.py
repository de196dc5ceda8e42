"""Full-text search across every report and year: FTS5 over overlapping character bigrams.

FTS5's trigram tokenizer cannot find 2-character Chinese words (法治, 述法), and jieba would add
seconds of start-up. So each run of CJK characters is indexed as its overlapping bigrams
(法治政府 → 法治 治政 政府) and a query becomes the phrase of its own bigrams: a substring match.
Latin words and numbers are indexed whole (lower-cased by unicode61). One-character queries fall
back to a LIKE scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+")
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


def bigrams(run: str) -> list[str]:
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def tokens(text: str) -> str:
    """Index form of `text`: CJK runs as overlapping bigrams, other words whole, space separated.

    No bigram spans two runs, so a query never matches across punctuation."""
    out: list[str] = []
    for match in WORD.finditer(text):
        word = match.group()
        out.extend(bigrams(word) if CJK_RUN.match(word) else [word])
    return " ".join(out)


def index_section(db: sqlite_utils.Database, section_id: int, heading: str, text: str) -> None:
    """(Re)index one section; the FTS rowid is the section id."""
    db.execute("DELETE FROM search_index WHERE rowid = ?", [section_id])
    db.execute(
        "INSERT INTO search_index(rowid, tokens) VALUES (?, ?)",
        [section_id, tokens(heading) + " \n " + tokens(text)],
    )


def unindex_report(db: sqlite_utils.Database, report_id: int) -> None:
    db.execute(
        "DELETE FROM search_index WHERE rowid IN (SELECT id FROM sections WHERE report_id = ?)", [report_id]
    )


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a user query (all words must occur), or None if it needs LIKE."""
    phrases = []
    for match in WORD.finditer(query):
        word = match.group()
        if CJK_RUN.fullmatch(word):
            if len(word) < 2:
                return None
            grams = bigrams(word)
        else:
            grams = [word]
        phrases.append('"' + " ".join(grams).replace('"', "") + '"')
    return " AND ".join(phrases) if phrases else None


def snippet(text: str, query: str) -> tuple[str, int]:
    words = [m.group() for m in WORD.finditer(query)] or [query.strip()]
    lower = text.lower()
    pos = min((p for p in (lower.find(w.lower()) for w in words) if p >= 0), default=-1)
    if pos < 0:
        return text[: SNIPPET_CHARS * 2].replace("\n", " "), -1
    start = max(0, pos - SNIPPET_CHARS)
    body = text[start : pos + SNIPPET_CHARS + len(words[0])].replace("\n", " ")
    return ("…" if start else "") + body + ("…" if pos + SNIPPET_CHARS < len(text) else ""), pos


def search(
    db: sqlite_utils.Database, query: str, limit: int = DEFAULT_LIMIT, include_deleted: bool = False
) -> list[SearchHit]:
    """Sections of all reports containing every word of `query`, newest report years first."""
    query = query.strip()
    if not query:
        return []
    alive = "" if include_deleted else "AND r.deleted_at IS NULL"
    expression = match_expression(query)
    columns = "r.id, r.title, r.unit, r.year, s.key, s.heading, s.text"
    if expression is not None:
        sql = (
            f"SELECT {columns} FROM search_index f JOIN sections s ON s.id = f.rowid "
            f"JOIN reports r ON r.id = s.report_id WHERE search_index MATCH ? {alive} "
            "ORDER BY r.year DESC, r.id DESC, s.position LIMIT ?"
        )
        params: list = [expression, limit]
    else:
        like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = (
            f"SELECT {columns} FROM sections s JOIN reports r ON r.id = s.report_id "
            f"WHERE (s.text LIKE ? ESCAPE '\\' OR s.heading LIKE ? ESCAPE '\\') {alive} "
            "ORDER BY r.year DESC, r.id DESC, s.position LIMIT ?"
        )
        params = [like, like, limit]
    hits = []
    for rid, title, unit, year, key, heading, text in db.execute(sql, params).fetchall():
        snip, pos = snippet(text, query)
        hits.append(SearchHit(rid, title, unit, year, key, heading, snip, pos))
    return hits
