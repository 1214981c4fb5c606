"""物业费: periods, notices per unit with arrears, payments, 催缴."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QTabWidget, QVBoxLayout, QWidget

from desk import settings
from desk.services.servicedesk import fees, units
from desk.services.servicedesk.forms import building_fee_notices
from desk.ui.models.servicedesk import ArrearsTableModel, FeeNoticeTableModel, FeePaymentTableModel
from desk.ui.servicedesk.base import GridPanel
from desk.ui.servicedesk.forms import Field, FormDialog
from desk.ui.widgets import Notice


class NoticesPanel(GridPanel):
    money_columns = FeeNoticeTableModel.MONEY_COLUMNS

    def __init__(self, section, parent=None):
        super().__init__(section, FeeNoticeTableModel(lambda: section.session), parent, search=False)
        self.title = self.tr("物业费缴费通知")
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setMinimumWidth(160)
        self.building = QComboBox()
        self.building.setObjectName("building")
        self.extra.addWidget(self.period)
        self.extra.addWidget(self.building)
        self.add_check(self.tr("只看欠费"), "unpaid_only")
        self.add_button(self.tr("新建收费期间"), self.new_period, permission="service.manage", name="new_period")
        self.add_button(self.tr("生成通知"), self.issue, permission="service.manage", name="issue")
        self.add_button(self.tr("收款"), self.pay, "Ctrl+P", name="pay")
        self.add_print(self.tr("打印通知"), self.print_one, name="print_one")
        self.add_print(self.tr("打印本楼全部通知"), self.print_building, name="print_building")
        self.finish_tools()
        self._chosen_once = False
        self.period.currentIndexChanged.connect(self.apply_filters)
        self.building.currentIndexChanged.connect(self.apply_filters)
        self.load_choices()

    def load_choices(self):
        current_period, current_building = self.period.currentData(), self.building.currentData()
        for combo in (self.period, self.building):
            combo.blockSignals(True)
            combo.clear()
        self.period.addItem(self.tr("全部期间"), None)
        for p in fees.periods():
            self.period.addItem(p.name, p.id)
        self.building.addItem(self.tr("全部楼栋"), None)
        for b in units.buildings():
            self.building.addItem(self.tr("{b} 栋").format(b=b), b)
        if not self._chosen_once and self.period.count() > 1:
            current_period = self.period.itemData(1)  # the latest period first
            self._chosen_once = True
        for combo, value in ((self.period, current_period), (self.building, current_building)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self):
        self.model.filters["period_id"] = self.period.currentData()
        self.model.filters["building"] = self.building.currentData()
        self.refresh()

    def new_period(self):
        today = dt.date.today()
        start = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        quarter = (start.month - 1) // 3 + 1
        values = FormDialog.ask(self, self.tr("新建收费期间"), [
            Field("name", self.tr("期间名称"), default=self.tr("{y}年第{q}季度").format(y=start.year, q=quarter)),
            Field("start", self.tr("起始日期"), "date", default=start),
            Field("months", self.tr("计费月数"), "int", default=3, minimum=1, maximum=24),
            Field("unit_price", self.tr("单价（元/㎡/月）"), default=settings.get("fee_unit_price")),
            Field("due_date", self.tr("缴费截止"), "date", default=start + dt.timedelta(days=30)),
        ])
        if values and self.act(fees.create_period, values["name"], values["start"], values["months"],
                               values["unit_price"], values["due_date"]):
            self.load_choices()

    def issue(self):
        period_id = self.period.currentData()
        if not period_id:
            Notice.ask(self, self.tr("生成通知"), self.tr("请先选择收费期间"))
            return
        result = self.act(fees.issue_notices, period_id, building=self.building.currentData())
        if result is None:
            return
        text = self.tr("新生成 {n} 份通知，已有 {e} 份。").format(n=len(result["created"]), e=result["existing"])
        if result["no_area"]:
            text += "\n" + self.tr("以下房号未登记建筑面积，未生成通知：{rooms}").format(
                rooms="、".join(u.code for u in result["no_area"]))
        Notice.ask(self, self.tr("生成通知"), text)

    def print_one(self):
        notice = self.need_selection()
        if notice is not None:
            self.print_record("fee_notice", id=notice.id)

    def print_building(self):
        """One PDF of the period's notices for the chosen building, rendered with progress."""
        period_id, building = self.period.currentData(), self.building.currentData()
        if not period_id:
            Notice.ask(self, self.tr("打印通知"), self.tr("请先选择收费期间"))
            return None
        return self.print_form("fee_notice", lambda session, progress: building_fee_notices(
            session, period_id, building, progress))

    def pay(self):
        notice = self.selected()
        unit_code = notice.unit.code if notice is not None else self.section.current_unit_code()
        balance = ""
        if unit_code:
            try:
                balance = f"{fees.unit_balance(unit_code):.2f}"
            except Exception:  # unknown unit: the service call below says so
                balance = ""
        values = FormDialog.ask(self, self.tr("物业费收款"), [
            Field("unit", self.tr("房号"), default=unit_code, placeholder="3-1-1202"),
            Field("amount", self.tr("金额（元）"), default=balance),
            Field("method", self.tr("方式"), "choice", [(m, m) for m in fees.METHODS]),
            Field("note", self.tr("备注")),
        ], note=self.tr("从最早的欠费期间起冲抵。"))
        if values:
            self.act(fees.record_payment, values["unit"], values["amount"], method=values["method"],
                     note=values["note"])


class PaymentsPanel(GridPanel):
    money_columns = {4}

    def __init__(self, section, parent=None):
        super().__init__(section, FeePaymentTableModel(lambda: section.session), parent, search=False)
        self.title = self.tr("缴费记录")
        self.add_button(self.tr("冲正"), self.reverse, permission="service.manage", name="reverse")
        self.finish_tools()

    def reverse(self):
        payment = self.need_selection()
        if payment is None:
            return
        values = FormDialog.ask(self, self.tr("冲正缴费 {id}").format(id=payment.id), [
            Field("reason", self.tr("冲正原因"))])
        if values:
            self.act(fees.reverse_payment, payment.id, values["reason"])


class ArrearsPanel(GridPanel):
    money_columns = {4}

    def __init__(self, section, parent=None):
        super().__init__(section, ArrearsTableModel(lambda: section.session), parent, search=False)
        self.title = self.tr("欠费催缴")
        self.add_print(self.tr("打印催缴通知书"), self.print_one, name="print_one")
        self.add_print(self.tr("全部打印"), self.print_all, name="print_all")
        self.finish_tools()

    def print_one(self):
        row = self.need_selection()
        if row is not None:
            self.print_record("arrears_notice", id=row["unit"].id, day=dt.date.today())

    def print_all(self):
        self.print_record("arrears_notice", day=dt.date.today())


class FeesPage(QWidget):
    def __init__(self, section, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.notices = NoticesPanel(section)
        self.payments = PaymentsPanel(section)
        self.arrears = ArrearsPanel(section)
        self.tabs.addTab(self.notices, self.tr("缴费通知"))
        self.tabs.addTab(self.payments, self.tr("缴费记录"))
        self.tabs.addTab(self.arrears, self.tr("欠费催缴"))
        self.tabs.currentChanged.connect(lambda *_: self.on_shown())
        layout.addWidget(self.tabs)

    def on_shown(self):
        page = self.tabs.currentWidget()
        if page is self.notices:
            self.notices.load_choices()
        else:
            page.on_shown()
