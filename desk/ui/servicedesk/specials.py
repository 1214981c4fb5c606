"""特约服务: the fee tables (特约服务 and 内部维修收费) and service orders."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QVBoxLayout, QWidget

from desk.services.servicedesk import specials
from desk.ui.models.servicedesk import PriceItemTableModel, SpecialOrderTableModel
from desk.ui.servicedesk.base import GridPanel
from desk.ui.servicedesk.forms import Field, FormDialog


class PriceTablePanel(GridPanel):
    money_columns = {2}

    def __init__(self, section, parent=None):
        super().__init__(section, PriceItemTableModel(lambda: section.session), parent, search=False)
        self.title = self.tr("收费标准")
        self.kind = QComboBox()
        self.kind.setObjectName("price_kind")
        for key, label in specials.KINDS.items():
            self.kind.addItem(QCoreApplication.translate("service", label), key)
        self.kind.currentIndexChanged.connect(self.apply_kind)
        self.extra.addWidget(self.kind)
        self.add_button(self.tr("新增项目"), self.add_item, permission="service.manage", name="add_item")
        self.add_button(self.tr("修改"), self.edit_item, permission="service.manage", name="edit_item")
        self.add_button(self.tr("停用"), self.deactivate, permission="service.manage", name="deactivate")
        self.add_print(self.tr("打印收费标准"), lambda: self.print_record("special_service_fees", day=dt.date.today()),
                       name="print_fees")
        self.finish_tools()
        self.apply_kind()

    def apply_kind(self):
        self.model.filters["kind"] = self.kind.currentData()
        self.refresh()

    def add_item(self):
        values = FormDialog.ask(self, self.tr("新增收费项目"), [
            Field("name", self.tr("项目")), Field("unit_name", self.tr("单位"), default="次"),
            Field("price", self.tr("单价（元）")), Field("note", self.tr("备注")),
        ])
        if values:
            self.act(specials.add_price_item, self.kind.currentData(), values["name"], values["unit_name"],
                     values["price"], values["note"])

    def edit_item(self):
        item = self.need_selection()
        if item is None:
            return
        values = FormDialog.ask(self, self.tr("修改收费项目"), [
            Field("name", self.tr("项目"), default=item.name), Field("unit_name", self.tr("单位"), default=item.unit_name),
            Field("price", self.tr("单价（元）"), default=item.price), Field("note", self.tr("备注"), default=item.note),
        ])
        if values:
            self.act(specials.update_price_item, item.id, **values)

    def deactivate(self):
        item = self.need_selection()
        if item is not None:
            self.act(specials.deactivate_price_item, item.id)


class OrdersPanel(GridPanel):
    money_columns = {3, 5}

    def __init__(self, section, parent=None):
        super().__init__(section, SpecialOrderTableModel(lambda: section.session), parent, search=False)
        self.title = self.tr("特约服务单")
        self.add_check(self.tr("只看未完成"), "open_only")
        self.add_button(self.tr("特约服务下单"), self.order, "Ctrl+N", name="order")
        self.add_button(self.tr("完成"), self.finish, name="finish")
        self.finish_tools()

    def order(self):
        items = [(f"{p.name}（{p.price} 元/{p.unit_name}）", p.id) for p in specials.price_items("special")]
        values = FormDialog.ask(self, self.tr("特约服务下单"), [
            Field("unit", self.tr("房号"), default=self.section.current_unit_code(), placeholder="3-1-1202"),
            Field("item", self.tr("服务项目"), "choice", items),
            Field("quantity", self.tr("数量"), default="1"),
            Field("note", self.tr("备注")),
        ])
        if values:
            self.act(specials.order, values["unit"], values["item"], values["quantity"], values["note"])

    def finish(self):
        order = self.need_selection()
        if order is not None:
            self.act(specials.finish_order, order.id)


class SpecialsPage(QWidget):
    def __init__(self, section, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        self.prices = PriceTablePanel(section)
        self.orders = OrdersPanel(section)
        split.addWidget(self.prices)
        split.addWidget(self.orders)
        layout.addWidget(split)
        self.panels = [self.prices, self.orders]

    def on_shown(self):
        for panel in self.panels:
            panel.on_shown()
