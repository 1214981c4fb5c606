"""水吧: serve and receive stock, shift counts, the journal, purchase requests, closing, catalogue."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from desk import settings
from desk.services.bar import alerts as bar_alerts, closing as barclosing, purchasing, stock
from desk.services.core import changes
from desk.services.core.errors import DeskError, ValidationError
from desk.ui.bar.count import CountTab
from desk.ui.bar.dialogs import ItemDialog, MovementDialog, OverrideDialog
from desk.ui.changes import announce, follow
from desk.ui.errors import message_of, show_error
from desk.ui.export import export_button
from desk.ui.reception.board import HallBoard
from desk.ui.icons import icon
from desk.ui.models.bar import (
    CatalogueModel, ExpiringModel, JournalModel, PurchaseLineModel, PurchaseRequestModel, StockLevelModel,
    WasteCandidateModel, t,
)
from desk.ui.widgets import (
    DONE, Notice, ReasonDialog, fit_columns, make_table_view, need_selection, say, selected_object,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BarSection", text)


class StockTab(QWidget):
    """出品与库存: scan or type an item, Enter serves; receipts, waste and transfers by dialog."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        quick = QHBoxLayout()
        self.find = QLineEdit()
        self.find.setObjectName("serve_item")
        self.find.setPlaceholderText(self.tr("扫条码或输入物品名称，回车出品"))
        self.qty = QLineEdit("1")
        self.qty.setObjectName("serve_qty")
        self.qty.setMaximumWidth(70)
        self.serve_button = QPushButton(self.tr("出品"))
        self.receive_button = QPushButton(self.tr("入库… (F6)"))
        self.waste_button = QPushButton(self.tr("报损… (F7)"))
        self.transfer_button = QPushButton(self.tr("调拨…"))
        quick.addWidget(self.find, 2)
        quick.addWidget(QLabel(self.tr("数量")))
        quick.addWidget(self.qty)
        quick.addWidget(self.serve_button)
        quick.addSpacing(20)
        quick.addWidget(self.receive_button)
        quick.addWidget(self.waste_button)
        quick.addWidget(self.transfer_button)
        layout.addLayout(quick)
        self.message = QLabel()
        self.message.setObjectName("serve_message")
        layout.addWidget(self.message)
        filters = QHBoxLayout()
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        for name in stock.categories():
            self.category.addItem(t(name), name)
        filters.addWidget(self.category)
        filters.addStretch(1)
        self.model = StockLevelModel(self)
        filters.addWidget(export_button(self, lambda: self.section.session, self.model, self.tr("水吧库存")))
        layout.addLayout(filters)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        self.find.returnPressed.connect(self.serve)
        self.qty.returnPressed.connect(self.serve)
        self.serve_button.clicked.connect(self.serve)
        self.receive_button.clicked.connect(lambda: self.move(stock.RECEIPT))
        self.waste_button.clicked.connect(lambda: self.move(stock.WASTE))
        self.transfer_button.clicked.connect(lambda: self.move(stock.TRANSFER))
        QShortcut(QKeySequence("F6"), self, lambda: self.move(stock.RECEIPT))
        QShortcut(QKeySequence("F7"), self, lambda: self.move(stock.WASTE))
        self.category.currentIndexChanged.connect(self._category_changed)
        self.view.doubleClicked.connect(lambda _i: self.move(stock.RECEIPT))

    def _category_changed(self) -> None:
        self.model.category = self.category.currentData()
        self.model.refresh()

    def refresh(self) -> None:
        self.model.refresh()

    def serve(self) -> None:
        session = self.section.session
        try:
            item = stock.find_item(self.find.text())
            try:
                entries = stock.book_serving(session, item.id, self.qty.text())
            except ValidationError as exc:
                if not exc.template.startswith("库存不足"):
                    raise
                answer = OverrideDialog.ask(self, self.section.message(exc))
                if answer is None:
                    raise
                approver, reason = answer
                entries = stock.book_serving(session, item.id, self.qty.text(), override=approver,
                                             override_reason=reason)
        except DeskError as exc:
            say(self.message, self.section.message(exc))
            self.find.selectAll()
            self.find.setFocus()
            return
        total = -sum(e.quantity for e in entries)
        say(self.message, self.tr("已出品 {name} {qty}{unit}，剩余 {left}{unit}").format(
            name=item.name, qty=stock.qty_value(total), unit=item.unit, left=stock.stock_level(item.id)), DONE)
        self.find.clear()
        self.qty.setText("1")
        self.find.setFocus()
        announce(changes.STOCK)

    def move(self, kind: str) -> None:
        item = selected_object(self.view)
        entries = MovementDialog.ask(self, self.section.session, kind, item.id if item else None)
        if entries:
            announce(changes.STOCK)


class JournalTab(QWidget):
    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类型"), None)
        for kind in stock.KINDS:
            self.kind.addItem(t(kind), kind)
        self.item = QComboBox()
        self.since = QDateEdit(QDate.currentDate().addDays(-6))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.reverse_button = QPushButton(self.tr("冲销所选…"))
        self.sign_button = QPushButton(self.tr("签批所选入库"))
        self.model = JournalModel(self)
        filters.addWidget(self.kind)
        filters.addWidget(self.item, 1)
        filters.addWidget(QLabel(self.tr("从")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("到")))
        filters.addWidget(self.until)
        filters.addWidget(self.reverse_button)
        filters.addWidget(self.sign_button)
        filters.addWidget(export_button(self, lambda: self.section.session, self.model, self.tr("水吧库存流水")))
        layout.addLayout(filters)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        for combo in (self.kind, self.item):
            combo.currentIndexChanged.connect(self.apply)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply)
        self.reverse_button.clicked.connect(self.reverse)
        self.sign_button.clicked.connect(self.sign)
        self._fill_items()

    def _fill_items(self) -> None:
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        self.item.addItem(self.tr("全部物品"), None)
        for item in stock.all_items():
            self.item.addItem(item.name, item.id)
        self.item.setCurrentIndex(max(0, self.item.findData(current)))
        self.item.blockSignals(False)

    def apply(self) -> None:
        since = dt.datetime.combine(self.since.date().toPython(), dt.time())
        until = dt.datetime.combine(self.until.date().toPython(), dt.time()) + dt.timedelta(days=1)
        self.model.filters = dict(kind=self.kind.currentData(), item_id=self.item.currentData(), since=since,
                                  until=until)
        self.model.refresh()

    def refresh(self) -> None:
        self._fill_items()
        self.until.setDate(max(self.until.date(), QDate.currentDate()))
        self.apply()

    def reverse(self) -> None:
        entry = need_selection(self.view, self)
        if entry is None:
            return
        reason = ReasonDialog.ask(self, self.tr("冲销"), self.tr("冲销第 {id} 条的原因").format(id=entry.id),
                                  [self.tr("录入错误"), self.tr("点错物品"), self.tr("客人未用")])
        if reason is None:
            return
        try:
            stock.reverse_entry(self.section.session, entry.id, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.STOCK)

    def sign(self) -> None:
        entry = need_selection(self.view, self)
        if entry is None:
            return
        try:
            stock.sign_receipt(self.section.session, entry.id)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.STOCK)


class PurchaseTab(QWidget):
    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.propose_button = QPushButton(self.tr("按建议生成采购申请"))
        self.approve_button = QPushButton(self.tr("批准"))
        self.reject_button = QPushButton(self.tr("驳回…"))
        self.receive_button = QPushButton(self.tr("按单入库所选行…"))
        self.print_button = QPushButton(icon("print"), self.tr("打印采购申请单"))
        self.requests = PurchaseRequestModel(self)
        for button in (self.propose_button, self.approve_button, self.reject_button, self.receive_button,
                       self.print_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(export_button(self, lambda: self.section.session, self.requests, self.tr("采购申请")))
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.request_view = make_table_view(self.requests, self)
        self.lines = PurchaseLineModel(self)
        self.lines.failed.connect(lambda exc: show_error(self, exc))
        self.line_view = make_table_view(self.lines, self)
        self.line_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        splitter.addWidget(self.request_view)
        splitter.addWidget(self.line_view)
        layout.addWidget(splitter, 1)
        self.hint = QLabel(self.tr("建议数量 = 标准库存 − 现有库存 + 近 14 天日均用量，按采购包装向上取整；"
                                   "待审批时可直接改“申请数量”。"))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.request_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_lines())
        self.propose_button.clicked.connect(self.propose)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.receive_button.clicked.connect(self.receive)
        self.print_button.clicked.connect(self.print_request)

    def refresh(self) -> None:
        self.requests.refresh()
        if self.requests.rowCount():
            self.request_view.selectRow(0)
        self.show_lines()

    def current(self):
        return selected_object(self.request_view)

    def show_lines(self) -> None:
        request = self.current()
        self.lines.request_id = request.id if request else None
        self.lines.session = self.section.session
        self.lines.editable = bool(request and request.status == purchasing.PENDING)
        self.lines.refresh()
        fit_columns(self.line_view)

    def _run(self, fn) -> None:
        try:
            fn()
        except DeskError as exc:
            show_error(self, exc)
            return
        row = self.request_view.currentIndex().row()
        self.requests.refresh()
        if self.requests.rowCount():
            self.request_view.selectRow(max(0, min(row, self.requests.rowCount() - 1)))
        self.show_lines()

    def propose(self) -> None:
        def make():
            purchasing.create_request(self.section.session)
            self.request_view.clearSelection()
        self._run(make)
        self.request_view.selectRow(0)

    def approve(self) -> None:
        request = self.current()
        if request:
            self._run(lambda: purchasing.approve(self.section.session, request.id))

    def reject(self) -> None:
        request = self.current()
        if request is None:
            return
        reason = ReasonDialog.ask(self, self.tr("驳回"), self.tr("驳回原因"))
        if reason is not None:
            self._run(lambda: purchasing.reject(self.section.session, request.id, reason))

    def receive(self) -> None:
        line = need_selection(self.line_view, self)
        if line is None:
            return
        left = stock.qty_value(line.quantity - line.received)
        text = ReasonDialog.ask(self, self.tr("按单入库"), self.tr("{name} 到货数量（{unit}）").format(
            name=line.item.name, unit=line.item.unit), [str(left)])
        if text is not None:
            self._run(lambda: purchasing.receive_line(self.section.session, line.id, text))
            announce(changes.STOCK)

    def print_request(self) -> None:
        request = self.current()
        self.section.print_form("purchase_request", request.id if request else None)


class ClosingTab(QWidget):
    """日结: the day's figures and, in one step, the waste of expired and opened perishables."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.waste_button = QPushButton(self.tr("勾选项一次报损"))
        top.addWidget(QLabel(self.tr("日期")))
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.waste_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.figures = QTextBrowser()
        self.waste = WasteCandidateModel(self)
        self.waste_view = make_table_view(self.waste, self)
        self.waste_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(QLabel(self.tr("收市报损建议（过期、已开封的易腐品）")))
        box_layout.addWidget(self.waste_view)
        splitter.addWidget(box)
        splitter.addWidget(self.figures)
        layout.addWidget(splitter, 1)
        self.day.dateChanged.connect(self.refresh)
        self.waste_button.clicked.connect(self.book_waste)

    def refresh(self) -> None:
        day = self.day.date().toPython()
        figures = barclosing.closing_figures(day)
        self.waste.load(figures.waste_candidates)
        fit_columns(self.waste_view)
        self.figures.setHtml(self.render(figures))

    def render(self, f) -> str:
        def table(title, rows):
            if not rows:
                return f"<h3>{title}</h3><p>{self.tr('无')}</p>"
            body = "".join(f"<tr><td>{i.name}</td><td align='right'>{q}</td><td>{i.unit}</td></tr>" for i, q in rows)
            return f"<h3>{title}</h3><table cellpadding='3'>{body}</table>"

        if f.visitors is None:
            people = self.tr("来访人数：暂无接待数据")
        else:
            people = self.tr("来访 {n} 人，出品饮品 {d} 杯，人均 {c} 杯").format(
                n=f.visitors, d=f.drinks_served, c=f.cups_per_visitor if f.cups_per_visitor is not None else "-")
        html = [f"<h2>{self.tr('水吧日结')} {f.day.isoformat()}</h2>", f"<p>{people}</p>",
                f"<p>{self.tr('出品饮品合计')}：{f.drinks_served}</p>"]
        html.append(table(self.tr("当日出品"), f.consumption))
        html.append(table(self.tr("当日报损"), f.waste))
        html.append(table(self.tr("当日入库"), f.received))
        html.append(table(self.tr("低于最低库存"), f.low_stock))
        return "".join(html)

    def book_waste(self) -> None:
        lines = self.waste.chosen()
        day = self.day.date().toPython()
        at = None if day == dt.date.today() else dt.datetime.combine(day, dt.time(21, 0))
        try:
            entries = barclosing.book_closing_waste(self.section.session, lines, at=at)
        except DeskError as exc:
            show_error(self, exc)
            return
        Notice.ask(self, self.tr("日结报损"), self.tr("已报损 {n} 笔").format(n=len(entries)))
        announce(changes.STOCK)


class ExpiringTab(QWidget):
    """临期: the expiring-soon list (a waste in one step is on 日结)."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setValue(int(settings.get("stock_expiry_warn_days")))
        self.days.setSuffix(self.tr(" 天内到期（含已过期）"))
        self.model = ExpiringModel(self)
        top.addWidget(self.days)
        top.addStretch(1)
        top.addWidget(export_button(self, lambda: self.section.session, self.model, self.tr("水吧临期物品")))
        layout.addLayout(top)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        self.days.valueChanged.connect(self.refresh)

    def refresh(self) -> None:
        self.model.days = self.days.value()
        self.model.refresh()


class CatalogueTab(QWidget):
    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新增物品…"))
        self.edit_button = QPushButton(self.tr("修改所选…"))
        self.category_button = QPushButton(self.tr("新增类别…"))
        self.model = CatalogueModel(self)
        for button in (self.add_button, self.edit_button, self.category_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(export_button(self, lambda: self.section.session, self.model, self.tr("水吧物品")))
        layout.addLayout(top)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(selected_object(self.view)))
        self.view.doubleClicked.connect(lambda _i: self.edit(selected_object(self.view)))
        self.category_button.clicked.connect(self.add_category)

    def refresh(self) -> None:
        self.model.refresh()

    def edit(self, item) -> None:
        if ItemDialog.ask(self, self.section.session, item) is not None:
            announce(changes.STOCK)

    def add_category(self) -> None:
        name = ReasonDialog.ask(self, self.tr("新增类别"), self.tr("类别名称"))
        if not name:
            return
        try:
            stock.add_category(self.section.session, name)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.STOCK)


class BarSection(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.alerts = QLabel()
        self.alerts.setObjectName("bar_alerts")
        self.alerts.setWordWrap(True)
        self.alerts.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.alerts)
        self.tabs = QTabWidget()
        self.stock_tab = StockTab(self)
        self.count_tab = CountTab(self)
        self.journal_tab = JournalTab(self)
        self.purchase_tab = PurchaseTab(self)
        self.closing_tab = ClosingTab(self)
        self.expiring_tab = ExpiringTab(self)
        self.catalogue_tab = CatalogueTab(self)
        self.hall_tab = HallBoard(session, self)  # the attendant serves and refills the guests in the hall
        self.tabs.addTab(self.stock_tab, self.tr("出品与库存"))
        self.tabs.addTab(self.hall_tab, self.tr("大厅续杯"))
        self.tabs.addTab(self.count_tab, self.tr("盘点"))
        self.tabs.addTab(self.journal_tab, self.tr("流水"))
        self.tabs.addTab(self.purchase_tab, self.tr("采购申请"))
        self.tabs.addTab(self.expiring_tab, self.tr("临期"))
        self.tabs.addTab(self.closing_tab, self.tr("日结"))
        self.tabs.addTab(self.catalogue_tab, self.tr("物品"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())
        follow(self, {changes.STOCK, changes.HALL}, self.changed, shown_refreshes=True)
        self.set_session(session)

    def set_session(self, session) -> None:
        self.session = session
        can = session.can
        self.tabs.setTabVisible(self.tabs.indexOf(self.catalogue_tab), can("stock.adjust"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.hall_tab), can("stock.serve"))
        self.hall_tab.set_session(session)
        self.tabs.setTabVisible(self.tabs.indexOf(self.count_tab), can("stock.count") or can("stock.adjust"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.purchase_tab), can("stock.receive") or can("stock.adjust"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.closing_tab), can("stock.receive") or can("stock.adjust"))
        receive = can("stock.receive")
        for button in (self.stock_tab.receive_button, self.stock_tab.waste_button, self.stock_tab.transfer_button):
            button.setVisible(receive)
        self.journal_tab.sign_button.setVisible(can("stock.adjust"))
        for button in (self.purchase_tab.approve_button, self.purchase_tab.reject_button):
            button.setVisible(can("stock.adjust"))

    def on_shown(self) -> None:
        self.refresh_alerts()
        self.refresh_current()
        if self.tabs.currentWidget() is self.stock_tab:
            self.stock_tab.find.setFocus()

    def refresh_current(self) -> None:
        widget = self.tabs.currentWidget()
        if hasattr(widget, "refresh"):
            widget.refresh()

    def changed(self) -> None:
        """After any booking (here or a serving in the hall): alerts and the visible tab show the new state."""
        self.refresh_alerts()
        self.refresh_current()

    def refresh_alerts(self) -> None:
        alerts = bar_alerts.alerts()
        if not alerts:
            self.alerts.setText(f"<span style='color:#1b5e20'>{self.tr('水吧库存正常')}</span>")
            return
        parts = []
        for alert in alerts[:8]:
            color = "#b00020" if alert.level == "warning" else "#8a6d00"
            parts.append(f"<span style='color:{color}'>● {alert.translated(QCoreApplication.translate)}</span>")
        more = self.tr("……另有 {n} 条").format(n=len(alerts) - 8) if len(alerts) > 8 else ""
        self.alerts.setText("&nbsp;&nbsp;".join(parts) + (" " + more if more else ""))

    def message(self, exc) -> str:
        return message_of(exc)

    def print_form(self, key: str, record_id: int | None) -> None:
        """Print a form into the preview window (blank without a record)."""
        from desk.ui.forms.batch import print_record  # lazy: reportlab loads with the first print

        print_record(self, self.session, key, id=record_id)
