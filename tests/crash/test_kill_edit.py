"""An edit the window acknowledged survives a SIGKILL right after: the real application, driven
by edit_driver.py, makes one edit as the rep would; the moment it reports the edit shown as saved
the process is killed, and the base must hold the edit, pass SQLite's integrity check and open
again in Moovdesk (the lock file the killed window left behind does not block it)."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from moovdesk.data.vocabulary import Temperature
from moovdesk.paths import Home
from moovdesk.services import Services

DRIVER = Path(__file__).with_name("edit_driver.py")
ACK_TIMEOUT_S = 90.0  # start-up of the window (and its web view) plus the edit, on a slow machine


@pytest.fixture
def base(home: Home) -> dict[str, str]:
    services = Services.open(home)
    try:
        create = services.prospects.create
        return {
            "garage": create({"company": "Garage Martin", "city": "Lyon", "postal_code": "69003"}),
            "clinique": create(
                {"company": "Clinique du Parc", "city": "Lyon", "postal_code": "69006"}
            ),
            "boulangerie": create(
                {"company": "Boulangerie Étienne", "city": "Saint-Étienne", "postal_code": "42000"}
            ),
        }
    finally:
        services.close()


def driver_env() -> dict[str, str]:
    env = dict(os.environ)  # keeps the offscreen screen size and Chromium flags of conftest.py
    if not env.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def edit_then_kill(home: Home, prospect_id: str, scenario: str, value: str, log: Path) -> None:
    """Run the driver on `home`; SIGKILL it the moment it acknowledges the edit."""
    with log.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(DRIVER), str(home.root), prospect_id, scenario, value],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=driver_env(),
            start_new_session=True,  # its Chromium helpers too can be ended with it
        )
        output = process.stdout
        assert output is not None
        watchdog = threading.Timer(ACK_TIMEOUT_S, process.kill)  # ends the read below
        watchdog.start()
        answer = ""
        try:
            for line in output:
                if line.startswith("ACK "):
                    os.kill(process.pid, signal.SIGKILL)
                    answer = line
                    break
                if line.startswith("FAIL "):
                    answer = line
                    break
        finally:
            watchdog.cancel()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=60)
            output.close()
    details = log.read_text(encoding="utf-8", errors="replace")[-3000:]
    assert answer == f"ACK {prospect_id} {value}\n", f"{answer or 'no answer'}\n{details}"
    assert process.returncode == -signal.SIGKILL, details


def integrity(database: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
    return problems + [f"foreign key: {row}" for row in orphans]


def stored(database: Path, sql: str, *parameters: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return connection.execute(sql, parameters).fetchall()


def reopen(home: Home) -> Services:
    """Moovdesk opens the base for writing again: the killed window's lock file is still there,
    but its lock died with it."""
    assert home.lock_file.exists()
    return Services.open(home)


def test_typed_company_survives_a_kill_after_it_shows(
    home: Home, base: dict[str, str], tmp_path: Path
) -> None:
    prospect_id, value = base["garage"], "Garage Martin & Fils"
    edit_then_kill(home, prospect_id, "company", value, tmp_path / "driver.log")
    assert integrity(home.database) == ["ok"]
    sql = "SELECT company FROM prospect WHERE id = ?"
    assert stored(home.database, sql, prospect_id) == [(value,)]
    services = reopen(home)
    try:
        assert services.prospects.get(prospect_id).row.company == value
    finally:
        services.close()


def test_hot_cold_toggle_survives_a_kill_after_it_shows(
    home: Home, base: dict[str, str], tmp_path: Path
) -> None:
    prospect_id = base["clinique"]
    edit_then_kill(home, prospect_id, "temperature", "hot", tmp_path / "driver.log")
    assert integrity(home.database) == ["ok"]
    sql = "SELECT temperature FROM prospect WHERE id = ?"
    assert stored(home.database, sql, prospect_id) == [("hot",)]
    services = reopen(home)
    try:
        assert services.prospects.get(prospect_id).row.temperature is Temperature.HOT
    finally:
        services.close()


def test_added_follow_up_survives_a_kill_after_it_shows(
    home: Home, base: dict[str, str], tmp_path: Path
) -> None:
    prospect_id, note = base["boulangerie"], "Envoyer le devis lundi"  # QTest types ASCII only
    edit_then_kill(home, prospect_id, "follow_up", note, tmp_path / "driver.log")
    assert integrity(home.database) == ["ok"]
    sql = (
        "SELECT note FROM follow_up WHERE prospect_id = ? "
        "AND deleted_at IS NULL AND done_at IS NULL"
    )
    assert stored(home.database, sql, prospect_id) == [(note,)]
    services = reopen(home)
    try:
        assert [f.note for f in services.agenda.follow_ups_of(prospect_id)] == [note]
    finally:
        services.close()
