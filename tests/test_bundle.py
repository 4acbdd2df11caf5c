"""The standalone bundle (PyInstaller, packaging/moovdesk.spec) starts where no Python is:
copied to another folder, run under `env -i`, it opens its window and its CLI works.

Slow (building takes minutes, each start seconds), so it runs only when asked:
`pytest -m slow tests/test_bundle.py`, or MOOVDESK_BUNDLE_TEST=1. It reuses dist/moovdesk when
that is newer than every source file, else builds it with tools/build_bundle.sh; set
MOOVDESK_BUNDLE=DIR to test a bundle built elsewhere.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "moovdesk"
SOURCES = (ROOT / "moovdesk", ROOT / "resources", ROOT / "packaging")
SCHEMAS = ROOT / "tests" / "data" / "schemas"
START_TIMEOUT = 60
STAYS_UP = 5.0


@pytest.fixture(scope="module", autouse=True)
def only_when_asked(request: pytest.FixtureRequest) -> None:
    chosen = str(request.config.getoption("markexpr") or "")
    asked = re.search(r"(?<!not )\bslow\b", chosen) is not None
    if not asked and not os.environ.get("MOOVDESK_BUNDLE_TEST"):
        pytest.skip("builds and starts the standalone bundle (minutes): run with -m slow")


def newest_source_change() -> float:
    return max(
        path.stat().st_mtime
        for folder in SOURCES
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


@pytest.fixture(scope="module")
def built_bundle() -> Path:
    given = os.environ.get("MOOVDESK_BUNDLE")
    if given:
        return Path(given)
    program = DIST / "moovdesk"
    if not program.is_file() or program.stat().st_mtime < newest_source_change():
        started = time.monotonic()
        subprocess.run(["sh", str(ROOT / "tools" / "build_bundle.sh")], cwd=ROOT, check=True)
        print(f"bundle built in {time.monotonic() - started:.0f} s")
    return DIST


@pytest.fixture(scope="module")
def bundle(built_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy in a folder of its own: nothing may point back to the build tree or the venv."""
    copy = tmp_path_factory.mktemp("elsewhere") / "Moovdesk app"
    shutil.copytree(built_bundle, copy, symlinks=True)
    return copy


def bare_environment(home_dir: Path, **extra: str) -> dict[str, str]:
    """What `env -i` leaves, plus a home folder and a UTF-8 locale: no PATH to a Python, no
    PYTHONPATH, no virtual environment."""
    return {"HOME": str(home_dir), "LANG": "C.UTF-8", **extra}


def run_cli(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        bare_command(
            bare_environment(home.parent), str(bundle / "moovdesk-cli"), "--home", str(home), *args
        ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def bare_command(environment: dict[str, str], *command: str) -> list[str]:
    """`command` under `env -i` with only `environment` set."""
    return ["env", "-i", *(f"{name}={value}" for name, value in environment.items()), *command]


def lock_is_held(lock_file: Path) -> bool:
    lock = FileLock(lock_file, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return True
    lock.release()
    return False


@pytest.fixture
def started_window(bundle: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """Start the window program; yields it and its home, and stops it at the end."""
    home = tmp_path / "rep home"
    environment = bare_environment(tmp_path, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        bare_command(environment, str(bundle / "moovdesk"), "--home", str(home)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        yield process, home
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def test_the_window_opens_from_a_copy_with_no_python(
    started_window: tuple[subprocess.Popen[str], Path],
) -> None:
    process, home = started_window
    started = time.monotonic()
    lock = home / "moovdesk.lock"
    # Up to the window: the base is created, migrated and held (its writer lock is taken).
    while not (home / "moovdesk.db").is_file() or not lock_is_held(lock):
        if process.poll() is not None:
            pytest.fail(f"the bundle exited with {process.returncode}: {process.communicate()}")
        assert time.monotonic() - started < START_TIMEOUT, "the bundle never opened its base"
        time.sleep(0.2)
    print(f"base open {time.monotonic() - started:.1f} s after start")
    time.sleep(STAYS_UP)
    assert process.poll() is None, process.communicate()
    assert lock_is_held(lock)
    os.killpg(process.pid, signal.SIGTERM)
    _, errors = process.communicate(timeout=20)
    assert "Traceback" not in errors, errors
    assert "ModuleNotFoundError" not in errors, errors


@pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xwininfo") and shutil.which("xprop")),
    reason="needs Xvfb, xwininfo and xprop (apt-get install xvfb x11-utils)",
)
def test_on_an_x_display_the_window_matches_the_desktop_entry(bundle: Path, tmp_path: Path) -> None:
    """On a real X server, as after a double-click: a top-level "Moovdesk" window appears, and
    its WM_CLASS is what the desktop entry's StartupWMClass names (so the dock shows our icon)."""
    from moovdesk.launcher import APP_ID

    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    window_program = None
    try:
        with os.fdopen(read_end) as announced:
            display = f":{announced.readline().strip()}"
        environment = bare_environment(tmp_path, DISPLAY=display)
        started = time.monotonic()
        window_program = subprocess.Popen(
            bare_command(environment, str(bundle / "moovdesk"), "--home", str(tmp_path / "home")),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        window_id = None
        while window_id is None:
            assert window_program.poll() is None, window_program.communicate()
            assert time.monotonic() - started < START_TIMEOUT, "no Moovdesk window appeared"
            time.sleep(0.2)
            tree = _x_tool(["xwininfo", "-root", "-tree"], display)
            match = re.search(r"^\s*(0x[0-9a-f]+) \"Moovdesk[^\"]*\": \(\"", tree, re.MULTILINE)
            window_id = match.group(1) if match else None
        print(f"window shown {time.monotonic() - started:.1f} s after start")
        wm_class = _x_tool(["xprop", "-id", window_id, "WM_CLASS"], display)
        assert f'"{APP_ID}"' in wm_class, wm_class
    finally:
        if window_program is not None and window_program.poll() is None:
            window_program.terminate()
            window_program.wait(timeout=20)
        server.terminate()
        server.wait(timeout=20)


def _x_tool(command: list[str], display: str) -> str:
    result = subprocess.run(
        command,
        # UTF-8, or xwininfo cannot print the title's dash ("Moovdesk — 0 prospects").
        env={
            "DISPLAY": display,
            "LANG": "C.UTF-8",
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        },
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    return result.stdout


def skip_unless_registered(result: subprocess.CompletedProcess[str], command: str) -> None:
    if f"invalid choice: '{command}'" in result.stderr:
        pytest.skip(f"{command} is not registered in moovdesk.commands yet")


def test_the_bundled_cli_creates_backs_up_and_restores(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    created = run_cli(bundle, home, "stats")
    assert created.returncode == 0, created.stderr
    assert "Prospects: 0" in created.stdout
    backup = run_cli(bundle, home, "backup")
    skip_unless_registered(backup, "backup")
    assert backup.returncode == 0, backup.stderr
    assert Path(backup.stdout.strip()).is_file()
    listed = run_cli(bundle, home, "restore", "--list")
    assert listed.returncode == 0 and "manual" in listed.stdout, listed.stderr
    restored = run_cli(bundle, home, "restore")
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout


def test_the_bundle_upgrades_an_old_base_with_its_own_migrations(
    bundle: Path, tmp_path: Path
) -> None:
    """Alembic reads the migration scripts as files: they must be in the bundle."""
    home = tmp_path / "home"
    home.mkdir()
    oldest = sorted(SCHEMAS.glob("*.db"))[0]
    shutil.copy(oldest, home / "moovdesk.db")
    result = run_cli(bundle, home, "stats")
    assert result.returncode == 0, result.stderr
    newest = sorted(SCHEMAS.glob("*.db"))[-1].stem
    connection = sqlite3.connect(home / "moovdesk.db")
    try:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    assert revision == newest
    assert any(home.joinpath("backups").glob(f"*-before-{newest}.db"))


def test_the_bundled_launcher_points_at_the_bundle(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    environment = bare_environment(tmp_path, XDG_DATA_HOME=str(tmp_path / "share"))
    result = subprocess.run(
        bare_command(
            environment, str(bundle / "moovdesk-cli"), "--home", str(home), "install-launcher"
        ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    skip_unless_registered(result, "install-launcher")
    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "share" / "applications" / "moovdesk.desktop").read_text()
    assert f'Exec="{bundle / "moovdesk"}" %F' in entry


def test_the_bundle_ships_french_and_english_only(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "moovdesk" / "resources" / "i18n" / "moovdesk_fr.qm").is_file()
    translations = internal / "PySide6" / "Qt" / "translations"
    assert (translations / "qtbase_fr.qm").is_file()
    assert not list(translations.glob("qtbase_de.qm"))
    locales = {p.name for p in (translations / "qtwebengine_locales").glob("*.pak")}
    assert locales == {"fr.pak", "en-US.pak", "en-GB.pak"}
    assert not list(internal.rglob("libQt6Quick3D*"))
    assert not (internal / "PySide6" / "Qt" / "qml").exists()
    assert (internal / "PySide6" / "Qt" / "libexec" / "QtWebEngineProcess").is_file()
