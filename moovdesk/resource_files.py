"""Where the shipped data files are: in the package when installed, under `_MEIPASS` when
bundled by PyInstaller."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def resources_dir() -> Path:
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root is not None:
        return Path(bundle_root) / "moovdesk" / "resources"
    return Path(str(files("moovdesk.resources")))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
