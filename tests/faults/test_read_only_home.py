"""A data folder (or just its database) that cannot be written, tried by the real `moovdesk-cli`
and `moovdesk` processes run as a user the permissions bind (nobody, when the tests run as root:
root ignores file permissions). Writing commands refuse in one line, reading commands still
work, the window says why it does not open, and the database file keeps every byte."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from moovdesk import backups
from moovdesk.paths import Home
from tests.faults.helpers import (
    COMPANIES,
    IMPORT_CSV,
    Unprivileged,
    cli_batch,
    companies_in,
    gui_process,
    make_base,
    process_env,
    sha256,
)


@dataclass
class Setting:
    home: Home
    csv: Path
    out: Path  # a folder the user may write, for exports
    user: list[str]
    env: dict[str, str]  # for the window: a private HOME the user owns
    hash: str
    backups: list[str]


@pytest.fixture
def setting(shared_tmp: Path, unprivileged: Unprivileged) -> Setting:
    home = Home(shared_tmp / "rep")
    make_base(home)
    backups.back_up_now(home)  # something `restore` could put back
    csv = shared_tmp / "new.csv"
    csv.write_text(IMPORT_CSV, encoding="utf-8")
    out = shared_tmp / "out"
    out.mkdir()
    user_home = shared_tmp / "user"
    user_home.mkdir(mode=0o700)
    unprivileged.own(shared_tmp)
    env = process_env(HOME=str(user_home), XDG_RUNTIME_DIR=str(user_home))
    return Setting(
        home=home,
        csv=csv,
        out=out,
        user=unprivileged.prefix,
        env=env,
        hash=sha256(home.database),
        backups=sorted(p.name for p in home.backups.iterdir()),
    )


@pytest.fixture(params=["data folder", "database file"])
def read_only(request: pytest.FixtureRequest, setting: Setting) -> Iterator[Setting]:
    """The whole data folder read-only, or only the database file in a writable folder."""
    target = setting.home.root if request.param == "data folder" else setting.home.database
    Unprivileged.read_only(target)
    yield setting
    Unprivileged.writable_again(target)


def assert_untouched(setting: Setting) -> None:
    assert sha256(setting.home.database) == setting.hash
    assert sorted(p.name for p in setting.home.backups.iterdir()) == setting.backups
    assert companies_in(setting.home.database) == sorted(COMPANIES)


def test_writing_commands_refuse_in_one_line_reading_ones_still_work(read_only: Setting) -> None:
    root = read_only.home.root
    writes = [["import", "--no-locate", str(read_only.csv)], ["demo", "--count", "5"]]
    if not root.stat().st_mode & 0o200:  # the whole folder is read-only
        writes += [["backup"], ["restore"]]
    target = read_only.out / "prospects.csv"
    reads = [["stats", "--json"], ["list"], ["export", str(target)]]
    runs = cli_batch([["--home", str(root), *argv] for argv in writes + reads], user=read_only.user)

    for argv, run in zip(writes, runs, strict=False):
        line = run.assert_one_clear_error()
        assert "read-only" in line or "cannot be written" in line, (argv, line)
        assert "nothing was" in line.lower() or "unchanged" in line, (argv, line)
    stats, listing, export = runs[len(writes) :]
    for run in (stats, listing, export):
        assert run.returncode == 0, run.stderr
    assert json.loads(stats.stdout)["total"] == len(COMPANIES)
    assert len(listing.stdout.splitlines()) == len(COMPANIES)
    exported = target.read_text(encoding="utf-8-sig")
    assert all(name in exported for name in COMPANIES)
    assert_untouched(read_only)


def test_the_window_says_why_it_does_not_open(read_only: Setting) -> None:
    run = gui_process(read_only.home.root, user=read_only.user, env=read_only.env)
    assert run.returncode == 1, run.stderr
    assert run.windows == 0
    (message,) = run.messages
    assert "Moovdesk cannot" in message, message
    assert "read-only" in message or "writable" in message, message
    assert "Nothing was changed" in message or "nothing was changed" in message, message
    assert "Traceback" not in run.stderr
    assert_untouched(read_only)


def test_a_daily_backup_into_a_read_only_folder_is_reported_not_fatal(setting: Setting) -> None:
    Unprivileged.read_only(setting.home.backups)
    run = gui_process(setting.home.root, answer="accept+wait", user=setting.user, env=setting.env)
    Unprivileged.writable_again(setting.home.backups)
    assert run.returncode == 0, run.stderr
    assert run.windows == 1  # the window worked on
    (message,) = run.messages
    assert f"the backups folder {setting.home.backups} cannot be written" in message, message
    assert "Your database is unchanged" in message
    log = (setting.home.logs / "moovdesk.log").read_text(encoding="utf-8")
    assert "the daily backup was not made" in log
    assert sorted(p.name for p in setting.home.backups.iterdir()) == setting.backups
    assert companies_in(setting.home.database) == sorted(COMPANIES)
