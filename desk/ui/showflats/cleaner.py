"""保洁: a full-screen page for a touch tablet. Big buttons with an icon and a few words; choose an
area, tap the tasks done, sign with a PIN on the on-screen number pad. No keyboard needed.
报告损坏: choose the place, what is damaged, take a photo where the tablet has a camera, sign — an
incident for the supervisor (``desk.services.inspections.incidents.report_damage``).

The touch pages share what is here: ``big_button``, ``clear_layout``, ``page_top`` (title, 全屏 and the
thank-you line), ``toggle_fullscreen``, ``STYLE`` and ``SignPad`` (who signs, and their PIN on the on-screen pad)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from desk.services.inspections import incidents
from desk.services.showflats import cleaning, flats as showflats
from desk.services.core import staff as staff_service
from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.ui import camera
from desk.ui.changes import announce, follow
from desk.ui.errors import message_of
from desk.ui.icons import icon, task_icon
from desk.ui.models.showflats import tr_sf
from desk.ui.widgets import COLORS, ERROR, scrolling

BIG = 72  # px: every touch target at least this tall (≥ 48 px required)
UNDO_SECONDS = 15  # 撤销 is offered this long after signing
ICON = 44


def big_button(text: str, picture: QIcon | None = None, *, height: int = BIG) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(height)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFixedHeight(height)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if picture is not None:
        button.setIcon(picture)
        button.setIconSize(QSize(ICON, ICON))
    return button


def clear_layout(layout) -> None:
    """Take a page's buttons away before it is filled again."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
    if isinstance(layout, QGridLayout):
        for row in range(layout.rowCount()):
            layout.setRowStretch(row, 0)


def toggle_fullscreen(window: QWidget, button: QPushButton) -> None:
    """全屏 / 退出全屏 of a touch page's window: full screen shows the page alone (no navigation,
    menu or status line) until 退出全屏."""
    full = not window.isFullScreen()
    if hasattr(window, "set_full_screen"):
        window.set_full_screen(full)
    else:
        window.showFullScreen() if full else window.showNormal()
    button.setText(QCoreApplication.translate("CleanerPage", "退出全屏") if full
                   else QCoreApplication.translate("CleanerPage", "全屏"))
    button.setIcon(icon("fullscreen-exit" if full else "fullscreen"))


def key_pad(keys: list[str], texts: dict[str, str], press) -> tuple[QGridLayout, dict[str, QPushButton]]:
    """An on-screen number pad, three keys a row: each key's button (its text from ``texts``, else
    the key itself; 确认 is ``ok``) calls ``press(key)``."""
    grid = QGridLayout()
    buttons: dict[str, QPushButton] = {}
    for index, key in enumerate(keys):
        button = big_button(texts.get(key, key), height=BIG + 8)
        button.setObjectName("primary" if key == "ok" else "key")
        button.clicked.connect(lambda _=False, k=key: press(k))
        buttons[key] = button
        grid.addWidget(button, index // 3, index % 3)
    return grid, buttons


def page_top(page: QWidget, outer: QVBoxLayout, *extra: QPushButton) -> QHBoxLayout:
    """A touch page's top: its title (``page.title``), the ``extra`` buttons, 全屏
    (``page.fullscreen_button``) and under them the green thank-you line (``page.message``, put in
    ``outer`` by the caller: some pages put a button beside it). Returns the message's row."""
    top = QHBoxLayout()
    page.title = QLabel()
    page.title.setObjectName("title")
    top.addWidget(page.title, 1)
    page.fullscreen_button = big_button(QCoreApplication.translate("CleanerPage", "全屏"), icon("fullscreen"))
    page.fullscreen_button.clicked.connect(lambda: toggle_fullscreen(page.window(), page.fullscreen_button))
    for button in (*extra, page.fullscreen_button):
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        top.addWidget(button)
    outer.addLayout(top)
    page.message = QLabel("")
    page.message.setObjectName("message")
    page.message.setWordWrap(True)
    row = QHBoxLayout()
    row.addWidget(page.message, 1)
    outer.addLayout(row)
    return row


STYLE = """
QLabel#title { font-size: 28px; font-weight: bold; color: #1f4e79; }
QLabel#message { font-size: 22px; color: #2e7d32; }
QLabel#error { font-size: 22px; color: ERROR_COLOR; }
QLabel#pin { font-size: 40px; letter-spacing: 12px; background: white;
    border: 2px solid #9db4cc; border-radius: 8px; padding: 4px; }
QPushButton { font-size: 24px; padding: 8px 14px; border-radius: 10px;
    background: white; border: 2px solid #9db4cc; text-align: left; }
QPushButton:checked { background: #c8e6c9; border-color: #2e7d32; }
QPushButton#primary { background: #1f4e79; color: white; border-color: #1f4e79; }
QPushButton#primary:disabled { background: #9db4cc; }
QPushButton#key { font-size: 34px; text-align: center; }
""".replace("ERROR_COLOR", COLORS[ERROR])


class SignPad(QWidget):
    """The touch pages' signature: a big button per person on the left, their PIN on an on-screen
    number pad on the right. ``ok`` fires on 确认 once a person is chosen; the page then runs its
    write as that person through ``signed``."""

    ok = Signal()

    def __init__(self, cancel_text: str, parent=None):
        super().__init__(parent)
        self.signer_id: int | None = None
        self.pin = ""
        layout = QHBoxLayout(self)
        people_box = QWidget()
        self.people_layout = QVBoxLayout(people_box)
        layout.addWidget(scrolling(people_box), 1)
        pad_box = QVBoxLayout()
        self.pin_label = QLabel("")
        self.pin_label.setObjectName("pin")
        self.pin_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_label.setMinimumHeight(BIG)
        pad_box.addWidget(self.pin_label)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        pad_box.addWidget(self.error)
        pad, self.keys = key_pad(["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"],
                                 {"clear": self.tr("清除"), "ok": self.tr("确认")}, self.press)
        pad_box.addLayout(pad)
        self.cancel_button = big_button(cancel_text, icon("back"))
        pad_box.addWidget(self.cancel_button)
        layout.addLayout(pad_box, 1)
        self.people_buttons: dict[int, QPushButton] = {}

    def show_people(self, people, preselect: int | None = None) -> None:
        """A button per person (Staff rows); ``preselect`` chosen when among them."""
        clear_layout(self.people_layout)
        self.people_buttons = {}
        for person in people:
            button = big_button(person.name, icon("person"))
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, pid=person.id: self.choose_signer(pid))
            self.people_buttons[person.id] = button
            self.people_layout.addWidget(button)
        self.people_layout.addStretch(1)
        self.choose_signer(preselect if preselect in self.people_buttons else None)

    def choose_signer(self, staff_id: int | None) -> None:
        self.signer_id = staff_id
        for pid, button in self.people_buttons.items():
            button.setChecked(pid == staff_id)
        self.pin = ""
        self.error.clear()
        self._show_pin()

    def _show_pin(self) -> None:
        self.pin_label.setText("●" * len(self.pin) if self.pin else self.tr("PIN"))
        self.keys["ok"].setEnabled(self.signer_id is not None and len(self.pin) >= 4)

    def press(self, key: str) -> None:
        if key == "clear":
            self.pin = ""
        elif key == "ok":
            if self.signer_id is None:
                self.error.setText(self.tr("请先点您的名字"))
            else:
                self.ok.emit()
            return
        elif len(self.pin) < 8:
            self.pin += key
        self.error.clear()
        self._show_pin()

    def signed(self, action):
        """The PIN checked, then ``action(signer)``: (signer, its result), or None (the error shown)."""
        try:
            signer = staff_service.verify_staff_pin(self.signer_id, self.pin)
            result = action(signer)
        except staff_service.SignInFailed:
            self.pin = ""
            self._show_pin()
            self.error.setText(self.tr("PIN 不正确，请重新输入"))  # the name was tapped: only the PIN can be wrong
            return None
        except DeskError as exc:
            self.pin = ""
            self._show_pin()
            self.error.setText(message_of(exc))
            return None
        self.pin = ""
        return signer, result


class CleanerPage(QWidget):
    """The 保洁 section: areas → tasks due → sign with PIN."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.area: str | None = None
        self.setStyleSheet(STYLE)  # applies to the children (the section is renamed by the window)
        outer = QVBoxLayout(self)
        self.report_button = big_button(self.tr("报告损坏"), icon("damage"))
        self.report_button.setObjectName("report")
        self.report_button.clicked.connect(self.show_report_places)
        message_row = page_top(self, outer, self.report_button)
        # Tapped the wrong tasks? 撤销 cancels what was just signed (correction records, nothing deleted).
        self.undo_button = big_button(self.tr("撤销"), icon("undo"))
        self.undo_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.hide()
        message_row.addWidget(self.undo_button)
        self.last_signed = None  # (signer session, records) while 撤销 is offered
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_SECONDS * 1000)
        self.undo_timer.timeout.connect(self.end_undo)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)

        # page 0: areas
        self.areas_page = QWidget()
        self.areas_grid = QGridLayout(self.areas_page)
        self.stack.addWidget(scrolling(self.areas_page))
        # page 1: tasks of an area
        tasks_page = QWidget()
        tasks_layout = QVBoxLayout(tasks_page)
        self.tasks_box = QWidget()
        self.tasks_grid = QGridLayout(self.tasks_box)
        tasks_layout.addWidget(scrolling(self.tasks_box), 1)
        row = QHBoxLayout()
        self.back_button = big_button(self.tr("返回"), icon("back"))
        self.all_button = big_button(self.tr("全部做完"), icon("done"))
        self.sign_button = big_button(self.tr("完成，签名"), icon("done", on_dark=True))
        self.sign_button.setObjectName("primary")
        row.addWidget(self.back_button)
        row.addWidget(self.all_button)
        row.addWidget(self.sign_button)
        tasks_layout.addLayout(row)
        self.stack.addWidget(tasks_page)
        # page 2: who signs, and the PIN pad
        self.pad = SignPad(self.tr("返回任务"))
        self.keys = self.pad.keys
        self.stack.addWidget(self.pad)
        # pages 3 and 4: a damage report — where, then what; page 5: a photo
        self.report_places = QWidget()
        self.report_places_grid = QGridLayout(self.report_places)
        self.stack.addWidget(scrolling(self.report_places))
        self.report_things = QWidget()
        self.report_things_grid = QGridLayout(self.report_things)
        self.stack.addWidget(scrolling(self.report_things))
        photo_page = QWidget()
        photo_layout = QVBoxLayout(photo_page)
        self.photo_label = QLabel("")
        self.photo_label.setObjectName("message")
        self.photo_label.setWordWrap(True)
        photo_layout.addWidget(self.photo_label)
        self.take_photo_button = big_button(self.tr("拍照"), icon("camera"), height=BIG + 24)
        self.skip_photo_button = big_button(self.tr("下一步：签名"), icon("done", on_dark=True), height=BIG + 24)
        self.skip_photo_button.setObjectName("primary")
        self.report_back_button = big_button(self.tr("返回"), icon("back"))
        for b in (self.take_photo_button, self.skip_photo_button, self.report_back_button):
            photo_layout.addWidget(b)
        photo_layout.addStretch(1)
        self.stack.addWidget(photo_page)
        self.take_photo_button.clicked.connect(self.take_photo)
        self.skip_photo_button.clicked.connect(self.show_sign_report)
        self.report_back_button.clicked.connect(self.show_areas)
        self.report: dict = {}
        self.pending = "tasks"  # what the PIN signs: the tasks chosen, or a damage report

        self.back_button.clicked.connect(self.show_areas)
        self.all_button.clicked.connect(self.mark_all)
        self.sign_button.clicked.connect(self.show_sign)
        self.pad.cancel_button.clicked.connect(self.cancel_sign)
        self.pad.ok.connect(self.sign)
        self.task_buttons: dict[int, QPushButton] = {}
        self.area_buttons: dict[str, QPushButton] = {}
        follow(self, {changes.CLEANING, changes.SHOWFLATS, changes.STAFF}, self.on_shown, shown_refreshes=True)
        self.show_areas()

    # -- section protocol ---------------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        self.show_areas()

    def on_shown(self) -> None:
        if self.stack.currentIndex() == 0:
            self.show_areas(keep_message=True)

    def toggle_fullscreen(self) -> None:
        toggle_fullscreen(self.window(), self.fullscreen_button)

    # -- pages ----------------------------------------------------------------------------------
    def show_areas(self, keep_message: bool = False) -> None:
        if not keep_message:
            self.message.clear()
        self.title.setText(self.tr("保洁 · 请选择区域"))
        clear_layout(self.areas_grid)
        self.area_buttons = {}
        due = cleaning.tasks_due()
        counts: dict[str, int] = {}
        for state in due:
            counts[state.task.area] = counts.get(state.task.area, 0) + 1
        for index, area in enumerate(cleaning.areas()):
            n = counts.get(area, 0)
            text = self.tr("{area}\n待做 {n} 项").format(area=area, n=n) if n else \
                self.tr("{area}\n已做完").format(area=area)
            button = big_button(text, icon("area" if n else "done"), height=BIG + 24)
            button.clicked.connect(lambda _=False, a=area: self.show_tasks(a))
            self.area_buttons[area] = button
            self.areas_grid.addWidget(button, index // 3, index % 3)
        if not self.area_buttons:
            self.areas_grid.addWidget(QLabel(self.tr("还没有保洁任务，请主管在“样板间”中设置")), 0, 0)
        self.areas_grid.setRowStretch(self.areas_grid.rowCount(), 1)
        self.stack.setCurrentIndex(0)

    def show_tasks(self, area: str | None, keep: bool = False) -> None:
        if area is None:
            return self.show_areas()
        chosen = {tid for tid, b in self.task_buttons.items() if b.isChecked()} if keep else set()
        self.area = area
        self.end_undo()  # on to the next tasks: what was signed stands
        self.title.setText(self.tr("{area} · 今天要做").format(area=area))
        clear_layout(self.tasks_grid)
        self.task_buttons = {}
        states = cleaning.tasks_due(area)
        for index, state in enumerate(states):
            words = state.task.name + "\n" + tr_sf(cleaning.FREQUENCIES[state.task.frequency])
            if state.overdue:
                words += self.tr(" · 已逾期")
            button = big_button(words, task_icon(state.task.icon), height=BIG + 24)
            button.setCheckable(True)
            button.setChecked(state.task.id in chosen)
            button.toggled.connect(self._update_sign_button)
            self.task_buttons[state.task.id] = button
            self.tasks_grid.addWidget(button, index // 2, index % 2)
        if not states:
            self.tasks_grid.addWidget(QLabel(self.tr("这个区域今天的任务都做完了")), 0, 0)
        self.tasks_grid.setRowStretch(self.tasks_grid.rowCount(), 1)
        self._update_sign_button()
        self.stack.setCurrentIndex(1)

    def _update_sign_button(self) -> None:
        n = len(self.chosen_tasks())
        self.sign_button.setEnabled(n > 0)
        self.sign_button.setText(self.tr("完成 {n} 项，签名").format(n=n) if n else self.tr("完成，签名"))
        self.all_button.setEnabled(bool(self.task_buttons))

    def chosen_tasks(self) -> list[int]:
        return [tid for tid, b in self.task_buttons.items() if b.isChecked()]

    def mark_all(self) -> None:
        for button in self.task_buttons.values():
            button.setChecked(True)

    def cancel_sign(self) -> None:
        if self.pending == "damage":
            self.show_report_photo()
        else:
            self.show_tasks(self.area, keep=True)

    # -- 报告损坏 ---------------------------------------------------------------------------------
    def _grid_buttons(self, grid: QGridLayout, texts: list[tuple[str, str]], icon_name: str, handler) -> None:
        clear_layout(grid)
        for index, (value, text) in enumerate(texts):
            button = big_button(text, icon(icon_name), height=BIG + 24)
            button.clicked.connect(lambda _=False, v=value: handler(v))
            grid.addWidget(button, index // 3, index % 3)
        grid.setRowStretch(grid.rowCount(), 1)

    def show_report_places(self) -> None:
        self.end_undo()
        self.report = {}
        self.title.setText(self.tr("报告损坏 · 在哪里？"))
        places = list(dict.fromkeys(cleaning.areas() + [f.name for f in showflats.flats()]))
        self._grid_buttons(self.report_places_grid, [(p, p) for p in places], "area", self.show_report_things)
        self.stack.setCurrentIndex(3)

    def show_report_things(self, place: str) -> None:
        self.report = {"place": place}
        self.title.setText(self.tr("{place} · 什么坏了？").format(place=place))
        things = [(t, QCoreApplication.translate("inspections", t)) for t in incidents.DAMAGE_THINGS]
        self._grid_buttons(self.report_things_grid, things, "damage", self.choose_thing)
        self.stack.setCurrentIndex(4)

    def choose_thing(self, what: str) -> None:
        self.report["what"] = what
        self.show_report_photo()

    def show_report_photo(self) -> None:
        self.title.setText(self.tr("{place} · {what}").format(
            place=self.report["place"], what=QCoreApplication.translate("inspections", self.report["what"])))
        has_photo = self.report.get("photo") is not None
        self.photo_label.setText(self.tr("已拍照。") if has_photo else self.tr("可以拍一张照片，主管看得更清楚。"))
        self.take_photo_button.setText(self.tr("重拍") if has_photo else self.tr("拍照"))
        self.stack.setCurrentIndex(5)

    def take_photo(self) -> None:
        photo = camera.take_photo(self)
        if photo:
            self.report["photo"] = photo
        self.show_report_photo()

    def show_sign_report(self) -> None:
        self.pending = "damage"
        self._show_people()

    def show_sign(self) -> None:
        if not self.chosen_tasks():
            return
        self.pending = "tasks"
        self._show_people()

    def _show_people(self) -> None:
        self.title.setText(self.tr("请点您的名字，再输入 PIN"))
        people = staff_service.list_staff(active_only=True, role="cleaner")
        if self.session.staff_id is not None and self.session.staff_id not in {p.id for p in people}:
            people = [p for p in staff_service.list_staff(active_only=True) if p.id == self.session.staff_id] + people
        self.pad.show_people(people, self.session.staff_id)
        self.stack.setCurrentIndex(2)

    # the pad's parts, as the page's own
    @property
    def people_buttons(self) -> dict[int, QPushButton]:
        return self.pad.people_buttons

    @property
    def error(self) -> QLabel:
        return self.pad.error

    @property
    def signer_id(self) -> int | None:
        return self.pad.signer_id

    def choose_signer(self, staff_id: int | None) -> None:
        self.pad.choose_signer(staff_id)

    def press(self, key: str) -> None:
        self.pad.press(key)

    def sign(self) -> None:
        if self.pending == "damage":
            self.sign_report()
            return
        tasks = self.chosen_tasks()
        signed = self.pad.signed(lambda signer: cleaning.record_done(signer, tasks))
        if signed is None:
            return
        signer, records = signed
        announce(changes.CLEANING)
        self.show_areas()
        self.message.setText(self.tr("{name}：已记录 {n} 项，谢谢！").format(name=signer.name, n=len(tasks)))
        self.last_signed = (signer, records)
        self.undo_button.show()
        self.undo_timer.start()

    def sign_report(self) -> None:
        report = self.report
        signed = self.pad.signed(lambda signer: incidents.report_damage(signer, report["place"], report["what"],
                                                                     photo=report.get("photo")))
        if signed is None:
            return
        signer, incident = signed
        self.pending = "tasks"
        announce(changes.INSPECTIONS, incident.id)
        what = QCoreApplication.translate("inspections", report["what"])
        self.show_areas()
        self.message.setText(self.tr("{name}：已报告 {place} 的{what}损坏，主管会处理。谢谢！").format(
            name=signer.name, place=report["place"], what=what))
        self.report = {}

    def undo_last(self) -> None:
        """撤销 within UNDO_SECONDS of signing: the tasks are due again."""
        if self.last_signed is None:
            return
        signer, records = self.last_signed
        try:
            cleaning.undo_records(signer, [r.id for r in records], self.tr("签名后立即撤销"))
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        self.end_undo()
        self.show_areas()
        announce(changes.CLEANING)
        self.message.setText(self.tr("{name}：已撤销 {n} 项").format(name=signer.name, n=len(records)))
        QTimer.singleShot(UNDO_SECONDS * 1000, self.message, self.message.clear)

    def end_undo(self, clear_message: bool = True) -> None:
        self.undo_timer.stop()
        self.last_signed = None
        self.undo_button.hide()
        if clear_message:
            self.message.clear()
