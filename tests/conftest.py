"""Shared fixtures: offscreen Qt, a fresh database file per test, settings in memory, sessions."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

from desk import settings as settings_mod  # noqa: E402
from desk.paths import DataDir  # noqa: E402


@pytest.fixture
def settings():
    backend = settings_mod.MemoryBackend()
    previous = settings_mod.settings.backend
    settings_mod.use_backend(backend)
    yield settings_mod.settings
    settings_mod.use_backend(previous)


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.root.mkdir(parents=True)
    return data


@pytest.fixture
def database(data_dir, settings):
    from desk import runtime
    from desk.db.connection import close_database, open_database

    database = open_database(data_dir.database)
    runtime.current = data_dir
    yield database
    close_database()
    runtime.current = None


@pytest.fixture
def make_staff(database):
    """make_staff("guard", code="50", pin="5050") -> (Staff, Session)."""
    from desk.db.core import Staff
    from desk.services.core.session import Session
    from desk.services.core.staff import hash_pin

    counter = {"n": 100}

    def make(*roles, code=None, name=None, pin="1234", phone=""):
        counter["n"] += 1
        staff = Staff.create(code=code or str(counter["n"]), name=name or f"员工{counter['n']}",
                             roles=",".join(roles), pin_hash=hash_pin(pin), phone=phone)
        return staff, Session.for_staff(staff)

    return make


@pytest.fixture
def admin(make_staff):
    return make_staff("admin", "supervisor", code="01", name="王建国")[1]


@pytest.fixture
def supervisor(make_staff):
    return make_staff("supervisor", code="02", name="李淑芬")[1]
