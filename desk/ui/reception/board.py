"""The hall board (大厅): groups inside, where they are, dwell time, what each guest was served;
serve, refill, move, depart — all by keyboard (F5 出品, F6 续杯, F7 移动, F8 离场, F9 停车票).

The clock is injected (``clock``) so tests let a refill fall due without sleeping. Rows with a
refill due turn red and, when the setting is on, the board beeps once per newly due guest.
``left_show_flat(visit_id)`` is emitted when a group leaves 样板间 (moved away or departed): the
show-flat check after a group connects to it.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget,
)

from desk import settings
from desk.clock import now
from desk.services.reception import hall, rotation, visitors
from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.ui.changes import announce, follow
from desk.ui.errors import message_of, show_error
from desk.ui.models.reception import BoardModel, GuestModel, tr_r
from desk.ui.widgets import DONE, ERROR, make_table_view, say


class DepartTimeDialog(QDialog):
    """补录离场时间 (when the host forgot to press 离场 at the time)."""

    def __init__(self, parent, arrived: dt.datetime, default: dt.datetime):
        super().__init__(parent)
        self.setWindowTitle(self.tr("补录离场时间"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("到访"), QLabel(arrived.strftime("%Y-%m-%d %H:%M")))
        self.edit = QDateTimeEdit(QDateTime(default))
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        layout.addRow(self.tr("离场"), self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    @classmethod
    def ask(cls, parent, arrived: dt.datetime, default: dt.datetime) -> dt.datetime | None:
        dialog = cls(parent, arrived, default)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edit.dateTime().toPython().replace(second=0, microsecond=0)


class ParkingDialog(QDialog):
    """停车票领用: the consultant picks themself, types their PIN, 1–3 tickets."""

    def __init__(self, parent, consultant_id: int | None, plate: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("停车票领用"))
        layout = QFormLayout(self)
        self.consultant = QComboBox()
        for person in rotation.consultants():
            self.consultant.addItem(person.name, person.id)
        if consultant_id:
            self.consultant.setCurrentIndex(max(0, self.consultant.findData(consultant_id)))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, settings.get("parking_tickets_max"))
        self.plate = QLineEdit(plate)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addRow(self.tr("领用顾问"), self.consultant)
        layout.addRow(self.tr("张数"), self.quantity)
        layout.addRow(self.tr("车牌"), self.plate)
        layout.addRow(self.tr("顾问 PIN"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.pin.setFocus()

    @classmethod
    def ask(cls, parent, consultant_id: int | None, plate: str = "") -> dict | None:
        dialog = cls(parent, consultant_id, plate)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return {"consultant_id": dialog.consultant.currentData(), "quantity": dialog.quantity.value(),
                "plate": dialog.plate.text(), "pin": dialog.pin.text()}


class HallBoard(QWidget):
    left_show_flat = Signal(int)  # visit id of a group that just left 样板间

    def __init__(self, session, parent=None, clock=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or now
        self._due_seen: set[tuple[int, int, int]] = set()
        self.chimes = 0

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("board_summary")
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical)
        self.model = BoardModel(self)
        self.view = make_table_view(self.model, self)
        self.view.setObjectName("board")
        self.view.setColumnWidth(0, 50)
        self.view.setColumnWidth(3, 50)
        self.view.setColumnWidth(8, 260)
        split.addWidget(self.view)
        self.guest_model = GuestModel(self)
        self.guests = make_table_view(self.guest_model, self)
        self.guests.setObjectName("guests")
        split.addWidget(self.guests)
        split.setSizes([400, 200])
        layout.addWidget(split, 1)

        actions = QHBoxLayout()
        self.guest_pick = QComboBox()
        self.guest_pick.setObjectName("guest_pick")
        self.drink = QComboBox()
        self.drink.setObjectName("drink")
        self.cup = QComboBox()
        for key, name in hall.CUPS.items():
            self.cup.addItem(tr_r(name), key)
        self.serve_button = QPushButton(self.tr("出品（F5）"))
        self.refill_button = QPushButton(self.tr("续杯（F6）"))
        self.location = QComboBox()
        for loc in visitors.LOCATIONS:
            self.location.addItem(tr_r(loc), loc)
        self.move_button = QPushButton(self.tr("移动（F7）"))
        self.depart_button = QPushButton(self.tr("离场（F8）"))
        self.late_depart_button = QPushButton(self.tr("补录离场…"))
        self.parking_button = QPushButton(self.tr("停车票（F9）"))
        location_label = QLabel(self.tr("位置"))
        for w in (QLabel(self.tr("客人")), self.guest_pick, QLabel(self.tr("出品")), self.drink, self.cup,
                  self.serve_button, self.refill_button, location_label, self.location,
                  self.move_button, self.depart_button, self.late_depart_button, self.parking_button):
            actions.addWidget(w)
        # what only the host does (the water bar's attendant serves and refills from the same board)
        self.host_only = (location_label, self.location, self.move_button, self.depart_button,
                          self.late_depart_button, self.parking_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.message = QLabel()
        self.message.setObjectName("board_message")
        layout.addWidget(self.message)

        self.drink.currentIndexChanged.connect(self._drink_changed)
        self.serve_button.clicked.connect(self.serve)
        self.refill_button.clicked.connect(self.refill)
        self.move_button.clicked.connect(self.move)
        self.depart_button.clicked.connect(self.depart)
        self.late_depart_button.clicked.connect(self.depart_at)
        self.parking_button.clicked.connect(self.parking)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._group_changed())
        for key, button in (("F5", self.serve_button), ("F6", self.refill_button), ("F7", self.move_button),
                            ("F8", self.depart_button), ("F9", self.parking_button)):
            QShortcut(QKeySequence(key), self, lambda b=button: b.isVisibleTo(self) and b.click(),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.reload_drinks()
        self.set_session(session)
        follow(self, {changes.HALL, changes.VISITS}, self.refresh)
        follow(self, {changes.STOCK}, self.reload_drinks)
        self.refresh()

    def set_session(self, session) -> None:
        self.session = session
        for widget in self.host_only:
            widget.setVisible(session.can("reception.register"))
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def reload_drinks(self) -> None:
        self.drink.clear()
        self._choices = hall.drink_choices()
        for choice in self._choices:
            self.drink.addItem(choice.name)

    def _drink_changed(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self.cup.setCurrentIndex(max(0, self.cup.findData(self._choices[index].cup)))

    def current_group(self):
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_object(index.row())

    def refresh(self) -> None:
        keep = self.current_group()
        keep_id = keep.visit_id if keep else None
        groups = hall.board(self.session, self.clock())
        self.model.set_rows(groups)
        people = sum(g.visit.party_size for g in groups)
        due = sum(g.due_count for g in groups)
        self.summary.setText(self.tr("在场 {groups} 组 {people} 人；续杯到时 {due} 位　{time}").format(
            groups=len(groups), people=people, due=due, time=self.clock().strftime("%H:%M")))
        self.select_group(keep_id)
        self._chime(groups)

    def tick(self) -> None:
        if not self.window().isVisible():
            return  # a closed window reads nothing (its tab hidden behind another still chimes)
        self.refresh()

    def _chime(self, groups) -> None:
        due_now = {(g.visit_id, guest.guest_no, guest.last.id) for g in groups for guest in g.guests if guest.due}
        new = due_now - self._due_seen
        self._due_seen = due_now
        if new and settings.get("refill_chime"):
            self.chimes += 1
            QApplication.beep()

    def select_group(self, visit_id: int | None) -> bool:
        rows = self.model.rows()
        row = next((i for i, g in enumerate(rows) if g.visit_id == visit_id), 0 if rows else None)
        if row is None:
            self._group_changed()
            return False
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self._group_changed()
        return rows[row].visit_id == visit_id

    def _group_changed(self) -> None:
        group = self.current_group()
        self.guest_model.set_rows(group.guests if group else [])
        self.guest_pick.clear()
        if group:
            for guest in group.guests:
                self.guest_pick.addItem(self.tr("第 {n} 位").format(n=guest.guest_no), guest.guest_no)
            self.location.setCurrentIndex(max(0, self.location.findData(group.visit.location)))
            first_unserved = next((g.guest_no for g in group.guests if not g.servings), None)
            if first_unserved:
                self.guest_pick.setCurrentIndex(self.guest_pick.findData(first_unserved))
            self.guests.selectRow(0)

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, ERROR if error else DONE, bold=error)

    def _run(self, fn, done_text: str = "", visit_id: int | None = None) -> bool:
        try:
            fn()
        except DeskError as exc:
            self._say(message_of(exc), error=True)
            return False
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        if done_text:
            self._say(done_text)
        announce(changes.HALL, visit_id)
        return True

    # -- actions ---------------------------------------------------------------------------
    def serve(self) -> None:
        group = self.current_group()
        index = self.drink.currentIndex()
        if group is None or not 0 <= index < len(self._choices):
            return
        guest_no = self.guest_pick.currentData()
        choice = self._choices[index]
        ok = self._run(lambda: hall.serve(self.session, group.visit_id, guest_no, choice,
                                          cup=self.cup.currentData(), at=self.clock()),
                       self.tr("已为第 {n} 位上 {item}").format(n=guest_no, item=choice.name), group.visit_id)
        if ok:
            # move on to the next guest without a drink
            group = self.current_group()
            nxt = next((g.guest_no for g in group.guests if not g.servings), None) if group else None
            if nxt:
                self.guest_pick.setCurrentIndex(self.guest_pick.findData(nxt))

    def refill(self) -> None:
        """Refill the selected guest (or every guest due in the group when none is selected)."""
        group = self.current_group()
        if group is None:
            return
        index = self.guests.currentIndex()
        targets = []
        if index.isValid() and self.guest_model.row_object(index.row()).last is not None:
            targets = [self.guest_model.row_object(index.row())]
        due = [g for g in group.guests if g.due]
        if due and (not targets or not targets[0].due):
            targets = due
        if not targets:
            self._say(self.tr("请先选择已出品的客人"), error=True)
            return
        at = self.clock()

        def work():
            for guest in targets:
                hall.refill(self.session, guest.last.id, at=at)

        self._run(work, self.tr("已续杯 {n} 位").format(n=len(targets)), group.visit_id)

    def move(self) -> None:
        group = self.current_group()
        if group is None:
            return
        location = self.location.currentData()
        before = group.visit.location
        if self._run(lambda: hall.move(self.session, group.visit_id, location, at=self.clock()),
                     self.tr("第 {id} 组移到 {loc}").format(id=group.visit_id, loc=tr_r(location)), group.visit_id):
            if before == hall.SHOW_FLAT and location != before:
                self.left_show_flat.emit(group.visit_id)

    def depart(self, at: dt.datetime | None = None) -> None:
        group = self.current_group()
        if group is None:
            return
        at = at or self.clock()
        location = group.visit.location
        if self._run(lambda: hall.depart(self.session, group.visit_id, at=at),
                     self.tr("{name} 第 {id} 组已离场，停留 {m} 分钟").format(
                         name=group.name, id=group.visit_id,
                         m=int((at - group.visit.arrived_at).total_seconds() // 60)), group.visit_id):
            if location == hall.SHOW_FLAT:
                self.left_show_flat.emit(group.visit_id)

    def depart_at(self) -> None:
        group = self.current_group()
        if group is None:
            return
        at = DepartTimeDialog.ask(self, group.visit.arrived_at, self.clock())
        if at is not None:
            self.depart(at)

    def parking(self) -> None:
        group = self.current_group()
        answer = ParkingDialog.ask(self, group.visit.consultant_id if group else None,
                                   group.visit.plate if group else "")
        if not answer:
            return
        self._run(lambda: hall.issue_parking_tickets(
            self.session, answer["consultant_id"], answer["pin"], answer["quantity"],
            visit_id=group.visit_id if group else None, plate=answer["plate"], at=self.clock()),
            self.tr("已领用停车票 {n} 张").format(n=answer["quantity"]), group.visit_id if group else None)
