"""The services one open base offers, built once and shared by the window and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from moovdesk.activities import ActivityService
from moovdesk.agenda import AgendaService
from moovdesk.contacts import ContactService
from moovdesk.data.store import Store
from moovdesk.data.vocabulary import GeoPrecision
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService, local_now

if TYPE_CHECKING:
    from moovdesk.tour_plans.service import TourService


def gazetteer_locator(
    country: str, postal_code: str, city: str
) -> tuple[float, float, GeoPrecision] | None:
    """The offline gazetteer, loaded on first use (not at start-up)."""
    from moovdesk.geo.gazetteer import Gazetteer

    location = Gazetteer.shared().locate(country, postal_code, city)
    if location is None:
        return None
    return location.latitude, location.longitude, GeoPrecision(location.precision)


@dataclass
class Services:
    home: Home
    store: Store
    prospects: ProspectService
    contacts: ContactService
    agenda: AgendaService
    activities: ActivityService

    @classmethod
    def open(
        cls,
        home: Home,
        *,
        phone_region: str = "FR",
        clock: Callable[[], datetime] = local_now,
        read_only: bool = False,
    ) -> Services:
        """Open the home's database (for writing, taking its lock, unless `read_only`)."""
        home.ensure()
        if read_only:
            store = Store.open(home.database, read_only=True)
        else:
            store = Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
        return cls.on_store(home, store, phone_region=phone_region, clock=clock)

    @classmethod
    def on_store(
        cls,
        home: Home,
        store: Store,
        *,
        phone_region: str = "FR",
        clock: Callable[[], datetime] = local_now,
    ) -> Services:
        return cls(
            home=home,
            store=store,
            prospects=ProspectService(
                store, phone_region=phone_region, clock=clock, locator=gazetteer_locator
            ),
            contacts=ContactService(store, phone_region=phone_region),
            agenda=AgendaService(store, clock=clock),
            activities=ActivityService(store, clock=clock),
        )

    @cached_property
    def tours(self) -> TourService:
        """Saved tours, built on first use: the planner's numpy costs start-up ~0.3 s."""
        from moovdesk.tour_plans.service import TourService

        return TourService(self.store, clock=self.agenda.clock)

    def close(self) -> None:
        self.store.close()
