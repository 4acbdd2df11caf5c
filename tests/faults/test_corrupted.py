"""A damaged database file, three ways: garbage over the prospects' pages in the middle of a real
base, a file cut in half, a zeroed header. The CLI says "damaged" in one line whatever it was
asked; the services refuse it with a CorruptDatabaseError, the start-up check sees it, and the
newest good backup restores it; the window says so and offers that backup. The damaged file
keeps every byte until the rep chooses to restore."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from moovdesk import backups
from moovdesk.data.errors import CorruptDatabaseError
from moovdesk.demo_data import generate
from moovdesk.paths import Home
from moovdesk.services import Services
from tests.faults.helpers import (
    IMPORT_CSV,
    cli_in_process,
    gui_process,
    make_base,
    open_store,
    sha256,
)

DEMO = 300
KINDS = ["garbage in the pages", "cut in half", "zeroed header"]


@pytest.fixture(scope="module")
def good_home(tmp_path_factory: pytest.TempPathFactory) -> Home:
    """A base with real data and a good backup of it, made once for the module."""
    home = Home(tmp_path_factory.mktemp("good") / "rep")
    make_base(home, ["Garage Martin"])
    with open_store(home) as store:
        generate(store, DEMO)
    backups.back_up_now(home)
    return home


@pytest.fixture(params=KINDS)
def damaged(request: pytest.FixtureRequest, good_home: Home, tmp_path: Path) -> Home:
    home = Home(tmp_path / "rep")
    shutil.copytree(good_home.root, home.root)
    damage(home.database, request.param)
    return home


def damage(database: Path, kind: str) -> None:
    size = database.stat().st_size
    if kind == "garbage in the pages":
        page_size = int.from_bytes(database.read_bytes()[16:18], "big")
        leaves = table_leaf_pages(database, "prospect")
        assert len(leaves) > 3, "too few pages to damage"
        with database.open("r+b") as handle:
            for number in leaves:
                handle.seek((number - 1) * page_size)
                handle.write(b"\xa5" * page_size)
    elif kind == "cut in half":
        with database.open("r+b") as handle:
            handle.truncate(size // 2)
    else:
        with database.open("r+b") as handle:
            handle.write(b"\0" * 100)


def table_leaf_pages(database: Path, table: str) -> list[int]:
    """The leaf pages of a table's B-tree, read from the file (no dbstat needed)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    finally:
        connection.close()
    data = database.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    leaves, todo = [], [root]
    while todo:
        number = todo.pop()
        start = (number - 1) * page_size
        header = start + (100 if number == 1 else 0)
        if data[header] == 0x0D:  # a leaf table page
            leaves.append(number)
        elif data[header] == 0x05:  # an interior table page: its children
            cells = int.from_bytes(data[header + 3 : header + 5], "big")
            todo.append(int.from_bytes(data[header + 8 : header + 12], "big"))
            for index in range(cells):
                at = header + 12 + 2 * index
                pointer = int.from_bytes(data[at : at + 2], "big")
                todo.append(int.from_bytes(data[start + pointer : start + pointer + 4], "big"))
    return leaves


def test_the_cli_says_damaged_in_one_line_whatever_it_is_asked(
    damaged: Home, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(damaged.database)
    kept = sorted(damaged.backups.iterdir())
    csv = tmp_path / "nouveaux.csv"
    csv.write_text(IMPORT_CSV, encoding="utf-8")
    for argv in (
        ["stats"],
        ["list"],
        ["export", str(tmp_path / "out.csv")],
        ["import", "--no-locate", str(csv)],
        ["backup"],
    ):
        run = cli_in_process(capsys, "--home", str(damaged.root), *argv)
        line = run.assert_one_clear_error("damaged")
        assert "restore" in line.lower(), (argv, line)
    assert sha256(damaged.database) == before  # left as it was, for the rep to decide
    assert sorted(damaged.backups.iterdir()) == kept  # the good copy is still there


def test_the_services_refuse_it_and_the_newest_good_backup_brings_it_back(
    damaged: Home,
) -> None:
    before = sha256(damaged.database)
    damaged_bytes = damaged.database.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        services = Services.open(damaged)
        try:
            services.prospects.page()  # the damage in the pages is met when they are read
        finally:
            services.close()
    assert backups.check_home_database(damaged)  # the start-up check sees it too
    assert sha256(damaged.database) == before

    newest = backups.newest_good_backup(damaged)
    assert newest is not None
    kept = backups.restore(damaged, newest)
    assert kept is not None
    if damaged_bytes[:16] != b"SQLite format 3\0" or len(damaged_bytes) % 4096:
        assert kept.read_bytes() == damaged_bytes  # unreadable: its raw bytes are kept
    else:
        assert backups.check_database(kept)  # the damaged base, kept beside the backups
    services = Services.open(damaged)
    try:
        assert services.prospects.count() == DEMO + 1
    finally:
        services.close()


@pytest.mark.parametrize("kind", ["garbage in the pages", "cut in half"])
def test_the_window_says_so_and_leaves_the_file_until_the_rep_chooses(
    kind: str, good_home: Home, tmp_path: Path
) -> None:
    home = Home(tmp_path / "rep")
    shutil.copytree(good_home.root, home.root)
    damage(home.database, kind)
    before = sha256(home.database)
    run = gui_process(home.root, answer="reject+wait")  # the rep does not restore (yet)
    assert "Traceback" not in run.stderr
    (message,) = run.messages  # one clear message, never a cascade of them
    assert "damage" in message and "Restore the newest good backup" in message, message
    if kind == "cut in half":  # refused at opening: the window does not open
        assert run.returncode == 1 and run.windows == 0
    else:  # met when the table reads its rows: said from the open window
        assert run.returncode == 0 and run.windows == 1
    assert sha256(home.database) == before
