"""The services one open base offers, built once and shared by the window and the CLI.

`Services.open` opens the base at once. The window starts with `Services.deferred`: the checks
that decide whether the base can be opened are already done (see `data/first_screen.py`), and the
base itself, with SQLAlchemy, is opened on first use, after the window's first paint. Each
service is built on first use too, so this module imports no SQLAlchemy itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from moovdesk.data.vocabulary import GeoPrecision
from moovdesk.paths import Home
from moovdesk.views import local_now

if TYPE_CHECKING:
    from filelock import FileLock

    from moovdesk.activities import ActivityService
    from moovdesk.agenda import AgendaService
    from moovdesk.contacts import ContactService
    from moovdesk.data.store import Store
    from moovdesk.prospects import ProspectService
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


class Services:
    """One base and the services on it. Build it with `open`, `on_store` or `deferred`."""

    def __init__(
        self,
        home: Home,
        open_store: Callable[[], Store],
        *,
        phone_region: str = "FR",
        clock: Callable[[], datetime] = local_now,
    ) -> None:
        self.home = home
        self._open_store = open_store
        self._phone_region = phone_region
        self.clock = clock
        # The lock a deferred base holds until the store takes it over (see `deferred`).
        self._unopened_lock: FileLock | None = None

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
        from moovdesk.data.store import Store

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
        services = cls(home, lambda: store, phone_region=phone_region, clock=clock)
        services.store  # noqa: B018  (open now: the store is there already)
        return services

    @classmethod
    def deferred(cls, home: Home, lock: FileLock) -> Services:
        """The services of a base checked and locked for this process (`lock`), opened on first
        use: `Store.open` then raises what any opening may (a base damaged meanwhile)."""

        def open_store() -> Store:
            from moovdesk.data.store import Store

            return Store.open(home.database, backups_dir=home.backups, lock=lock)

        services = cls(home, open_store)
        services._unopened_lock = lock
        return services

    @property
    def is_open(self) -> bool:
        return "store" in self.__dict__

    @cached_property
    def store(self) -> Store:
        store = self._open_store()
        self._unopened_lock = None  # the store holds it now
        return store

    @cached_property
    def prospects(self) -> ProspectService:
        from moovdesk.prospects import ProspectService

        return ProspectService(
            self.store, phone_region=self._phone_region, clock=self.clock, locator=gazetteer_locator
        )

    @cached_property
    def contacts(self) -> ContactService:
        from moovdesk.contacts import ContactService

        return ContactService(self.store, phone_region=self._phone_region)

    @cached_property
    def agenda(self) -> AgendaService:
        from moovdesk.agenda import AgendaService

        return AgendaService(self.store, clock=self.clock)

    @cached_property
    def activities(self) -> ActivityService:
        from moovdesk.activities import ActivityService

        return ActivityService(self.store, clock=self.clock)

    @cached_property
    def tours(self) -> TourService:
        """Saved tours, built on first use: the planner's numpy costs start-up ~0.3 s."""
        from moovdesk.tour_plans.service import TourService

        return TourService(self.store, clock=self.clock)

    @property
    def phone_region(self) -> str:
        return self._phone_region

    @phone_region.setter
    def phone_region(self, region: str) -> None:
        """The country whose phone numbers need no prefix, for the services built and to come."""
        self._phone_region = region
        for name in ("prospects", "contacts"):
            service = self.__dict__.get(name)
            if service is not None:
                service.phone_region = region

    def close(self) -> None:
        if self.is_open:
            self.store.close()
        elif self._unopened_lock is not None:
            self._unopened_lock.release()
            self._unopened_lock = None
