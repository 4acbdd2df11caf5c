"""Choosing the format from the file name, or by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from moovdesk.exporting import ExportError, ExportFormat, format_for


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("prospects.csv", ExportFormat.CSV),
        ("PROSPECTS.CSV", ExportFormat.CSV),
        ("a.b.json", ExportFormat.JSON),
        ("Classeur.xlsx", ExportFormat.XLSX),
        ("contacts.vcf", ExportFormat.VCARD),
        ("contacts.vcard", ExportFormat.VCARD),
    ],
)
def test_format_from_the_extension(name: str, expected: ExportFormat) -> None:
    assert format_for(Path(name)) is expected


def test_a_forced_format_beats_the_extension() -> None:
    assert format_for(Path("export.txt"), "csv") is ExportFormat.CSV
    assert format_for(Path("export.csv"), "vCard") is ExportFormat.VCARD
    assert format_for(Path("export.csv"), ExportFormat.JSON) is ExportFormat.JSON


@pytest.mark.parametrize("name", ["export.txt", "export", "export.xls", "export.ics"])
def test_unknown_extensions_are_refused_with_the_accepted_ones(name: str) -> None:
    with pytest.raises(ExportError, match=r"\.csv, \.json, \.xlsx, \.vcf"):
        format_for(Path(name))


def test_an_unknown_forced_format_is_refused() -> None:
    with pytest.raises(ExportError, match="unknown export format 'pdf'"):
        format_for(Path("export.csv"), "pdf")
