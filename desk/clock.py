"""The clock: the current local time as users see it and records keep it (to the second).

A leaf every layer may import (models use ``now`` for their defaults, services for the time of a
write, the UI for what it shows).
"""
from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The current local time, to the second (what users see and records keep)."""
    return dt.datetime.now().replace(microsecond=0)


def or_now(at: dt.datetime | None) -> dt.datetime:
    """``at`` to the second, or the current time when none is given."""
    return (at or now()).replace(microsecond=0)
