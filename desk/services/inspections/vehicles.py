"""车辆登记: the guard logs each vehicle in and out — plate, time, who, for which customer.

A plate that arrived with a visitor registered at reception today (自驾 + plate) is matched to
that visit, so the log says which customer it came for (surname and title only: the guard sees
no phone numbers).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from desk.clock import now
from desk.db.base import db, lock, retrying
from desk.db.inspections import VehicleEntry
from desk.db.reception import Customer, Visit
from desk.services.core import audit
from desk.services.core.days import day_range, in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.session import Session
from desk.services.showflats.workers import record_exit

PURPOSES = [QT_TRANSLATE_NOOP("inspections", "看房"), QT_TRANSLATE_NOOP("inspections", "业主办事"),
            QT_TRANSLATE_NOOP("inspections", "送货"), QT_TRANSLATE_NOOP("inspections", "施工"),
            QT_TRANSLATE_NOOP("inspections", "员工"), QT_TRANSLATE_NOOP("inspections", "其他")]
# 京A12345, 粤B·D12345 (new energy), a trailer 挂, a police 警 … and plates without a province.
PLATE_RE = re.compile(r"^[\u4e00-\u9fa5]?[A-Z][A-Z0-9]{4,6}[\u4e00-\u9fa5]?$")


def normalize_plate(value) -> str:
    """Full-width letters and digits as ASCII, upper case, no spaces or dots: 京A·12345 → 京A12345."""
    text = unicodedata.normalize("NFKC", str(value or "")).upper()
    return re.sub(r"[\s·.\-]", "", text)


def get_entry(entry_id) -> VehicleEntry:
    entry = VehicleEntry.get_or_none(VehicleEntry.id == entry_id) if isinstance(entry_id, int) else None
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到车辆登记：{ref}"), ref=entry_id)
    return entry


def match_visit(plate: str, day: dt.date) -> tuple[int, str] | None:
    """The reception visit of ``day`` that came with this plate: (visit id, "张先生"), or None."""
    if not plate:
        return None
    row = (Visit.select(Visit.id, Customer.surname, Customer.title).join(Customer)
           .where((Visit.day == day) & (Visit.plate == plate)).order_by(Visit.arrived_at.desc()).tuples().first())
    if row is None:
        return None
    visit_id, surname, title = row
    return visit_id, f"{surname}{title}" if surname else ""


@retrying
def register_in(session: Session, plate: str, *, driver: str = "", purpose: str = "", customer: str = "",
                note: str = "", at: dt.datetime | None = None) -> VehicleEntry:
    session.require("vehicle.log")
    plate = normalize_plate(plate)
    if not plate:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写车牌号"))
    if not PLATE_RE.match(plate):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "车牌号“{plate}”不对，例如 粤B12345"), plate=plate)
    purpose = (purpose or "").strip()
    if purpose and purpose not in PURPOSES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的来访事由：{value}"), value=purpose)
    texts = {"driver": (driver or "").strip(), "customer": (customer or "").strip(), "note": (note or "").strip()}
    if any(len(v) > 64 for k, v in texts.items() if k != "note") or len(texts["note"]) > 500:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "内容太长"))
    at = at or now()
    with db.atomic():
        lock("vehicle_in")  # the plate is not inside yet, then it comes in: one PC at a time
        if VehicleEntry.select().where((VehicleEntry.plate == plate) & VehicleEntry.time_out.is_null()).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{plate} 已在场内，尚未登记离场"), plate=plate)
        matched = match_visit(plate, at.date())
        visit_id = matched[0] if matched else None
        if matched and not texts["customer"]:
            texts["customer"] = matched[1]
        entry = VehicleEntry.create(plate=plate, driver=texts["driver"], purpose=purpose or "",
                                    customer=texts["customer"], visit_id=visit_id, time_in=at,
                                    registered_by=session.staff_id, note=texts["note"])
        audit.record(session, "create", "vehicle_entry", entry.id, after=audit.snapshot(entry))
    return entry


@retrying
def register_out(session: Session, entry_id: int, *, at: dt.datetime | None = None) -> VehicleEntry:
    session.require("vehicle.log")
    with db.atomic():
        entry = get_entry(entry_id)
        record_exit(session, entry, entry.plate, "vehicle_entry", at)
    return entry


def entries(*, day: dt.date | None = None, inside_only: bool = False, plate: str = ""):
    query = VehicleEntry.select().order_by(VehicleEntry.time_in.desc(), VehicleEntry.id.desc())
    if day is not None:
        query = in_period(query, VehicleEntry.time_in, *day_range(day))
    if inside_only:
        query = query.where(VehicleEntry.time_out.is_null())
    plate = normalize_plate(plate)
    if plate:
        query = query.where(VehicleEntry.plate.contains(plate))
    return query


def inside_count() -> int:
    return VehicleEntry.select().where(VehicleEntry.time_out.is_null()).count()
