"""`moovdesk-cli import` as a real process: reports, refusals with nothing written, undo."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.importing.sample_files import SAMPLES
from tests.test_cli import run_cli


def prospect_count(home: Path) -> int:
    with sqlite3.connect(home / "moovdesk.db") as connection:
        count = connection.execute("SELECT count(*) FROM prospect").fetchone()[0]
    connection.close()
    return int(count)


def test_import_reimport_and_undo(tmp_path: Path) -> None:
    sample = str(SAMPLES / "prospects_tableur_fr.csv")
    first = run_cli("--home", str(tmp_path), "import", sample)
    assert first.returncode == 0, first.stderr
    assert "30 prospects imported" in first.stdout
    assert "'Relance le' -> Next follow-up (date) (day first" in first.stderr
    assert prospect_count(tmp_path) == 30
    again = run_cli("--home", str(tmp_path), "import", sample)
    assert "0 prospects imported" in again.stdout and "30 skipped" in again.stdout
    assert prospect_count(tmp_path) == 30
    search = run_cli("--home", str(tmp_path), "list", "--search", "nesle", "--json")
    assert len(json.loads(search.stdout)) >= 1  # indexed for search before the command ended
    history = run_cli("--home", str(tmp_path), "imports").stdout.splitlines()
    first_id = history[-1].split()[0]
    undo = run_cli("--home", str(tmp_path), "undo-import", first_id)
    assert undo.returncode == 0, undo.stderr
    assert "30 prospects removed" in undo.stdout
    assert prospect_count(tmp_path) == 0


def test_refused_files_write_nothing(tmp_path: Path) -> None:
    assert run_cli("--home", str(tmp_path), "stats").returncode == 0
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    refused = run_cli("--home", str(tmp_path), "import", str(binary))
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("colour,size\nred,XL\n", encoding="utf-8")
    result = run_cli("--home", str(tmp_path), "import", str(unknown))
    assert result.returncode == 1
    assert "'colour', 'size'" in result.stderr
    assert prospect_count(tmp_path) == 0
    with sqlite3.connect(tmp_path / "moovdesk.db") as connection:
        assert connection.execute("SELECT count(*) FROM import_batch").fetchone() == (0,)
    connection.close()


def test_a_given_mapping(tmp_path: Path) -> None:
    data = tmp_path / "odd.csv"
    data.write_text("colour,who\nred,Garage Rouge\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"who": "company", "colour": "notes"}), encoding="utf-8")
    result = run_cli("--home", str(tmp_path), "import", str(data), "--mapping", str(mapping))
    assert result.returncode == 0, result.stderr
    rows = json.loads(run_cli("--home", str(tmp_path), "list", "--json").stdout)
    assert [(r["company"], r["notes"]) for r in rows] == [("Garage Rouge", "red")]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"nope": "company"}), encoding="utf-8")
    refused = run_cli("--home", str(tmp_path), "import", str(data), "--mapping", str(bad))
    assert refused.returncode == 1 and "nope" in refused.stderr


def test_what_the_reader_repaired_is_said(tmp_path: Path) -> None:
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("Société;Ville\nAlpha;Lyon\nBêta\nGamma;Nice\n", encoding="utf-8")
    result = run_cli("--home", str(tmp_path / "home"), "import", str(ragged))
    assert result.returncode == 0, result.stderr
    assert "Note: 1 row(s) had fewer cells than the header" in result.stderr
    assert "(line 3)" in result.stderr
    assert "3 prospects imported" in result.stdout
