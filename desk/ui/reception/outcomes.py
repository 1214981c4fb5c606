"""成交: every 认购 and 签约 with its status — what waits for a supervisor first. 审批, 登记签约 and
退订 work on the selected row; Enter opens the customer's file."""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.clock import now
from desk.services.reception import outcomes
from desk.ui.export import export_button
from desk.ui.models.reception import OutcomeModel
from desk.ui.reception import deals
from desk.ui.reception.customer_file import CustomerFileDialog
from desk.ui.widgets import make_table_view, selected_object


class OutcomesPanel(QWidget):
    changed = Signal()

    def __init__(self, session, parent=None, clock=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or now
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("status")
        for key, name in ((None, self.tr("全部状态")), ("pending", self.tr("待审批")), ("approved", self.tr("已批准")),
                          ("withdrawn", self.tr("已退订")), ("rejected", self.tr("已驳回"))):
            self.status.addItem(name, key)
        self.kind = QComboBox()
        for key, name in ((None, self.tr("认购与签约")), (outcomes.SUBSCRIPTION, self.tr("认购")),
                          (outcomes.CONTRACT, self.tr("签约"))):
            self.kind.addItem(name, key)
        today = self.clock().date()
        self.date_from = QDateEdit(QDate(today.year, 1, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        for label, widget in ((self.tr("状态"), self.status), (self.tr("类别"), self.kind),
                              (self.tr("从"), self.date_from), (self.tr("到"), self.date_to)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.model = OutcomeModel(self)
        self.view = make_table_view(self.model, self)
        self.view.setObjectName("outcomes")
        self.view.activated.connect(lambda *_: self.open_file())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        buttons.addWidget(self.totals, 1)
        self.decide_button = QPushButton(self.tr("审批…"))
        self.sign_button = QPushButton(self.tr("登记签约…"))
        self.withdraw_button = QPushButton(self.tr("退订…"))
        self.file_button = QPushButton(self.tr("客户档案（Enter）"))
        for button, slot in ((self.decide_button, self.decide), (self.sign_button, self.sign),
                             (self.withdraw_button, self.withdraw), (self.file_button, self.open_file)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(export_button(self, lambda: self.session, self.model, self.tr("认购与签约")))
        layout.addLayout(buttons)
        for widget in (self.status, self.kind):
            widget.currentIndexChanged.connect(lambda *_: self.refresh())
        for widget in (self.date_from, self.date_to):
            widget.dateChanged.connect(lambda *_: self.refresh())
        self.set_session(session)

    def set_session(self, session) -> None:
        self.session = session
        self.sign_button.setVisible(session.can("reception.outcome"))
        if session.can("reception.approve"):
            self.status.setCurrentIndex(self.status.findData("pending") if outcomes.pending_count() else 0)
        self.refresh()

    def refresh(self) -> None:
        staff = None if self.session.can("reception.manage") else self.session.staff_id
        every = outcomes.outcomes(self.session, day_from=self.date_from.date().toPython(),
                                  day_to=self.date_to.date().toPython(), consultant_id=staff)
        status, kind = self.status.currentData(), self.kind.currentData()
        rows = [o for o in every if (status is None or o.status == status) and (kind is None or o.kind == kind)]
        rows.sort(key=lambda o: o.status != "pending")  # waiting ones first (stable: newest first within)
        self.model.set_rows(rows)
        counted = [o for o in every if o.status == "approved"]
        subs = [o for o in counted if o.kind == outcomes.SUBSCRIPTION]
        contracts = [o for o in counted if o.kind == outcomes.CONTRACT]
        self.totals.setText(self.tr("期内已批准认购 {s} 套，{sa:,.2f} 元；签约 {c} 套，{ca:,.2f} 元；待审批 {p} 件").format(
            s=len(subs), sa=sum((o.amount for o in subs), 0), c=len(contracts), ca=sum((o.amount for o in contracts), 0),
            p=sum(1 for o in every if o.status == "pending")))
        if rows:
            self.view.selectRow(0)

    def on_shown(self) -> None:
        self.refresh()
        self.view.setFocus()

    def _selected(self):
        return selected_object(self.view)

    def _after(self, done: bool) -> None:
        if done:
            self.refresh()
            self.changed.emit()

    def decide(self) -> None:
        outcome = self._selected()
        if outcome is not None and outcome.status == "pending":
            self._after(deals.decide(self, self.session, outcome, self.clock))

    def sign(self) -> None:
        outcome = self._selected()
        if outcome is not None and outcome.kind == outcomes.SUBSCRIPTION:
            self._after(deals.record_contract(self, self.session, outcome, self.clock))

    def withdraw(self) -> None:
        outcome = self._selected()
        if outcome is not None and outcome.kind == outcomes.SUBSCRIPTION:
            self._after(deals.withdraw(self, self.session, outcome, self.clock))

    def open_file(self) -> None:
        outcome = self._selected()
        if outcome is not None:
            self._after(CustomerFileDialog.open_for(self, self.session, outcome.customer_id, self.clock))
