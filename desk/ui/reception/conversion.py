"""转化分析: the conversion funnel of the customers who first came in a span (first visits → return
visits → 认购 → 签约, by week, month, 认知途径 or consultant) and the consultants' league table with
the rotation's fairness beside it. Each grid exports to Excel."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desk.clock import now
from desk.services.core.errors import DeskError
from desk.services.reception import funnel, rotation
from desk.ui.errors import show_error
from desk.ui.export import export_button
from desk.ui.models.reception import FunnelModel, LeagueModel
from desk.ui.widgets import make_table_view

DEFAULT_WEEKS = 8



class ConversionPanel(QWidget):
    def __init__(self, session, parent=None, clock=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or now
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        today = self.clock().date()
        monday = today - dt.timedelta(days=today.weekday())
        self.date_from = QDateEdit(QDate(monday - dt.timedelta(weeks=DEFAULT_WEEKS - 1)))
        self.date_to = QDateEdit(QDate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.group = QComboBox()
        self.group.setObjectName("group")
        for key, name in (("by_week", self.tr("按周")), ("by_month", self.tr("按月")),
                          ("by_source", self.tr("按认知途径")), ("by_consultant", self.tr("按顾问"))):
            self.group.addItem(name, key)
        self.run_button = QPushButton(self.tr("统计"))
        for label, widget in ((self.tr("首访从"), self.date_from), (self.tr("到"), self.date_to),
                              (self.tr("分组"), self.group)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(self.run_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.total = QLabel()
        self.total.setObjectName("funnel_total")
        self.total.setWordWrap(True)
        layout.addWidget(self.total)

        box = QGroupBox(self.tr("转化漏斗（首访客户至今的复访、认购、签约）"))
        inner = QVBoxLayout(box)
        self.funnel_model = FunnelModel(self.tr("周"), self)
        self.funnel_view = make_table_view(self.funnel_model, box)
        self.funnel_view.setObjectName("funnel")
        inner.addWidget(self.funnel_view, 1)
        inner.addLayout(_right(export_button(self, lambda: self.session, self.funnel_model, self.tr("转化漏斗"))))
        layout.addWidget(box, 1)

        box = QGroupBox(self.tr("顾问排行与轮排公平（期内）"))
        inner = QVBoxLayout(box)
        self.league_model = LeagueModel(self)
        self.league_view = make_table_view(self.league_model, box)
        self.league_view.setObjectName("league")
        inner.addWidget(self.league_view, 1)
        inner.addLayout(_right(export_button(self, lambda: self.session, self.league_model, self.tr("顾问排行"))))
        for view in (self.funnel_view, self.league_view):
            view.horizontalHeader().setStretchLastSection(False)  # numbers: no column stretched wide
        layout.addWidget(box, 1)
        self.result: funnel.Funnel | None = None
        self.run_button.clicked.connect(self.refresh)
        self.group.currentIndexChanged.connect(lambda *_: self.show_group())

    def set_session(self, session) -> None:
        self.session = session

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        day_from, day_to = self.date_from.date().toPython(), self.date_to.date().toPython()
        today = self.clock().date()
        try:
            self.result = funnel.funnel(day_from, day_to, as_of=today)
            league = funnel.league(day_from, day_to, as_of=today)
        except DeskError as exc:
            show_error(self, exc)
            return
        t = self.result.total
        self.total.setText(self.tr(
            "{start} 至 {end} 首访 {first} 位 → 复访 {ret} 位（{rr}）→ 认购 {sub} 位（{sr}）→ 签约 {sign} 位（{gr}）；"
            "退订 {wd} 位。统计截至 {today}。").format(
            start=day_from, end=day_to, first=t.first, ret=t.returned, rr=_pct(t.return_rate), sub=t.subscribed,
            sr=_pct(t.subscribe_rate), sign=t.signed, gr=_pct(t.sign_rate), wd=t.withdrawn, today=today))
        self.league_model.fairness = {r["staff_id"]: r for r in rotation.fairness(day_from, day_to)}
        self.league_model.set_rows(league)
        self.show_group()

    def show_group(self) -> None:
        if self.result is None:
            return
        key = self.group.currentData()
        headers = {"by_week": self.tr("周"), "by_month": self.tr("月"), "by_source": self.tr("认知途径"),
                   "by_consultant": self.tr("顾问")}
        self.funnel_model.first_header = headers[key]
        self.funnel_model.columns = self.funnel_model.make_columns()
        self.funnel_model.set_rows(getattr(self.result, key))


def _right(widget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    return row


def _pct(value) -> str:
    return "—" if value is None else f"{value}%"
