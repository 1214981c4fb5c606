"""Purchase requests (采购申请单) for the water bar.

The proposal per item brings stock back to its par level allowing for the average daily use
(出库 and 报损, net of reversals) of the last ``stock_usage_days`` days (default 14, today
included), rounded up to whole purchase packs::

    need = par − stock + average daily use;  packs = ceil(need / pack factor)

The attendant edits the quantities, a supervisor approves, and the goods are received later
as 入库 entries pointing at the request (``ref_type="purchase_request"``).
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from desk import settings
from desk.clock import now
from desk.db.base import db, retrying
from desk.db.bar import Item, PurchaseLine, PurchaseRequest, StockEntry
from desk.services.core import audit
from desk.services.bar import stock
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.serials import next_form_serial
from desk.services.core.session import Session

PENDING = QT_TRANSLATE_NOOP("stock", "待审批")
APPROVED = QT_TRANSLATE_NOOP("stock", "已批准")
REJECTED = QT_TRANSLATE_NOOP("stock", "已驳回")
PARTLY = QT_TRANSLATE_NOOP("stock", "部分到货")
RECEIVED = QT_TRANSLATE_NOOP("stock", "已到货")
STATUSES = [PENDING, APPROVED, REJECTED, PARTLY, RECEIVED]
FORM, SERIAL = "purchase_request", "CG"  # 采购申请单 and its serial prefix (forms/purchase_request.toml)


@dataclass
class Proposal:
    item: Item
    stock: Decimal
    daily_use: Decimal
    need: Decimal
    packs: int
    quantity: Decimal  # base units (packs × factor)


def daily_use(*, days: int | None = None, today: dt.date | None = None) -> dict[int, Decimal]:
    """Average daily use per item (served + wasted, net of reversals) over ``days`` days to today."""
    days = days or settings.get("stock_usage_days")
    today = today or dt.date.today()
    since, until = day_range(today - dt.timedelta(days=days - 1), today)
    rows = (StockEntry.select(StockEntry.item, fn.SUM(StockEntry.quantity))
            .where(StockEntry.kind.in_([stock.SERVING, stock.WASTE]) & (StockEntry.at >= since)
                   & (StockEntry.at < until))
            .group_by(StockEntry.item).tuples())
    return {item_id: (-stock._dec(total) / days).quantize(Decimal("0.001")) for item_id, total in rows}


def propose(*, today: dt.date | None = None) -> list[Proposal]:
    """What to buy for the next day, item by item (only items that need some)."""
    use = daily_use(today=today)
    levels = stock.stock_levels()
    result = []
    for item in stock.active_items():
        par = stock._dec(item.par_level)
        if par <= 0:
            continue
        have = Decimal(str(levels.get(item.id, 0)))
        per_day = use.get(item.id, Decimal(0))
        need = par - have + per_day
        if need <= 0:
            continue
        factor = max(1, item.pack_factor or 1)
        packs = math.ceil(need / factor)
        result.append(Proposal(item, have, per_day, need, packs, Decimal(packs * factor)))
    return result


@retrying
def create_request(session: Session, lines=None, *, for_day: dt.date | None = None, note: str = "",
                   today: dt.date | None = None) -> PurchaseRequest:
    """File a request. ``lines``: [(item_id, quantity in base units)]; None takes the proposal."""
    session.require("stock.receive")
    today = today or dt.date.today()
    for_day = for_day or today + dt.timedelta(days=1)
    proposals = {p.item.id: p for p in propose(today=today)}
    if lines is None:
        lines = [(p.item.id, p.quantity) for p in proposals.values()]
    clean = []
    seen = set()
    for item_id, quantity in lines:
        item = stock.get_item(item_id)
        if not item.active:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品 {name} 已停用"), name=item.name)
        if item.id in seen:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品 {name} 重复"), name=item.name)
        seen.add(item.id)
        try:
            qty = stock.parse_quantity(quantity, allow_zero=True)
        except ValidationError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{name}：{message}"), name=item.name,
                                  message=exc.message) from None
        if qty > 0:
            clean.append((item, qty))
    if not clean:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "采购申请没有任何物品"))
    levels = stock.stock_levels()
    use = daily_use(today=today)
    with db.atomic():
        request = PurchaseRequest.create(number=next_form_serial(SERIAL, FORM, today),
                                         created_by=session.staff_id,
                                         for_day=for_day, note=(note or "").strip(), status=PENDING,
                                         created_at=now() if today == dt.date.today()
                                         else dt.datetime.combine(today, dt.time(19, 0)))
        for item, qty in clean:
            p = proposals.get(item.id)
            PurchaseLine.create(request=request.id, item=item.id, stock=levels.get(item.id, 0),
                                daily_use=use.get(item.id, 0), proposed=p.quantity if p else 0, quantity=qty)
        audit.record(session, "create", "purchase_request", request.id, after=audit.snapshot(request))
    return request


def get_request(request_id: int) -> PurchaseRequest:
    request = PurchaseRequest.get_or_none(PurchaseRequest.id == request_id)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到采购申请（编号 {id}）"), id=request_id)
    return request


def request_lines(request_id: int):
    return (PurchaseLine.select(PurchaseLine, Item).join(Item)
            .where(PurchaseLine.request == request_id).order_by(PurchaseLine.id))


def requests(*, status: str | None = None):
    query = PurchaseRequest.select().order_by(PurchaseRequest.created_at.desc(), PurchaseRequest.id.desc())
    if status:
        query = query.where(PurchaseRequest.status == status)
    return query


@retrying
def set_line_quantity(session: Session, line_id: int, quantity) -> PurchaseLine:
    """Edit a line while the request waits for approval (a supervisor may edit when approving)."""
    session.require("stock.receive")
    qty = stock.parse_quantity(quantity, allow_zero=True)
    with db.atomic():
        line = PurchaseLine.get_or_none(PurchaseLine.id == line_id)
        if line is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到采购明细"))
        if line.request.status != PENDING:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "申请已{status}，不能再修改"), status=line.request.status)
        before = audit.snapshot(line)
        line.quantity = qty
        line.save()
        audit.record(session, "change", "purchase_line", line.id, before=before, after=audit.snapshot(line))
    return line


def _decide(session: Session, request_id: int, status: str, note: str = "") -> PurchaseRequest:
    session.require("stock.adjust")
    with db.atomic():
        request = get_request(request_id)
        if request.status != PENDING:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "申请已{status}"), status=request.status)
        before = audit.snapshot(request)
        request.status = status
        request.approved_by = session.staff_id
        request.approved_at = now()
        if note:
            request.note = (request.note + "\n" if request.note else "") + note.strip()
        request.save()
        audit.record(session, "change", "purchase_request", request.id, before=before,
                     after=audit.snapshot(request), note=status)
    return request


def approve(session: Session, request_id: int) -> PurchaseRequest:
    if not any(stock._dec(line.quantity) > 0 for line in request_lines(request_id)):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "采购申请没有任何物品"))
    return _decide(session, request_id, APPROVED)


def reject(session: Session, request_id: int, reason: str) -> PurchaseRequest:
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "驳回须填写原因"))
    return _decide(session, request_id, REJECTED, f"驳回：{reason.strip()}")


@retrying
def receive_line(session: Session, line_id: int, quantity, unit: str | None = None, *,
                 best_before: dt.date | None = None, supplier: str = "", unit_price=None,
                 at: dt.datetime | None = None):
    """入库 against an approved request's line; the request becomes 部分到货 / 已到货."""
    session.require("stock.receive")
    with db.atomic():
        line = PurchaseLine.get_or_none(PurchaseLine.id == line_id)
        if line is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到采购明细"))
        request = line.request
        if request.status not in (APPROVED, PARTLY):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "采购申请{status}，不能按它入库"), status=request.status)
        entry = stock.receive(session, line.item_id, quantity, unit, best_before=best_before, supplier=supplier,
                              unit_price=unit_price, ref_type="purchase_request", ref_id=request.id, at=at)
        line.received = stock._dec(line.received) + stock._dec(entry.quantity)
        line.save()
        lines = list(PurchaseLine.select().where(PurchaseLine.request == request.id))
        done = all(stock._dec(x.received) >= stock._dec(x.quantity) for x in lines)
        request.status = RECEIVED if done else PARTLY
        request.save()
    return entry
