"""Slow work off the UI thread, with a progress dialog and a cancel button.

``run_job(parent, title, fn, on_done)`` calls ``fn(progress)`` in a QThread; ``fn`` reports with
``progress.report(done, total, text)`` and calls ``progress.check()`` between units so Cancel
stops it. ``on_done(result)`` and ``on_error(exc)`` run on the UI thread. The worker never
touches widgets.

While any job runs, Python's cyclic garbage collector does not run by itself: it would run in
whichever thread allocates when its threshold is reached — the worker's too — and free the UI
thread's Qt objects there, which crashes (the weekly report's worker did, in CI: a segmentation
fault while rendering). The UI thread collects when the last job ends.
"""
from __future__ import annotations

import gc
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.services.core import database
from desk.services.core.progress import Cancelled, Progress
from desk.ui.errors import show_error


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.fn = fn
        self.progress = Progress(self.progressed.emit)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # reported on the UI thread
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.succeeded.emit(result)
        finally:
            try:
                database.close_connection()  # this thread's connection (peewee keeps one per thread)
            except Exception:
                pass


_running: set = set()  # jobs without a parent are kept alive here until they finish
_gc_was_enabled = True


def _hold_gc() -> None:
    """The first job starting: no automatic collection until the last one ends (module docstring)."""
    global _gc_was_enabled
    if not _running:
        _gc_was_enabled = gc.isenabled()
        gc.disable()


def _release_gc() -> None:
    """The last job ended (its thread has finished): collect here, on the UI thread."""
    if not _running and _gc_was_enabled:
        gc.enable()
        gc.collect()


class Job(QObject):
    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, fn, *, cancellable: bool = True,
                 show_dialog: bool = True):
        super().__init__(parent)
        self.worker = _Worker(fn)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            from PySide6.QtCore import Qt  # lazy: start-up (Qt's enums, not built for the first frame)

            self.dialog = QProgressDialog(title, self.tr("取消") if cancellable else "", 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(500)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if not cancellable:
                self.dialog.setCancelButton(None)
            self.dialog.canceled.connect(self.cancel)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_success)
        self.worker.failed.connect(self._on_failure)

    def start(self) -> "Job":
        _hold_gc()
        _running.add(self)
        self.worker.start()
        return self

    def cancel(self) -> None:
        self.worker.progress.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog  # setValue may process events and finish the job meanwhile
        if dialog is None:
            return
        if text:
            dialog.setLabelText(text)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self.worker.wait()
        if self in _running:
            _running.discard(self)
            _release_gc()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _on_success(self, result) -> None:
        self._finish()
        self.done.emit(result)

    def _on_failure(self, exc, details: str) -> None:
        self._finish()
        if not isinstance(exc, Cancelled):
            exc.details = details
        self.error.emit(exc)


def run_job(parent: QWidget | None, title: str, fn: Callable[[Progress], Any],
            on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
            *, cancellable: bool = True) -> Job:
    job = Job(parent, title, fn, cancellable=cancellable)
    job.done.connect(on_done)
    if on_error is None:
        job.error.connect(lambda exc: show_error(parent, exc))
    else:
        job.error.connect(on_error)
    return job.start()
