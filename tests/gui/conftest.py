"""GUI fixtures: a program filled with a week of demo data, made once per test run and copied
into each test's own data folder (filling it takes seconds; copying the file, milliseconds)."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

DEMO_DAYS = 7


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
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
def demo(data_dir, settings, demo_template):
    """This test's own copy of the demo data, open (demo staff: 工号 01, 02, 10 … with PIN 1234)."""
    from desk import runtime
    from desk.db.connection import close_database, open_database

    shutil.copyfile(demo_template, data_dir.database)
    database = open_database(data_dir.database)
    runtime.current = data_dir
    yield database
    close_database()
    runtime.current = None
