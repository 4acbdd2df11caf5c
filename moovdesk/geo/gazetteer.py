"""Offline geocoding at commune level: (country, postal code, city) to coordinates.

Why this shape:
- Source: GeoNames postal codes (CC BY 4.0) for the French postal space and the neighbours,
  plus the official French commune names (Etalab, Licence Ouverte) that `tools/build_gazetteer.py`
  adds. No registry ships French street addresses, so a commune (or a Paris/Lyon/Marseille
  arrondissement) is the finest position offline.
- File: `resources/geo/gazetteer.zip` (about 3.4 MB), one deflated TSV member per country group
  plus a manifest. A zip rather than one gzip so a group is inflated only when first asked for
  (France alone, not the 13 groups); TSV into dicts rather than SQLite because a lookup is then
  a dict hit on a precomputed key (about a microsecond, where each SQL round trip costs several
  and a lookup may need three). Match keys are stored in the file so loading does no Unicode
  work; `KEY_VERSION` refuses a file built with other rules.
- The French postal space (FR, the overseas departments and collectivities, Monaco) is one
  group: French files write "97400 Saint-Denis" or "98000 Monaco" with country France, and these
  territories' postal codes never collide.

Names are compared by `place_key`: case, accents, hyphens, apostrophes, articles, "St"/"Ste",
arrondissement ordinals ("15e", "3ème") and CEDEX tails do not matter. The rules deciding
between postal code and city are on `Gazetteer.locate`.
"""

from __future__ import annotations

import difflib
import json
import math
import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import ClassVar, Final, NamedTuple

from moovdesk.data.vocabulary import GeoPrecision
from moovdesk.geo.place_keys import (
    KEY_VERSION,
    country_code,
    group_of,
    name_keys,
    postal_area,
    postal_code_key,
    read_city,
    strict_place_key,
)
from moovdesk.resource_files import resource_path

DATA_FILE_NAME: Final = "gazetteer.zip"
MANIFEST_MEMBER: Final = "manifest.json"
OFFICIAL_NAMES_SUFFIX: Final = "official-names.tsv"
# Same-named places this close are one place (a town's several postal codes, its CEDEX codes);
# farther apart they are namesakes, unless a chain of hops of at most LINK_KM joins them all
# (a city spread over dozens of postal codes, such as Berlin).
SAME_PLACE_KM: Final = 15.0
LINK_KM: Final = 5.0
# Distinct (country, postal code, city) triples remembered; an import repeats its cities a lot.
_MEMO_SIZE: Final = 200_000


# --- Data ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Location:
    """Where an address is, as precisely as the gazetteer knows."""

    latitude: float
    longitude: float
    precision: GeoPrecision  # CITY: the commune matched; POSTAL_CODE: only the code did
    place: str  # the matched place's name: "Paris 15", "Lyon", "Annecy"
    country: str  # the place's ISO code: "RE" for "97400 Saint-Denis" asked as FR


class _Place(NamedTuple):
    """A gazetteer row (a tuple: loading creates tens of thousands)."""

    postal_code: str
    name: str
    latitude: float
    longitude: float
    country: str


def _km(a: _Place, b: _Place) -> float:
    cos = math.cos(math.radians((a.latitude + b.latitude) / 2))
    return 111.2 * math.hypot(a.latitude - b.latitude, (a.longitude - b.longitude) * cos)


def _location(place: _Place, precision: GeoPrecision) -> Location:
    return Location(place.latitude, place.longitude, precision, place.name, place.country)


_ARRONDISSEMENT_CITIES: Final = ("paris", "lyon", "marseille")


class _Table:
    """The indexes of one country group, built from its TSV member in one pass."""

    def __init__(self, group: str, text: str, official: str = "") -> None:
        self.group = group
        self.by_code: dict[str, dict[str, _Place]] = {}  # code -> key -> place
        self.first_in_code: dict[str, _Place] = {}  # the builder writes the code's centre first
        self.by_key: dict[str, list[_Place]] = {}
        # strict name -> postal code of the one current commune so named, "" for namesakes
        self.official = {
            name: code for name, _, code in (line.partition("\t") for line in official.splitlines())
        }
        by_code, by_key = self.by_code, self.by_key
        in_code: dict[str, _Place] = {}
        arrondissements: list[tuple[str, str, _Place]] = []
        current = ""
        for line in text.splitlines():
            code, name, keys, latitude, longitude, country = line.split("\t")
            place = _Place(code, name, float(latitude), float(longitude), country or group)
            if code != current:  # rows come grouped by postal code
                current = code
                in_code = by_code[code] = {}
                self.first_in_code[code] = place
            for key in keys.split("|") if "|" in keys else (keys,):
                if key not in in_code:
                    in_code[key] = place
                same = by_key.get(key)
                if same is None:
                    by_key[key] = [place]
                else:
                    same.append(place)
            if keys.startswith(_ARRONDISSEMENT_CITIES) and keys[-1].isdigit() and group == "FR":
                arrondissements.append((code, keys.rstrip("0123456789"), place))
        # "75015 Paris" and "69003 Lyon" mean the arrondissement, not the city centre.
        for code, city_key, place in arrondissements:
            if city_key in _ARRONDISSEMENT_CITIES:
                by_code[code][city_key] = place

    def in_area(self, area: str, key: str) -> list[_Place]:
        return [
            p for p in self.by_key.get(key, ()) if postal_area(self.group, p.postal_code) == area
        ]


def _match_in_code(in_code: dict[str, _Place], key: str) -> _Place | None:
    """The place of this postal code the name means: exact, then shortened or lengthened
    ("Hamburg" for "Hamburg Altstadt"), then a close spelling; numbered names only exactly."""
    place = in_code.get(key)
    if place is not None or key[-1].isdigit():  # "Marseille 8e" is not Marseille 1er's neighbour
        return place
    if len(key) >= 4:
        for candidate_key, candidate in in_code.items():
            if candidate_key.startswith(key) or (
                len(candidate_key) >= 4 and key.startswith(candidate_key)
            ):
                return candidate
    close = difflib.get_close_matches(key, in_code, n=1, cutoff=0.85)
    return in_code[close[0]] if close else None


def _unique(candidates: Sequence[_Place], country: str | None) -> _Place | None:
    """The one place these same-named candidates are (the lowest postal code stands for it),
    or None when they are namesakes: see SAME_PLACE_KM and LINK_KM."""
    places = [p for p in candidates if country is None or p.country == country]
    if not places:
        return None
    first = places[0]
    if any(p.country != first.country for p in places):
        return None
    if all(_km(first, p) <= SAME_PLACE_KM for p in places):
        return first
    frontier, rest = [first], places[1:]
    while frontier and rest:
        here = frontier.pop()
        linked = [p for p in rest if _km(here, p) <= LINK_KM]
        if linked:
            frontier += linked
            rest = [p for p in rest if _km(here, p) > LINK_KM]
    return None if rest else first


def _unique_named(candidates: list[_Place], strict: str, country: str | None) -> _Place | None:
    """`_unique`, retried on the candidates spelt with the same articles when that decides."""
    place = _unique(candidates, country)
    if place is None and strict:
        same_articles = [p for p in candidates if strict_place_key(p.name) == strict]
        if 0 < len(same_articles) < len(candidates):
            place = _unique(same_articles, country)
    return place


class GazetteerError(RuntimeError):
    """The gazetteer file is missing, damaged or built for other matching rules (rebuild it)."""


class Gazetteer:
    """Postal codes and commune names to coordinates, from the shipped offline file.

    A country group loads on first use (France: about 0.3 s); lookups are then dict hits.
    Thread-safe: importers call it from worker threads.
    """

    _shared: ClassVar[Gazetteer | None] = None
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with zipfile.ZipFile(path) as archive:
                manifest = json.loads(archive.read(MANIFEST_MEMBER))
        except (OSError, KeyError, zipfile.BadZipFile, ValueError) as error:
            raise GazetteerError(f"cannot read the gazetteer {path}: {error}") from error
        if manifest.get("key_version") != KEY_VERSION:
            raise GazetteerError(
                f"{path} was built with key version {manifest.get('key_version')}, "
                f"this code needs {KEY_VERSION}: run tools/build_gazetteer.py"
            )
        self.groups: frozenset[str] = frozenset(manifest.get("groups", {}))
        self.countries: frozenset[str] = frozenset(manifest.get("countries", ()))
        self.sources: dict[str, str] = dict(manifest.get("sources", {}))
        self._tables: dict[str, _Table] = {}
        self._load_lock = threading.Lock()
        self._memo: dict[tuple[str, str, str], Location | None] = {}
        self._resolve_cached = lru_cache(maxsize=1 << 16)(self._resolve)

    @classmethod
    def shared(cls) -> Gazetteer:
        """The gazetteer of the shipped file, opened once per process (groups load lazily)."""
        shared = cls._shared
        if shared is None:
            with cls._shared_lock:
                shared = cls._shared
                if shared is None:
                    shared = cls._shared = cls(default_path())
        return shared

    def preload(self, *countries: str) -> None:
        """Load these countries' groups now (every group when none is given), e.g. in a worker
        before an import, so the first lookup does not pay for it."""
        wanted = {group_of(code) for code in countries} if countries else self.groups
        for group in wanted & self.groups:
            self._table(group)

    def locate(self, country: str, postal_code: str, city: str) -> Location | None:
        """Where (country, postal code, city) is, or None when nothing reliable matches.

        `country` is an ISO code or a name `moovdesk.addresses.normalize_country` knows; ""
        means France. For FR, the overseas departments and Monaco are found by their postal
        codes. A postal code may also come at the start or end of `city` ("75015 Paris").
        1. The postal code is known and the city is one of its places (exactly, or shortened,
           lengthened or slightly misspelt among that code's few places): that place, CITY.
           "75015 Paris" is Paris 15; a CEDEX code gives its commune.
        2. The postal code is known, the city is not among its places but is one unambiguous
           place of the same département (same two first characters abroad): that place, CITY
           (the code was probably mistyped or outdated).
        3. The postal code is known otherwise (no city, or a city from elsewhere): the code's
           centre place, POSTAL_CODE. The postal code wins over a city of another département.
        4. No known postal code: the city when its name is unambiguous in the département the
           code or a "(93)" hint points to, else in the whole country (for France, only when
           a single current commune bears that exact name), CITY.
        5. Anything else, an empty address or an unknown country included: None.
        """
        memo_key = (country, postal_code, city)
        try:
            return self._memo[memo_key]
        except KeyError:
            pass
        result = self._locate(country, postal_code, city)
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()
        self._memo[memo_key] = result
        return result

    def locate_city(self, country: str, city: str) -> Location | None:
        """Where a city is when no postal code is known (None when the name is ambiguous)."""
        return self.locate(country, "", city)

    def suggest(self, country: str, prefix: str, limit: int = 10) -> list[tuple[str, str]]:
        """(postal code, place name) pairs for an address form: places whose name starts like
        `prefix`, or postal codes starting with it when it is digits."""
        iso = country_code(country)
        group = group_of(iso) if iso else ""
        prefix = prefix.strip()
        if group not in self.groups or not prefix:
            return []
        table = self._table(group)
        found: dict[tuple[str, str], None] = {}
        if prefix.isdigit():
            for code in sorted(c for c in table.by_code if c.startswith(prefix))[:limit]:
                found[(code, table.first_in_code[code].name)] = None
            return list(found)
        loose, strict = name_keys(prefix)
        if not loose:
            return []
        names: set[str] = set()  # one suggestion per name, with its lowest postal code
        for key in sorted(k for k in table.by_key if k.startswith(loose)):
            for place in table.by_key[key]:
                # "Bourg en B" means Bourg-en-Bresse, not Bourg-Blanc (the loose key drops "en")
                if place.name not in names and strict_place_key(place.name).startswith(strict):
                    names.add(place.name)
                    found[(place.postal_code, place.name)] = None
                    if len(found) >= limit:
                        return list(found)
        return list(found)

    # --- internals ------------------------------------------------------------------------------

    def _locate(self, country: str, postal_code: str, city: str) -> Location | None:
        iso = country_code(country)
        if iso is None:
            return None
        group = group_of(iso)
        if group not in self.groups:
            return None
        key, strict, code_in_city, hint = read_city(city)
        code = postal_code_key(group, postal_code or code_in_city)
        if not code and not key:
            return None
        only_country = None if iso == "FR" else iso
        return self._resolve_cached(group, only_country, code, key, strict, hint)

    def _table(self, group: str) -> _Table:
        table = self._tables.get(group)
        if table is None:
            with self._load_lock:
                table = self._tables.get(group)
                if table is None:
                    table = self._tables[group] = self._read_table(group)
        return table

    def _read_table(self, group: str) -> _Table:
        official_member = f"{group}-{OFFICIAL_NAMES_SUFFIX}"
        with zipfile.ZipFile(self.path) as archive:
            text = archive.read(f"{group}.tsv").decode("utf-8")
            official = ""
            if official_member in archive.namelist():
                official = archive.read(official_member).decode("utf-8")
        return _Table(group, text, official)

    def _resolve(
        self, group: str, only_country: str | None, code: str, key: str, strict: str, hint: str
    ) -> Location | None:
        table = self._table(group)
        in_code = table.by_code.get(code) if code else None
        if in_code is not None:
            if key:
                place = _match_in_code(in_code, key)
                if place is None:
                    place = _unique(table.in_area(postal_area(group, code), key), only_country)
                if place is not None:
                    return _location(place, GeoPrecision.CITY)
            return _location(table.first_in_code[code], GeoPrecision.POSTAL_CODE)
        if not key:
            return None
        area = postal_area(group, code) if code else hint
        if area:
            place = _unique(table.in_area(area, key), only_country)
            if place is not None:
                return _location(place, GeoPrecision.CITY)
        candidates = table.by_key.get(key, [])
        if only_country is None and strict in table.official:
            official = table.official[strict]
            if not official:
                return None  # several current communes bear this very name
            place = next((p for p in candidates if p.postal_code == official), None)
            if place is not None:
                return _location(place, GeoPrecision.CITY)
        place = _unique_named(candidates, strict, only_country)
        return _location(place, GeoPrecision.CITY) if place is not None else None


def default_path() -> Path:
    """The shipped gazetteer file."""
    return resource_path("geo", DATA_FILE_NAME)
