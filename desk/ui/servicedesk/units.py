"""房号业主: units and owners."""
from __future__ import annotations

from desk.services.servicedesk import units
from desk.ui.models.servicedesk import UnitTableModel
from desk.ui.servicedesk.base import GridPanel
from desk.ui.servicedesk.forms import Field, FormDialog
from desk.ui.widgets import fit_hint


class UnitsPanel(GridPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, UnitTableModel(lambda: section.session), parent)
        self.title = self.tr("房号业主")
        self.search.setPlaceholderText(self.tr("房号 3-1-1202 / 3栋1单元1202、姓名或电话，回车查找"))
        fit_hint(self.search)
        self.add_button(self.tr("新增房号"), self.add_unit, "Ctrl+N", name="add_unit")
        self.add_button(self.tr("修改业主/面积"), self.edit_unit, "F2", name="edit_unit")
        self.add_print(self.tr("打印欢迎信"), self.print_welcome, name="print_welcome")
        self.add_print(self.tr("打印意见征询表"), self.print_survey, name="print_survey")
        self.finish_tools()

    def print_welcome(self):
        unit = self.need_selection()
        if unit is not None:
            self.print_record("welcome_letter", id=unit.id)

    def print_survey(self):
        unit = self.need_selection()
        if unit is not None:
            self.print_record("opinion_survey", id=unit.id)

    def add_unit(self):
        values = FormDialog.ask(self, self.tr("新增房号"), [
            Field("building", self.tr("楼栋"), placeholder="3"),
            Field("entrance", self.tr("单元"), placeholder="1"),
            Field("room", self.tr("房号"), placeholder="1202"),
            Field("area", self.tr("建筑面积㎡"), placeholder=self.tr("可暂不填")),
            Field("owner_name", self.tr("业主姓名")),
            Field("owner_phone", self.tr("业主电话")),
        ])
        if values:
            self.act(units.add_unit, values.pop("building"), values.pop("entrance"), values.pop("room"), **values)

    def edit_unit(self):
        unit = self.need_selection()
        if unit is None:
            return
        phone_default = unit.owner_phone if self.session.can("phone.full") else ""
        values = FormDialog.ask(self, self.tr("修改 {room}").format(room=unit.code), [
            Field("area", self.tr("建筑面积㎡"), default="" if unit.area is None else unit.area),
            Field("owner_name", self.tr("业主姓名"), default=unit.owner_name),
            Field("owner_phone", self.tr("业主电话"), default=phone_default,
                  placeholder=self.tr("留空则不改")),
            Field("note", self.tr("备注"), default=unit.note),
        ])
        if values:
            if not values["owner_phone"]:
                values.pop("owner_phone")
            self.act(units.update_unit, unit.id, **values)

    def on_activate(self):
        self.edit_unit()
