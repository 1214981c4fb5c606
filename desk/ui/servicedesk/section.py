"""客服台: the owner service desk, one tab per workflow."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desk.services.core import changes
from desk.services.servicedesk import callbacks, complaints, keys, repairs
from desk.ui.changes import follow
from desk.ui.servicedesk.calls import CallsPanel
from desk.ui.servicedesk.complaints import ComplaintsPanel
from desk.ui.servicedesk.fees import FeesPage
from desk.ui.servicedesk.keys import KeysPanel
from desk.ui.servicedesk.owners import OwnersPage
from desk.ui.servicedesk.repairs import RepairsPanel
from desk.ui.servicedesk.specials import SpecialsPage
from desk.ui.servicedesk.units import UnitsPanel
from desk.ui.widgets import set_style


class ServiceSection(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("service_status")
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        self.units = UnitsPanel(self)
        self.repairs = RepairsPanel(self)
        self.complaints = ComplaintsPanel(self)
        self.calls = CallsPanel(self)
        self.keys = KeysPanel(self)
        self.specials = SpecialsPage(self)
        self.fees = FeesPage(self)
        self.owners = OwnersPage(self)
        for page, title in (
            (self.units, self.tr("房号业主")), (self.repairs, self.tr("报修")), (self.complaints, self.tr("投诉")),
            (self.calls, self.tr("来电")), (self.keys, self.tr("钥匙")), (self.specials, self.tr("特约服务")),
            (self.fees, self.tr("物业费")), (self.owners, self.tr("拜访/回访/问卷")),
        ):
            self.tabs.addTab(page, title)
        layout.addWidget(self.tabs, 1)
        for i in range(min(self.tabs.count(), 8)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.tabs.setCurrentIndex(i))
        self.tabs.currentChanged.connect(lambda *_: self.on_shown())
        follow(self, {changes.SERVICE}, self.update_status, shown_refreshes=True)
        self.on_shown()

    def set_session(self, session) -> None:
        self.session = session
        self.on_shown()

    def on_shown(self) -> None:
        self.tabs.currentWidget().on_shown()
        self.update_status()

    def current_unit_code(self) -> str:
        """The unit chosen in 房号业主, offered as the default in new records."""
        unit = self.units.selected()
        return unit.code if unit is not None else ""

    def update_status(self) -> None:
        due = callbacks.callbacks_due()
        repairs_open = repairs.open_repairs()
        late = sum(1 for r in repairs_open if repairs.is_overdue(r))
        self.status.setText(self.tr(
            "未完工报修 {r}（超时 {late}） · 处理中投诉 {c} · 超时未还钥匙 {k} · 超期未回访 {cb}").format(
            r=len(repairs_open), late=late, c=len(complaints.open_complaints()),
            k=len(keys.overdue_keys()), cb=len(due)))
        alarm = late or keys.overdue_keys() or due
        if alarm:
            set_style(self.status, bold=True)
        else:
            self.status.setStyleSheet("color: #333;")
