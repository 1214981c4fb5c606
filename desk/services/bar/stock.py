"""Water-bar stock (水吧库存): the item catalogue, the stock journal, batches and expiry.

Every movement is a ``StockEntry`` (入库 / 出库 / 报损 / 盘点差异 / 调拨) with who, when, quantity,
reason and links (``ref_type``/``ref_id``: a visit, a purchase request, a count). Nothing is
edited or deleted: ``reverse_entry`` books a reversing entry. Each item's running balance
(``StockBalance``) changes in the same transaction as its entry, so ``stock_levels()`` reads one
small table. Stock never goes below zero unless a supervisor overrides with a reason.

Quantities are in the item's base unit; they come back as ``int`` when whole, else ``Decimal``.

Counts (and the handover check: no handover before the shift's count) live in
``desk.services.bar.count``, purchase requests in ``desk.services.bar.purchasing``, closing
figures in ``desk.services.bar.closing``, alerts in ``desk.services.bar.alerts``.
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from peewee import EXCLUDED, JOIN, fn

from desk import settings
from desk.clock import now
from desk.db.base import db, for_update, publish, retrying
from desk.db.core import Staff
from desk.db.bar import (
    Item, StockBalance, StockBatch, StockCategory, StockEntry,
)
from desk.services.core import audit, inputs, named_lists, shifts
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from desk.services.core.session import Session

RECEIPT = QT_TRANSLATE_NOOP("stock", "入库")
SERVING = QT_TRANSLATE_NOOP("stock", "出库")
WASTE = QT_TRANSLATE_NOOP("stock", "报损")
COUNT_DIFF = QT_TRANSLATE_NOOP("stock", "盘点差异")
TRANSFER = QT_TRANSLATE_NOOP("stock", "调拨")
KINDS = [RECEIPT, SERVING, WASTE, COUNT_DIFF, TRANSFER]

# What an entry was booked for (``ref_type``), by name.
REF_TYPES = {
    "visit": QT_TRANSLATE_NOOP("stock", "来访"), "purchase_request": QT_TRANSLATE_NOOP("stock", "采购单"),
    "count": QT_TRANSLATE_NOOP("stock", "盘点"), "closing": QT_TRANSLATE_NOOP("stock", "日结"),
    "parking_ticket": QT_TRANSLATE_NOOP("stock", "停车票"),
    "reception_serving": QT_TRANSLATE_NOOP("stock", "大厅出品"),
}

WASTE_REASONS = [
    QT_TRANSLATE_NOOP("stock", "切开未用完的水果"),
    QT_TRANSLATE_NOOP("stock", "已冲泡/已倒出"),
    QT_TRANSLATE_NOOP("stock", "过期"),
    QT_TRANSLATE_NOOP("stock", "破损"),
    QT_TRANSLATE_NOOP("stock", "其他"),
]
PLACES = [QT_TRANSLATE_NOOP("stock", "吧台"), QT_TRANSLATE_NOOP("stock", "储物间")]
UNITS = ["瓶", "罐", "包", "盒", "袋", "斤", "个", "张", "份", "条", "双", "听", "杯"]
PARKING_CATEGORY = "停车票"
DRINK_CATEGORIES = ("茶", "咖啡", "饮料", "饮用水")

Q = Decimal("0.001")


# -- quantities -------------------------------------------------------------------------------
def qty_value(value) -> int | Decimal:
    """A stored quantity as shown: ``int`` when whole, else a normalized ``Decimal``."""
    if value is None:
        return 0
    d = value if isinstance(value, Decimal) else inputs.decimal_number(value, "数量", minimum=None)
    if not d.is_finite() or abs(d) >= Decimal("1e15"):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量太大：{value}"), value=f"{d:.3g}")
    d = d.quantize(Q, rounding=ROUND_HALF_UP)
    if d == d.to_integral_value():
        return int(d)
    return d.normalize()


def parse_quantity(value, *, allow_zero: bool = False, allow_negative: bool = False) -> Decimal:
    """User input to a Decimal quantity, or ValidationError with a Chinese message."""
    if isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量必须是数字"))
    try:
        if isinstance(value, float):
            d = Decimal(repr(value))
        elif isinstance(value, (int, Decimal)):
            d = Decimal(value)
        else:
            if not inputs.clean(value):
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写数量"))
            plain = inputs.number_text(value)  # "1,5" and "1_000" are not numbers; "1,500" is
            if plain is None:
                raise InvalidOperation
            d = Decimal(plain)
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量必须是数字：{value}"),
                              value=inputs.clean(value)[:40]) from None
    if not d.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量必须是数字：{value}"), value=str(value))
    if d < 0 and not allow_negative:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量不能为负数"))
    if d == 0 and not allow_zero:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量必须大于零"))
    if abs(d) >= Decimal("1e9"):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量太大：{value}"), value=str(value))
    if -d.normalize().as_tuple().exponent > 3:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量最多三位小数"))
    return d.quantize(Q)


def _dec(value) -> Decimal:
    if value is None:
        return Decimal(0)
    return (value if isinstance(value, Decimal) else Decimal(str(value))).quantize(Q, rounding=ROUND_HALF_UP)


def format_qty(value, unit: str = "") -> str:
    return f"{qty_value(value)}{unit}"


# -- catalogue --------------------------------------------------------------------------------
def categories(*, active_only: bool = True) -> list[str]:
    return [c.name for c in named_lists.entries(StockCategory, active_only)]


@retrying
def add_category(session: Session, name: str) -> StockCategory:
    session.require("stock.adjust")
    name = inputs.text(name, "类别名称", limit=20)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "类别名称不能为空"))
    return named_lists.add_or_reactivate(session, StockCategory, name, kind="stock_category",
                                         exists=QT_TRANSLATE_NOOP("desk", "类别 {name} 已存在"))


@retrying
def set_category_active(session: Session, name: str, active: bool) -> None:
    session.require("stock.adjust")
    name = inputs.clean(name)
    with db.atomic():
        cat = StockCategory.get_or_none(StockCategory.name == name)
        if cat is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到类别 {name}"), name=name)
        if not active and Item.select().where((Item.category == name) & (Item.active == True)).exists():  # noqa: E712
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "类别 {name} 下还有在用的物品"), name=name)
        before = audit.snapshot(cat)
        cat.active = active
        cat.save()
        audit.record(session, "change", "stock_category", cat.id, before=before, after=audit.snapshot(cat))


ITEM_FIELDS = ("name", "category", "unit", "pack_unit", "pack_factor", "min_stock", "par_level",
               "shelf_life_days", "open_shelf_days", "place", "barcode", "unit_price", "active")


def _clean_item_fields(values: dict, item: Item | None) -> dict:
    out: dict = {}
    if "name" in values or item is None:
        name = inputs.clean(values.get("name"))
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品名称不能为空"))
        if len(name) > 40:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品名称太长"))
        clash = Item.select().where(Item.name == name)
        if item is not None:
            clash = clash.where(Item.id != item.id)
        if clash.exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品 {name} 已存在"), name=name)
        out["name"] = name
    if "category" in values or item is None:
        category = inputs.clean(values.get("category"))
        if category not in categories(active_only=False):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知类别：{category}"), category=category or "-")
        out["category"] = category
    if "unit" in values or item is None:
        unit = inputs.text(values.get("unit"), "单位", limit=10)
        if not unit:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写单位"))
        out["unit"] = unit
    if "pack_unit" in values:
        out["pack_unit"] = inputs.text(values.get("pack_unit"), "包装单位", limit=10)
    if "pack_factor" in values:
        try:
            raw = values.get("pack_factor")
            factor = 1 if raw in (None, "") else inputs.integer(raw, "包装换算", minimum=1, maximum=10000)
        except ValidationError:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "包装换算必须是 1 到 10000 的整数")) from None
        out["pack_factor"] = factor
    unit = out.get("unit", item.unit if item else "")
    pack_unit = out.get("pack_unit", item.pack_unit if item else "")
    if pack_unit and pack_unit == unit and out.get("pack_factor", item.pack_factor if item else 1) != 1:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "包装单位与基本单位相同时换算须为 1"))
    for key in ("min_stock", "par_level"):
        if key in values:
            out[key] = parse_quantity(values.get(key) or 0, allow_zero=True)
    for key in ("shelf_life_days", "open_shelf_days"):
        if key in values:
            raw = values.get(key)
            if raw in (None, "", 0):
                out[key] = None
            else:
                try:
                    out[key] = inputs.integer(raw, "保质期天数", minimum=1, maximum=3650)
                except ValidationError:
                    raise ValidationError(QT_TRANSLATE_NOOP("desk", "保质期天数必须是 1 到 3650 的整数")) from None
    if "place" in values:
        place = inputs.clean(values.get("place"))
        if place not in PLACES:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "存放位置须为 吧台 或 储物间"))
        out["place"] = place
    if "barcode" in values:
        code = inputs.text(values.get("barcode"), "条码", limit=40) or None
        if code:
            clash = Item.select().where(Item.barcode == code)
            if item is not None:
                clash = clash.where(Item.id != item.id)
            other = clash.first()
            if other is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "条码 {code} 已用于 {name}"),
                                      code=code, name=other.name)
        out["barcode"] = code
    if "unit_price" in values:
        out["unit_price"] = _price(values.get("unit_price"))
    if "active" in values:
        out["active"] = bool(values["active"])
    par = out.get("par_level", item.par_level if item else Decimal(0))
    minimum = out.get("min_stock", item.min_stock if item else Decimal(0))
    if par and minimum and _dec(par) < _dec(minimum):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "标准库存不能低于最低库存"))
    return out


def _price(raw) -> Decimal | None:
    """A unit price (元): blank is none; not negative, at most 2 decimals, at most PRICE_MAX."""
    return inputs.decimal_number(raw, "单价", maximum=inputs.PRICE_MAX, places=2, required=False)


@retrying
def save_item(session: Session, item_id: int | None = None, **values) -> Item:
    """Create (``item_id=None``) or change a catalogue item. Fields: see ``ITEM_FIELDS``."""
    session.require("stock.adjust")
    unknown = set(values) - set(ITEM_FIELDS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的物品字段：{fields}"), fields="、".join(sorted(unknown)))
    with db.atomic():
        item = None
        if item_id is not None:
            item = Item.get_or_none(Item.id == item_id)
            if item is None:
                raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到物品"))
        clean = _clean_item_fields(values, item)
        if item is None:
            item = Item.create(**clean)
            StockBalance.create(item=item, quantity=0)
            audit.record(session, "create", "stock_item", item.id, after=audit.snapshot(item))
        else:
            before = audit.snapshot(item)
            for key, value in clean.items():
                setattr(item, key, value)
            item.save()
            audit.record(session, "change", "stock_item", item.id, before=before, after=audit.snapshot(item))
    return item


def get_item(item_id) -> Item:
    item = Item.get_or_none(Item.id == _id(item_id))
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到物品（编号 {id}）"), id=item_id)
    return item


def _id(value) -> int:
    if isinstance(value, Item):
        return value.id
    return inputs.integer(value, "物品编号", minimum=None)


def active_items(category: str | None = None) -> list[Item]:
    query = Item.select().where(Item.active == True)  # noqa: E712
    category = inputs.clean(category)
    if category:
        query = query.where(Item.category == category)
    cat_order = {name: i for i, name in enumerate(categories(active_only=False))}
    return sorted(query, key=lambda i: (cat_order.get(i.category, 999), i.name))


def catalogue_query(*, active_only: bool = False, category: str | None = None):
    """The items in the catalogue's order (by category, then name) as a query the grids page through:
    in use first unless ``active_only``."""
    query = Item.select(Item).join(StockCategory, JOIN.LEFT_OUTER, on=(Item.category == StockCategory.name))
    if active_only:
        query = query.where(Item.active == True)  # noqa: E712
    if category:
        query = query.where(Item.category == category)
    return query.order_by(Item.active.desc(), StockCategory.sort, Item.name)


def all_items() -> list[Item]:
    cat_order = {name: i for i, name in enumerate(categories(active_only=False))}
    return sorted(Item.select(), key=lambda i: (not i.active, cat_order.get(i.category, 999), i.name))


def find_item_by_barcode(code: str) -> Item:
    code = inputs.clean(code)
    item = Item.get_or_none(Item.barcode == code) if code else None
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "未知条码：{code}"), code=code or "-")
    if not item.active:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品 {name} 已停用"), name=item.name)
    return item


def find_item(text: str) -> Item:
    """A barcode, or an exact item name (what a scanner or the keyboard typed)."""
    text = inputs.clean(text)
    item = Item.get_or_none((Item.barcode == text) | (Item.name == text)) if text else None
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到物品或条码：{code}"), code=text or "-")
    return item


def parking_ticket_item() -> Item | None:
    return (Item.select().where((Item.category == PARKING_CATEGORY) & (Item.active == True))  # noqa: E712
            .order_by(Item.id).first())


# -- levels -----------------------------------------------------------------------------------
def stock_level(item_id) -> int | Decimal:
    row = StockBalance.get_or_none(StockBalance.item == _id(item_id))
    if row is None:
        get_item(item_id)  # NotFound for an unknown item
        return 0
    return qty_value(row.quantity)


def stock_levels() -> dict[int, int | Decimal]:
    """Every item's current quantity, from the running balances (one query)."""
    cursor = db.execute_sql("SELECT item_id, quantity FROM stock_balance")
    return {item_id: qty_value(q) for item_id, q in cursor.fetchall()}


def level_before(item_id: int, before: dt.datetime) -> int | Decimal:
    """An item's quantity from the journal, as it stood just before ``before``."""
    total = (StockEntry.select(fn.COALESCE(fn.SUM(StockEntry.quantity), 0))
             .where((StockEntry.item == item_id) & (StockEntry.at < before)).scalar())
    return qty_value(total)


def received_between(item_id: int, start: dt.datetime, end: dt.datetime) -> int | Decimal:
    """An item's quantity received (入库) from ``start`` up to ``end``."""
    total = (StockEntry.select(fn.COALESCE(fn.SUM(StockEntry.quantity), 0))
             .where((StockEntry.item == item_id) & (StockEntry.kind == RECEIPT) & (StockEntry.at >= start)
                    & (StockEntry.at < end)).scalar())
    return qty_value(total)


def journal_levels() -> dict[int, int | Decimal]:
    """Every item's quantity summed from the journal (a check of the running balances)."""
    query = StockEntry.select(StockEntry.item, fn.SUM(StockEntry.quantity)).group_by(StockEntry.item).tuples()
    return {item_id: qty_value(q) for item_id, q in query}


# -- booking ----------------------------------------------------------------------------------
def _current_shift_id() -> int | None:
    shift = shifts.current_shift()
    return shift.id if shift else None


def _lock_item(item_id: int) -> Decimal:
    """The item's balance, its row locked until the transaction ends. Every booking that checks
    the stock or takes from batches starts here, so one PC's check and the batches it takes from
    always see what the previous booking of the item (on any PC) left."""
    locked = for_update(StockBalance.select(StockBalance.quantity).where(StockBalance.item == item_id))
    row = locked.first()
    if row is None:
        get_item(item_id)  # NotFound for an item that is not there
        StockBalance.insert(item=item_id, quantity=0).on_conflict_ignore().execute()
        row = locked.first()
    return _dec(row.quantity)


def lock_stock(item_ids) -> dict[int, Decimal]:
    """The balances of several items, each row locked until the transaction ends (in id order, so
    two PCs locking overlapping sets wait for each other instead of deadlocking)."""
    return {item_id: _lock_item(item_id) for item_id in sorted(set(item_ids))}


def _add_to_balance(item_id: int, delta: Decimal) -> None:
    """balance = balance + delta, in one statement (never a value read earlier written back)."""
    (StockBalance.insert(item=item_id, quantity=delta)
     .on_conflict(conflict_target=[StockBalance.item],
                  update={StockBalance.quantity: StockBalance.quantity + EXCLUDED.quantity})
     .execute())


def _override_ok(session: Session, override: Session | None, reason: str) -> Staff | None:
    """Who allows going below zero: a supervisor (the acting person or a co-signer) with a reason."""
    reason = inputs.note(reason, "原因")
    approver = override or session
    if not reason:
        return None
    if not approver.can("stock.adjust"):
        raise PermissionDenied(QT_TRANSLATE_NOOP("desk", "库存不足时出库须由主管确认"))
    return approver.staff_id or 0


def _oldest_batches(item_id: int):
    return (StockBatch.select()
            .where((StockBatch.item == item_id) & (StockBatch.remaining > 0))
            .order_by(StockBatch.best_before.is_null(), StockBatch.best_before, StockBatch.received_at,
                      StockBatch.id))


def _take(session: Session, item: Item, quantity: Decimal, kind: str, *, at, reason="", note="",
          ref_type="", ref_id=None, override: Session | None = None, override_reason: str = "",
          batch_id: int | None = None) -> list[StockEntry]:
    """Book ``quantity`` out of ``item``, oldest batch first (or one given batch)."""
    balance = _lock_item(item.id)
    override_by = None
    if quantity > balance:
        override_by = _override_ok(session, override, override_reason)
        if override_by is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("desk", "库存不足：{item} 现有 {stock}{unit}，要出 {qty}{unit}"),
                item=item.name, stock=qty_value(balance), qty=qty_value(quantity), unit=item.unit)
    shift_id = _current_shift_id()
    common = dict(at=at, kind=kind, item=item.id, staff=session.staff_id, shift=shift_id, reason=reason,
                  note=note, ref_type=ref_type, ref_id=ref_id)
    if override_by is not None:
        common.update(override_by=override_by or None, override_reason=inputs.note(override_reason, "原因"))
    entries: list[StockEntry] = []
    left = quantity
    if batch_id is not None:
        batches = [StockBatch.get_or_none((StockBatch.id == batch_id) & (StockBatch.item == item.id))]
        if batches[0] is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该批次"))
        if _dec(batches[0].remaining) < quantity:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该批次只剩 {qty}{unit}"),
                                  qty=qty_value(batches[0].remaining), unit=item.unit)
    else:
        batches = list(_oldest_batches(item.id))
    for batch in batches:
        if left <= 0:
            break
        remaining = _dec(batch.remaining)
        take = min(remaining, left)
        if take <= 0:
            continue
        entries.append(StockEntry.create(quantity=-take, batch=batch.id, **common))
        changes = {StockBatch.remaining: StockBatch.remaining - take}
        if batch.opened_at is None and kind == SERVING:
            changes[StockBatch.opened_at] = at
        StockBatch.update(changes).where(StockBatch.id == batch.id).execute()
        left -= take
    if left > 0:  # more than the batches hold (stock without batches, or an override)
        entries.append(StockEntry.create(quantity=-left, batch=None, **common))
    _add_to_balance(item.id, -quantity)
    publish("stock", record_id=item.id)
    if override_by is not None:
        audit.record(session, "override", "stock_entry", entries[0].id,
                     after={"item": item.name, "quantity": str(quantity), "balance": str(balance)},
                     note=override_reason)
    return entries


def _usable_item(item_id) -> Item:
    item = get_item(item_id)
    if not item.active:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品 {name} 已停用"), name=item.name)
    return item


@retrying
def book_serving(session: Session, item_id, quantity=1, *, ref_type: str = "", ref_id: int | None = None,
                 note: str = "", override: Session | None = None, override_reason: str = "",
                 at: dt.datetime | None = None) -> list[StockEntry]:
    """出库: serve ``quantity`` base units, oldest batch first; one entry per batch touched.

    Refused below zero unless ``override_reason`` is given and the acting person (or
    ``override``, a supervisor's co-signing session) may adjust stock."""
    session.require("stock.serve")
    quantity = parse_quantity(quantity)
    at = inputs.moment(at, "出库时间", default=now())
    note = inputs.note(note, "说明")
    ref_type = inputs.text(ref_type, "来源", limit=40)
    with db.atomic():
        item = _usable_item(item_id)
        return _take(session, item, quantity, SERVING, at=at, note=note, ref_type=ref_type,
                     ref_id=ref_id, override=override, override_reason=override_reason)


@retrying
def book_waste(session: Session, item_id, quantity, reason: str, *, note: str = "",
               batch_id: int | None = None, ref_type: str = "", ref_id: int | None = None,
               at: dt.datetime | None = None) -> list[StockEntry]:
    """报损 with a reason from ``WASTE_REASONS`` (其他 needs a note)."""
    session.require("stock.receive")
    quantity = parse_quantity(quantity)
    reason = inputs.clean(reason)
    if reason not in WASTE_REASONS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择报损原因"))
    note = inputs.note(note, "说明")
    if reason == "其他" and not note:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "报损原因为“其他”时请写明说明"))
    at = inputs.moment(at, "报损时间", default=now())
    ref_type = inputs.text(ref_type, "来源", limit=40)
    with db.atomic():
        item = get_item(item_id)
        return _take(session, item, quantity, WASTE, at=at, reason=reason, note=note,
                     batch_id=batch_id, ref_type=ref_type, ref_id=ref_id)


def receipt_units(item: Item) -> list[str]:
    units = [item.unit]
    if item.pack_unit and item.pack_unit != item.unit:
        units.append(item.pack_unit)
    return units


@retrying
def receive(session: Session, item_id, quantity, unit: str | None = None, *,
            best_before: dt.date | None = None, supplier: str = "", unit_price=None, note: str = "",
            ref_type: str = "", ref_id: int | None = None, at: dt.datetime | None = None,
            _signed: bool | None = None) -> StockEntry:
    """入库: ``quantity`` in ``unit`` (the base unit or the purchase pack). Forms a batch.

    When the setting ``stock_receipt_signoff`` is on, a receipt booked by someone who is not a
    supervisor waits for 签批 (``sign_receipt``); the goods count at once (they are on the shelf)."""
    session.require("stock.receive")
    quantity = parse_quantity(quantity)
    at = inputs.moment(at, "入库时间", default=now())
    if best_before is not None:
        best_before = inputs.day(best_before, "保质期至", latest=inputs.years_ahead(30))
    supplier = inputs.text(supplier, "供应商", limit=inputs.LABEL_LIMIT)
    note = inputs.note(note, "说明")
    ref_type = inputs.text(ref_type, "来源", limit=40)
    price = _price(unit_price)
    with db.atomic():
        item = _usable_item(item_id)
        unit = inputs.clean(unit) or item.unit
        if unit not in receipt_units(item):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品 {name} 没有单位“{unit}”（可用：{units}）"),
                                  name=item.name, unit=unit, units="、".join(receipt_units(item)))
        factor = item.pack_factor if unit == item.pack_unit and unit != item.unit else 1
        base = (quantity * factor).quantize(Q)
        if base >= Decimal("1e9"):  # the limit holds for what reaches the shelf, packs included
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量太大：{qty}{unit} 合 {base}{base_unit}"),
                                  qty=qty_value(quantity), unit=unit, base=qty_value(base), base_unit=item.unit)
        if best_before is None and item.shelf_life_days:
            best_before = at.date() + dt.timedelta(days=item.shelf_life_days)
        supervisor = session.can("stock.adjust")
        needs = bool(settings.get("stock_receipt_signoff")) if _signed is None else not _signed
        batch = StockBatch.create(item=item.id, received_at=at, best_before=best_before, quantity=base,
                                  remaining=base)
        entry = StockEntry.create(
            at=at, kind=RECEIPT, item=item.id, quantity=base, batch=batch.id, staff=session.staff_id,
            shift=_current_shift_id(), note=note, ref_type=ref_type, ref_id=ref_id,
            supplier=supplier, unit_price=price,
            pack_quantity=quantity if factor != 1 else None, received_unit=unit,
            needs_signoff=needs, signed_by=session.staff_id if (needs and supervisor) else None,
            signed_at=at if (needs and supervisor) else None)
        _add_to_balance(item.id, base)
        publish("stock", record_id=item.id)
        audit.record(session, "create", "stock_entry", entry.id, after=audit.snapshot(entry))
    return entry


@retrying
def sign_receipt(session: Session, entry_id: int) -> StockEntry:
    """签批 a receipt waiting for a supervisor."""
    session.require("stock.adjust")
    with db.atomic():
        entry = StockEntry.get_or_none(StockEntry.id == entry_id)
        if entry is None or entry.kind != RECEIPT:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该入库记录"))
        if entry.signed_by_id:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该入库已签批"))
        StockEntry.update(signed_by=session.staff_id, signed_at=now(), needs_signoff=True).where(
            StockEntry.id == entry.id).execute()
        audit.record(session, "sign", "stock_entry", entry.id, note="入库签批")
    return StockEntry.get_by_id(entry_id)


def unsigned_receipts():
    reversed_ids = StockEntry.select(StockEntry.reverses).where(StockEntry.reverses.is_null(False))
    return (StockEntry.select().where((StockEntry.kind == RECEIPT) & (StockEntry.needs_signoff == True)  # noqa: E712
                                      & StockEntry.signed_by.is_null() & StockEntry.reverses.is_null()
                                      & StockEntry.id.not_in(reversed_ids))
            .order_by(StockEntry.id))


@retrying
def transfer(session: Session, item_id, quantity, from_place: str = "储物间", to_place: str = "吧台", *,
             note: str = "", at: dt.datetime | None = None) -> StockEntry:
    """调拨 between places (储物间 → 吧台): recorded, the item's total stock is unchanged."""
    session.require("stock.receive")
    quantity = parse_quantity(quantity)
    at = inputs.moment(at, "调拨时间", default=now())
    note = inputs.note(note, "说明")
    if from_place not in PLACES or to_place not in PLACES or from_place == to_place:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "调拨须在吧台与储物间之间"))
    with db.atomic():
        item = _usable_item(item_id)
        if quantity > _lock_item(item.id):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "库存不足：{item} 现有 {stock}{unit}，要出 {qty}{unit}"),
                                  item=item.name, stock=stock_level(item.id), qty=qty_value(quantity),
                                  unit=item.unit)
        entry = StockEntry.create(at=at, kind=TRANSFER, item=item.id, quantity=0, moved=quantity,
                                  from_place=from_place, to_place=to_place, staff=session.staff_id,
                                  shift=_current_shift_id(), note=note)
    return entry


def count_surplus(session: Session, item: Item, quantity: Decimal, *, at, reason, ref_id) -> StockEntry:
    """A positive 盘点差异: a batch without best-before. (Called by stockcount inside its transaction.)"""
    batch = StockBatch.create(item=item.id, received_at=at, best_before=None, quantity=quantity,
                              remaining=quantity)
    entry = StockEntry.create(at=at, kind=COUNT_DIFF, item=item.id, quantity=quantity, batch=batch.id,
                              staff=session.staff_id, shift=_current_shift_id(), reason=reason,
                              ref_type="count", ref_id=ref_id)
    _add_to_balance(item.id, quantity)
    publish("stock", record_id=item.id)
    return entry


def count_shortfall(session: Session, item: Item, quantity: Decimal, *, at, reason, ref_id) -> list[StockEntry]:
    """A negative 盘点差异 (the count is the truth, so never refused)."""
    return _take(session, item, quantity, COUNT_DIFF, at=at, reason=reason, ref_type="count", ref_id=ref_id,
                 override=Session.system(), override_reason=reason or "盘点")


_REVERSE_PERMISSION = {SERVING: "stock.serve", RECEIPT: "stock.receive", WASTE: "stock.receive"}


@retrying
def reverse_entry(session: Session, entry_id, reason, *, at: dt.datetime | None = None) -> StockEntry:
    """Undo an entry by booking its opposite (pointing at it). A reversal can itself be reversed."""
    reason = inputs.note(reason, "冲销原因")
    at = inputs.moment(at, "冲销时间", default=now())
    with db.atomic():
        entry = StockEntry.get_or_none(StockEntry.id == entry_id)
        if entry is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该库存记录"))
        session.require(_REVERSE_PERMISSION.get(entry.kind, "stock.adjust"))
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "冲销须填写原因"))
        balance = _lock_item(entry.item_id)  # before the check: two PCs never reverse it twice
        if StockEntry.select().where(StockEntry.reverses == entry.id).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "第 {id} 条已冲销过"), id=entry.id)
        item = Item.get_by_id(entry.item_id)
        delta = -_dec(entry.quantity)
        if balance + delta < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "冲销后 {item} 库存将为负数（现有 {stock}{unit}）"),
                                  item=item.name, stock=qty_value(balance), unit=item.unit)
        if entry.batch_id is not None:
            batch = StockBatch.get_by_id(entry.batch_id)
            remaining = _dec(batch.remaining) + delta
            if remaining < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("desk", "该批次已部分用掉，只剩 {qty}{unit}，不能整笔冲销；请改用报损或盘点"),
                    qty=qty_value(batch.remaining), unit=item.unit)
            StockBatch.update(remaining=StockBatch.remaining + delta).where(StockBatch.id == batch.id).execute()
        reversal = StockEntry.create(
            at=at, kind=entry.kind, item=item.id, quantity=delta, batch=entry.batch_id, staff=session.staff_id,
            shift=_current_shift_id(), reason=reason, note=entry.note, ref_type=entry.ref_type,
            ref_id=entry.ref_id, reverses=entry.id, supplier=entry.supplier, unit_price=entry.unit_price,
            received_unit=entry.received_unit, from_place=entry.to_place, to_place=entry.from_place,
            moved=entry.moved)
        _add_to_balance(item.id, delta)
        publish("stock", record_id=item.id)
        audit.record(session, "reverse", "stock_entry", entry.id, after=audit.snapshot(reversal), note=reason)
    return reversal


def is_reversed(entry_id: int) -> bool:
    return StockEntry.select().where(StockEntry.reverses == entry_id).exists()


# -- lists ------------------------------------------------------------------------------------
def journal(*, item_id: int | None = None, kind: str | None = None, since: dt.datetime | None = None,
            until: dt.datetime | None = None, staff_id: int | None = None, category: str | None = None,
            ref_type: str | None = None, ref_id: int | None = None):
    """The stock journal, newest first, filtered (a peewee query for table models)."""
    query = StockEntry.select().order_by(StockEntry.at.desc(), StockEntry.id.desc())
    kind, category, ref_type = inputs.clean(kind), inputs.clean(category), inputs.clean(ref_type)
    if item_id:
        query = query.where(StockEntry.item == item_id)
    if kind:
        query = query.where(StockEntry.kind == kind)
    query = in_period(query, StockEntry.at, since, until)
    if staff_id:
        query = query.where(StockEntry.staff == staff_id)
    if category:
        query = query.where(StockEntry.item.in_(Item.select(Item.id).where(Item.category == category)))
    if ref_type:
        query = query.where(StockEntry.ref_type == ref_type)
    if ref_id is not None:
        query = query.where(StockEntry.ref_id == ref_id)
    return query


def expiring(within_days: int | None = None, *, today: dt.date | None = None):
    """Batches with stock left whose best-before is within ``within_days`` (expired included)."""
    today = inputs.day(today or dt.date.today(), "日期")
    days = settings.get("stock_expiry_warn_days") if within_days is None else within_days
    limit = today + dt.timedelta(days=inputs.integer(days, "天数", minimum=0, maximum=3650))
    return (StockBatch.select(StockBatch, Item).join(Item)
            .where((StockBatch.remaining > 0) & StockBatch.best_before.is_null(False)
                   & (StockBatch.best_before <= limit) & (Item.active == True))  # noqa: E712
            .order_by(StockBatch.best_before, Item.name))


def below_minimum() -> list[tuple[Item, int | Decimal]]:
    levels = stock_levels()
    return [(i, levels.get(i.id, 0)) for i in active_items()
            if i.min_stock and levels.get(i.id, 0) < _dec(i.min_stock)]
