"""Each domain constant has one source: the deadline (structure.toml), report statuses (store/records.py), part
names (the template TOML) and the app's name (desktop/__init__.py). A restated literal in the code fails here."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

from desktop import APP_NAME, APP_TITLE
from desktop.core.dates import publication_deadline, published_before
from desktop.core.rule_data import bundled_rules
from desktop.core.rule_names import rule_name
from desktop.core.template import load_template, short_titles
from desktop.store import schema
from desktop.store.records import STATUSES

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"


def string_constants(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module other than docstrings and tr() sources, with their line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    translated = {  # UI text in tr(): the translator's source may name a status or the app as prose
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", ""))
        in ("tr", "translate", "QT_TRANSLATE_NOOP")
        for arg in node.args
    }
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings | translated
    ]


def literals_containing(words: tuple[str, ...], allowed: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted(DESKTOP.rglob("*.py")):
        name = path.relative_to(DESKTOP).as_posix()
        if name in allowed:
            continue
        for line, value in string_constants(path):
            hit = next((w for w in words if w in value), None)
            if hit:
                found.append(f"desktop/{name}:{line}: {hit}")
    return found


def test_the_deadline_comes_from_structure_toml():
    dates = bundled_rules()["structure"]["dates"]
    assert publication_deadline(2024) == dt.date(2025, dates["publish_by_month"], dates["publish_by_day"])
    assert published_before(2024) == "4月1日"
    assert rule_name("meta.deadline") == "公开时限（4月1日前）"
    assert not literals_containing(("4月1日", "03-31", "3月31日"), allowed=("core/rubric.py",))


def test_the_schema_accepts_exactly_the_statuses():
    checks = re.findall(r"CHECK \(status IN \(([^)]*)\)\)", schema.V1)
    assert checks, "the reports table's status CHECK"
    for check in checks:
        assert tuple(v.strip().strip("'") for v in check.split(",")) == STATUSES
    assert not literals_containing(STATUSES, allowed=("store/records.py", "store/schema.py"))


def test_part_names_come_from_the_template():
    template = load_template()
    for part in template.parts:
        assert short_titles()[part.key] == f"{part.number}、{part.short}"
        assert rule_name(f"part.{part.key}") == f"缺少必备部分：{part.short}"
    assert not literals_containing(tuple(short_titles().values()), allowed=())


def test_the_app_name_is_said_once():
    assert not literals_containing((APP_TITLE, APP_NAME), allowed=("__init__.py",))
