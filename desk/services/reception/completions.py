"""After the talk: the consultant (or the host) completes a visit with what the talk taught —
intention grade A–D, needs, objections (抗性), budget, preferred unit type, the next step and its
date. Each completion is a new journal row pointing at the visit; a later one ``corrects`` the one
before it (with a reason). The visit's registration values are never changed, and the history
shows the registration and every completion with who and when.

The customer's state (``last_grade``, ``next_step``, ``next_due``) follows the newest contact:
see ``refresh_customer``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from desk.clock import now
from desk.db.base import db, lock, retrying
from desk.db.reception import Customer, FollowUp, Visit, VisitCompletion
from desk.services.core import audit, inputs
from desk.services.core.days import parse_day
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from desk.services.core.session import Session
from desk.services.core.staff import staff_names

GRADES = ["A", "B", "C", "D"]
GRADE_NAMES = {
    "A": QT_TRANSLATE_NOOP("reception", "A 意向强烈"),
    "B": QT_TRANSLATE_NOOP("reception", "B 有意向"),
    "C": QT_TRANSLATE_NOOP("reception", "C 观望"),
    "D": QT_TRANSLATE_NOOP("reception", "D 无意向"),
}
FIELDS = ("grade", "needs", "objections", "budget", "unit_type", "next_step", "next_date")
LIMITS = {"needs": 500, "objections": 500, "budget": 30, "unit_type": 30, "next_step": 100}
MULTILINE = {"needs", "objections"}  # keep their line breaks (Word's Shift+Enter becomes one)
LABELS = {
    "needs": QT_TRANSLATE_NOOP("desk", "需求"), "objections": QT_TRANSLATE_NOOP("desk", "抗性"),
    "budget": QT_TRANSLATE_NOOP("desk", "预算"), "unit_type": QT_TRANSLATE_NOOP("desk", "意向户型"),
    "next_step": QT_TRANSLATE_NOOP("desk", "下一步"),
}


@dataclass
class Talk:
    """What is known of a visit's talk now: the newest completion, else the registration."""

    visit_id: int
    grade: str = ""
    needs: str = ""
    objections: str = ""
    budget: str = ""
    unit_type: str = ""
    next_step: str = ""
    next_date: dt.date | None = None
    completed: bool = False  # a completion exists
    at: dt.datetime | None = None  # of the newest completion (or the registration)
    staff_name: str = ""
    entries: int = 0  # completions (the first and its corrections)


@dataclass
class TalkEntry:
    """One line of a visit's history: the registration, then each completion."""

    kind: str  # registration / completion / correction
    at: dt.datetime
    staff_name: str
    grade: str
    needs: str
    objections: str = ""
    budget: str = ""
    unit_type: str = ""
    next_step: str = ""
    next_date: dt.date | None = None
    reason: str = ""
    id: int | None = None  # the completion's id (None for the registration)


KIND_NAMES = {
    "registration": QT_TRANSLATE_NOOP("reception", "登记"),
    "completion": QT_TRANSLATE_NOOP("reception", "洽谈补录"),
    "correction": QT_TRANSLATE_NOOP("reception", "更正"),
}


def get_visit(visit_id) -> Visit:
    visit = Visit.get_or_none(Visit.id == visit_id) if visit_id else None
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该来访记录：{id}"), id=visit_id)
    return visit


def latest_for(visit_ids) -> dict[int, VisitCompletion]:
    """The newest completion of each visit that has one (one query for a page of visits)."""
    ids = list({int(i) for i in visit_ids if i})
    if not ids:
        return {}
    newest = (VisitCompletion.select(fn.MAX(VisitCompletion.id)).where(VisitCompletion.visit.in_(ids))
              .group_by(VisitCompletion.visit))
    return {c.visit_id: c for c in VisitCompletion.select().where(VisitCompletion.id.in_(newest))}


def _talk(visit: Visit, latest: VisitCompletion | None, names: dict[int, str], entries: int = 0) -> Talk:
    if latest is None:
        return Talk(visit.id, grade=visit.grade, needs=visit.needs, at=visit.arrived_at,
                    staff_name=names.get(visit.registered_by_id, ""))
    return Talk(visit.id, grade=latest.grade, needs=latest.needs, objections=latest.objections,
                budget=latest.budget, unit_type=latest.unit_type, next_step=latest.next_step,
                next_date=latest.next_date, completed=True, at=latest.at,
                staff_name=names.get(latest.staff_id, ""), entries=entries)


def latest_visit_id(customer_id: int) -> int:
    """The customer's newest visit (the one a consultant completes after the talk)."""
    visit = (Visit.select(Visit.id).where(Visit.customer == customer_id)
             .order_by(Visit.arrived_at.desc(), Visit.id.desc()).first())
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "该客户还没有来访记录"))
    return visit.id


def talk(visit_id: int) -> Talk:
    visit = get_visit(visit_id)
    entries = VisitCompletion.select().where(VisitCompletion.visit == visit.id).count()
    return _talk(visit, latest_for([visit.id]).get(visit.id), staff_names(), entries)


def talks(visits) -> dict[int, Talk]:
    """Talks of many visits (Visit rows) at once."""
    visits = list(visits)
    latest = latest_for(v.id for v in visits)
    counts = dict(VisitCompletion.select(VisitCompletion.visit, fn.COUNT(VisitCompletion.id))
                  .where(VisitCompletion.visit.in_([v.id for v in visits])).group_by(VisitCompletion.visit)
                  .tuples()) if latest else {}
    names = staff_names()
    return {v.id: _talk(v, latest.get(v.id), names, counts.get(v.id, 0)) for v in visits}


def history(visit_id: int) -> list[TalkEntry]:
    """The registration and every completion of a visit, oldest first: nothing is ever hidden."""
    visit = get_visit(visit_id)
    names = staff_names()
    rows = [TalkEntry("registration", visit.arrived_at, names.get(visit.registered_by_id, ""), visit.grade,
                      visit.needs)]
    for c in VisitCompletion.select().where(VisitCompletion.visit == visit.id).order_by(VisitCompletion.id):
        rows.append(TalkEntry("correction" if c.corrects_id else "completion", c.at, names.get(c.staff_id, ""),
                              c.grade, c.needs, c.objections, c.budget, c.unit_type, c.next_step, c.next_date,
                              c.reason, c.id))
    return rows


def _clean(values: dict, visit: Visit) -> dict:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的补录项：{names}"), names="、".join(sorted(unknown)))
    clean = {}
    for name in FIELDS:
        value = values.get(name)
        if name == "next_date":
            value = None if value is None or not str(value).strip() else parse_day(value, "下次跟进日期")
            if value is not None and value < visit.day:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "下次跟进日期不能早于来访日期 {day}"), day=visit.day)
        elif name == "grade":
            value = inputs.clean(value).upper()
            if value and value not in GRADES:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "意向等级须为 A、B、C 或 D"))
        else:  # the one set of input checks: control characters removed, the length bounded
            value = inputs.text(value, LABELS[name], limit=LIMITS[name], multiline=name in MULTILINE)
        clean[name] = value
    return clean


def may_correct(session: Session, visit: Visit, latest: VisitCompletion | None) -> bool:
    """The visit's consultant, whoever completed it, or a supervisor; anyone for the first time."""
    if latest is None or session.can("reception.manage"):
        return True
    return session.staff_id is not None and session.staff_id in (visit.consultant_id, latest.staff_id)


@retrying
def complete_visit(session: Session, visit_id: int, *, reason: str = "", at: dt.datetime | None = None,
                   **values) -> VisitCompletion:
    """Record what the talk taught (``grade``, ``needs``, ``objections``, ``budget``, ``unit_type``,
    ``next_step``, ``next_date``) as a new entry pointing at the visit. A visit completed before is
    corrected: the new entry points at the one it corrects and needs a ``reason``."""
    session.require("reception.register")
    at = at or now()
    reason = inputs.note(reason, "原因", limit=200)
    with db.atomic():
        visit = get_visit(visit_id)
        lock("visit_completion", visit.id)  # two PCs completing one visit: the second corrects the first
        clean = _clean(values, visit)
        latest = latest_for([visit.id]).get(visit.id)
        if latest is not None:
            if not may_correct(session, visit, latest):
                raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "desk", "只有接待顾问、补录人或主管可以更正这次来访的洽谈记录"))
            if all(getattr(latest, k) == v for k, v in clean.items()):
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "没有改动：洽谈记录与上次补录相同"))
            if not reason:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "更正已补录的洽谈记录须写明原因"))
        elif not any(clean.values()):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "请至少填写一项洽谈结果"))
        entry = VisitCompletion.create(visit=visit.id, corrects=latest.id if latest else None, at=at,
                                       staff=session.staff_id, reason=reason, **clean)
        refresh_customer(visit.customer_id)
        audit.record(session, "correct" if latest else "create", "visit_completion", entry.id,
                     before=audit.snapshot(latest), after=audit.snapshot(entry), note=reason)
    return entry


def refresh_customer(customer_id: int) -> None:
    """Bring the customer's state in line with the journals (inside the caller's transaction):
    ``last_grade`` is the grade known of their newest graded visit; ``next_step``/``next_due``
    come from their newest contact — a follow-up, or a visit with its completion."""
    visits = list(Visit.select(Visit.id, Visit.arrived_at, Visit.grade, Visit.registered_by, Visit.needs,
                               Visit.day).where(Visit.customer == customer_id)
                  .order_by(Visit.arrived_at.desc(), Visit.id.desc()).limit(50))
    latest = latest_for(v.id for v in visits)
    grade = ""
    for v in visits:
        c = latest.get(v.id)
        grade = c.grade if c is not None and c.grade else v.grade
        if grade:
            break
    contact = None  # (at, next_step, next_date)
    if visits:
        c = latest.get(visits[0].id)
        contact = (visits[0].arrived_at, c.next_step if c else "", c.next_date if c else None)
    follow = (FollowUp.select().where(FollowUp.customer == customer_id)
              .order_by(FollowUp.at.desc(), FollowUp.id.desc()).first())
    if follow is not None and (contact is None or follow.at >= contact[0]):
        contact = (follow.at, follow.next_step, follow.next_date)
    next_step, next_due = (contact[1], contact[2]) if contact else ("", None)
    Customer.update(last_grade=grade, next_step=next_step or "", next_due=next_due).where(
        Customer.id == customer_id).execute()
