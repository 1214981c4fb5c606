"""客户档案: one customer on one screen — the facts on top, then visits with what each talk taught,
follow-ups, 认购 and 签约, ownership changes and what their groups were served. From here the
consultant completes (or corrects) a visit's talk, logs a follow-up, records a 认购 or 签约; a
supervisor approves or withdraws. Ctrl+P prints the 客户档案 (phones masked by role).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from desk.clock import now
from desk.services.core.errors import DeskError
from desk.services.reception import customer_file, outcomes
from desk.ui.errors import show_error
from desk.ui.models.reception import (
    FollowUpModel, OutcomeModel, OwnershipModel, ServedModel, TalkVisitModel, stage_name,
)
from desk.ui.reception import deals
from desk.ui.reception.followup import complete_talk, log_follow_up
from desk.ui.widgets import ERROR, make_table_view, need_selection, selected_object, set_style


class CustomerFileDialog(QDialog):
    def __init__(self, parent, session, customer_id: int, clock=None):
        super().__init__(parent)
        self.session = session
        self.customer_id = customer_id
        self.clock = clock or now
        self.file: customer_file.CustomerFile | None = None
        self.changed = False
        self.setWindowTitle(self.tr("客户档案"))
        self.resize(1180, 700)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        facts = QGridLayout()
        self.facts: dict[str, QLabel] = {}
        for i, (key, label) in enumerate((
                ("phone", self.tr("手机")), ("owner", self.tr("归属顾问")), ("grade", self.tr("意向")),
                ("stage", self.tr("成交阶段")), ("last_contact", self.tr("最近联系")), ("lapse", self.tr("归属到期")),
                ("next", self.tr("下一步")), ("district", self.tr("居住/工作")))):
            caption = QLabel(label + "：")
            caption.setStyleSheet("color: #555;")
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            facts.addWidget(caption, i // 4, (i % 4) * 2)
            facts.addWidget(value, i // 4, (i % 4) * 2 + 1)
        for col in range(1, 8, 2):
            facts.setColumnStretch(col, 1)
        layout.addLayout(facts)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.visit_model = TalkVisitModel(self)
        self.follow_model = FollowUpModel(self)
        self.outcome_model = OutcomeModel(self)
        self.owner_model = OwnershipModel(self)
        self.served_model = ServedModel(self)
        self.visits = self._tab(self.visit_model, "visits", self.tr("来访与洽谈"), [
            (self.tr("补录/更正洽谈（Enter）"), self.complete, "talk_button")])
        self.follows = self._tab(self.follow_model, "follow_ups", self.tr("跟进记录"), [
            (self.tr("记录跟进（F8）"), self.follow_up, "follow_button")])
        self.deals = self._tab(self.outcome_model, "outcomes", self.tr("认购与签约"), [
            (self.tr("登记认购…"), self.subscribe, "subscribe_button"),
            (self.tr("登记签约…"), self.sign, "sign_button"),
            (self.tr("审批…"), self.decide, "decide_button"),
            (self.tr("退订…"), self.withdraw, "withdraw_button")])
        self._tab(self.owner_model, "ownership", self.tr("归属变更"), [])
        self._tab(self.served_model, "servings", self.tr("水吧出品"), [])
        self.visits.activated.connect(lambda *_: self.complete())

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.print_button = QPushButton(self.tr("打印客户档案（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_file)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("F8"), self, activated=self.follow_up)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_file)
        self.print_button.setVisible(session.can("print"))
        for button in self.findChildren(QPushButton):  # Enter acts on the focused grid, never on a button
            button.setAutoDefault(False)
        self.reload()
        self.visits.setFocus()

    def _tab(self, model, name: str, title: str, buttons: list):
        page = QWidget()
        box = QVBoxLayout(page)
        view = make_table_view(model, page)
        view.setObjectName(name)
        box.addWidget(view, 1)
        if buttons:
            row = QHBoxLayout()
            for text, slot, object_name in buttons:
                button = QPushButton(text)
                button.setObjectName(object_name)
                button.clicked.connect(lambda _=False, s=slot: s())
                row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
        self.tabs.addTab(page, title)
        return view

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.file = customer_file.customer_file(self.session, self.customer_id, at=self.clock())
        except DeskError as exc:
            show_error(self, exc)
            return
        f = self.file
        c = f.customer
        self.title.setText(self.tr("{name}　来访 {n} 次").format(name=c.name or self.tr("（未留姓）"), n=c.visit_count))
        lapse = ""
        if c.owner_id and c.lapses_on:
            lapse = c.lapses_on.strftime("%Y-%m-%d") + (
                self.tr("（已失效）") if c.lapsed else self.tr("（剩 {n} 天）").format(n=c.days_left))
        next_step = " ".join(x for x in (c.next_due.strftime("%Y-%m-%d") if c.next_due else "", c.next_step) if x)
        for key, text in (("phone", c.phone), ("owner", c.owner_name), ("grade", c.grade),
                          ("stage", stage_name(c.stage)),
                          ("last_contact", c.last_contact.strftime("%Y-%m-%d %H:%M") if c.last_contact else ""),
                          ("lapse", lapse), ("next", next_step),
                          ("district", " / ".join(x for x in (f.home_district, f.work_district) if x))):
            self.facts[key].setText(text or "—")
        for key, late in (("lapse", c.lapsing or c.lapsed), ("next", c.due)):
            if late:
                set_style(self.facts[key], ERROR)  # the message lines' red
            else:
                self.facts[key].setStyleSheet("")
        for model, rows in ((self.visit_model, f.visits), (self.follow_model, f.follow_ups),
                            (self.outcome_model, f.outcomes), (self.owner_model, f.ownership),
                            (self.served_model, f.servings)):
            model.set_rows(rows)
        for view in (self.visits, self.follows, self.deals):
            if view.model().rowCount() and not view.selectionModel().hasSelection():
                view.selectRow(0)
        may_record = self.session.can("reception.outcome")
        for name in ("subscribe_button", "sign_button"):
            self.findChild(QPushButton, name).setVisible(may_record)
        self.findChild(QPushButton, "decide_button").setVisible(may_record or self.session.can("reception.approve"))
        self.findChild(QPushButton, "withdraw_button").setVisible(may_record or self.session.can("reception.approve"))

    def _after(self, done: bool) -> None:
        if done:
            self.changed = True
            self.reload()

    # -- actions ---------------------------------------------------------------------------
    def complete(self) -> None:
        visit = need_selection(self.visits, self)
        if visit is None:
            return
        label = self.tr("{name}　{day} {time} 的来访（{consultant}）").format(
            name=self.file.customer.name, day=visit.day.strftime("%Y-%m-%d"),
            time=visit.arrived_at.strftime("%H:%M"), consultant=visit.consultant)
        self._after(complete_talk(self, self.session, visit.id, label, self.clock))

    def follow_up(self) -> None:
        if self.file is not None:
            self._after(log_follow_up(self, self.session, self.file.customer, self.clock))

    def subscribe(self) -> None:
        if self.file is not None:
            self._after(deals.record_subscription(self, self.session, self.customer_id, self.file.customer.name,
                                                  self.clock))
            self.tabs.setCurrentWidget(self.deals.parentWidget())

    def _outcome(self) -> outcomes.Outcome | None:
        self.tabs.setCurrentWidget(self.deals.parentWidget())
        return selected_object(self.deals)

    def sign(self) -> None:
        outcome = self._outcome()
        if outcome is not None and outcome.kind == outcomes.SUBSCRIPTION:
            self._after(deals.record_contract(self, self.session, outcome, self.clock))

    def decide(self) -> None:
        outcome = self._outcome()
        if outcome is not None and outcome.status == "pending":
            self._after(deals.decide(self, self.session, outcome, self.clock))

    def withdraw(self) -> None:
        outcome = self._outcome()
        if outcome is not None and outcome.kind == outcomes.SUBSCRIPTION:
            self._after(deals.withdraw(self, self.session, outcome, self.clock))

    def print_file(self):
        from desk.ui.forms.batch import print_record  # lazy: reportlab loads with the first print

        return print_record(self, self.session, "customer_file", id=self.customer_id)

    @classmethod
    def open_for(cls, parent, session, customer_id: int, clock=None) -> bool:
        """Show the file (modal); True when something was recorded in it."""
        dialog = cls(parent, session, customer_id, clock)
        dialog.exec()
        return dialog.changed
