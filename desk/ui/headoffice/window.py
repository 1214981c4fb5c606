"""Head office's window: the program opened on a head office's database (every site replicated
into it). Read-only: no sign-in, no sections to register or book anything, only the overview with
a site selector — 全部 (today's key figures of every site and the company's total) or one site (its
overview page, as the site sees it) — and the weekly report across sites (周报…).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QMainWindow, QPushButton, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)

from desk.services.core.errors import DeskError
from desk.services.headoffice import sites as hq_sites
from desk.ui.models.headoffice import KeyFiguresModel
from desk.ui.overview.section import REFRESH_MS, OverviewSection

ALL = ""  # the selector's 全部


class AllSitesPage(QWidget):
    """全部: today's key figures, a row per site and the company's total."""

    def __init__(self, session, parent=None, clock=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or dt.datetime.now
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.model = KeyFiguresModel(self)
        self.table = QTableView()
        self.table.setObjectName("key_figures")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.note = QLabel(self.tr("各站点的数据由 PostgreSQL 逻辑复制送到总部；“数据截至”是总部最后收到该站点消息的时间。"
                                   "合计为各站点相加。"))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def refresh(self) -> None:
        now = self.clock()
        figures = hq_sites.key_figures(self.session, now.date(), at=now)
        self.heading.setText(self.tr("今日各站点 {day}").format(day=now.strftime("%Y-%m-%d")))
        self.model.set_figures(figures)


class HeadOfficeWindow(QMainWindow):
    def __init__(self, session, parent=None, clock=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or dt.datetime.now
        self._job = None
        self.setWindowTitle(self.tr("案场助手 · 总部（只读）"))
        central = QWidget()
        outer = QVBoxLayout(central)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("站点")))
        self.site = QComboBox()
        self.site.setObjectName("site_selector")
        top.addWidget(self.site)
        top.addStretch(1)
        self.refresh_button = QPushButton(self.tr("刷新（F5）"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        self.weekly_button = QPushButton(self.tr("各站点周报…"))
        self.weekly_button.setObjectName("sites_weekly_button")
        self.weekly_button.clicked.connect(self.weekly_report)
        top.addWidget(self.weekly_button)
        outer.addLayout(top)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.stack = QStackedWidget()
        self.all_sites = AllSitesPage(session, self, clock=self.clock)
        self.overview = OverviewSection(session, self, clock=self.clock, source=self._site_figures)
        self.overview.weekly_button.hide()  # head office writes the report across sites (above)
        self.overview.refresh_button.hide()  # the window's 刷新 serves both pages
        self.overview.timer.stop()  # the window's own timer refreshes the page shown
        self.stack.addWidget(self.all_sites)
        self.stack.addWidget(self.overview)
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("总部数据库：只读，查看各站点的概览与周报"))
        self.site.addItem(self.tr("全部"), ALL)
        try:
            codes = hq_sites.sites(session)
        except DeskError as exc:
            codes = []
            self.say(str(exc))
        for code in codes:
            self.site.addItem(code, code)
        self.site.currentIndexChanged.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self.refresh()

    def selected(self) -> str:
        return self.site.currentData() or ALL

    def _site_figures(self, day, session, at):
        return hq_sites.site_today(session, self.selected(), day, at=at)

    def refresh(self) -> None:
        code = self.selected()
        try:
            if code == ALL:
                self.stack.setCurrentWidget(self.all_sites)
                self.all_sites.refresh()
            else:
                self.stack.setCurrentWidget(self.overview)
                self.overview.refresh()
        except DeskError as exc:
            self.say(str(exc))
            return
        self.say("")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- weekly report across sites --------------------------------------------------------
    def weekly_report(self) -> None:
        from desk.ui.overview.weekly_dialog import start_weekly_report  # lazy: not on the first screen

        self._job = start_weekly_report(self, self.session, self.clock().date(), self.say, across_sites=True)
