"""巡检管理: the rounds due at every post, the rounds done (print, correct), the templates a
supervisor edits (and prints blank), incidents at any place, and the hall's own work orders
(工程维修单) with their on-time figure."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.services.inspections import incidents, templates, workorders
from desk.ui.changes import announce, follow
from desk.ui.errors import show_error
from desk.ui.export import export_button
from desk.ui.forms.batch import print_record
from desk.ui.inspections.dialogs import (
    CompleteOrderDialog, CorrectRoundDialog, TemplateItemDialog, TemplateDialog, WorkOrderDialog,
)
from desk.ui.inspections.panels import DueRoundsPanel, print_blank_sheet
from desk.ui.models.inspections import (
    PlaceIncidentsModel, RoundsModel, TemplateItemsModel, TemplatesModel, WorkOrdersModel,
)
from desk.ui.showflats.dialogs import IncidentStep, PhotoDialog
from desk.ui.widgets import (
    ERROR, Notice, ReasonDialog, TextDialog, make_table_view, need_selection, selected_object, set_style,
)


def _buttons(layout: QHBoxLayout, *buttons: QPushButton) -> None:
    for button in buttons:
        layout.addWidget(button)


class InspectionsSection(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.due = DueRoundsPanel(session, self, all_roles=True)
        self.tabs.addTab(self.due, self.tr("待巡检"))
        self._build_rounds_tab()
        self._build_templates_tab()
        self._build_incidents_tab()
        self._build_orders_tab()
        self.set_session(session)
        follow(self, {changes.INSPECTIONS, changes.SHOWFLATS, changes.SHIFT}, self.refresh, shown_refreshes=True)

    # -- tabs -----------------------------------------------------------------------------
    def _build_rounds_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.rounds_model = RoundsModel(self)
        self.rounds_view = make_table_view(self.rounds_model, page)
        layout.addWidget(self.rounds_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.correct_button = QPushButton(self.tr("更正结果（所选）…"))
        self.print_round_button = QPushButton(self.tr("打印巡检表（所选）"))
        self.print_day_button = QPushButton(self.tr("打印今天全部巡检表"))
        _buttons(bottom, self.correct_button, self.print_round_button, self.print_day_button,
                 export_button(self, lambda: self.session, self.rounds_model, self.tr("巡检记录")))
        layout.addLayout(bottom)
        self.correct_button.clicked.connect(self.correct_round)
        self.print_round_button.clicked.connect(self.print_round)
        self.print_day_button.clicked.connect(
            lambda: print_record(self, self.session, "inspection_sheet", day=dt.date.today()))
        self.rounds_view.doubleClicked.connect(lambda _index: self.print_round())
        self.rounds_tab = page
        self.tabs.addTab(page, self.tr("巡检记录"))

    def _build_templates_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.show_retired = QCheckBox(self.tr("显示已停用"))
        self.new_template_button = QPushButton(self.tr("新建模板…"))
        self.edit_template_button = QPushButton(self.tr("修改模板…"))
        self.retire_template_button = QPushButton(self.tr("停用/恢复"))
        self.print_blank_button = QPushButton(self.tr("打印空白巡检表"))
        top.addWidget(self.show_retired)
        top.addStretch(1)
        _buttons(top, self.new_template_button, self.edit_template_button, self.retire_template_button,
                 self.print_blank_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.templates_model = TemplatesModel(self)
        self.templates_view = make_table_view(self.templates_model, page)
        splitter.addWidget(self.templates_view)
        items_box = QWidget()
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        item_bar = QHBoxLayout()
        self.items_caption = QLabel()
        item_bar.addWidget(self.items_caption, 1)
        self.add_item_button = QPushButton(self.tr("新增项目…"))
        self.edit_item_button = QPushButton(self.tr("修改项目…"))
        self.retire_item_button = QPushButton(self.tr("停用项目…"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        _buttons(item_bar, self.add_item_button, self.edit_item_button, self.retire_item_button, self.up_button,
                 self.down_button)
        items_layout.addLayout(item_bar)
        self.items_model = TemplateItemsModel(self)
        self.items_view = make_table_view(self.items_model, items_box)
        items_layout.addWidget(self.items_view, 1)
        splitter.addWidget(items_box)
        splitter.setSizes([260, 340])
        layout.addWidget(splitter, 1)
        self.show_retired.toggled.connect(self.refresh_templates)
        self.templates_view.selectionModel().currentRowChanged.connect(lambda *_: self.refresh_items())
        self.templates_model.modelReset.connect(self.refresh_items)
        self.new_template_button.clicked.connect(self.new_template)
        self.edit_template_button.clicked.connect(self.edit_template)
        self.templates_view.doubleClicked.connect(lambda _index: self.edit_template())
        self.retire_template_button.clicked.connect(self.toggle_template)
        self.print_blank_button.clicked.connect(self.print_blank)
        self.add_item_button.clicked.connect(self.add_item)
        self.edit_item_button.clicked.connect(self.edit_item)
        self.items_view.doubleClicked.connect(lambda _index: self.edit_item())
        self.retire_item_button.clicked.connect(self.retire_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.templates_tab = page
        self.tabs.addTab(page, self.tr("巡检模板"))

    def _build_incidents_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.open_only = QCheckBox(self.tr("只看未关闭"))
        self.open_only.setChecked(True)
        top.addWidget(self.open_only)
        top.addStretch(1)
        self.incident_photo_button = QPushButton(self.tr("查看照片"))
        self.advance_button = QPushButton(self.tr("推进到下一步…"))
        self.to_order_button = QPushButton(self.tr("转工程维修单…"))
        _buttons(top, self.incident_photo_button, self.advance_button, self.to_order_button)
        layout.addLayout(top)
        self.incidents_model = PlaceIncidentsModel(self)
        self.incidents_view = make_table_view(self.incidents_model, page)
        layout.addWidget(self.incidents_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(export_button(self, lambda: self.session, self.incidents_model, self.tr("巡检事件")))
        layout.addLayout(bottom)
        self.open_only.toggled.connect(self.refresh_incidents)
        self.incident_photo_button.clicked.connect(self.show_incident_photo)
        self.advance_button.clicked.connect(self.advance_incident)
        self.to_order_button.clicked.connect(self.incident_to_order)
        self.incidents_tab = page
        self.incidents_index = self.tabs.addTab(page, self.tr("事件"))

    def _build_orders_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.open_orders_only = QCheckBox(self.tr("只看未完工"))
        self.on_time_label = QLabel()
        self.on_time_label.setObjectName("on_time")
        top.addWidget(self.open_orders_only)
        top.addWidget(self.on_time_label, 1)
        self.new_order_button = QPushButton(self.tr("报修…"))
        self.dispatch_button = QPushButton(self.tr("派工…"))
        self.complete_button = QPushButton(self.tr("完工…"))
        self.accept_button = QPushButton(self.tr("验收…"))
        _buttons(top, self.new_order_button, self.dispatch_button, self.complete_button, self.accept_button)
        layout.addLayout(top)
        self.orders_model = WorkOrdersModel(self)
        self.orders_view = make_table_view(self.orders_model, page)
        layout.addWidget(self.orders_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(export_button(self, lambda: self.session, self.orders_model, self.tr("工程维修单"),
                                       money_columns={9}))
        layout.addLayout(bottom)
        self.open_orders_only.toggled.connect(self.refresh_orders)
        self.new_order_button.clicked.connect(self.new_order)
        self.dispatch_button.clicked.connect(self.dispatch_order)
        self.complete_button.clicked.connect(self.complete_order)
        self.accept_button.clicked.connect(self.accept_order)
        self.orders_tab = page
        self.tabs.addTab(page, self.tr("工程维修单"))

    # -- session and refresh ----------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        self.due.set_session(session)
        manage = session.can("inspection.manage")
        for b in (self.new_template_button, self.edit_template_button, self.retire_template_button,
                  self.add_item_button, self.edit_item_button, self.retire_item_button, self.up_button,
                  self.down_button, self.correct_button, self.dispatch_button, self.complete_button,
                  self.accept_button, self.to_order_button):
            b.setVisible(manage)
        self.new_order_button.setVisible(session.can("workorder.report"))
        self.advance_button.setVisible(session.can("incident.report"))
        printing = session.can("print")
        for b in (self.print_round_button, self.print_day_button, self.print_blank_button):
            b.setVisible(printing)

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.due.refresh()
        self.rounds_model.refresh()
        self.refresh_templates()
        self.refresh_incidents()
        self.refresh_orders()

    def refresh_templates(self) -> None:
        current = selected_object(self.templates_view)
        self.templates_model.active_only = not self.show_retired.isChecked()
        self.templates_model.refresh()
        rows = self.templates_model.rows()
        index = next((n for n, t in enumerate(rows) if current is not None and t.id == current.id), 0)
        if rows:
            self.templates_view.selectRow(index)
        self.refresh_items()

    def refresh_items(self) -> None:
        template = selected_object(self.templates_view)
        self.items_model.load(template.id if template is not None else None)
        self.items_caption.setText(self.tr("“{name}”的检查项目（{n} 项）").format(
            name=template.name, n=self.items_model.rowCount()) if template is not None else "")

    def refresh_incidents(self) -> None:
        self.incidents_model.open_only = self.open_only.isChecked()
        self.incidents_model.refresh()
        count = incidents.open_count()
        self.tabs.setTabText(self.incidents_index, self.tr("事件 ({n})").format(n=count) if count else self.tr("事件"))

    def refresh_orders(self) -> None:
        self.orders_model.open_only = self.open_orders_only.isChecked()
        self.orders_model.refresh()
        today = dt.date.today()
        figure = workorders.on_time(since=dt.datetime.combine(today.replace(day=1), dt.time()))
        if figure["percent"] is None:
            self.on_time_label.setText(self.tr("本月维修及时率：暂无完工（目标 ≥ 95%）"))
        else:
            self.on_time_label.setText(self.tr("本月维修及时率 {p}%（{n}/{m}，目标 ≥ 95%）").format(
                p=figure["percent"], n=figure["on_time"], m=figure["judged"]))
        if figure["percent"] is not None and figure["percent"] < 95:
            set_style(self.on_time_label, ERROR)
        else:
            self.on_time_label.setStyleSheet("")

    # -- rounds -------------------------------------------------------------------------------
    def print_round(self) -> None:
        chosen = need_selection(self.rounds_view, self)
        if chosen is not None and self.session.can("print"):
            print_record(self, self.session, "inspection_sheet", id=chosen.id)

    def correct_round(self) -> None:
        chosen = need_selection(self.rounds_view, self)
        if chosen is None:
            return
        if chosen.closed_at is None:
            Notice.ask(self, self.tr("更正结果"), self.tr("该巡检还没结束"))
            return
        if CorrectRoundDialog.ask(self, self.session, chosen) is not None:
            announce(changes.INSPECTIONS, chosen.id)

    # -- templates ----------------------------------------------------------------------------
    def new_template(self) -> None:
        template = TemplateDialog.ask(self, self.session)
        if template is not None:
            announce(changes.INSPECTIONS, template.id)
            self.refresh_templates()
            self._select_template(template.id)

    def _select_template(self, template_id: int) -> None:
        rows = self.templates_model.rows()
        index = next((n for n, t in enumerate(rows) if t.id == template_id), None)
        if index is not None:
            self.templates_view.selectRow(index)
            self.refresh_items()

    def edit_template(self) -> None:
        template = selected_object(self.templates_view)
        if template is not None and self.session.can("inspection.manage") and \
                TemplateDialog.ask(self, self.session, template) is not None:
            announce(changes.INSPECTIONS, template.id)

    def toggle_template(self) -> None:
        template = need_selection(self.templates_view, self)
        if template is None:
            return
        reason = ""
        if template.active:
            reason = ReasonDialog.ask(self, self.tr("停用模板"), self.tr("停用“{name}”的原因（已做的巡检仍保留）").format(
                name=template.name), [self.tr("不再需要"), self.tr("已由新模板代替")])
            if reason is None:
                return
        try:
            templates.set_template_active(self.session, template.id, not template.active, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.INSPECTIONS, template.id)

    def print_blank(self) -> None:
        template = selected_object(self.templates_view)
        if template is not None:
            print_blank_sheet(self, template.id)

    def add_item(self) -> None:
        template = need_selection(self.templates_view, self)
        if template is not None and TemplateItemDialog.ask(self, self.session, template.id) is not None:
            announce(changes.INSPECTIONS, template.id)

    def edit_item(self) -> None:
        item = selected_object(self.items_view)
        if item is not None and self.session.can("inspection.manage") and \
                TemplateItemDialog.ask(self, self.session, None, item=item) is not None:
            announce(changes.INSPECTIONS, item.id)

    def retire_item(self) -> None:
        item = need_selection(self.items_view, self)
        if item is None:
            return
        reason = ReasonDialog.ask(self, self.tr("停用检查项目"), self.tr("停用“{label}”的原因（过去的巡检仍显示它）").format(
            label=item.label), [self.tr("不再检查"), self.tr("已合并到其他项目")])
        if reason is None:
            return
        try:
            templates.retire_item(self.session, item.id, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.INSPECTIONS, item.id)

    def move_item(self, step: int) -> None:
        item = need_selection(self.items_view, self)
        if item is None:
            return
        row = self.items_view.currentIndex().row()
        try:
            templates.move_item(self.session, item.id, step)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.INSPECTIONS, item.id)
        self.refresh_items()
        self.items_view.selectRow(max(0, min(row + step, self.items_model.rowCount() - 1)))

    # -- incidents ----------------------------------------------------------------------------
    def show_incident_photo(self) -> None:
        incident = need_selection(self.incidents_view, self)
        if incident is None:
            return
        PhotoDialog.ask(self, incident.photo, self.tr("事件 #{id}").format(id=incident.id))

    def advance_incident(self) -> None:
        incident = need_selection(self.incidents_view, self)
        if incident is None:
            return
        if IncidentStep.advance(self, incident,
                                lambda note: incidents.advance_incident(self.session, incident.id, note=note)):
            announce(changes.INSPECTIONS, incident.id)

    def incident_to_order(self) -> None:
        incident = need_selection(self.incidents_view, self)
        if incident is None:
            return
        if incident.work_order_id is not None:
            Notice.ask(self, self.tr("转工程维修单"), self.tr("该事件已有工程维修单"))
            return
        if WorkOrderDialog.ask(self, self.session, incident) is not None:
            announce(changes.INSPECTIONS, incident.id)

    # -- work orders --------------------------------------------------------------------------
    def new_order(self) -> None:
        order = WorkOrderDialog.ask(self, self.session)
        if order is not None:
            announce(changes.INSPECTIONS, getattr(order, "id", None))

    def dispatch_order(self) -> None:
        order = need_selection(self.orders_view, self)
        if order is None:
            return
        worker = TextDialog.ask(self, self.tr("派工：{number}").format(number=order.number),
                                self.tr("维修人员（工程部或外单位）"))
        if worker is None:
            return
        try:
            workorders.dispatch(self.session, order.id, worker)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.INSPECTIONS, order.id)

    def complete_order(self) -> None:
        order = need_selection(self.orders_view, self)
        if order is not None and CompleteOrderDialog.ask(self, self.session, order) is not None:
            announce(changes.INSPECTIONS, order.id)

    def accept_order(self) -> None:
        order = need_selection(self.orders_view, self)
        if order is None:
            return
        note = TextDialog.ask(self, self.tr("验收：{number}").format(number=order.number), self.tr("验收意见"))
        if note is None:
            return
        try:
            workorders.accept(self.session, order.id, note)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.INSPECTIONS, order.id)
