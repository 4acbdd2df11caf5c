"""`moovdesk` as a real process: creates its home, quits on Ctrl+Q with status 0, and a second
launch on the same home hands over to the first instead of opening the base twice."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

# Starts the real entry point, presses Ctrl+Q in the window once it is up, exits with main()'s
# status.
DRIVER = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from moovdesk.ui.app import main

app = QApplication(sys.argv[:1])

def press_ctrl_q():
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    if not windows or not windows[0].isVisible():
        QTimer.singleShot(100, press_ctrl_q)
        return
    window = windows[0]
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

QTimer.singleShot(100, press_ctrl_q)
sys.exit(main(sys.argv[1:]))
"""


def app_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_ctrl_q_quits_with_status_0_and_home_is_created(tmp_path: Path) -> None:
    home = tmp_path / "rep"
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, "--home", str(home)],
        env=app_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (home / "moovdesk.db").is_file()
    assert (home / "settings.ini").is_file()  # the layout was saved on the way out


def test_second_launch_hands_over_to_the_first(tmp_path: Path) -> None:
    home = tmp_path / "rep"
    first = subprocess.Popen(
        [sys.executable, "-m", "moovdesk", "--home", str(home)],
        env=app_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not (home / "settings.ini").exists() and not (home / "moovdesk.db-wal").exists():
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first window never opened its base"
            time.sleep(0.2)
        time.sleep(1.0)  # let it start listening for later launches
        second = subprocess.run(
            [sys.executable, "-m", "moovdesk", "--home", str(home)],
            env=app_env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first window is still there
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_version_and_bad_arguments_need_no_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    version = subprocess.run(
        [sys.executable, "-m", "moovdesk", "--version"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert version.returncode == 0 and version.stdout.startswith("Moovdesk ")
    bad = subprocess.run(
        [sys.executable, "-m", "moovdesk", "--frobnicate"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    no_screen = subprocess.run(
        [sys.executable, "-m", "moovdesk", "--home", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert no_screen.returncode == 1
    assert "no display" in no_screen.stderr
