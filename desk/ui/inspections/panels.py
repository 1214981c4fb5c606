"""Panels shared by the duty page and the 巡检管理 section: the rounds due (start one by keyboard)
and the guard's vehicle log (车辆登记)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.services.inspections import vehicles
from desk.services.inspections.forms import blank_sheet_document
from desk.ui.changes import announce
from desk.ui.errors import message_of, show_error
from desk.ui.export import export_button
from desk.ui.forms.batch import print_batch
from desk.ui.inspections.round_dialog import RoundDialog
from desk.ui.models.inspections import DueRoundsModel, VehiclesModel
from desk.ui.widgets import DONE, ERROR, make_table_view, say, selected_object


def print_blank_sheet(parent: QWidget, template_id: int, flat_id: int | None = None) -> None:
    """A template's blank inspection sheet (its items, nothing answered) in the preview window."""
    print_batch(parent, "inspection_sheet", [blank_sheet_document(template_id, flat_id)])


class DueRoundsPanel(QWidget):
    """The rounds due now (of one's roles, or of every role), Enter or 开始巡检 to do one."""

    def __init__(self, session, parent=None, *, all_roles: bool = False):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.caption = QLabel()
        top.addWidget(self.caption, 1)
        self.all_roles = QCheckBox(self.tr("全部岗位"))
        self.all_roles.setChecked(all_roles)
        self.all_roles.toggled.connect(self.refresh)
        top.addWidget(self.all_roles)
        self.start_button = QPushButton(self.tr("开始巡检（回车）"))
        self.start_button.setObjectName("start_round")
        self.start_button.setMinimumHeight(36)
        self.print_button = QPushButton(self.tr("打印空白巡检表"))
        top.addWidget(self.start_button)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        self.model = DueRoundsModel(self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        self.start_button.clicked.connect(self.start)
        self.print_button.clicked.connect(self.print_blank)
        self.view.activated.connect(lambda _index: self.start())
        self.set_session(session)

    def set_session(self, session) -> None:
        self.session = session
        manager = session.can("inspection.manage")
        self.all_roles.setVisible(manager)
        self.start_button.setEnabled(session.can("inspection.do"))
        self.print_button.setVisible(session.can("print"))
        self.refresh()

    def roles(self):
        return None if self.all_roles.isChecked() and self.all_roles.isVisible() else list(self.session.roles)

    def refresh(self) -> None:
        self.model.load(self.roles())
        due = sum(1 for s in self.model.rows() if s.state(self.model.at) in ("due", "overdue"))
        self.caption.setText(self.tr("待巡检 {n} 项（{time}）").format(n=due, time=self.model.at.strftime("%H:%M")))
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def start(self) -> None:
        slot = selected_object(self.view)
        if slot is None or not self.session.can("inspection.do"):
            return
        done = RoundDialog.ask(self, self.session, slot.template.id, slot.flat_id)
        if done is not None:
            self.refresh()
            announce(changes.INSPECTIONS, getattr(done, "id", None))

    def print_blank(self) -> None:
        slot = selected_object(self.view)
        if slot is not None:
            print_blank_sheet(self, slot.template.id, slot.flat_id)


class VehiclePanel(QWidget):
    """车辆登记: plate, Enter — in; select and 离场 — out. A plate that came with today's visitor is
    matched to that customer."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        entry = QHBoxLayout()
        self.plate = QLineEdit()
        self.plate.setObjectName("plate")
        self.plate.setPlaceholderText(self.tr("车牌，回车登记进场"))
        self.plate.setMaxLength(12)
        self.purpose = QComboBox()
        for purpose in vehicles.PURPOSES:
            self.purpose.addItem(QCoreApplication.translate("inspections", purpose), purpose)
        self.driver = QLineEdit()
        self.driver.setPlaceholderText(self.tr("来人（可不填）"))
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(self.tr("为哪位客户（可不填）"))
        self.in_button = QPushButton(self.tr("进场"))
        self.out_button = QPushButton(self.tr("登记离场"))
        self.out_button.setToolTip(self.tr("列表中选中的车辆；车牌框里填了车牌时，按车牌找在场的车"))
        entry.addWidget(QLabel(self.tr("车牌")))
        entry.addWidget(self.plate, 1)
        entry.addWidget(self.purpose)
        entry.addWidget(self.driver, 1)
        entry.addWidget(self.customer, 1)
        entry.addWidget(self.in_button)
        entry.addWidget(self.out_button)
        layout.addLayout(entry)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        filters = QHBoxLayout()
        self.inside_only = QCheckBox(self.tr("只看在场"))
        self.today_only = QCheckBox(self.tr("只看今天"))
        self.today_only.setChecked(True)
        self.count = QLabel()
        filters.addWidget(self.inside_only)
        filters.addWidget(self.today_only)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout.addLayout(filters)
        self.model = VehiclesModel(self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(export_button(self, lambda: self.session, self.model, self.tr("车辆登记")))
        layout.addLayout(bottom)
        self.plate.returnPressed.connect(self.register_in)
        self.in_button.clicked.connect(self.register_in)
        self.out_button.clicked.connect(self.register_out)
        self.inside_only.toggled.connect(self.refresh)
        self.today_only.toggled.connect(self.refresh)
        self.set_session(session)

    def set_session(self, session) -> None:
        self.session = session
        for widget in (self.plate, self.in_button, self.out_button):
            widget.setEnabled(session.can("vehicle.log"))

    def refresh(self) -> None:
        self.model.inside_only = self.inside_only.isChecked()
        self.model.day = dt.date.today() if self.today_only.isChecked() else None
        self.model.refresh()
        self.count.setText(self.tr("场内 {n} 辆").format(n=vehicles.inside_count()))

    def register_in(self) -> None:
        try:
            entry = vehicles.register_in(self.session, self.plate.text(), purpose=self.purpose.currentData(),
                                         driver=self.driver.text(), customer=self.customer.text())
        except DeskError as exc:
            say(self.message, message_of(exc), ERROR)
            return
        text = self.tr("{plate} {time} 进场").format(plate=entry.plate, time=entry.time_in.strftime("%H:%M"))
        if entry.visit_id and entry.customer:
            text += self.tr("，对应今日来访客户 {customer}").format(customer=entry.customer)
        say(self.message, text, DONE)
        for edit in (self.plate, self.driver, self.customer):
            edit.clear()
        self.plate.setFocus()
        self.refresh()
        announce(changes.INSPECTIONS, entry.id)

    def register_out(self) -> None:
        """The car leaving: the one whose plate is typed (the guard at the gate), else the row chosen."""
        typed = vehicles.normalize_plate(self.plate.text())
        if typed:
            entry = next((e for e in vehicles.entries(inside_only=True, plate=typed) if e.plate == typed), None)
            if entry is None:
                say(self.message, self.tr("{plate} 不在场内").format(plate=typed), ERROR)
                return
        else:
            entry = selected_object(self.view)
            if entry is None:
                say(self.message, self.tr("请在列表中选中离场的车辆，或在车牌框填写它的车牌"), ERROR)
                return
        try:
            entry = vehicles.register_out(self.session, entry.id)
        except DeskError as exc:
            show_error(self, exc)
            return
        text = self.tr("{plate} {time} 离场").format(plate=entry.plate, time=entry.time_out.strftime("%H:%M"))
        say(self.message, text, DONE)
        self.plate.clear()
        self.plate.setFocus()
        self.refresh()
        announce(changes.INSPECTIONS, entry.id)
