"""How a known export is described: the headers that give it away (with weights), and the fixed
target of each of its columns, by squashed header name or by pattern for numbered columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from moovdesk.importing.dates import DateOrder
from moovdesk.importing.synonyms import squash
from moovdesk.importing.targets import RecordKind


@dataclass(frozen=True)
class KnownFormat:
    key: str
    label: str
    # Squashed header -> weight: headers that point to this export, and how strongly.
    markers: dict[str, int]
    threshold: int
    columns: dict[str, str | None]
    patterns: tuple[tuple[re.Pattern[str], str | None], ...] = ()
    # Other headers of the export, known and deliberately not imported.
    ignored: str = ""
    record_kind: RecordKind = RecordKind.PROSPECT
    date_order: DateOrder = DateOrder.DAY_FIRST
    source: str = ""
    _squashed: dict[str, str | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._squashed.update({squash(name): None for name in self.ignored.split("|")})
        self._squashed.pop("", None)
        self._squashed.update({squash(name): target for name, target in self.columns.items()})

    def score(self, keys: set[str]) -> int:
        return sum(weight for marker, weight in self.markers.items() if marker in keys)

    def knows(self, key: str) -> bool:
        return key in self._squashed or any(p.fullmatch(key) for p, _ in self.patterns)

    def target_of(self, key: str) -> str | None:
        if key in self._squashed:
            return self._squashed[key]
        for pattern, target in self.patterns:
            if pattern.fullmatch(key):
                return target
        return None


def markers(spec: str) -> dict[str, int]:
    """ "Header name=3 | Other header=1" -> squashed marker weights."""
    found: dict[str, int] = {}
    for part in spec.split("|"):
        name, _, weight = part.rpartition("=")
        found[squash(name)] = int(weight)
    return found


def patterns(*pairs: tuple[str, str | None]) -> tuple[tuple[re.Pattern[str], str | None], ...]:
    return tuple((re.compile(pattern), target) for pattern, target in pairs)
