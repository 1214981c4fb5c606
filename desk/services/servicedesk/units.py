"""房号与业主: units and their owners, found by room ("3-1-1202" or "3栋1单元1202"), name or phone."""
from __future__ import annotations

import datetime as dt
import re

from desk.db.base import db, retrying
from desk.db.servicedesk import Unit
from desk.services.core import audit
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.privacy import phone_for
from desk.services.core.numbers import parse_decimal
from desk.services.core.text import required_text
from desk.services.core.session import Session

_ROOM_RE = re.compile(
    r"^\s*([0-9A-Za-z]+)\s*(?:栋|幢|号楼|座|#|-|－|—|/)\s*([0-9A-Za-z]+)\s*(?:单元|-|－|—|/)\s*"
    r"([0-9A-Za-z]+)\s*(?:室|号)?\s*$")
_BUILDING_ROOM_RE = re.compile(r"^\s*([0-9A-Za-z]+)\s*(?:栋|幢|号楼|座|#)\s*([0-9A-Za-z]+)\s*(?:室|号)?\s*$")


def parse_room(text: str) -> tuple[str, str, str] | None:
    """"3-1-1202", "3栋1单元1202", "3#1单元1202室" -> ("3", "1", "1202"); anything else None."""
    match = _ROOM_RE.match(text or "")
    if not match:
        return None
    return tuple(part.upper() for part in match.groups())  # type: ignore[return-value]


def _clean_part(value, label: str) -> str:
    text = required_text(str(value) if value is not None else "", label).upper()
    if not re.fullmatch(r"[0-9A-Z]+", text):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}只能是数字或字母：{value}"), field=label, value=text)
    return text


def find_unit(text: str) -> Unit | None:
    parts = parse_room(text)
    if parts is None:
        return None
    return Unit.get_or_none((Unit.building == parts[0]) & (Unit.entrance == parts[1]) & (Unit.room == parts[2]))


def get_unit(ref) -> Unit:
    """A unit from its id, a Unit, or a room text; NotFound with a clear message otherwise."""
    if isinstance(ref, Unit):
        return ref
    unit = None
    if isinstance(ref, int):
        unit = Unit.get_or_none(Unit.id == ref)
    elif isinstance(ref, str) and ref.strip():
        unit = find_unit(ref)
        if unit is None and parse_room(ref) is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "房号格式不对：{room}（例如 3-1-1202 或 3栋1单元1202）"),
                           room=ref.strip())
    if unit is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到房号：{room}"), room=str(ref or "").strip() or "-")
    return unit


def _area(value):
    return parse_decimal(value, "建筑面积", allow_none=True, allow_zero=False)


@retrying
def add_unit(session: Session, building, entrance, room, *, area=None, owner_name: str = "",
             owner_phone: str = "", move_in: dt.date | None = None, note: str = "") -> Unit:
    session.require("service.desk")
    building = _clean_part(building, "楼栋")
    entrance = _clean_part(entrance, "单元")
    room = _clean_part(room, "房号")
    area = _area(area)
    with db.atomic():
        if Unit.select().where((Unit.building == building) & (Unit.entrance == entrance)
                               & (Unit.room == room)).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "房号已存在：{room}"),
                                  room=f"{building}-{entrance}-{room}")
        unit = Unit.create(building=building, entrance=entrance, room=room, area=area,
                           owner_name=(owner_name or "").strip(), owner_phone=(owner_phone or "").strip(),
                           move_in=move_in, note=(note or "").strip())
        audit.record(session, "create", "unit", unit.id, after=audit.snapshot(unit))
    return unit


_UNSET = object()


@retrying
def update_unit(session: Session, unit_ref, *, area=_UNSET, owner_name=_UNSET, owner_phone=_UNSET,
                move_in=_UNSET, note=_UNSET) -> Unit:
    """Change the owner or area (a change of owner is audited with before and after)."""
    session.require("service.desk")
    unit = get_unit(unit_ref)
    changes = {}
    if area is not _UNSET:
        changes["area"] = _area(area)
    if owner_name is not _UNSET:
        changes["owner_name"] = (owner_name or "").strip()
    if owner_phone is not _UNSET:
        changes["owner_phone"] = (owner_phone or "").strip()
    if move_in is not _UNSET:
        changes["move_in"] = move_in
    if note is not _UNSET:
        changes["note"] = (note or "").strip()
    with db.atomic():
        before = audit.snapshot(unit)
        for key, value in changes.items():
            setattr(unit, key, value)
        unit.save()
        audit.record(session, "change", "unit", unit.id, before=before, after=audit.snapshot(unit))
    return unit


def search_units(text: str = "", *, building: str | None = None):
    """Units matching a room ("3-1-1202", "3栋1单元1202", "3栋1202", "1202"), an owner name or a phone."""
    query = Unit.select().order_by(Unit.building, Unit.entrance, Unit.room)
    if building:
        query = query.where(Unit.building == building.strip().upper())
    text = (text or "").strip()
    if not text:
        return query
    parts = parse_room(text)
    if parts:
        return query.where((Unit.building == parts[0]) & (Unit.entrance == parts[1]) & (Unit.room == parts[2]))
    match = _BUILDING_ROOM_RE.match(text)
    if match:
        return query.where((Unit.building == match.group(1).upper()) & (Unit.room == match.group(2).upper()))
    digits = re.sub(r"\D", "", text)
    if digits and digits == text.replace(" ", "").replace("-", ""):
        cond = Unit.room == text.upper()
        if len(digits) >= 4:
            cond = cond | Unit.owner_phone.contains(digits)
        return query.where(cond)
    return query.where(Unit.owner_name.contains(text) | (Unit.room == text.upper()))


def buildings() -> list[str]:
    names = [u.building for u in Unit.select(Unit.building).distinct()]
    return sorted(names, key=lambda b: (len(b), b))


def owner_phone(session: Session, unit: Unit) -> str:
    return phone_for(session, unit.owner_phone)
