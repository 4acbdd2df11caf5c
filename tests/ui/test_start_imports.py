"""What the window's start loads, and in which order (the start's speed depends on it; the
benchmark measures the time, these only check the order and what stays out)."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )


def test_the_data_layer_loads_before_qt() -> None:
    """After PySide6, every import pays for shiboken's import hook: SQLAlchemy and the models
    are loaded first, and loading them brings no Qt."""
    result = _run(
        "import sys\n"
        "from moovdesk.ui.app import load_data_layer\n"
        "load_data_layer()\n"
        "assert 'sqlalchemy.orm' in sys.modules and 'moovdesk.data.models' in sys.modules\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not qt, qt\n"
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
