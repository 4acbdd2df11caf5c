"""Headers to targets: a known export's fixed mapping, else synonyms and word rules, then a look at
the values for headers that cannot decide alone ("Title" is M./Mme or a job; "Type" may hold
Chaud/Froid; "Nom" is the company when the file has no company column).

The result is what the mapping step shows and the user may change; `mapping_signature` lets the
UI remember the user's choice for the next file with the same header.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from moovdesk.importing.contact_points import clean_emails
from moovdesk.importing.formats import KnownFormat, detect_format
from moovdesk.importing.names import civility_of
from moovdesk.importing.synonyms import (
    AMBIGUOUS_NAME,
    AMBIGUOUS_STATUS,
    AMBIGUOUS_TITLE,
    EXACT,
    RULES,
    squash,
    words,
)
from moovdesk.importing.targets import BOOLEAN_TARGETS, RecordKind, is_target
from moovdesk.importing.values import (
    Status,
    clean_bool,
    clean_status,
)

# Column index -> target; a column missing from it is not imported.
ColumnMapping = dict[int, str]
_SAMPLE_ROWS = 200
_NEEDS_A_PARTNER = {"street_number": ("street_name", "street", "street_type")}


@dataclass(frozen=True, slots=True)
class ColumnMatch:
    """Why a column got its target, for the mapping step's tooltips."""

    index: int
    header: str
    target: str | None
    how: str  # "format", "synonym", "rule", "values", "none"


@dataclass(slots=True)
class MappingResult:
    """The automatic mapping, the known export it came from (if any), and what stayed unmapped."""

    headers: list[str]
    mapping: ColumnMapping
    matches: list[ColumnMatch]
    format: KnownFormat | None = None
    unmatched: list[int] = field(default_factory=list)

    @property
    def recognised(self) -> bool:
        return bool(self.mapping)

    @property
    def record_kind(self) -> RecordKind:
        return self.format.record_kind if self.format else RecordKind.PROSPECT

    def unmatched_headers(self) -> list[str]:
        return [self.headers[index] for index in self.unmatched]


def mapping_signature(header: Sequence[str]) -> str:
    """A stable key for "files with this header": order-sensitive, blind to accents and case."""
    joined = "\x1f".join(squash(name) for name in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]


def auto_map(
    header: Sequence[str], sample_rows: Sequence[Sequence[str]] = (), *, detect: bool = True
) -> MappingResult:
    """Map every header it can; `sample_rows` (the first rows) settle the ambiguous ones."""
    sample = list(sample_rows[:_SAMPLE_ROWS])
    known = detect_format(list(header)) if detect else None
    matches: list[ColumnMatch] = []
    for index, name in enumerate(header):
        key = squash(name)
        if known is not None and known.knows(key):
            matches.append(ColumnMatch(index, name, known.target_of(key), "format"))
        else:
            target, how = _generic_target(name, key)
            matches.append(ColumnMatch(index, name, target, how))
    matches = _refine_with_values(matches, sample)
    matches = _settle_ambiguous_names(matches, sample)
    matches = _drop_orphans(matches)
    mapping = {match.index: match.target for match in matches if match.target}
    unmatched = [match.index for match in matches if not match.target]
    return MappingResult(list(header), mapping, matches, known, unmatched)


def _generic_target(name: str, key: str) -> tuple[str | None, str]:
    if not key:
        return None, "none"
    if key in EXACT:
        return EXACT[key], "synonym"
    if key in AMBIGUOUS_NAME:
        return "last_name", "synonym"
    if key in AMBIGUOUS_TITLE:
        return "civility", "synonym"
    if key in AMBIGUOUS_STATUS:
        return "temperature", "synonym"
    header_words = words(name)
    for rule in RULES:
        if rule.matches(header_words, key):
            return rule.target, "rule" if rule.target else "none"
    return None, "none"


def _column(sample: Sequence[Sequence[str]], index: int) -> list[str]:
    return [row[index].strip() for row in sample if index < len(row) and row[index].strip()]


def _share(values: list[str], test: Callable[[str], object]) -> float:
    """The fraction of `values` for which `test` gives something truthy."""
    if not values:
        return 0.0
    return sum(1 for value in values if test(value)) / len(values)


def _refine_with_values(
    matches: list[ColumnMatch], sample: Sequence[Sequence[str]]
) -> list[ColumnMatch]:
    """Let the values decide where the header is ambiguous or says nothing."""
    taken = {match.target for match in matches if match.target}
    refined: list[ColumnMatch] = []
    for match in matches:
        values = _column(sample, match.index)
        key = squash(match.header)
        target, how = match.target, match.how
        if target in ("civility", "job_title") and (key in AMBIGUOUS_TITLE or how == "format"):
            if values:
                target = "civility" if _share(values, civility_of) >= 0.6 else "job_title"
        elif target in ("temperature", "stage") and match.how != "format":
            target = _status_target(values, target, key)
        elif target in BOOLEAN_TARGETS and values and _share(values, _is_bool) < 0.8:
            target = "note_field"
        elif target is None and how == "none" and values:
            target = _target_from_values(values, taken)
            how = "values" if target else how
        if target != match.target:
            if target:
                taken.add(target)
            how = "format" if how == "format" else "values"
            refined.append(ColumnMatch(match.index, match.header, target, how))
        else:
            refined.append(match)
    return refined


def _status_target(values: list[str], target: str, key: str) -> str | None:
    if not values:
        return target if key not in AMBIGUOUS_STATUS else None
    readable = [status for status in map(clean_status, values) if isinstance(status, Status)]
    if len(readable) / len(values) < 0.6:
        # Not hot/cold words after all: keep the text in the notes rather than lose it.
        return "note_field"
    return "temperature" if any(status.temperature for status in readable) else "stage"


def _is_bool(value: str) -> bool:
    return isinstance(clean_bool(value), bool)


def _is_status(value: str) -> bool:
    return isinstance(clean_status(value), Status)


def _is_email(value: str) -> bool:
    return isinstance(clean_emails(value), tuple)


def _target_from_values(values: list[str], taken: set[str]) -> str | None:
    """A header nobody recognises, whose values say what they are (emails, Chaud/Froid)."""
    if "email" not in taken and _share(values, _is_email) >= 0.8:
        return "email"
    if "temperature" not in taken and _share(values, _is_status) >= 0.8:
        statuses = [status for status in map(clean_status, values) if isinstance(status, Status)]
        if any(status.temperature for status in statuses):
            return "temperature"
        return "stage" if "stage" not in taken else None
    return None


def _settle_ambiguous_names(
    matches: list[ColumnMatch], sample: Sequence[Sequence[str]]
) -> list[ColumnMatch]:
    """ "Nom"/"Name" is the company in a list of businesses (no company, no first name column)."""
    targets = {match.target for match in matches}
    if "company" in targets or "first_name" in targets or "contact_full_name" in targets:
        return matches
    settled = []
    for match in matches:
        if match.target == "last_name" and squash(match.header) in AMBIGUOUS_NAME:
            match = ColumnMatch(match.index, match.header, "company", "rule")
        settled.append(match)
    return settled


def _drop_orphans(matches: list[ColumnMatch]) -> list[ColumnMatch]:
    """A bare "N°" is a street number only next to a street; alone it may be anything."""
    targets = {match.target for match in matches}
    kept = []
    for match in matches:
        partners = _NEEDS_A_PARTNER.get(match.target or "")
        if partners and match.how != "format" and not targets.intersection(partners):
            match = ColumnMatch(match.index, match.header, None, "none")
        kept.append(match)
    return kept


def parse_user_mapping(spec: Mapping[str, str | None], header: Sequence[str]) -> ColumnMapping:
    """A mapping written by hand (CLI --mapping JSON): keys are header names or column numbers
    (0-based, as text), values are targets or null/"" to ignore. Raises ValueError when a key
    names no column or a value no target."""
    by_key = {squash(name): index for index, name in reversed(list(enumerate(header)))}
    mapping: ColumnMapping = {}
    for key, target in spec.items():
        index = by_key.get(squash(key))
        if index is None and key.strip().isdigit() and int(key) < len(header):
            index = int(key)
        if index is None:
            raise ValueError(f"The mapping names a column the file does not have: {key!r}.")
        if not target:
            mapping.pop(index, None)
            continue
        if not is_target(target):
            raise ValueError(f"Unknown target {target!r} for column {key!r}.")
        mapping[index] = target
    return mapping
