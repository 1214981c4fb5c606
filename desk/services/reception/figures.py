"""Reception figures (Qt-free), re-exported by ``reception``.

- ``people_count(day)``: visitors (sum of party sizes) on a day — the water bar's cups per visitor.
- ``day_figures(day)``: groups, people, first vs return, by source, by consultant, by hour,
  average dwell, in the hall — the overview and the weekly report use it (``range_figures`` for a
  span). A module of its own so that the overview, the first screen, does not load registration.
"""
from __future__ import annotations

import datetime as dt

from peewee import fn

from desk.db.base import count_if, hour_of, minutes_between
from desk.db.reception import Visit, VisitSource
from desk.services.core.staff import staff_names


def _span(day_from: dt.date, day_to: dt.date):
    return (Visit.day >= day_from) & (Visit.day <= day_to)


def people_count(day: dt.date) -> int:
    """How many people visited on a day (the sum of party sizes)."""
    return int(Visit.select(fn.COALESCE(fn.SUM(Visit.party_size), 0)).where(Visit.day == day).scalar() or 0)


def groups_count(day: dt.date) -> int:
    return Visit.select().where(Visit.day == day).count()


def range_figures(day_from: dt.date, day_to: dt.date) -> dict:
    """Figures for a span of days (inclusive)."""
    where = _span(day_from, day_to)
    inside, first_visit = Visit.departed_at.is_null(), Visit.first_visit == True  # noqa: E712
    groups, people, first, first_people, in_hall, in_hall_people, dwell_sum, dwell_n = Visit.select(
        fn.COUNT(Visit.id), fn.COALESCE(fn.SUM(Visit.party_size), 0),
        count_if(first_visit), count_if(first_visit, Visit.party_size),
        count_if(inside), count_if(inside, Visit.party_size),
        fn.SUM(minutes_between(Visit.arrived_at, Visit.departed_at)),
        fn.COUNT(Visit.departed_at),
    ).where(where).tuples().get()
    sources = {s.id: s.name for s in VisitSource.select()}
    by_source: dict[str, int] = {}
    for sid, n in Visit.select(Visit.source, fn.COUNT(Visit.id)).where(where).group_by(Visit.source).tuples():
        key = sources.get(sid, "未填")
        by_source[key] = by_source.get(key, 0) + n
    names = staff_names()
    consultants = [{"staff_id": sid, "name": names.get(sid, "未分配"), "groups": int(n)} for sid, n in
                   Visit.select(Visit.consultant, fn.COUNT(Visit.id)).where(where)
                   .group_by(Visit.consultant).order_by(fn.COUNT(Visit.id).desc()).tuples()]
    hour = hour_of(Visit.arrived_at)
    by_hour = {int(h): n for h, n in Visit.select(hour, fn.COUNT(Visit.id)).where(where)
               .group_by(hour).order_by(hour).tuples()}
    by_grade = {g or "未评": n for g, n in Visit.select(Visit.grade, fn.COUNT(Visit.id)).where(where)
                .group_by(Visit.grade).order_by(Visit.grade).tuples()}
    return {
        "from": day_from, "to": day_to,
        "groups": int(groups or 0), "people": int(people or 0),
        "first": int(first), "return": int((groups or 0) - first), "first_people": int(first_people),
        "by_source": dict(sorted(by_source.items(), key=lambda kv: -kv[1])),
        "by_consultant": {c["name"]: c["groups"] for c in consultants}, "consultants": consultants,
        "by_hour": by_hour, "by_grade": by_grade,
        "average_dwell_minutes": round(float(dwell_sum) / dwell_n, 1) if dwell_n else None,
        "in_hall": int(in_hall), "in_hall_people": int(in_hall_people),
    }


def day_figures(day: dt.date) -> dict:
    return range_figures(day, day)
