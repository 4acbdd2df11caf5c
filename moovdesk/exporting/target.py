"""Streaming an export into place: the writer fills a temporary file beside the target, which
replaces the target only once complete and on disk. A crash, an error or a cancel mid-way leaves
the previous export untouched and no temporary file behind (like `atomic_files`, which needs
the whole content in memory first)."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from moovdesk.exporting.formats import ExportError

# Permissions of a new export: what a plain `open()` gives under the usual umask (mkstemp
# alone would make the file readable by its owner only).
_NEW_FILE_MODE = 0o644


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path for the writer; on a normal exit, move it over `target`.

    Problems the rep can fix (missing folder, no permission, the file open in Excel on
    Windows) become ExportError naming `target`, never the temporary name.
    """
    target = Path(target)
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise ExportError(_describe(target, error)) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _flush_to_disk(temporary)
        temporary.chmod(_mode_for(target))
        try:
            temporary.replace(target)
        except OSError as error:
            raise ExportError(_describe(target, error)) from error
        _flush_directory(target.parent)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _flush_directory(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX; not Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _mode_for(target: Path) -> int:
    """Keep the permissions of the file being replaced; a new one gets the usual rw-r--r--."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return _NEW_FILE_MODE


def _describe(target: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    if isinstance(error, PermissionError) and os.name == "nt":
        reason += " (is the file open in another program?)"
    return f"cannot write {target}: {reason}"
