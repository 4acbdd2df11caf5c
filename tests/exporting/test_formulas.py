"""The neutralisation rule: formulas get an apostrophe, phones and signed numbers do not."""

from __future__ import annotations

import pytest

from moovdesk.exporting.formulas import neutralize


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://evil.example","clic")',
        "=1+1",
        "@SUM(1)",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "+A1",
        "-SUM(A1:A2)",
        "\t=1+1",
        "\tanything after a tab",
        "\ranything after a return",
        " =1+1",  # spreadsheets that trim leading blanks would still run it
        "\u00a0@SUM(1)",
        "\n=1+1",
        "+33 6 12 34 56 78 ou =1+1",
        "-",
        "+",
    ],
)
def test_formulas_get_an_apostrophe(text: str) -> None:
    assert neutralize(text) == "'" + text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Boulangerie Étienne",
        "+33612345678",
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "+1-202-555-0143",
        "-12.5",
        "-12,5",
        "+3",
        "- 45 000",
        "1+1",  # not a leading sign: Excel reads it as text
        "a=b",
        "'déjà protégé",
        "contact@example.fr",
    ],
)
def test_plain_text_numbers_and_phones_stay_as_they_are(text: str) -> None:
    assert neutralize(text) == text
