"""Load the UI translation (i18n/report_desk_<lang>.qm) and Qt's own (qtbase_<lang>.qm); switch live.

Widgets retranslate on QEvent.LanguageChange, which Qt sends to every widget when translators change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    """Compiled .qm files: i18n/ in a checkout, _MEIPASS/i18n in a packaged build."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "i18n" if bundle else Path(__file__).resolve().parents[2] / "i18n"


def install_language(language: str) -> bool:
    """Replace the installed translators with those of `language`; True when the app's own .qm was found.

    English is the source language: it needs no .qm of the app, only Qt's base translation is dropped.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    found = False
    app_qm = QTranslator(app)
    if app_qm.load(str(i18n_dir() / f"report_desk_{language}.qm")):
        app.installTranslator(app_qm)
        _installed.append(app_qm)
        found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for base in ("qtbase", "qt"):
        qt_qm = QTranslator(app)
        if qt_qm.load(f"{base}_{language}", qt_dir):
            app.installTranslator(qt_qm)
            _installed.append(qt_qm)
            break
    return found
