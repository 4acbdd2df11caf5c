"""The services one open base offers, built once and shared by the window and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService


@dataclass
class Services:
    home: Home
    store: Store
    prospects: ProspectService

    @classmethod
    def open(cls, home: Home, *, phone_region: str = "FR") -> Services:
        """Open the home's database for writing (taking its lock) and build the services."""
        home.ensure()
        store = Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
        return cls(
            home=home, store=store, prospects=ProspectService(store, phone_region=phone_region)
        )

    def close(self) -> None:
        self.store.close()
