"""Neutralising spreadsheet formulas in exported text (OWASP "CSV injection").

A prospect's notes or company name may come from an imported file or a web form; opened in Excel,
LibreOffice or Google Sheets, a cell such as `=HYPERLINK(...)` or `+cmd|' /C calc'!A0` would run.
Such cells get a leading apostrophe, the spreadsheets' own "this is text" mark. Phone numbers
("+33 6 12 34 56 78") and signed numbers ("-12.5") stay as they are: without a letter, a
reference or a pipe they cannot call anything, and a rep's phone column must stay usable.
"""

from __future__ import annotations

import re

# Always a formula (or a DDE call) in at least one spreadsheet; tab and CR per OWASP.
_FORMULA_STARTS = frozenset("=@")
_CONTROL_STARTS = frozenset("\t\r")
_SUSPECT_STARTS = frozenset("=@+-\t\r")
# A sign followed by digits and the separators numbers and phones are written with only.
_SIGNED_NUMBER = re.compile(r"[+-][0-9 \u00a0\u202f.,()/-]*[0-9][0-9 \u00a0\u202f.,()/-]*")


def neutralize(text: str) -> str:
    """`text` with a leading apostrophe when a spreadsheet would run it as a formula.

    Leading blanks are looked through: Google Sheets and LibreOffice trim them before deciding.
    """
    if not text or (text[0] not in _SUSPECT_STARTS and not text[0].isspace()):
        return text  # the common case, kept cheap: this runs for every exported text cell
    if text[0] in _CONTROL_STARTS:
        return "'" + text
    trimmed = text.lstrip()
    first = trimmed[:1]
    if first in _FORMULA_STARTS:
        return "'" + text
    if first in ("+", "-") and not _SIGNED_NUMBER.fullmatch(trimmed):
        return "'" + text
    return text
