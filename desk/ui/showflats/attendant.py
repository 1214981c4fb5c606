"""样板间 on the show-flat attendant's tablet (``desk --kiosk showflat``): big buttons, no keyboard.

The first page is the day: a button per flat (checks finished today, incidents still open), and
below them what is owed (开馆/闭馆 rounds, handover counts) and the open incidents. A flat's button
opens its 一客一盘点 after a group: every item is 正常 until tapped; each tap moves it on to 损坏,
缺失, 移位 and back. 签名 — the attendant taps their name and types their PIN on the pad — records
the check (``showflats.after_group_check``, one transaction); 损坏 and 缺失 become incidents for the
supervisor there and then. 巡检 at the top opens the rounds due for the attendant (开馆/闭馆检查 …,
``TouchRoundsPage``), signed on the same pad.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desk.services.core import changes
from desk.services.core import staff as staff_service
from desk.services.inspections import flat_rounds
from desk.services.showflats import flats as showflats
from desk.ui.changes import announce, follow
from desk.ui.icons import icon
from desk.ui.inspections.touch import TouchRoundsPage
from desk.ui.models.showflats import tr_sf
from desk.ui.showflats.cleaner import BIG, ICON, STYLE, SignPad, big_button, clear_layout, page_top
from desk.ui.widgets import scrolling

PAGE_STYLE = STYLE + """
QPushButton#fault { background: #fde0e0; border-color: #b00020; color: #b00020; }
QPushButton#moved { background: #fff3cd; border-color: #e0a800; }
QPushButton#flat_open { border-color: #b00020; }
QLabel#today { font-size: 20px; }
QLabel#heading { font-size: 22px; font-weight: bold; color: #1f4e79; }
"""
# a tap moves an item on to the next status (and from the last back to 正常)
STATUSES = [showflats.OK, showflats.DAMAGED, showflats.MISSING, showflats.MOVED]
STATUS_STYLE = {showflats.OK: "", showflats.DAMAGED: "fault", showflats.MISSING: "fault", showflats.MOVED: "moved"}
HOME, FLAT, SIGN, ROUNDS = range(4)


class ShowflatPage(QWidget):
    """The day at the show flats → one flat's check after a group → sign with PIN."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.flat = None  # (id, name) of the flat being checked
        self.statuses: dict[int, str] = {}  # item id -> status tapped (正常 when absent)
        self.setStyleSheet(PAGE_STYLE)
        outer = QVBoxLayout(self)
        self.rounds_button = big_button(self.tr("巡检"), icon("area"))
        self.rounds_button.clicked.connect(self.toggle_rounds)
        page_top(self, outer, self.rounds_button)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)

        # HOME: the flats, then what is owed and the open incidents
        home = QWidget()
        home_layout = QVBoxLayout(home)
        self.flats_grid = QGridLayout()
        home_layout.addLayout(self.flats_grid)
        heading = QLabel(self.tr("今天待做与未处理的事件"))
        heading.setObjectName("heading")
        home_layout.addWidget(heading)
        self.today = QLabel("")
        self.today.setObjectName("today")
        self.today.setWordWrap(True)
        home_layout.addWidget(self.today)
        home_layout.addStretch(1)
        self.stack.addWidget(scrolling(home))
        # FLAT: its items, tapped when something is wrong
        flat_page = QWidget()
        flat_layout = QVBoxLayout(flat_page)
        self.items_box = QWidget()
        self.items_grid = QGridLayout(self.items_box)
        flat_layout.addWidget(scrolling(self.items_box), 1)
        row = QHBoxLayout()
        self.back_button = big_button(self.tr("返回"), icon("back"))
        self.back_button.clicked.connect(self.show_home)
        self.sign_button = big_button(self.tr("全部正常，签名"), icon("done", on_dark=True))
        self.sign_button.setObjectName("primary")
        self.sign_button.clicked.connect(self.show_sign)
        row.addWidget(self.back_button)
        row.addWidget(self.sign_button, 2)
        flat_layout.addLayout(row)
        self.stack.addWidget(flat_page)
        # SIGN: who did the check, and their PIN
        self.pad = SignPad(self.tr("返回物品"))
        self.pad.cancel_button.clicked.connect(lambda: self.stack.setCurrentIndex(FLAT))
        self.pad.ok.connect(self.sign)
        self.stack.addWidget(self.pad)
        # ROUNDS: the rounds due for the tablet's role, each signed on the pad
        self.rounds = TouchRoundsPage(session)
        self.rounds.fullscreen_button.hide()
        self.stack.addWidget(self.rounds)

        self.flat_buttons: dict[int, object] = {}
        self.item_buttons: dict[int, object] = {}
        self.item_words: dict[int, str] = {}
        follow(self, {changes.SHOWFLATS, changes.INSPECTIONS, changes.STAFF}, self.on_shown, shown_refreshes=True)
        self.show_home()

    # -- section protocol ---------------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        self.rounds.set_session(session)
        self.show_home()

    def on_shown(self) -> None:
        if self.stack.currentIndex() == HOME:
            self.show_home(keep_message=True)

    def toggle_rounds(self) -> None:
        """巡检 ↔ 返回样板间: the rounds due (with their own title), or the flats again."""
        if self.stack.currentIndex() == ROUNDS:
            self.show_home()
            return
        self.say()
        self.title.clear()  # the rounds page has a title of its own
        self.rounds_button.setText(self.tr("返回样板间"))
        self.rounds_button.setIcon(icon("back"))
        self.rounds.show_due()
        self.stack.setCurrentIndex(ROUNDS)

    def say(self, text: str = "") -> None:
        """The thank-you line under the title, hidden while empty."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- the day ------------------------------------------------------------------------------
    def show_home(self, keep_message: bool = False) -> None:
        self.say(self.message.text() if keep_message else "")
        self.rounds_button.setText(self.tr("巡检"))
        self.rounds_button.setIcon(icon("area"))
        self.title.setText(self.tr("样板间 · 请选择要检查的样板间"))
        clear_layout(self.flats_grid)
        self.flat_buttons = {}
        for index, flat in enumerate(showflats.flats_today()):
            words = self.tr("{flat}\n今日已查 {n} 次").format(flat=flat.name, n=flat.checks)
            if flat.open_incidents:
                words += self.tr(" · 未处理 {n} 件").format(n=flat.open_incidents)
            button = big_button(words, icon("damage" if flat.open_incidents else "area"), height=BIG + 24)
            if flat.open_incidents:
                button.setObjectName("flat_open")
            button.clicked.connect(lambda _=False, f=(flat.flat_id, flat.name): self.open_flat(*f))
            self.flat_buttons[flat.flat_id] = button
            self.flats_grid.addWidget(button, index // 3, index % 3)
        if not self.flat_buttons:
            self.flats_grid.addWidget(QLabel(self.tr("还没有样板间，请主管在“样板间”中设置")), 0, 0)
        lines = [due.translated(QCoreApplication.translate) for due in flat_rounds.checks_due()]
        for incident in showflats.open_incidents():
            lines.append(self.tr("{flat} {item}{kind}（{status}，{time}）").format(
                flat=incident.flat.name, item=incident.item.name if incident.item_id else "",
                kind=tr_sf(incident.kind), status=tr_sf(incident.status),
                time=incident.opened_at.strftime("%m-%d %H:%M")))
        self.today.setText("\n".join(f"· {line}" for line in lines) if lines else self.tr("都已做完，没有未处理的事件"))
        self.stack.setCurrentIndex(HOME)

    # -- one flat -----------------------------------------------------------------------------
    def open_flat(self, flat_id: int, name: str) -> None:
        self.flat = (flat_id, name)
        self.statuses = {}
        self.say()
        self.title.setText(self.tr("{flat} · 一客一盘点：点有问题的物品").format(flat=name))
        clear_layout(self.items_grid)
        self.item_buttons, self.item_words = {}, {}
        for index, item in enumerate(showflats.items(flat_id)):
            words = f"{item.room.name}　{item.name}" + (f" ×{item.expected_qty}" if item.expected_qty > 1 else "")
            button = big_button("", height=BIG + 24)
            button.clicked.connect(lambda _=False, i=item.id: self.tap(i))
            self.item_buttons[item.id] = button
            self.item_words[item.id] = words
            self.items_grid.addWidget(button, index // 2, index % 2)
            self._show_item(item.id)
        if not self.item_buttons:
            self.items_grid.addWidget(QLabel(self.tr("这个样板间还没有物品清单")), 0, 0)
        self.items_grid.setRowStretch(self.items_grid.rowCount(), 1)
        self._update_sign_button()
        self.stack.setCurrentIndex(FLAT)

    def tap(self, item_id: int) -> None:
        status = STATUSES[(STATUSES.index(self.status_of(item_id)) + 1) % len(STATUSES)]
        if status == showflats.OK:
            self.statuses.pop(item_id, None)
        else:
            self.statuses[item_id] = status
        self._show_item(item_id)
        self._update_sign_button()

    def status_of(self, item_id: int) -> str:
        return self.statuses.get(item_id, showflats.OK)

    def _show_item(self, item_id: int) -> None:
        button, status = self.item_buttons[item_id], self.status_of(item_id)
        button.setText(f"{self.item_words[item_id]}\n{tr_sf(status)}")
        button.setIcon(icon("done" if status == showflats.OK else "damage"))
        button.setIconSize(QSize(ICON, ICON))
        button.setObjectName(STATUS_STYLE[status])
        button.style().unpolish(button)
        button.style().polish(button)

    def _update_sign_button(self) -> None:
        n = len(self.statuses)
        self.sign_button.setText(self.tr("{n} 项有问题，签名").format(n=n) if n else self.tr("全部正常，签名"))
        self.sign_button.setEnabled(bool(self.item_buttons))

    # -- signing ------------------------------------------------------------------------------
    def show_sign(self) -> None:
        self.title.setText(self.tr("请点您的名字，再输入 PIN"))
        people = staff_service.list_staff(active_only=True, role="showflat")
        self.pad.show_people(people, self.session.staff_id)
        self.stack.setCurrentIndex(SIGN)

    def sign(self) -> None:
        flat_id, name = self.flat
        exceptions = [dict(item=item_id, status=status) for item_id, status in self.statuses.items()]
        signed = self.pad.signed(lambda signer: showflats.after_group_check(signer, flat_id, exceptions))
        if signed is None:
            return
        signer, check = signed
        announce(changes.SHOWFLATS, check.id)
        found = sum(1 for s in self.statuses.values() if s in showflats.INCIDENT_KINDS)
        self.show_home()
        text = self.tr("{name}：{flat} 的一客一盘点已记录，谢谢！").format(name=signer.name, flat=name)
        if found:
            text += self.tr("已登记 {n} 件损坏或缺失，主管会处理。").format(n=found)
        self.say(text)
