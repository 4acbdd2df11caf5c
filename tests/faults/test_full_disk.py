"""A full disk, as SQLite meets it (SQLITE_FULL: the file may not grow, see FullDisk): an import
from the CLI or the window writes nothing and says so; an edit typed in the window stays in its
field, marked, with the reason, survives re-reads, is never dropped without asking, and is saved
by itself once there is room again."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from moovdesk.importing.undo import import_history
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.import_dialog import ImportDialog
from moovdesk.ui.main_window import MainWindow
from tests.faults.helpers import (
    COMPANIES,
    IMPORT_CSV,
    IMPORT_ROWS,
    FullDisk,
    cli_in_process,
    companies_in,
    full_disk,
    make_base,
    sha256,
)

# What the rep pastes into the notes: a long e-mail, more than the base's free room.
PASTED = "Bonjour, suite à notre rendez-vous de mardi… " * 1500
TYPED = " Rappeler lundi."


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "nouveaux.csv"
    path.write_text(IMPORT_CSV, encoding="utf-8")
    return path


# The CLI --------------------------------------------------------------------------------------


def test_a_cli_import_into_a_full_base_writes_nothing(
    home: Home, csv_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_base(home)
    before = sha256(home.database)
    args = ("--home", str(home.root), "import", "--no-locate", str(csv_file))
    with full_disk() as disk:  # every pool's connections: the CLI opens its own engine
        disk.full = True
        run = cli_in_process(capsys, *args)
        run.assert_one_clear_error("disk is full", "was not saved")
        assert sha256(home.database) == before
        assert companies_in(home.database) == sorted(COMPANIES)

        disk.full = False  # room again: the same import goes through
        again = cli_in_process(capsys, *args)
        assert again.returncode == 0, again.stderr
    assert len(companies_in(home.database)) == len(COMPANIES) + IMPORT_ROWS


# The window -----------------------------------------------------------------------------------


@pytest.fixture
def ids(home: Home) -> dict[str, str]:
    return make_base(home)


@pytest.fixture
def disk(services: Services) -> Iterator[FullDisk]:
    """The window's base, full on demand (its engine's pool only)."""
    with full_disk(services.store.engine) as full:
        yield full


def notes_of(services: Services, prospect_id: str) -> str:
    return services.prospects.get(prospect_id).row.notes


def type_notes_on_a_full_disk(
    qtbot: QtBot, window: MainWindow, disk: FullDisk | Callable[[], object], prospect_id: str
) -> QPlainTextEdit:
    """The rep pastes a long e-mail at the end of the notes, types a few words, and leaves the
    field: the save meets a full disk (`disk` fills it: a FullDisk, or a function)."""
    assert window.table.select_prospect(prospect_id)
    notes = window.detail.form.notes
    notes.setFocus()
    if isinstance(disk, FullDisk):
        disk.full = True
    else:
        disk()
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().setText(PASTED)
    qtbot.keyClick(notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(notes, TYPED)
    window.table.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: window.detail.form.error_label.isVisible(), timeout=3000)
    return notes


def answer_boxes(answers: list[Callable[[QMessageBox], None]], seen: list[str]) -> None:
    """Answer the next message boxes in turn (each answer clicks a button of its box)."""

    def tick() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            answers.pop(0)(box)
        if answers:
            QTimer.singleShot(30, tick)

    QTimer.singleShot(30, tick)


def click(text: str) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text().replace("&", "") == text).click()

    return press


def test_an_edit_the_disk_cannot_take_stays_and_is_saved_when_there_is_room(
    qtbot: QtBot, window: MainWindow, services: Services, disk: FullDisk, ids: dict[str, str]
) -> None:
    garage = ids["Garage Martin"]
    notes = type_notes_on_a_full_disk(qtbot, window, disk, garage)
    wanted = "Déjà noté" + PASTED + TYPED
    label = window.detail.form.error_label
    assert "The disk is full" in label.text() and "Your text is kept here" in label.text()
    assert notes.toPlainText() == wanted and notes.property("invalid")
    assert notes_of(services, garage) == "Déjà noté"  # what was saved before is intact
    assert companies_in(services.home.database) == sorted(COMPANIES)

    window.detail.reload()  # what any other saved change does: the typed text stays
    assert notes.toPlainText() == wanted and label.isVisible()

    disk.full = False  # room again: the retry saves it, nobody has to type it again
    qtbot.waitUntil(lambda: notes_of(services, garage) == wanted, timeout=5000)
    assert not label.isVisible() and not notes.property("invalid")
    assert notes.toPlainText() == wanted


def test_leaving_the_prospect_asks_and_tries_again(
    qtbot: QtBot, window: MainWindow, services: Services, disk: FullDisk, ids: dict[str, str]
) -> None:
    garage, clinique = ids["Garage Martin"], ids["Clinique du Parc"]
    type_notes_on_a_full_disk(qtbot, window, disk, garage)
    seen: list[str] = []

    def room_then_retry(box: QMessageBox) -> None:
        disk.full = False
        click("Try again")(box)

    answer_boxes([click("Try again"), room_then_retry], seen)
    assert window.table.select_prospect(clinique)  # asks before showing another prospect
    assert len(seen) == 2  # still full at the first try: asked again, never dropped
    assert all("Notes" in text and "The disk is full" in text for text in seen)
    assert notes_of(services, garage) == "Déjà noté" + PASTED + TYPED
    assert window.detail.prospect_id == clinique
    assert window.detail.form.notes.toPlainText() == "Déjà noté"


def test_closing_asks_and_may_stay_or_discard_on_purpose(
    qtbot: QtBot, window: MainWindow, services: Services, disk: FullDisk, ids: dict[str, str]
) -> None:
    garage = ids["Garage Martin"]
    notes = type_notes_on_a_full_disk(qtbot, window, disk, garage)
    seen: list[str] = []
    answer_boxes([click("Cancel")], seen)
    window.close()
    assert seen and window.isVisible()  # the rep stayed: the text is still there
    assert notes.toPlainText().endswith(TYPED)

    answer_boxes([click("Discard what I typed")], seen)
    window.close()
    assert len(seen) == 2 and not window.isVisible()
    assert notes_of(services, garage) == "Déjà noté"  # discarded because the rep said so


def test_an_import_in_the_window_into_a_full_base_writes_nothing(
    qtbot: QtBot, window: MainWindow, services: Services, disk: FullDisk, csv_file: Path
) -> None:
    before = companies_in(services.home.database)

    def import_file() -> str:
        window.open_files([csv_file])
        qtbot.waitUntil(lambda: bool(window.imports._dialogs))
        dialog = window.imports._dialogs[-1]
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=30_000)
        text = str(dialog.report_label.text())
        dialog.accept()
        return text

    disk.full = True
    report = import_file()
    assert "nothing was written" in report and "The disk is full" in report
    assert companies_in(services.home.database) == before
    assert import_history(services.store) == []

    disk.full = False
    assert "finished" in import_file()
    assert len(companies_in(services.home.database)) == len(before) + IMPORT_ROWS


def test_another_contact_is_shown_only_once_the_typed_text_is_settled(
    qtbot: QtBot, window: MainWindow, services: Services, disk: FullDisk, ids: dict[str, str]
) -> None:
    garage = ids["Garage Martin"]
    first = services.contacts.add_contact(garage, {"last_name": "Martin"})
    second = services.contacts.add_contact(garage, {"last_name": "Durand"})
    assert window.table.select_prospect(garage)
    contacts = window.detail.contacts
    window.detail.tabs.setCurrentIndex(1)
    contacts.list.setCurrentRow(0)
    notes = contacts.notes
    notes.setFocus()
    disk.full = True
    QApplication.clipboard().setText(PASTED)
    qtbot.keyClick(notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    contacts.list.setFocus()  # leaving the field saves it: the disk is full
    qtbot.waitUntil(lambda: contacts.error_label.isVisible(), timeout=3000)
    assert notes.toPlainText() == PASTED

    seen: list[str] = []

    def room_then_retry(box: QMessageBox) -> None:
        disk.full = False
        click("Try again")(box)

    answer_boxes([room_then_retry], seen)
    contacts.list.setCurrentRow(1)  # the other contact: asked first, saved to the right one
    assert len(seen) == 1 and "The disk is full" in seen[0]
    by_id = {c.id: c for c in services.contacts.contacts_of(garage)}
    assert by_id[first].notes == PASTED.strip() and by_id[second].notes == ""
    assert notes.toPlainText() == ""  # now showing the second contact


# A real full disk -----------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs, where this machine lets the tests mount one (root with the right to mount)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny tmpfs needs root: FullDisk's simulation is tested instead")
    point = tmp_path / "tiny-disk"
    point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()})")
    try:
        yield point
    finally:
        subprocess.run(["umount", "--lazy", str(point)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Take all the free room of `disk` but `leave` bytes; delete the file to free it again."""
    filler = disk / "filler"
    stat = os.statvfs(disk)
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(stat.f_bavail * stat.f_frsize - leave, 0))
    return filler


class TestOnARealFullDisk:
    """The same, with the operating system saying "no space left on device"."""

    @pytest.fixture
    def home(self, tiny_disk: Path) -> Home:
        return Home(tiny_disk / "rep").ensure()

    def test_the_cli_writes_nothing_and_says_so(
        self, home: Home, tiny_disk: Path, csv_file: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        make_base(home)
        before = sha256(home.database)
        root = str(home.root)
        filler = fill(tiny_disk, leave=64 * 1024)  # room to open the base, not to import
        imported = cli_in_process(capsys, "--home", root, "import", "--no-locate", str(csv_file))
        imported.assert_one_clear_error("disk is full", "was not saved")
        backup = cli_in_process(capsys, "--home", root, "backup")
        backup.assert_one_clear_error("is full", "Your database is unchanged")
        assert list(home.backups.iterdir()) == []  # no partial copy left behind
        stats = cli_in_process(capsys, "--home", root, "stats")
        assert stats.returncode == 0 and f"Prospects: {len(COMPANIES)}" in stats.stdout
        filler.unlink()

        filler = fill(tiny_disk, leave=0)  # full to the last byte: not even reading works
        for argv in (["stats"], ["import", "--no-locate", str(csv_file)]):
            run = cli_in_process(capsys, "--home", root, *argv)
            run.assert_one_clear_error("is full", "nothing was changed")
        assert sha256(home.database) == before

        filler.unlink()
        again = cli_in_process(capsys, "--home", root, "import", "--no-locate", str(csv_file))
        assert again.returncode == 0, again.stderr
        assert len(companies_in(home.database)) == len(COMPANIES) + IMPORT_ROWS

    def test_an_edit_in_the_window_waits_for_room(
        self,
        qtbot: QtBot,
        window: MainWindow,
        services: Services,
        ids: dict[str, str],
        tiny_disk: Path,
    ) -> None:
        garage = ids["Garage Martin"]
        qtbot.waitUntil(lambda: any(window.services.home.backups.iterdir()), timeout=10_000)
        fillers: list[Path] = []
        notes = type_notes_on_a_full_disk(
            qtbot, window, lambda: fillers.append(fill(tiny_disk, leave=16 * 1024)), garage
        )
        assert "The disk is full" in window.detail.form.error_label.text()
        assert notes.toPlainText() == "Déjà noté" + PASTED + TYPED
        assert notes_of(services, garage) == "Déjà noté"

        fillers[0].unlink()
        qtbot.waitUntil(lambda: notes_of(services, garage) == notes.toPlainText(), timeout=5000)
        assert not window.detail.form.error_label.isVisible()
