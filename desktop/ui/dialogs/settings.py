"""Settings: data folder (used from the next start), backups kept and 'back up now', font size, language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.ui.regional_rules import SETTING as RULES_SETTING
from desktop.ui.retranslate import RetranslateMixin
from desktop.ui.settings import read_int
from desktop.ui.translations import DEFAULT_LANGUAGE, available_languages


class SettingsDialog(RetranslateMixin, QDialog):
    """Edits the settings file; `apply()` writes it and returns what changed."""

    def __init__(self, parent: QWidget | None, settings: QSettings, store=None) -> None:
        super().__init__(parent, objectName="settingsDialog")
        self.settings, self.store = settings, store
        self.folder = QLineEdit(objectName="settingsFolder")
        self.folder.setText(str(settings.value("data/folder", "") or (store.data_dir if store else "")))
        self.browse = QPushButton(objectName="settingsBrowse")
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.keep = QSpinBox(objectName="settingsKeepBackups", minimum=1, maximum=100)
        self.keep.setValue(read_int(settings, "data/keep_backups", 10))
        self.backup_now = QPushButton(objectName="settingsBackupNow")
        self.backup_now.setEnabled(store is not None)
        self.backup_now.clicked.connect(self._backup)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.keep)
        backup_row.addWidget(self.backup_now)
        backup_row.addStretch(1)
        self.font_size = QSpinBox(objectName="settingsFontSize", minimum=8, maximum=24)
        self.font_size.setValue(read_int(settings, "ui/font_size", 10))
        self.language = QComboBox(objectName="settingsLanguage")
        for code, name in available_languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value("ui/language", DEFAULT_LANGUAGE)))
        )
        self.rules = QLineEdit(objectName="settingsRules")
        self.rules.setText(str(settings.value(RULES_SETTING, "") or ""))
        self.rules_browse = QPushButton(objectName="settingsRulesBrowse")
        self.rules_browse.clicked.connect(self._browse_rules)
        rules_row = QHBoxLayout()
        rules_row.addWidget(self.rules, 1)
        rules_row.addWidget(self.rules_browse)
        self.note = QLabel(objectName="settingsNote", wordWrap=True)
        self.labels = [QLabel() for _ in range(5)]
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.labels[0], folder_row)
        form.addRow(self.labels[1], backup_row)
        form.addRow(self.labels[2], self.font_size)
        form.addRow(self.labels[3], self.language)
        form.addRow(self.labels[4], rules_row)
        form.addRow(self.note)
        form.addRow(buttons)
        self.shown = self.values()  # what the dialog opened with: only edits from here count as changes
        self.translate_ui()
        self.resize(560, self.sizeHint().height())

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Data folder"),
                self.tr("Backups kept"),
                self.tr("Font size (pt)"),
                self.tr("Language"),
                self.tr("Regional rules"),
            ),  # fmt: skip
            strict=True,
        ):
            label.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.rules_browse.setText(self.tr("Choose…"))
        self.rules.setPlaceholderText(self.tr("Empty: the built-in rules"))
        self.backup_now.setText(self.tr("Back up now"))
        self.note.setText(
            self.tr("A new data folder is used from the next start; the reports stay where they are.")
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _browse_rules(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Regional rules"), self.rules.text())
        if folder:
            self.rules.setText(folder)

    def _backup(self) -> None:
        path = self.store.backups.take(keep=self.keep.value())
        self.note.setText(self.tr("Backup written: {0}").format(path))

    def values(self) -> dict[str, object]:
        return {
            "data/folder": self.folder.text().strip(),
            "data/keep_backups": self.keep.value(),
            "ui/font_size": self.font_size.value(),
            "ui/language": self.language.currentData(),
            RULES_SETTING: self.rules.text().strip(),
        }

    def apply(self) -> dict[str, object]:
        """Write the values the user changed; returns them (an untouched default stays a default: the
        data folder shown is the one in use, not a choice)."""
        changed = {k: v for k, v in self.values().items() if str(self.shown[k]) != str(v)}
        for key, value in changed.items():
            self.settings.setValue(key, value)
        self.settings.sync()
        return changed


def apply_settings(window, changed: dict[str, object]) -> None:
    """What the changed settings mean for the running window: font size and language at once, the data
    folder at the next start."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.fonts import apply_app_font
    from desktop.ui.translations import install_language

    if "ui/font_size" in changed:
        apply_app_font(QApplication.instance(), int(changed["ui/font_size"]))
        window.font_changed()
    if "ui/language" in changed:
        install_language(str(changed["ui/language"]))  # widgets get LanguageChange → translate_ui
    if RULES_SETTING in changed:
        folder = str(changed[RULES_SETTING])
        if window.workspace_made():
            problem = window.editor_page.use_rules(folder)
        else:  # the workspace reads the setting when it is made: only say whether the folder can be used
            from desktop.ui.regional_rules import regional_checker

            problem = regional_checker(folder)[1]
        if problem:
            window.settings.setValue(RULES_SETTING, "")  # not kept: the next start checks as this one does
            window.show_status(problem)
        elif folder:
            window.show_status(
                QCoreApplication.translate("MainWindow", "Checking with the regional rules in %1").replace(
                    "%1", folder
                )
            )
        else:
            window.show_status(QCoreApplication.translate("MainWindow", "Checking with the built-in rules"))
    if "data/folder" in changed:
        window.show_status(
            QCoreApplication.translate("MainWindow", "The new data folder is used from the next start")
        )
