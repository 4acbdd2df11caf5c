"""Files that are not tables, or tables that try to hurt: each is refused with a clear reason and
nothing else ever escapes the reader."""

from __future__ import annotations

import contextlib
import io
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moovdesk.importing.errors import ImportFileError, Reason
from moovdesk.importing.limits import ReadLimits
from moovdesk.importing.reader import read_table
from tests.importing.sample_files import make_xlsx

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def _refused(source: bytes | Path, **kwargs: object) -> ImportFileError:
    with pytest.raises(ImportFileError) as error:
        read_table(source, **kwargs)  # type: ignore[arg-type]
    assert error.value.message  # always something to show
    return error.value


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n;;;\r\n"])
def test_empty_files(data: bytes):
    assert _refused(data).reason_code is Reason.EMPTY_FILE


def test_utf16_bom_only_is_empty():
    assert _refused(b"\xff\xfe \x00\r\x00\n\x00").reason_code is Reason.EMPTY_FILE


@pytest.mark.parametrize("data", [b"Nom;Ville\r\n", b"Nom;Ville", b"Nom;Ville\r\n;\r\n\r\n"])
def test_header_only(data: bytes):
    error = _refused(data)
    assert error.reason_code is Reason.NO_DATA_ROWS
    assert "no rows" in error.message


def test_spreadsheet_with_header_only():
    assert _refused(make_xlsx({"S": [["Nom", "Ville"]]})).reason_code is Reason.NO_DATA_ROWS


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (PNG, "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip archive"),
        (b"SQLite format 3\x00\x10\x00", "SQLite database"),
    ],
)
def test_binary_renamed_csv_is_refused_by_name(tmp_path: Path, data: bytes, words: str):
    path = tmp_path / "prospects.csv"
    path.write_bytes(data + bytes(range(256)) * 4)
    error = _refused(path)
    assert error.reason_code is Reason.BINARY_FILE
    assert words in error.message


def test_unknown_binary_is_refused():
    data = bytes((index * 37) % 256 for index in range(5000))
    assert _refused(data).reason_code in (Reason.BINARY_FILE, Reason.NUL_BYTES)


def test_html_saved_as_xls_is_refused():
    error = _refused(b"<html><body><table><tr><td>Nom</td></tr></table></body></html>")
    assert error.reason_code is Reason.NOT_A_TABLE


def test_nul_bytes_inside_text_are_refused_with_their_line():
    error = _refused(b"Nom;Ville\r\nA;Lyon\r\nB\x00;Nice\r\n")
    assert error.reason_code is Reason.NUL_BYTES
    assert error.line == 3


def test_nul_padding_at_the_end_is_ignored():
    table = read_table(b"Nom;Ville\r\nA;Lyon\r\n" + b"\x00" * 4096)
    assert table.rows == [["A", "Lyon"]]
    assert table.warnings[0].code == "nul_padding"


def test_one_ten_megabyte_line_is_refused():
    data = b"A" * (10 * 1024 * 1024)
    assert _refused(data).reason_code is Reason.LINE_TOO_LONG


def test_ten_megabyte_cell_after_the_header_is_refused():
    data = b"Nom;Notes\nA;" + b"x" * (10 * 1024 * 1024) + b"\nB;y\n"
    error = _refused(data)
    assert error.reason_code is Reason.LINE_TOO_LONG
    assert error.line == 2


def test_too_many_columns():
    header = ",".join(f"c{index}" for index in range(10_001))
    error = _refused(f"{header}\n{',' * 10_000}x\n".encode())
    assert error.reason_code is Reason.TOO_MANY_COLUMNS


def test_too_many_columns_in_a_spreadsheet():
    data = make_xlsx({"S": [["x"] * 50, ["y"] * 50]})
    error = _refused(data, limits=ReadLimits(max_columns=20))
    assert error.reason_code is Reason.TOO_MANY_COLUMNS


def test_zip_bomb_disguised_as_xlsx_is_refused_before_inflating(tmp_path: Path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (64 * 1024 * 1024))
    path = tmp_path / "prospects.xlsx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 200_000
    assert _refused(path).reason_code is Reason.ZIP_BOMB


def test_zip_directory_claiming_gigabytes_is_refused():
    """The declared size alone decides: the archive is never inflated to check it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<sheetData/>")
    data = bytearray(buffer.getvalue())
    record = data.rfind(b"PK\x01\x02")  # the central directory entry of the sheet
    assert data[record + 46 : record + 70] == b"xl/worksheets/sheet1.xml"
    # Uncompressed size sits at offset 24 of a central directory record.
    struct.pack_into("<I", data, record + 24, 0xFFFFFFF0)
    assert _refused(bytes(data)).reason_code is Reason.ZIP_BOMB


def test_word_document_is_not_a_table():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    error = _refused(buffer.getvalue())
    assert error.reason_code is Reason.NOT_A_TABLE
    assert "Word document" in error.message


def test_plain_zip_archive_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.csv", "x\n1\n")
        archive.writestr("b.csv", "y\n2\n")
    assert _refused(buffer.getvalue()).reason_code is Reason.ARCHIVE


def test_damaged_spreadsheet():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "not xml at all <<<")
    assert _refused(buffer.getvalue()).reason_code is Reason.CORRUPT_SPREADSHEET
    assert _refused(b"PK\x03\x04garbage").reason_code is Reason.CORRUPT_SPREADSHEET


def test_unbalanced_quote_that_swallows_the_rest_is_refused_with_its_line():
    lines = ["Nom;Ville;Tel", "A;Lyon;0102030405", 'B;"Nice;0102030405']
    lines += [f"C{index};Pau;0102030405" for index in range(20)]
    error = _refused("\n".join(lines).encode())
    assert error.reason_code is Reason.UNBALANCED_QUOTES
    assert error.line == 3
    assert "line 3" in error.message


def test_unbalanced_quote_in_the_last_cell_is_harmless():
    table = read_table(b'Nom;Notes\nA;ok\nB;"pas ferm\xc3\xa9\n')
    assert table.rows[-1] == ["B", "pas fermé\n"]


def test_multiline_notes_are_not_mistaken_for_swallowed_rows():
    note = "Rappeler; urgent\nVoir devis; signé\nOK"
    text = f'Nom;Ville;Notes\nA;Lyon;"{note}"\nB;Nice;x\n'
    table = read_table(text.encode())
    assert table.rows[0][2] == note


def test_a_one_gigabyte_file_is_refused_without_being_read(tmp_path: Path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(1024 * 1024 * 1024)  # sparse: no gigabyte written to disk
    tracemalloc.start()
    try:
        error = _refused(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.reason_code is Reason.FILE_TOO_LARGE
    assert peak < 10 * 1024 * 1024  # refused from its size, not after reading it


def test_size_cap_is_configurable():
    data = b"Nom\n" + b"x\n" * 1000
    assert _refused(data, limits=ReadLimits(max_file_bytes=1000)).reason_code is (
        Reason.FILE_TOO_LARGE
    )


def test_missing_file(tmp_path: Path):
    assert _refused(tmp_path / "absent.csv").reason_code is Reason.CANNOT_OPEN


def test_bom_in_the_middle_is_removed():
    data = "Nom;Ville\r\nA;Lyon\r\n".encode("utf-8-sig") * 2
    table = read_table(data)
    assert table.rows == [["A", "Lyon"], ["Nom", "Ville"], ["A", "Lyon"]]
    assert any(warning.code == "inner_bom" for warning in table.warnings)


def test_invalid_utf8_in_a_mostly_utf8_file():
    data = "Nom;Ville\nÉric;Orléans\nZoé;Besançon\n".encode() + b"Ren\xe9;S\xe8te\n"
    table = read_table(data)
    assert table.rows == [["Éric", "Orléans"], ["Zoé", "Besançon"], ["René", "Sète"]]


_csv_like = st.lists(
    st.lists(
        st.one_of(
            st.text(max_size=12),
            st.sampled_from(['"', '""', "\n", "\r\n", ";", ",", "\t", "|", "\x00", "\ufeff"]),
        ),
        max_size=6,
    ),
    max_size=8,
).map(lambda rows: "\n".join(";".join(row) for row in rows))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=2048), _csv_like.map(str.encode)))
def test_arbitrary_bytes_never_raise_anything_but_import_file_error(data: bytes):
    try:
        table = read_table(data)
    except ImportFileError as error:
        assert isinstance(error.reason_code, Reason)
        return
    width = len(table.header)
    assert table.rows
    assert all(len(row) == width for row in table.rows)
    assert len(table.line_numbers) == len(table.rows)


@settings(max_examples=60, deadline=None)
@given(
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "mac_roman"]),
    prefix=st.binary(max_size=64),
)
def test_arbitrary_prefix_before_a_real_table_never_crashes(encoding: str, prefix: bytes):
    body = "Société;Ville\nCafé;Orléans\n".encode(encoding, errors="replace")
    with contextlib.suppress(ImportFileError):
        read_table(prefix + body)
