"""来访: registration with the rotation beside it, the hall board, the visit list and figures,
the consultant's customers (我的客户), 认购 and 签约 (成交), the conversion figures (转化分析),
ownership claims and upkeep. F2 登记, F3 大厅, F4 来访记录, Ctrl+M 我的客户."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from desk.clock import now
from desk.services.core import changes
from desk.ui.changes import announce
from desk.ui.reception.board import HallBoard
from desk.ui.reception.conversion import ConversionPanel
from desk.ui.reception.customers import MyCustomersPanel
from desk.ui.reception.outcomes import OutcomesPanel
from desk.ui.reception.panels import ClaimsPanel, RotationPanel, UpkeepPanel, VisitsPanel
from desk.ui.reception.register import RegisterForm
from desk.ui.showflats.check_dialog import AfterGroupCheckDialog
from desk.ui.widgets import Confirm


class ReceptionSection(QWidget):
    def __init__(self, session, parent=None, clock=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or now
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        page = QWidget()
        row = QHBoxLayout(page)
        self.form = RegisterForm(session, page, clock=lambda: self.clock())
        self.rotation = RotationPanel(session, page, clock=lambda: self.clock())
        row.addWidget(self.form, 3)
        row.addWidget(self.rotation, 1)
        self.tabs.addTab(page, self.tr("登记（F2）"))
        self.board = HallBoard(session, self, clock=lambda: self.clock())
        self.tabs.addTab(self.board, self.tr("大厅（F3）"))
        self.visits = VisitsPanel(session, self)
        self.tabs.addTab(self.visits, self.tr("来访记录（F4）"))
        self.customers = MyCustomersPanel(session, self, clock=lambda: self.clock())
        self.customers_index = self.tabs.addTab(self.customers, self.tr("我的客户（Ctrl+M）"))
        self.outcomes = OutcomesPanel(session, self, clock=lambda: self.clock())
        self.outcomes_index = self.tabs.addTab(self.outcomes, self.tr("成交"))
        self.conversion = ConversionPanel(session, self, clock=lambda: self.clock())
        self.conversion_index = self.tabs.addTab(self.conversion, self.tr("转化分析"))
        self.claims = ClaimsPanel(session, self)
        self.tabs.addTab(self.claims, self.tr("归属申请"))
        self.upkeep = UpkeepPanel(session, self)
        self.upkeep_index = self.tabs.addTab(self.upkeep, self.tr("维护"))

        self.form.go_to_group.connect(self.show_group)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.board.left_show_flat.connect(self.offer_after_group_check)
        for key, index in (("F2", 0), ("F3", 1), ("F4", 2), ("Ctrl+M", self.customers_index)):
            QShortcut(QKeySequence(key), self, lambda i=index: self.tabs.setCurrentIndex(i),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        can = self.session.can
        self.tabs.setTabVisible(self.upkeep_index, can("reception.manage"))
        self.tabs.setTabVisible(self.customers_index, can("reception.outcome") or can("reception.manage"))
        self.tabs.setTabVisible(self.outcomes_index, can("reception.outcome") or can("reception.approve"))
        self.tabs.setTabVisible(self.conversion_index, can("reports.view"))

    def set_session(self, session) -> None:
        self.session = session
        for part in (self.form, self.rotation, self.board, self.visits, self.claims, self.upkeep, self.customers,
                     self.outcomes, self.conversion):
            part.set_session(session)
        self._apply_permissions()

    def on_shown(self) -> None:
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.board:
            self.board.refresh()
            self.board.view.setFocus()
        elif widget is self.visits:
            self.visits.refresh()
        elif widget is self.claims:
            self.claims.refresh()
        elif widget in (self.customers, self.outcomes, self.conversion):
            widget.on_shown()
        elif index == 0:
            self.rotation.refresh()
            self.form.on_shown()

    def offer_after_group_check(self, visit_id: int) -> None:
        """A group left the show flats: offer the after-group count (一客一盘点) right away."""
        if not self.session.can("showflat.check"):
            return
        if not Confirm.ask(self, self.tr("一客一盘点"), self.tr("这组客户已离开样板间，现在做一客一盘点吗？"),
                           default_yes=True):
            return
        if AfterGroupCheckDialog.ask(self, self.session, None, group_ref=visit_id) is not None:
            announce(changes.SHOWFLATS)

    def show_visits(self, day, consultant_id: int | None = None) -> None:
        """来访记录 of one day, for one consultant (or all)."""
        self.tabs.setCurrentWidget(self.visits)
        self.visits.show_day(day, consultant_id)

    def show_group(self, visit_id: int) -> None:
        self.tabs.setCurrentWidget(self.board)
        self.board.refresh()
        self.board.select_group(visit_id)
        self.board.view.setFocus()
