"""The hostile-file corpus (tests/data/bad/) through the import, as the CLI runs it.

Each file is imported into a home that already holds a few prospects. A refused file raises
`ImportFileError`, and only that, with the message EXPECTED.json names, and leaves the database
exactly as it was (same bytes on disk, same rows, no import batch). An imported file adds exactly
the prospects EXPECTED.json lists, leaves the prospects already there untouched, and the database
passes SQLite's integrity check afterwards. A sample goes through the real `moovdesk-cli`
process, and the cases too big to commit are made here in a temporary folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from moovdesk.data.store import Store
from moovdesk.demo_data import finish_search_index
from moovdesk.geo.gazetteer import Gazetteer
from moovdesk.importing.errors import ImportFileError, Reason
from moovdesk.importing.importer import ImportOptions, import_table
from moovdesk.importing.mapping import auto_map
from moovdesk.importing.memory import MappingMemory
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import read_table
from moovdesk.importing.report import ImportReport
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService
from tests.test_cli import run_cli

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "bad"
EXPECTED: dict[str, dict[str, Any]] = {
    name: entry
    for name, entry in json.loads((CORPUS / "EXPECTED.json").read_text(encoding="utf-8")).items()
    if not name.startswith("_")
}
FILES = sorted(path.name for path in CORPUS.iterdir() if path.name not in {"README.md"})
CORPUS_FILES = [name for name in FILES if name != "EXPECTED.json"]

SEEDS = [
    {"company": "Seed Alpha", "city": "Lyon", "postal_code": "69002", "phone": "01 99 99 99 91"},
    {"company": "Seed Beta", "city": "Nice", "email": "beta@seed.invalid"},
    {"company": "Seed Gamma", "notes": "already here", "first_name": "Ada", "last_name": "Gamma"},
]


# The home ---------------------------------------------------------------------------------


@dataclass
class Base:
    home: Home
    store: Store


def seed_home(root: Path) -> Home:
    home = Home(root).ensure()
    with Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file) as store:
        service = ProspectService(store)
        for values in SEEDS:
            service.create(values)
        finish_search_index(store)
    return home


@pytest.fixture
def base(tmp_path: Path) -> Iterator[Base]:
    home = seed_home(tmp_path / "home")
    store = Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
    yield Base(home, store)
    store.close()


def database_files(home: Home) -> dict[str, str]:
    """The database's files on disk (main file, WAL, journal) and a hash of each."""
    files = sorted(home.database.parent.glob(home.database.name + "*"))
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in files}


def rows_of(home: Home) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    with sqlite3.connect(home.database) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        dump = {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    connection.close()
    return dump


def query(home: Home, sql: str, *params: object) -> list[sqlite3.Row]:
    with sqlite3.connect(home.database) as connection:
        connection.row_factory = sqlite3.Row
        result = connection.execute(sql, params).fetchall()
    connection.close()
    return result


def assert_sound(home: Home) -> None:
    assert [tuple(row) for row in query(home, "PRAGMA integrity_check")] == [("ok",)]
    assert query(home, "PRAGMA foreign_key_check") == []


# The import, as `moovdesk-cli import FILE` does it ----------------------------------------


@dataclass
class Unmapped:
    """Read, but no column recognised: the CLI refuses it, the window asks for a mapping."""

    header: list[str]


def import_like_the_cli(base: Base, path: Path) -> ImportReport | Unmapped:
    """`moovdesk.commands.import_file.run` without argparse: read, map, import, index."""
    table = read_table(path)
    remembered = MappingMemory(base.home.root).recall(table.header)
    sample = [cells for _line, cells in list(table.iter_rows())[:20]]
    plan = ImportPlan.for_table(table, remembered or auto_map(table.header, sample))
    if not plan.mapping:
        return Unmapped(table.header)
    report = import_table(
        base.store,
        table,
        plan,
        file_name=path.name,
        file_bytes=path.read_bytes(),
        options=ImportOptions(),
        gazetteer=Gazetteer.shared(),
    )
    finish_search_index(base.store)
    return report


def outcome_of(base: Base, path: Path) -> ImportReport | Unmapped | ImportFileError:
    """What importing `path` gives; any exception but the import's own fails the test."""
    try:
        return import_like_the_cli(base, path)
    except ImportFileError as error:
        return error
    except Exception as error:  # pragma: no cover - the failure this test exists to catch
        pytest.fail(f"{path.name} made the import raise {error!r}")


# The corpus itself --------------------------------------------------------------------------


def test_the_corpus_is_complete_small_and_described() -> None:
    assert len(CORPUS_FILES) >= 30
    assert sorted(EXPECTED) == CORPUS_FILES, "every file needs an entry in EXPECTED.json"
    assert sum((CORPUS / name).stat().st_size for name in FILES) < 300_000
    kinds = {EXPECTED[name]["outcome"] for name in CORPUS_FILES}
    assert kinds == {"refused", "imported", "unmapped"}
    for name in CORPUS_FILES:
        entry = EXPECTED[name]
        if entry["outcome"] == "refused":
            assert Reason(entry["reason"]) and entry["message"], name
        if entry["outcome"] == "imported":
            assert entry["imported"] == len(entry["prospects"]) > 0, name


def test_the_generator_makes_exactly_the_committed_files() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_bad_corpus", ROOT / "tools" / "make_bad_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    made = generator.build_corpus()
    assert sorted(made) == CORPUS_FILES
    stale = [name for name, data in made.items() if (CORPUS / name).read_bytes() != data]
    assert not stale, f"run tools/make_bad_corpus.py: {stale}"


# Every file, in-process ---------------------------------------------------------------------


def expected_rows(home: Home, table: str, wanted: list[dict[str, Any]], batch_id: str) -> None:
    rows = [
        dict(row)
        for row in query(home, f"SELECT * FROM {table} WHERE import_batch_id = ?", batch_id)
    ]
    for expectation in wanted:
        exact = {key: value for key, value in expectation.items() if not key.startswith("_")}
        contains = expectation.get("_contains", {})
        lengths = expectation.get("_length", {})
        matching = [
            row
            for row in rows
            if all(row[key] == value for key, value in exact.items())
            and all(text in row[key] for key, text in contains.items())
            and all(len(row[key]) == length for key, length in lengths.items())
        ]
        assert len(matching) == 1, (expectation, [{k: row[k] for k in exact} for row in rows])


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_each_file_is_refused_cleanly_or_imported_exactly(base: Base, name: str) -> None:
    expected = EXPECTED[name]
    rows_before = rows_of(base.home)
    seeds_before = rows_before["prospect"]
    files_before = database_files(base.home)
    outcome = outcome_of(base, CORPUS / name)

    if expected["outcome"] in ("refused", "unmapped"):
        if expected["outcome"] == "refused":
            assert isinstance(outcome, ImportFileError), f"{name} was not refused: {outcome!r}"
            assert outcome.reason_code is Reason(expected["reason"]), outcome
            assert expected["message"] in outcome.message
            assert "\n" not in outcome.message and "Traceback" not in outcome.message
        else:
            assert isinstance(outcome, Unmapped), f"{name}: {outcome!r}"
        assert database_files(base.home) == files_before  # byte for byte
        assert rows_of(base.home) == rows_before  # row for row, every table
        assert query(base.home, "SELECT count(*) FROM import_batch")[0][0] == 0
    else:
        assert isinstance(outcome, ImportReport), f"{name} was not imported: {outcome!r}"
        assert outcome.imported == expected["imported"], outcome.summary()
        for key, count in expected.get("report", {}).items():
            value = getattr(outcome, key)
            assert (len(value) if isinstance(value, list) else value) == count, key
        batches = query(base.home, "SELECT id, rows_imported FROM import_batch")
        assert [tuple(batch) for batch in batches] == [(outcome.batch_id, expected["imported"])]
        total = query(base.home, "SELECT count(*) FROM prospect WHERE deleted_at IS NULL")[0][0]
        assert total == len(SEEDS) + expected["imported"]
        seeds_after = query(base.home, "SELECT * FROM prospect WHERE import_batch_id IS NULL")
        assert sorted((tuple(row) for row in seeds_after), key=repr) == seeds_before
        expected_rows(base.home, "prospect", expected["prospects"], outcome.batch_id)
        expected_rows(base.home, "contact", expected.get("contacts", []), outcome.batch_id)
        # The text came through as text: the search finds it again by its words.
        service = ProspectService(base.store)
        first = expected["prospects"][0]["company"]
        assert service.matching_ids(first), first
    assert_sound(base.home)
    # Whatever happened, the base still opens and reads.
    assert ProspectService(base.store).count() >= len(SEEDS)


def test_the_zip_bomb_is_refused_before_anything_is_inflated(
    base: Base, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = CORPUS / "zip_bomb.xlsx"
    with zipfile.ZipFile(path) as archive:
        declared = sum(entry.file_size for entry in archive.infolist())
    assert path.stat().st_size < 100_000 and declared > 2_000_000_000

    def no_inflating(*args: object, **kwargs: object) -> None:
        raise AssertionError("the zip bomb was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    monkeypatch.setattr(
        "moovdesk.importing.spreadsheet.CalamineWorkbook.from_filelike", no_inflating
    )
    outcome = outcome_of(base, path)
    assert isinstance(outcome, ImportFileError) and outcome.reason_code is Reason.ZIP_BOMB


def test_a_refused_file_leaves_no_trace_after_a_good_import(base: Base) -> None:
    """Refusals after a real import do not touch it either (nor the search index)."""
    first = outcome_of(base, CORPUS / "xlsx_renamed.csv")
    assert isinstance(first, ImportReport) and first.imported == 1
    before = rows_of(base.home)
    for name in CORPUS_FILES:
        if EXPECTED[name]["outcome"] != "imported":
            assert not isinstance(outcome_of(base, CORPUS / name), ImportReport), name
    assert rows_of(base.home) == before
    assert_sound(base.home)


# Too big to commit: made here ---------------------------------------------------------------


def big_cases(folder: Path) -> Iterator[tuple[Path, Reason, str]]:
    line = folder / "one_line.csv"
    line.write_bytes(b"Soci\xc3\xa9t\xc3\xa9;" + b"A" * (10 * 1024 * 1024))
    yield line, Reason.LINE_TOO_LONG, "first line of this file is longer than"
    cell = folder / "big_cell.csv"
    cell.write_bytes(b"Soci\xc3\xa9t\xc3\xa9;Notes\nA;" + b"x" * (10 * 1024 * 1024) + b"\nB;y\n")
    yield cell, Reason.LINE_TOO_LONG, "Line 2 cannot be read"
    wide = folder / "wide.csv"
    wide.write_text(";".join(["Société", *[f"c{i}" for i in range(10_000)]]) + "\nA\n")
    yield wide, Reason.TOO_MANY_COLUMNS, "10,001 columns"
    swallowed = folder / "swallowed.csv"
    body = "".join(f"Avalée {i}\n" for i in range(2_000))
    swallowed.write_text(f'Société;Ville\nA;"Lyon\n{body}')
    yield swallowed, Reason.UNBALANCED_QUOTES, "opened on line 2 is never closed"
    huge = folder / "huge.csv"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024 * 1024 * 1024)  # sparse: nothing written to disk
    yield huge, Reason.FILE_TOO_LARGE, "too large to import"


def test_files_too_big_to_commit_are_refused(base: Base, tmp_path: Path) -> None:
    files_before = database_files(base.home)
    for path, reason, words in big_cases(tmp_path):
        outcome = outcome_of(base, path)
        assert isinstance(outcome, ImportFileError), path.name
        assert outcome.reason_code is reason, (path.name, outcome)
        assert words in outcome.message, outcome.message
        path.unlink()
    assert database_files(base.home) == files_before
    assert_sound(base.home)


# Through the real CLI process -------------------------------------------------------------

CLI_SAMPLE = [
    "png_renamed.csv",
    "random_binary.csv",
    "empty.csv",
    "header_only.csv",
    "unbalanced_quotes.csv",
    "zip_bomb.xlsx",
    "truncated.xlsx",
    "word_renamed.xlsx",
    "html_saved_as.xls",
    "no_recognisable_column.csv",
    "csv_injection.csv",
    "html_in_fields.csv",
    "bom_in_middle.csv",
]


def cli_import(home: Path, path: Path, **kwargs: Any) -> Any:
    return run_cli("--home", str(home), "import", str(path), **kwargs)


@pytest.mark.parametrize("name", CLI_SAMPLE)
def test_the_cli_refuses_in_one_line_or_imports(tmp_path: Path, name: str) -> None:
    home = seed_home(tmp_path / "home")
    expected = EXPECTED[name]
    before = rows_of(home)
    result = cli_import(home.root, CORPUS / name)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    if expected["outcome"] == "imported":
        assert result.returncode == 0, result.stderr
        assert f"{expected['imported']} prospects imported" in result.stdout
        assert len(rows_of(home)["prospect"]) == len(SEEDS) + expected["imported"]
    else:
        assert result.returncode == 1
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("moovdesk-cli: error: ")
        assert expected["message"] in lines[0]
        assert rows_of(home) == before
    assert_sound(home)


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS caps memory only on Linux")
def test_the_cli_refuses_a_huge_file_without_reading_it(tmp_path: Path) -> None:
    """Under a 1 GiB memory cap, a 2 GiB file is refused from its size, not read into memory."""
    import resource

    home = seed_home(tmp_path / "home")
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024 * 1024 * 1024)

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    before = rows_of(home)
    result = subprocess.run(
        [sys.executable, "-m", "moovdesk.cli", "--home", str(home.root), "import", str(huge)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ),
        preexec_fn=cap_memory,  # the test process starts no thread of its own here
    )
    assert result.returncode == 1
    assert result.stderr.startswith("moovdesk-cli: error: This file is too large to import")
    assert len(result.stderr.splitlines()) == 1
    assert rows_of(home) == before
