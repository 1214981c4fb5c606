"""Printed forms of the water bar, filled from records (registered in ``desk.printing.sources``):

- ``bar_count`` 水吧盘点表: ``bar_count_documents(session, id=count_id)`` or ``day=`` (every count
  of the day). Per item: 上班结存 (the previous count), 入库 / 消耗 / 报损 since then, 应存 (the book
  quantity when counted), 实存, 差异 and its reason.
- ``purchase_request`` 采购申请单: ``purchase_request_documents(session, id=request_id)`` or
  ``day=`` (requests filed that day).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import fn

from desk.db.bar import Item, PurchaseRequest, StockCount, StockEntry
from desk.services.bar import purchasing, stock, count as stockcount
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound
from desk.services.core.money import money_in_words
from desk.services.core.session import Session
from desk.services.core.staff import staff_name


def _movements(since: dt.datetime | None, until: dt.datetime, skip_counts: tuple[int, ...]) -> dict:
    """{(item_id, kind): signed sum} of entries after ``since`` up to ``until`` (count entries of
    the given counts left out: they are the counts' own results)."""
    query = (StockEntry.select(StockEntry.item, StockEntry.kind, fn.SUM(StockEntry.quantity))
             .where(StockEntry.at <= until)
             .group_by(StockEntry.item, StockEntry.kind).tuples())
    if since is not None:
        query = query.where(StockEntry.at > since)
    if skip_counts:
        query = query.where(~((StockEntry.kind == stock.COUNT_DIFF) & (StockEntry.ref_type == "count")
                              & StockEntry.ref_id.in_(skip_counts)))
    return {(item_id, kind): stock._dec(total) for item_id, kind, total in query}


def count_document(count: StockCount) -> dict:
    previous = (StockCount.select().where((StockCount.counted_at < count.counted_at)
                                          | ((StockCount.counted_at == count.counted_at) & (StockCount.id < count.id)))
                .order_by(StockCount.counted_at.desc(), StockCount.id.desc()).first())
    since = previous.counted_at if previous else dt.datetime.combine(count.counted_at.date(), dt.time())
    opening_of = {}
    if previous is not None:
        opening_of = {line.item_id: stock._dec(line.counted) for line in stockcount.count_lines(previous.id)}
    moves = _movements(since, count.counted_at, tuple(x.id for x in (previous, count) if x))
    rows = []
    for line in stockcount.count_lines(count.id):
        item = line.item
        received = moves.get((item.id, stock.RECEIPT), Decimal(0))
        used = -moves.get((item.id, stock.SERVING), Decimal(0))
        wasted = -moves.get((item.id, stock.WASTE), Decimal(0))
        expected = stock._dec(line.expected)
        opening = opening_of.get(item.id)
        if opening is None:
            other = sum((q for (i, k), q in moves.items() if i == item.id), Decimal(0))
            opening = expected - other
        rows.append({
            "item": item.name, "unit": item.unit, "opening": stock.qty_value(opening),
            "received": stock.qty_value(received), "used": stock.qty_value(used),
            "wasted": stock.qty_value(wasted), "expected": stock.qty_value(expected),
            "counted": stock.qty_value(line.counted), "diff": stock.qty_value(line.difference),
            "note": line.reason,
        })
    counter, checker = staff_name(count.counted_by_id), staff_name(count.cosigned_by_id)
    return {
        "fields": {"day": count.counted_at.date(), "shift": "上班盘点" if count.kind == stockcount.OPENING else "交班盘点",
                   "counter": counter, "checker": checker},
        "tables": {"items": rows},
        "serial": count.serial,
        "signatures": {"盘点人": counter, "核对人（保安）": checker},
    }


def bar_count_documents(session: Session, *, id: int | None = None, day: dt.date | None = None) -> list[dict]:
    session.require("print")
    if id is not None:
        count = StockCount.get_or_none(StockCount.id == id)
        if count is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到盘点记录（编号 {id}）"), id=id)
        return [count_document(count)]
    start, end = day_range(day)
    counts = (StockCount.select().where((StockCount.counted_at >= start) & (StockCount.counted_at < end))
              .order_by(StockCount.counted_at, StockCount.id))
    return [count_document(c) for c in counts]


def _daily(value) -> str:
    value = stock._dec(value)
    return f"日均 {stock.qty_value(value.quantize(Decimal('0.1')))}" if value else ""


def request_document(request: PurchaseRequest) -> dict:
    rows = []
    total = Decimal(0)
    for line in purchasing.request_lines(request.id):
        item: Item = line.item
        qty = stock._dec(line.quantity)
        price = item.unit_price
        amount = (qty * price).quantize(Decimal("0.01")) if price is not None else None
        if amount is not None:
            total += amount
        spec = f"1{item.pack_unit}={item.pack_factor}{item.unit}" if item.pack_unit else ""
        if item.pack_unit and item.pack_factor > 1:
            spec += f"，合 {stock.qty_value(qty / item.pack_factor)}{item.pack_unit}"
        rows.append({"item": item.name, "spec": spec, "unit": item.unit, "stock": stock.qty_value(line.stock),
                     "qty": stock.qty_value(qty), "price": price, "amount": amount,
                     "note": _daily(line.daily_use)})
    applicant, approver = staff_name(request.created_by_id), staff_name(request.approved_by_id)
    decided = request.status not in (purchasing.PENDING,)
    approval = ""
    if decided:
        approval = f"{request.status}（{approver}，{request.approved_at:%Y-%m-%d %H:%M}）" if request.approved_at \
            else request.status
    return {
        "fields": {"department": "客服部（水吧）", "applicant": applicant, "applied_on": request.created_at.date(),
                   "needed_by": request.for_day, "urgency": "一般",
                   "reason": request.note or "按标准库存与近 14 天日均用量提出次日采购",
                   "budget": total, "budget_words": money_in_words(total), "approval_note": approval},
        "tables": {"items": rows},
        "serial": request.number,
        "signatures": {"申请人": applicant, "主管": approver if decided else ""},
    }


def purchase_request_documents(session: Session, *, id: int | None = None,
                               day: dt.date | None = None) -> list[dict]:
    session.require("print")
    if id is not None:
        return [request_document(purchasing.get_request(id))]
    start, end = day_range(day)
    requests = (PurchaseRequest.select().where((PurchaseRequest.created_at >= start)
                                               & (PurchaseRequest.created_at < end))
                .order_by(PurchaseRequest.id))
    return [request_document(r) for r in requests]


def bar_count_blank() -> dict:
    """The blank 水吧盘点表 lists the bar's own items (the ones in the program), to count by hand."""
    rows = [{"item": item.name, "unit": item.unit} for item in stock.active_items()]
    return {"presets": {"items": rows}} if rows else {}
