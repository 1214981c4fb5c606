"""Water-bar closing (日结).

``closing_figures(day)`` gives the day's consumption and waste per item, cups per visitor (when
reception data exists) and the low-stock list; ``waste_candidates(day)`` lists expired batches and
opened perishables, which ``book_closing_waste`` writes off in one step. The bar's alerts are in
``desk.services.bar.alerts``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from desk.db.bar import Item, StockBatch, StockEntry
from desk.db.base import db, retrying
from desk.services.bar import stock
from desk.services.core.days import day_range
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.session import Session
from desk.services.reception.figures import people_count


@dataclass
class WasteCandidate:
    batch_id: int
    item_id: int
    name: str
    unit: str
    quantity: int | Decimal  # proposed (editable)
    remaining: int | Decimal
    reason: str
    why: str  # "过期 2026-11-20" / "开封于 11-23 10:05"


def waste_candidates(day: dt.date | None = None) -> list[WasteCandidate]:
    """At closing: expired batches (all that is left) and opened perishables (one opened unit,
    at most what is left) whose after-opening life ends by the end of ``day``."""
    day = day or dt.date.today()
    out: list[WasteCandidate] = []
    query = (StockBatch.select(StockBatch, Item).join(Item)
             .where((StockBatch.remaining > 0) & (Item.active == True))  # noqa: E712
             .order_by(Item.name, StockBatch.id))
    for batch in query:
        item = batch.item
        remaining = stock._dec(batch.remaining)
        if batch.best_before is not None and batch.best_before <= day:
            out.append(WasteCandidate(batch.id, item.id, item.name, item.unit, stock.qty_value(remaining),
                                      stock.qty_value(remaining), "过期",
                                      f"到期 {batch.best_before.isoformat()}"))
        elif item.open_shelf_days and batch.opened_at is not None:
            ends = batch.opened_at.date() + dt.timedelta(days=item.open_shelf_days - 1)
            if ends <= day:
                qty = min(remaining, Decimal(1))
                reason = "切开未用完的水果" if item.category == "水果" else "已冲泡/已倒出"
                out.append(WasteCandidate(batch.id, item.id, item.name, item.unit, stock.qty_value(qty),
                                          stock.qty_value(remaining), reason,
                                          f"开封于 {batch.opened_at:%m-%d %H:%M}"))
    return out


@retrying
def book_closing_waste(session: Session, lines, *, at: dt.datetime | None = None) -> list[StockEntry]:
    """Write off closing waste in one transaction. ``lines``: [(batch_id, quantity, reason)]."""
    session.require("stock.receive")
    lines = [(b, q, r) for b, q, r in lines]
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "没有选择要报损的物品"))
    entries: list[StockEntry] = []
    with db.atomic():
        for batch_id, quantity, reason in lines:
            batch = StockBatch.get_or_none(StockBatch.id == batch_id)
            if batch is None:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "找不到该批次"))
            entries.extend(stock.book_waste(session, batch.item_id, quantity, reason, batch_id=batch_id,
                                            ref_type="closing", at=at))
            if reason != "过期":  # the opened unit is gone; the next serving opens a fresh one
                StockBatch.update(opened_at=None).where(StockBatch.id == batch_id).execute()
    return entries


@dataclass
class ClosingFigures:
    day: dt.date
    consumption: list[tuple[Item, int | Decimal]]  # served per item, net of reversals
    waste: list[tuple[Item, int | Decimal]]
    received: list[tuple[Item, int | Decimal]]
    drinks_served: int | Decimal
    visitors: int | None
    cups_per_visitor: Decimal | None
    low_stock: list[tuple[Item, int | Decimal]]
    waste_candidates: list[WasteCandidate]


def _per_item(kind: str, since, until) -> dict[int, Decimal]:
    rows = (StockEntry.select(StockEntry.item, fn.SUM(StockEntry.quantity))
            .where((StockEntry.kind == kind) & (StockEntry.at >= since) & (StockEntry.at < until))
            .group_by(StockEntry.item).tuples())
    return {item_id: stock._dec(total) for item_id, total in rows}


def closing_figures(day: dt.date | None = None) -> ClosingFigures:
    day = day or dt.date.today()
    since, until = day_range(day)
    items = {i.id: i for i in Item.select()}
    served = _per_item(stock.SERVING, since, until)
    wasted = _per_item(stock.WASTE, since, until)
    received = _per_item(stock.RECEIPT, since, until)

    def listed(values: dict[int, Decimal], sign: int):
        rows = [(items[i], stock.qty_value(sign * q)) for i, q in values.items() if q]
        return sorted(rows, key=lambda r: (r[0].category, r[0].name))

    drinks = sum((-q for i, q in served.items() if items[i].category in stock.DRINK_CATEGORIES), Decimal(0))
    visitors = people_count(day)
    per_visitor = (drinks / visitors).quantize(Decimal("0.01")) if visitors else None
    return ClosingFigures(day, listed(served, -1), listed(wasted, -1), listed(received, 1),
                          stock.qty_value(drinks), visitors, per_visitor, stock.below_minimum(),
                          waste_candidates(day))
