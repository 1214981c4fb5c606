"""Progress and cancellation for slow work (exports, imports, PDF batches), free of Qt.

The UI's background runner passes a Progress whose ``report`` reaches a progress dialog
and whose ``cancelled`` flag the user's Cancel button sets.
"""
from __future__ import annotations

from typing import Callable

from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError


class Cancelled(DeskError):
    def __init__(self):
        super().__init__(QT_TRANSLATE_NOOP("desk", "已取消"))


class Progress:
    def __init__(self, report: Callable[[int, int, str], None] | None = None):
        self._report = report
        self.cancelled = False

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._report:
            self._report(done, total, text)

    def check(self) -> None:
        """Call between units of work: raises Cancelled when the user asked to stop."""
        if self.cancelled:
            raise Cancelled()

    def cancel(self) -> None:
        self.cancelled = True


NO_PROGRESS = Progress()
