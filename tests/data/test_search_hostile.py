"""Whatever is typed in the search box or the place filter (or given to `list --search/--place`)
is text: FTS5 syntax, quotes, LIKE wildcards and SQL are never interpreted, nothing typed raises,
and the results are exactly those a plain reading of the words gives.

tests/data/test_search.py covers the everyday behaviour; this file is the hostile side.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from moovdesk.data.listing import ProspectFilter
from moovdesk.data.search import fts_expression
from moovdesk.data.store import Store
from moovdesk.data.text_folding import fold
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService
from tests.test_cli import run_cli

WORD = re.compile(r"[^\W_]+")
PHONE_LIKE = re.compile(r"^[\s\d+().\-/]*\d[\s\d+().\-/]*$")

PROSPECTS = {
    "percent": {"company": "100% Bio", "city": "Lyon", "notes": "remise 50%_off"},
    "underscore": {"company": "a_b Conseil", "city": "Villeurbanne", "notes": "mon_fichier.csv"},
    "quotes": {"company": 'L\'Atelier "Chez Zoé"', "city": "Bron", "notes": 'Dit "OR" la gare*'},
    "operators": {
        "company": "NEAR OR AND NOT Transports",
        "city": "Nice",
        "notes": "(col:value) ^start {x y} -moins +plus",
    },
    "sql": {"company": "'; DROP TABLE prospect; --", "city": "Pau", "notes": "' OR '1'='1"},
    "plain": {"company": "Maison Dupont", "city": "Lyon", "first_name": "Ada"},
    "isle": {"company": "Lyonnaise des Eaux", "city": "L'Isle-sur-la-Sorgue"},
}


@pytest.fixture
def base(service: ProspectService) -> dict[str, str]:
    ids = {key: service.create(values) for key, values in PROSPECTS.items()}
    trashed = service.create({"company": "Lyon Corbeille %", "city": "Lyon"})
    service.trash([trashed])
    return ids


def found(service: ProspectService, text: str = "", place: str = "") -> set[str]:
    """The table's filter, checked against the listing's other entry points on the way."""
    flt = ProspectFilter(text=text, place=place)
    ids = service.ids(flt)
    assert service.count(flt) == len(ids)
    assert [row.id for row in service.page(flt, limit=5)] == ids[:5]
    return set(ids)


def keys(base: dict[str, str], ids: set[str]) -> set[str]:
    names = {value: key for key, value in base.items()}
    return {names.get(i, "trashed") for i in ids}


def search_bodies(home: Home) -> dict[str, str]:
    """The indexed text of every live prospect, as the index holds it."""
    with sqlite3.connect(home.database) as connection:
        rows = connection.execute(
            "SELECT s.prospect_id, s.body FROM prospect_search s "
            "JOIN prospect p ON p.id = s.prospect_id WHERE p.deleted_at IS NULL"
        ).fetchall()
    connection.close()
    return dict(rows)


def plain_reading(bodies: dict[str, str], typed: str) -> set[str]:
    """The prospects a rep expects: every typed word begins a word of the prospect (nothing
    typed: every prospect)."""
    if not typed.strip():
        return set(bodies)
    typed_words = WORD.findall(fold(typed))
    if not typed_words:
        return set()
    return {
        prospect_id
        for prospect_id, body in bodies.items()
        if all(any(w.startswith(t) for w in WORD.findall(fold(body))) for t in typed_words)
    }


# Search -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("%", set()),
        ("_", set()),
        ("%%", set()),
        ("%_%", set()),
        ("%yon", set()),  # as LIKE: Lyon
        ("_yon", set()),  # as LIKE: Lyon
        ("100%", {"percent"}),
        ("50%_off", {"percent"}),
        ("mon_fichier", {"underscore"}),
        ("NEAR(lyon maison)", set()),  # as FTS: Maison Dupont, Lyon
        ("lyon OR maison", set()),  # as FTS: every Lyon and the Maison
        ("lyon AND maison", set()),  # as FTS: Maison Dupont
        ("lyon NOT maison", set()),  # as FTS: the other Lyons
        ("body:lyon", set()),  # as FTS: a column filter
        ("lyon*", {"percent", "plain", "isle"}),
        ("^lyon", {"percent", "plain", "isle"}),
        ('"lyon', {"percent", "plain", "isle"}),
        ("(dupont", {"plain"}),
        ("dupont)", {"plain"}),
        ("-dupont", {"plain"}),
        ("maison + dupont", {"plain"}),
        ("'; DROP TABLE prospect; --", {"sql"}),
        ("' OR '1'='1", {"sql"}),
        ('"OR"', {"operators", "quotes", "sql"}),
        ("NEAR OR AND NOT", {"operators"}),
        ("{x y}", {"operators"}),
        ("col:value", {"operators"}),
        ("", set(PROSPECTS)),  # no text, no condition
    ],
)
def test_search_text_is_words_never_syntax(
    service: ProspectService, base: dict[str, str], home: Home, typed: str, expected: set[str]
) -> None:
    result = found(service, text=typed)
    assert keys(base, result) == expected
    if typed.strip():
        assert result == plain_reading(search_bodies(home), typed)
        # The table's live search (it also finds the trash, which the table filters out).
        assert service.matching_ids(typed) & set(base.values()) == result


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("%", set()),
        ("_", set()),
        ("%yon", set()),  # as LIKE: Lyon
        ("_yon", set()),
        ("Ly%", set()),
        ("L_on", set()),
        ("'", set()),
        ("' OR '1'='1", set()),
        ("ly", {"percent", "plain"}),
        ("L'Isle", {"isle"}),
        ("l'isle-sur", {"isle"}),
        ("L", {"percent", "plain", "isle"}),
        ("6900%", set()),
        ("\udcff", set()),  # a CLI argument in the wrong encoding (surrogate-escaped)
        ("L" + "y" * 60_000, set()),  # past SQLite's LIKE pattern limit
        ("7" * 60_000, set()),
    ],
)
def test_place_is_a_prefix_never_a_pattern(
    service: ProspectService, base: dict[str, str], place: str, expected: set[str]
) -> None:
    assert keys(base, found(service, place=place)) == expected


def test_fts_operators_in_the_data_are_found_as_words(
    service: ProspectService, base: dict[str, str]
) -> None:
    assert keys(base, found(service, text="near transports")) == {"operators"}
    assert keys(base, found(service, text="drop table")) == {"sql"}
    assert keys(base, found(service, text="gare")) == {"quotes"}


# Whatever is typed ----------------------------------------------------------------------------

_FTS_TOKENS = st.sampled_from(
    [
        "NEAR", "OR", "AND", "NOT", "(", ")", '"', "*", "^", ":", "-", "+", "{", "}", "%", "_",
        "'", ";", "--", "\\", "/", ",", ".", "lyon", "ly", "maison", "dupont", "bio", "100",
        "a", "b", "x", "col", "body", "prospect", "DROP", "TABLE", "Zoé", "ZOE", "\x00", "\t",
        "\n", "\u202e", "\ufeff", "🚀",
    ]
)  # fmt: skip
_NO_DIGITS = st.text(alphabet=st.characters(exclude_categories=("Nd", "No", "Nl", "Cs")))
_TYPED_WORDS = st.lists(st.one_of(_FTS_TOKENS, _NO_DIGITS), max_size=8).map(" ".join)
_GLUED = st.lists(_FTS_TOKENS, max_size=8).map("".join)
_ANYTHING = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.lists(st.one_of(_FTS_TOKENS, st.sampled_from(["\ud800", "\udcff", "06 12", "+33"]))).map(
        "".join
    ),
)
_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_SETTINGS
@given(typed=_ANYTHING, place=_ANYTHING)
@example(typed="a " * 2_000, place="%" * 30_000)
def test_nothing_typed_ever_raises(
    service: ProspectService, base: dict[str, str], typed: str, place: str
) -> None:
    result = found(service, text=typed, place=place)
    assert result <= set(base.values())  # never the trashed one, never anything invented
    if typed.strip():
        assert service.matching_ids(typed) >= found(service, text=typed)


@_SETTINGS
@given(typed=st.one_of(_TYPED_WORDS, _GLUED))
def test_search_finds_exactly_the_plain_reading_of_the_words(
    service: ProspectService, base: dict[str, str], home: Home, typed: str
) -> None:
    if PHONE_LIKE.match(typed.strip()):
        return  # digits are phone searches, tested in test_search.py
    bodies = search_bodies(home)
    result = found(service, text=typed)
    assert result == plain_reading(bodies, typed)
    # % and _ separate words like a space does: they are never wildcards.
    spaced = typed.replace("%", " ").replace("_", " ")
    if spaced.strip() and not PHONE_LIKE.match(spaced.strip()):
        assert found(service, text=spaced) == result


@_SETTINGS
@given(place=st.one_of(_TYPED_WORDS, _GLUED, st.text(max_size=20)))
def test_place_finds_exactly_the_cities_it_begins(
    service: ProspectService, base: dict[str, str], place: str
) -> None:
    compact = place.strip().replace(" ", "").upper()
    if compact.isdigit() or compact in ("2A", "2B"):
        return  # postal codes and départements, tested in test_queries.py
    wanted = fold(place.strip())
    expected = {
        base[key] for key, values in PROSPECTS.items() if fold(values["city"]).startswith(wanted)
    }
    assert found(service, place=place) == expected


@settings(max_examples=300, deadline=None)
@given(typed=st.one_of(st.text(), _TYPED_WORDS, _GLUED))
def test_the_fts_expression_only_ever_holds_quoted_words(typed: str) -> None:
    expression = fts_expression(typed)
    if expression is None:
        assert not WORD.findall(fold(typed))
        return
    term = r'"[^\W_]+"\*'
    phone = r'^(?:"\d+"\*|\("\d+"\* OR "0\d+"\*\))$'
    assert re.fullmatch(rf"{term}(?: AND {term})*", expression) or re.fullmatch(phone, expression)


# The CLI ----------------------------------------------------------------------------------------


def test_the_cli_lists_with_hostile_filters(tmp_path: Path) -> None:
    home = Home(tmp_path / "home").ensure()
    with Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file) as store:
        service = ProspectService(store)
        for values in PROSPECTS.values():
            service.create(values)
    for option, value in [
        ("--search", "%"),
        ("--search", 'NEAR(lyon maison) OR "*'),
        ("--search", "'; DROP TABLE prospect; --"),
        ("--place", "_yon"),
        ("--place", "\udcff"),  # the raw byte 0xFF on the command line
        ("--place", "L" * 60_000),
    ]:
        result = run_cli("--home", str(home.root), "list", option, value, "--json")
        assert result.returncode == 0, (option, value[:40], result.stderr)
        assert result.stdout.strip() in ("[]", "") or "DROP" in result.stdout, result.stdout
    listed = run_cli("--home", str(home.root), "list", "--search", "lyon", "--json")
    assert listed.returncode == 0 and '"Maison Dupont"' in listed.stdout
