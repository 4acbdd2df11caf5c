"""The rep's day in the real window: search, hot/cold, edits with undo, follow-ups, agenda,
bulk actions and the trash, each checked in the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from moovdesk.data.listing import ProspectFilter
from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.filter_bar import SEARCH_DELAY_MS
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.prospect_columns import COLUMN_INDEX
from moovdesk.ui.settings_store import open_settings
from tests.active_window import show_active_window


@pytest.fixture
def base(services: Services) -> dict[str, str]:
    create = services.prospects.create
    return {
        "etienne": create(
            {
                "company": "Boulangerie Étienne",
                "city": "Saint-Étienne",
                "postal_code": "42000",
                "first_name": "Zoé",
                "last_name": "Lemaître",
                "phone": "0612345678",
            }
        ),
        "garage": create({"company": "Garage Martin", "city": "Lyon", "postal_code": "69003"}),
        "clinique": create({"company": "Clinique du Parc", "city": "Lyon", "postal_code": "69006"}),
    }


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, home: Home, base: dict[str, str]
) -> Iterator[MainWindow]:
    win = show_active_window(qtbot, services, home)
    yield win
    win.watcher.timer.stop()


def select(window: MainWindow, prospect_id: str) -> None:
    assert window.table.select_prospect(prospect_id)
    assert window.detail.prospect_id == prospect_id


def temperature_of(services: Services, prospect_id: str) -> Temperature:
    return services.prospects.get(prospect_id).row.temperature


def test_search_as_you_type_ignores_accents(
    qtbot: QtBot, window: MainWindow, base: dict[str, str]
) -> None:
    window.find_action.trigger()
    assert window.filter_bar.search.hasFocus()
    qtbot.keyClicks(window.filter_bar.search, "etienne")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 20)
    assert window.table_model.id_at(0) == base["etienne"]
    assert window.count_label.text() == "1 of 3 prospects"
    window.filter_bar.search.clear()
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 3)


def test_filters_combine(qtbot: QtBot, window: MainWindow, base: dict[str, str]) -> None:
    window.filter_bar.place.setText("69")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 2)
    window.filter_bar.search.setText("garage")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1)
    window.filter_bar.clear()
    assert window.table_model.rowCount() == 3


def test_hot_cold_toggle_shortcut_and_undo(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    select(window, base["garage"])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert temperature_of(services, base["garage"]) is Temperature.HOT
    row = window.table_model.row_of(base["garage"])
    assert row is not None
    cell = window.table_model.index(row, COLUMN_INDEX["temperature"])
    assert cell.data() == "Hot"
    assert window.detail.header.temperature.text() == "Hot"

    qtbot.mouseClick(window.detail.header.temperature, Qt.MouseButton.LeftButton)
    assert temperature_of(services, base["garage"]) is Temperature.COLD
    window.undo_action.trigger()
    assert temperature_of(services, base["garage"]) is Temperature.HOT
    window.undo_action.trigger()
    assert temperature_of(services, base["garage"]) is Temperature.COLD
    window.redo_action.trigger()
    assert temperature_of(services, base["garage"]) is Temperature.HOT
    assert cell.data() == "Hot"


def test_field_edits_save_validate_and_undo(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    select(window, base["garage"])
    company: QLineEdit = window.detail.form.edits["company"]
    company.setFocus()
    company.selectAll()
    qtbot.keyClicks(company, "Garage Martin & Fils")
    qtbot.keyClick(company, Qt.Key.Key_Return)
    assert services.prospects.get(base["garage"]).row.company == "Garage Martin & Fils"

    phone = window.detail.form.edits["business_phone"]
    phone.setFocus()
    qtbot.keyClicks(phone, "04.72.00.00.01")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert services.prospects.get(base["garage"]).business_phone == "+33472000001"
    assert phone.text() == "04 72 00 00 01"

    email = window.detail.form.edits["business_email"]
    email.setFocus()
    qtbot.keyClicks(email, "garage@")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert services.prospects.get(base["garage"]).business_email == ""
    assert window.detail.form.error_label.isVisible()
    assert "email" in window.detail.form.error_label.text()
    assert email.text() == "garage@"  # the rep's text stays to be fixed

    window.table.setFocus()
    window.undo_action.trigger()  # the phone
    assert services.prospects.get(base["garage"]).business_phone == ""
    window.undo_action.trigger()  # the company name
    assert services.prospects.get(base["garage"]).row.company == "Garage Martin"
    assert company.text() == "Garage Martin"


def test_notes_save_while_typing(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    select(window, base["clinique"])
    notes = window.detail.form.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Rappeler le Dr Morel")
    qtbot.waitUntil(
        lambda: services.prospects.get(base["clinique"]).row.notes == "Rappeler le Dr Morel",
        timeout=3000,
    )


def test_qualification_and_client(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    select(window, base["etienne"])
    window.detail.form.criteria["budget"].click()
    assert services.prospects.get(base["etienne"]).row.budget is True
    assert window.detail.form.score.text() == "1 of 4 criteria met"
    qtbot.mouseClick(window.detail.header.client_button, Qt.MouseButton.LeftButton)
    details = services.prospects.get(base["etienne"])
    assert details.row.stage is Stage.CLIENT and details.became_client_at is not None
    assert not window.detail.header.client_button.isVisible()


def test_add_follow_up_with_preset_reaches_table_and_agenda(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    select(window, base["garage"])
    tab = window.detail.follow_ups
    tab.findChild(type(tab.snooze_button), "preset_tomorrow").click()
    tab.note.setText("Envoyer le devis")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [follow_up] = services.agenda.follow_ups_of(base["garage"])
    local = follow_up.due_at.astimezone()
    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).date()
    assert (local.date(), local.hour, follow_up.note) == (tomorrow, 9, "Envoyer le devis")
    assert tab.follow_ups.topLevelItemCount() == 1
    row = window.table_model.row_of(base["garage"])
    assert window.table_model.index(row, COLUMN_INDEX["next_follow_up"]).data() != ""
    upcoming = window.agenda.tree.topLevelItem(2)
    assert upcoming.childCount() == 1
    assert upcoming.child(0).text(1) == "Garage Martin (Lyon) — Envoyer le devis"

    window.undo_action.trigger()
    assert services.agenda.follow_ups_of(base["garage"]) == []
    assert window.agenda.tree.topLevelItem(2).childCount() == 0


def test_agenda_opens_the_prospect_and_completes(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    overdue_id = services.agenda.add_follow_up(
        base["clinique"], datetime.now().astimezone() - timedelta(hours=2), "En retard"
    )
    window.agenda.refresh()
    assert window.overdue_button.isVisible()
    overdue_group = window.agenda.tree.topLevelItem(0)
    item = overdue_group.child(0)
    rect = window.agenda.tree.visualItemRect(item)
    qtbot.mouseClick(window.agenda.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.detail.prospect_id == base["clinique"]
    assert window.table.current_id() == base["clinique"]
    qtbot.mouseClick(window.agenda.done_button, Qt.MouseButton.LeftButton)
    assert not services.agenda.get_follow_up(overdue_id).is_open
    assert window.agenda.tree.topLevelItem(0).childCount() == 0
    assert not window.overdue_button.isVisible()


def test_agenda_reads_in_the_background_and_never_shows_an_older_reading(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    """The reminder check re-reads the agenda off the GUI thread; a change the rep makes
    meanwhile is shown at once, and the background reading, older, does not undo it."""
    services.agenda.add_follow_up(
        base["garage"], datetime.now().astimezone() - timedelta(hours=1), "Rappeler"
    )
    window.watcher.tick.emit()  # as the reminder check does

    def overdue_shown() -> int:
        group = window.agenda.tree.topLevelItem(0)
        return -1 if group is None else group.childCount()

    qtbot.waitUntil(lambda: overdue_shown() == 1)
    assert window.overdue_button.isVisible()

    window.agenda.refresh_in_background()
    QThreadPool.globalInstance().waitForDone(10_000)  # read; its report waits for the loop
    services.agenda.add_follow_up(
        base["clinique"], datetime.now().astimezone() - timedelta(hours=2), "Relancer"
    )
    window.agenda.refresh()  # after the rep's change: at once
    assert overdue_shown() == 2
    qtbot.wait(50)  # the older reading's report is delivered now, and dropped
    assert overdue_shown() == 2


def test_due_follow_up_is_announced_once(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    services.agenda.add_follow_up(
        base["garage"], datetime.now().astimezone() - timedelta(minutes=1), "Rappeler"
    )
    with qtbot.waitSignal(window.watcher.reminders_due) as signal:
        window.watcher.check()
    assert [item.prospect_id for item in signal.args[0]] == [base["garage"]]
    assert "Garage Martin" in window.notifier.last_message
    with qtbot.assertNotEmitted(window.watcher.reminders_due):
        window.watcher.check()


def test_bulk_stage_and_undo_restores_each(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    services.prospects.update(base["garage"], {"stage": "lead"})
    window.table.selectAll()
    assert len(window.table.selected_ids()) == 3
    prospect_action = window.bulk.stage_actions[list(Stage).index(Stage.PROSPECT)]
    prospect_action.trigger()
    stages = {row.id: row.stage for row in services.prospects.rows(list(base.values()))}
    assert set(stages.values()) == {Stage.PROSPECT}
    window.undo_action.trigger()
    stages = {row.id: row.stage for row in services.prospects.rows(list(base.values()))}
    assert stages[base["garage"]] is Stage.LEAD
    assert stages[base["etienne"]] is Stage.SUSPECT


def test_trash_with_delete_key_and_restore(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    select(window, base["garage"])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert services.prospects.count() == 2
    assert window.table_model.row_of(base["garage"]) is None
    window.trash_view_action.setChecked(True)
    assert window.table_model.ids() == [base["garage"]]
    assert window.count_label.text().startswith("Trash")
    window.table.selectRow(0)
    window.bulk.restore.trigger()
    assert services.prospects.count() == 3
    window.trash_view_action.setChecked(False)
    assert window.table_model.rowCount() == 3


def test_new_prospect_focuses_company(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert services.prospects.count() == 4
    company = window.detail.form.edits["company"]
    qtbot.waitUntil(company.hasFocus)
    qtbot.keyClicks(company, "Nouvelle Pharmacie")
    qtbot.keyClick(company, Qt.Key.Key_Tab)
    assert window.detail.prospect_id in services.prospects.ids(
        ProspectFilter(text="nouvelle pharmacie")
    )


def test_contacts_and_history(
    qtbot: QtBot, window: MainWindow, services: Services, base: dict[str, str]
) -> None:
    select(window, base["garage"])
    contacts = window.detail.contacts
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    first = contacts.edits["first_name"]
    first.insert("Hélène")  # QTest cannot type non-ASCII keys; insert() is what typing does
    qtbot.keyClick(first, Qt.Key.Key_Return)
    [contact] = services.contacts.contacts_of(base["garage"])
    assert contact.first_name == "Hélène" and contact.is_primary
    assert window.detail.header.contact.text().startswith("Hélène")

    history = window.detail.history
    history.kind.setCurrentIndex(1)  # a call
    history.body.setPlainText("Intéressée, rappeler en mars")
    qtbot.mouseClick(history.log_button, Qt.MouseButton.LeftButton)
    [activity] = services.activities.activities_of(base["garage"])
    assert activity.body == "Intéressée, rappeler en mars"
    assert history.entries.count() == 1
    assert services.prospects.get(base["garage"]).row.last_contact_at is not None


def test_empty_base_shows_the_way_in(qtbot: QtBot, services: Services, home: Home) -> None:
    win = MainWindow(services, open_settings(home))
    qtbot.addWidget(win)
    win.show()
    assert win.table_stack.currentWidget() is win.empty_state
    assert "No prospects yet" in win.empty_state.message.text()
    win.empty_state.new_prospect.click()
    assert win.table_stack.currentWidget() is win.table
    win.watcher.timer.stop()


def test_keyboard_only_reaches_every_area(window: MainWindow) -> None:
    for widget in (window.filter_bar.search, window.table, window.detail.form.edits["company"]):
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert QApplication.activeWindow() is window
