"""When rounds fall due. Each active template makes *slots*: a moment the round is due, a moment it
is overdue (due + the template's grace) and a window in which a round done fulfils it.

- 开馆 / 每天: due at the template's time, fulfilled by a round any time that day.
- 闭馆: due at the closing time, fulfilled by a round from an hour (or the grace, if longer) before.
- 每周 / 每月: due on the weekday / day of the month (the month's last day when shorter), fulfilled
  by a round any time in that week (Monday–Sunday) / calendar month.
- 每 N 小时: slots every N hours from the template's time until its end time (which may pass
  midnight; none: all day), each fulfilled by a round in its own N hours.

A template for every show flat makes a slot per active flat. A slot is *due* from its due time,
*overdue* from its overdue time, *missed* when its window closed with no round. Handover is refused
while a template that blocks it has a slot that fell overdue during the shift and can still be done.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from desk.clock import now
from desk.db.core import Shift
from desk.db.inspections import Round, Template
from desk.db.showflats import Flat
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.services.inspections.templates import clock_time, place_text

UPCOMING, DUE, OVERDUE, DONE, MISSED = "upcoming", "due", "overdue", "done", "missed"
STATES: dict[str, str] = {
    UPCOMING: QT_TRANSLATE_NOOP("inspections", "未到时间"),
    DUE: QT_TRANSLATE_NOOP("inspections", "待巡检"),
    OVERDUE: QT_TRANSLATE_NOOP("inspections", "已逾期"),
    DONE: QT_TRANSLATE_NOOP("inspections", "已完成"),
    MISSED: QT_TRANSLATE_NOOP("inspections", "漏检"),
}


@dataclass
class Slot:
    template: Template
    flat: Flat | None
    due_at: dt.datetime
    overdue_at: dt.datetime
    start: dt.datetime  # window: a round started in [start, end) fulfils the slot
    end: dt.datetime
    round_id: int | None = None  # the closed round that fulfils it

    @property
    def place(self) -> str:
        return place_text(self.template, self.flat.name if self.flat is not None else None)

    @property
    def flat_id(self) -> int | None:
        return self.flat.id if self.flat is not None else None

    def state(self, at: dt.datetime) -> str:
        if self.round_id is not None:
            return DONE
        if at >= self.end:
            return MISSED
        if at >= self.overdue_at:
            return OVERDUE
        if at >= self.due_at:
            return DUE
        return UPCOMING


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _windows(template: Template, day: dt.date) -> list[tuple[dt.datetime, dt.datetime, dt.datetime]]:
    """(due, window start, window end) of the slots a template makes that are *due* on ``day``."""
    at = dt.datetime.combine(day, clock_time(template.at_time))
    start = _day_start(day)
    kind = template.schedule
    if kind in ("opening", "daily"):
        return [(at, start, start + dt.timedelta(days=1))]
    if kind == "closing":
        lead = dt.timedelta(minutes=max(60, template.grace_minutes))
        return [(at, max(start, at - lead), start + dt.timedelta(days=1))]
    if kind == "weekly":
        if day.isoweekday() != template.weekday:
            return []
        monday = start - dt.timedelta(days=day.weekday())
        return [(at, monday, monday + dt.timedelta(days=7))]
    if kind == "monthly":
        last = calendar.monthrange(day.year, day.month)[1]
        if day.day != min(template.month_day, last):
            return []
        first = start.replace(day=1)
        return [(at, first, _day_start((first + dt.timedelta(days=32)).date().replace(day=1)))]
    if kind == "hourly":
        step = dt.timedelta(hours=max(1, template.every_hours))
        if template.until_time:
            until = dt.datetime.combine(day, clock_time(template.until_time))
            if until <= at:
                until += dt.timedelta(days=1)
        else:
            until = at + dt.timedelta(days=1)
        result = []
        t = at
        while t < until:
            result.append((t, t, min(t + step, until)))
            t += step
        return result
    return []


def _targets(template: Template, flats: list[Flat]) -> list[Flat | None]:
    if template.place_kind != "showflat":
        return [None]
    if template.flat_id is not None:
        return [f for f in flats if f.id == template.flat_id]
    return list(flats)


def slots(start: dt.datetime, end: dt.datetime, *, template_id: int | None = None, roles=None) -> list[Slot]:
    """Every slot whose window meets [start, end), with the round that fulfils it (if any)."""
    query = Template.select().where(Template.active == True)  # noqa: E712
    if template_id is not None:
        query = query.where(Template.id == template_id)
    if roles is not None:
        query = query.where(Template.role.in_(list(roles)))
    chosen = list(query.order_by(Template.sort, Template.id))
    if not chosen:
        return []
    flats = list(Flat.select().where(Flat.active == True).order_by(Flat.name))  # noqa: E712
    result: list[Slot] = []
    # A weekly or monthly slot due up to a month before ``start`` or after ``end`` may have its window
    # open in between; a slot due the day before may run past midnight (hourly, closing).
    long_ones = ("weekly", "monthly")
    day = (start - dt.timedelta(days=31)).date()
    while day <= end.date() + dt.timedelta(days=31):
        for template in chosen:
            if template.schedule not in long_ones and not start.date() - dt.timedelta(days=1) <= day <= end.date():
                continue
            for due, w_start, w_end in _windows(template, day):
                if w_end <= start or w_start >= end:
                    continue
                overdue = due + dt.timedelta(minutes=template.grace_minutes)
                for flat in _targets(template, flats):
                    result.append(Slot(template, flat, due, overdue, w_start, w_end))
        day += dt.timedelta(days=1)
    _fulfil(result)
    result.sort(key=lambda s: (s.due_at, s.template.sort, s.template.id, s.flat.name if s.flat else ""))
    return result


def _fulfil(found: list[Slot]) -> None:
    """Attach to each slot the first closed round of its template (and flat) started in its window."""
    if not found:
        return
    lowest = min(s.start for s in found)
    highest = max(s.end for s in found)
    rounds: dict[tuple[int, int | None], list[tuple[dt.datetime, int]]] = {}
    for template_id, flat_id, started, round_id in (
            Round.select(Round.template, Round.flat, Round.started_at, Round.id)
            .where(Round.template.in_(list({s.template.id for s in found}))
                   & Round.closed_at.is_null(False) & (Round.started_at >= lowest) & (Round.started_at < highest))
            .order_by(Round.started_at).tuples()):
        rounds.setdefault((template_id, flat_id), []).append((started, round_id))
    for slot in found:
        for started, round_id in rounds.get((slot.template.id, slot.flat_id), ()):
            if slot.start <= started < slot.end:
                slot.round_id = round_id
                break


def current(at: dt.datetime | None = None, *, roles=None) -> list[Slot]:
    """For each template (and flat): the slot whose window holds ``at``, or else the next one due
    later today. What the duty page and the tablet list."""
    at = at or now()
    end_of_day = _day_start(at.date()) + dt.timedelta(days=1)
    chosen: dict[tuple[int, int | None], Slot] = {}
    for slot in slots(at, end_of_day, roles=roles):
        key = (slot.template.id, slot.flat_id)
        holds = slot.start <= at < slot.end
        if key not in chosen:
            chosen[key] = slot
        elif holds and not (chosen[key].start <= at < chosen[key].end):
            chosen[key] = slot
    result = [s for s in chosen.values() if s.start <= at < s.end or s.due_at < end_of_day]
    result.sort(key=lambda s: (_urgency(s.state(at)), s.due_at, s.template.sort, s.template.id))
    return result


def _urgency(state: str) -> int:
    return {OVERDUE: 0, DUE: 1, UPCOMING: 2, DONE: 3, MISSED: 4}[state]


def day_slots(day: dt.date, at: dt.datetime | None = None) -> list[Slot]:
    """The slots that meet ``day`` up to ``at`` (default: now, or the day's end when past)."""
    start = _day_start(day)
    end = start + dt.timedelta(days=1)
    at = at or min(now(), end)
    return [s for s in slots(start, min(end, at + dt.timedelta(seconds=1))) if s.due_at <= at or s.start <= at < s.end]


@dataclass
class DaySummary:
    overdue: list[Slot]  # overdue now, still to be done
    due: list[Slot]  # due now, not yet overdue
    missed: list[Slot]  # of today, their window closed with no round


def day_summary(at: dt.datetime | None = None) -> DaySummary:
    """Today's rounds at ``at`` in one pass (the overview)."""
    at = at or now()
    start = _day_start(at.date())
    found = slots(start, at + dt.timedelta(seconds=1))
    states = [(s, s.state(at)) for s in found]
    return DaySummary([s for s, state in states if state == OVERDUE], [s for s, state in states if state == DUE],
                      [s for s, state in states if state == MISSED and s.due_at >= start])


def overdue(at: dt.datetime | None = None) -> list[Slot]:
    """Slots overdue now (their window still open): what the overview shows in red."""
    at = at or now()
    return [s for s in slots(at, at + dt.timedelta(seconds=1)) if s.state(at) == OVERDUE]


def missed_today(at: dt.datetime | None = None) -> list[Slot]:
    """Slots of today whose window closed without a round (an hourly patrol skipped)."""
    at = at or now()
    start = _day_start(at.date())
    return [s for s in slots(start, at) if s.end <= at and s.due_at >= start and s.state(at) == MISSED]


def handover_reasons(shift: Shift, at: dt.datetime | None = None) -> list[str]:
    """Rounds of templates that block handover: overdue during this shift and still to be done."""
    at = at or now()
    blocking = [t.id for t in Template.select(Template.id).where((Template.active == True)  # noqa: E712
                                                                  & (Template.blocks_handover == True))]  # noqa: E712
    reasons = []
    for template_id in blocking:
        for slot in slots(at, at + dt.timedelta(seconds=1), template_id=template_id):
            if slot.state(at) == OVERDUE and slot.overdue_at >= shift.opened_at:
                reasons.append(f"{slot.template.name}（{slot.place}）应于 {slot.due_at:%H:%M} 完成，尚未巡检")
    return reasons

