"""钥匙借用: lend and return; overdue loans are red."""
from __future__ import annotations

import datetime as dt

from desk import settings
from desk.services.servicedesk import keys
from desk.ui.models.servicedesk import KeyLoanTableModel
from desk.ui.servicedesk.base import GridPanel
from desk.ui.servicedesk.forms import Field, FormDialog


class KeysPanel(GridPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, KeyLoanTableModel(lambda: section.session), parent)
        self.title = self.tr("钥匙借用")
        self.add_check(self.tr("只看未归还"), "out_only")
        self.add_button(self.tr("借出钥匙"), self.lend, "Ctrl+N", name="lend")
        self.add_button(self.tr("归还"), self.return_key, "Ctrl+R", name="return_key")
        self.add_print(self.tr("打印当日借用记录"), self.print_day, name="print_day")
        self.finish_tools()

    def print_day(self):
        loan = self.selected()
        self.print_record("key_loans", day=loan.out_at.date() if loan is not None else dt.date.today())

    def lend(self):
        unit_code = self.section.current_unit_code()
        due = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(
            hours=int(settings.get("key_loan_hours")))
        values = FormDialog.ask(self, self.tr("借出钥匙"), [
            Field("key_label", self.tr("钥匙"), default=f"{unit_code} 入户门" if unit_code else "",
                  placeholder=self.tr("如 3-1-1202 入户门")),
            Field("unit", self.tr("房号"), default=unit_code, placeholder=self.tr("可不填")),
            Field("borrower", self.tr("借用人")),
            Field("id_number", self.tr("证件号码"), placeholder=self.tr("列表中只显示后 4 位")),
            Field("phone", self.tr("联系电话")),
            Field("purpose", self.tr("借用事由")),
            Field("witness", self.tr("见证人")),
            Field("due_at", self.tr("应还时间"), "datetime", default=due),
        ])
        if values:
            self.act(keys.lend, values.pop("key_label"), values.pop("borrower"), values.pop("id_number"),
                     values.pop("purpose"), values.pop("witness"), **values)

    def return_key(self):
        loan = self.need_selection()
        if loan is None:
            return
        values = FormDialog.ask(self, self.tr("归还钥匙"), [
            Field("info", self.tr("钥匙"), "label", default=f"{loan.key_label} · {loan.borrower}"),
            Field("note", self.tr("归还说明")),
        ])
        if values is not None:
            self.act(keys.return_key, loan.id, values["note"])
