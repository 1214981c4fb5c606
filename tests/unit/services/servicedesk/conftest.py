"""The service desk's people and the unit most tests start from."""
from __future__ import annotations

import datetime as dt

import pytest

from desk.services.servicedesk import units


@pytest.fixture
def desk(make_staff):
    return make_staff("reception", code="10", name="陈静")[1]


@pytest.fixture
def unit(admin):
    return units.add_unit(admin, "3", "1", "1202", area="89.50", owner_name="张伟", owner_phone="13812345678",
                          move_in=dt.date(2026, 6, 1))
