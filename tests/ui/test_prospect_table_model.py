"""The table model: Qt's model contract, lazy blocks, SQL sorting, precise refreshes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QThreadPool
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from moovdesk import demo_data
from moovdesk.data.listing import ProspectFilter, ProspectSort
from moovdesk.data.vocabulary import Temperature
from moovdesk.services import Services
from moovdesk.ui.prospect_columns import COLUMN_INDEX
from moovdesk.ui.prospect_table_model import ID_ROLE, ProspectTableModel


def test_model_contract(services: Services, qtmodeltester: ModelTester) -> None:
    demo_data.generate(services.store, 300)
    model = ProspectTableModel(services.prospects)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 300


def test_rows_are_read_in_blocks_not_per_cell(services: Services, qtbot: QtBot) -> None:
    demo_data.generate(services.store, 1000)
    model = ProspectTableModel(services.prospects)
    model.reload()
    calls: list[int] = []
    original_rows = services.prospects.rows

    def counting_rows(ids):  # type: ignore[no-untyped-def]
        calls.append(len(ids))
        return original_rows(ids)

    services.prospects.rows = counting_rows  # type: ignore[method-assign]
    for row in range(300):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    assert calls == [model.BLOCK_SIZE, model.BLOCK_SIZE]  # rows 0-255 and 256-299


def test_sorting_happens_in_sql(services: Services) -> None:
    for name in ("béta", "Alpha", "éclair", "Delta"):
        services.prospects.create({"company": name})
    model = ProspectTableModel(services.prospects)
    model.reload()
    company = COLUMN_INDEX["company"]
    model.sort(company, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, company).data() for r in range(4)] == [
        "Alpha",
        "béta",
        "Delta",
        "éclair",
    ]
    model.sort(company, Qt.SortOrder.DescendingOrder)
    assert model.index(0, company).data() == "éclair"


def test_counts_signal_and_filter(services: Services, qtbot: QtBot) -> None:
    hot = services.prospects.create({"company": "Chaud", "temperature": "hot"})
    services.prospects.create({"company": "Froid"})
    model = ProspectTableModel(services.prospects)
    with qtbot.waitSignal(model.counts_changed) as signal:
        model.reload()
    assert signal.args == [2, 2]
    with qtbot.waitSignal(model.counts_changed) as signal:
        model.set_filter(ProspectFilter(temperatures=frozenset({Temperature.HOT})))
    assert signal.args == [1, 2]
    assert model.index(0, 0).data(ID_ROLE) == hot


def test_refresh_emits_precise_data_changed(services: Services, qtbot: QtBot) -> None:
    ids = [services.prospects.create({"company": f"P{n:02}"}) for n in range(10)]
    model = ProspectTableModel(services.prospects)
    model.reload()
    model.index(0, 0).data()  # load the block
    services.prospects.update(ids[4], {"temperature": "hot"})
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.refresh([ids[4]])
    top_left, bottom_right = signal.args[0], signal.args[1]
    assert (top_left.row(), bottom_right.row()) == (4, 4)
    temperature = model.index(4, COLUMN_INDEX["temperature"])
    assert temperature.data() == "Hot"
    assert temperature.data(Qt.ItemDataRole.DecorationRole) is not None


def test_typed_text_narrows_like_the_sql_filter(services: Services) -> None:
    demo_data.generate(services.store, 400)
    services.prospects.trash(services.prospects.ids()[:5])
    model = ProspectTableModel(services.prospects)
    model.reload()
    for text in ("bou", "lyon", "martin zo", "06 1", "%", "agence de", "étienne"):
        for base in (ProspectFilter(), ProspectFilter(temperatures=frozenset({Temperature.HOT}))):
            flt = replace(base, text=text)
            model.set_filter(flt)
            assert list(model.ids()) == services.prospects.ids(flt, model.current_sort), text


def count_id_readings(services: Services) -> list[int | None]:
    """From now on, the `limit` of every reading of ids the prospect service makes, in order."""
    asked: list[int | None] = []
    original_ids = services.prospects.ids

    def counting_ids(*args, limit=None):  # type: ignore[no-untyped-def]
        asked.append(limit)
        return original_ids(*args, limit=limit)

    services.prospects.ids = counting_ids  # type: ignore[method-assign]
    return asked


def test_first_screen_reads_the_rest_of_the_ids_when_needed(
    services: Services, qtmodeltester: ModelTester
) -> None:
    """At start only the first block of ids is read; every row still answers as if all were."""
    demo_data.generate(services.store, 600)
    every_id = services.prospects.ids()
    asked = count_id_readings(services)
    model = ProspectTableModel(services.prospects)
    model.reload(first_screen=True)
    assert model.rowCount() == 600
    assert model.index(3, 0).data(ID_ROLE) == every_id[3]
    assert asked == [model.BLOCK_SIZE]  # the first screen needed no more
    assert model.id_at(599) == every_id[599]  # a row past the first block: all are read
    assert asked == [model.BLOCK_SIZE, None]
    assert list(model.ids()) == every_id
    model.read_all_ids()  # after the first paint: nothing left to read
    assert asked == [model.BLOCK_SIZE, None]
    qtmodeltester.check(model)


def test_first_screen_catches_up_with_a_base_changed_meanwhile(
    services: Services, qtbot: QtBot
) -> None:
    demo_data.generate(services.store, 400)
    model = ProspectTableModel(services.prospects)
    model.reload(first_screen=True)
    new_id = services.prospects.create({"company": "0 Ajouté entre-temps"})
    with qtbot.waitSignal(model.modelReset):
        model.read_all_ids()
    assert model.rowCount() == 401
    assert model.id_at(0) == new_id


def test_first_screen_of_a_filtered_or_small_table_reads_everything(services: Services) -> None:
    demo_data.generate(services.store, 300)
    model = ProspectTableModel(services.prospects)
    model.set_filter(ProspectFilter(temperatures=frozenset({Temperature.HOT})))
    model.reload(first_screen=True)
    hot = services.prospects.ids(ProspectFilter(temperatures=frozenset({Temperature.HOT})))
    assert list(model.ids()) == hot
    assert model.rowCount() == len(hot)


def test_the_rest_of_the_ids_arrive_from_the_background(services: Services, qtbot: QtBot) -> None:
    """After the first paint the ids behind the first screen are read off the GUI thread and
    adopted as they are: no reset, and no second read when a far row is asked for."""
    demo_data.generate(services.store, 600)
    every_id = services.prospects.ids()
    asked = count_id_readings(services)
    model = ProspectTableModel(services.prospects)
    model.reload(first_screen=True)
    with qtbot.assertNotEmitted(model.modelReset):
        model.read_all_ids_in_background()
        QThreadPool.globalInstance().waitForDone(10_000)
        qtbot.wait(50)  # its report is delivered
    assert model.id_at(599) == every_id[599]
    assert asked == [model.BLOCK_SIZE, None]  # the far row needed no read of its own
    assert list(model.ids()) == every_id


def test_a_background_reading_of_an_older_order_is_dropped(
    services: Services, qtbot: QtBot
) -> None:
    demo_data.generate(services.store, 600)
    model = ProspectTableModel(services.prospects)
    model.reload(first_screen=True)  # by company
    model.read_all_ids_in_background()
    QThreadPool.globalInstance().waitForDone(10_000)  # read; its report waits for the loop
    model.sort(COLUMN_INDEX["city"], Qt.SortOrder.AscendingOrder)
    model.reload(first_screen=True)  # by city, the rest of the ids unread again
    qtbot.wait(50)  # the company-ordered report arrives now, and is dropped
    assert list(model.ids()) == services.prospects.ids(sort=ProspectSort("city"))
