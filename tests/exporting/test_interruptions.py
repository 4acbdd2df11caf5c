"""An export that stops half-way (a bug, a full disk, Cancel) leaves the previous file as it was
and no temporary file; problems the rep can fix are one clear ExportError."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from moovdesk.data import queries
from moovdesk.data.listing import ProspectRow
from moovdesk.exporting import (
    ExportCancelledError,
    ExportError,
    ExportFormat,
    export_prospects,
    write_records,
)
from moovdesk.exporting.records import ExportRecord
from moovdesk.services import Services
from tests.conftest import FIXED_NOW
from tests.exporting.conftest import Sample

FORMATS = [member.value for member in ExportFormat]
PREVIOUS = b"the previous export, which must survive\r\n"


class SourceBrokeError(Exception):
    pass


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty folder for exports; XlsxWriter's own temporary files go to a watched one too."""
    folder = tmp_path / "out"
    folder.mkdir()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    yield folder
    assert list(scratch.iterdir()) == []


def previous_export(folder: Path, fmt: str) -> Path:
    target = folder / f"prospects.{fmt}"
    target.write_bytes(PREVIOUS)
    return target


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failure_inside_the_row_source_keeps_the_previous_file(
    services: Services, sample: Sample, out: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    real = queries.rows_by_ids
    calls = []

    def failing_on_second_block(session: Session, ids: Sequence[str]) -> list[ProspectRow]:
        calls.append(ids)
        if len(calls) == 2:
            raise SourceBrokeError("the disk went away")
        return real(session, ids)

    monkeypatch.setattr(queries, "rows_by_ids", failing_on_second_block)
    target = previous_export(out, fmt)
    with pytest.raises(SourceBrokeError):
        export_prospects(services.store, target, fmt, now=FIXED_NOW, chunk_size=1)
    assert len(calls) == 2  # the first block was written to the temporary file
    assert target.read_bytes() == PREVIOUS
    assert list(out.iterdir()) == [target]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_generator_raising_mid_way(
    services: Services, sample: Sample, out: Path, fmt: str
) -> None:
    rows = services.prospects.rows(services.prospects.ids())

    def batches() -> Iterator[list[ExportRecord]]:
        yield [ExportRecord(rows[0])]
        raise SourceBrokeError("half-way")

    target = previous_export(out, fmt)
    with pytest.raises(SourceBrokeError):
        write_records(target, ExportFormat(fmt), batches(), total=3)
    assert target.read_bytes() == PREVIOUS
    assert list(out.iterdir()) == [target]


def test_cancel_from_the_progress_callback(services: Services, sample: Sample, out: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            raise ExportCancelledError

    target = previous_export(out, "xlsx")
    with pytest.raises(ExportCancelledError):
        export_prospects(
            services.store, target, "xlsx", now=FIXED_NOW, progress=progress, chunk_size=1
        )
    assert seen == [(0, 3), (1, 3), (2, 3)]
    assert target.read_bytes() == PREVIOUS
    assert list(out.iterdir()) == [target]


def test_progress_reaches_the_total(services: Services, sample: Sample, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_prospects(
        services.store,
        out / "p.json",
        "json",
        chunk_size=2,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen == [(0, 3), (2, 3), (3, 3)]


def test_a_missing_folder_is_one_clear_error(services: Services, out: Path) -> None:
    target = out / "nowhere" / "prospects.csv"
    with pytest.raises(ExportError) as caught:
        export_prospects(services.store, target, "csv")
    assert str(caught.value) == f"cannot write {target}: No such file or directory"


def test_a_folder_as_target_is_refused(services: Services, out: Path) -> None:
    folder = out / "export.csv"
    folder.mkdir()
    with pytest.raises(ExportError, match="it is a folder"):
        export_prospects(services.store, folder, "csv")
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_one_clear_error(services: Services, out: Path) -> None:
    out.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="Permission denied"):
            export_prospects(services.store, out / "p.csv", "csv")
    finally:
        out.chmod(0o755)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permissions_new_and_replaced(services: Services, out: Path) -> None:
    fresh = out / "new.csv"
    export_prospects(services.store, fresh, "csv")
    assert fresh.stat().st_mode & 0o777 == 0o644  # not mkstemp's owner-only 0600
    shared = previous_export(out, "json")
    shared.chmod(0o640)
    export_prospects(services.store, shared, "json")
    assert shared.stat().st_mode & 0o777 == 0o640
    assert shared.read_bytes() != PREVIOUS


def test_a_locked_target_is_one_clear_error(
    services: Services, sample: Sample, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows, a file open in Excel cannot be replaced: the rep hears it, the file stays."""
    target = previous_export(out, "csv")

    def refuse(self: Path, other: Path) -> Path:
        raise PermissionError(13, "Permission denied", str(other))

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(ExportError) as caught:
        export_prospects(services.store, target, "csv")
    assert str(caught.value).startswith(f"cannot write {target}: Permission denied")
    assert target.read_bytes() == PREVIOUS
    assert list(out.iterdir()) == [target]
