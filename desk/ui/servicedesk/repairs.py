"""报修: receive, dispatch, complete, call back. Overdue repairs are red."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from desk.services.servicedesk import corrections, repairs, specials
from desk.ui.models.servicedesk import RepairTableModel
from desk.ui.servicedesk.base import GridPanel
from desk.ui.servicedesk.corrections import correct_selected
from desk.ui.servicedesk.forms import Field, FormDialog


class RepairsPanel(GridPanel):
    money_columns = {12}

    def __init__(self, section, parent=None):
        super().__init__(section, RepairTableModel(lambda: section.session), parent)
        self.title = self.tr("报修")
        self.state = QComboBox()
        self.state.setObjectName("repair_state")
        self.state.addItem(self.tr("全部"), None)
        self.state.addItem(self.tr("未完工"), "open")
        self.state.addItem(self.tr("超时未完工"), "overdue")
        for key, label in repairs.STATUSES.items():
            self.state.addItem(QCoreApplication.translate("service", label), key)
        self.state.currentIndexChanged.connect(self.apply_state)
        self.extra.addWidget(self.state)
        self.add_button(self.tr("报修登记"), self.receive, "Ctrl+N", name="receive")
        self.add_button(self.tr("派工"), self.dispatch, "Ctrl+D", name="dispatch")
        self.add_button(self.tr("完工"), self.complete, "Ctrl+E", name="complete")
        self.add_button(self.tr("回访"), self.call_back, "Ctrl+H", name="call_back")
        self.add_button(self.tr("更正…"), lambda: correct_selected(self, corrections.REPAIR), name="correct")
        self.add_print(self.tr("打印联系单"), self.print_slip, name="print_slip")
        self.add_print(self.tr("打印收费单"), self.print_charge, name="print_charge")
        self.finish_tools()

    def print_slip(self):
        repair = self.need_selection()
        if repair is not None:
            self.print_record("repair_slip", id=repair.id)

    def print_charge(self):
        repair = self.need_selection()
        if repair is not None:
            self.print_record("repair_charge", id=repair.id)

    def apply_state(self):
        for key in ("status", "open_only", "overdue"):
            self.model.filters.pop(key, None)
        value = self.state.currentData()
        if value == "open":
            self.model.filters["open_only"] = True
        elif value == "overdue":
            self.model.filters["overdue"] = True
        elif value:
            self.model.filters["status"] = value
        self.refresh()

    def receive(self):
        values = FormDialog.ask(self, self.tr("报修登记"), [
            Field("unit", self.tr("房号"), placeholder="3-1-1202", default=self.section.current_unit_code()),
            Field("category", self.tr("类别"), "choice",
                  [(QCoreApplication.translate("service", c), c) for c in repairs.CATEGORIES]),
            Field("description", self.tr("报修内容"), "multiline"),
            Field("reporter", self.tr("报修人"), placeholder=self.tr("默认为业主")),
            Field("reporter_phone", self.tr("联系电话"), placeholder=self.tr("默认为业主电话")),
        ])
        if values:
            self.act(repairs.receive, values.pop("unit"), values.pop("category"), values.pop("description"), **values)

    def dispatch(self):
        repair = self.need_selection()
        if repair is None:
            return
        values = FormDialog.ask(self, self.tr("派工 {number}").format(number=repair.number), [
            Field("info", self.tr("报修"), "label", default=f"{repair.unit.code} {repair.description}"),
            Field("worker", self.tr("维修人员")),
        ])
        if values:
            self.act(repairs.dispatch, repair.id, values["worker"])

    def complete(self):
        repair = self.need_selection()
        if repair is None:
            return
        items = [(self.tr("不收费 / 手工金额"), None)] + [
            (f"{p.name}（{p.price} 元/{p.unit_name}）", p.id) for p in specials.price_items("repair")]
        values = FormDialog.ask(self, self.tr("完工 {number}").format(number=repair.number), [
            Field("materials", self.tr("所用材料")),
            Field("charge_item", self.tr("收费项目"), "choice", items),
            Field("quantity", self.tr("数量"), default="1"),
            Field("charge", self.tr("手工金额（元）"), placeholder=self.tr("不收费留空")),
            Field("note", self.tr("完工说明"), "multiline"),
        ])
        if values:
            self.act(repairs.complete, repair.id, **values)

    def call_back(self):
        repair = self.need_selection()
        if repair is None:
            return
        values = FormDialog.ask(self, self.tr("回访 {number}").format(number=repair.number), [
            Field("satisfied", self.tr("业主评价"), "choice", [(self.tr("满意"), True), (self.tr("不满意"), False)]),
            Field("comment", self.tr("回访意见")),
        ])
        if values:
            self.act(repairs.call_back, repair.id, values["satisfied"], values["comment"])
