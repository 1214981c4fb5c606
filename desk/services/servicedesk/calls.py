"""来电登记 with 首问负责: whoever takes a call stays responsible until they hand it on to someone
named; every hand-on is kept and shown in the log."""
from __future__ import annotations

import datetime as dt

from desk.db.base import db, retrying
from desk.db.servicedesk import Call, CallHandOn
from desk.services.core import audit
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.clock import or_now
from desk.services.core.staff import get_staff, staff_names
from desk.services.core.text import required_text
from desk.services.core.session import Session
from desk.services.servicedesk.units import get_unit


def get_call(call_id) -> Call:
    call = Call.get_or_none(Call.id == call_id) if call_id else None
    if call is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到来电记录：{id}"), id=call_id)
    return call


@retrying
def take_call(session: Session, topic: str, *, caller: str = "", phone: str = "", unit=None,
              content: str = "", at: dt.datetime | None = None) -> Call:
    session.require("service.desk")
    if session.staff_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "来电须由具体员工登记"))
    topic = required_text(topic, "来电事由")
    unit = get_unit(unit) if unit not in (None, "") else None
    with db.atomic():
        call = Call.create(at=or_now(at), caller=(caller or (unit.owner_name if unit else "")).strip(),
                           phone=(phone or "").strip(), unit=unit, topic=topic, content=(content or "").strip(),
                           taken_by=session.staff_id, responsible=session.staff_id)
        audit.record(session, "create", "call", call.id, after=audit.snapshot(call))
    return call


@retrying
def hand_on(session: Session, call_id, to_staff_id: int, note: str = "", *, at=None) -> CallHandOn:
    """转交: only the person now responsible (or a supervisor) may hand the call on."""
    session.require("service.desk")
    with db.atomic():
        call = get_call(call_id)
        if call.closed_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "来电 {id} 已办结，不能转交"), id=call.id)
        if call.responsible_id != session.staff_id and not session.can("service.manage"):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "首问负责：来电 {id} 由 {name} 负责，只有本人可以转交"),
                                  id=call.id, name=call.responsible.name)
        target = get_staff(to_staff_id)
        if not target.active:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{name} 已停用，不能接手"), name=target.name)
        if target.id == call.responsible_id:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "来电已由 {name} 负责"), name=target.name)
        before = audit.snapshot(call)
        step = CallHandOn.create(call=call, at=or_now(at), from_staff=call.responsible_id, to_staff=target,
                                 note=(note or "").strip())
        call.responsible = target
        call.save()
        audit.record(session, "change", "call", call.id, before, audit.snapshot(call),
                     f"转交 {step.from_staff.name} → {target.name}")
    return step


@retrying
def close_call(session: Session, call_id, result: str, follow_up: str = "", *, at=None) -> Call:
    """办结: by the person responsible (or a supervisor)."""
    session.require("service.desk")
    result = required_text(result, "处理结果")
    with db.atomic():
        call = get_call(call_id)
        if call.closed_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "来电 {id} 已办结"), id=call.id)
        if call.responsible_id != session.staff_id and not session.can("service.manage"):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "首问负责：来电 {id} 由 {name} 负责，请由本人办结或转交"),
                                  id=call.id, name=call.responsible.name)
        before = audit.snapshot(call)
        call.result = result
        call.follow_up = (follow_up or "").strip()
        call.closed_at = or_now(at)
        call.save()
        audit.record(session, "change", "call", call.id, before, audit.snapshot(call), "办结")
    return call


def chain(call: Call) -> str:
    """The hands a call went through: "陈静 → 李淑芬 → 王建国"."""
    names = staff_names()
    steps = list(CallHandOn.select().where(CallHandOn.call == call).order_by(CallHandOn.at, CallHandOn.id))
    people = [names.get(call.taken_by_id, "")] + [names.get(s.to_staff_id, "") for s in steps]
    return " → ".join(people)


def hand_ons(call_id) -> list[CallHandOn]:
    return list(CallHandOn.select().where(CallHandOn.call == call_id).order_by(CallHandOn.at, CallHandOn.id))


def list_calls(*, open_only: bool = False, responsible_id: int | None = None, text: str = "",
               since: dt.datetime | None = None, until: dt.datetime | None = None):
    query = Call.select().order_by(Call.at.desc(), Call.id.desc())
    if open_only:
        query = query.where(Call.closed_at.is_null())
    if responsible_id:
        query = query.where(Call.responsible == responsible_id)
    query = in_period(query, Call.at, since, until)
    text = (text or "").strip()
    if text:
        query = query.where(Call.caller.contains(text) | Call.topic.contains(text) | Call.content.contains(text)
                            | Call.phone.contains(text))
    return query
