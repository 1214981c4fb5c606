"""Table models of the reception screens: lookup matches, earlier visits, the hall board, a
group's guests, the rotation, the visit list and ownership claims."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desk.services.core import staff
from desk.services.reception import completions, outcomes, visitors
from desk.services.core.errors import QT_TRANSLATE_NOOP
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
        self._talks: dict[int, completions.Talk] = {}
        super().__init__(parent)

    def prepare(self, rows) -> None:
        """What each visit's talk taught (the newest completion, else the registration)."""
        self._talks.update(completions.talks(rows))

    def _talk(self, visit) -> completions.Talk:
        return self._talks.get(visit.id) or completions.Talk(visit.id, grade=visit.grade, needs=visit.needs)

    def make_columns(self):
        return [
            Column(self.tr("日期"), lambda v: v.day),
            Column(self.tr("到访"), lambda v: _time(v.arrived_at)),
            Column(self.tr("离场"), lambda v: _time(v.departed_at)),
            Column(self.tr("客户"), lambda v: v.customer.display_name or self.tr("（匿名）")),
            Column(self.tr("手机"), lambda v: v.customer.phone),  # masked for the session by visit_query
            Column(self.tr("人数"), lambda v: v.party_size, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("同行"), lambda v: tr_r(v.company)),
            Column(self.tr("首访/复访"), lambda v: self.tr("首访") if v.first_visit else self.tr("复访")),
            Column(self.tr("认知途径"), lambda v: self._sources.get(v.source_id, "")),
            Column(self.tr("交通"), lambda v: tr_r(v.transport) + (f" {v.plate}" if v.plate else "")),
            Column(self.tr("居住区域"), lambda v: v.customer.home_district),
            Column(self.tr("工作区域"), lambda v: v.customer.work_district),
            Column(self.tr("年龄段"), lambda v: v.customer.age_band),
            Column(self.tr("意向"), lambda v: self._talk(v).grade, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("顾问"), lambda v: self._names.get(v.consultant_id, "")),
            Column(self.tr("需求"), lambda v: self._talk(v).needs),
            Column(self.tr("抗性"), lambda v: self._talk(v).objections),
            Column(self.tr("洽谈补录"), lambda v: self.tr("已补录") if self._talk(v).completed else ""),
            Column(self.tr("备注"), lambda v: v.notes),
        ]

    def refresh(self):
        self._names = staff.staff_names()
        self._sources = {s.id: s.name for s in visitors.sources(active_only=False)}
        self._talks = {}
        super().refresh()

    def query(self):
        return visitors.visit_query(self.session, self.filter)


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
            Column(self.tr("手机"), lambda c: self._customer(c).phone),  # masked for the session
            Column(self.tr("原归属"), lambda c: self._names.get(c.owner_id, "")),
            Column(self.tr("申请人"), lambda c: self._names.get(c.claimant_id, "")),
            Column(self.tr("说明"), lambda c: c.note),
            Column(self.tr("状态"), lambda c: tr_r(self.STATUS.get(c.status, c.status))),
            Column(self.tr("处理人"), lambda c: self._names.get(c.decided_by_id, "")),
        ]

    def prepare(self, page) -> None:
        self._customers.update(visitors.customers_by_id(self.session, (c.customer_id for c in page)))

    def _customer(self, claim):
        if claim.customer_id not in self._customers:
            self._customers.update(visitors.customers_by_id(self.session, [claim.customer_id]))
        return self._customers[claim.customer_id]

    def refresh(self):
        self._names = staff.staff_names()
        self._customers = {}
        super().refresh()

    def query(self):
        return visitors.claims(self.status)


# -- the customer cycle (plain rows from the services: no database here) ---------------------------
LAPSE_BRUSH = QBrush(QColor("#ffd6d6"))
FOLLOW_BRUSH = QBrush(QColor("#fff0c2"))


def _date(value) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def _pct(value) -> str:
    return "" if value is None else f"{value}%"


def stage_name(key: str) -> str:
    return tr_r(outcomes.STAGES[key]) if key in outcomes.STAGES else ""


class MyCustomersModel(ListTableModel):
    """我的客户 (CustomerRow rows): a follow-up due turns the row amber, a lapse within three days red."""

    OWNER_COLUMN = 8

    def make_columns(self):
        def bg(r):
            return LAPSE_BRUSH if r.lapsing else FOLLOW_BRUSH if r.due else None

        def days(r):
            if r.days_left is None:
                return ""
            return self.tr("已失效") if r.days_left < 0 else self.tr("{n} 天").format(n=r.days_left)

        return [
            Column(self.tr("客户"), lambda r: r.name or self.tr("（未留姓）"), background=bg),
            Column(self.tr("手机"), lambda r: r.phone, background=bg),
            Column(self.tr("意向"), lambda r: r.grade, Qt.AlignmentFlag.AlignCenter, background=bg),
            Column(self.tr("阶段"), lambda r: stage_name(r.stage), background=bg),
            Column(self.tr("来访次数"), lambda r: r.visit_count, Qt.AlignmentFlag.AlignCenter, background=bg),
            Column(self.tr("最近联系"), lambda r: r.last_contact, background=bg),
            Column(self.tr("跟进日期"), lambda r: _date(r.next_due), Qt.AlignmentFlag.AlignCenter,
                   foreground=lambda r: DUE_TEXT if r.overdue else None, background=bg),
            Column(self.tr("归属剩余"), days, Qt.AlignmentFlag.AlignCenter,
                   foreground=lambda r: DUE_TEXT if r.lapsing else None, background=bg),
            Column(self.tr("归属顾问"), lambda r: r.owner_name, background=bg),
            Column(self.tr("下一步"), lambda r: r.next_step, background=bg),
        ]


class FollowUpModel(ListTableModel):
    """A customer's follow-ups (FollowUpRow rows), newest first."""

    def make_columns(self):
        channels = visitors.CHANNELS

        def on_time(r):
            if r.on_time is None:
                return ""
            return self.tr("按时") if r.on_time else self.tr("逾期")

        return [
            Column(self.tr("时间"), lambda r: r.at),
            Column(self.tr("跟进人"), lambda r: r.staff_name),
            Column(self.tr("方式"), lambda r: tr_r(channels[r.channel]) if r.channel in channels else ""),
            Column(self.tr("跟进结果"), lambda r: r.outcome),
            Column(self.tr("下一步"), lambda r: r.next_step),
            Column(self.tr("下次跟进"), lambda r: _date(r.next_date)),
            Column(self.tr("按时"), on_time, Qt.AlignmentFlag.AlignCenter,
                   foreground=lambda r: DUE_TEXT if r.on_time is False else None),
        ]


class TalkVisitModel(ListTableModel):
    """A customer's visits (VisitLine rows) with what each talk taught."""

    def make_columns(self):
        return [
            Column(self.tr("日期"), lambda v: v.day),
            Column(self.tr("到访"), lambda v: _time(v.arrived_at)),
            Column(self.tr("离场"), lambda v: _time(v.departed_at)),
            Column(self.tr("人数"), lambda v: v.party_size, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("首访/复访"), lambda v: self.tr("首访") if v.first_visit else self.tr("复访")),
            Column(self.tr("认知途径"), lambda v: v.source),
            Column(self.tr("顾问"), lambda v: v.consultant),
            Column(self.tr("意向"), lambda v: v.talk.grade, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("需求"), lambda v: v.talk.needs),
            Column(self.tr("抗性"), lambda v: v.talk.objections),
            Column(self.tr("预算"), lambda v: v.talk.budget),
            Column(self.tr("意向户型"), lambda v: v.talk.unit_type),
            Column(self.tr("下一步"), lambda v: " ".join(x for x in (_date(v.talk.next_date), v.talk.next_step) if x)),
            Column(self.tr("洽谈补录"), lambda v: (self.tr("已补录") + (self.tr("（已更正）") if v.talk.entries > 1 else ""))
                   if v.talk.completed else self.tr("未补录"),
                   foreground=lambda v: None if v.talk.completed else DUE_TEXT),
            Column(self.tr("出品"), lambda v: v.servings or "", Qt.AlignmentFlag.AlignCenter),
        ]


class TalkHistoryModel(ListTableModel):
    """Every entry of a visit's talk (TalkEntry rows): the registration, completions, corrections."""

    def make_columns(self):
        return [
            Column(self.tr("类别"), lambda e: tr_r(completions.KIND_NAMES[e.kind]),
                   foreground=lambda e: DUE_TEXT if e.kind == "correction" else None),
            Column(self.tr("时间"), lambda e: e.at),
            Column(self.tr("经办"), lambda e: e.staff_name),
            Column(self.tr("意向"), lambda e: e.grade, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("需求"), lambda e: e.needs),
            Column(self.tr("抗性"), lambda e: e.objections),
            Column(self.tr("预算"), lambda e: e.budget),
            Column(self.tr("意向户型"), lambda e: e.unit_type),
            Column(self.tr("下一步"), lambda e: " ".join(x for x in (_date(e.next_date), e.next_step) if x)),
            Column(self.tr("更正原因"), lambda e: e.reason),
        ]


class OutcomeModel(ListTableModel):
    """认购 and 签约 (Outcome rows); those waiting for approval stand out."""

    def make_columns(self):
        kinds, statuses = outcomes.KINDS, outcomes.STATUSES
        pending = lambda o: FOLLOW_BRUSH if o.status == "pending" else None  # noqa: E731
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.tr("类别"), lambda o: tr_r(kinds[o.kind]), background=pending),
            Column(self.tr("编号"), lambda o: o.number, background=pending),
            Column(self.tr("客户"), lambda o: o.customer_name or self.tr("（未留姓）"), background=pending),
            Column(self.tr("手机"), lambda o: o.phone, background=pending),
            Column(self.tr("顾问"), lambda o: o.consultant_name, background=pending),
            Column(self.tr("房号"), lambda o: o.unit, background=pending),
            Column(self.tr("日期"), lambda o: o.day, background=pending),
            Column(self.tr("成交价/合同金额"), lambda o: o.amount, right, background=pending),
            Column(self.tr("定金"), lambda o: o.deposit, right, background=pending),
            Column(self.tr("状态"), lambda o: tr_r(statuses.get(o.status, o.status)),
                   foreground=lambda o: DUE_TEXT if o.status in ("rejected", "withdrawn") else None,
                   background=pending),
            Column(self.tr("登记人"), lambda o: o.recorded_by, background=pending),
            Column(self.tr("审批人"), lambda o: o.decided_by, background=pending),
            Column(self.tr("意见/退订原因"), lambda o: o.note, background=pending),
        ]


class FunnelModel(ListTableModel):
    """Conversion funnel rows (FunnelRow): first visits → return visits → 认购 → 签约."""

    def __init__(self, first_header: str, parent=None):
        self.first_header = first_header
        super().__init__(parent)

    def make_columns(self):
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.first_header, lambda r: tr_r(r.key) if r.key in ("未填", "未分配") else r.key),
            Column(self.tr("首访"), lambda r: r.first, right),
            Column(self.tr("复访"), lambda r: r.returned, right),
            Column(self.tr("复访率"), lambda r: _pct(r.return_rate), right),
            Column(self.tr("认购"), lambda r: r.subscribed, right),
            Column(self.tr("认购率"), lambda r: _pct(r.subscribe_rate), right),
            Column(self.tr("签约"), lambda r: r.signed, right),
            Column(self.tr("签约率"), lambda r: _pct(r.sign_rate), right),
            Column(self.tr("退订"), lambda r: r.withdrawn or "", right),
        ]


class LeagueModel(ListTableModel):
    """The consultants' league table (LeagueRow) with the rotation's fairness beside it."""

    def __init__(self, parent=None):
        self.fairness: dict[int, dict] = {}
        super().__init__(parent)

    def make_columns(self):
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

        def fair(r, key):
            return self.fairness.get(r.staff_id, {}).get(key, 0)

        return [
            Column(self.tr("名次"), lambda r: self._rows.index(r) + 1, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("顾问"), lambda r: tr_r(r.name) if r.name == "未分配" else r.name),
            Column(self.tr("接待组"), lambda r: r.receptions, right),
            Column(self.tr("其中首访"), lambda r: r.first, right),
            Column(self.tr("跟进"), lambda r: r.follow_ups, right),
            Column(self.tr("按时跟进"), lambda r: f"{r.kept}/{r.due}" if r.due else "", right),
            Column(self.tr("按时率"), lambda r: _pct(r.on_time_rate), right,
                   foreground=lambda r: DUE_TEXT if r.on_time_rate is not None and r.on_time_rate < 80 else None),
            Column(self.tr("认购"), lambda r: r.subscriptions, right),
            Column(self.tr("签约"), lambda r: r.contracts, right),
            Column(self.tr("平均认购天数"), lambda r: "" if r.average_days is None else str(r.average_days), right),
            Column(self.tr("轮排接待"), lambda r: fair(r, "assign"), right),
            Column(self.tr("老客户"), lambda r: fair(r, "owner"), right),
            Column(self.tr("指定"), lambda r: fair(r, "chosen"), right),
            Column(self.tr("跳过"), lambda r: fair(r, "skip"), right),
        ]


class OwnershipModel(ListTableModel):
    """A customer's ownership changes (OwnershipLine rows)."""

    def make_columns(self):
        return [
            Column(self.tr("时间"), lambda o: o.at),
            Column(self.tr("原归属"), lambda o: o.from_name),
            Column(self.tr("新归属"), lambda o: o.to_name),
            Column(self.tr("原因"), lambda o: tr_r(o.reason)),
            Column(self.tr("经办人"), lambda o: o.by),
        ]


class ServedModel(ListTableModel):
    """What a customer's groups were served (ServingLine rows)."""

    def make_columns(self):
        return [
            Column(self.tr("时间"), lambda s: s.served_at),
            Column(self.tr("客人"), lambda s: self.tr("第 {n} 位").format(n=s.guest_no)),
            Column(self.tr("出品"), lambda s: s.item + (self.tr("（续杯）") if s.refill else "")),
            Column(self.tr("杯型"), lambda s: tr_r(_cup_name(s.cup))),
        ]
