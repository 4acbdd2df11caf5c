"""Filters and sorts, done in SQL, as the table and the CLI use them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from moovdesk.data.listing import FollowUpWindow, ProspectFilter, ProspectSort
from moovdesk.data.models import Activity, FollowUp
from moovdesk.data.store import Store
from moovdesk.data.vocabulary import ActivityKind, Stage, Temperature
from moovdesk.prospects import ProspectService
from tests.conftest import FIXED_NOW


def add_follow_up(store: Store, prospect_id: str, delta: timedelta, done: bool = False) -> None:
    with store.write() as session:
        session.add(
            FollowUp(
                prospect_id=prospect_id,
                due_at=FIXED_NOW + delta,
                done_at=FIXED_NOW if done else None,
            )
        )


def add_activity(store: Store, prospect_id: str, days_ago: int) -> None:
    with store.write() as session:
        session.add(
            Activity(
                prospect_id=prospect_id,
                kind=ActivityKind.CALL,
                occurred_at=FIXED_NOW - timedelta(days=days_ago),
            )
        )


@pytest.fixture
def ids(service: ProspectService, store: Store) -> dict[str, str]:
    made = {
        "lyon_hot": service.create(
            {
                "company": "Zénith Lyon",
                "city": "Lyon",
                "postal_code": "69003",
                "temperature": "hot",
                "stage": "lead",
                "source": "Salon",
                "latitude": 45.76,
                "longitude": 4.84,
            }
        ),
        "etienne_cold": service.create(
            {
                "company": "atelier Étienne",
                "city": "Saint-Étienne",
                "postal_code": "42000",
                "source": "Annuaire",
                "first_name": "Bruno",
                "last_name": "Abel",
            }
        ),
        "bourg_client": service.create(
            {
                "company": "Éclair Bourg",
                "city": "Bourg-en-Bresse",
                "postal_code": "1000",
                "stage": "client",
                "first_name": "Anne",
                "last_name": "Zola",
            }
        ),
        "ajaccio": service.create(
            {"company": "Corse Pro", "city": "Ajaccio", "postal_code": "20000"}
        ),
    }
    add_follow_up(store, made["lyon_hot"], timedelta(days=-2))  # overdue
    add_follow_up(store, made["etienne_cold"], timedelta(hours=3))  # today
    add_follow_up(store, made["bourg_client"], timedelta(days=3))  # Saturday: this week
    add_follow_up(store, made["ajaccio"], timedelta(days=-5), done=True)  # done: none open
    add_activity(store, made["lyon_hot"], days_ago=2)
    add_activity(store, made["etienne_cold"], days_ago=90)
    return made


def shown(service: ProspectService, **conditions: object) -> set[str]:
    return set(service.ids(ProspectFilter(**conditions)))  # type: ignore[arg-type]


def test_temperature_stage_source(service: ProspectService, ids: dict[str, str]) -> None:
    assert shown(service, temperatures=frozenset({Temperature.HOT})) == {ids["lyon_hot"]}
    assert shown(service, stages=frozenset({Stage.CLIENT})) == {ids["bourg_client"]}
    assert shown(service, sources=frozenset({"Annuaire"})) == {ids["etienne_cold"]}


def test_follow_up_windows(service: ProspectService, ids: dict[str, str]) -> None:
    assert shown(service, follow_up=FollowUpWindow.OVERDUE) == {ids["lyon_hot"]}
    assert shown(service, follow_up=FollowUpWindow.TODAY) == {ids["etienne_cold"]}
    assert shown(service, follow_up=FollowUpWindow.THIS_WEEK) == {
        ids["etienne_cold"],
        ids["bourg_client"],
    }
    assert shown(service, follow_up=FollowUpWindow.NONE) == {ids["ajaccio"]}


def test_place_is_a_postal_prefix_or_a_city(service: ProspectService, ids: dict[str, str]) -> None:
    assert shown(service, place="69") == {ids["lyon_hot"]}
    assert shown(service, place="01") == {ids["bourg_client"]}  # "1000" was restored to 01000
    assert shown(service, place="2A") == {ids["ajaccio"]}
    assert shown(service, place="saint-e") == {ids["etienne_cold"]}
    assert shown(service, place="BOURG") == {ids["bourg_client"]}
    assert shown(service, place="%") == set()


def test_not_contacted_and_unlocated(service: ProspectService, ids: dict[str, str]) -> None:
    assert shown(service, not_contacted_days=30) == {
        ids["etienne_cold"],
        ids["bourg_client"],
        ids["ajaccio"],
    }
    assert shown(service, unlocated=True) == set(ids.values()) - {ids["lyon_hot"]}


def test_filters_combine(service: ProspectService, ids: dict[str, str]) -> None:
    assert shown(service, place="42", follow_up=FollowUpWindow.TODAY, text="etienne") == {
        ids["etienne_cold"]
    }
    assert shown(service, place="42", temperatures=frozenset({Temperature.HOT})) == set()


def test_sort_is_accent_and_case_blind(service: ProspectService, ids: dict[str, str]) -> None:
    order = service.ids(sort=ProspectSort("company"))
    assert order == [ids["etienne_cold"], ids["ajaccio"], ids["bourg_client"], ids["lyon_hot"]]
    assert service.ids(sort=ProspectSort("company", descending=True))[0] == ids["lyon_hot"]


def test_sort_by_contact_puts_empty_last(service: ProspectService, ids: dict[str, str]) -> None:
    order = service.ids(sort=ProspectSort("contact"))
    assert order[:2] == [ids["etienne_cold"], ids["bourg_client"]]
    order_desc = service.ids(sort=ProspectSort("contact", descending=True))
    assert order_desc[:2] == [ids["bourg_client"], ids["etienne_cold"]]


def test_sort_by_next_follow_up_and_temperature(
    service: ProspectService, ids: dict[str, str]
) -> None:
    order = service.ids(sort=ProspectSort("next_follow_up"))
    assert order == [ids["lyon_hot"], ids["etienne_cold"], ids["bourg_client"], ids["ajaccio"]]
    assert service.ids(sort=ProspectSort("temperature"))[0] == ids["lyon_hot"]


def test_rows_carry_derived_columns(service: ProspectService, ids: dict[str, str]) -> None:
    row = service.rows([ids["lyon_hot"]])[0]
    assert row.next_follow_up == FIXED_NOW - timedelta(days=2)
    assert row.last_contact_at == FIXED_NOW - timedelta(days=2)
    assert service.rows([ids["ajaccio"]])[0].next_follow_up is None


def test_paging(service: ProspectService, ids: dict[str, str]) -> None:
    everything = service.ids()
    page = service.page(offset=1, limit=2)
    assert [row.id for row in page] == everything[1:3]
    assert service.count() == 4


def test_unknown_sort_is_refused(service: ProspectService, ids: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="cannot sort"):
        service.ids(sort=ProspectSort("password"))
