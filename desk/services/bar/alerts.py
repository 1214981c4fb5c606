"""The water bar's alerts (the bar screen's alert line): below minimum, expiring soon or expired,
parking tickets running out, receipts waiting for a supervisor's 签批. Qt-free and cheap."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from desk import settings
from desk.services.bar import stock
from desk.services.core.errors import QT_TRANSLATE_NOOP


@dataclass
class Alert:
    kind: str  # below_min / expiring / expired / parking / signoff
    level: str  # "warning" or "info"
    template: str  # Chinese source text (context "desk")
    params: dict = field(default_factory=dict)
    item_id: int | None = None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)

    def translated(self, translate) -> str:
        return translate("desk", self.template).format(**self.params)


def alerts(*, today: dt.date | None = None) -> list[Alert]:
    """Below minimum, expiring soon / expired, parking tickets running out, receipts awaiting 签批."""
    today = today or dt.date.today()
    result: list[Alert] = []
    parking = stock.parking_ticket_item()
    levels = stock.stock_levels()
    if parking is not None:
        left = levels.get(parking.id, 0)
        if left <= settings.get("stock_parking_alert"):
            result.append(Alert("parking", "warning", QT_TRANSLATE_NOOP("desk", "停车票仅剩 {qty} {unit}，请补充"),
                                {"qty": left, "unit": parking.unit}, parking.id))
    for item, level in stock.below_minimum():
        if parking is not None and item.id == parking.id:
            continue
        result.append(Alert("below_min", "warning",
                            QT_TRANSLATE_NOOP("desk", "{name} 低于最低库存：现有 {qty}{unit}，最低 {min}{unit}"),
                            {"name": item.name, "qty": level, "unit": item.unit,
                             "min": stock.qty_value(item.min_stock)}, item.id))
    soon: dict[tuple[int, bool], list] = {}  # (item, expired) -> [item, quantity, earliest date]
    for batch in stock.expiring(today=today):
        key = (batch.item.id, batch.best_before < today)
        row = soon.setdefault(key, [batch.item, Decimal(0), batch.best_before])
        row[1] += stock._dec(batch.remaining)
        row[2] = min(row[2], batch.best_before)
    for (item_id, expired), (item, qty, date) in soon.items():
        params = {"name": item.name, "qty": stock.qty_value(qty), "unit": item.unit, "date": date.isoformat()}
        if expired:
            result.append(Alert("expired", "warning",
                                QT_TRANSLATE_NOOP("desk", "{name} 有 {qty}{unit} 已过期（{date}）"), params, item_id))
        else:
            result.append(Alert("expiring", "info",
                                QT_TRANSLATE_NOOP("desk", "{name} 有 {qty}{unit} 将于 {date} 起到期"), params, item_id))
    result.sort(key=lambda a: a.level != "warning")
    pending = stock.unsigned_receipts().count()
    if pending:
        result.append(Alert("signoff", "info", QT_TRANSLATE_NOOP("desk", "{n} 笔入库等待主管签批"), {"n": pending}))
    return result
