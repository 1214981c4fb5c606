"""值班: open and hand over the shift, keep the duty log; the rounds due at one's post (done here by
keyboard) and, for the guard, the vehicle log (车辆登记)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from desk.services.core import shifts
from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.services.duty import handover
from desk.ui.changes import announce, follow
from desk.ui.errors import show_error
from desk.ui.icons import icon
from desk.ui.inspections.panels import DueRoundsPanel, VehiclePanel
from desk.ui.models.duty import DutyLogTableModel
from desk.ui.widgets import Notice, TextDialog, make_table_view, need_selection


class DutySection(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.state = QLabel()
        self.open_button = QPushButton(self.tr("开班"))
        self.close_button = QPushButton(self.tr("交班…"))
        self.print_button = QPushButton(icon("print"), self.tr("打印值班日志"))
        self.print_button.setToolTip(self.tr("打印当前班次；未开班时打印今天的值班日志"))
        top.addWidget(self.state, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        log_page = QWidget()
        self.tabs.addTab(log_page, self.tr("值班日志"))
        log = QVBoxLayout(log_page)

        entry = QHBoxLayout()
        self.kind = QComboBox()
        for kind in shifts.LOG_KINDS:
            if kind != "更正":
                self.kind.addItem(QCoreApplication.translate("duty", kind), kind)
        self.text = QLineEdit()
        self.text.setObjectName("log_text")
        self.text.setPlaceholderText(self.tr("记一条值班日志，回车保存"))
        self.add_button = QPushButton(self.tr("记录"))
        self.correct_button = QPushButton(self.tr("更正所选…"))
        entry.addWidget(self.kind)
        entry.addWidget(self.text, 1)
        entry.addWidget(self.add_button)
        entry.addWidget(self.correct_button)
        log.addLayout(entry)

        self.model = DutyLogTableModel(self)
        self.view = make_table_view(self.model, self)
        log.addWidget(self.view, 1)
        self.rounds = DueRoundsPanel(session, self)
        self.rounds_index = self.tabs.addTab(self.rounds, self.tr("巡检"))
        self.vehicles = VehiclePanel(session, self)
        self.vehicles_index = self.tabs.addTab(self.vehicles, self.tr("车辆登记"))

        self.open_button.clicked.connect(self.open_shift)
        self.close_button.clicked.connect(self.close_shift)
        self.print_button.clicked.connect(self.print_log)
        self.add_button.clicked.connect(self.add_entry)
        self.text.returnPressed.connect(self.add_entry)
        self.correct_button.clicked.connect(self.correct_entry)
        follow(self, {changes.SHIFT, changes.INSPECTIONS}, self.refresh, shown_refreshes=True)
        self.set_session(session)

    def set_session(self, session) -> None:
        self.session = session
        self.rounds.set_session(session)
        self.vehicles.set_session(session)
        self.tabs.setTabVisible(self.rounds_index, session.can("inspection.do"))
        self.tabs.setTabVisible(self.vehicles_index, session.can("vehicle.log"))

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        shift = shifts.current_shift()
        if shift is None:
            self.state.setText(self.tr("当前未开班"))
        else:
            self.state.setText(self.tr("班次 #{id}，{time} 由 {name} 开班").format(
                id=shift.id, time=shift.opened_at.strftime("%Y-%m-%d %H:%M"), name=shift.opened_by.name))
        self.open_button.setEnabled(shift is None)
        self.close_button.setEnabled(shift is not None)
        self.model.refresh()
        self.rounds.refresh()
        self.vehicles.refresh()
        due = sum(1 for s in self.rounds.model.rows() if s.state(self.rounds.model.at) == "overdue")
        self.tabs.setTabText(self.rounds_index, self.tr("巡检（{n} 项逾期）").format(n=due) if due else self.tr("巡检"))

    def open_shift(self) -> None:
        try:
            shifts.open_shift(self.session)
        except DeskError as exc:
            show_error(self, exc)
        announce(changes.SHIFT)

    def close_shift(self) -> None:
        shift = shifts.current_shift()
        if shift is None:
            return
        reasons = handover.close_reasons(shift)
        if reasons:
            Notice.ask(self, self.tr("还不能交班"), "\n".join(reasons), Notice.WARNING)
            return
        note = TextDialog.ask(self, self.tr("交班"), self.tr("交接说明（遗留问题、物品、钥匙等）"), multiline=True)
        if note is None:
            return
        try:
            handover.close_shift(self.session, note)
        except DeskError as exc:
            show_error(self, exc)
        announce(changes.SHIFT)

    def add_entry(self) -> None:
        try:
            entry = shifts.add_log_entry(self.session, self.kind.currentData(), self.text.text())
        except DeskError as exc:
            show_error(self, exc)
            return
        self.text.clear()
        announce(changes.SHIFT, entry.id)

    def correct_entry(self) -> None:
        entry = need_selection(self.view, self)
        if entry is None:
            return
        text = TextDialog.ask(self, self.tr("更正日志"),
                              self.tr("更正第 {id} 条：{text}").format(id=entry.id, text=entry.text))
        if text is None:
            return
        try:
            shifts.add_log_entry(self.session, "更正", text, corrects=entry.id)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.SHIFT, entry.id)

    def print_log(self) -> None:
        from desk.ui.forms.batch import print_record  # lazy: reportlab loads with the first print

        shift = shifts.current_shift()
        if shift is not None:
            print_record(self, self.session, "duty_log", id=shift.id)
        else:
            print_record(self, self.session, "duty_log", day=dt.date.today())

