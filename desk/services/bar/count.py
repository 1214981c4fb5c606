"""Shift counts (开班/交班盘点) of the water bar.

The attendant counts every active item; the differences against the running balance are booked
as 盘点差异 entries in the same transaction. A difference beyond the tolerance setting needs a
reason and the co-signature of the guard on duty (与当班保安核对): the UI gets the guard's
session from ``staff.verify_cosigner(code, pin, "stock.cosign")`` and passes it here. With the
setting ``stock_handover_cosign`` every 交班 count needs the guard's co-signature.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desk import settings
from desk.clock import now
from desk.db.base import db, retrying
from desk.db.bar import Item, StockCount, StockCountLine
from desk.services.core import audit
from desk.services.core import shifts
from desk.services.bar import stock
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from desk.services.core.serials import next_form_serial
from desk.services.core.session import Session

OPENING = QT_TRANSLATE_NOOP("stock", "开班")
HANDOVER = QT_TRANSLATE_NOOP("stock", "交班")
COUNT_KINDS = [OPENING, HANDOVER]
FORM, SERIAL = "bar_count", "PD"  # 水吧盘点表 and its serial prefix (forms/bar_count.toml)


@dataclass
class SheetLine:
    item_id: int
    name: str
    category: str
    unit: str
    place: str
    expected: int | Decimal


def count_sheet() -> list[SheetLine]:
    """Every active item with its book quantity, in catalogue order."""
    levels = stock.stock_levels()
    return [SheetLine(i.id, i.name, i.category, i.unit, i.place, levels.get(i.id, 0)) for i in stock.active_items()]


def tolerance() -> Decimal:
    return stock.parse_quantity(settings.get("stock_count_tolerance") or 0, allow_zero=True)


def beyond_tolerance(difference, tol: Decimal | None = None) -> bool:
    tol = tolerance() if tol is None else tol
    return abs(Decimal(str(difference))) > tol


def needs_cosign(kind: str, differences) -> bool:
    """Whether a count with these differences (quantities) needs the guard's co-signature."""
    if kind == HANDOVER and settings.get("stock_handover_cosign"):
        return True
    tol = tolerance()
    return any(beyond_tolerance(d, tol) for d in differences)


@retrying
def submit_count(session: Session, kind: str, counted: dict, *, reasons: dict | None = None,
                 cosigner: Session | None = None, note: str = "", at: dt.datetime | None = None) -> StockCount:
    """Book a finished count. ``counted`` maps item id -> counted quantity (every active item);
    ``reasons`` maps item id -> reason for differences beyond the tolerance."""
    session.require("stock.count")
    if kind not in COUNT_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "盘点类型须为 开班 或 交班"))
    reasons = {int(k): (v or "").strip() for k, v in (reasons or {}).items()}
    at = at or now()
    parsed: dict[int, Decimal] = {}
    for key, value in counted.items():
        item_id = int(key.id if isinstance(key, Item) else key)
        item = Item.get_or_none(Item.id == item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到物品（编号 {id}）"), id=item_id)
        if not item.active:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品 {name} 已停用，不能盘点"), name=item.name)
        try:
            parsed[item_id] = stock.parse_quantity(value, allow_zero=True)
        except ValidationError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{name}：{message}"), name=item.name,
                                  message=exc.message) from None
    with db.atomic():
        items = stock.active_items()
        missing = [i.name for i in items if i.id not in parsed]
        if missing:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "还有 {n} 项未盘点：{names}"), n=len(missing),
                                  names="、".join(missing[:5]) + ("…" if len(missing) > 5 else ""))
        levels = stock.lock_stock(i.id for i in items)  # no serving slips in between count and booking
        tol = tolerance()
        lines = []
        for item in items:
            expected = Decimal(str(levels.get(item.id, 0)))
            diff = parsed[item.id] - expected
            if beyond_tolerance(diff, tol) and not reasons.get(item.id):
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "{name} 差异 {diff}{unit} 超出容差，请填写原因"),
                                      name=item.name, diff=stock.qty_value(diff), unit=item.unit)
            lines.append((item, expected, parsed[item.id], diff))
        if needs_cosign(kind, [d for *_x, d in lines]):
            if cosigner is None:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "需当班保安输入工号和 PIN 会签"))
            if not cosigner.can("stock.cosign"):
                raise PermissionDenied(QT_TRANSLATE_NOOP("desk", "{name} 无权会签盘点"), name=cosigner.name)
            if cosigner.staff_id is not None and cosigner.staff_id == session.staff_id:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "会签人不能是盘点人本人"))
        shift = shifts.current_shift()
        count = StockCount.create(kind=kind, serial=next_form_serial(SERIAL, FORM, at.date()),
                                  shift=shift.id if shift else None, counted_at=at,
                                  counted_by=session.staff_id,
                                  cosigned_by=cosigner.staff_id if cosigner else None,
                                  blind=bool(settings.get("stock_count_blind")), tolerance=tol,
                                  note=(note or "").strip())
        for item, expected, got, diff in lines:
            reason = reasons.get(item.id, "")
            entry = None
            if diff > 0:
                entry = stock.count_surplus(session, item, diff, at=at, reason=reason or "盘盈", ref_id=count.id)
            elif diff < 0:
                entry = stock.count_shortfall(session, item, -diff, at=at, reason=reason or "盘亏",
                                              ref_id=count.id)[0]
            StockCountLine.create(count=count.id, item=item.id, expected=expected, counted=got, difference=diff,
                                  reason=reason, entry=entry.id if entry else None)
        audit.record(session, "create", "stock_count", count.id, after=audit.snapshot(count),
                     note=f"{kind}盘点，差异 {sum(1 for *_x, d in lines if d)} 项")
    return count


def counts(*, since: dt.datetime | None = None, until: dt.datetime | None = None, kind: str | None = None):
    query = StockCount.select().order_by(StockCount.counted_at.desc(), StockCount.id.desc())
    query = in_period(query, StockCount.counted_at, since, until)
    if kind:
        query = query.where(StockCount.kind == kind)
    return query


def count_lines(count_id: int):
    return (StockCountLine.select(StockCountLine, Item).join(Item)
            .where(StockCountLine.count == count_id).order_by(StockCountLine.id))


def get_count(count_id: int) -> StockCount:
    count = StockCount.get_or_none(StockCount.id == count_id)
    if count is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到盘点记录（编号 {id}）"), id=count_id)
    return count


# -- handover check ---------------------------------------------------------------------------
def shift_count_done(shift) -> bool:
    return StockCount.select().where((StockCount.shift == shift.id) & (StockCount.kind == HANDOVER)).exists()


def handover_check(shift) -> list[str]:
    """A condition of 交接班 (``desk.services.duty.handover``): no handover before the shift's count."""
    if not settings.get("stock_count_required"):
        return []
    if not Item.select().where(Item.active == True).exists():  # noqa: E712
        return []
    if shift_count_done(shift):
        return []
    return [QT_TRANSLATE_NOOP("desk", "水吧交班盘点尚未完成并经保安会签")]
