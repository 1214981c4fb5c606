"""来电登记 with 首问负责."""
from __future__ import annotations

import datetime as dt

from desk.services.servicedesk import calls
from desk.services.core.staff import list_staff
from desk.ui.models.servicedesk import CallTableModel
from desk.ui.servicedesk.base import GridPanel
from desk.ui.servicedesk.forms import Field, FormDialog


class CallsPanel(GridPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, CallTableModel(lambda: section.session), parent)
        self.title = self.tr("来电登记")
        self.add_check(self.tr("只看未办结"), "open_only")
        self.add_button(self.tr("来电登记"), self.take, "Ctrl+N", name="take")
        self.add_button(self.tr("转交"), self.hand_on, "Ctrl+T", name="hand_on")
        self.add_button(self.tr("办结"), self.close_call, "Ctrl+E", name="close_call")
        self.add_reveal(lambda c: ("call", c.id, c.caller or self.tr("来电人")))
        self.add_print(self.tr("打印当日来电记录"), self.print_day, name="print_day")
        self.finish_tools()

    def print_day(self):
        call = self.selected()
        self.print_record("call_log", day=call.at.date() if call is not None else dt.date.today())

    def take(self):
        values = FormDialog.ask(self, self.tr("来电登记"), [
            Field("topic", self.tr("事由")),
            Field("caller", self.tr("来电人")),
            Field("phone", self.tr("来电号码")),
            Field("unit", self.tr("房号"), placeholder=self.tr("可不填"), default=self.section.current_unit_code()),
            Field("content", self.tr("来电内容"), "multiline"),
        ], note=self.tr("首问负责：登记人即为责任人，直到转交他人。"))
        if values:
            self.act(calls.take_call, values.pop("topic"), **values)

    def hand_on(self):
        call = self.need_selection()
        if call is None:
            return
        people = [(f"{s.code} {s.name}", s.id) for s in list_staff(active_only=True) if s.id != call.responsible_id]
        values = FormDialog.ask(self, self.tr("转交来电"), [
            Field("to", self.tr("转交给"), "choice", people),
            Field("note", self.tr("转交说明")),
        ])
        if values:
            self.act(calls.hand_on, call.id, values["to"], values["note"])

    def close_call(self):
        call = self.need_selection()
        if call is None:
            return
        values = FormDialog.ask(self, self.tr("办结来电"), [
            Field("result", self.tr("处理结果"), "multiline"),
            Field("follow_up", self.tr("跟进事项")),
        ])
        if values:
            self.act(calls.close_call, call.id, values["result"], values["follow_up"])
