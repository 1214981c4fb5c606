"""拜访/回访/问卷: call-backs due, owner visits, the opinion survey, and the target figures."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget,
)

from desk.services.core import changes
from desk.services.servicedesk import complaints, repairs, targets as servicedesk, surveys
from desk.ui.changes import follow
from desk.ui.models.servicedesk import CallbackTableModel, SurveyFiguresModel, VisitTableModel
from desk.ui.servicedesk.base import GridPanel
from desk.ui.servicedesk.forms import Field, FormDialog


class CallbacksPanel(GridPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, CallbackTableModel(lambda: section.session), parent, search=False)
        self.title = self.tr("待回访")
        self.add_check(self.tr("只看超过回访期限"), "overdue_only")
        self.add_button(self.tr("回访"), self.call_back, "Ctrl+H", name="call_back")
        self.add_reveal(lambda c: (c.kind, c.id, f"{c.unit_code} {c.person}".strip()))
        self.add_print(self.tr("打印今日回访记录表"), lambda: self.print_record("callback_record", day=dt.date.today()),
                       name="print_day")
        self.finish_tools()

    def call_back(self):
        item = self.need_selection()
        if item is None:
            return
        values = FormDialog.ask(self, self.tr("回访 {number}").format(number=item.number), [
            Field("info", self.tr("事项"), "label", default=f"{item.unit_code} {item.person}：{item.summary}"),
            Field("satisfied", self.tr("业主评价"), "choice", [(self.tr("满意"), True), (self.tr("不满意"), False)]),
            Field("comment", self.tr("回访意见")),
        ])
        if values:
            fn = repairs.call_back if item.kind == "repair" else complaints.call_back
            self.act(fn, item.id, values["satisfied"], values["comment"])


class VisitsPanel(GridPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, VisitTableModel(lambda: section.session), parent, search=False)
        self.title = self.tr("拜访业主记录")
        self.add_button(self.tr("登记拜访"), self.add_visit, "Ctrl+N", name="add_visit")
        self.add_print(self.tr("打印拜访记录"), self.print_visit, name="print_visit")
        self.finish_tools()

    def print_visit(self):
        visit = self.need_selection()
        if visit is not None:
            self.print_record("owner_visits", id=visit.id)

    def add_visit(self):
        values = FormDialog.ask(self, self.tr("拜访业主"), [
            Field("unit", self.tr("房号"), default=self.section.current_unit_code(), placeholder="3-1-1202"),
            Field("purpose", self.tr("拜访事由")),
            Field("content", self.tr("拜访内容"), "multiline"),
            Field("opinion", self.tr("业主意见"), "multiline"),
            Field("follow_up", self.tr("跟进事项")),
        ])
        if values:
            self.act(surveys.record_visit, values.pop("unit"), values.pop("purpose"), values.pop("content"), **values)


class SurveyPanel(GridPanel):
    def __init__(self, section, parent=None):
        super().__init__(section, SurveyFiguresModel(lambda: section.session), parent, search=False)
        self.title = self.tr("业主意见征询统计")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setSuffix(self.tr(" 年"))
        self.year.valueChanged.connect(self.apply_year)
        self.extra.addWidget(self.year)
        self.add_button(self.tr("录入问卷"), self.enter, "Ctrl+N", name="enter_survey")
        self.summary = QLabel()
        self.extra.addWidget(self.summary)
        self.add_print(self.tr("打印空白征询表"), lambda: self.print_blank("opinion_survey"), name="print_blank")
        self.finish_tools()
        self.apply_year()

    def apply_year(self):
        self.model.filters["year"] = self.year.value()
        self.refresh()

    def refresh(self):
        super().refresh()
        figures = surveys.survey_figures(self.year.value())
        rate = "-" if figures["rate"] is None else f"{figures['rate']}%"
        self.summary.setText(self.tr("答卷 {n} 份，总体满意率 {rate}").format(n=figures["responses"], rate=rate))

    def enter(self):
        answers = [(QCoreApplication.translate("service", a), a) for a in surveys.ANSWERS] + [(self.tr("未答"), "")]
        fields = [Field("unit", self.tr("房号"), default=self.section.current_unit_code(), placeholder="3-1-1202")]
        fields += [Field(f"q{i}", QCoreApplication.translate("service", q), "choice", answers)
                   for i, q in enumerate(surveys.QUESTIONS)]
        fields.append(Field("suggestion", self.tr("意见和建议"), "multiline"))
        values = FormDialog.ask(self, self.tr("录入 {year} 年业主意见征询表").format(year=self.year.value()), fields)
        if values:
            answers = {q: values.get(f"q{i}") for i, q in enumerate(surveys.QUESTIONS)}
            self.act(surveys.enter_survey, values["unit"], self.year.value(), answers, values["suggestion"])


class TargetsPanel(QWidget):
    """The three figures against the targets, for a month or any range."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        today = dt.date.today()
        self.since = QDateEdit(QDate(today.year, today.month, 1))
        self.until = QDateEdit(QDate(today))
        for edit in (self.since, self.until):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.this_month = QPushButton(self.tr("本月"))
        self.last_month = QPushButton(self.tr("上月"))
        self.go = QPushButton(self.tr("统计"))
        row.addWidget(QLabel(self.tr("从")))
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("到")))
        row.addWidget(self.until)
        row.addWidget(self.go)
        row.addWidget(self.this_month)
        row.addWidget(self.last_month)
        row.addStretch(1)
        layout.addLayout(row)
        box = QGroupBox(self.tr("服务指标"))
        grid = QGridLayout(box)
        self.labels: dict[str, QLabel] = {}
        for i, key in enumerate(("satisfaction", "complaints_handled", "repairs_on_time")):
            name = QLabel(QCoreApplication.translate("service", servicedesk.LABELS[key]))
            name.setStyleSheet("font-size: 16px;")
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet("font-size: 22px; font-weight: bold;")
            grid.addWidget(name, i, 0)
            grid.addWidget(value, i, 1)
            self.labels[key] = value
        grid.setColumnStretch(2, 1)
        layout.addWidget(box)
        layout.addStretch(1)
        self.go.clicked.connect(self.refresh)
        follow(self, {changes.SERVICE}, self.refresh)
        self.this_month.clicked.connect(lambda: self.set_month(0))
        self.last_month.clicked.connect(lambda: self.set_month(-1))

    def set_month(self, offset: int):
        today = dt.date.today()
        first = dt.date(today.year, today.month, 1)
        if offset < 0:
            first = (first - dt.timedelta(days=1)).replace(day=1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        self.since.setDate(QDate(first))
        self.until.setDate(QDate(last))
        self.refresh()

    def refresh(self):
        figures = servicedesk.targets(self.since.date().toPython(), self.until.date().toPython())
        for key, label in self.labels.items():
            f = figures[key]
            if f["value"] is None:
                label.setText(self.tr("无数据（目标 ≥ {t}%）").format(t=f["target"]))
                label.setStyleSheet("font-size: 22px; color: #666;")
                continue
            label.setText(self.tr("{v}%   （{n}/{d}，目标 ≥ {t}%）").format(
                v=f["value"], n=f["num"], d=f["den"], t=f["target"]))
            color = "#1b7f3b" if f["met"] else "#b3261e"
            label.setStyleSheet(f"font-size: 22px; font-weight: bold; color: {color};")

    def on_shown(self):
        self.refresh()


class OwnersPage(QWidget):
    def __init__(self, section, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.callbacks = CallbacksPanel(section)
        self.visits = VisitsPanel(section)
        self.survey = SurveyPanel(section)
        self.targets = TargetsPanel(section)
        self.tabs.addTab(self.callbacks, self.tr("待回访"))
        self.tabs.addTab(self.visits, self.tr("拜访业主"))
        self.tabs.addTab(self.survey, self.tr("意见征询"))
        self.tabs.addTab(self.targets, self.tr("服务指标"))
        self.tabs.currentChanged.connect(lambda *_: self.on_shown())
        layout.addWidget(self.tabs)

    def on_shown(self):
        self.tabs.currentWidget().on_shown()
