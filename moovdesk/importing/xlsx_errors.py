"""The cells of an XLSX sheet that show a formula error (#DIV/0!, #N/A, #NAME?…).

python-calamine hands such cells over as empty, like cells with nothing in them; a rep would
then import a blank where the spreadsheet showed "#N/A" without being told. The sheet's XML
marks them plainly (`<c r="C2" t="e"><v>#DIV/0!</v></c>`), so this reads it, only when that
mark appears at all: a sheet without errors costs one substring search.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from xml.etree import ElementTree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ROW_OF_REF = re.compile(r"[A-Z]+([0-9]+)")


def error_cells(data: bytes, sheet_name: str) -> list[tuple[int, str]]:
    """(sheet row number, error text) of every error cell of `sheet_name`, in sheet order;
    empty when the sheet has none or cannot be found (calamine already read the sheet: this is
    a second look, never a reason to refuse the file)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            path = _sheet_path(archive, sheet_name)
            if path is None:
                return []
            raw = archive.read(path)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, ValueError):
        return []
    if b't="e"' not in raw and b"t='e'" not in raw:
        return []
    found: list[tuple[int, str]] = []
    try:
        for _event, element in ElementTree.iterparse(io.BytesIO(raw)):
            if element.tag == f"{_MAIN}c" and element.get("t") == "e":
                match = _ROW_OF_REF.fullmatch(element.get("r", ""))
                value = element.findtext(f"{_MAIN}v") or "#ERROR"
                if match:
                    found.append((int(match.group(1)), value.strip()))
            if element.tag == f"{_MAIN}row":
                element.clear()  # a big sheet is read without keeping its rows
    except ElementTree.ParseError:
        return found
    return found


def _sheet_path(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    """The archive path of the sheet named `sheet_name`, through the workbook's relationships."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relation = None
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        if sheet.get("name") == sheet_name:
            relation = sheet.get(f"{_REL}id")
            break
    if relation is None:
        return None
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for entry in relations.iter(f"{_PACKAGE_REL}Relationship"):
        if entry.get("Id") == relation:
            target = entry.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None
