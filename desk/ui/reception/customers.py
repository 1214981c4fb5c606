"""我的客户 (Ctrl+M): the consultant's own customers, most urgent first — a follow-up due turns the
row amber, a lapse within three days red. F8 logs a follow-up (phone, WeChat or a visit; the
outcome; the next date), Enter opens the customer file, F9 completes the newest visit's talk.
A supervisor picks the consultant (or everyone), or lists the customers lately returned to the pool.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk.clock import now
from desk.services.core.errors import DeskError
from desk.services.reception import completions, customers, rotation
from desk.ui.errors import show_error
from desk.ui.export import export_button
from desk.ui.models.reception import MyCustomersModel
from desk.ui.reception.customer_file import CustomerFileDialog
from desk.ui.reception.followup import complete_talk, log_follow_up
from desk.ui.widgets import make_table_view, selected_object


class MyCustomersPanel(QWidget):
    """我的客户: owned customers with what is due; the day's reminders above them."""

    changed = Signal()

    def __init__(self, session, parent=None, clock=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or now
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.consultant = QComboBox()
        self.consultant.setObjectName("consultant")
        self.consultant_label = QLabel(self.tr("顾问"))
        top.addWidget(self.consultant_label)
        top.addWidget(self.consultant)
        self.view_choice = QComboBox()
        self.view_choice.setObjectName("view_choice")
        for key, name in (("all", self.tr("全部客户")), ("due", self.tr("待跟进")), ("lapsing", self.tr("3 天内失效")),
                          ("returned", self.tr("近 7 天退回公共池（A/B 类）"))):
            self.view_choice.addItem(name, key)
        top.addWidget(self.view_choice)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("姓氏或手机号，回车查找（Ctrl+F）"))
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = MyCustomersModel(self)
        self.view = make_table_view(self.model, self)
        self.view.setObjectName("my_customers")
        self.view.activated.connect(lambda *_: self.open_file())
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        legend = QLabel(self.tr("黄色：今天应跟进或已逾期　红色：归属 3 天内失效"))
        legend.setObjectName("legend")
        bottom.addWidget(legend, 1)
        self.follow_button = QPushButton(self.tr("记录跟进（F8）"))
        self.file_button = QPushButton(self.tr("客户档案（Enter）"))
        self.talk_button = QPushButton(self.tr("补录洽谈（F9）"))
        for button in (self.follow_button, self.file_button, self.talk_button):
            bottom.addWidget(button)
        self.export = export_button(self, lambda: self.session, self.model, self.tr("我的客户"))
        bottom.addWidget(self.export)
        layout.addLayout(bottom)
        self.follow_button.clicked.connect(self.follow_up)
        self.file_button.clicked.connect(self.open_file)
        self.talk_button.clicked.connect(self.complete_latest)
        for key, slot in (("F8", self.follow_up), ("F9", self.complete_latest),
                          ("Ctrl+F", lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))):
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search.returnPressed.connect(self.refresh)
        self.consultant.currentIndexChanged.connect(lambda *_: self.refresh())
        self.view_choice.currentIndexChanged.connect(lambda *_: self.refresh())
        self.set_session(session)

    # -- session and data ------------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        manage = session.can("reception.manage")
        self.consultant.blockSignals(True)
        self.consultant.clear()
        if manage:
            self.consultant.addItem(self.tr("全部顾问"), None)
            for person in rotation.consultants():
                self.consultant.addItem(person.name, person.id)
        self.consultant.blockSignals(False)
        self.consultant.setVisible(manage)
        self.consultant_label.setVisible(manage)
        self.view.setColumnHidden(self.model.OWNER_COLUMN, not manage)  # 归属顾问: one's own otherwise
        self.refresh()

    def may_use(self) -> bool:
        return self.session.can("reception.outcome") or self.session.can("reception.manage")

    def refresh(self) -> None:
        if not self.may_use():
            self.model.set_rows([])
            return
        current = selected_object(self.view) if self.model.rowCount() else None
        at = self.clock()
        staff_id = self.consultant.currentData()
        try:
            reminders = customers.reminders(self.session, at=at, staff_id=staff_id)
            view = self.view_choice.currentData()
            if view == "returned":
                rows = reminders.returned
            else:
                rows = customers.my_customers(self.session, staff_id=staff_id, at=at, text=self.search.text())
                if view == "due":
                    rows = [r for r in rows if r.due]
                elif view == "lapsing":
                    rows = [r for r in rows if r.lapsing]
        except DeskError as exc:
            self.summary.setText(str(exc))
            return
        self.model.set_rows(rows)
        self.summary.setText(self.tr(
            "今日提醒：归属 3 天内失效 {lapsing} 位 · 跟进逾期 {overdue} 位 · 近 7 天退回公共池 {returned} 位"
            "　（共 {n} 位客户）").format(lapsing=len(reminders.lapsing), overdue=len(reminders.overdue),
                                     returned=len(reminders.returned), n=len(rows)))
        row = 0
        if current is not None:
            row = next((i for i, r in enumerate(self.model.rows()) if r.id == current.id), 0)
        if self.model.rowCount():
            self.view.selectRow(row)

    def on_shown(self) -> None:
        self.refresh()
        self.view.setFocus()

    def selected(self) -> customers.CustomerRow | None:
        return selected_object(self.view)

    # -- actions ---------------------------------------------------------------------------
    def follow_up(self) -> None:
        row = self.selected()
        if row is None:
            return
        if log_follow_up(self, self.session, row, self.clock):
            self.refresh()
            self.changed.emit()
        self.view.setFocus()

    def open_file(self) -> None:
        row = self.selected()
        if row is None:
            return
        CustomerFileDialog.open_for(self, self.session, row.id, clock=self.clock)
        self.refresh()
        self.view.setFocus()

    def complete_latest(self) -> None:
        """补录 the talk of the selected customer's newest visit."""
        row = self.selected()
        if row is None:
            return
        try:
            visit_id = completions.latest_visit_id(row.id)
        except DeskError as exc:
            show_error(self, exc)
            return
        label = self.tr("{name}　最近一次来访").format(name=row.name)
        if complete_talk(self, self.session, visit_id, label, self.clock):
            self.refresh()
            self.changed.emit()
        self.view.setFocus()
