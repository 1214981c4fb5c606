"""The show flats' rounds: the opening and closing checks became inspection rounds of the templates
样板间开馆检查 and 样板间闭馆检查 (migration step 9), so what a flat owes and what happened to it
is the show flats' own records (``desk.services.showflats.flats``) together with its rounds. This
sits above the show flats: they know nothing of rounds.
"""
from __future__ import annotations

import datetime as dt

from desk.clock import now
from desk.db.inspections import Round, RoundAnswer, Template, TemplateItem
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.services.core.staff import staff_names
from desk.services.inspections import schedule
from desk.services.inspections.rounds import OK
from desk.services.showflats import flats as showflats
from desk.services.showflats.flats import DueCheck, HistoryRow

# The inspection templates that took over the opening and closing checks (by their shipped code).
ROUND_TEMPLATES = {"opening": "showflat_opening", "closing": "showflat_closing"}


def checks_due(at: dt.datetime | None = None) -> list[DueCheck]:
    """Checks owed for each flat: the show-flat inspection rounds due or overdue now (开馆, 闭馆 …,
    see ``schedule``) and a handover count of items not counted for the set number of days."""
    at = at or now()
    rounds_due: dict[int, list[DueCheck]] = {}
    for slot in schedule.current(at):
        state = slot.state(at)
        if slot.flat is not None and state in (schedule.DUE, schedule.OVERDUE):
            text = QT_TRANSLATE_NOOP("showflats", "{flat} 已逾期：{check}") if state == schedule.OVERDUE else \
                QT_TRANSLATE_NOOP("showflats", "{flat} 待做：{check}")
            rounds_due.setdefault(slot.flat.id, []).append(
                DueCheck(slot.flat, slot.template.code or "round", text,
                         {"flat": slot.flat.name, "check": slot.template.name}))
    counts: dict[int, list[DueCheck]] = {}
    for due in showflats.checks_due(at):
        counts.setdefault(due.flat.id, []).append(due)
    return [due for flat in showflats.flats() for due in rounds_due.get(flat.id, []) + counts.get(flat.id, [])]


def flat_history(*, flat_id: int | None = None, item_id: int | None = None, limit: int = 2000) -> list[HistoryRow]:
    """What happened to a flat (its checks, exceptions, incidents, quantity changes and its
    inspection rounds with what they found 异常) or to an item (``showflats.history``)."""
    rows = showflats.history(flat_id=flat_id, item_id=item_id, limit=limit)
    if item_id is not None:
        return rows
    flat = showflats.get_flat(flat_id)
    rows += _round_history(flat, staff_names(), limit)
    rows.sort(key=lambda r: r.at, reverse=True)
    return rows[:limit]


def _round_history(flat, names: dict, limit: int) -> list[HistoryRow]:
    """The flat's inspection rounds (开馆, 闭馆 …) and what they found 异常."""
    rows = []
    for r in (Round.select(Round, Template).join(Template).where(Round.flat == flat.id)
              .order_by(Round.started_at.desc()).limit(limit)):
        rows.append(HistoryRow(r.started_at, flat.name, "", r.template.name, "已结束" if r.closed_at else "进行中",
                               names.get(r.started_by_id, "")))
    faults = (RoundAnswer.select(RoundAnswer, Round, Template, TemplateItem).join(Round).join(Template)
              .switch(RoundAnswer).join(TemplateItem)
              .where((Round.flat == flat.id) & (RoundAnswer.status != OK)).order_by(RoundAnswer.at.desc()).limit(limit))
    for a in faults:
        detail = a.status + (f"，{a.reading.normalize():f} {a.item.unit}".rstrip() if a.reading is not None else "")
        detail += (f"，{a.note}" if a.note else "") + ("（更正）" if a.corrects_id else "")
        rows.append(HistoryRow(a.at, flat.name, a.item.label, a.round.template.name, detail,
                               names.get(a.staff_id, "")))
    return rows
