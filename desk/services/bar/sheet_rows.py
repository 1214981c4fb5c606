"""The water bar's records as flat rows, one query each (joins included): the rows of the sync
workbook's water-bar sheets (``desk/excel/sheets_bar.py``)."""
from __future__ import annotations

from peewee import JOIN

from desk.db.bar import Item, PurchaseLine, PurchaseRequest, StockBalance, StockCount, StockCountLine, StockEntry
from desk.db.core import Staff


def item_rows():
    """Every item with its current stock (``stock``)."""
    return (Item.select(Item, StockBalance.quantity.alias("stock"))
            .join(StockBalance, JOIN.LEFT_OUTER, on=(StockBalance.item == Item.id))
            .order_by(Item.category, Item.name).objects().iterator())


def journal_rows():
    who = Staff.alias("who")
    return (StockEntry.select(StockEntry.id, StockEntry.at, StockEntry.kind, Item.name.alias("item_name"),
                              Item.unit.alias("unit"), StockEntry.quantity, StockEntry.reason, StockEntry.note,
                              who.name.alias("staff_name"), StockEntry.reverses.alias("reverses_id"),
                              StockEntry.supplier, StockEntry.unit_price, StockEntry.ref_type, StockEntry.ref_id)
            .join(Item, on=(StockEntry.item == Item.id))
            .switch(StockEntry).join(who, JOIN.LEFT_OUTER, on=(StockEntry.staff == who.id))
            .order_by(StockEntry.id).namedtuples().iterator())


def count_rows():
    by, co = Staff.alias("by"), Staff.alias("co")
    return (StockCountLine.select(StockCountLine.id, StockCount.serial, StockCount.kind, StockCount.counted_at,
                                  by.name.alias("counted_by"), co.name.alias("cosigned_by"),
                                  Item.name.alias("item_name"), StockCountLine.expected, StockCountLine.counted,
                                  StockCountLine.difference, StockCountLine.reason)
            .join(StockCount, on=(StockCountLine.count == StockCount.id))
            .join(by, JOIN.LEFT_OUTER, on=(StockCount.counted_by == by.id))
            .switch(StockCount).join(co, JOIN.LEFT_OUTER, on=(StockCount.cosigned_by == co.id))
            .switch(StockCountLine).join(Item, on=(StockCountLine.item == Item.id))
            .order_by(StockCount.counted_at, StockCountLine.id).namedtuples().iterator())


def purchase_rows():
    by, ok = Staff.alias("by"), Staff.alias("ok")
    return (PurchaseLine.select(PurchaseLine.id, PurchaseRequest.number, PurchaseRequest.for_day,
                                PurchaseRequest.status, by.name.alias("created_by"), ok.name.alias("approved_by"),
                                Item.name.alias("item_name"), PurchaseLine.stock, PurchaseLine.proposed,
                                PurchaseLine.quantity, PurchaseLine.received, PurchaseLine.note)
            .join(PurchaseRequest, on=(PurchaseLine.request == PurchaseRequest.id))
            .join(by, JOIN.LEFT_OUTER, on=(PurchaseRequest.created_by == by.id))
            .switch(PurchaseRequest).join(ok, JOIN.LEFT_OUTER, on=(PurchaseRequest.approved_by == ok.id))
            .switch(PurchaseLine).join(Item, on=(PurchaseLine.item == Item.id))
            .order_by(PurchaseRequest.id, PurchaseLine.id).namedtuples().iterator())
