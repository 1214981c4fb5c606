"""投诉: the six steps, supervisor approval (or co-sign), call-back; categories and month statistics."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout,
)

from desk.services.servicedesk import complaints, corrections
from desk.ui.export import export_button
from desk.ui.models.servicedesk import ComplaintStatsModel, ComplaintTableModel, tr_service
from desk.ui.servicedesk.base import GridPanel
from desk.ui.servicedesk.corrections import correct_selected
from desk.ui.servicedesk.forms import Field, FormDialog
from desk.ui.widgets import TextDialog, make_table_view


class ComplaintsPanel(GridPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, ComplaintTableModel(lambda: section.session), parent)
        self.title = self.tr("投诉")
        self.state = QComboBox()
        self.state.addItem(self.tr("全部"), None)
        self.state.addItem(self.tr("处理中"), "open")
        for key, label in complaints.STATUSES.items():
            self.state.addItem(QCoreApplication.translate("service", label), key)
        self.state.currentIndexChanged.connect(self.apply_state)
        self.extra.addWidget(self.state)
        self.add_button(self.tr("受理"), self.receive, "Ctrl+N", name="receive")
        self.add_button(self.tr("判断"), self.judge, name="judge")
        self.add_button(self.tr("调查"), self.investigate, name="investigate")
        self.add_button(self.tr("方案"), self.propose, name="propose")
        self.add_button(self.tr("批准方案"), self.approve, name="approve")
        self.add_button(self.tr("实施"), self.implement, name="implement")
        self.add_button(self.tr("总结结案"), self.summarize, name="summarize")
        self.add_button(self.tr("回访"), self.call_back, "Ctrl+H", name="call_back")
        self.add_button(self.tr("更正…"), lambda: correct_selected(self, corrections.COMPLAINT), name="correct")
        self.add_button(self.tr("分类统计…"), self.statistics, name="statistics")
        self.add_button(self.tr("类别…"), self.edit_categories, permission="service.manage", name="categories")
        self.add_print(self.tr("打印登记表"), self.print_record_form, name="print_record")
        self.finish_tools()

    def print_record_form(self):
        complaint = self.need_selection()
        if complaint is not None:
            self.print_record("complaint_record", id=complaint.id)

    def apply_state(self):
        self.model.filters.pop("status", None)
        self.model.filters.pop("open_only", None)
        value = self.state.currentData()
        if value == "open":
            self.model.filters["open_only"] = True
        elif value:
            self.model.filters["status"] = value
        self.refresh()

    def receive(self):
        values = FormDialog.ask(self, self.tr("受理投诉"), [
            Field("unit", self.tr("房号"), placeholder="3-1-1202", default=self.section.current_unit_code()),
            Field("category", self.tr("类别"), "choice", [(c.name, c.name) for c in complaints.categories()]),
            Field("channel", self.tr("投诉方式"), "choice", [(tr_service(c), c) for c in complaints.CHANNELS]),
            Field("content", self.tr("投诉内容"), "multiline"),
            Field("complainant", self.tr("投诉人"), placeholder=self.tr("默认为业主")),
            Field("phone", self.tr("联系电话"), placeholder=self.tr("默认为业主电话")),
        ])
        if values:
            self.act(complaints.receive, values.pop("unit"), values.pop("category"), values.pop("content"), **values)

    def _step(self, title, fields, fn, *names):
        complaint = self.need_selection()
        if complaint is None:
            return
        values = FormDialog.ask(self, f"{title} {complaint.number}", fields)
        if values is not None:
            self.act(fn, complaint.id, *[values[n] for n in names])

    def judge(self):
        self._step(self.tr("判断"), [
            Field("valid", self.tr("判断"), "choice", [(self.tr("有效投诉，进入调查"), True),
                                                        (self.tr("无效投诉，已解释结案"), False)]),
            Field("note", self.tr("判断说明/解释"), "multiline"),
        ], complaints.judge, "valid", "note")

    def investigate(self):
        self._step(self.tr("调查"), [
            Field("department", self.tr("责任部门")),
            Field("findings", self.tr("调查情况"), "multiline"),
        ], complaints.investigate, "department", "findings")

    def propose(self):
        self._step(self.tr("处理方案"), [Field("plan", self.tr("处理方案"), "multiline")],
                   complaints.propose, "plan")

    def approve(self):
        complaint = self.need_selection()
        if complaint is None:
            return
        if self.session.can("service.manage"):
            self.act(complaints.approve, complaint.id)
            return
        values = FormDialog.ask(self, self.tr("主管批准方案"), [
            Field("plan", self.tr("方案"), "label", default=complaint.plan),
            Field("code", self.tr("主管工号")),
            Field("pin", self.tr("主管 PIN"), "password"),
        ])
        if values:
            self.act(complaints.cosign_approve, complaint.id, values["code"], values["pin"])

    def implement(self):
        self._step(self.tr("实施"), [
            Field("implementation", self.tr("实施情况"), "multiline"),
            Field("confirmed", self.tr("业主确认"), "choice", [(self.tr("业主已签字确认"), True),
                                                            (self.tr("业主未确认"), False)]),
        ], complaints.implement, "implementation", "confirmed")

    def summarize(self):
        self._step(self.tr("总结结案"), [Field("summary", self.tr("总结"), "multiline")],
                   complaints.summarize, "summary")

    def call_back(self):
        self._step(self.tr("回访"), [
            Field("satisfied", self.tr("业主评价"), "choice", [(self.tr("满意"), True), (self.tr("不满意"), False)]),
            Field("comment", self.tr("回访意见")),
        ], complaints.call_back, "satisfied", "comment")

    def edit_categories(self):
        names = [c.name for c in complaints.categories()]
        text = TextDialog.ask(self, self.tr("投诉类别"), self.tr(
            "现有类别：{names}\n输入新类别名称新增；输入“-名称”停用：").format(names="、".join(names)))
        if not text or not text.strip():
            return
        text = text.strip()
        if text.startswith("-"):
            match = [c for c in complaints.categories() if c.name == text[1:].strip()]
            if match:
                self.act(complaints.deactivate_category, match[0].id)
        else:
            self.act(complaints.add_category, text)

    def statistics(self):
        ComplaintStatsDialog(self.section, self).exec()


class ComplaintStatsDialog(QDialog):
    """投诉分类统计表 for a chosen month."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        self.setWindowTitle(self.tr("投诉分类统计"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        today = dt.date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" 年"))
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.month.setValue(today.month)
        self.month.setSuffix(self.tr(" 月"))
        row.addWidget(self.year)
        row.addWidget(self.month)
        row.addStretch(1)
        self.model = ComplaintStatsModel(lambda: section.session, self)
        row.addWidget(export_button(self, lambda: section.session, self.model, self.tr("投诉分类统计")))
        self.print_button = QPushButton(self.tr("打印统计表"))
        self.print_button.clicked.connect(
            lambda: parent.print_record("complaint_stats", day=dt.date(self.year.value(), self.month.value(), 1)))
        row.addWidget(self.print_button)
        self.extra_row = row
        layout.addLayout(row)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        self.year.valueChanged.connect(self.refresh)
        self.month.valueChanged.connect(self.refresh)
        self.refresh()

    def refresh(self):
        self.model.filters.update(year=self.year.value(), month=self.month.value())
        self.model.refresh()
