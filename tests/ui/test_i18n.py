"""French and English: the catalogue is complete and current, and the window speaks the language
and formats dates the way it was asked to (or the system's way)."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from moovdesk import demo_data
from moovdesk.paths import Home
from moovdesk.resource_files import resource_path
from moovdesk.services import Services
from moovdesk.ui import i18n
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.prospect_columns import COLUMN_INDEX
from moovdesk.ui.settings_store import open_settings

ROOT = Path(__file__).resolve().parents[2]
FRENCH_TS = ROOT / "resources" / "i18n" / "moovdesk_fr.ts"
PLACEHOLDER = re.compile(r"%L?(?:n|\d)")
MNEMONIC = re.compile(r"&([^&\s])")


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def live_messages() -> list[tuple[str, ET.Element]]:
    return list(tool.ts_messages(FRENCH_TS))


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def french(qapp: QApplication) -> Iterator[str]:
    yield i18n.install_translators(qapp, "fr")
    i18n.uninstall_translators(qapp)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[str]:
    yield i18n.install_translators(qapp, "en")
    i18n.uninstall_translators(qapp)


def make_window(qtbot: QtBot, services: Services, home: Home) -> MainWindow:
    window = MainWindow(services, open_settings(home))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# The catalogue ------------------------------------------------------------------------------


def test_every_french_message_is_translated() -> None:
    messages = live_messages()
    assert len(messages) > 200
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") != "unfinished", (context, source)
        texts = forms(message)
        # French has two plural forms: one (0 and 1) and many.
        assert len(texts) == (2 if message.get("numerus") == "yes" else 1), (context, source)
        assert all(text.strip() for text in texts), (context, source)


def test_placeholders_spacing_and_accelerators_survive_translation() -> None:
    for context, message in live_messages():
        source = message.findtext("source") or ""
        for text in forms(message):
            where = (context, source, text)
            assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(source)), where
            # " days" after a spin box value, " (snoozed)" after a state: the spaces are glue.
            assert (
                text[: len(text) - len(text.lstrip())]
                == source[: len(source) - len(source.lstrip())]
            ), where
            assert text[len(text.rstrip()) :] == source[len(source.rstrip()) :], where
            assert len(MNEMONIC.findall(text)) == len(MNEMONIC.findall(source)), where


def test_catalogue_covers_every_string_of_the_code() -> None:
    """Fails when the UI gained or changed a string: run tools/update_translations.py."""
    messages, problems = tool.find_messages(tool.source_files())
    assert [str(p) for p in problems] == []
    known = {
        (context, message.findtext("source"), message.findtext("comment") or "")
        for context, message in live_messages()
    }
    missing = [
        (m.context, m.source)
        for m in messages
        if (m.context, m.source, m.disambiguation) not in known
    ]
    assert missing == []
    assert {"MainWindow", "Labels", "ProspectColumns", "FilterBar"} <= {m.context for m in messages}


def test_shipped_qm_is_compiled_from_the_ts() -> None:
    assert tool.qm_is_current(FRENCH_TS), "rerun tools/update_translations.py"
    assert resource_path("i18n", "moovdesk_fr.qm").is_file()


# Choosing the language ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wanted", "system", "expected"),
    [
        ("", ["fr-Latn-FR", "fr-FR", "fr"], "fr"),
        ("", ["fr-CA"], "fr"),
        ("", ["C"], "en"),
        ("", ["en-US"], "en"),
        ("", ["de-DE", "de", "fr-FR"], "fr"),  # LANGUAGE=de:fr, no German: French
        ("", ["de-DE", "de"], "en"),
        ("en", ["fr-FR"], "en"),
        ("fr_BE.UTF-8", ["en-US"], "fr"),
        ("klingon", ["fr-FR"], "fr"),
    ],
)
def test_choose_language(wanted: str, system: list[str], expected: str) -> None:
    assert i18n.choose_language(wanted, system) == expected


@pytest.mark.parametrize(
    ("code", "wanted", "system", "expected"),
    [
        ("fr", "", "fr_FR", "fr_FR"),
        ("fr", "", "fr_CA", "fr_CA"),  # the system's own formats when it speaks French
        ("fr", "fr", "en_US", "fr_FR"),  # French picked on an English laptop
        ("fr", "fr_BE", "en_US", "fr_BE"),
        ("en", "", "de_DE", "de_DE"),  # English only as the fallback: German dates stay
        ("en", "en", "fr_FR", "en_GB"),
    ],
)
def test_formatting_locale(code: str, wanted: str, system: str, expected: str) -> None:
    assert i18n.formatting_locale(code, wanted, QLocale(system)).name() == expected


def test_explicit_choice_beats_environment_which_beats_system(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOOVDESK_LANGUAGE", "fr")
    try:
        assert i18n.install_translators(qapp) == "fr"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert i18n.install_translators(qapp, "en") == "en"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        i18n.uninstall_translators(qapp)


def test_installing_again_replaces_the_translators(qapp: QApplication) -> None:
    try:
        i18n.install_translators(qapp, "fr")
        i18n.install_translators(qapp, "fr")
        assert len(i18n._installed) == 2  # ours and Qt's, not four
        assert QLocale().dateFormat(QLocale.FormatType.ShortFormat) == "dd/MM/yyyy"
        i18n.install_translators(qapp, "en")
        assert i18n._installed == []
        assert QCoreApplication.translate("Labels", "Hot") == "Hot"
    finally:
        i18n.uninstall_translators(qapp)
    assert QCoreApplication.translate("Labels", "Hot") == "Hot"


def test_french_system_locale_picks_french(tmp_path: Path) -> None:
    """A fresh process, as a double-click would start it on a French desktop."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LANGUAGE", "MOOVDESK_LANGUAGE"}
    }
    env |= {"LANG": "fr_FR.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    script = (
        "from PySide6.QtCore import QCoreApplication, QLocale\n"
        "from moovdesk.ui.i18n import install_translators\n"
        "app = QCoreApplication([])\n"
        "print(install_translators(app))\n"
        "print(QLocale().dateFormat(QLocale.FormatType.ShortFormat))\n"
        "print(QCoreApplication.translate('MainWindow', '&File'))\n"
        "print(QCoreApplication.translate('QPlatformTheme', 'Cancel'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.splitlines() == ["fr", "dd/MM/yyyy", "&Fichier", "Annuler"]


# The window ---------------------------------------------------------------------------------


def test_french_window(qtbot: QtBot, services: Services, home: Home, french: str) -> None:
    assert french == "fr"
    demo_data.generate(services.store, 3)
    window = make_window(qtbot, services, home)

    menus = [action.text() for action in window.menuBar().actions()]
    assert [m.replace("&", "") for m in menus] == [
        "Fichier",
        "Édition",
        "Affichage",
        "Tournée",
        "Aide",
    ]
    for owner, texts in [("menu bar", menus), *_menu_texts(window)]:
        letters = [m.lower() for text in texts for m in MNEMONIC.findall(text)]
        assert len(letters) == len(set(letters)), (owner, texts)

    assert window.count_label.text() == "3 prospects"
    model = window.table_model
    assert model.headerData(COLUMN_INDEX["company"], Qt.Orientation.Horizontal) == "Entreprise"
    row = model.prospect_at(0)
    assert row is not None
    shown = model.index(0, COLUMN_INDEX["created_at"]).data()
    assert shown == row.created_at.astimezone().strftime("%d/%m/%Y")
    assert model.index(0, COLUMN_INDEX["temperature"]).data() in {"Chaud", "Froid"}

    snooze = window.agenda.snooze_button.menu()
    assert snooze is not None
    assert snooze.actions()[0].text() == "Dans 1 heure"  # parent.tr(): looked up via QWidget
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Annuler"  # Qt's own catalogue
    assert QLocale().toString(1234567).replace("\u202f", " ").replace("\xa0", " ") == "1 234 567"


def test_french_plural_forms(french: str) -> None:
    def overdue(n: int) -> str:
        return QCoreApplication.translate("MainWindow", "⚠ Overdue follow-ups: %n", "", n)

    assert [overdue(n) for n in (0, 1, 2)] == [
        "⚠ 0 relance en retard",
        "⚠ 1 relance en retard",
        "⚠ 2 relances en retard",
    ]


def test_english_window(qtbot: QtBot, services: Services, home: Home, english: str) -> None:
    assert english == "en"
    demo_data.generate(services.store, 3)
    window = make_window(qtbot, services, home)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Tour", "Help"]
    assert window.count_label.text() == "3 prospects"
    assert (
        window.table_model.headerData(COLUMN_INDEX["company"], Qt.Orientation.Horizontal)
        == "Company"
    )


def _menu_texts(window: MainWindow) -> list[tuple[str, list[str]]]:
    found = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found.append((menu.title(), [a.text() for a in menu.actions() if not a.isSeparator()]))
    return found
