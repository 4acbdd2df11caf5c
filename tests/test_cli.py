"""`moovdesk-cli` run as a real process: homes, one-line errors, no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from moovdesk import __version__


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "moovdesk.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Moovdesk {__version__}"


def test_home_option_creates_the_database(tmp_path: Path) -> None:
    home = tmp_path / "rep"
    result = run_cli("--home", str(home), "stats")
    assert result.returncode == 0, result.stderr
    assert (home / "moovdesk.db").is_file()
    assert "Prospects: 0" in result.stdout


def test_environment_variable_sets_the_home(tmp_path: Path) -> None:
    home = tmp_path / "from-env"
    result = run_cli("where", env={"MOOVDESK_HOME": str(home)})
    assert result.returncode == 0
    assert f"database: {home / 'moovdesk.db'}" in result.stdout


def test_option_beats_environment(tmp_path: Path) -> None:
    result = run_cli("--home", str(tmp_path / "opt"), "where", env={"MOOVDESK_HOME": "/nowhere"})
    assert str(tmp_path / "opt") in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        (),
        ("list", "--temperature", "tiède"),
        ("list", "--limit", "many"),
        ("stats", "--nope"),
    ],
)
def test_bad_arguments_get_one_line_and_status_1(args: tuple[str, ...], tmp_path: Path) -> None:
    result = run_cli("--home", str(tmp_path), *args)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("moovdesk-cli")
    assert "Traceback" not in result.stderr


def test_a_newer_database_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    import sqlite3

    assert run_cli("--home", str(tmp_path), "stats").returncode == 0
    with sqlite3.connect(tmp_path / "moovdesk.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'fff_future'")
    connection.close()
    result = run_cli("--home", str(tmp_path), "stats")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "newer version of Moovdesk" in result.stderr


def test_stats_and_list_on_demo_data(tmp_path: Path) -> None:
    assert run_cli("--home", str(tmp_path), "demo", "--count", "40").returncode == 0
    stats = json.loads(run_cli("--home", str(tmp_path), "stats", "--json").stdout)
    assert stats["total"] == 40
    assert sum(stats["by_temperature"].values()) == 40
    assert sum(stats["by_stage"].values()) == 40
    listing = run_cli("--home", str(tmp_path), "list", "--temperature", "hot", "--json")
    records = json.loads(listing.stdout)
    assert records and all(r["temperature"] == "hot" for r in records)
    assert len(records) == stats["by_temperature"]["hot"]
    again = run_cli("--home", str(tmp_path), "demo")
    assert again.returncode == 1
    assert "already has prospects" in again.stderr


def test_the_cli_never_imports_qt() -> None:
    code = (
        "import sys, moovdesk.cli, moovdesk.services, moovdesk.demo_data;"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "print(qt); sys.exit(1 if qt else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout
