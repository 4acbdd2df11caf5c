"""Bytes to text for delimited files, tuned for what French reps actually receive.

Generic detectors (charset-normalizer included) often read a short Windows-1252 file as some
Central-European code page and turn "é" into "ť". So: BOMs first, then strict UTF-8, then a
line-by-line repair of files that are UTF-8 with a few pasted Windows-1252 lines, then a small
scoring of the Western code pages a French file can be in (Windows-1252, Mac Roman, DOS 850), and
only when none of those reads like French or English does charset-normalizer get the last word.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from moovdesk.importing.errors import ImportFileError, ReadWarning, Reason, first_lines

_SAMPLE_BYTES = 1 << 20
# Enough non-ASCII characters to tell the code pages apart; more only costs time.
_SCORED_CHARACTERS = 20_000

# Windows-1252 leaves five bytes undefined; old Latin-1 files use them as C1 controls. Reading them
# as Latin-1 keeps every file decodable without inventing characters.
_CP1252_HOLES = {0x81: "\x81", 0x8D: "\x8d", 0x8F: "\x8f", 0x90: "\x90", 0x9D: "\x9d"}


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_CP1252_HOLES.get(byte, chr(byte)) for byte in bad), error.end


codecs.register_error("moovdesk-latin1", _latin1_fallback)

_FRENCH_LOWER = frozenset("àâäçéèêëîïôöùûüÿœæ")
_FRENCH_UPPER = frozenset("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
_OTHER_LETTERS = frozenset("áíóúñãõåøßÁÍÓÚÑ")
_TYPOGRAPHY = frozenset("«»€’‘“”…–—°²³·\u00a0\u202f©®™§")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DOUBLE_ENCODED = re.compile(
    "[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u02c6\u2013-\u203a\u20ac\u2122]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

LEGACY_CANDIDATES = ("cp1252", "iso8859_15", "mac_roman", "cp850")


@dataclass(slots=True)
class DecodedText:
    """The text and how it was read, for the preview ("read as Windows-1252")."""

    text: str
    encoding: str
    warnings: list[ReadWarning] = field(default_factory=list)


def decode_text(data: bytes) -> DecodedText:
    """Decode a delimited text file; raise ImportFileError for binary content or stray NULs."""
    bom = _decode_with_bom(data)
    if bom is not None:
        return _finish(bom)
    utf16 = _sniff_bomless_utf16(data)
    if utf16:
        return _finish(DecodedText(data.decode(utf16, errors="replace"), utf16))
    warnings: list[ReadWarning] = []
    data = _strip_nul_padding(data, warnings)
    try:
        decoded = DecodedText(data.decode("utf-8"), "utf-8", warnings)
    except UnicodeDecodeError:
        decoded = _decode_mixed_or_legacy(data, warnings)
    return _finish(decoded)


def _decode_with_bom(data: bytes) -> DecodedText | None:
    for bom, codec, name in (
        (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(codec), name)
            except UnicodeDecodeError:
                warning = ReadWarning(
                    "invalid_characters",
                    f"Some bytes are not valid {name.upper()}; they were replaced by \ufffd.",
                    detail=name.upper(),
                )
                return DecodedText(data.decode(codec, errors="replace"), name, [warning])
    return None


def _sniff_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte of mostly-ASCII text."""
    head = data[:4096]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _strip_nul_padding(data: bytes, warnings: list[ReadWarning]) -> bytes:
    """A crash while saving can leave a run of NULs at the end; anything else is not text."""
    if b"\x00" not in data:
        return data
    stripped = data.rstrip(b"\x00")
    if b"\x00" in stripped:
        count = data.count(b"\x00")
        if count > 8 and count / len(data) > 0.01:
            raise ImportFileError(
                "This file contains binary data, not text: it is not a CSV or spreadsheet file.",
                Reason.BINARY_FILE,
            )
        line = stripped[: stripped.index(b"\x00")].count(b"\n") + 1
        raise ImportFileError(
            f"This file contains NUL bytes (line {line}): it is damaged or is not a text file. "
            "Open it in a spreadsheet and save it again as CSV.",
            Reason.NUL_BYTES,
            line=line,
        )
    warnings.append(ReadWarning("nul_padding", "NUL bytes at the end of the file were ignored."))
    return stripped


def _decode_mixed_or_legacy(data: bytes, warnings: list[ReadWarning]) -> DecodedText:
    lines = data.split(b"\n")
    utf8_lines = 0
    bad: list[int] = []
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            bad.append(number)
    if utf8_lines >= len(bad):
        return _decode_mixed(lines, bad, warnings)
    encoding = choose_legacy_encoding(data[:_SAMPLE_BYTES])
    text = data.decode(encoding, errors="moovdesk-latin1" if encoding == "cp1252" else "replace")
    return DecodedText(text, encoding, warnings)


def _decode_mixed(lines: list[bytes], bad: list[int], warnings: list[ReadWarning]) -> DecodedText:
    """Mostly UTF-8 with a few lines from elsewhere: read each line in the encoding it is in."""
    bad_set = set(bad)
    legacy = choose_legacy_encoding(b"\n".join(lines[n - 1] for n in bad[:2000]))
    errors = "moovdesk-latin1" if legacy == "cp1252" else "replace"
    parts = [
        line.decode(legacy, errors=errors) if number in bad_set else line.decode("utf-8")
        for number, line in enumerate(lines, start=1)
    ]
    warnings.append(
        ReadWarning(
            "mixed_encoding",
            f"{len(bad)} line(s) were not valid UTF-8 and were read as {legacy} "
            f"(line {first_lines(bad)}).",
            tuple(bad[:1000]),
            len(bad),
            legacy,
        )
    )
    return DecodedText("\n".join(parts), "utf-8", warnings)


def choose_legacy_encoding(sample: bytes) -> str:
    """The 8-bit code page under which `sample` reads most like French (or Western) text."""
    if sample.isascii():
        return "cp1252"
    scores = {}
    for candidate in LEGACY_CANDIDATES:
        errors = "moovdesk-latin1" if candidate == "cp1252" else "replace"
        scores[candidate] = western_text_score(sample.decode(candidate, errors=errors))
    best = max(LEGACY_CANDIDATES, key=lambda name: scores[name])
    if scores[best] > 0:
        return best
    return _charset_normalizer_guess(sample) or "cp1252"


def western_text_score(text: str) -> int:
    """Positive when the non-ASCII characters look like French words; negative for mojibake.

    Accented lower-case letters inside words score high; capitals after a lower-case letter, box
    drawing, symbols and runs of three non-ASCII characters (rare in French) score against.
    """
    score = 0
    for seen, match in enumerate(_NON_ASCII.finditer(text)):
        if seen >= _SCORED_CHARACTERS:
            break
        char = match.group()
        start = match.start()
        before = text[start - 1] if start else " "
        run = start >= 2 and not text[start - 1].isascii() and not text[start - 2].isascii()
        if run:
            score -= 3
        elif char in _FRENCH_LOWER:
            score += 2
        elif char in _FRENCH_UPPER:
            score += -1 if before.islower() else 1
        elif char in _TYPOGRAPHY or char in _OTHER_LETTERS:
            score += 1
        else:
            score -= 3
    return score


def _charset_normalizer_guess(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(sample[:200_000]).best()
    if best is None:
        return None
    return str(best.encoding)


def _finish(decoded: DecodedText) -> DecodedText:
    text = decoded.text
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
        decoded.warnings.append(
            ReadWarning(
                "inner_bom", "Byte-order marks inside the file (joined files?) were removed."
            )
        )
    if ("Ã" in text or "Â" in text) and len(_DOUBLE_ENCODED.findall(text[:_SAMPLE_BYTES])) >= 3:
        repaired = _undo_double_encoding(text)
        if repaired is not None:
            text = repaired
            decoded.warnings.append(
                ReadWarning(
                    "double_encoded",
                    'The text was encoded twice ("Ã©" for "é"); it was repaired.',
                )
            )
    if "\x00" in text:
        text = text.replace("\x00", "")
    _refuse_control_characters(text)
    decoded.text = text
    return decoded


def _undo_double_encoding(text: str) -> str | None:
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return None


def _refuse_control_characters(text: str) -> None:
    sample = text[:_SAMPLE_BYTES]
    if not sample:
        return
    controls = len(_CONTROL.findall(sample))
    if controls > 8 and controls / len(sample) > 0.001:
        raise ImportFileError(
            "This file contains binary data, not text: it is not a CSV or spreadsheet file.",
            Reason.BINARY_FILE,
        )
