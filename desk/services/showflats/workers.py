"""施工人员进出登记: workers entering the show flats. Only the last 4 characters of an ID number
are kept (shown as ``privacy.mask_id``). Anyone still inside blocks the shift handover."""
from __future__ import annotations

import datetime as dt
import re

from desk.clock import now
from desk.db.base import db, retrying
from desk.db.core import Staff
from desk.db.showflats import Flat, WorkerVisit
from desk.services.core import audit
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.privacy import mask_id
from desk.services.core.session import Session
from desk.services.core.text import bounded_text

ID_RE = re.compile(r"^[0-9A-Za-z]{4,20}$")


@retrying
def register_entry(session: Session, name: str, company: str, id_number: str, purpose: str, *,
                   flat_id: int | None = None, escort_id: int | None = None,
                   at: dt.datetime | None = None, note: str = "") -> WorkerVisit:
    session.require("showflat.check")
    name = bounded_text(name, "姓名", limit=20)
    company = bounded_text(company, "单位", required=False, limit=40)
    purpose = bounded_text(purpose, "事由", limit=100)
    number = (id_number or "").strip().replace(" ", "")
    if not ID_RE.match(number):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "证件号码请填写 4 到 20 位数字或字母"))
    with db.atomic():
        if flat_id is not None and not Flat.select().where(Flat.id == flat_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到样板间：{ref}"), ref=flat_id)
        if escort_id is not None and not Staff.select().where(Staff.id == escort_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该员工"))
        visit = WorkerVisit.create(name=name, company=company, id_last4=number[-4:].upper(), purpose=purpose,
                                   flat=flat_id, escort=escort_id, time_in=at or now(),
                                   registered_by=session.staff_id, note=(note or "").strip())
        audit.record(session, "create", "worker_visit", visit.id, after=audit.snapshot(visit))
    return visit


@retrying
def register_exit(session: Session, visit_id: int, *, at: dt.datetime | None = None) -> WorkerVisit:
    session.require("showflat.check")
    with db.atomic():
        visit = WorkerVisit.get_or_none(WorkerVisit.id == visit_id)
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该进场登记"))
        record_exit(session, visit, visit.name, "worker_visit", at)
    return visit


def record_exit(session: Session, entry, name: str, entity: str, at: dt.datetime | None = None) -> None:
    """离场 of an entry of an in/out log (a worker's visit, a vehicle: ``time_in``, ``time_out``,
    ``out_by``), inside the caller's transaction: refused when it is out already or before it came
    in; audited as ``entity``."""
    if entry.time_out is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{name} 已于 {time} 离场"), name=name,
                              time=entry.time_out.strftime("%H:%M"))
    at = at or now()
    if at < entry.time_in:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "离场时间不能早于进场时间"))
    before = audit.snapshot(entry)
    entry.time_out = at
    entry.out_by = session.staff_id
    entry.save()
    audit.record(session, "change", entity, entry.id, before=before, after=audit.snapshot(entry))


def masked_id(visit: WorkerVisit) -> str:
    return mask_id(visit.id_last4)


def visits(day: dt.date | None = None, *, inside_only: bool = False):
    query = WorkerVisit.select().order_by(WorkerVisit.time_in.desc(), WorkerVisit.id.desc())
    if day:
        start, end = day_range(day)
        query = query.where((WorkerVisit.time_in >= start) & (WorkerVisit.time_in < end))
    if inside_only:
        query = query.where(WorkerVisit.time_out.is_null())
    return query


def workers_inside() -> list[WorkerVisit]:
    return list(visits(inside_only=True))


def close_check(shift) -> list[str]:
    """A condition of 交接班 (``desk.services.duty.handover``): anyone still inside is a reason the
    shift may not be handed over."""
    return [f"施工人员 {v.name}（{v.company or '-'}）{v.time_in:%H:%M} 进场尚未登记离场" for v in workers_inside()]
