"""Reading real files: encodings, delimiters, quotes, preambles, ragged rows and spreadsheets."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from moovdesk.importing.errors import ImportFileError, Reason
from moovdesk.importing.reader import FileKind, read_table
from tests.importing.sample_files import FILES, Formula, make_ods, make_xlsx

FRENCH_ROWS = [
    ["Société", "Ville", "Contact", "Commentaire"],
    ["Boulangerie Lefèvre", "Orléans", "Jérôme Garçon", "Très intéressé, à rappeler"],
    ["Café de la Gare", "Saint-Étienne", "Éloïse Boeuf", "Préfère le matin"],
    ["Hôtel du Château", "Besançon", "Noël Müller", "Déjà client « VIP »"],
]


def _csv(rows: list[list[str]], delimiter: str = ";", newline: str = "\r\n") -> str:
    def quote(cell: str) -> str:
        if any(char in cell for char in (delimiter, '"', "\n", "\r")):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    return newline.join(delimiter.join(quote(cell) for cell in row) for row in rows) + newline


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # with a BOM, little-endian on this machine
        ("utf-16-be", None),
        ("cp1252", "cp1252"),
        ("latin-1", "cp1252"),
        ("mac_roman", "mac_roman"),
        ("cp850", "cp850"),
    ],
)
def test_french_text_reads_right_in_every_common_encoding(encoding: str, expected: str | None):
    text = _csv(FRENCH_ROWS)
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # BOM, big-endian
        expected = "utf-16"
    table = read_table(data)
    assert table.encoding == expected
    assert table.header == FRENCH_ROWS[0]
    assert table.rows == FRENCH_ROWS[1:]


def test_short_cp1252_file_is_not_read_as_another_code_page():
    data = "Nom;Ville\r\nCafé;Orléans\r\n".encode("cp1252")
    table = read_table(data)
    assert table.rows == [["Café", "Orléans"]]


def test_utf16_without_bom_is_recognised_by_its_nul_pattern():
    table = read_table(_csv(FRENCH_ROWS).encode("utf-16-le"))
    assert table.rows == FRENCH_ROWS[1:]


def test_mostly_utf8_file_with_pasted_windows_lines_reads_both():
    good = _csv(FRENCH_ROWS[:2]).encode("utf-8")
    pasted = _csv([FRENCH_ROWS[2]]).encode("cp1252")
    table = read_table(good + pasted)
    assert table.rows == FRENCH_ROWS[1:3]
    warning = next(w for w in table.warnings if w.code == "mixed_encoding")
    assert warning.lines == (3,)


def test_double_encoded_utf8_is_repaired():
    data = _csv(FRENCH_ROWS).encode("utf-8").decode("cp1252").encode("utf-8")
    table = read_table(data)
    assert table.rows == FRENCH_ROWS[1:]
    assert any(w.code == "double_encoded" for w in table.warnings)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_found_even_when_cells_contain_other_delimiters(delimiter: str):
    rows = [
        ["Company", "Street", "Notes"],
        ["Acme", "12, rue X; bât. B", "a|b\tc"],
        ["Beta", "3 rue Y", 'said "hi", left; later'],
        ["Gamma", "5 rue Z", ""],
    ]
    table = read_table(_csv(rows, delimiter).encode())
    assert table.delimiter == delimiter
    assert table.rows == rows[1:]


def test_quoted_cells_with_line_breaks_keep_source_line_numbers():
    text = 'Nom;Notes\n"Dupont";"ligne 1\nligne 2\r\nligne 3"\nMartin;simple\n'
    table = read_table(text.encode())
    assert table.rows == [["Dupont", "ligne 1\nligne 2\r\nligne 3"], ["Martin", "simple"]]
    assert table.line_numbers == [2, 5]


def test_mixed_line_endings_and_blank_lines():
    text = "Nom;Ville\r\nA;Lyon\n\nB;Nice\rC;Pau\r\n;\r\nD;Dax"
    table = read_table(text.encode())
    assert table.rows == [["A", "Lyon"], ["B", "Nice"], ["C", "Pau"], ["D", "Dax"]]
    assert table.line_numbers == [2, 4, 5, 7]


def test_linkedin_notes_preamble_is_skipped():
    table = read_table(FILES / "linkedin_connections.csv")
    assert table.header[:3] == ["First Name", "Last Name", "URL"]
    assert table.header_line == 4
    assert table.skipped_lines == 3
    assert table.preamble[0] == "Notes:"
    assert len(table.rows) == 3
    assert table.line_numbers[0] == 5


def test_unquoted_preamble_paragraph_with_commas_is_skipped():
    text = (
        "Notes:\nWhen exporting, some emails are missing, see settings.\n\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Lee,https://x,,Acme,CEO,15 Jan 2024\n"
    )
    table = read_table(text.encode())
    assert table.header[0] == "First Name"
    assert table.rows == [["Ann", "Lee", "https://x", "", "Acme", "CEO", "15 Jan 2024"]]


def test_excel_title_row_padded_with_delimiters_is_skipped():
    text = "Export du 12/03/2024;;;\n;;;\nSociété;CP;Ville;Tél\nA;75001;Paris;0102030405\n"
    table = read_table(text.encode())
    assert table.header == ["Société", "CP", "Ville", "Tél"]
    assert table.header_line == 3
    assert table.preamble == ["Export du 12/03/2024"]


def test_ragged_rows_are_fitted_and_reported():
    text = "A;B;C\n1;2;3\n4;5\n6;7;8;9\n10;11;12;\n13;14;15\n16;17;18\n"
    table = read_table(text.encode())
    assert table.rows[:4] == [["1", "2", "3"], ["4", "5", ""], ["6", "7", "8"], ["10", "11", "12"]]
    codes = {w.code: w for w in table.warnings}
    assert codes["short_rows"].lines == (3,)
    assert codes["long_rows"].lines == (4,)  # line 5 only lost an empty cell


def test_formula_errors_in_a_spreadsheet_are_reported_not_silently_blank():
    """calamine reads "#N/A" or "#DIV/0!" cells as empty: the reader says so, with the rows."""
    data = make_xlsx(
        {
            "Notes": [["rien"]],  # the errors are looked for in the sheet read, not the first
            "Clients": [
                ["Société", "Ville", "Téléphone"],
                ["Alpha", Formula("=NA()", "#N/A"), "0478000001"],
                ["Bêta", "Nice", Formula("=1/0", "#DIV/0!")],
                ["Gamma", "Lyon", "0478000002"],
                ["#N/A", "Pau", ""],  # typed as text, not an error: nothing to say
            ],
        },
        start_row=2,
    )
    table = read_table(data, name="clients.xlsx", sheet="Clients")
    assert table.rows[0] == ["Alpha", "", "0478000001"]
    assert table.rows[3] == ["#N/A", "Pau", ""]
    (warning,) = [w for w in table.warnings if w.code == "cell_errors"]
    assert warning.lines == (4, 5)  # the sheet's own row numbers, below the header on row 3
    assert warning.count == 2
    assert warning.detail == "#DIV/0!, #N/A"
    assert "2 cell(s) show a spreadsheet error (#DIV/0!, #N/A)" in warning.message


def test_a_spreadsheet_without_errors_gets_no_error_warning():
    data = make_xlsx({"Feuille": [["Société", "Ville"], ["Alpha", "Lyon"]]})
    assert read_table(data, name="ok.xlsx").warnings == []


def test_trailing_delimiter_column_without_name_or_data_is_dropped():
    table = read_table(b"A;B;\n1;2;\n3;4;\n")
    assert table.header == ["A", "B"]
    assert table.rows == [["1", "2"], ["3", "4"]]


def test_unnamed_column_with_data_is_kept():
    table = read_table(b"A;B;\n1;2;x\n3;4;\n")
    assert table.header == ["A", "B", ""]
    assert table.rows[0] == ["1", "2", "x"]


def test_header_names_are_trimmed_and_single_spaced():
    table = read_table(b'" Code\n postal ";" Ville "\n75001;Paris\n')
    assert table.header == ["Code postal", "Ville"]


def test_single_column_file():
    table = read_table("Société\nAcme\nBêta\n".encode())
    assert table.header == ["Société"]
    assert table.rows == [["Acme"], ["Bêta"]]


def test_spreadsheet_cells_become_the_text_a_rep_sees():
    data = make_xlsx(
        {
            "Vide": [],
            "Prospects": [
                ["Export CRM", None, None],
                [None],
                ["Société", "CP", "Relance", "Tél", "Lat", "Actif", "Créé"],
                [
                    "Café",
                    1000,
                    date(2027, 1, 15),
                    612345678,
                    47.48,
                    True,
                    datetime(2027, 1, 15, 9, 30),
                ],
                ["Thé", "01000", None, "06 12 34 56 78", None, False, None],
            ],
        }
    )
    table = read_table(data, name="export.xlsx")
    assert table.kind is FileKind.XLSX
    assert table.sheet_name == "Prospects"
    assert table.sheet_names == ["Vide", "Prospects"]
    assert table.header == ["Société", "CP", "Relance", "Tél", "Lat", "Actif", "Créé"]
    assert table.header_line == 3
    assert table.rows[0] == [
        "Café",
        "1000",
        "2027-01-15",
        "612345678",
        "47.48",
        "true",
        "2027-01-15T09:30",
    ]
    assert table.rows[1] == ["Thé", "01000", "", "06 12 34 56 78", "", "false", ""]
    assert table.line_numbers == [4, 5]


def test_sheet_can_be_chosen_by_name_or_index():
    data = make_xlsx({"Un": [["A"], ["1"]], "Deux": [["B"], ["2"]]})
    assert read_table(data, sheet="Deux").rows == [["2"]]
    assert read_table(data, sheet=0).rows == [["1"]]
    with pytest.raises(ImportFileError) as error:
        read_table(data, sheet="Trois")
    assert error.value.reason_code is Reason.SHEET_NOT_FOUND
    assert "Un, Deux" in error.value.message


def test_spreadsheet_renamed_csv_is_opened_as_spreadsheet(tmp_path: Path):
    path = tmp_path / "prospects.csv"
    path.write_bytes(make_xlsx({"Feuil1": [["Nom", "Ville"], ["Café", "Lyon"]]}))
    table = read_table(path)
    assert table.kind is FileKind.XLSX
    assert table.rows == [["Café", "Lyon"]]
    assert table.source_name == "prospects.csv"


def test_ods_spreadsheet():
    data = make_ods([["Nom", "CP", "Date", "Actif"], ["Café", 1000, date(2027, 1, 15), True]])
    table = read_table(data)
    assert table.kind is FileKind.ODS
    assert table.rows == [["Café", "1000", "2027-01-15", "true"]]


def test_zipped_csv_download_is_read():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "StockEtablissement_extrait.csv", "siret,codePostal\n55203253400018,13001\n"
        )
    table = read_table(buffer.getvalue())
    assert table.rows == [["55203253400018", "13001"]]
    assert table.warnings[0].code == "zipped"


def test_samples_read_with_their_encoding_and_delimiter():
    from tests.importing.sample_files import SAMPLES

    french = read_table(SAMPLES / "prospects_tableur_fr.csv")
    assert (french.encoding, french.delimiter, len(french.rows)) == ("cp1252", ";", 30)
    assert french.rows[1][2] == "Éloïse"
    assert french.rows[1][10] == "Voir en début de mois; préfère le matin"
    english = read_table(SAMPLES / "crm_export_en.csv")
    assert (english.encoding, english.delimiter, len(english.rows)) == ("utf-8", ",", 20)
    assert english.rows[2][5] == "La Fresnaye-sur-Chédouet"


def test_latin9_euro_and_oe_ligature():
    data = "Société;Prix\nCafé;10 €\nŒuvre;5 €\n".encode("iso8859_15")
    table = read_table(data)
    assert table.encoding == "iso8859_15"
    assert table.rows == [["Café", "10 €"], ["Œuvre", "5 €"]]


def test_non_western_file_falls_back_to_charset_normalizer():
    text = "Компания;Город;Контакт\nРомашка;Москва;Иван Петров\nЛютик;Казань;Мария Иванова\n"
    table = read_table(text.encode("cp1251"))
    assert table.encoding == "cp1251"
    assert table.rows[0] == ["Ромашка", "Москва", "Иван Петров"]
