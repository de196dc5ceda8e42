"""The Store is made of parts: small classes sharing one Database, none inheriting from another, and the
store's modules import each other one way only (no circle such as db.py <-> backup.py)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import Store, StoreError
from desktop.store import repo as repo_module

STORE_DIR = Path(repo_module.__file__).resolve().parent
PARTS = (
    "units",
    "reports",
    "revisions",
    "structure",
    "recycle_bin",
    "findings",
    "search",
    "carryover",
    "backups",
)


def store_imports(path: Path) -> set[str]:
    """desktop.store modules `path` imports, at the top or inside a function (not under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for n in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped or not isinstance(node, ast.ImportFrom | ast.Import):
            continue
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif node.module == "desktop.store":
            names = [f"desktop.store.{a.name}" for a in node.names]
        else:
            names = [node.module or ""]
        found.update(n.split(".")[2] for n in names if n.startswith("desktop.store."))
    return found & {p.stem for p in STORE_DIR.glob("*.py")}


def test_store_modules_import_each_other_one_way():
    graph = {p.stem: store_imports(p) for p in STORE_DIR.glob("*.py") if p.stem != "__init__"}
    circles = []

    def visit(module: str, path: tuple[str, ...]) -> None:
        for target in graph.get(module, ()):
            if target in path:
                circles.append(" -> ".join((*path[path.index(target) :], target)))
            else:
                visit(target, (*path, target))

    for module in graph:
        visit(module, (module,))
    assert not circles, sorted(set(circles))
    assert "backup" not in graph["db"] and "db" in graph["backup"]


def test_the_store_is_parts_sharing_one_database_not_mixins(tmp_path):
    assert Store.__mro__ == (Store, object)
    with Store.open(tmp_path, backup_on_open=False) as store:
        parts = [getattr(store, name) for name in PARTS]
        assert all(part.db is store.db for part in parts)
        assert all(type(part).__mro__ == (type(part), object) for part in parts)
        rid = store.reports.create("青龙镇", 2024)
        store.reports.save_section(rid, "measures", "开展述法活动。")
        assert store.search.find("述法")[0].report_id == rid
        assert store.units.of_report(rid).name == "青龙镇"
    mixins = [
        f"{path.name}: {node.name}"
        for path in STORE_DIR.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and node.name.endswith("Mixin")
    ]
    assert not mixins, mixins


def test_the_store_loads_on_first_use_and_sqlite_utils_only_to_add_a_column(tmp_path):
    """Importing desktop.store (for its statuses or errors) loads no Store; opening one loads no sqlite-utils
    (its import costs ~50 ms); only a schema change (schema.add_header_columns) imports it."""
    code = (
        "import sys, desktop.store.records, desktop.store\n"
        "print('desktop.store.repo' in sys.modules)\n"
        "with desktop.store.Store.open(sys.argv[1]) as store:\n"
        "    store.reports.summary(store.reports.create('青龙镇', 2024))\n"
        "print('desktop.store.repo' in sys.modules, 'sqlite_utils' in sys.modules)\n"
    )
    run = [sys.executable, "-c", code, str(tmp_path)]
    assert subprocess.run(run, capture_output=True, text=True, check=True).stdout.split() == [
        "False",
        "True",
        "False",
    ]


def test_every_public_method_of_every_part_is_guarded(store):
    """Serialised on the one lock and raising only StoreErrors: e.g. a write on a full disk."""
    unguarded = [
        f"{type(part).__name__}.{name}"
        for part in (getattr(store, p) for p in PARTS)
        for name, member in vars(type(part)).items()
        if callable(member) and not name.startswith("_") and not hasattr(member, "__wrapped__")
    ]
    assert not unguarded, unguarded
    rid = store.reports.create("青龙镇", 2024)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's real "database or disk is full"
    with pytest.raises(StoreError, match="磁盘空间不足"):
        store.reports.save_section(rid, "measures", "法治" * 50_000)
    store.db.execute("PRAGMA max_page_count = 1073741823")
    assert store.reports.load(rid).section("measures").text == ""
