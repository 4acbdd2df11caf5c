"""`moovdesk-cli export` run as a real process: every format, filters, one-line errors, no Qt."""

from __future__ import annotations

import codecs
import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService
from tests.exporting.vcard_parser import parse
from tests.test_cli import run_cli


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with 40 demo prospects, one of them with accents, a hostile name, one trashed."""
    root = tmp_path_factory.mktemp("cli-export")
    assert run_cli("--home", str(root), "demo", "--count", "40").returncode == 0
    home = Home(root)
    with Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file) as store:
        service = ProspectService(store)
        service.create(
            {
                "company": '=HYPERLINK("http://evil.example","Œuvre d\'Étienne")',
                "first_name": "Étienne",
                "postal_code": "1000",
                "city": "Bourg-en-Bresse",
                "phone": "06 12 34 56 78",
                "temperature": "hot",
            }
        )
        service.trash([service.create({"company": "Corbeille SA"})])
    return root


def export(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--home", str(base), "export", *args)


def stats(base: Path) -> dict[str, object]:
    result = json.loads(run_cli("--home", str(base), "stats", "--json").stdout)
    assert isinstance(result, dict)
    return result


def read_csv(path: Path, delimiter: str = ";") -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.DictReader(data.decode("utf-8-sig").splitlines(), delimiter=delimiter))


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(("moovdesk-cli: error:", "moovdesk-cli export: error:"))
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_csv_with_a_filter(base: Path, tmp_path: Path) -> None:
    target = tmp_path / "chauds.csv"
    result = export(base, str(target), "--temperature", "hot")
    assert result.returncode == 0, result.stderr
    hot = stats(base)["by_temperature"]
    assert isinstance(hot, dict)
    assert result.stdout == f"Wrote {hot['hot']} prospects to {target}\n"
    rows = read_csv(target)
    assert len(rows) == hot["hot"]
    assert {row["temperature"] for row in rows} == {"hot"}
    etienne = next(row for row in rows if row["first_name"] == "Étienne")
    assert etienne["company"].startswith("'=HYPERLINK(")
    assert etienne["company"].endswith("Œuvre d'Étienne\")")
    assert (etienne["postal_code"], etienne["phone"]) == ("01000", "+33612345678")


@pytest.mark.parametrize("extension", ["csv", "json", "xlsx", "vcf"])
def test_every_format_from_its_extension(base: Path, tmp_path: Path, extension: str) -> None:
    target = tmp_path / f"prospects.{extension}"
    result = export(base, str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote 41 prospects to {target}\n"  # the trash stays out
    if extension == "json":
        records = json.loads(target.read_text(encoding="utf-8"))
        assert len(records) == 41 and all(r["contacts"] is not None for r in records)
    elif extension == "xlsx":
        sheet = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Prospects")
        assert len(sheet.to_python()) == 42
    elif extension == "vcf":
        cards = parse(target.read_bytes())  # strict: folding, escaping, CRLF
        organisations = [card for card in cards if card.all("KIND")]
        assert len(cards) - len(organisations) >= 40  # the demo prospects have a contact each
    else:
        assert len(read_csv(target)) == 41


def test_forced_format_delimiter_search_and_trash(base: Path, tmp_path: Path) -> None:
    forced = tmp_path / "prospects.txt"
    assert export(base, str(forced), "--format", "json").returncode == 0
    assert len(json.loads(forced.read_text(encoding="utf-8"))) == 41
    commas = tmp_path / "en.csv"
    assert export(base, str(commas), "--delimiter", ",", "--search", "evil oeuvre").returncode == 0
    assert [row["first_name"] for row in read_csv(commas, ",")] == ["Étienne"]
    trash = tmp_path / "trash.csv"
    result = export(base, str(trash), "--trash")
    assert result.stdout == f"Wrote 1 prospects to {trash}\n"
    assert [row["company"] for row in read_csv(trash)] == ["Corbeille SA"]


def test_descending_sort(base: Path, tmp_path: Path) -> None:
    up, down = tmp_path / "up.json", tmp_path / "down.json"
    assert export(base, str(up), "--sort", "postal_code").returncode == 0
    assert export(base, str(down), "--sort", "postal_code", "--descending").returncode == 0
    ids_up = [r["id"] for r in json.loads(up.read_text(encoding="utf-8"))]
    codes_down = [r["postal_code"] for r in json.loads(down.read_text(encoding="utf-8"))]
    assert codes_down == sorted(codes_down, reverse=True)
    assert len(ids_up) == 41


def test_ics_still_exports_follow_ups(base: Path, tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    result = export(base, str(target), "--include-done")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote ") and result.stdout.endswith(f" events to {target}\n")
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("prospects.txt",), ("'prospects.txt'", ".csv, .json, .xlsx, .vcf or .ics")),
        (("prospects.csv", "--include-done"), ("--include-done", ".ics")),
        (("prospects.json", "--delimiter", ","), ("--delimiter", ".csv")),
        (("agenda.ics", "--temperature", "hot"), ("--temperature", ".ics")),
        (("prospects.csv", "--format", "pdf"), ("invalid choice",)),
        (("prospects.csv", "--temperature", "tiède"), ("invalid choice",)),
        (("prospects.csv", "--sort", "nowhere"), ("invalid choice",)),
    ],
)
def test_bad_requests_are_one_line(
    base: Path, tmp_path: Path, args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    result = export(base, str(tmp_path / args[0]), *args[1:])
    assert_one_line_error(result, *words)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["prospects.csv", "prospects.xlsx", "agenda.ics"])
def test_unwritable_targets_are_one_line(base: Path, tmp_path: Path, name: str) -> None:
    missing = tmp_path / "no such folder" / name
    assert_one_line_error(export(base, str(missing)), f"cannot write {missing}")
    folder = tmp_path / name
    folder.mkdir()
    assert_one_line_error(export(base, str(folder)), f"cannot write {folder}")


def test_a_failed_export_keeps_the_previous_file(base: Path, tmp_path: Path) -> None:
    target = tmp_path / "prospects.csv"
    target.write_text("previous", encoding="utf-8")
    result = export(base, str(target), "--sort", "nowhere")
    assert result.returncode == 1
    assert target.read_text(encoding="utf-8") == "previous"


def test_exporting_never_imports_qt(base: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from moovdesk.cli import main;"
        f"status = main(['--home', {str(base)!r}, 'export', {str(tmp_path / 'p.xlsx')!r}]);"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "print(qt); sys.exit(status or (1 if qt else 0))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
