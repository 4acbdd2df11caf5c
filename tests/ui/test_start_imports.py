"""What the window's start loads, and in which order (the start's speed depends on it; the
benchmark measures the time, these only check the order and what stays out)."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )


def test_the_window_and_its_first_screen_need_no_sqlalchemy() -> None:
    """SQLAlchemy and the models (~0.4 s) load after the first paint: nothing the window needs
    to be built and painted from its first screen imports them (see data/first_screen.py)."""
    result = _run(
        "import sys\n"
        "import moovdesk.ui.app, moovdesk.ui.startup, moovdesk.ui.main_window\n"
        "import moovdesk.data.first_screen, moovdesk.services\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')]\n"
        "assert not loaded, loaded\n"
    )
    assert result.returncode == 0, result.stderr


def test_opening_the_window_needs_no_cli_commands_nor_http() -> None:
    """The CLI's commands and urllib.request (only a routing server needs it) stay unloaded."""
    result = _run(
        "import sys\n"
        "import moovdesk.ui.app, moovdesk.ui.main_window\n"
        "loaded = [m for m in ('moovdesk.commands', 'moovdesk.cli', 'urllib.request')\n"
        "          if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    assert result.returncode == 0, result.stderr
