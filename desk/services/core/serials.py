"""Serial numbers from the ``Counter`` table: taken inside the write's transaction, never reused.

- ``next_form_serial("PD", "bar_count", day)`` -> ``PD-20261123-001``: the number printed on a
  form, per form and day (the prefix is the form template's ``serial``; ``desk.printing`` and the
  services that number their records share the counter ``form:<key>:<yyyymmdd>``).
- ``next_record_number("BX", at)`` -> ``BX-20261123-003``: a service-desk record's number, per
  prefix and day (the form the printed forms and ``desk print --list`` show).
"""
from __future__ import annotations

import datetime as dt

from desk.clock import now
from desk.db.base import db
from desk.db.core import Counter


def _take(name: str) -> int:
    """The next value of counter ``name`` (1 the first time), drawn and returned by one statement:
    PCs drawing at the same moment never get the same number."""
    with db.atomic():
        query = (Counter.insert(name=name, value=1)
                 .on_conflict(conflict_target=[Counter.name], update={Counter.value: Counter.value + 1})
                 .returning(Counter.value))
        return query.tuples().execute()[0][0]


def next_form_serial(prefix: str, form_key: str, day: dt.date) -> str:
    """The next serial of form ``form_key`` on ``day``: ``PD-20261123-001``."""
    if isinstance(day, dt.datetime):
        day = day.date()
    value = _take(f"form:{form_key}:{day:%Y%m%d}")
    return f"{prefix}-{day:%Y%m%d}-{value:0{max(3, len(str(value)))}d}"


def next_record_number(prefix: str, at: dt.date | dt.datetime | None = None) -> str:
    """The next number of a record kind on the day of ``at`` (default now): ``BX-20261123-003``."""
    day = (at or now()).strftime("%Y%m%d")
    value = _take(f"{prefix}{day}")
    return f"{prefix}-{day}-{value:03d}"
