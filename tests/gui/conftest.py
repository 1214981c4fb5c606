"""GUI fixtures: a program filled with a week of demo data. On SQLite it is made once per test run
and its file copied into each test's own data folder (filling takes seconds, copying milliseconds);
on PostgreSQL (DESK_TEST_DB) each test fills its own emptied schema."""
from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

DEMO_DAYS = 7


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    if os.environ.get("DESK_TEST_DB"):  # PostgreSQL: see ``demo``
        return None
    from desk import settings as settings_mod
    from desk.db.connection import close_database, open_database
    from desk.services.demo import fill_demo

    folder = tmp_path_factory.mktemp("demo")
    previous = settings_mod.settings.backend
    settings_mod.use_backend(settings_mod.MemoryBackend())
    try:
        open_database(folder / "desk.db")
        fill_demo(DEMO_DAYS, today=dt.date.today())
        close_database()  # the last connection: SQLite folds the WAL into the file
    finally:
        settings_mod.use_backend(previous)
    return folder / "desk.db"


@pytest.fixture
def demo(data_dir, settings, demo_template, request):
    """This test's own copy of the demo data, open (demo staff: 工号 01, 02, 10 … with PIN 1234)."""
    from desk import runtime
    from desk.db.connection import close_database, open_database
    from desk.services.demo import fill_demo

    if demo_template is None:  # PostgreSQL: the run's schema, emptied for this test, filled here
        database = request.getfixturevalue("database")
        fill_demo(DEMO_DAYS, today=dt.date.today())
        yield database
        return
    shutil.copyfile(demo_template, data_dir.database)
    database = open_database(data_dir.database)
    runtime.current = data_dir
    yield database
    close_database()
    runtime.current = None


class DialogWatch:
    """Closes a modal dialog left open longer than ``patience`` seconds and remembers what it said: a
    dialog nobody answers (an error shown by a background job, a question a test did not expect)
    fails its test instead of hanging the run until CI's limit."""

    def __init__(self, patience: float = 20.0, every_ms: int = 500):
        from PySide6.QtCore import QTimer

        self.patience = patience
        self.forgotten: list[str] = []
        self._since: dict[int, float] = {}
        self.timer = QTimer()
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        import time

        from PySide6.QtWidgets import QApplication, QLabel

        dialog = QApplication.activeModalWidget()
        if dialog is None:
            self._since.clear()
            return
        first = self._since.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - first < self.patience:
            return
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        self.forgotten.append(f"{dialog.windowTitle()}: {' / '.join(texts)[:300]}")
        del self._since[id(dialog)]
        dialog.close()  # a QMessageBox or QDialog: exec() returns, the test goes on to fail

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture(autouse=True)
def _no_dialog_left_open(qapp):
    watch = DialogWatch()
    yield watch
    watch.stop()
    assert not watch.forgotten, f"a modal dialog stayed open with nobody to answer it: {watch.forgotten}"
