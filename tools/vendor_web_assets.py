"""Rebuild the map's vendored web assets under resources/web/ from the npm registry.

`python tools/vendor_web_assets.py` fetches pinned tarballs with `npm pack` (the registry is the
only place these machines reach), copies Leaflet with its licence, and converts the Natural Earth
countries TopoJSON of `world-atlas` to a compact GeoJSON basemap (coordinates rounded to 0.001°,
about 100 m, far below the 1:50m source's precision). Pass --from DIR to reuse unpacked packages.
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
ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "resources" / "web"
DECIMALS = 3

BASEMAP_NOTICE = """\
countries-50m.geojson: Admin 0 country boundaries, 1:50m, from Natural Earth 4.1.0
(public domain, https://www.naturalearthdata.com/about/terms-of-use/), as redistributed
in TopoJSON by the npm package {package} (ISC licence, copyright 2013-2019 Michael Bostock,
reproduced below). Converted to GeoJSON by tools/vendor_web_assets.py.

{licence}"""


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


def countries_geojson(topology: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        shapes = [[ring(r, arcs) for r in polygon] for polygon in polygons]
        shapes = [[r for r in shape if len(r) >= 4] for shape in shapes]
        shapes = [shape for shape in shapes if shape]
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


def vendor_basemap(package: Path) -> None:
    target = WEB / "basemap"
    if not (package / "countries-50m.json").is_file():
        raise SystemExit(f"no world-atlas package in {package}: nothing changed")
    target.mkdir(parents=True, exist_ok=True)
    topology = json.loads((package / "countries-50m.json").read_text(encoding="utf-8"))
    geojson = countries_geojson(topology)
    text = json.dumps(geojson, separators=(",", ":"), ensure_ascii=False)
    (target / "countries-50m.geojson").write_text(text, encoding="utf-8")
    version = json.loads((package / "package.json").read_text())["version"]
    notice = BASEMAP_NOTICE.format(
        package=f"world-atlas {version}", licence=(package / "LICENSE").read_text()
    )
    (target / "LICENSE").write_text(notice, encoding="utf-8")
    print(f"countries: {len(geojson['features'])} features, {len(text) / 1e6:.2f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        help="folder holding leaflet/package and world-atlas/package, as unpacked by npm pack",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.source:
            leaflet = args.source / "leaflet" / "package"
            atlas = args.source / "world-atlas" / "package"
        else:
            leaflet = npm_pack(LEAFLET, Path(scratch))
            atlas = npm_pack(WORLD_ATLAS, Path(scratch))
        vendor_leaflet(leaflet)
        vendor_basemap(atlas)
    print(f"web assets written under {WEB}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
