"""Table models of the service desk (客服台): one per grid."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk.services.servicedesk import (
    callbacks, calls, complaints, corrections, fees, keys, repairs, specials, surveys, units,
)
from desk.services.core import staff
from desk.services.core.privacy import phone_for
from desk.ui.models.base import Column, ListTableModel, QueryTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LATE_BG = QBrush(QColor("#ffd9d6"))
LATE_FG = QBrush(QColor("#b3261e"))


def tr_service(text: str) -> str:
    return QCoreApplication.translate("service", text) if text else ""


def yes_no(value) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("service", "满意") if value else QCoreApplication.translate("service", "不满意")


def corrected_text(entity: str, record) -> str:
    """The fields of a row shown with a correction (更正), by name."""
    return "、".join(tr_service(corrections.FIELDS[entity][f][0]) for f in getattr(record, "corrected", ()))


class ServiceModel(QueryTableModel):
    """Knows who is looking (for masked phones) and the staff names."""

    def __init__(self, get_session, parent=None):
        self.get_session = get_session
        self.filters: dict = {}
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def name(self, staff_id) -> str:
        return self._names.get(staff_id, "") if staff_id else ""

    def phone(self, phone) -> str:
        return phone_for(self.get_session(), phone)

    def refresh(self):
        self._names = staff.staff_names()
        super().refresh()

    def rows_as_values(self):
        self._names = staff.staff_names()
        yield from super().rows_as_values()


class ListModel(ServiceModel):
    """A grid over a computed list (not a query): ``items()`` returns every row."""

    def items(self) -> list:
        raise NotImplementedError

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - loaded whole in refresh()
        return False

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        pass

    def _load_page(self):
        self._rows = list(self.items())
        self._exhausted = True
        return self._rows

    def rows_as_values(self):
        for obj in self.items():
            yield [c.value(obj) for c in self.columns]


class UnitTableModel(ServiceModel):
    def make_columns(self):
        return [
            Column(self.tr("房号"), lambda u: u.code),
            Column(self.tr("楼栋"), lambda u: u.building),
            Column(self.tr("单元"), lambda u: u.entrance),
            Column(self.tr("室"), lambda u: u.room),
            Column(self.tr("建筑面积㎡"), lambda u: u.area if u.area is not None else self.tr("未登记"), RIGHT,
                   foreground=lambda u: LATE_FG if u.area is None else None),
            Column(self.tr("业主"), lambda u: u.owner_name),
            Column(self.tr("电话"), lambda u: self.phone(u.owner_phone)),
            Column(self.tr("入住日期"), lambda u: u.move_in),
            Column(self.tr("备注"), lambda u: u.note),
        ]

    def query(self):
        return units.search_units(self.get_session(), self.filters.get("text", ""),
                                  building=self.filters.get("building"))


class RepairTableModel(ServiceModel):
    def make_columns(self):
        late = lambda r: repairs.is_overdue(r)  # noqa: E731
        return [
            Column(self.tr("单号"), lambda r: r.number),
            Column(self.tr("房号"), lambda r: r.unit.code),
            Column(self.tr("类别"), lambda r: tr_service(r.category)),
            Column(self.tr("报修内容"), lambda r: r.description),
            Column(self.tr("报修人"), lambda r: r.reporter),
            Column(self.tr("电话"), lambda r: self.phone(r.reporter_phone)),
            Column(self.tr("受理时间"), lambda r: r.received_at),
            Column(self.tr("应完工"), lambda r: r.due_at, background=lambda r: LATE_BG if late(r) else None),
            Column(self.tr("状态"), lambda r: (self.tr("超时 · ") if late(r) and r.done_at is None else "")
                   + tr_service(repairs.STATUSES[r.status]),
                   foreground=lambda r: LATE_FG if late(r) else None),
            Column(self.tr("维修人员"), lambda r: r.worker),
            Column(self.tr("完工时间"), lambda r: r.done_at),
            Column(self.tr("材料"), lambda r: r.materials),
            Column(self.tr("收费"), lambda r: r.charge, RIGHT),
            Column(self.tr("回访"), lambda r: yes_no(r.satisfied)),
            Column(self.tr("回访意见"), lambda r: r.callback_comment),
            Column(self.tr("更正"), lambda r: corrected_text(corrections.REPAIR, r)),
        ]

    def prepare(self, rows) -> None:
        corrections.apply(corrections.REPAIR, rows)

    def query(self):
        return repairs.list_repairs(self.get_session(), **self.filters)  # the overdue rule is the service's


class ComplaintTableModel(ServiceModel):
    def make_columns(self):
        return [
            Column(self.tr("编号"), lambda c: c.number),
            Column(self.tr("房号"), lambda c: c.unit.code if c.unit_id else ""),
            Column(self.tr("投诉人"), lambda c: c.complainant),
            Column(self.tr("电话"), lambda c: self.phone(c.phone)),
            Column(self.tr("类别"), lambda c: c.category.name),
            Column(self.tr("投诉内容"), lambda c: c.content),
            Column(self.tr("受理时间"), lambda c: c.received_at),
            Column(self.tr("状态"), lambda c: tr_service(complaints.STATUSES[c.status]),
                   foreground=lambda c: LATE_FG if c.status == "planned" else None),
            Column(self.tr("有效"), lambda c: "" if c.valid is None else (self.tr("有效") if c.valid else self.tr("已解释"))),
            Column(self.tr("责任部门"), lambda c: c.department),
            Column(self.tr("处理方案"), lambda c: c.plan),
            Column(self.tr("批准人"), lambda c: self.name(c.approved_by_id)),
            Column(self.tr("结案时间"), lambda c: c.closed_at),
            Column(self.tr("回访"), lambda c: yes_no(c.satisfied)),
            Column(self.tr("更正"), lambda c: corrected_text(corrections.COMPLAINT, c)),
        ]

    def prepare(self, rows) -> None:
        corrections.apply(corrections.COMPLAINT, rows)

    def query(self):
        return complaints.list_complaints(self.get_session(), **self.filters)


class ComplaintStatsModel(ListModel):
    def make_columns(self):
        return [
            Column(self.tr("投诉类别"), lambda r: r["category"]),
            Column(self.tr("受理"), lambda r: r["received"], RIGHT),
            Column(self.tr("有效"), lambda r: r["valid"], RIGHT),
            Column(self.tr("解释结案"), lambda r: r["explained"], RIGHT),
            Column(self.tr("已结案"), lambda r: r["closed"], RIGHT),
            Column(self.tr("处理中"), lambda r: r["open"], RIGHT),
            Column(self.tr("已回访"), lambda r: r["called_back"], RIGHT),
            Column(self.tr("满意"), lambda r: r["satisfied"], RIGHT),
        ]

    def items(self):
        today = dt.date.today()
        rows = complaints.category_statistics(self.filters.get("year", today.year),
                                              self.filters.get("month", today.month))
        if rows:
            total = {"category": self.tr("合计")}
            for key in ("received", "valid", "explained", "closed", "open", "called_back", "satisfied"):
                total[key] = sum(r[key] for r in rows)
            rows.append(total)
        return rows


class CallTableModel(ServiceModel):
    def make_columns(self):
        return [
            Column(self.tr("来电时间"), lambda c: c.at),
            Column(self.tr("来电人"), lambda c: c.caller),
            Column(self.tr("电话"), lambda c: self.phone(c.phone)),
            Column(self.tr("房号"), lambda c: c.unit.code if c.unit_id else ""),
            Column(self.tr("事由"), lambda c: c.topic),
            Column(self.tr("内容"), lambda c: c.content),
            Column(self.tr("首问责任人"), lambda c: self.name(c.taken_by_id)),
            Column(self.tr("现负责人"), lambda c: self.name(c.responsible_id),
                   foreground=lambda c: LATE_FG if c.closed_at is None else None),
            Column(self.tr("经手（转交记录）"), lambda c: calls.chain(c)),
            Column(self.tr("处理结果"), lambda c: c.result),
            Column(self.tr("跟进"), lambda c: c.follow_up),
            Column(self.tr("办结时间"), lambda c: c.closed_at),
        ]

    def query(self):
        return calls.list_calls(self.get_session(), **self.filters)


class KeyLoanTableModel(ServiceModel):
    def make_columns(self):
        late = lambda k: keys.is_overdue(k)  # noqa: E731
        return [
            Column(self.tr("钥匙"), lambda k: k.key_label),
            Column(self.tr("房号"), lambda k: k.unit.code if k.unit_id else ""),
            Column(self.tr("借用人"), lambda k: k.borrower),
            Column(self.tr("证件号"), lambda k: k.borrower_id_number),  # last 4 digits, from list_loans
            Column(self.tr("电话"), lambda k: self.phone(k.borrower_phone)),
            Column(self.tr("事由"), lambda k: k.purpose),
            Column(self.tr("借出时间"), lambda k: k.out_at),
            Column(self.tr("应还时间"), lambda k: k.due_at, background=lambda k: LATE_BG if late(k) else None),
            Column(self.tr("见证人"), lambda k: k.witness),
            Column(self.tr("经办"), lambda k: self.name(k.lent_by_id)),
            Column(self.tr("归还时间"), lambda k: k.returned_at),
            Column(self.tr("状态"), lambda k: ((self.tr("逾期归还") if late(k) else self.tr("已归还")) if k.returned_at else
                                              (self.tr("超时未还") if late(k) else self.tr("借出中"))),
                   foreground=lambda k: LATE_FG if late(k) and not k.returned_at else None),
        ]

    def query(self):
        return keys.list_loans(self.get_session(), **self.filters)


class PriceItemTableModel(ServiceModel):
    def make_columns(self):
        return [
            Column(self.tr("项目"), lambda p: p.name),
            Column(self.tr("单位"), lambda p: p.unit_name),
            Column(self.tr("单价（元）"), lambda p: p.price, RIGHT),
            Column(self.tr("备注"), lambda p: p.note),
        ]

    def query(self):
        return specials.price_items(self.filters.get("kind", "special"))


class SpecialOrderTableModel(ServiceModel):
    def make_columns(self):
        return [
            Column(self.tr("单号"), lambda o: o.number),
            Column(self.tr("房号"), lambda o: o.unit.code),
            Column(self.tr("服务项目"), lambda o: o.item_name),
            Column(self.tr("单价"), lambda o: o.unit_price, RIGHT),
            Column(self.tr("数量"), lambda o: o.quantity, RIGHT),
            Column(self.tr("金额"), lambda o: o.amount, RIGHT),
            Column(self.tr("下单时间"), lambda o: o.ordered_at),
            Column(self.tr("经办"), lambda o: self.name(o.ordered_by_id)),
            Column(self.tr("完成时间"), lambda o: o.done_at),
            Column(self.tr("备注"), lambda o: o.note),
        ]

    def query(self):
        return specials.list_orders(**self.filters)


class FeeNoticeTableModel(ServiceModel):
    def make_columns(self):
        st = self._statement
        return [
            Column(self.tr("收费期间"), lambda n: n.period.name),
            Column(self.tr("房号"), lambda n: n.unit.code),
            Column(self.tr("业主"), lambda n: n.unit.owner_name),
            Column(self.tr("面积㎡"), lambda n: n.area, RIGHT),
            Column(self.tr("单价"), lambda n: f"{n.unit_price.normalize():f}", RIGHT),
            Column(self.tr("月数"), lambda n: n.months, RIGHT),
            Column(self.tr("本期金额"), lambda n: n.amount, RIGHT),
            Column(self.tr("已缴"), lambda n: st(n)["paid"], RIGHT),
            Column(self.tr("本期未缴"), lambda n: st(n)["current_due"], RIGHT),
            Column(self.tr("往期欠费"), lambda n: st(n)["arrears"], RIGHT,
                   foreground=lambda n: LATE_FG if st(n)["arrears"] > 0 else None),
            Column(self.tr("合计应缴"), lambda n: st(n)["total_due"], RIGHT),
            Column(self.tr("缴费截止"), lambda n: n.period.due_date),
        ]

    MONEY_COLUMNS = {6, 7, 8, 9, 10}

    def __init__(self, get_session, parent=None):
        self._statements: dict[int, dict] = {}  # by notice id, read a page at a time (prepare)
        super().__init__(get_session, parent)

    def prepare(self, notices) -> None:
        self._statements.update(fees.statements([n for n in notices if n.id not in self._statements]))

    def _statement(self, notice):
        return self._statements.get(notice.id) or fees.statement(notice)

    def refresh(self):
        self._statements = {}
        super().refresh()

    def query(self):
        return fees.list_notices(**self.filters)


class FeePaymentTableModel(ServiceModel):
    def make_columns(self):
        return [
            Column(self.tr("编号"), lambda p: p.id),
            Column(self.tr("缴费时间"), lambda p: p.paid_at),
            Column(self.tr("房号"), lambda p: p.notice.unit.code),
            Column(self.tr("收费期间"), lambda p: p.notice.period.name),
            Column(self.tr("金额"), lambda p: p.amount, RIGHT,
                   foreground=lambda p: LATE_FG if p.amount < 0 else None),
            Column(self.tr("方式"), lambda p: p.method),
            Column(self.tr("收款人"), lambda p: self.name(p.received_by_id)),
            Column(self.tr("冲正自"), lambda p: p.reverses_id or ""),
            Column(self.tr("备注"), lambda p: p.note),
        ]

    def query(self):
        return fees.list_payments(**self.filters)


class ArrearsTableModel(ListModel):
    def make_columns(self):
        return [
            Column(self.tr("房号"), lambda r: r["unit"].code),
            Column(self.tr("业主"), lambda r: r["unit"].owner_name),
            Column(self.tr("电话"), lambda r: self.phone(r["unit"].owner_phone)),
            Column(self.tr("欠费期间"), lambda r: "、".join(r["periods"])),
            Column(self.tr("欠费金额"), lambda r: r["amount"], RIGHT, foreground=lambda r: LATE_FG),
        ]

    def items(self):
        return fees.arrears(building=self.filters.get("building"))


class CallbackTableModel(ListModel):
    def make_columns(self):
        return [
            Column(self.tr("类型"), lambda c: tr_service(callbacks.KIND_NAMES[c.kind])),
            Column(self.tr("单号"), lambda c: c.number),
            Column(self.tr("房号"), lambda c: c.unit_code),
            Column(self.tr("业主"), lambda c: c.person),
            Column(self.tr("电话"), lambda c: self.phone(c.phone)),
            Column(self.tr("事项"), lambda c: c.summary),
            Column(self.tr("完工/结案"), lambda c: c.closed_at),
            Column(self.tr("应回访"), lambda c: c.deadline, background=lambda c: LATE_BG if c.overdue else None),
            Column(self.tr("状态"), lambda c: self.tr("已超期") if c.overdue else self.tr("待回访"),
                   foreground=lambda c: LATE_FG if c.overdue else None),
        ]

    def items(self):
        if self.filters.get("overdue_only"):
            return callbacks.callbacks_due()
        return callbacks.pending_callbacks()


class VisitTableModel(ServiceModel):
    def make_columns(self):
        return [
            Column(self.tr("拜访时间"), lambda v: v.visited_at),
            Column(self.tr("房号"), lambda v: v.unit.code),
            Column(self.tr("业主"), lambda v: v.unit.owner_name),
            Column(self.tr("拜访人"), lambda v: self.name(v.visitor_id)),
            Column(self.tr("事由"), lambda v: v.purpose),
            Column(self.tr("拜访内容"), lambda v: v.content),
            Column(self.tr("业主意见"), lambda v: v.opinion),
            Column(self.tr("跟进"), lambda v: v.follow_up),
        ]

    def query(self):
        return surveys.list_visits(**self.filters)


class SurveyFiguresModel(ListModel):
    def make_columns(self):
        return [
            Column(self.tr("征询项目"), lambda r: tr_service(r["question"])),
            Column(self.tr("满意"), lambda r: r["满意"], RIGHT),
            Column(self.tr("基本满意"), lambda r: r["基本满意"], RIGHT),
            Column(self.tr("不满意"), lambda r: r["不满意"], RIGHT),
            Column(self.tr("答卷数"), lambda r: r["answered"], RIGHT),
            Column(self.tr("满意率 %"), lambda r: "" if r["rate"] is None else f"{r['rate']}", RIGHT),
        ]

    def items(self):
        return surveys.survey_figures(self.filters.get("year", dt.date.today().year))["rows"]


class CorrectionModel(ListTableModel):
    """The corrections of one repair or complaint (CorrectionRow rows), oldest first."""

    def make_columns(self):
        return [
            Column(self.tr("时间"), lambda r: r.at),
            Column(self.tr("更正人"), lambda r: r.staff_name),
            Column(self.tr("项目"), lambda r: tr_service(r.label)),
            Column(self.tr("原内容"), lambda r: tr_service(r.before) if r.field == "category" else r.before),
            Column(self.tr("更正为"), lambda r: tr_service(r.after) if r.field == "category" else r.after),
            Column(self.tr("原因"), lambda r: r.reason),
        ]
