"""Where a repair or a complaint stood at a past moment (the weekly report's carried-over work)."""
from __future__ import annotations

import datetime as dt


def stage_at(record, stages: tuple[tuple[str, str], ...], moment: dt.datetime) -> str:
    """The status ``record`` had at ``moment``: the last of ``stages`` (status, field holding when it
    was reached, in the order a record goes through them) reached before ``moment``. The first stage
    is where every record starts."""
    status = stages[0][0]
    for name, field in stages[1:]:
        reached = getattr(record, field)
        if reached is not None and reached < moment:
            status = name
    return status
