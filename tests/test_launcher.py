"""The double-click launcher: a valid XDG desktop entry with its icons in a temporary data home,
a Desktop copy, removal, the command it starts, and the Windows shortcut script."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from moovdesk import cli, launcher
from moovdesk.commands import launcher as launcher_command
from moovdesk.resource_files import resource_path

ICONS = resource_path("icons")


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """XDG data and Desktop folders inside the test's temporary folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_DESKTOP_DIR", str(tmp_path / "Bureau"))
    return tmp_path


class Recorder:
    """Stands in for the helper-program runner, remembering what it was asked to run."""

    def __init__(self) -> None:
        self.commands: list[list[str]] = []

    def __call__(self, command: Sequence[str]) -> object:
        self.commands.append(list(command))
        return None


def entry_fields(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(cli, "COMMAND_MODULES", (launcher_command,))
    return cli.main(args)


# The entry's content ----------------------------------------------------------------------


def test_the_entry_names_the_app_in_english_and_french() -> None:
    fields = entry_fields(launcher.desktop_entry(["/opt/moovdesk/moovdesk"]))
    assert fields["Type"] == "Application"
    assert fields["Name"] == "Moovdesk"
    assert fields["GenericName[fr]"] == "Gestion de prospects"
    assert fields["Comment"] and fields["Comment[fr]"] != fields["Comment"]
    assert fields["Exec"] == "/opt/moovdesk/moovdesk %F"
    assert fields["Icon"] == "moovdesk"
    assert fields["Terminal"] == "false"
    assert fields["Categories"] == "Office;ContactManagement;"
    assert fields["StartupWMClass"] == "moovdesk"
    assert fields["MimeType"].split(";") == [*launcher.MIME_TYPES, ""]
    assert "text/csv" in launcher.MIME_TYPES


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/usr/bin/moovdesk", "/usr/bin/moovdesk"),
        ("/home/rep/Mes logiciels/moovdesk", '"/home/rep/Mes logiciels/moovdesk"'),
        ("/opt/100%/moovdesk", "/opt/100%%/moovdesk"),
        ("/opt/a$b/moovdesk", '"/opt/a\\\\$b/moovdesk"'),
        ("/opt/a\\b/moovdesk", '"/opt/a\\\\\\\\b/moovdesk"'),
    ],
)
def test_exec_arguments_are_quoted_by_the_specification(argument: str, written: str) -> None:
    assert launcher.quote_exec_argument(argument) == written


@pytest.mark.skipif(not shutil.which("gio"), reason="gio (GLib's launcher) is not installed")
def test_glib_starts_the_entry_with_odd_paths_and_files(tmp_path: Path) -> None:
    """What a desktop does on a double-click on the entry, or on a CSV opened with it."""
    folder = tmp_path / "Mes logiciels" / "a$b\\c"
    folder.mkdir(parents=True)
    program = folder / "start moovdesk"
    arguments_file = tmp_path / "arguments.txt"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{arguments_file}"\n')
    program.chmod(0o755)
    entry = tmp_path / "moovdesk.desktop"
    entry.write_text(launcher.desktop_entry([str(program), "--home", "/tmp/l'été 100%"]))
    subprocess.run(
        ["gio", "launch", str(entry), str(tmp_path / "mes prospects.csv")], check=True, timeout=30
    )
    deadline = time.monotonic() + 10
    while not arguments_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert arguments_file.read_text().splitlines() == [
        "--home",
        "/tmp/l'été 100%",
        str(tmp_path / "mes prospects.csv"),
    ]


# Which program it starts -----------------------------------------------------------------


def test_an_installed_moovdesk_starts_its_gui_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").touch()
    (bin_dir / "moovdesk").touch()
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    monkeypatch.setattr(sys, "platform", "linux")
    assert launcher.gui_command() == [str(bin_dir / "moovdesk")]


def test_a_source_tree_starts_the_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    monkeypatch.setattr(sys, "platform", "linux")
    assert launcher.gui_command() == [str(tmp_path / "python3"), "-m", "moovdesk"]


def test_a_bundle_starts_its_window_program_even_from_its_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "moovdesk").touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "moovdesk-cli"))
    assert launcher.gui_command() == [str(tmp_path / "moovdesk")]


def test_the_current_interpreter_gives_an_existing_program() -> None:
    assert Path(launcher.gui_command()[0]).is_file()


# Installing and removing on XDG desktops ---------------------------------------------------


def test_install_writes_a_valid_entry_and_every_icon(xdg: Path) -> None:
    runner = Recorder()
    report = launcher.install_xdg(command=["/opt/moovdesk/moovdesk"], run=runner)

    entry = xdg / "share" / "applications" / "moovdesk.desktop"
    assert entry in report.written
    assert entry_fields(entry.read_text(encoding="utf-8"))["Exec"] == "/opt/moovdesk/moovdesk %F"
    theme = xdg / "share" / "icons" / "hicolor"
    for size in launcher.ICON_SIZES:
        assert png_size(theme / f"{size}x{size}" / "apps" / "moovdesk.png") == (size, size)
    svg = theme / "scalable" / "apps" / "moovdesk.svg"
    assert svg.read_bytes() == (ICONS / "moovdesk.svg").read_bytes()
    assert not (xdg / "Bureau").exists()  # no Desktop copy unless asked
    if shutil.which("update-desktop-database"):
        assert ["update-desktop-database", str(entry.parent)] in runner.commands


@pytest.mark.skipif(
    not shutil.which("desktop-file-validate"),
    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils)",
)
def test_desktop_file_validate_accepts_the_entry(xdg: Path) -> None:
    launcher.install_xdg(run=Recorder())
    entry = xdg / "share" / "applications" / "moovdesk.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_the_desktop_copy_is_executable_and_trusted(xdg: Path) -> None:
    runner = Recorder()
    launcher.install_xdg(on_desktop=True, run=runner)
    copy = xdg / "Bureau" / "moovdesk.desktop"
    menu_entry = xdg / "share" / "applications" / "moovdesk.desktop"
    assert copy.read_bytes() == menu_entry.read_bytes()
    assert os.access(copy, os.X_OK)
    if shutil.which("gio"):
        assert ["gio", "set", "-t", "string", str(copy), "metadata::trusted", "true"] in (
            runner.commands
        )


def test_uninstall_removes_everything_it_installed(xdg: Path) -> None:
    installed = launcher.install_xdg(on_desktop=True, run=Recorder())
    removed = launcher.uninstall_xdg(run=Recorder())
    assert sorted(removed.removed) == sorted(installed.written)
    assert not any(path.exists() for path in installed.written)
    assert launcher.uninstall_xdg(run=Recorder()).removed == []


def test_the_desktop_is_where_xdg_user_dir_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_DESKTOP_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))

    def answer(text: str) -> Callable[..., subprocess.CompletedProcess[str]]:
        return lambda *a, **k: subprocess.CompletedProcess(a, 0, stdout=text, stderr="")

    if not shutil.which("xdg-user-dir"):
        pytest.skip("xdg-user-dir is not installed")
    assert launcher.desktop_folder(answer(f"{tmp_path}/Bureau\n")) == tmp_path / "Bureau"
    # Without a configured Desktop it answers the home folder itself.
    assert launcher.desktop_folder(answer(f"{tmp_path}\n")) == tmp_path / "Desktop"


def test_the_cli_installs_and_removes(
    xdg: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(launcher, "run_quietly", Recorder())
    monkeypatch.setattr(sys, "platform", "linux")
    assert run_cli(["install-launcher", "--desktop"], monkeypatch) == 0
    out = capsys.readouterr().out
    assert f"wrote {xdg / 'share' / 'applications' / 'moovdesk.desktop'}" in out
    assert f"wrote {xdg / 'Bureau' / 'moovdesk.desktop'}" in out
    assert "7 icon files" in out
    assert run_cli(["uninstall-launcher"], monkeypatch) == 0
    assert "removed" in capsys.readouterr().out
    assert not (xdg / "share" / "applications" / "moovdesk.desktop").exists()


def test_the_shipped_icons_have_their_sizes() -> None:
    for size in launcher.ICON_SIZES:
        assert png_size(ICONS / f"moovdesk-{size}.png") == (size, size)
    ico = (ICONS / "moovdesk.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(launcher.ICON_SIZES))


# Windows shortcuts (only the command can be checked here) --------------------------------


def test_the_windows_shortcut_command(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    made = ["C:\\Users\\rep\\Start Menu\\Programs\\Moovdesk.lnk", "D:\\Bureau\\Moovdesk.lnk"]

    def powershell(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        calls.append(command)
        return subprocess.CompletedProcess(command, 0, stdout="\n".join(made) + "\n", stderr="")

    target = "C:\\Program Files\\Moovdesk d'Émile\\moovdesk.exe"
    report = launcher.install_windows(on_desktop=True, command=[target], run=powershell)

    (command,) = calls
    assert command[:4] == ["powershell.exe", "-NoProfile", "-NonInteractive", "-Command"]
    script = command[4]
    assert "New-Object -ComObject WScript.Shell" in script
    assert "GetFolderPath('Programs')" in script and "GetFolderPath('Desktop')" in script
    assert "$link.TargetPath = 'C:\\Program Files\\Moovdesk d''Émile\\moovdesk.exe'" in script
    assert str(resource_path("icons", "moovdesk.ico")) in script
    assert script.count("$link.Save()") == 2
    assert [str(path) for path in report.written] == made


def test_the_windows_menu_only_shortcut_and_removal() -> None:
    script = launcher.windows_shortcut_script(
        ["C:\\py\\python.exe", "-m", "moovdesk"], Path("C:/i.ico"), on_desktop=False, description=""
    )
    assert "GetFolderPath('Desktop')" not in script
    assert "$link.Arguments = '-m moovdesk'" in script
    removal = launcher.windows_remove_script()
    assert removal.count("Remove-Item -LiteralPath $path") == 2


def test_a_powershell_failure_is_reported() -> None:
    def failing(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 1, stdout="", stderr="Access denied\n")

    with pytest.raises(OSError, match="Access denied"):
        launcher.install_windows(command=["C:\\m.exe"], run=failing)
