"""The main window and its commands ask the editor page for what they want (intent methods) instead of
reaching through its parts: no `editor_page.live.…`, `page.editor.text.…` outside the page's own modules."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop.ui

UI = Path(desktop.ui.__file__).parent
PAGE_PARTS = {"live", "editor", "checklist", "navigator", "header_form", "indicators", "centre", "structure",
              "part_bar", "splitter"}  # fmt: skip
PAGE_NAMES = {"page", "editor_page", "_editor_page"}
OWN = {"editor_page.py", "structure_page.py", "fix_actions.py"}  # the page and the helpers it calls itself
DRIVERS = {"smoke.py", "screenshots.py"}  # drive the widgets as a user would (type, click), like the tests


def reaches(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, chain) of every `<page>.<part>` in the module."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or node.attr not in PAGE_PARTS:
            continue
        owner = node.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if name in PAGE_NAMES:
            found.append((node.lineno, f"{name}.{node.attr}"))
    return found


def test_no_module_reaches_into_the_editor_page():
    offending = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in OWN | DRIVERS:
            continue
        offending += [
            f"{path.relative_to(UI)}:{line} {chain}" for line, chain in reaches(ast.parse(path.read_text()))
        ]
    assert offending == []


def test_the_check_finds_a_reach():
    tree = ast.parse("def f(window):\n    window.editor_page.live.check_now()\n    page = window.editor_page\n"
                     "    page.editor.text.redo()\n")  # fmt: skip
    assert reaches(tree) == [(2, "editor_page.live"), (4, "page.editor")]
