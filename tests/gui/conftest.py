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
