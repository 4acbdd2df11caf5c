"""Where Moovdesk keeps its files: one home folder holds the database, backups, caches and logs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

HOME_ENV_VAR = "MOOVDESK_HOME"


@dataclass(frozen=True)
class Home:
    """The folder that holds everything Moovdesk stores for one rep."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "moovdesk.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"

    @property
    def lock_file(self) -> Path:
        return self.root / "moovdesk.lock"

    def ensure(self) -> Home:
        """Create the folder tree; raises OSError with the path when it cannot be made."""
        for folder in (self.root, self.backups, self.cache, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_home_root() -> Path:
    return platformdirs.user_data_path("Moovdesk", appauthor=False, roaming=True)


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Home:
    """`--home DIR` wins, then `MOOVDESK_HOME`, then the platform's user data folder."""
    if explicit:
        return Home(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(HOME_ENV_VAR, "").strip()
    if from_env:
        return Home(Path(from_env).expanduser().resolve())
    return Home(default_home_root())
