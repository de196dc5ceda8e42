"""The repository stands on its own and keeps its layers: documents it names exist, nothing points outside it,
core/store/exchange import only what their layer may, no module grows past 400 lines, and the tests mirror the
packages (tests/core, store, exchange, commands, ui)."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXT_SUFFIXES = {".py", ".toml", ".md", ".conf", ".sh", ".ps1", ".nsi", ".cfg", ".txt", ".desktop", ".xml"}
MD_NAME = re.compile(r"(?<![\w/.-])((?:[\w-]+/)*[\w.-]+\.md)\b")
# written in two pieces so that this file does not name them itself
OUTSIDE = (re.compile("/wo" + r"rk/"), re.compile(r"\.\./sha" + "red"))


def tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    names = [ROOT / n for n in out.splitlines()]
    return [p for p in names if p.is_file() and (p.suffix in TEXT_SUFFIXES or p.name == "Makefile")]


def named_documents(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return set(MD_NAME.findall(text))


def test_every_named_document_is_in_the_repository():
    missing = []
    for path in tracked_files():
        if path.is_relative_to(ROOT / "tests") and path.suffix == ".py":
            continue  # tests write throw-away files such as notes.md
        for name in named_documents(path):
            if not ((ROOT / name).exists() or (path.parent / name).exists()):
                missing.append(f"{path.relative_to(ROOT)}: {name}")
    assert not missing, missing


def test_the_domain_pointers_name_files_under_docs():
    bare = []
    for path in tracked_files():
        if path.is_relative_to(ROOT / "docs"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"(?<![\w/.-])(domain(?:-regional)?\.md|gongwen-format\.md)", text):
            bare.append(f"{path.relative_to(ROOT)}: {m.group(1)}")
    assert not bare, bare


def test_no_file_points_outside_the_repository():
    found = []
    for path in tracked_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        for n, line in enumerate(text.splitlines(), 1):
            if any(p.search(line) for p in OUTSIDE):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()[:80]}")
    assert not found, found


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level:
            base = ".".join(path.relative_to(ROOT).with_suffix("").parts[: -node.level])
            names.add(f"{base}.{node.module}" if node.module else base)
    return names


FORBIDDEN = {
    "core": ("PySide6", "desktop.store", "desktop.exchange", "desktop.ui", "desktop.review"),
    "store": ("PySide6", "desktop.exchange", "desktop.ui", "desktop.review"),
    "exchange": ("PySide6.QtWidgets", "desktop.store", "desktop.ui"),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_import_only_what_they_may(layer):
    broken = []
    for path in sorted((ROOT / "desktop" / layer).rglob("*.py")):
        for name in imports_of(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                broken.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not broken, broken


def test_no_module_is_over_400_lines():
    long = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > 400:
            long.append(f"{path.relative_to(ROOT)}: {lines}")
    assert not long, long


# Tests of the whole app, of the repository or the build, and of desktop's own top-level modules (app.py,
# launch.py, input_method.py) live directly in tests/; every other test lives in the folder of its package.
WHOLE_APP_TESTS = {
    "test_app_smoke.py",  # the first window, desktop/app.py and launch.py
    "test_bundle_parts.py",  # build/
    "test_faults.py",  # SIGKILL and power cuts through store, exchange and the CLI
    "test_fuzz_text.py",  # generated input through the readers, parser and checker
    "test_hostile_inputs.py",  # hostile packages and .docx through the store, exchange and the CLI
    "test_i18n.py",  # i18n/ and every tr() in desktop/
    "test_ime_harness.py",  # tools/ime
    "test_input_method.py",  # desktop/input_method.py
    "test_startup_cost.py",  # the start path (launch, app, main window) up to the first paint
    "test_offline.py",  # the whole package never reaches the network
    "test_one_source.py",  # constants across desktop/
    "test_open_from_command_line.py",  # desktop/app.py, launch.py
    "test_repository.py",
}
# What shows that a test file in tests/<folder>/ tests that package: it imports it, or asks for its fixture.
PACKAGE_SIGNS = {
    "core": ({"desktop.core"}, set()),
    "store": ({"desktop.store"}, {"store", "open_store"}),
    "exchange": ({"desktop.exchange"}, set()),
    "commands": ({"desktop.cli", "desktop.commands"}, set()),
    "ui": ({"desktop.ui", "tests.ui_helpers"}, {"window"}),
}


def fixtures_asked_for(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {a.arg for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) for a in node.args.args}


def test_each_test_file_lives_in_the_folder_of_the_package_it_tests():
    tests = ROOT / "tests"
    stray = sorted(p.name for p in tests.glob("test_*.py") if p.name not in WHOLE_APP_TESTS)
    assert not stray, f"move into tests/<package>/ (core, store, exchange, commands, ui): {stray}"
    folders = {p.parent for p in tests.rglob("test_*.py")} - {tests}
    assert {f.relative_to(tests).as_posix() for f in folders} <= set(PACKAGE_SIGNS)
    misplaced = []
    for folder in sorted(folders):
        assert (folder / "__init__.py").exists(), (
            folder
        )  # test files of the same name in two folders never clash
        modules, fixtures = PACKAGE_SIGNS[folder.name]
        for path in sorted(folder.glob("test_*.py")):
            imported = imports_of(path)
            if not any(n == m or n.startswith(m + ".") for n in imported for m in modules) and not (
                fixtures & fixtures_asked_for(path)
            ):
                misplaced.append(path.relative_to(ROOT).as_posix())
    assert not misplaced, f"these test no code of their folder's package: {misplaced}"
