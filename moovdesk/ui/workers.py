"""Long work (reading a file, importing, indexing) off the GUI thread: a Qt-free function runs in
the thread pool; its progress, result or exception come back to the GUI thread through signals.
No processEvents loops."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from moovdesk.data.errors import StoreError

T = TypeVar("T")


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One call of `work(progress=…, cancelled=…)` in the pool. Keep a reference to the Job
    (or its signals) until it reports."""

    def __init__(self, work: Callable[..., Any], *, takes_progress: bool = True) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._takes_progress = takes_progress
        self._cancel_requested = False

    def cancel(self) -> None:
        self._cancel_requested = True

    def cancelled(self) -> bool:
        return self._cancel_requested

    def run(self) -> None:
        try:
            if self._takes_progress:
                result = self._work(progress=self.signals.progress.emit, cancelled=self.cancelled)
            else:
                result = self._work()
        except BaseException as error:  # reported on the GUI thread, never lost
            self._report(self.signals.failed, error)
        else:
            self._report(self.signals.finished, result)

    @staticmethod
    def _report(signal: Any, value: object) -> None:
        # The window may have closed while the work ran: then nobody is listening any more.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def start(
    job: Job,
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    *,
    owner: QObject,
) -> Job:
    """Connect the job's reports, then start it: a quick job may finish before `start` returns,
    and a report emitted before its connection would be lost. Reports arriving after `owner`
    was destroyed (its window closed meanwhile) are dropped."""

    def while_alive(callback: Callable[..., None]) -> Callable[..., None]:
        def call(*args: Any) -> None:
            if shiboken6.isValid(owner):
                callback(*args)

        return call

    job.signals.finished.connect(while_alive(on_finished))
    job.signals.failed.connect(while_alive(on_failed))
    if on_progress is not None:
        job.signals.progress.connect(while_alive(on_progress))
    QThreadPool.globalInstance().start(job)
    return job


class LatestReading:
    """Readings of the same thing, each started in the pool when asked for (at start-up, at every
    timer tick, after a change): only the newest one's result is shown, and an older one that
    finishes later is dropped. A reading the owner makes another way (at once, on the GUI
    thread) calls `supersede` first, so that no reading started before it is shown after it.

    A StoreError goes to `on_store_error`; any other exception is a bug and is raised on the
    GUI thread, where the error dialog reports it."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._latest = 0

    def supersede(self) -> None:
        self._latest += 1

    def start(
        self,
        read: Callable[[], T],
        show: Callable[[T], None],
        on_store_error: Callable[[StoreError], None],
    ) -> None:
        self._latest += 1
        reading = self._latest

        def shown(result: T) -> None:
            if reading == self._latest:
                show(result)

        def failed(error: BaseException) -> None:
            if not isinstance(error, StoreError):
                raise error
            on_store_error(error)

        start(Job(read, takes_progress=False), shown, failed, owner=self._owner)
