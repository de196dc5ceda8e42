"""What the main window says about the open report: its title bar (unsaved mark, title, status) and the
status bar (saved or not, the last check, the report's year and deadline, the data folder)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop import APP_TITLE

TEXTS = {  # in the MainWindow context, where the translations are
    "untitled": QT_TRANSLATE_NOOP("MainWindow", "Untitled report"),
    "unsaved": QT_TRANSLATE_NOOP("MainWindow", "● Unsaved changes"),
    "saved_at": QT_TRANSLATE_NOOP("MainWindow", "✓ Saved {0}"),
    "saved": QT_TRANSLATE_NOOP("MainWindow", "✓ Saved"),
    "checked": QT_TRANSLATE_NOOP("MainWindow", "Checked in {0} ms · {1} errors"),
    "due": QT_TRANSLATE_NOOP("MainWindow", "{0} report · due {1}"),
    "data": QT_TRANSLATE_NOOP("MainWindow", "Data: {0}"),
}


def text(name: str) -> str:
    return QCoreApplication.translate("MainWindow", TEXTS[name])


class StatusLine:
    """The four status-bar labels of `window` and its title; `show(session)` brings them up to date."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.save_label = QLabel(objectName="saveIndicator")
        self.check_label = QLabel(objectName="checkIndicator")
        self.location_label = QLabel(objectName="locationLabel")
        self.report_label = QLabel(objectName="reportInfo")
        self.data_dir = None

    def install(self) -> None:
        """Into the status bar (after the first paint: drawing it costs start-up time). A message shown
        meanwhile (导入… at a start with a file) is taken down while the labels go in: QStatusBar hides a
        widget added under a message for good, so the saved indicator never appeared."""
        bar = self.window.statusBar()
        message = bar.currentMessage()
        bar.clearMessage()
        bar.addWidget(self.save_label)
        bar.addWidget(self.check_label)
        bar.addPermanentWidget(self.report_label)
        bar.addPermanentWidget(self.location_label)
        if message:
            bar.showMessage(message, 5000)

    def show(self, session, saved_at: str = "") -> None:
        """Title, saved state and year/deadline of the open report (`session` None: nothing open)."""
        report = session.report if session is not None else None
        if report is None:
            self.window.setWindowTitle(APP_TITLE)
            self.save_label.setText("")
            self.report_label.setText("")
            return
        mark = "*" if session.is_dirty else ""
        status = f" [{session.status}]" if session.status else ""
        self.window.setWindowTitle(f"{mark}{APP_TITLE} — {report.title or text('untitled')}{status}")
        if session.is_dirty:
            self.save_label.setText(text("unsaved"))
        else:
            self.save_label.setText(text("saved_at").format(saved_at) if saved_at else text("saved"))
        self._show_deadline(session)

    def _show_deadline(self, session) -> None:
        """Report year and the publication deadline (the county's date from the profile, else structure.toml's)."""
        year = session.report.year
        if not year:
            self.report_label.setText("")
            return
        from desktop.core.dates import publication_deadline

        deadline = session.profile.deadline or publication_deadline(year).isoformat()
        self.report_label.setText(text("due").format(year, deadline))

    def show_check(self, seconds: float, errors: int) -> None:
        self.check_label.setText(text("checked").format(round(seconds * 1000), errors))

    def clear_check(self) -> None:
        self.check_label.setText("")

    def show_data_folder(self, data_dir) -> None:
        self.data_dir = data_dir
        self.location_label.setText(text("data").format(data_dir))

    def translate_ui(self, session) -> None:
        self.show(session)
        if self.data_dir is not None:
            self.show_data_folder(self.data_dir)
