"""巡检 on the tablet: big buttons, no keyboard needed. The rounds due for the signed-in person's
roles (a supervisor: all); tap one, tap 正常 or 异常 (是 / 否) on each item — or 全部正常 once — type
a reading or a count on the number pad, write what is wrong and take a photo where an item fails,
then 完成. The round is saved by the signed-in person, as on the duty page."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout,
    QWidget,
)

from desk.clock import now
from desk.services.core import changes
from desk.services.core import staff as staff_service
from desk.services.core.errors import DeskError
from desk.services.inspections import rounds, schedule, templates
from desk.ui import camera
from desk.ui.changes import announce, follow
from desk.ui.errors import message_of
from desk.ui.models.inspections import RoundSheetModel, limits_text, tr_in
from desk.ui.icons import icon
from desk.ui.showflats.cleaner import (
    BIG, STYLE, SignPad, big_button, clear_layout, key_pad, page_top, toggle_fullscreen,
)
from desk.ui.widgets import scrolling

TOUCH_STYLE = STYLE + """
QPushButton#ok, QPushButton#fault { text-align: center; }
QPushButton#ok:checked { background: #c8e6c9; border-color: #2e7d32; }
QPushButton#fault:checked { background: #fde0e0; border-color: #b00020; color: #b00020; }
QPushButton#overdue { border-color: #b00020; background: #fdeeee; }
QPushButton#value { text-align: center; }
QLabel#item { font-size: 22px; }
QLabel#state { font-size: 18px; color: #555; }
QLineEdit#touch_note { font-size: 22px; min-height: 56px; }
QLabel#number { font-size: 44px; background: white; border: 2px solid #9db4cc; border-radius: 8px; padding: 4px; }
"""

SIGN = 3  # the page where a shared tablet's round is signed


class ItemRow(QWidget):
    """One item of the round: its words and its touch buttons (and, when 异常, a note and a photo)."""

    def __init__(self, page: "TouchRoundsPage", row: int):
        super().__init__()
        self.page = page
        self.row = row
        line = page.model.lines[row]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        top = QHBoxLayout()
        words = f"{line.item.area}　{line.item.label}" if line.item.area else line.item.label
        standard = limits_text(line.item)
        self.label = QLabel(words + (f"\n{standard}" if standard else ""))
        self.label.setObjectName("item")
        self.label.setWordWrap(True)
        top.addWidget(self.label, 3)
        self.ok = self.fault = self.value = None
        if line.kind in ("reading", "count"):
            self.value = big_button("", height=BIG)
            self.value.setObjectName("value")
            self.value.clicked.connect(lambda: page.open_pad(self.row))
            top.addWidget(self.value, 2)
        if line.kind != "reading":
            ok_text = tr_in(line.item.normal_answer) if line.kind == "yesno" else self.tr("正常")
            self.ok = big_button(ok_text, height=BIG)
            self.ok.setObjectName("ok")
            self.ok.setCheckable(True)
            self.ok.clicked.connect(lambda: page.mark(self.row, rounds.OK))
            top.addWidget(self.ok, 1)
        fault_text = self.tr("异常")
        if line.kind == "yesno":
            fault_text = tr_in(templates.NO if line.item.normal_answer == templates.YES else templates.YES)
        self.fault = big_button(fault_text, height=BIG)
        self.fault.setObjectName("fault")
        self.fault.setCheckable(True)
        self.fault.clicked.connect(lambda: page.mark(self.row, rounds.FAULT))
        top.addWidget(self.fault, 1)
        layout.addLayout(top)
        self.detail = QWidget()
        detail = QHBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        self.note = QLineEdit()
        self.note.setObjectName("touch_note")
        self.note.setPlaceholderText(self.tr("写明异常情况"))
        self.note.editingFinished.connect(lambda: page.model.set_note(self.row, self.note.text()))
        self.photo = big_button(self.tr("拍照"), height=BIG)
        self.photo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.photo.clicked.connect(lambda: page.add_photo(self.row))
        detail.addWidget(self.note, 1)
        detail.addWidget(self.photo)
        layout.addWidget(self.detail)
        self.show_line()

    def show_line(self) -> None:
        line = self.page.model.lines[self.row]
        status = line.status()
        if self.value is not None:
            self.value.setText(f"{line.value} {line.item.unit}".strip() if line.value else self.tr("输入"))
        if self.ok is not None:
            self.ok.setChecked(status == rounds.OK)
        self.fault.setChecked(status == rounds.FAULT)
        self.detail.setVisible(status == rounds.FAULT)
        self.photo.setText(self.tr("已拍照") if line.photo else self.tr("拍照"))


class TouchRoundsPage(QWidget):
    """The 巡检 section for the tablet: due rounds → one round's items → 完成."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.slot = None
        self.pad_row: int | None = None
        self.setStyleSheet(TOUCH_STYLE)
        outer = QVBoxLayout(self)
        page_top(self, outer)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.model = RoundSheetModel(self)

        # page 0: the rounds due
        self.due_box = QWidget()
        self.due_grid = QGridLayout(self.due_box)
        self.stack.addWidget(scrolling(self.due_box))
        # page 1: one round
        round_page = QWidget()
        round_layout = QVBoxLayout(round_page)
        self.items_box = QWidget()
        self.items_layout = QVBoxLayout(self.items_box)
        round_layout.addWidget(scrolling(self.items_box), 1)
        row = QHBoxLayout()
        self.back_button = big_button(self.tr("返回"), icon("back"))
        self.all_ok_button = big_button(self.tr("全部正常"), icon("done"))
        self.all_ok_button.setObjectName("all_ok")
        self.done_button = big_button(self.tr("完成"), icon("done", on_dark=True))
        self.done_button.setObjectName("primary")
        for b in (self.back_button, self.all_ok_button, self.done_button):
            row.addWidget(b)
        round_layout.addLayout(row)
        self.stack.addWidget(round_page)
        # page 2: the number pad
        pad_page = QWidget()
        pad_layout = QVBoxLayout(pad_page)
        self.pad_label = QLabel("")
        self.pad_label.setWordWrap(True)
        self.pad_label.setObjectName("item")
        pad_layout.addWidget(self.pad_label)
        self.number = QLabel("")
        self.number.setObjectName("number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setMinimumHeight(BIG)
        pad_layout.addWidget(self.number)
        grid, self.keys = key_pad(
            ["7", "8", "9", "4", "5", "6", "1", "2", "3", ".", "0", "back", "clear", "cancel", "ok"],
            {"back": "⌫", "clear": self.tr("清除"), "cancel": self.tr("返回"), "ok": self.tr("确认")}, self.press)
        pad_layout.addLayout(grid)
        self.stack.addWidget(pad_page)

        # page 3 (SIGN): a shared tablet's round, signed by whoever did it
        self.pad = SignPad(self.tr("返回检查"))
        self.pad.cancel_button.clicked.connect(self.back_to_round)
        self.pad.ok.connect(self.sign)
        self.stack.addWidget(self.pad)

        self.back_button.clicked.connect(self.show_due)
        self.all_ok_button.clicked.connect(self.all_ok)
        self.done_button.clicked.connect(self.finish)
        self.due_buttons: list[QPushButton] = []
        self.rows: list[ItemRow] = []
        follow(self, {changes.INSPECTIONS, changes.SHOWFLATS}, self.on_shown, shown_refreshes=True)
        self.show_due()

    # -- section protocol ---------------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        self.show_due()

    def on_shown(self) -> None:
        if self.stack.currentIndex() == 0:
            self.show_due(keep_message=True)

    def toggle_fullscreen(self) -> None:
        toggle_fullscreen(self.window(), self.fullscreen_button)

    def say(self, message: str = "", error: str = "") -> None:
        """The thank-you line and the red line under the title, each hidden while empty."""
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.error.setText(error)
        self.error.setVisible(bool(error))

    def roles(self):
        return None if self.session.can("inspection.manage") else list(self.session.roles)

    # -- pages ----------------------------------------------------------------------------------
    def show_due(self, keep_message: bool = False) -> None:
        self.say(self.message.text() if keep_message else "")
        self.title.setText(self.tr("巡检 · 请选择"))
        clear_layout(self.due_grid)
        self.due_buttons = []
        at = now()
        found = [s for s in schedule.current(at, roles=self.roles()) if s.state(at) != schedule.MISSED]
        for index, slot in enumerate(found):
            state = slot.state(at)
            text = f"{slot.template.name} · {slot.place}\n{slot.due_at:%H:%M} {tr_in(schedule.STATES[state])}"
            button = big_button(text, icon("done" if state == schedule.DONE else "area"), height=BIG + 24)
            if state == schedule.OVERDUE:
                button.setObjectName("overdue")
            button.clicked.connect(lambda _=False, s=slot: self.open_round(s))
            self.due_buttons.append(button)
            self.due_grid.addWidget(button, index // 2, index % 2)
        if not found:
            self.due_grid.addWidget(QLabel(self.tr("现在没有要做的巡检")), 0, 0)
        self.due_grid.setRowStretch(self.due_grid.rowCount(), 1)
        self.stack.setCurrentIndex(0)

    def open_round(self, slot) -> None:
        self.slot = slot
        self.say()
        self.title.setText(f"{slot.template.name} · {slot.place}")
        self.model.load(templates.items(slot.template.id))
        clear_layout(self.items_layout)
        self.rows = [ItemRow(self, n) for n in range(len(self.model.lines))]
        for row in self.rows:
            self.items_layout.addWidget(row)
        self.items_layout.addStretch(1)
        self.stack.setCurrentIndex(1)

    def back_to_round(self) -> None:
        """From signing back to the round's items, as they were answered."""
        self.title.setText(f"{self.slot.template.name} · {self.slot.place}")
        self.stack.setCurrentIndex(1)

    def mark(self, row: int, status: str) -> None:
        self.model.mark(row, status)
        self.rows[row].show_line()
        self.say()

    def all_ok(self) -> None:
        self.model.mark_rest_ok()
        for row in self.rows:
            row.show_line()

    def add_photo(self, row: int) -> None:
        photo = camera.take_photo(self)
        if photo:
            self.model.set_photo(row, photo)
            self.rows[row].show_line()

    # -- the number pad -------------------------------------------------------------------------
    def open_pad(self, row: int) -> None:
        self.pad_row = row
        line = self.model.lines[row]
        self.pad_label.setText(f"{line.item.label}　{limits_text(line.item)}")
        self.pad_text = line.value
        self._show_number()
        self.stack.setCurrentIndex(2)

    def _show_number(self) -> None:
        unit = self.model.lines[self.pad_row].item.unit if self.pad_row is not None else ""
        self.number.setText(f"{self.pad_text} {unit}".strip() if self.pad_text else "—")

    def press(self, key: str) -> None:
        if key == "ok":
            self.model.set_value(self.pad_row, self.pad_text)
            self.rows[self.pad_row].show_line()
            self.stack.setCurrentIndex(1)
            return
        if key == "cancel":
            self.stack.setCurrentIndex(1)
            return
        if key == "clear":
            self.pad_text = ""
        elif key == "back":
            self.pad_text = self.pad_text[:-1]
        elif len(self.pad_text) < 8 and not (key == "." and ("." in self.pad_text
                                                            or self.model.lines[self.pad_row].kind == "count")):
            self.pad_text += key
        self._show_number()

    # -- saving ---------------------------------------------------------------------------------
    def finish(self) -> None:
        for row in self.rows:
            if row.note.text().strip() != self.model.lines[row.row].note:
                self.model.set_note(row.row, row.note.text())
        missing = self.model.unanswered()
        if missing:
            names = "、".join(self.model.lines[r].item.label for r in missing[:6])
            self.say(error=self.tr("还有 {n} 项未检查：{names}").format(n=len(missing), names=names))
            return
        if self.session.staff_id is None:  # a shared tablet: whoever did the round signs it
            self.title.setText(self.tr("请点您的名字，再输入 PIN"))
            self.say()
            people = {p.id: p for role in self.session.roles
                      for p in staff_service.list_staff(active_only=True, role=role)}
            self.pad.show_people(sorted(people.values(), key=lambda p: p.code))
            self.stack.setCurrentIndex(SIGN)
            return
        try:
            done = self._record(self.session)
        except DeskError as exc:
            self.say(error=message_of(exc))
            return
        self._recorded(self.session, done)

    def _record(self, session):
        return rounds.record_round(session, self.slot.template.id, self.model.answers(), flat_id=self.slot.flat_id)

    def sign(self) -> None:
        """The tablet's round, signed on the pad by the person who did it."""
        signed = self.pad.signed(self._record)
        if signed is not None:
            self._recorded(*signed)

    def _recorded(self, person, done) -> None:
        announce(changes.INSPECTIONS, done.id)
        incidents, orders = rounds.followups(done.id)
        self.show_due()
        text = self.tr("{name}：{round} 已完成，谢谢！").format(name=person.name, round=done.template.name)
        if incidents or orders:
            text += self.tr("已登记 {n} 件异常，主管会跟进。").format(n=len(incidents) + len(orders))
        self.say(text)
