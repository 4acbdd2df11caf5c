"""The offline gazetteer, on the shipped data file: forgiving matches, honest refusals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moovdesk.data.vocabulary import GeoPrecision
from moovdesk.geo.gazetteer import Gazetteer, GazetteerError, Location, default_path
from moovdesk.geo.place_keys import (
    KEY_VERSION,
    place_key,
    postal_area,
    postal_code_key,
    strict_place_key,
)

CITY = GeoPrecision.CITY
POSTAL_CODE = GeoPrecision.POSTAL_CODE
ROOT = Path(__file__).resolve().parents[2]
REQUIRED_COUNTRIES = {
    *("FR", "GP", "MQ", "GF", "RE", "YT", "PM", "NC", "PF", "WF", "MC"),
    *("BE", "CH", "LU", "DE", "ES", "IT", "AD", "NL", "PT", "AT", "GB"),
}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.shared()


def near(location: Location | None, latitude: float, longitude: float, within: float) -> bool:
    """Within `within` degrees of a position known from elsewhere (a map), not from the file."""
    assert location is not None
    return (
        abs(location.latitude - latitude) < within and abs(location.longitude - longitude) < within
    )


# --- the shipped file -------------------------------------------------------------------------


def test_the_shipped_file_is_small_and_covers_france_overseas_and_the_neighbours() -> None:
    path = default_path()
    assert path.is_file()
    assert path.stat().st_size <= 10 * 1024 * 1024
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        members = set(archive.namelist())
    assert manifest["key_version"] == KEY_VERSION
    assert set(manifest["countries"]) >= REQUIRED_COUNTRIES
    assert {f"{group}.tsv" for group in manifest["groups"]} <= members
    assert "FR-official-names.tsv" in members
    assert manifest["groups"]["FR"]["postal_codes"] > 6000
    assert "geonames" in manifest["sources"]


def test_the_notice_gives_the_attributions_and_how_to_rebuild() -> None:
    notice = (default_path().parent / "NOTICE.md").read_text(encoding="utf-8")
    for needed in ("GeoNames", "CC BY 4.0", "creativecommons.org/licenses/by/4.0", "Etalab"):
        assert needed in notice
    assert "Licence Ouverte" in notice
    assert "tools/build_gazetteer.py" in notice


@pytest.mark.parametrize("group", ["FR", "BE", "CH", "LU", "DE", "ES", "IT", "PT", "GB", "NL"])
def test_stored_keys_and_codes_are_what_the_code_computes(group: str) -> None:
    """The build wrote keys with today's `place_key` and `postal_code_key`: no stale file."""
    with zipfile.ZipFile(default_path()) as archive:
        lines = archive.read(f"{group}.tsv").decode("utf-8").splitlines()
    step = 1 if group == "FR" else 7
    for line in lines[::step]:
        code, name, keys, latitude, longitude, _country = line.split("\t")
        assert postal_code_key(group, code) == code, line
        assert keys.split("|")[0] == place_key(name), line  # then "A/B" halves, exonyms...
        assert all(key == place_key(key) for key in keys.split("|")), line
        assert -90 <= float(latitude) <= 90 and -180 <= float(longitude) <= 180


def test_a_codes_first_row_is_its_arrondissement_in_paris(gazetteer: Gazetteer) -> None:
    location = gazetteer.locate("FR", "75015", "")
    assert location is not None and location.place == "Paris 15"
    assert location.precision is POSTAL_CODE


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("MOOVDESK_REBUILD_GAZETTEER"),
    reason="rebuilding takes ~15 s and fetches the Etalab package with npm: set "
    "MOOVDESK_REBUILD_GAZETTEER=1",
)
def test_rebuilding_gives_the_shipped_bytes(tmp_path: Path) -> None:
    out = tmp_path / "gazetteer.zip"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == default_path().read_bytes()


# --- normalisation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("L ISLE SUR LA SORGUE", "L'Isle-sur-la-Sorgue"),
        ("ST ETIENNE", "Saint-Étienne"),
        ("Ste Foy les Lyon", "Sainte-Foy-lès-Lyon"),
        ("HAVRE (LE)", "Le Havre"),
        ("PARIS 15", "Paris 15"),
        ("Paris 15e", "Paris 15"),
        ("paris 15ème arrondissement", "Paris 15"),
        ("LYON 3EME", "Lyon 03"),
        ("Marseille 1er", "Marseille 01"),
        ("LYON CEDEX 03", "Lyon"),
        ("BOEUF", "Bœuf"),
        ("Villeneuve d Ascq", "Villeneuve-d’Ascq"),
        ("MT ST MICHEL", "Mont-Saint-Michel"),
    ],
)
def test_place_keys_forgive_the_usual_ways_of_writing_a_commune(
    written: str, official: str
) -> None:
    assert place_key(written) == place_key(official)


def test_strict_keys_keep_the_articles_loose_keys_drop() -> None:
    assert place_key("Le Mont-Dore") == place_key("Mont-Dore")
    assert strict_place_key("Le Mont-Dore") != strict_place_key("Mont-Dore")
    assert strict_place_key("Labeaume") != strict_place_key("La Beaume")
    assert place_key("Y") == "y"  # a name made only of a small word keeps it


@pytest.mark.parametrize(
    ("group", "raw", "stored"),
    [
        ("FR", "1000", "01000"),
        ("FR", "1000.0", "01000"),
        ("FR", " 69441 CEDEX 03 ", "69441"),
        ("FR", "F-75015", "75015"),
        ("FR", "75 015", "75015"),
        ("LU", "L-1009", "1009"),
        ("DE", "1067", "01067"),
        ("NL", "1012 AB", "1012"),
        ("PT", "1000-001", "1000"),
        ("GB", "SW1A 1AA", "SW1A"),
        ("GB", "SW1A1AA", "SW1A"),
        ("AD", "500", "AD500"),
        ("FR", "", ""),
    ],
)
def test_postal_codes_are_read_as_the_gazetteer_stores_them(
    group: str, raw: str, stored: str
) -> None:
    assert postal_code_key(group, raw) == stored


@pytest.mark.parametrize(
    ("code", "area"),
    [("75015", "75"), ("20000", "2A"), ("20190", "2A"), ("20200", "2B"), ("97400", "974")],
)
def test_french_postal_areas_are_departements(code: str, area: str) -> None:
    assert postal_area("FR", code) == area


# --- France -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("postal_code", "city", "place", "latitude", "longitude"),
    [
        ("84800", "L ISLE SUR LA SORGUE", "L'Isle-sur-la-Sorgue", 43.92, 5.05),
        ("42000", "ST ETIENNE", "Saint-Étienne", 45.43, 4.39),
        ("69110", "Ste Foy les Lyon", "Sainte-Foy-lès-Lyon", 45.73, 4.80),
        ("75015", "Paris", "Paris 15", 48.84, 2.30),
        ("75015", "PARIS 15", "Paris 15", 48.84, 2.30),
        ("75116", "Paris", "Paris 16", 48.86, 2.28),
        ("69003", "LYON", "Lyon 03", 45.76, 4.85),
        ("13008", "MARSEILLE", "Marseille 08", 43.27, 5.38),
        ("69441", "LYON CEDEX 03", "Lyon", 45.75, 4.85),
        ("69441 CEDEX 03", "Lyon", "Lyon", 45.75, 4.85),
        ("1000", "Bourg en Bresse", "Bourg-en-Bresse", 46.21, 5.23),
        ("01000", "BOURG EN BRESE", "Bourg-en-Bresse", 46.21, 5.23),  # a typo
        ("20000", "AJACCIO", "Ajaccio", 41.92, 8.74),
        ("20200", "Bastia", "Bastia", 42.70, 9.45),
        ("76600", "HAVRE (LE)", "Le Havre", 49.49, 0.11),
        ("74940", "Annecy", "Annecy", 45.92, 6.14),  # commune nouvelle, official name
        ("06000", "Nice", "Nice", 43.70, 7.27),
        ("F-75008", "Paris", "Paris 08", 48.87, 2.32),
    ],
)
def test_french_addresses_find_their_commune(
    gazetteer: Gazetteer,
    postal_code: str,
    city: str,
    place: str,
    latitude: float,
    longitude: float,
) -> None:
    location = gazetteer.locate("FR", postal_code, city)
    assert location is not None
    assert (location.place, location.precision, location.country) == (place, CITY, "FR")
    assert near(location, latitude, longitude, 0.05)


@pytest.mark.parametrize(
    ("city", "place", "latitude", "longitude"),
    [
        ("PARIS 15", "Paris 15", 48.84, 2.30),
        ("Paris 15e", "Paris 15", 48.84, 2.30),
        ("Paris 1er", "Paris 01", 48.86, 2.34),
        ("LYON 3EME", "Lyon 03", 45.76, 4.85),
        ("Lyon 3e", "Lyon 03", 45.76, 4.85),
        ("Marseille 8e", "Marseille 08", 43.27, 5.38),
        ("Paris", "Paris", 48.85, 2.35),
        ("Lyon", "Lyon", 45.75, 4.85),
        ("ST ETIENNE", "Saint-Étienne", 45.43, 4.39),
        ("Ste Foy les Lyon", "Sainte-Foy-lès-Lyon", 45.73, 4.80),
        ("L'Isle-sur-la-Sorgue", "L'Isle-sur-la-Sorgue", 43.92, 5.05),
        ("75015 Paris", "Paris 15", 48.84, 2.30),  # the code written in the city field
        ("Paris 75015", "Paris 15", 48.84, 2.30),
        ("Saint-Denis (93)", "Saint-Denis", 48.94, 2.35),  # a département hint
        ("SAINT ETIENNE (42)", "Saint-Étienne", 45.43, 4.39),
        ("Ajaccio (2A)", "Ajaccio", 41.92, 8.74),
        ("Annecy", "Annecy", 45.90, 6.13),
        ("Mont-Dore", "Mont-Dore", 45.58, 2.81),
        ("Monaco", "Monaco", 43.73, 7.42),
    ],
)
def test_a_city_alone_is_found_when_its_name_is_unambiguous(
    gazetteer: Gazetteer, city: str, place: str, latitude: float, longitude: float
) -> None:
    location = gazetteer.locate_city("FR", city)
    assert location is not None
    assert (location.place, location.precision) == (place, CITY)
    assert near(location, latitude, longitude, 0.05)


@pytest.mark.parametrize("city", ["Saint-Denis", "Saint-Martin", "Saint-Pierre", "Valence"])
def test_a_bare_name_shared_by_several_communes_is_refused(gazetteer: Gazetteer, city: str) -> None:
    assert gazetteer.locate("FR", "", city) is None


def test_articles_tell_namesakes_apart_when_the_name_alone_must_decide(
    gazetteer: Gazetteer,
) -> None:
    new_caledonia = gazetteer.locate_city("FR", "Le Mont-Dore")
    auvergne = gazetteer.locate_city("FR", "Mont-Dore")
    assert new_caledonia is not None and new_caledonia.country == "NC"
    assert auvergne is not None and auvergne.country == "FR"


@pytest.mark.parametrize(
    ("postal_code", "city", "country", "place", "latitude", "longitude"),
    [
        ("97400", "Saint-Denis", "RE", "Saint-Denis", -20.88, 55.45),
        ("97200", "Fort de France", "MQ", "Fort-de-France", 14.61, -61.07),
        ("97110", "Pointe a Pitre", "GP", "Pointe-à-Pitre", 16.24, -61.53),
        ("97300", "CAYENNE", "GF", "Cayenne", 4.93, -52.33),
        ("97600", "Mamoudzou", "YT", "Mamoudzou", -12.78, 45.23),
        ("97500", "St Pierre", "PM", "Saint-Pierre", 46.78, -56.17),
        ("98800", "Noumea", "NC", "Nouméa", -22.27, 166.47),
        ("98713", "Papeete", "PF", "Papeete", -17.56, -149.56),
        ("98000", "MONACO", "MC", "Monaco", 43.73, 7.42),
    ],
)
def test_overseas_and_monaco_postal_codes_asked_as_france(
    gazetteer: Gazetteer,
    postal_code: str,
    city: str,
    country: str,
    place: str,
    latitude: float,
    longitude: float,
) -> None:
    location = gazetteer.locate("FR", postal_code, city)
    assert location is not None
    assert (location.place, location.precision, location.country) == (place, CITY, country)
    assert near(location, latitude, longitude, 0.05)
    assert gazetteer.locate(country, postal_code, city) == location


def test_an_overseas_country_narrows_a_bare_name(gazetteer: Gazetteer) -> None:
    location = gazetteer.locate_city("RE", "Saint-Denis")
    assert location is not None and location.country == "RE"
    assert near(location, -20.88, 55.45, 0.05)


def test_a_city_of_the_same_departement_beats_a_mistyped_postal_code(
    gazetteer: Gazetteer,
) -> None:
    location = gazetteer.locate("FR", "69003", "Villeurbanne")  # 69100 in truth
    assert location is not None
    assert (location.place, location.precision) == ("Villeurbanne", CITY)


def test_an_arrondissement_is_never_taken_for_a_neighbouring_one(gazetteer: Gazetteer) -> None:
    location = gazetteer.locate("FR", "13001", "Marseille 8e")
    assert location is not None
    assert (location.place, location.precision) == ("Marseille 08", CITY)


def test_the_postal_code_wins_over_a_city_of_another_departement(gazetteer: Gazetteer) -> None:
    location = gazetteer.locate("FR", "75015", "Boulogne-Billancourt")  # 92100
    assert location is not None
    assert (location.place, location.precision) == ("Paris 15", POSTAL_CODE)
    assert near(location, 48.84, 2.30, 0.05)


def test_a_postal_code_alone_gives_its_centre(gazetteer: Gazetteer) -> None:
    location = gazetteer.locate("FR", "84800", "")
    assert location is not None and location.precision == "postal_code"
    assert near(location, 43.92, 5.05, 0.1)
    unknown_city = gazetteer.locate("FR", "84800", "Qwxzv")
    assert unknown_city is not None and unknown_city.precision is POSTAL_CODE


def test_an_unknown_postal_code_still_lets_a_clear_city_through(gazetteer: Gazetteer) -> None:
    location = gazetteer.locate("FR", "99999", "Bourg-en-Bresse")
    assert location is not None and location.place == "Bourg-en-Bresse"


# --- neighbours -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "postal_code", "city", "place", "latitude", "longitude"),
    [
        ("BE", "1000", "Bruxelles", "Bruxelles", 50.85, 4.35),
        ("BE", "1000", "Brussel", "Bruxelles", 50.85, 4.35),
        ("CH", "1201", "Genève", "Genève", 46.21, 6.15),
        ("CH", "1201", "GENEVE", "Genève", 46.21, 6.15),
        ("LU", "L-1009", "Luxembourg", "Luxembourg", 49.61, 6.13),
        ("ES", "28001", "Madrid", "Madrid", 40.42, -3.68),
        ("DE", "20095", "Hamburg", "Hamburg", 53.55, 10.00),
        ("DE", "1067", "Dresden", "Dresden", 51.05, 13.74),
        ("IT", "00118", "Roma", "Roma", 41.89, 12.51),
        ("MC", "98000", "Monaco", "Monaco", 43.73, 7.42),
        ("AD", "AD500", "Andorra la Vella", "Andorra la Vella", 42.51, 1.52),
        ("NL", "1012 AB", "Amsterdam", "Amsterdam", 52.37, 4.89),
        ("PT", "1000-001", "Lisboa", "Lisboa", 38.72, -9.14),
        ("AT", "1010", "Wien", "Wien, Innere Stadt", 48.21, 16.37),
        ("GB", "SW1A 1AA", "London", "London", 51.51, -0.13),
        ("Belgique", "1000", "Bruxelles", "Bruxelles", 50.85, 4.35),
    ],
)
def test_neighbouring_countries(
    gazetteer: Gazetteer,
    country: str,
    postal_code: str,
    city: str,
    place: str,
    latitude: float,
    longitude: float,
) -> None:
    location = gazetteer.locate(country, postal_code, city)
    assert location is not None
    assert (location.place, location.precision) == (place, CITY)
    assert near(location, latitude, longitude, 0.1)


@pytest.mark.parametrize(
    ("country", "city", "place"),
    [("DE", "Berlin", "Berlin"), ("IT", "Milan", "Milano"), ("CH", "Genf", "Genève")],
)
def test_big_foreign_cities_and_their_french_names_alone(
    gazetteer: Gazetteer, country: str, city: str, place: str
) -> None:
    location = gazetteer.locate_city(country, city)
    assert location is not None and location.place == place


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "postal_code", "city"),
    [
        ("FR", "", ""),
        ("", "", ""),
        ("FR", "  ", "   "),
        ("FR", "-", "-"),
        ("FR", "", "CEDEX"),
        ("FR", "", "xyzzy plugh"),
        ("FR", "ABCDE", "qwxzv"),
        ("FR", "99999", ""),
        ("BE", "", "Zzyzx"),
        ("ZZ", "75015", "Paris"),  # a country the file does not cover
        ("US", "10001", "New York"),
        ("not a country", "75015", "Paris"),
    ],
)
def test_garbage_and_empty_addresses_get_no_position(
    gazetteer: Gazetteer, country: str, postal_code: str, city: str
) -> None:
    assert gazetteer.locate(country, postal_code, city) is None


@given(
    postal_code=st.text(alphabet=" -.,'()/", max_size=8),
    city=st.text(alphabet=" -.,'()/", max_size=12) | st.sampled_from(["CEDEX", "cedex 03", "BP"]),
)
def test_punctuation_and_cedex_alone_never_get_a_position(postal_code: str, city: str) -> None:
    assert Gazetteer.shared().locate("FR", postal_code, city) is None


def test_no_covered_country_invents_a_position_for_an_empty_address(
    gazetteer: Gazetteer,
) -> None:
    for country in sorted(gazetteer.countries):
        assert gazetteer.locate(country, "", "") is None
        assert gazetteer.locate(country, " ", " CEDEX ") is None


# --- the object -------------------------------------------------------------------------------


def test_locations_are_frozen_values_with_plain_precision_strings(gazetteer: Gazetteer) -> None:
    location = gazetteer.locate("FR", "75015", "Paris")
    assert location is not None
    with pytest.raises(AttributeError):
        location.latitude = 0.0  # type: ignore[misc]
    assert location.precision == "city"
    assert gazetteer.locate("fr", "75015", "paris") == location


def test_shared_is_one_instance(gazetteer: Gazetteer) -> None:
    assert Gazetteer.shared() is gazetteer


def test_suggestions_for_an_address_form(gazetteer: Gazetteer) -> None:
    assert gazetteer.suggest("FR", "Bourg en B") == [("01000", "Bourg-en-Bresse")]
    assert ("84800", "L'Isle-sur-la-Sorgue") in gazetteer.suggest("FR", "l isle s")
    assert gazetteer.suggest("FR", "7501", limit=3) == [
        ("75010", "Paris 10"),
        ("75011", "Paris 11"),
        ("75012", "Paris 12"),
    ]
    assert gazetteer.suggest("FR", "") == []
    assert gazetteer.suggest("ZZ", "Paris") == []


def test_a_missing_or_stale_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError):
        Gazetteer(tmp_path / "missing.zip")
    stale = tmp_path / "stale.zip"
    with zipfile.ZipFile(stale, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"key_version": KEY_VERSION - 1}))
    with pytest.raises(GazetteerError, match="build_gazetteer"):
        Gazetteer(stale)


def test_a_small_file_loads_from_a_given_path(tmp_path: Path) -> None:
    path = tmp_path / "tiny.zip"
    rows = [
        "75015\tParis 15\tparis15\t48.8412\t2.3003\t",
        "75015\tParis\tparis\t48.8534\t2.3488\t",
        "97400\tSaint-Denis\tsaintdenis\t-20.8823\t55.4504\tRE",
    ]
    with zipfile.ZipFile(path, "w") as archive:
        manifest = {"key_version": KEY_VERSION, "groups": {"FR": {}}, "countries": ["FR", "RE"]}
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("FR.tsv", "\n".join(rows) + "\n")
    tiny = Gazetteer(path)
    assert tiny.locate("FR", "75015", "PARIS") == Location(48.8412, 2.3003, CITY, "Paris 15", "FR")
    saint_denis = tiny.locate("FR", "", "St Denis")
    assert saint_denis is not None and saint_denis.country == "RE"
    assert tiny.locate("BE", "1000", "Bruxelles") is None


def test_threads_loading_at_once_share_one_table() -> None:
    fresh = Gazetteer(default_path())
    barrier = threading.Barrier(4)

    def locate(_: int) -> Location | None:
        barrier.wait()
        return fresh.locate("FR", "69003", "Lyon")

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(locate, range(4)))
    assert all(result == results[0] is not None for result in results)
    assert len(fresh._tables) == 1
