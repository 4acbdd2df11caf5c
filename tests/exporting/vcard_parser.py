"""A strict little vCard 4.0 reader for the tests: unfolds, checks the 75-octet limit and the
CRLF line ends, splits properties and unescapes text, so a malformed card fails a test."""

from __future__ import annotations

from dataclasses import dataclass, field

LIMIT = 75


@dataclass
class Property:
    name: str
    params: dict[str, str]
    value: str  # raw (still escaped)

    @property
    def text(self) -> str:
        return unescape(self.value)

    @property
    def components(self) -> list[str]:
        """A structured value (N, ADR, ORG): parts separated by unescaped semicolons."""
        return [unescape(part) for part in split_unescaped(self.value, ";")]

    @property
    def values(self) -> list[str]:
        """A list value (CATEGORIES): items separated by unescaped commas."""
        return [unescape(part) for part in split_unescaped(self.value, ",")]


@dataclass
class Card:
    properties: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def one(self, name: str) -> Property:
        found = self.all(name)
        assert len(found) == 1, f"{name}: {found}"
        return found[0]

    def text(self, name: str) -> str:
        return self.one(name).text


def parse(data: bytes) -> list[Card]:
    physical = data.split(b"\r\n")
    assert physical[-1] == b"", "the file must end with CRLF"
    lines: list[bytes] = []
    for line in physical[:-1]:
        assert b"\n" not in line and b"\r" not in line, f"bare line break in {line!r}"
        assert len(line) <= LIMIT, f"{len(line)} octets: {line!r}"
        text = line.decode("utf-8")  # each physical line is whole UTF-8: no character was cut
        assert not any((ord(c) < 0x20 and c != "\t") or c == "\x7f" for c in text), text
        if line.startswith(b" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    cards: list[Card] = []
    current: Card | None = None
    for raw in lines:
        prop = _property(raw.decode("utf-8"))
        if prop.name == "BEGIN":
            assert current is None and prop.value == "VCARD"
            current = Card()
        elif prop.name == "END":
            assert current is not None and prop.value == "VCARD"
            assert current.text("VERSION") == "4.0"
            assert current.text("FN"), "FN is required"
            cards.append(current)
            current = None
        else:
            assert current is not None, f"property outside a card: {raw!r}"
            current.properties.append(prop)
    assert current is None, "unterminated card"
    return cards


def _property(line: str) -> Property:
    head, sep, value = line.partition(":")
    assert sep, f"no value in {line!r}"
    name, *params = head.split(";")
    parsed = {}
    for param in params:
        key, eq, val = param.partition("=")
        assert eq, f"bad parameter {param!r}"
        parsed[key.upper()] = val
    return Property(name.upper(), parsed, value)


def split_unescaped(value: str, separator: str) -> list[str]:
    parts, current, escaped = [], "", False
    for char in value:
        if escaped:
            current += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append(current)
            current = ""
        else:
            current += char
    assert not escaped, "dangling backslash"
    return [*parts, current]


def unescape(value: str) -> str:
    out, escaped = [], False
    for char in value:
        if escaped:
            assert char in "\\,;nN", f"unknown escape \\{char}"
            out.append("\n" if char in "nN" else char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            assert char not in ",;", f"unescaped {char!r} in {value!r}"
            out.append(char)
    assert not escaped, "dangling backslash"
    return "".join(out)
