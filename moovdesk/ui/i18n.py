"""Which language the window speaks: Moovdesk's own catalogue and Qt's (standard buttons and
dialogs), and the locale that formats dates and numbers (dd/MM/yyyy for French).

Call `install_translators(app)` once the QApplication exists and before any widget is built:
widgets take their texts when they are made, so a later change applies to windows built after it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from moovdesk.resource_files import resource_path

SUPPORTED = ("fr", "en")
DEFAULT_LANGUAGE = "en"  # the language the source strings are written in
LANGUAGE_VARIABLE = "MOOVDESK_LANGUAGE"
CATALOG = "moovdesk"
QT_CATALOG = "qtbase"
# When the rep picks a language other than the system's, dates follow that language's home.
HOME_LOCALES = {"fr": "fr_FR", "en": "en_GB"}

_log = logging.getLogger(__name__)

# Kept here so they stay alive while installed and can be removed on the next call.
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translations for `language` (e.g. "fr", "en", "fr_BE"), else $MOOVDESK_LANGUAGE,
    else the system's; return the language used ("fr" or "en"). Safe to call again."""
    uninstall_translators(app)
    system = QLocale.system()
    wanted = language or os.environ.get(LANGUAGE_VARIABLE) or ""
    code = choose_language(wanted, system.uiLanguages())
    QLocale.setDefault(formatting_locale(code, wanted, system))
    # Qt's first, ours last: the translator installed last is asked first.
    if code != DEFAULT_LANGUAGE:
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _install(app, qt_dir / f"{QT_CATALOG}_{code}.qm")
    ours = resource_path("i18n", f"{CATALOG}_{code}.qm")
    # English is the source language: its catalogue exists only if plural forms need one.
    if code != DEFAULT_LANGUAGE or ours.is_file():
        _install(app, ours)
    return code


def uninstall_translators(app: QCoreApplication) -> None:
    """Back to the source language and the system's formats (tests rely on it)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())


def choose_language(wanted: str, system_languages: list[str]) -> str:
    """The explicit choice when it names a supported language, else the first supported language
    of the system's preference list (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""
    for candidate in [wanted, *system_languages]:
        code = _language_part(candidate)
        if code in SUPPORTED:
            return code
    return DEFAULT_LANGUAGE


def _language_part(name: str) -> str:
    """'fr_FR.UTF-8', 'fr-CA', 'FR' -> 'fr'; 'C' -> 'c'."""
    return name.strip().replace("-", "_").split("_")[0].split(".")[0].lower()


def formatting_locale(code: str, wanted: str, system: QLocale) -> QLocale:
    """Where dates and numbers take their format: a locale named explicitly ("fr_BE") as given;
    the system's when it speaks the language (fr_CA keeps yyyy-MM-dd) or when English is only the
    fallback (a German desktop keeps dd.MM.yyyy); the language's home when the rep picked it
    against the system (French on an English laptop: dd/MM/yyyy); else the system's preference
    list entry that chose the language (LANGUAGE=de:fr)."""
    normalized = wanted.strip().replace("-", "_").split(".")[0]
    if "_" in normalized:
        explicit = QLocale(normalized)
        if _language_part(explicit.name()) == code:
            return explicit
    if _language_part(system.name()) == code:
        return system
    if _language_part(wanted) == code:
        return QLocale(HOME_LOCALES[code])
    for entry in system.uiLanguages():
        if _language_part(entry) == code:
            return QLocale(entry)
    if system.name() in ("C", "POSIX"):  # no locale set at all: "1 01 2027" helps nobody
        return QLocale(HOME_LOCALES[code])
    return system


def _install(app: QCoreApplication, catalogue: Path) -> None:
    translator = QTranslator()
    if not translator.load(str(catalogue)):
        _log.warning("translations not found: %s", catalogue)
        return
    if app.installTranslator(translator):
        _installed.append(translator)
