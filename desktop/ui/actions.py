"""Menus, toolbar and shortcuts of the main window; texts set in translate_ui for live language switch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

# name → (English text, shortcut, status tip); order inside menus is set in MENUS.
ACTIONS: dict[str, tuple[str, str | QKeySequence.StandardKey | None, str]] = {
    "start_page": ("&Start page", "Ctrl+Shift+H", "Back to the list of reports"),
    "new_report": ("&New report…", QKeySequence.StandardKey.New, "Create a report from the template"),
    "from_last_year": ("Start from &last year's report…", None, "Copy last year's report as a new draft"),
    "import_file": ("&Import file…", QKeySequence.StandardKey.Open, "Import a .docx or .txt report"),
    "save": ("&Save", QKeySequence.StandardKey.Save, "Save now (changes are also saved automatically)"),
    "print_preview": ("Print pre&view…", QKeySequence.StandardKey.Print, "Preview and print the report"),
    "export": ("&Export…", "Ctrl+E", "Export DOCX, Excel or PDF"),
    "quit": ("&Quit", QKeySequence.StandardKey.Quit, "Close the app"),
    "undo": ("&Undo", QKeySequence.StandardKey.Undo, ""),
    "redo": ("&Redo", QKeySequence.StandardKey.Redo, ""),
    "find": ("&Find and replace…", QKeySequence.StandardKey.Find, "Find and replace in this section"),
    "search": ("Search all &reports…", "Ctrl+Shift+F", "Search the text of every stored report"),
    "profile": ("&Unit profile…", None, "Name, level, county, document prefix, signer …"),
    "revisions": ("Revision &history…", "Ctrl+H", "Earlier versions of this section"),
    "recycle_bin": ("Recycle &bin…", None, "Deleted reports"),
    "check_now": ("&Check now", "F5", "Run the checklist now"),
    "next_problem": ("&Next problem", "F8", "Select the next checklist item in the text"),
    "settings": ("Se&ttings…", QKeySequence.StandardKey.Preferences, "Data folder, backups, font size"),
    "about": ("&About", None, "Version and data location"),
}
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&File", ("start_page", "new_report", "from_last_year", "import_file", "-", "save", "-",
               "print_preview", "export", "-", "settings", "quit")),
    ("&Edit", ("undo", "redo", "-", "find", "search")),
    ("&Report", ("profile", "revisions", "recycle_bin")),
    ("&Check", ("check_now", "next_problem")),
    ("&Help", ("about",)),
)  # fmt: skip
TOOLBAR = ("start_page", "save", "check_now", "next_problem", "print_preview", "export")


class WindowActions:
    """Creates the actions of `window` (objectName action_<name>) and its menus and toolbar."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[[], None]]) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        for name, (_text, shortcut, _tip) in ACTIONS.items():
            action = QAction(window, objectName=f"action_{name}")
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if name in handlers:
                action.triggered.connect(handlers[name])
            self.actions[name] = action
        self.menus = []
        for _title, names in MENUS:
            menu = window.menuBar().addMenu("")
            for name in names:
                if name == "-":
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions[name])
            self.menus.append(menu)
        self.toolbar = QToolBar(window, objectName="mainToolbar")
        for name in TOOLBAR:
            self.toolbar.addAction(self.actions[name])
        window.addToolBar(self.toolbar)
        self.translate_ui()

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def translate_ui(self) -> None:
        tr = QCoreApplication.translate
        for name, (text, _shortcut, tip) in ACTIONS.items():
            self.actions[name].setText(tr("MainWindow", text))
            self.actions[name].setStatusTip(tr("MainWindow", tip) if tip else "")
        for menu, (title, _names) in zip(self.menus, MENUS, strict=True):
            menu.setTitle(tr("MainWindow", title))
        self.toolbar.setWindowTitle(tr("MainWindow", "Toolbar"))

    def set_report_actions_enabled(self, enabled: bool) -> None:
        for name in ("save", "print_preview", "export", "undo", "redo", "find", "revisions",
                     "check_now", "next_problem"):  # fmt: skip
            self.actions[name].setEnabled(enabled)
