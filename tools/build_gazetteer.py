"""Rebuild resources/geo/gazetteer.zip, the offline gazetteer `moovdesk.geo.gazetteer` reads.

Sources (both allow redistribution with attribution, see resources/geo/NOTICE.md):
- GeoNames postal codes (CC BY 4.0), as carried by the PyPI package `geotz`
  (`pip install geotz`, or `pip install -e .[tools]`): coordinates for every postal code.
- Optional: npm `@etalab/decoupage-administratif` (data under Licence Ouverte 2.0): the
  official names of French communes per postal code. GeoNames still lists many communes under
  their pre-merger names; each official name missing from a postal code becomes an alias row
  at the coordinates of its chef-lieu (or of the same name elsewhere in the département).
  Fetched with `npm pack` into a temporary folder unless `--etalab` points at a copy; the app
  never needs it.

Usage: .venv/bin/python tools/build_gazetteer.py [--etalab PATH | --no-etalab] [--out FILE]

Output: a zip with `manifest.json` and one `<GROUP>.tsv` per country group, rows sorted by postal
code with each code's centre place first: postal code, name, match keys ("|"-separated),
latitude, longitude, ISO country when it differs from the group. The build is deterministic.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import math
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from moovdesk.geo.gazetteer import DATA_FILE_NAME, MANIFEST_MEMBER, OFFICIAL_NAMES_SUFFIX
from moovdesk.geo.place_keys import (
    FRENCH_POSTAL_SPACE,
    KEY_VERSION,
    group_of,
    place_key,
    postal_area,
    postal_code_key,
    strict_place_key,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "geo" / DATA_FILE_NAME
ETALAB_PACKAGE = "@etalab/decoupage-administratif@6.0.0"
NEIGHBOURS = ("BE", "CH", "LU", "DE", "ES", "IT", "AD", "NL", "PT", "AT", "GB", "LI")
COUNTRIES = frozenset(FRENCH_POSTAL_SPACE | set(NEIGHBOURS))
ARRONDISSEMENT_CITIES = ("Paris ", "Lyon ", "Marseille ")
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


@dataclass
class Row:
    code: str
    name: str
    keys: list[str]
    latitude: float
    longitude: float
    country: str
    alias: bool = False  # added from Etalab, not a GeoNames point
    sources: int = 1  # GeoNames rows averaged into this one (Portugal's 7-digit codes)


@dataclass(frozen=True)
class Commune:
    """One entry of Etalab's communes.json."""

    code: str  # INSEE code
    name: str
    kind: str  # commune-actuelle, commune-deleguee, commune-associee, arrondissement-municipal
    chef_lieu: str  # for a former commune: the INSEE code of the commune it now belongs to
    postal_codes: tuple[str, ...]


@dataclass
class Group:
    name: str
    by_code: dict[str, dict[str, Row]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, row: Row) -> None:
        in_code = self.by_code[row.code]
        kept = in_code.get(row.keys[0])
        if kept is None:
            in_code[row.keys[0]] = row
        elif self.name == "PT":  # many 7-digit codes per place: keep their mean position
            total = kept.sources + 1
            kept.latitude = (kept.latitude * kept.sources + row.latitude) / total
            kept.longitude = (kept.longitude * kept.sources + row.longitude) / total
            kept.sources = total


def geonames_file() -> tuple[Path, str]:
    spec = importlib.util.find_spec("geotz")
    if spec is None or spec.origin is None:
        sys.exit("geotz is not installed: pip install geotz (or pip install -e .[tools])")
    path = Path(spec.origin).parent / "data" / "geonames_all_countries_sorted.tsv"
    return path, importlib.metadata.version("geotz")


# French (and other-language) names French reps write for foreign places GeoNames lists under
# the local name: (country, GeoNames name) -> other names.
EXONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("BE", "Bruxelles"): ("Brussel", "Brussels"),
    ("BE", "Antwerpen"): ("Anvers",),
    ("BE", "Gent"): ("Gand",),
    ("BE", "Liège"): ("Luik", "Lüttich"),
    ("BE", "Mons"): ("Bergen",),
    ("BE", "Namur"): ("Namen",),
    ("BE", "Leuven"): ("Louvain",),
    ("BE", "Brugge"): ("Bruges",),
    ("BE", "Kortrijk"): ("Courtrai",),
    ("BE", "Mechelen"): ("Malines",),
    ("BE", "Tournai"): ("Doornik",),
    ("BE", "Ixelles"): ("Elsene",),
    ("BE", "Schaerbeek"): ("Schaarbeek",),
    ("BE", "Oostende"): ("Ostende",),
    ("BE", "Ieper"): ("Ypres",),
    ("CH", "Genève"): ("Genf", "Ginevra", "Geneva"),
    ("CH", "Basel"): ("Bâle",),
    ("CH", "Bern"): ("Berne",),
    ("CH", "Luzern"): ("Lucerne",),
    ("CH", "Fribourg"): ("Freiburg",),
    ("CH", "Sion"): ("Sitten",),
    ("CH", "Solothurn"): ("Soleure",),
    ("CH", "Chur"): ("Coire",),
    ("DE", "München"): ("Munich",),
    ("DE", "Köln"): ("Cologne",),
    ("DE", "Aachen"): ("Aix-la-Chapelle",),
    ("DE", "Frankfurt am Main"): ("Francfort", "Francfort-sur-le-Main", "Frankfurt"),
    ("DE", "Hamburg"): ("Hambourg",),
    ("DE", "Bremen"): ("Brême",),
    ("DE", "Mainz"): ("Mayence",),
    ("DE", "Trier"): ("Trèves",),
    ("DE", "Saarbrücken"): ("Sarrebruck",),
    ("DE", "Freiburg im Breisgau"): ("Fribourg-en-Brisgau", "Freiburg"),
    ("DE", "Dresden"): ("Dresde",),
    ("DE", "Nürnberg"): ("Nuremberg",),
    ("DE", "Koblenz"): ("Coblence",),
    ("IT", "Roma"): ("Rome",),
    ("IT", "Milano"): ("Milan",),
    ("IT", "Torino"): ("Turin",),
    ("IT", "Firenze"): ("Florence",),
    ("IT", "Venezia"): ("Venise",),
    ("IT", "Napoli"): ("Naples",),
    ("IT", "Genova"): ("Gênes",),
    ("IT", "Bologna"): ("Bologne",),
    ("IT", "Verona"): ("Vérone",),
    ("IT", "Padova"): ("Padoue",),
    ("IT", "Ventimiglia"): ("Vintimille",),
    ("ES", "Sevilla"): ("Séville",),
    ("ES", "Zaragoza"): ("Saragosse",),
    ("ES", "Barcelona"): ("Barcelone",),
    ("ES", "Donostia-San Sebastian"): ("Saint-Sébastien", "San Sebastián", "Donostia"),
    ("ES", "Córdoba"): ("Cordoue",),
    ("ES", "Granada"): ("Grenade",),
    ("AT", "Wien"): ("Vienne", "Vienna"),
    ("AT", "Salzburg"): ("Salzbourg",),
    ("GB", "London"): ("Londres",),
    ("GB", "Edinburgh"): ("Édimbourg",),
    ("GB", "Dover"): ("Douvres",),
    ("GB", "Canterbury"): ("Cantorbéry",),
    ("NL", "'s-Gravenhage"): ("Den Haag", "La Haye", "The Hague"),
    ("PT", "Lisboa"): ("Lisbonne", "Lisbon"),
}


def alias_keys(country: str, name: str) -> list[str]:
    """Match keys of a GeoNames name: itself, each side of "A/B", without "(...)", a ", district",
    a canton ("Mühledorf SO") or a post office number ("Luzern 6", not Paris 15), exonyms."""
    variants = [name]
    variants += [part for part in name.split("/") if "/" in name]
    variants += [name.split(sep)[0] for sep in ("(", ",") if sep in name]
    words = name.split()
    if len(words) > 1 and len(words[-1]) == 2 and words[-1].isupper():
        variants.append(" ".join(words[:-1]))
    if len(words) > 1 and words[-1].isdigit() and group_of(country) != "FR":
        variants.append(" ".join(words[:-1]))
    for variant in list(variants):
        variants += EXONYMS.get((country, variant.strip()), ())
    keys: list[str] = []
    for variant in variants:
        key = place_key(variant)
        if key and key not in keys:
            keys.append(key)
    return keys


def read_geonames(path: Path) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    cedex_rows: list[tuple[Group, Row]] = []
    with path.open(encoding="utf-8") as source:
        for line in source:
            country = line[:2]
            if country not in COUNTRIES:
                continue
            fields = line.rstrip("\n").split("\t")
            raw_code, name, latitude, longitude = fields[1], fields[2], fields[9], fields[10]
            if not latitude or not longitude:
                continue
            group = groups.setdefault(group_of(country), Group(group_of(country)))
            code = postal_code_key(group.name, raw_code)
            keys = alias_keys(country, name)
            if not code or not keys:
                continue
            row = Row(code, name, keys, float(latitude), float(longitude), country)
            if "CEDEX" in raw_code:
                cedex_rows.append((group, row))
            else:
                group.add(row)
    # CEDEX codes come last so a code that is both keeps its ordinary places first.
    for group, row in cedex_rows:
        group.add(row)
    return groups


def etalab_communes(path: Path | None) -> tuple[list[Commune], str]:
    if path is not None:
        return _communes_from(path)
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["npm", "pack", ETALAB_PACKAGE, "--silent", "--pack-destination", folder],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (tarball,) = Path(folder).glob("*.tgz")
        return _communes_from(tarball)


def _communes_from(path: Path) -> tuple[list[Commune], str]:
    if path.is_dir():
        package = json.loads((path / "package.json").read_bytes())
        raw = json.loads((path / "data" / "communes.json").read_bytes())
    else:
        with tarfile.open(path) as tar:
            package = json.loads(_member(tar, "package/package.json"))
            raw = json.loads(_member(tar, "package/data/communes.json"))
    communes = [
        Commune(
            code=entry["code"],
            name=entry["nom"],
            kind=entry["type"],
            chef_lieu=entry.get("chefLieu", ""),
            postal_codes=tuple(entry.get("codesPostaux", ())),
        )
        for entry in raw
    ]
    return communes, f"{package['name']}@{package['version']}"


def _member(tar: tarfile.TarFile, name: str) -> bytes:
    member = tar.extractfile(name)
    if member is None:
        sys.exit(f"{name} missing from the Etalab package")
    return member.read()


def add_official_names(french: Group, communes: list[Commune]) -> tuple[int, int]:
    """Alias rows for official commune names GeoNames lacks; returns (added, unresolved).

    The position, by preference: the commune's chef-lieu (or another former commune now part
    of it) inside that postal code; the one place of that code whose name extends the official
    one or is a shortening of it ("Seyne" / "Seyne-les-Alpes"); the same name, or a former
    commune of it, elsewhere in the département.
    """
    former_parts: dict[str, list[str]] = defaultdict(list)
    for commune in sorted(communes, key=lambda c: c.code != c.chef_lieu):  # chef-lieu first
        if commune.kind in ("commune-deleguee", "commune-associee"):
            former_parts[commune.chef_lieu].append(place_key(commune.name))
    by_area: dict[tuple[str, str], Row] = {}
    for code, places in french.by_code.items():
        for key, row in places.items():
            by_area.setdefault((postal_area("FR", code), key), row)
    added = unresolved = 0
    for commune in communes:
        if commune.kind != "commune-actuelle":
            continue
        key = place_key(commune.name)
        former = former_parts[commune.code]
        for code in commune.postal_codes:
            in_code = french.by_code.get(code)
            if in_code is None or key in in_code:
                continue
            area = postal_area("FR", code)
            extended = [
                row
                for k, row in in_code.items()
                if not row.alias
                and min(len(k), len(key)) >= 4
                and (k.startswith(key) or key.startswith(k))
            ]
            source = (
                next((in_code[k] for k in former if k in in_code), None)
                or (extended[0] if len(extended) == 1 else None)
                or by_area.get((area, key))
                or next((by_area[(area, k)] for k in former if (area, k) in by_area), None)
            )
            if source is None or source.alias:
                unresolved += 1
                continue
            in_code[key] = Row(
                code, commune.name, [key], source.latitude, source.longitude, source.country, True
            )
            added += 1
    return added, unresolved


def official_names(french: Group, communes: list[Commune]) -> bytes:
    """Lines "strict name<TAB>postal code" telling which place a bare commune name means.

    GeoNames still holds many former communes, so a name can look ambiguous there while only
    one current commune bears it; the code is the first of its postal codes where the gazetteer
    has it. An empty code marks namesakes among current communes: a bare name is refused.
    """
    named: dict[str, list[Commune]] = defaultdict(list)
    for commune in communes:
        if commune.kind == "commune-actuelle":
            named[strict_place_key(commune.name)].append(commune)
    lines = []
    for strict, same in sorted(named.items()):
        if len(same) > 1:
            lines.append(f"{strict}\t\n")
            continue
        key = place_key(same[0].name)
        found = [c for c in same[0].postal_codes if key in french.by_code.get(c, {})]
        if found:
            lines.append(f"{strict}\t{found[0]}\n")
    return "".join(lines).encode("utf-8")


def ordered_rows(group: Group) -> list[Row]:
    """Rows by postal code, the code's centre first: an arrondissement, else the medoid."""
    rows: list[Row] = []
    for code in sorted(group.by_code):
        places = sorted(group.by_code[code].values(), key=lambda r: (r.name, r.keys[0]))
        points = [r for r in places if not r.alias] or places
        arrondissements = [r for r in points if r.name.startswith(ARRONDISSEMENT_CITIES)]
        arrondissements = [r for r in arrondissements if r.name.rsplit(" ", 1)[-1].isdigit()]
        centre = arrondissements[0] if arrondissements else _medoid(points)
        rows.append(centre)
        rows += [r for r in places if r is not centre]
    return rows


def _medoid(points: list[Row]) -> Row:
    """The point nearest to all the others: a real place near the middle of the postal code."""

    def total_distance(row: Row) -> float:
        cos = math.cos(math.radians(row.latitude))
        distances = (
            math.hypot(row.latitude - p.latitude, (row.longitude - p.longitude) * cos)
            for p in points
        )
        return round(sum(distances), 6)

    return min(points, key=total_distance)  # ties: the first by name


def tsv(group: Group) -> bytes:
    lines = []
    for row in ordered_rows(group):
        country = "" if row.country == group.name else row.country
        lines.append(
            f"{row.code}\t{row.name}\t{'|'.join(row.keys)}\t"
            f"{row.latitude:.4f}\t{row.longitude:.4f}\t{country}\n"
        )
    return "".join(lines).encode("utf-8")


def write(
    out: Path, groups: dict[str, Group], manifest: dict[str, object], extra: dict[str, bytes]
) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_suffix(".tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        members = {MANIFEST_MEMBER: json.dumps(manifest, indent=1, sort_keys=True).encode()}
        members |= {f"{name}.tsv": tsv(groups[name]) for name in sorted(groups)}
        members |= extra
        for member, data in members.items():
            info = zipfile.ZipInfo(member, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)
    temporary.replace(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--etalab", type=Path, help="the Etalab package folder or .tgz")
    parser.add_argument("--no-etalab", action="store_true", help="GeoNames names only")
    args = parser.parse_args(argv)

    path, geotz_version = geonames_file()
    groups = read_geonames(path)
    sources: dict[str, str] = {"geonames": f"GeoNames postal codes via PyPI geotz {geotz_version}"}
    extra: dict[str, bytes] = {}
    if not args.no_etalab:
        communes, etalab_version = etalab_communes(args.etalab)
        added, unresolved = add_official_names(groups["FR"], communes)
        extra[f"FR-{OFFICIAL_NAMES_SUFFIX}"] = official_names(groups["FR"], communes)
        sources["etalab"] = f"npm {etalab_version}"
        print(f"Etalab: {added} official names added, {unresolved} without a position")

    countries = sorted(
        {row.country for g in groups.values() for c in g.by_code.values() for row in c.values()}
    )
    counts = {
        name: {"postal_codes": len(group.by_code), "rows": sum(map(len, group.by_code.values()))}
        for name, group in sorted(groups.items())
    }
    manifest = {
        "key_version": KEY_VERSION,
        "sources": sources,
        "countries": countries,
        "groups": counts,
    }
    write(args.out, groups, manifest, extra)
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.2f} MB, countries {' '.join(countries)}")
    for name, count in counts.items():
        print(f"  {name}: {count['postal_codes']} postal codes, {count['rows']} rows")


if __name__ == "__main__":
    main()
