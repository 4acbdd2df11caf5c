"""Starting Moovdesk by a double-click: a menu entry (and optionally a Desktop icon) pointing at
the installed `moovdesk` program, for a rep who never opens a terminal.

Linux and other XDG desktops get a desktop entry under `$XDG_DATA_HOME/applications` with the
icon installed into the user's hicolor theme; Windows gets Start-menu and Desktop shortcuts made
by PowerShell through WScript.Shell (the one shortcut API every Windows has). Nothing here needs
Qt: `moovdesk-cli install-launcher` works before the window ever started.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from moovdesk.resource_files import resource_path

APP_ID = "moovdesk"  # the desktop file's name; QGuiApplication.setDesktopFileName uses it too
DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
MIME_TYPES = (
    "text/csv",
    "text/tab-separated-values",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.spreadsheet",
)
SHORTCUT_NAME = "Moovdesk.lnk"

Runner = Callable[[Sequence[str]], object]


def run_quietly(command: Sequence[str]) -> object:
    """Run a helper program whose failure must not stop the installation (caches, trust flags)."""
    try:
        return subprocess.run(
            list(command),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None


@dataclass
class LauncherReport:
    """What an install or uninstall wrote or removed, for the CLI to print."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


# Which program the launcher starts --------------------------------------------------------


def gui_command() -> list[str]:
    """The command that opens the window, as absolute paths.

    Bundled by PyInstaller: the bundle's `moovdesk` executable, even when this runs from the
    bundle's `moovdesk-cli`. Installed with pip: the `moovdesk` script beside the interpreter
    (bin/ or Scripts\\). Otherwise, from a source tree: the interpreter with `-m moovdesk`.
    """
    executable = Path(sys.executable)
    name = "moovdesk.exe" if sys.platform == "win32" else "moovdesk"
    if getattr(sys, "frozen", False):
        bundled = executable.with_name(name)
        return [str(bundled if bundled.is_file() else executable)]
    script = executable.parent / name
    if script.is_file():
        return [str(script)]
    return [str(executable), "-m", "moovdesk"]


# XDG desktop entry ------------------------------------------------------------------------


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def desktop_folder(run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> Path:
    """The user's Desktop: `$XDG_DESKTOP_DIR`, else what `xdg-user-dir` says (it may be
    translated, e.g. ~/Bureau), else ~/Desktop."""
    value = os.environ.get("XDG_DESKTOP_DIR", "").strip()
    if value:
        return Path(value).expanduser()
    if shutil.which("xdg-user-dir"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            answer = run(
                ["xdg-user-dir", "DESKTOP"], capture_output=True, text=True, timeout=10, check=False
            )
            folder = answer.stdout.strip()
            # It answers $HOME itself when no Desktop is configured: that is not a Desktop.
            if answer.returncode == 0 and folder and Path(folder) != Path.home():
                return Path(folder)
    return Path.home() / "Desktop"


def desktop_entry(command: Sequence[str]) -> str:
    """The text of moovdesk.desktop (Desktop Entry Specification) starting `command`."""
    exec_line = " ".join(quote_exec_argument(part) for part in command)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",  # the newest desktop-file-validate 0.26 (Debian 12) knows
        "Name=Moovdesk",
        "GenericName=Prospect manager",
        "GenericName[fr]=Gestion de prospects",
        "Comment=Prospects, follow-ups and tours on a map, offline",
        "Comment[fr]=Prospects, relances et tournées sur une carte, hors ligne",
        f"Exec={exec_line} %F",
        f"TryExec={escape_value(command[0])}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;ContactManagement;",
        "Keywords=CRM;prospects;sales;customers;map;",
        "Keywords[fr]=CRM;prospects;commercial;clients;carte;tournée;",
        f"MimeType={';'.join(MIME_TYPES)};",
        f"StartupWMClass={APP_ID}",
        "StartupNotify=true",
    ]
    return "\n".join(lines) + "\n"


# Characters that force quoting in an Exec argument, and those escaped inside the quotes.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = '"`$\\'


def quote_exec_argument(argument: str) -> str:
    """One Exec argument: quoted when it holds reserved characters, `%` doubled, then escaped
    as a string value (so a backslash inside quotes ends up as four)."""
    text = argument.replace("%", "%%")
    if any(ch in _RESERVED for ch in text):
        inner = "".join(f"\\{ch}" if ch in _ESCAPED_IN_QUOTES else ch for ch in text)
        text = f'"{inner}"'
    return escape_value(text)


def escape_value(text: str) -> str:
    """A desktop entry string value: backslash and control characters escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def icon_targets(data_dir: Path) -> dict[Path, Path]:
    """Installed icon path -> shipped file, in the user's hicolor theme."""
    theme = data_dir / "icons" / "hicolor"
    targets = {
        theme / "scalable" / "apps" / f"{APP_ID}.svg": resource_path("icons", "moovdesk.svg")
    }
    for size in ICON_SIZES:
        shipped = resource_path("icons", f"moovdesk-{size}.png")
        targets[theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = shipped
    return targets


def install_xdg(
    *,
    on_desktop: bool = False,
    command: Sequence[str] | None = None,
    data_dir: Path | None = None,
    desktop_dir: Path | None = None,
    run: Runner = run_quietly,
) -> LauncherReport:
    """Write the menu entry and icons (and the Desktop copy), then refresh the menu caches."""
    data_dir = data_dir or data_home()
    report = LauncherReport()
    for target, shipped in icon_targets(data_dir).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shipped, target)
        report.written.append(target)
    text = desktop_entry(command or gui_command())
    applications = data_dir / "applications"
    entry = applications / DESKTOP_FILE
    _write_text(entry, text)
    report.written.append(entry)
    if on_desktop:
        folder = desktop_dir or desktop_folder()
        copy = folder / DESKTOP_FILE
        _write_text(copy, text)
        # GNOME and KDE launch a Desktop file only if it is executable, GNOME only once trusted.
        copy.chmod(0o755)
        if shutil.which("gio"):
            run(["gio", "set", "-t", "string", str(copy), "metadata::trusted", "true"])
        report.written.append(copy)
    _refresh_caches(data_dir, run)
    return report


def uninstall_xdg(
    *,
    data_dir: Path | None = None,
    desktop_dir: Path | None = None,
    run: Runner = run_quietly,
) -> LauncherReport:
    """Remove what `install_xdg` wrote; files that are already gone are not an error."""
    data_dir = data_dir or data_home()
    report = LauncherReport()
    candidates = [
        data_dir / "applications" / DESKTOP_FILE,
        (desktop_dir or desktop_folder()) / DESKTOP_FILE,
        *icon_targets(data_dir),
    ]
    for path in candidates:
        if path.is_file():
            path.unlink()
            report.removed.append(path)
    _refresh_caches(data_dir, run)
    return report


def _refresh_caches(data_dir: Path, run: Runner) -> None:
    """Menus read cached indexes: rebuild the MIME one, and refresh the user's icon cache only
    if one exists (a new one would go stale and hide icons other programs add later)."""
    applications = data_dir / "applications"
    if applications.is_dir() and shutil.which("update-desktop-database"):
        run(["update-desktop-database", str(applications)])
    theme = data_dir / "icons" / "hicolor"
    if not theme.is_dir():
        return
    with contextlib.suppress(OSError):
        os.utime(theme)  # what icon loaders watch to rescan the theme
    if (theme / "icon-theme.cache").is_file() and shutil.which("gtk-update-icon-cache"):
        run(["gtk-update-icon-cache", "--force", "--ignore-theme-index", "--quiet", str(theme)])


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


# Windows shortcuts -------------------------------------------------------------------------

# Folders are resolved by Windows itself: the Desktop may be redirected (OneDrive) or localised.
_WINDOWS_FOLDERS = ("Programs", "Desktop")


def windows_shortcut_script(
    command: Sequence[str], icon: Path, *, on_desktop: bool, description: str
) -> str:
    """PowerShell that creates Moovdesk.lnk in the Start menu (and on the Desktop)."""
    target, *arguments = command
    folders = _WINDOWS_FOLDERS if on_desktop else _WINDOWS_FOLDERS[:1]
    lines = ["$shell = New-Object -ComObject WScript.Shell"]
    for folder in folders:
        lines += [
            f"$path = Join-Path ([Environment]::GetFolderPath('{folder}')) "
            f"{_ps_quote(SHORTCUT_NAME)}",
            "$link = $shell.CreateShortcut($path)",
            f"$link.TargetPath = {_ps_quote(target)}",
            f"$link.Arguments = {_ps_quote(subprocess.list2cmdline(arguments))}",
            f"$link.WorkingDirectory = {_ps_quote(str(Path.home()))}",
            f"$link.IconLocation = {_ps_quote(f'{icon},0')}",
            f"$link.Description = {_ps_quote(description)}",
            "$link.Save()",
            "Write-Output $path",
        ]
    return "; ".join(lines)


def windows_remove_script() -> str:
    """PowerShell that removes both shortcuts, printing those it removed."""
    lines = []
    for folder in _WINDOWS_FOLDERS:
        lines += [
            f"$path = Join-Path ([Environment]::GetFolderPath('{folder}')) "
            f"{_ps_quote(SHORTCUT_NAME)}",
            "if (Test-Path -LiteralPath $path) "
            "{ Remove-Item -LiteralPath $path; Write-Output $path }",
        ]
    return "; ".join(lines)


def powershell_command(script: str) -> list[str]:
    return ["powershell.exe", "-NoProfile", "-NonInteractive", "-Command", script]


def install_windows(
    *,
    on_desktop: bool = False,
    command: Sequence[str] | None = None,
    run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run,
) -> LauncherReport:
    script = windows_shortcut_script(
        command or gui_command(),
        resource_path("icons", "moovdesk.ico"),
        on_desktop=on_desktop,
        description="Prospects, follow-ups and tours on a map",
    )
    output = _run_powershell(script, run)
    return LauncherReport(written=[Path(line) for line in output.splitlines() if line.strip()])


def uninstall_windows(
    *, run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run
) -> LauncherReport:
    output = _run_powershell(windows_remove_script(), run)
    return LauncherReport(removed=[Path(line) for line in output.splitlines() if line.strip()])


def _run_powershell(script: str, run: Callable[..., subprocess.CompletedProcess[str]]) -> str:
    result = run(
        powershell_command(script), capture_output=True, text=True, timeout=60, check=False
    )
    if result.returncode != 0:
        detail = (result.stderr or "").strip().splitlines()
        raise OSError(f"PowerShell could not make the shortcuts: {detail[-1] if detail else '?'}")
    return str(result.stdout)


def _ps_quote(text: str) -> str:
    """A PowerShell single-quoted literal: nothing inside is expanded; ' is doubled."""
    return "'" + text.replace("'", "''") + "'"


# What the CLI calls -------------------------------------------------------------------------


def install(*, on_desktop: bool = False) -> LauncherReport:
    """Install the launcher the way this system expects."""
    if sys.platform == "win32":
        return install_windows(on_desktop=on_desktop)
    if sys.platform == "darwin":
        raise OSError("Launchers on macOS are not supported yet: start Moovdesk with `moovdesk`.")
    return install_xdg(on_desktop=on_desktop)


def uninstall() -> LauncherReport:
    if sys.platform == "win32":
        return uninstall_windows()
    if sys.platform == "darwin":
        return LauncherReport()
    return uninstall_xdg()
