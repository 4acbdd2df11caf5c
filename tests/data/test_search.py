"""Search as you type: words in any order, accents and case ignored, phones however typed,
and whatever the rep types taken as text."""

from __future__ import annotations

import pytest

from moovdesk.data.listing import ProspectFilter
from moovdesk.data.search import fts_expression, phone_search_forms
from moovdesk.prospects import ProspectService


@pytest.fixture
def base(service: ProspectService) -> dict[str, str]:
    return {
        "etienne": service.create(
            {
                "company": "Boulangerie Étienne",
                "city": "Saint-Étienne",
                "postal_code": "42000",
                "first_name": "Zoé",
                "last_name": "Lemaître",
                "phone": "06 12 34 56 78",
                "email": "zoe@boulangerie.example",
                "notes": "Préfère le matin",
            }
        ),
        "oeuvre": service.create(
            {"company": "Œuvres d'art Lyon", "city": "Lyon", "postal_code": "69003"}
        ),
        "percent": service.create({"company": "100% Bio", "notes": 'Dit "OR" NEAR la gare*'}),
    }


def found(service: ProspectService, text: str) -> set[str]:
    return set(service.ids(ProspectFilter(text=text)))


@pytest.mark.parametrize(
    "typed",
    ["etienne", "ÉTIENNE", "saint-et", "zoe lemaitre", "LEMAITRE zo", "42000", "matin", "boulang"],
)
def test_accents_case_and_order_are_ignored(
    service: ProspectService, base: dict[str, str], typed: str
) -> None:
    assert found(service, typed) == {base["etienne"]}


@pytest.mark.parametrize(
    "typed", ["06 12 34", "0612345678", "+33 6 12 34 56 78", "612345", "0033 6 12", "06.12.34"]
)
def test_phones_are_found_however_typed(
    service: ProspectService, base: dict[str, str], typed: str
) -> None:
    assert found(service, typed) == {base["etienne"]}


def test_ligatures_fold(service: ProspectService, base: dict[str, str]) -> None:
    assert found(service, "oeuvres") == {base["oeuvre"]}


@pytest.mark.parametrize(
    "typed", ['"', "*", "OR", "NEAR", '"OR"', "100%", "gare*", "a_b", "'", "-"]
)
def test_search_syntax_is_taken_as_text(
    service: ProspectService, base: dict[str, str], typed: str
) -> None:
    # Never an error; operators are plain words.
    result = found(service, typed)
    assert result <= set(base.values())


def test_fts_operators_are_quoted() -> None:
    assert fts_expression("OR NEAR") == '"or"* AND "near"*'
    assert fts_expression('"') is None
    assert fts_expression("06 12") == '"0612"*'
    assert fts_expression("+33 6 12") == '"33612"*'
    assert fts_expression("612") == '("612"* OR "0612"*)'


def test_edits_reach_the_index(service: ProspectService, base: dict[str, str]) -> None:
    service.update(base["oeuvre"], {"company": "Galerie Mérieux"})
    assert found(service, "merieux") == {base["oeuvre"]}
    assert found(service, "oeuvres") == set()
    service.update(base["oeuvre"], {"first_name": "Hélène"})
    assert found(service, "helene merieux") == {base["oeuvre"]}


def test_tags_are_searchable(service: ProspectService, base: dict[str, str]) -> None:
    service.add_tag([base["percent"]], "Salon Équip'Hôtel")
    assert found(service, "equip") == {base["percent"]}


def test_trashed_prospects_leave_results_but_are_found_in_the_trash(
    service: ProspectService, base: dict[str, str]
) -> None:
    service.trash([base["etienne"]])
    assert found(service, "etienne") == set()
    assert set(service.ids(ProspectFilter(text="etienne", trashed=True))) == {base["etienne"]}


def test_phone_search_forms() -> None:
    assert list(phone_search_forms("+33612345678")) == ["33612345678", "0612345678"]
    assert list(phone_search_forms("+3225551234")) == ["3225551234", "025551234"]
    assert list(phone_search_forms("")) == []


def test_bulk_writes_are_indexed_from_the_backlog(
    service: ProspectService, base: dict[str, str]
) -> None:
    from moovdesk import demo_data
    from moovdesk.data import search

    store = service.store
    with store.write() as session:
        session.connection().execute(
            search.prospect_search.delete()
        )  # as if a bulk write had only enqueued
        ids = list(service.ids())
        search.enqueue(session.connection(), ids)
    assert service.count(ProspectFilter(text="etienne")) == 0
    with store.read() as session:
        assert search.backlog_size(session.connection()) == len(ids)
    assert demo_data.finish_search_index(store, batch=1) == len(ids)
    assert service.count(ProspectFilter(text="etienne")) == 1
    with store.read() as session:
        assert search.backlog_size(session.connection()) == 0
