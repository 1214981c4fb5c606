"""Table models of the reception screens: lookup matches, earlier visits, the hall board, a
group's guests, the rotation, the visit list and ownership claims."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desk.services.core import staff
from desk.services.reception import visitors
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.services.core.privacy import phone_for
from desk.services.reception.hall import CUPS
from desk.ui.models.base import Column, ListTableModel, QueryTableModel
from desk.ui.widgets import COLORS, ERROR

DUE_BRUSH = QBrush(QColor("#ffd6d6"))
DUE_TEXT = QBrush(QColor(COLORS[ERROR]))
NEXT_BRUSH = QBrush(QColor("#d8f0d8"))
SKIP_TEXT = QBrush(QColor("#888888"))


def tr_r(text: str) -> str:
    return QCoreApplication.translate("reception", text)


def _time(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M") if value else ""


class MatchModel(ListTableModel):
    """Customers found by the phone (or surname) typed at registration."""

    def make_columns(self):
        return [
            Column(self.tr("客户"), lambda m: m.name or self.tr("（未留姓）")),
            Column(self.tr("手机"), lambda m: m.phone),
            Column(self.tr("来访次数"), lambda m: m.visit_count, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("上次来访"), lambda m: m.last_visit.strftime("%Y-%m-%d") if m.last_visit else ""),
            Column(self.tr("意向"), lambda m: m.last_grade, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("归属顾问"), lambda m: (m.owner_name + ("" if m.owner_live else self.tr("（已失效）")))
                   if m.owner_name else ""),
            Column(self.tr("状态"), lambda m: self.tr("在大厅") if m.in_hall_visit_id else "",
                   foreground=lambda m: DUE_TEXT if m.in_hall_visit_id else None),
        ]


class HistoryModel(ListTableModel):
    """Earlier visits of the picked customer."""

    def __init__(self, parent=None):
        self._names: dict[int, str] = {}
        self._sources: dict[int, str] = {}
        super().__init__(parent)

    def set_rows(self, rows) -> None:
        self._names = staff.staff_names()
        self._sources = {s.id: s.name for s in visitors.sources(active_only=False)}
        super().set_rows(rows)

    def make_columns(self):
        return [
            Column(self.tr("到访"), lambda v: v.arrived_at),
            Column(self.tr("人数"), lambda v: v.party_size, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("顾问"), lambda v: self._names.get(v.consultant_id, "")),
            Column(self.tr("意向"), lambda v: v.grade, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("途径"), lambda v: self._sources.get(v.source_id, "")),
            Column(self.tr("需求"), lambda v: v.needs),
        ]


class BoardModel(ListTableModel):
    """Groups now in the hall (GroupView rows); rows with a refill due stand out."""

    def make_columns(self):
        due_bg = lambda g: DUE_BRUSH if g.due_count else None  # noqa: E731
        return [
            Column(self.tr("组号"), lambda g: g.visit.id, Qt.AlignmentFlag.AlignCenter, background=due_bg),
            Column(self.tr("客户"), lambda g: g.name, background=due_bg),
            Column(self.tr("手机"), lambda g: g.phone, background=due_bg),
            Column(self.tr("人数"), lambda g: g.visit.party_size, Qt.AlignmentFlag.AlignCenter, background=due_bg),
            Column(self.tr("位置"), lambda g: tr_r(g.visit.location), background=due_bg),
            Column(self.tr("顾问"), lambda g: g.consultant, background=due_bg),
            Column(self.tr("到访"), lambda g: _time(g.visit.arrived_at), Qt.AlignmentFlag.AlignCenter,
                   background=due_bg),
            Column(self.tr("停留"), lambda g: self.tr("{m} 分钟").format(m=g.dwell_minutes),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, background=due_bg),
            Column(self.tr("出品"), lambda g: "；".join(
                f"{x.guest_no}:{x.served_text()}" for x in g.guests if x.servings) or self.tr("未出品"),
                background=due_bg),
            Column(self.tr("续杯"), lambda g: self.tr("{n} 位到时").format(n=g.due_count) if g.due_count else "",
                   foreground=lambda g: DUE_TEXT if g.due_count else None, background=due_bg),
        ]


class GuestModel(ListTableModel):
    """The guests of the selected group: what each was served and when a refill is due."""

    def make_columns(self):
        due_bg = lambda g: DUE_BRUSH if g.due else None  # noqa: E731
        return [
            Column(self.tr("客人"), lambda g: self.tr("第 {n} 位").format(n=g.guest_no), background=due_bg),
            Column(self.tr("出品"), lambda g: g.served_text() or self.tr("未出品"), background=due_bg),
            Column(self.tr("杯型"), lambda g: tr_r(_cup_name(g.last.cup)) if g.last else "", background=due_bg),
            Column(self.tr("最近出品"), lambda g: _time(g.last.served_at) if g.last else "", background=due_bg),
            Column(self.tr("续杯时间"), lambda g: _time(g.refill_due_at), background=due_bg),
            Column(self.tr("状态"), lambda g: self.tr("该续杯了") if g.due else "",
                   foreground=lambda g: DUE_TEXT if g.due else None, background=due_bg),
        ]


def _cup_name(cup: str) -> str:
    return CUPS.get(cup, cup)


class RotationModel(ListTableModel):
    """Today's rotation (SlotView rows), the next consultant highlighted."""

    def make_columns(self):
        bg = lambda s: NEXT_BRUSH if s.is_next else None  # noqa: E731
        fg = lambda s: SKIP_TEXT if s.status == "skipped" else None  # noqa: E731
        return [
            Column(self.tr("顺序"), lambda s: s.position, Qt.AlignmentFlag.AlignCenter, fg, bg),
            Column(self.tr("顾问"), lambda s: s.name + (self.tr("（下一位）") if s.is_next else ""), None, fg, bg),
            Column(self.tr("状态"), lambda s: tr_r(s.reason) if s.status == "skipped" else self.tr("可接待"),
                   None, fg, bg),
            Column(self.tr("今日接待"), lambda s: s.served_today, Qt.AlignmentFlag.AlignCenter, fg, bg),
        ]


class VisitListModel(QueryTableModel):
    """来访记录: visits filtered by date, consultant, source, grade; phones masked per session."""

    def __init__(self, session, parent=None):
        self.session = session
        self.filter = visitors.VisitFilter()
        self._names: dict[int, str] = {}
        self._sources: dict[int, str] = {}
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("日期"), lambda v: v.day),
            Column(self.tr("到访"), lambda v: _time(v.arrived_at)),
            Column(self.tr("离场"), lambda v: _time(v.departed_at)),
            Column(self.tr("客户"), lambda v: v.customer.display_name or self.tr("（匿名）")),
            Column(self.tr("手机"), lambda v: phone_for(self.session, v.customer.phone, v.customer.owner_id)),
            Column(self.tr("人数"), lambda v: v.party_size, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("同行"), lambda v: tr_r(v.company)),
            Column(self.tr("首访/复访"), lambda v: self.tr("首访") if v.first_visit else self.tr("复访")),
            Column(self.tr("认知途径"), lambda v: self._sources.get(v.source_id, "")),
            Column(self.tr("交通"), lambda v: tr_r(v.transport) + (f" {v.plate}" if v.plate else "")),
            Column(self.tr("居住区域"), lambda v: v.customer.home_district),
            Column(self.tr("工作区域"), lambda v: v.customer.work_district),
            Column(self.tr("年龄段"), lambda v: v.customer.age_band),
            Column(self.tr("意向"), lambda v: v.grade, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("顾问"), lambda v: self._names.get(v.consultant_id, "")),
            Column(self.tr("需求"), lambda v: v.needs),
            Column(self.tr("备注"), lambda v: v.notes),
        ]

    def refresh(self):
        self._names = staff.staff_names()
        self._sources = {s.id: s.name for s in visitors.sources(active_only=False)}
        super().refresh()

    def query(self):
        return visitors.visit_query(self.filter)


class ClaimModel(QueryTableModel):
    """Ownership claims waiting for (or decided by) the supervisor."""

    STATUS = {"pending": QT_TRANSLATE_NOOP("reception", "待处理"),
              "approved": QT_TRANSLATE_NOOP("reception", "已同意"),
              "rejected": QT_TRANSLATE_NOOP("reception", "已驳回")}

    def __init__(self, session, parent=None):
        self.session = session
        self.status: str | None = "pending"
        self._names: dict[int, str] = {}
        self._customers: dict = {}  # the claims' customers by id, read a page at a time
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("时间"), lambda c: c.at),
            Column(self.tr("客户"), lambda c: self._customer(c).display_name),
            Column(self.tr("手机"), lambda c: phone_for(self.session, self._customer(c).phone,
                                                        self._customer(c).owner_id)),
            Column(self.tr("原归属"), lambda c: self._names.get(c.owner_id, "")),
            Column(self.tr("申请人"), lambda c: self._names.get(c.claimant_id, "")),
            Column(self.tr("说明"), lambda c: c.note),
            Column(self.tr("状态"), lambda c: tr_r(self.STATUS.get(c.status, c.status))),
            Column(self.tr("处理人"), lambda c: self._names.get(c.decided_by_id, "")),
        ]

    def prepare(self, page) -> None:
        self._customers.update(visitors.customers_by_id(c.customer_id for c in page))

    def _customer(self, claim):
        return self._customers.get(claim.customer_id) or visitors.get_customer(claim.customer_id)

    def refresh(self):
        self._names = staff.staff_names()
        self._customers = {}
        super().refresh()

    def query(self):
        return visitors.claims(self.status)
