"""事件 at any place: a failed round item, or damage a cleaner reports from the touch page. The
show-flat incident flow, for any place: 登记 → 已上报 → 已处理 → 关闭 (the last two by a supervisor),
every step an event with who, when and a note. An incident may become a work order (工程维修单)."""
from __future__ import annotations

import datetime as dt

from desk.db.base import db, retrying
from desk.db.inspections import PlaceIncident, PlaceIncidentEvent, Round, RoundAnswer
from desk.db.showflats import Flat, Photo
from desk.services.core import audit, inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.session import Session
from desk.services.core.text import bounded_text
from desk.services.showflats import photos
from desk.services.showflats.flats import CLOSED, INCIDENT_FLOW, next_incident_status, record_incident_step

FAULT, DAMAGED, MISSING = "异常", "损坏", "缺失"
SOURCES = ("round", "report")  # a failed round item; a report from the touch page
KINDS = [QT_TRANSLATE_NOOP("inspections", "异常"), QT_TRANSLATE_NOOP("inspections", "损坏"),
         QT_TRANSLATE_NOOP("inspections", "缺失")]
# What a cleaner may report, as big buttons.
DAMAGE_THINGS = [QT_TRANSLATE_NOOP("inspections", "家具"), QT_TRANSLATE_NOOP("inspections", "灯具"),
                 QT_TRANSLATE_NOOP("inspections", "门窗玻璃"), QT_TRANSLATE_NOOP("inspections", "洁具水管"),
                 QT_TRANSLATE_NOOP("inspections", "墙面地面"), QT_TRANSLATE_NOOP("inspections", "电器"),
                 QT_TRANSLATE_NOOP("inspections", "饰品摆件"), QT_TRANSLATE_NOOP("inspections", "其他")]


def get_incident(incident_id) -> PlaceIncident:
    incident = PlaceIncident.get_or_none(PlaceIncident.id == incident_id) if isinstance(incident_id, int) else None
    if incident is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到事件：{ref}"), ref=incident_id)
    return incident


def open_incident(session: Session, *, place: str, what: str, kind: str = FAULT, note: str = "", photo=None,
                  flat_id: int | None = None, round_id: int | None = None, answer_id: int | None = None,
                  source: str = "round", at: dt.datetime | None = None) -> PlaceIncident:
    """登记 an incident (inside the caller's transaction when it has one). ``photo``: a stored Photo id,
    or None. The records it refers to are checked before anything is written."""
    session.require("incident.report")
    place = bounded_text(place, "地点", limit=64)
    what = bounded_text(what, "项目", limit=inputs.LINE_LIMIT)
    kind = inputs.choice(kind, "事件类型", KINDS)
    note = inputs.note(note, "备注")
    if source not in SOURCES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的事件来源：{source}"), source=inputs.clean(source)[:20])
    at = inputs.when(at, "登记时间")
    with db.atomic():
        photo = inputs.referred_id(Photo, photo, QT_TRANSLATE_NOOP("desk", "找不到照片：{ref}"))
        flat_id = inputs.referred_id(Flat, flat_id, QT_TRANSLATE_NOOP("desk", "找不到样板间：{ref}"))
        round_id = inputs.referred_id(Round, round_id, QT_TRANSLATE_NOOP("desk", "找不到巡检记录：{ref}"))
        answer_id = inputs.referred_id(RoundAnswer, answer_id, QT_TRANSLATE_NOOP("desk", "找不到巡检结果：{ref}"))
        incident = PlaceIncident.create(place=place, flat=flat_id, what=what, kind=kind, status=INCIDENT_FLOW[0],
                                        note=note, photo=photo, round=round_id, answer=answer_id, source=source,
                                        opened_at=at, opened_by=session.staff_id)
        PlaceIncidentEvent.create(incident=incident, status=INCIDENT_FLOW[0], note=note, at=at,
                                  staff=session.staff_id)
        audit.record(session, "create", "place_incident", incident.id, after=audit.snapshot(incident))
    return incident


@retrying
def report_damage(session: Session, place: str, what: str, *, note: str = "", photo=None,
                  at: dt.datetime | None = None) -> PlaceIncident:
    """A cleaner (or anyone on duty) reports damage: an incident for the supervisor."""
    session.require("incident.report")
    place = inputs.clean(place)
    what = inputs.clean(what)
    note = inputs.clean(note, multiline=True)
    if not place:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择地点"))
    if not what:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择损坏的是什么"))
    if len(place) > 64 or len(what) > 64 or len(note) > 500:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "内容太长"))
    prepared = photos.prepare(photo) if photo not in (None, "") else None
    flat = Flat.get_or_none(Flat.name == place)
    with db.atomic():
        stored = photos.store(session, prepared) if prepared is not None else None
        return open_incident(session, place=place, what=what, kind=DAMAGED, note=note,
                             photo=stored.id if stored is not None else None,
                             flat_id=flat.id if flat is not None else None, source="report", at=at)


@retrying
def advance_incident(session: Session, incident_id: int, status: str | None = None, note: str = "") -> PlaceIncident:
    """Move an incident forward (登记 → 已上报 by those on duty; 已处理, 关闭 by a supervisor)."""
    incident = get_incident(incident_id)
    status, target = next_incident_status(incident.status, status)
    session.require("incident.report" if target == 1 else "inspection.manage")
    with db.atomic():
        record_incident_step(session, incident, PlaceIncidentEvent, "place_incident", status, note)
    return incident


def incidents(*, open_only: bool = False):
    query = PlaceIncident.select().order_by(PlaceIncident.opened_at.desc(), PlaceIncident.id.desc())
    if open_only:
        query = query.where(PlaceIncident.status != CLOSED)
    return query


def open_count() -> int:
    return PlaceIncident.select().where(PlaceIncident.status != CLOSED).count()


def events(incident_id: int) -> list[PlaceIncidentEvent]:
    return list(PlaceIncidentEvent.select().where(PlaceIncidentEvent.incident == incident_id)
                .order_by(PlaceIncidentEvent.at, PlaceIncidentEvent.id))
