"""Water-bar stock tables (水吧): catalogue, batches, the stock journal, running balances,
shift counts and purchase requests. Created by migration step 3.

Quantities are in the item's base unit (瓶, 包, 个 …) as ``Decimal`` with three decimals
(fruit by 斤 may be fractional). The journal is append-only: an undo is a new entry whose
``reverses`` points at the entry it cancels. ``StockBalance`` holds each item's current
quantity, kept in the same transaction as every journal entry, so reading all stock levels
never aggregates the journal.
"""
from __future__ import annotations

from peewee import (
    AutoField, BooleanField, CharField, DateField, DateTimeField, DecimalField, ForeignKeyField,
    IntegerField, TextField,
)

from desk.clock import now
from desk.db.base import BaseModel
from desk.db.core import Shift, Staff


def QtyField(**kwargs):  # noqa: N802 - a field factory
    return DecimalField(max_digits=14, decimal_places=3, auto_round=True, **kwargs)


def MoneyField(**kwargs):  # noqa: N802
    return DecimalField(max_digits=12, decimal_places=2, auto_round=True, **kwargs)


class StockCategory(BaseModel):
    """The editable list of item categories (茶, 咖啡, 饮料 …)."""

    id = AutoField()
    name = CharField(unique=True)
    sort = IntegerField(default=0)
    active = BooleanField(default=True)


class Item(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    category = CharField(index=True)  # StockCategory.name
    unit = CharField()  # base unit: 瓶, 包, 个, 张 …
    pack_unit = CharField(default="")  # purchase pack: 箱, 盒 … ("" = bought by the base unit)
    pack_factor = IntegerField(default=1)  # base units per pack (1 箱 = 24 瓶)
    min_stock = QtyField(default=0)
    par_level = QtyField(default=0)
    shelf_life_days = IntegerField(null=True)
    open_shelf_days = IntegerField(null=True)  # perishable once opened (cut fruit, brewed tea)
    place = CharField(default="吧台")  # 吧台 / 储物间
    barcode = CharField(null=True, unique=True)
    unit_price = MoneyField(null=True)
    active = BooleanField(default=True, index=True)
    created_at = DateTimeField(default=now)


class StockBalance(BaseModel):
    """Running balance per item, maintained with every journal entry."""

    item = ForeignKeyField(Item, primary_key=True, backref="balance_rows")
    quantity = QtyField(default=0)


class StockBatch(BaseModel):
    """What one receipt (or a count surplus) brought in; serving takes the oldest first."""

    id = AutoField()
    item = ForeignKeyField(Item, backref="batches")
    received_at = DateTimeField(default=now)
    best_before = DateField(null=True)
    quantity = QtyField()
    remaining = QtyField()
    opened_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("item", "remaining"), False),)


class StockEntry(BaseModel):
    """One movement: 入库 / 出库 / 报损 / 盘点差异 / 调拨. ``quantity`` is signed (+ in, − out)."""

    id = AutoField()
    at = DateTimeField(default=now)
    kind = CharField()
    item = ForeignKeyField(Item, backref="entries")
    quantity = QtyField()
    batch = ForeignKeyField(StockBatch, null=True, backref="entries")
    staff = ForeignKeyField(Staff, null=True, backref="stock_entries")
    shift = ForeignKeyField(Shift, null=True, backref="stock_entries")
    reason = CharField(default="")
    note = TextField(default="")
    ref_type = CharField(default="")  # "visit", "purchase_request", "count", "closing" …
    ref_id = IntegerField(null=True)
    reverses = ForeignKeyField("self", null=True, unique=True, backref="reversals")
    # 入库
    supplier = CharField(default="")
    unit_price = MoneyField(null=True)
    pack_quantity = QtyField(null=True)  # as received, in ``pack_unit``
    received_unit = CharField(default="")
    signed_by = ForeignKeyField(Staff, null=True, backref="stock_signed")  # 签批
    signed_at = DateTimeField(null=True)
    needs_signoff = BooleanField(default=False)
    # below zero by a supervisor's word
    override_by = ForeignKeyField(Staff, null=True, backref="stock_overrides")
    override_reason = CharField(default="")
    # 调拨
    from_place = CharField(default="")
    to_place = CharField(default="")
    moved = QtyField(null=True)  # quantity moved (the entry itself changes no stock)

    class Meta:
        indexes = (
            (("item", "at"), False),
            (("at",), False),
            (("kind", "at"), False),
            (("ref_type", "ref_id"), False),
        )


class StockCount(BaseModel):
    """开班/交班盘点: one count sheet, booked as 盘点差异 entries when finished."""

    id = AutoField()
    kind = CharField()  # 开班 / 交班
    serial = CharField(default="")  # PD-20261123-001 (the 水吧盘点表 number)
    shift = ForeignKeyField(Shift, null=True, backref="stock_counts")
    counted_at = DateTimeField(default=now, index=True)
    counted_by = ForeignKeyField(Staff, null=True, backref="stock_counts")
    cosigned_by = ForeignKeyField(Staff, null=True, backref="stock_cosigned")
    blind = BooleanField(default=False)
    tolerance = QtyField(default=0)
    note = TextField(default="")


class StockCountLine(BaseModel):
    id = AutoField()
    count = ForeignKeyField(StockCount, backref="lines", on_delete="CASCADE")
    item = ForeignKeyField(Item, backref="count_lines")
    expected = QtyField()
    counted = QtyField()
    difference = QtyField()
    reason = CharField(default="")
    entry = ForeignKeyField(StockEntry, null=True, backref="count_lines")


class PurchaseRequest(BaseModel):
    """采购申请单: proposed, edited, approved by a supervisor, then received as 入库."""

    id = AutoField()
    number = CharField(unique=True)  # CG-20261123-001 (the 采购申请单 number)
    created_at = DateTimeField(default=now, index=True)
    created_by = ForeignKeyField(Staff, null=True, backref="purchase_requests")
    for_day = DateField()
    status = CharField(default="待审批")  # 待审批 / 已批准 / 已驳回 / 部分到货 / 已到货
    approved_by = ForeignKeyField(Staff, null=True, backref="purchase_approved")
    approved_at = DateTimeField(null=True)
    note = TextField(default="")


class PurchaseLine(BaseModel):
    id = AutoField()
    request = ForeignKeyField(PurchaseRequest, backref="lines", on_delete="CASCADE")
    item = ForeignKeyField(Item, backref="purchase_lines")
    stock = QtyField(default=0)  # stock when proposed
    daily_use = QtyField(default=0)  # average of the last 14 days
    proposed = QtyField(default=0)  # base units, whole packs
    quantity = QtyField(default=0)  # base units, as edited
    received = QtyField(default=0)
    note = CharField(default="")


MODELS = [StockCategory, Item, StockBalance, StockBatch, StockEntry, StockCount, StockCountLine,
          PurchaseRequest, PurchaseLine]

DEFAULT_CATEGORIES = ["茶", "咖啡", "饮料", "饮用水", "水果", "糖果点心", "耗材", "停车票"]


def migrate_step3(database, migrator) -> None:
    database.create_tables(MODELS)
    for i, name in enumerate(DEFAULT_CATEGORIES):
        StockCategory.insert(name=name, sort=i).on_conflict_ignore().execute()
