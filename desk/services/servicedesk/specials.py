"""Price lists (内部维修收费 "repair", 特约服务收费标准 "special") and special-service orders.

A price row is edited in place with the change audited (the order keeps the price it was sold at);
a row no longer offered is deactivated, never deleted.
"""
from __future__ import annotations

import datetime as dt

from peewee import fn

from desk.db.base import db, retrying
from desk.db.servicedesk import PriceItem, SpecialOrder
from desk.services.core import audit, named_lists
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.clock import or_now
from desk.services.core.serials import next_record_number
from desk.services.core.numbers import parse_decimal
from desk.services.core.text import required_text
from desk.services.core.money import to_money
from desk.services.core.session import Session
from desk.services.servicedesk.units import get_unit

KINDS = {
    "repair": QT_TRANSLATE_NOOP("service", "内部维修收费"),
    "special": QT_TRANSLATE_NOOP("service", "特约服务收费标准"),
}


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的收费表：{kind}"), kind=kind)
    return kind


def price_items(kind: str, *, active_only: bool = True):
    query = PriceItem.select().where(PriceItem.kind == _kind(kind)).order_by(PriceItem.sort, PriceItem.id)
    if active_only:
        query = query.where(PriceItem.active == True)  # noqa: E712
    return query


@retrying
def add_price_item(session: Session, kind: str, name: str, unit_name: str, price, note: str = "") -> PriceItem:
    session.require("service.manage")
    kind = _kind(kind)
    name = required_text(name, "项目")
    unit_name = required_text(unit_name, "单位")
    price = to_money(parse_decimal(price, "单价"))
    with db.atomic():
        if PriceItem.select().where((PriceItem.kind == kind) & (PriceItem.name == name)
                                    & (PriceItem.active == True)).exists():  # noqa: E712
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "收费项目已存在：{name}"), name=name)
        sort = (PriceItem.select(fn.MAX(PriceItem.sort)).where(PriceItem.kind == kind).scalar() or 0) + 1
        item = PriceItem.create(kind=kind, name=name, unit_name=unit_name, price=price,
                                note=(note or "").strip(), sort=sort)
        audit.record(session, "create", "price_item", item.id, after=audit.snapshot(item))
    return item


@retrying
def update_price_item(session: Session, item_id: int, *, name=None, unit_name=None, price=None,
                      note=None) -> PriceItem:
    session.require("service.manage")
    changes = {}
    if name is not None:
        changes["name"] = required_text(name, "项目")
    if unit_name is not None:
        changes["unit_name"] = required_text(unit_name, "单位")
    if price is not None:
        changes["price"] = to_money(parse_decimal(price, "单价"))
    if note is not None:
        changes["note"] = note.strip()
    with db.atomic():
        item = PriceItem.get_or_none(PriceItem.id == item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "收费项目不存在或已停用"))
        before = audit.snapshot(item)
        for key, value in changes.items():
            setattr(item, key, value)
        item.save()
        audit.record(session, "change", "price_item", item.id, before, audit.snapshot(item))
    return item


@retrying
def deactivate_price_item(session: Session, item_id: int) -> PriceItem:
    session.require("service.manage")
    return named_lists.set_active(session, PriceItem, item_id, False, kind="price_item",
                                  missing=QT_TRANSLATE_NOOP("desk", "收费项目不存在或已停用"), note="停用")


@retrying
def order(session: Session, unit, item_id: int, quantity=1, note: str = "", *, at=None) -> SpecialOrder:
    """A special-service order priced from the fee table (amount = price × quantity, to the fen)."""
    session.require("service.desk")
    unit = get_unit(unit)
    item = PriceItem.get_or_none((PriceItem.id == item_id) & (PriceItem.kind == "special"))
    if item is None or not item.active:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "收费项目不存在或已停用"))
    qty = parse_decimal(quantity, "数量", allow_zero=False)
    at = or_now(at)
    with db.atomic():
        record = SpecialOrder.create(number=next_record_number("TY", at), unit=unit, item=item, item_name=item.name,
                                     unit_price=item.price, quantity=qty, amount=to_money(item.price * qty),
                                     note=(note or "").strip(), ordered_at=at, ordered_by=session.staff_id)
        audit.record(session, "create", "special_order", record.id, after=audit.snapshot(record))
    return record


@retrying
def finish_order(session: Session, order_id: int, *, at=None) -> SpecialOrder:
    session.require("service.desk")
    with db.atomic():
        record = SpecialOrder.get_or_none(SpecialOrder.id == order_id)
        if record is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到特约服务单：{id}"), id=order_id)
        if record.done_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "特约服务单 {number} 已完成"), number=record.number)
        before = audit.snapshot(record)
        record.done_at = or_now(at)
        record.done_by = session.staff_id
        record.save()
        audit.record(session, "change", "special_order", record.id, before, audit.snapshot(record), "完成")
    return record


def list_orders(*, open_only: bool = False, since: dt.datetime | None = None, until: dt.datetime | None = None):
    query = SpecialOrder.select().order_by(SpecialOrder.ordered_at.desc(), SpecialOrder.id.desc())
    if open_only:
        query = query.where(SpecialOrder.done_at.is_null())
    query = in_period(query, SpecialOrder.ordered_at, since, until)
    return query
