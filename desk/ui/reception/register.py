"""来访登记: the registration form, keyboard first.

The phone field has the focus. 4 digits (the start or the end of the number) list matching
customers; Enter with a single match picks it (earlier visits, last grade, owner and the last
party size preselected) and moves to 登记; Enter again registers. A return visitor takes 11 digits
+ 2 Enters (or the last 4 + 2 Enters). A new customer: Enter moves field to field, the mandatory
ones first (姓氏, 来访人数, whose number is selected so that typing replaces it); Ctrl+Enter
registers from anywhere.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox, QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from desk.clock import now
from desk.services.reception import rotation, visitors
from desk.services.core import changes, staff as staff_service
from desk.services.core.errors import DeskError
from desk.services.reception.visitors import AlreadyInHall, Registration
from desk.ui.changes import announce, follow
from desk.ui.errors import message_of, show_error
from desk.ui.models.reception import HistoryModel, MatchModel, tr_r
from desk.ui.widgets import DONE, make_table_view, say


class EnterMovesOn(QObject):
    """Return/Enter in a field moves the focus to the next field (the last one registers)."""

    def __init__(self, form: "RegisterForm"):
        super().__init__(form)
        self.form = form

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False
            self.form.field_entered(obj)
            return True
        return False


class RegisterForm(QWidget):
    go_to_group = Signal(int)  # visit id of a group already in the hall

    def __init__(self, session, parent=None, clock=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or now
        self.customer_id: int | None = None
        self.in_hall_visit_id: int | None = None
        self._owner_id: int | None = None

        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 5)

        # -- phone and matches --------------------------------------------------------------
        find = QGroupBox(self.tr("手机号（完整号码，或尾号加姓氏如 5678王；主管输入 4 位即可查找）"))
        fl = QVBoxLayout(find)
        row = QHBoxLayout()
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(self.tr("完整手机号，或尾号加姓氏如 5678王；回车选择唯一结果"))
        self.phone.setMaxLength(20)
        font = self.phone.font()
        font.setPointSize(font.pointSize() + 5)
        self.phone.setFont(font)
        self.no_phone = QCheckBox(self.tr("无手机号"))
        row.addWidget(self.phone, 1)
        row.addWidget(self.no_phone)
        fl.addLayout(row)
        self.match_model = MatchModel(self)
        self.matches = make_table_view(self.match_model, self)
        self.matches.setObjectName("matches")
        self.matches.setMaximumHeight(170)
        fl.addWidget(self.matches)
        self.customer_label = QLabel()
        self.customer_label.setObjectName("customer_label")
        self.customer_label.setWordWrap(True)
        self.customer_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        fl.addWidget(self.customer_label)
        self.history_model = HistoryModel(self)
        self.history = make_table_view(self.history_model, self)
        self.history.setMinimumHeight(100)  # takes what height is left: no empty band on a tall screen
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        fl.addWidget(self.history, 1)
        left.addWidget(find, 1)

        # -- the paper form --------------------------------------------------------------------
        box = QGroupBox(self.tr("来访信息"))
        grid = QGridLayout(box)
        self.surname = QLineEdit()
        self.surname.setMaxLength(8)
        self.title = QComboBox()
        self.title.addItem("", "")
        for t in visitors.TITLES:
            self.title.addItem(tr_r(t), t)
        self.party_size = QSpinBox()
        self.party_size.setRange(0, 999)  # the service says what is allowed, in words
        self.party_size.setValue(1)
        self.party_size.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.company = self._combo(visitors.COMPANY)
        self.source = QComboBox()
        self.transport = self._combo(visitors.TRANSPORT, blank=True)
        self.plate = QLineEdit()
        self.plate.setMaxLength(10)
        self.home = QLineEdit()
        self.work = QLineEdit()
        self.age_band = self._combo(visitors.AGE_BANDS, blank=True)
        self.needs = QLineEdit()
        self.needs.setPlaceholderText(self.tr("户型、面积、预算、抗性…"))
        self.grade = QComboBox()
        self.grade.addItem("", "")
        for g in visitors.GRADES:
            self.grade.addItem(g, g)
        self.notes = QLineEdit()
        self.location = self._combo(visitors.LOCATIONS)
        self.consultant = QComboBox()
        self.consultant.setObjectName("consultant")
        fields = [
            (self.tr("姓氏"), self.surname), (self.tr("来访人数"), self.party_size),
            (self.tr("称呼"), self.title), (self.tr("同行"), self.company),
            (self.tr("认知途径"), self.source), (self.tr("交通"), self.transport),
            (self.tr("车牌"), self.plate), (self.tr("年龄段"), self.age_band),
            (self.tr("居住区域"), self.home), (self.tr("工作区域"), self.work),
            (self.tr("需求与抗性"), self.needs), (self.tr("意向等级"), self.grade),
            (self.tr("备注"), self.notes), (self.tr("位置"), self.location),
        ]
        for i, (label, widget) in enumerate(fields):
            grid.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        left.addWidget(box)

        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("接待顾问")))
        bottom.addWidget(self.consultant, 1)
        self.register_button = QPushButton(self.tr("登记（回车 / Ctrl+Enter）"))
        self.register_button.setObjectName("register_button")
        self.register_button.setAutoDefault(True)
        self.go_button = QPushButton(self.tr("转到该组（回车）"))
        self.go_button.setAutoDefault(True)
        self.go_button.hide()
        self.clear_button = QPushButton(self.tr("清空（Esc）"))
        bottom.addWidget(self.register_button)
        bottom.addWidget(self.go_button)
        bottom.addWidget(self.clear_button)
        left.addLayout(bottom)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        left.addWidget(self.message)

        self.fields_in_order = [w for _l, w in fields] + [self.consultant]
        self._enter = EnterMovesOn(self)
        for w in self.fields_in_order + [self.no_phone]:
            w.installEventFilter(self._enter)

        self.phone.textChanged.connect(self.search)
        self.phone.returnPressed.connect(self.phone_entered)
        self.phone.installEventFilter(self)
        self.matches.activated.connect(lambda index: self.pick_row(index.row()))
        self.no_phone.toggled.connect(self._no_phone_toggled)
        self.register_button.clicked.connect(self.register)
        self.go_button.clicked.connect(self._go)
        self.clear_button.clicked.connect(self.reset)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.register,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Esc"), self, self.reset, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        follow(self, {changes.ROTATION, changes.STAFF}, self.refresh_consultants)
        follow(self, {changes.SETTINGS}, self.reload_lists)
        self.reload_lists()
        self.reset()

    # -- building --------------------------------------------------------------------------
    def _combo(self, values, blank: bool = False) -> QComboBox:
        combo = QComboBox()
        if blank:
            combo.addItem("", "")
        for v in values:
            combo.addItem(tr_r(v), v)
        return combo

    def reload_lists(self) -> None:
        current = self.source.currentData()
        self.source.clear()
        self.source.addItem("", None)
        for s in visitors.sources():
            self.source.addItem(s.name, s.id)
        if current is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(current)))
        self.refresh_consultants()

    def refresh_consultants(self) -> None:
        """The rotation as it is now, the customer's owner (or the next in turn) chosen."""
        self._fill_consultants(self._owner_id)

    def on_shown(self) -> None:
        self.refresh_consultants()
        self.phone.setFocus()

    def _fill_consultants(self, preselect: int | None = None) -> None:
        day = self.clock().date()
        slots = rotation.board(day)
        nxt = next((s for s in slots if s.is_next), None)
        self.consultant.blockSignals(True)
        self.consultant.clear()
        for s in slots:
            note = self.tr("（下一位）") if s.is_next else (f"（{tr_r(s.reason)}）" if s.status == "skipped" else "")
            self.consultant.addItem(s.name + note, s.staff_id)
        known = {s.staff_id for s in slots}
        if preselect and preselect not in known:
            owner = staff_service.staff_name(preselect)
            if owner:
                self.consultant.addItem(owner + self.tr("（归属，未在轮排）"), preselect)
        target = preselect or (nxt.staff_id if nxt else None)
        if target is not None:
            self.consultant.setCurrentIndex(max(0, self.consultant.findData(target)))
        self.consultant.blockSignals(False)

    def set_session(self, session) -> None:
        self.session = session
        self.search(self.phone.text())

    # -- keyboard --------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.phone and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down \
                and self.match_model.rowCount():
            self.matches.setFocus()
            self.matches.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    def field_entered(self, widget) -> None:
        if widget is self.no_phone:
            self.surname.setFocus()
            return
        if widget is self.consultant:
            self.register()
            return
        i = self.fields_in_order.index(widget)
        nxt = self.fields_in_order[i + 1]
        nxt.setFocus()
        if isinstance(nxt, (QLineEdit, QAbstractSpinBox)):
            nxt.selectAll()  # typing replaces what is there (the party size's 1), as Tab does

    def phone_entered(self) -> None:
        rows = self.match_model.rowCount()
        if rows == 1:
            self.pick_row(0)
        elif rows > 1:
            self.matches.setFocus()
            self.matches.selectRow(0)
        else:
            # a new customer: on to the surname
            self.customer_id = None
            self.surname.setFocus()

    # -- lookup ----------------------------------------------------------------------------
    def search(self, text: str) -> None:
        if self.customer_id is not None:
            self._forget_customer()
        found = visitors.lookup(self.session, text, at=self.clock())
        self.match_model.set_rows(found)
        if found:
            self.matches.selectRow(0)
            self.message.setText(self.tr("找到 {n} 位客户，回车选择").format(n=len(found))
                                 if len(found) == 1 else
                                 self.tr("找到 {n} 位客户，↓ 选择后回车").format(n=len(found)))
        else:
            digits = visitors.digits_of(text)
            if len(digits) == 11:
                self.message.setText(self.tr("新客户：回车后填写姓氏等信息"))
            elif len(digits) == 4 and text.strip() == digits:
                self.message.setText(self.tr("尾号须加姓氏（如 5678王），或输入完整手机号"))
            else:
                self.message.setText("")

    def pick_row(self, row: int) -> None:
        if not 0 <= row < self.match_model.rowCount():
            return
        match = self.match_model.row_object(row)
        self.customer_id = match.customer_id
        self._owner_id = match.owner_id if match.owner_live else None
        c = visitors.get_customer(match.customer_id)
        self.surname.setText(c.surname)
        self.title.setCurrentIndex(max(0, self.title.findData(c.title)))
        self.home.setText(c.home_district)
        self.work.setText(c.work_district)
        self.age_band.setCurrentIndex(max(0, self.age_band.findData(c.age_band)))
        self.grade.setCurrentIndex(max(0, self.grade.findData(c.last_grade)))
        history = visitors.customer_history(self.session, c.id)
        self.history_model.set_rows(history)
        if history:
            self.party_size.setValue(history[0].party_size)  # the group comes as it came last time
        owner = match.owner_name if match.owner_name else self.tr("无")
        if match.owner_name and not match.owner_live:
            owner += self.tr("（已失效，按轮排分配）")
        self.customer_label.setText(self.tr("复访：{name}  {phone}  已来访 {n} 次，上次意向 {grade}，归属顾问 {owner}")
                                    .format(name=match.name, phone=match.phone, n=match.visit_count,
                                            grade=match.last_grade or "-", owner=owner))
        self._fill_consultants(self._owner_id)
        self.in_hall_visit_id = match.in_hall_visit_id
        if self.in_hall_visit_id:
            self._show_in_hall(self.in_hall_visit_id,
                               self.tr("该客户已在大厅，不能重复登记。回车转到该组。"))
        else:
            self.go_button.hide()
            self.register_button.setEnabled(True)
            self.message.setText(self.tr("回车登记；需要修改请用 Tab 到相应栏目"))
            self.register_button.setFocus()

    def _show_in_hall(self, visit_id: int, text: str) -> None:
        self.in_hall_visit_id = visit_id
        say(self.message, text, bold=True)
        self.go_button.show()
        self.go_button.setFocus()

    def _forget_customer(self) -> None:
        if self.customer_id is not None:
            self.party_size.setValue(1)  # the picked customer's last party size goes with them
        self.customer_id = None
        self._owner_id = None
        self.in_hall_visit_id = None
        self.history_model.set_rows([])
        self.customer_label.setText("")
        self.go_button.hide()
        self.message.setStyleSheet("")
        self._fill_consultants()

    def _no_phone_toggled(self, checked: bool) -> None:
        self.phone.setEnabled(not checked)
        if checked:
            self.phone.clear()
            self.surname.setFocus()

    def _go(self) -> None:
        if self.in_hall_visit_id:
            visit_id = self.in_hall_visit_id
            self.reset()
            self.go_to_group.emit(visit_id)

    # -- registering -----------------------------------------------------------------------
    def registration(self) -> Registration:
        return Registration(
            customer_id=self.customer_id,
            surname=self.surname.text(), title=self.title.currentData() or "",
            phone="" if self.no_phone.isChecked() else self.phone.text(),
            no_phone=self.no_phone.isChecked(),
            party_size=self.party_size.value(), company=self.company.currentData(),
            source_id=self.source.currentData(), transport=self.transport.currentData() or "",
            plate=self.plate.text(), home_district=self.home.text(), work_district=self.work.text(),
            age_band=self.age_band.currentData() or "", needs=self.needs.text(),
            grade=self.grade.currentData() or "", notes=self.notes.text(),
            consultant_id=self.consultant.currentData(), location=self.location.currentData(),
        )

    def register(self) -> None:
        if self.in_hall_visit_id and self.go_button.isVisible():
            self._go()
            return
        try:
            visit = visitors.register_visit(self.session, self.registration(), at=self.clock())
        except AlreadyInHall as exc:
            self._show_in_hall(exc.visit_id, message_of(exc) + self.tr("。回车转到该组。"))
            return
        except DeskError as exc:
            say(self.message, message_of(exc), bold=True)
            return
        except Exception as exc:  # noqa: BLE001 - shown, logged, the form stays
            show_error(self, exc)
            return
        name = visit.customer.display_name or self.tr("客户")
        consultant = visit.consultant.name if visit.consultant_id else "-"
        kind = self.tr("首访") if visit.first_visit else self.tr("复访")
        self.reset()
        say(self.message, self.tr("已登记：{name}（{kind}，{n} 人）→ 顾问 {consultant}，{time}")
            .format(name=name, kind=kind, n=visit.party_size, consultant=consultant,
                    time=visit.arrived_at.strftime("%H:%M")), DONE, bold=True)
        if visit.claims.count():
            self.message.setText(self.message.text() + self.tr("；该客户归属其他顾问，已提交主管审核（归属不变）"))
        announce(changes.VISITS, visit.id)
        announce(changes.ARRIVALS, visit.id)  # the water bar's and the consultant's call

    def reset(self) -> None:
        self.phone.blockSignals(True)
        self.phone.clear()
        self.phone.blockSignals(False)
        self.no_phone.setChecked(False)
        self.phone.setEnabled(True)
        self.match_model.set_rows([])
        for w in (self.surname, self.plate, self.home, self.work, self.needs, self.notes):
            w.clear()
        for w in (self.title, self.company, self.source, self.transport, self.age_band, self.grade, self.location):
            w.setCurrentIndex(0)
        self.party_size.setValue(1)
        self._forget_customer()
        self.message.setText("")
        self.register_button.setEnabled(True)
        self.phone.setFocus()
