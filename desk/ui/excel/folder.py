"""The sync folder in the window: a timer asks the Qt-free service whether the day's workbook is
due, writes it in the background, and keeps a status-line label saying how it went."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from desk.excel.folder import FolderSync
from desk.ui.widgets import set_style
from desk.ui.worker import Job


class FolderSyncController(QObject):
    def __init__(self, window, clock=None, interval_ms: int = 60_000):
        super().__init__(window)
        self.window = window
        self.service = FolderSync(clock) if clock else FolderSync()
        self.label = QLabel()
        self.label.setObjectName("folder_sync_status")
        window.statusBar().addPermanentWidget(self.label)
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.update_label()

    def status_text(self) -> str:
        return self.service.status_text()

    def update_label(self) -> None:
        text = self.service.status_text()
        self.label.setText(text)
        self.label.setVisible(bool(text))
        if self.service.last_error:
            set_style(self.label)
        else:
            self.label.setStyleSheet("")

    def tick(self) -> None:
        self.run(closing=False)

    def run(self, *, closing: bool, on_finished=None) -> Job | None:
        if self.job is not None or not self.service.due(closing=closing):
            self.update_label()
            return None
        self.service.busy = False
        job = Job(self.window, "", lambda progress: self.service.write(progress), show_dialog=False)

        def finished(_result=None):
            self.job = None
            self.update_label()
            if on_finished:
                on_finished()

        job.done.connect(finished)
        job.error.connect(lambda _exc: finished())
        self.job = job.start()
        return self.job

    def write_at_exit(self) -> None:
        """Closing the program: write now, on this thread (the window is going away)."""
        self.timer.stop()
        if self.job is not None:
            self.job.worker.wait()
        if self.service.due(closing=True):
            self.service.write()

    def stop(self) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.worker.wait()
