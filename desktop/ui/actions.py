"""Menus, toolbar and shortcuts of the main window; texts set in translate_ui for live language switch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

# name → (English text, shortcut, status tip); order inside menus is set in MENUS.
# Shortcuts: "std:Name" is QKeySequence.StandardKey.Name (the platform's own binding), resolved only when
# the shortcuts are set, so start-up does not build that enum.
ACTIONS: dict[str, tuple[str, str | None, str]] = {
    "start_page": (
        QT_TRANSLATE_NOOP("MainWindow", "&Start page"),
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("MainWindow", "Back to the list of reports"),
    ),
    "new_report": (
        QT_TRANSLATE_NOOP("MainWindow", "&New report…"),
        "std:New",
        QT_TRANSLATE_NOOP("MainWindow", "Create a report from the template"),
    ),
    "from_last_year": (
        QT_TRANSLATE_NOOP("MainWindow", "Start from &last year's report…"),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Copy last year's report as a new draft"),
    ),
    "import_file": (
        QT_TRANSLATE_NOOP("MainWindow", "&Import file…"),
        "std:Open",
        QT_TRANSLATE_NOOP("MainWindow", "Import a .docx or .txt report"),
    ),
    "review_desk": (
        QT_TRANSLATE_NOOP("MainWindow", "County re&view (汇总审核)…"),
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Collect the townships' reports, score them and return them with comments"
        ),
    ),
    "save": (
        QT_TRANSLATE_NOOP("MainWindow", "&Save"),
        "std:Save",
        QT_TRANSLATE_NOOP("MainWindow", "Save now (changes are also saved automatically)"),
    ),
    "print_preview": (
        QT_TRANSLATE_NOOP("MainWindow", "Print pre&view…"),
        "std:Print",
        QT_TRANSLATE_NOOP("MainWindow", "Preview and print the report"),
    ),
    "export": (
        QT_TRANSLATE_NOOP("MainWindow", "&Export…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("MainWindow", "Export DOCX, Excel or PDF"),
    ),
    "export_package": (
        QT_TRANSLATE_NOOP("MainWindow", "Export report p&ackage…"),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "One file to hand this report to the 司法所 or the county"),
    ),
    "status_draft": (QT_TRANSLATE_NOOP("MainWindow", "Mark as draft (草稿)"), None, ""),
    "status_review": (QT_TRANSLATE_NOOP("MainWindow", "Mark as in review (待审)"), None, ""),
    "status_final": (QT_TRANSLATE_NOOP("MainWindow", "Mark as final (已定稿)"), None, ""),
    "quit": (
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        "std:Quit",
        QT_TRANSLATE_NOOP("MainWindow", "Close the app"),
    ),
    "undo": (QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "std:Undo", ""),
    "redo": (QT_TRANSLATE_NOOP("MainWindow", "&Redo"), "std:Redo", ""),
    "find": (
        QT_TRANSLATE_NOOP("MainWindow", "&Find and replace…"),
        "std:Find",
        QT_TRANSLATE_NOOP("MainWindow", "Find and replace in this section"),
    ),
    "search": (
        QT_TRANSLATE_NOOP("MainWindow", "Search all &reports…"),
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP("MainWindow", "Search the text of every stored report"),
    ),
    "profile": (
        QT_TRANSLATE_NOOP("MainWindow", "&Unit profile…"),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Name, level, county, document prefix, signer …"),
    ),
    "revisions": (
        QT_TRANSLATE_NOOP("MainWindow", "Revision &history…"),
        "Ctrl+H",
        QT_TRANSLATE_NOOP("MainWindow", "Earlier versions of this section"),
    ),
    "recycle_bin": (
        QT_TRANSLATE_NOOP("MainWindow", "Recycle &bin…"),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Deleted reports"),
    ),
    "next_panel": (
        QT_TRANSLATE_NOOP("MainWindow", "Next &panel"),
        "F6",
        QT_TRANSLATE_NOOP("MainWindow", "Move the keyboard focus: parts → text → checklist"),
    ),
    "check_now": (
        QT_TRANSLATE_NOOP("MainWindow", "&Check now"),
        "F5",
        QT_TRANSLATE_NOOP("MainWindow", "Run the checklist now"),
    ),
    "next_problem": (
        QT_TRANSLATE_NOOP("MainWindow", "&Next problem"),
        "F8",
        QT_TRANSLATE_NOOP("MainWindow", "Select the next checklist item in the text"),
    ),
    "settings": (
        QT_TRANSLATE_NOOP("MainWindow", "Se&ttings…"),
        "std:Preferences",
        QT_TRANSLATE_NOOP("MainWindow", "Data folder, backups, font size"),
    ),
    "help": (
        QT_TRANSLATE_NOOP("MainWindow", "User &guide"),
        "std:HelpContents",
        QT_TRANSLATE_NOOP("MainWindow", "The guide, at the part about what is on screen (F1)"),
    ),
    "input_help": (
        QT_TRANSLATE_NOOP("MainWindow", "Typing &Chinese…"),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "What to do when pinyin comes out as letters (fcitx 4 desktops)"),
    ),
    "about": (
        QT_TRANSLATE_NOOP("MainWindow", "&About"),
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Version and data location"),
    ),
}
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "&File"), ("start_page", "new_report", "from_last_year", "import_file", "review_desk", "-", "save", "-",
               "print_preview", "export", "export_package", "-", "settings", "quit")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("undo", "redo", "-", "find", "search", "-", "next_panel")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Report"), ("profile", "revisions", "recycle_bin", "-", "status_draft", "status_review", "status_final")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Check"), ("check_now", "next_problem")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("help", "input_help", "-", "about")),
)  # fmt: skip
TOOLBAR = ("start_page", "save", "check_now", "next_problem", "print_preview", "export")


def widen_menu(menu: QMenu) -> None:
    """Room for the mnemonic: Fusion measures a menu item without the '&' of "单位信息(&U)…" but elides
    it with the '&' counted, which cut such items to "单位信…U)…" at larger font sizes."""
    from PySide6.QtGui import QFontMetrics

    menu.setMinimumWidth(0)
    menu.setMinimumWidth(menu.sizeHint().width() + QFontMetrics(menu.font()).horizontalAdvance("&&"))


class WindowActions:
    """Creates the actions of `window` (objectName action_<name>) and its menus and toolbar."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[[], None]]) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        for name in ACTIONS:
            action = QAction(window, objectName=f"action_{name}")
            if name in handlers:
                action.triggered.connect(handlers[name])
            self.actions[name] = action
        self.menus: list[QMenu] = []
        self.toolbar: QToolBar | None = None
        self.translate_ui()

    def install_bars(self) -> None:
        """Build the menus and the toolbar. The window calls this right after its first paint: drawing
        them with Chinese text costs ~15–20 ms that the first appearance of the window need not wait for."""
        if self.toolbar is not None:
            return
        for _title, names in MENUS:
            menu = self.window.menuBar().addMenu("")
            menu.aboutToShow.connect(lambda m=menu: widen_menu(m))
            for name in names:
                if name == "-":
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions[name])
            self.menus.append(menu)
        self.toolbar = QToolBar(self.window, objectName="mainToolbar")
        for name in TOOLBAR:
            self.toolbar.addAction(self.actions[name])
        self.window.addToolBar(self.toolbar)
        self.translate_ui()

    def set_shortcuts(self) -> None:
        """Key sequences for the actions. Building the first QKeySequence costs PySide ~0.1 s of enum
        set-up, so the window calls this right after it is first shown."""
        for name, (_text, shortcut, _tip) in ACTIONS.items():
            if shortcut is None:
                continue
            if shortcut.startswith("std:"):
                key = QKeySequence(getattr(QKeySequence.StandardKey, shortcut[4:]))
            else:
                key = QKeySequence(shortcut)
            self.actions[name].setShortcut(key)

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def translate_ui(self) -> None:
        translate = QCoreApplication.translate
        for name, (text, _shortcut, tip) in ACTIONS.items():
            self.actions[name].setText(translate("MainWindow", text))
            self.actions[name].setStatusTip(translate("MainWindow", tip) if tip else "")
        if self.toolbar is None:
            return  # menus and toolbar are not built yet (see install_bars)
        for menu, (title, _names) in zip(self.menus, MENUS, strict=True):
            menu.setTitle(translate("MainWindow", title))
        self.toolbar.setWindowTitle(translate("MainWindow", "Toolbar"))

    def set_store_actions_visible(self, visible: bool) -> None:
        """The commands that need the store (a window without one only edits the report it was given)."""
        for name in ("start_page", "new_report", "from_last_year", "import_file", "search", "profile",
                     "revisions", "recycle_bin", "export_package", "status_draft", "status_review",
                     "status_final"):  # fmt: skip
            self.actions[name].setVisible(visible)

    def set_report_actions_enabled(self, enabled: bool) -> None:
        for name in ("save", "print_preview", "export", "undo", "redo", "find", "revisions",
                     "check_now", "next_problem", "next_panel", "export_package", "status_draft",
                     "status_review", "status_final"):  # fmt: skip
            self.actions[name].setEnabled(enabled)
