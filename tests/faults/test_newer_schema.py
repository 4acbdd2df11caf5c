"""A base written by a newer Moovdesk: every command that opens it, and the window, refuse with a
clear sentence, and the file keeps every byte (no upgrade, no "before" copy, no journal)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from moovdesk.paths import Home
from tests.faults.helpers import IMPORT_CSV, cli_in_process, gui_process, make_base, sha256


@pytest.fixture
def newer(home: Home) -> Home:
    make_base(home)
    connection = sqlite3.connect(home.database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    return home


def test_the_cli_refuses_in_one_line_and_changes_nothing(
    newer: Home, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(newer.database)
    csv = tmp_path / "nouveaux.csv"
    csv.write_text(IMPORT_CSV, encoding="utf-8")
    for argv in (
        ["stats"],
        ["list"],
        ["export", str(tmp_path / "out.csv")],
        ["import", "--no-locate", str(csv)],
        ["demo"],
        ["imports"],
    ):
        run = cli_in_process(capsys, "--home", str(newer.root), *argv)
        run.assert_one_clear_error("newer version of Moovdesk", "not changed")
    assert sha256(newer.database) == before
    assert list(newer.backups.iterdir()) == []  # not even a safety copy was needed
    wal = Path(f"{newer.database}-wal")  # a reader may leave an empty one: nothing in it
    assert not wal.exists() or wal.stat().st_size == 0
    assert not (tmp_path / "out.csv").exists()


def test_the_window_says_so_and_changes_nothing(newer: Home) -> None:
    before = sha256(newer.database)
    run = gui_process(newer.root)
    assert run.returncode == 1, run.stderr
    assert run.windows == 0
    (message,) = run.messages
    assert "newer version of Moovdesk" in message and "Install the newer Moovdesk" in message
    assert "Traceback" not in run.stderr
    assert sha256(newer.database) == before
