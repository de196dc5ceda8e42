"""Load the UI translation (i18n/report_desk_<lang>.qm) and Qt's own (qtbase_<lang>.qm); switch live.

Widgets retranslate on QEvent.LanguageChange, which Qt sends to every widget when translators change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

DEFAULT_LANGUAGE = "zh_CN"
SOURCE_LANGUAGE = "en"  # the language of the strings in the code: needs no .qm of the app
QM_PREFIX = "report_desk_"
_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    """Compiled .qm files: i18n/ in a checkout, _MEIPASS/i18n in a packaged build."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "i18n" if bundle else Path(__file__).resolve().parents[2] / "i18n"


def available_languages() -> dict[str, str]:
    """Language code → its own name, for each compiled i18n/report_desk_<code>.qm and the source language.

    Adding a language is adding its .ts file (build/i18n.py compiles every one): no list to keep in step.
    """
    codes = {p.stem.removeprefix(QM_PREFIX) for p in i18n_dir().glob(f"{QM_PREFIX}*.qm")}
    codes |= {DEFAULT_LANGUAGE, SOURCE_LANGUAGE}
    ordered = [DEFAULT_LANGUAGE, *sorted(codes - {DEFAULT_LANGUAGE})]
    return {code: QLocale(code).nativeLanguageName() or code for code in ordered}


def install_language(language: str) -> bool:
    """Replace the installed translators with those of `language`; True when the app's own .qm was found.

    English is the source language: it needs no .qm of the app, only Qt's base translation is dropped.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in available_languages():
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return True
    found = False
    app_qm = QTranslator(app)
    if app_qm.load(str(i18n_dir() / f"{QM_PREFIX}{language}.qm")):
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
