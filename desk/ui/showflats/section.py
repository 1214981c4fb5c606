"""样板间: item lists, checks, incidents, the worker log and reports."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget,
)

from desk.services.showflats import cleaning, flats as showflats, workers
from desk.services.core.errors import DeskError
from desk.services.showflats.forms import flat_items_document
from desk.ui.bar.dialogs import ReasonDialog
from desk.ui.errors import show_error
from desk.ui.export import export_button
from desk.ui.models.showflats import (
    ChecksTableModel, IncidentsTableModel, ItemsTableModel, ReportTableModel, WorkerVisitsTableModel, report_columns,
)
from desk.services.inspections import flat_rounds, templates as inspection_templates
from desk.ui.inspections.round_dialog import RoundDialog
from desk.ui.showflats.check_dialog import AfterGroupCheckDialog, HandoverCheckDialog, flat_combo
from desk.ui.showflats.dialogs import (
    CleaningTaskDialog, CorrectionDialog, FlatDialog, IncidentStep, ItemDialog, PhotoDialog, QuantityDialog,
    WorkerEntryDialog,
)
from desk.ui.widgets import make_table_view, selected_object


def print_button(parent: QWidget, text: str, handler) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(handler)
    return button


class ShowflatsSection(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        self.due_label.setWordWrap(True)
        self.due_label.setStyleSheet("color: #8a5300;")
        layout.addWidget(self.due_label)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_items_tab()
        self._build_checks_tab()
        self._build_incidents_tab()
        self._build_workers_tab()
        self._build_reports_tab()
        QShortcut(QKeySequence("Ctrl+G"), self, self.after_group_check)
        self.set_session(session)

    # -- tabs -----------------------------------------------------------------------------
    def _build_items_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("样板间")))
        self.flat = flat_combo(page)
        self.flat.setObjectName("flat")
        top.addWidget(self.flat, 1)
        self.new_flat_button = QPushButton(self.tr("新建样板间…"))
        self.copy_flat_button = QPushButton(self.tr("复制清单到新样板间…"))
        self.add_item_button = QPushButton(self.tr("新增物品…"))
        self.edit_item_button = QPushButton(self.tr("修改物品…"))
        self.retire_item_button = QPushButton(self.tr("停用物品…"))
        self.quantity_button = QPushButton(self.tr("确认数量…"))
        self.item_history_button = QPushButton(self.tr("物品历史"))
        self.item_photo_button = QPushButton(self.tr("查看照片"))
        self.item_photo_button.clicked.connect(self.show_item_photo)
        for b in (self.new_flat_button, self.copy_flat_button, self.add_item_button, self.edit_item_button,
                  self.retire_item_button, self.quantity_button, self.item_history_button, self.item_photo_button):
            top.addWidget(b)
        layout.addLayout(top)
        self.items_model = ItemsTableModel(self)
        self.items_view = make_table_view(self.items_model, page)
        layout.addWidget(self.items_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.print_items_button = print_button(page, self.tr("打印物品清单"), self.print_items)
        bottom.addWidget(self.print_items_button)
        bottom.addWidget(export_button(self, lambda: self.session, self.items_model, self.tr("样板间物品清单"),
                                       money_columns={4}))
        layout.addLayout(bottom)
        self.flat.currentIndexChanged.connect(self.refresh_items)
        self.new_flat_button.clicked.connect(self.new_flat)
        self.copy_flat_button.clicked.connect(self.copy_flat)
        self.add_item_button.clicked.connect(self.add_item)
        self.edit_item_button.clicked.connect(self.edit_item)
        self.retire_item_button.clicked.connect(self.retire_item)
        self.items_view.doubleClicked.connect(lambda _index: self.edit_item())
        self.quantity_button.clicked.connect(self.confirm_item_quantity)
        self.item_history_button.clicked.connect(self.show_item_history)
        self.tabs.addTab(page, self.tr("物品清单"))

    def _build_checks_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.after_group_button = QPushButton(self.tr("一客一盘点 Ctrl+G"))
        self.handover_button = QPushButton(self.tr("交接盘点"))
        self.opening_button = QPushButton(self.tr("开馆检查"))
        self.closing_button = QPushButton(self.tr("闭馆检查"))
        for b in (self.after_group_button, self.handover_button, self.opening_button, self.closing_button):
            b.setMinimumHeight(36)
            top.addWidget(b)
        top.addStretch(1)
        layout.addLayout(top)
        self.checks_model = ChecksTableModel(self)
        self.checks_view = make_table_view(self.checks_model, page)
        layout.addWidget(self.checks_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.correct_check_button = QPushButton(self.tr("更正结果（所选）…"))
        self.correct_check_button.clicked.connect(self.correct_check)
        bottom.addWidget(self.correct_check_button)
        self.print_check_button = print_button(page, self.tr("打印巡检表（所选）"), self.print_check)
        bottom.addWidget(self.print_check_button)
        bottom.addWidget(export_button(self, lambda: self.session, self.checks_model, self.tr("样板间检查记录")))
        layout.addLayout(bottom)
        self.after_group_button.clicked.connect(self.after_group_check)
        self.handover_button.clicked.connect(self.handover_check)
        self.opening_button.clicked.connect(lambda: self.point_check("opening"))
        self.closing_button.clicked.connect(lambda: self.point_check("closing"))
        self.tabs.addTab(page, self.tr("盘点与巡检"))

    def _build_incidents_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.open_only = QCheckBox(self.tr("只看未关闭"))
        self.open_only.setChecked(True)
        self.advance_button = QPushButton(self.tr("推进到下一步…"))
        self.incident_qty_button = QPushButton(self.tr("确认数量变更…"))
        top.addWidget(self.open_only)
        top.addStretch(1)
        self.incident_photo_button = QPushButton(self.tr("查看照片"))
        self.incident_photo_button.clicked.connect(self.show_incident_photo)
        top.addWidget(self.incident_photo_button)
        top.addWidget(self.advance_button)
        top.addWidget(self.incident_qty_button)
        layout.addLayout(top)
        self.incidents_model = IncidentsTableModel(self)
        self.incidents_view = make_table_view(self.incidents_model, page)
        layout.addWidget(self.incidents_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(export_button(self, lambda: self.session, self.incidents_model, self.tr("样板间事件")))
        layout.addLayout(bottom)
        self.open_only.toggled.connect(self.refresh_incidents)
        self.advance_button.clicked.connect(self.advance_incident)
        self.incident_qty_button.clicked.connect(self.confirm_incident_quantity)
        self.incidents_tab = self.tabs.addTab(page, self.tr("损坏与缺失"))

    def _build_workers_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.worker_in_button = QPushButton(self.tr("进场登记…"))
        self.worker_out_button = QPushButton(self.tr("登记离场"))
        self.inside_only = QCheckBox(self.tr("只看尚未离场"))
        top.addWidget(self.worker_in_button)
        top.addWidget(self.worker_out_button)
        top.addWidget(self.inside_only)
        top.addStretch(1)
        layout.addLayout(top)
        self.workers_model = WorkerVisitsTableModel(self)
        self.workers_view = make_table_view(self.workers_model, page)
        layout.addWidget(self.workers_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.print_workers_button = print_button(page, self.tr("打印今日进出登记表"), self.print_workers)
        bottom.addWidget(self.print_workers_button)
        bottom.addWidget(export_button(self, lambda: self.session, self.workers_model, self.tr("施工人员进出登记")))
        layout.addLayout(bottom)
        self.worker_in_button.clicked.connect(self.worker_in)
        self.worker_out_button.clicked.connect(self.worker_out)
        self.inside_only.toggled.connect(self.refresh_workers)
        self.tabs.addTab(page, self.tr("施工人员"))

    def _build_reports_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.report_kind = QComboBox()
        self.report_kind.setObjectName("report_kind")
        self.report_kind.addItem(self.tr("超过 N 天未盘点的物品"), "stale")
        self.report_kind.addItem(self.tr("样板间历史"), "flat_history")
        self.report_kind.addItem(self.tr("保洁逾期任务"), "cleaning")
        self.report_kind.addItem(self.tr("保洁今日待做"), "cleaning_due")
        self.report_kind.addItem(self.tr("保洁记录（近 N 天）"), "cleaning_records")
        self.report_days = QSpinBox()
        self.report_days.setRange(0, 365)
        self.report_days.setValue(int(showflats.settings.get("showflat_stale_days")))
        self.report_days.setSuffix(self.tr(" 天"))
        self.report_flat = flat_combo(page)
        top.addWidget(self.report_kind, 1)
        top.addWidget(QLabel(self.tr("N =")))
        top.addWidget(self.report_days)
        top.addWidget(self.report_flat)
        self.cleaning_task_button = QPushButton(self.tr("新增保洁任务…"))
        self.cleaning_task_button.clicked.connect(self.add_cleaning_task)
        top.addWidget(self.cleaning_task_button)
        self.undo_cleaning_button = QPushButton(self.tr("撤销所选记录…"))
        self.undo_cleaning_button.clicked.connect(self.undo_cleaning_record)
        self.undo_cleaning_button.setEnabled(False)  # with the cleaning records report
        top.addWidget(self.undo_cleaning_button)
        layout.addLayout(top)
        self.report_model = ReportTableModel(self)
        self.report_view = make_table_view(self.report_model, page)
        layout.addWidget(self.report_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(export_button(self, lambda: self.session, self.report_model, self.tr("样板间报表")))
        layout.addLayout(bottom)
        self.report_kind.currentIndexChanged.connect(self.run_report)
        self.report_days.valueChanged.connect(self.run_report)
        self.report_flat.currentIndexChanged.connect(self.run_report)
        self.tabs.addTab(page, self.tr("报表"))

    # -- session and refresh ----------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        manage = session.can("showflat.manage")
        check = session.can("showflat.check")
        for b in (self.new_flat_button, self.copy_flat_button, self.add_item_button, self.edit_item_button,
                  self.retire_item_button, self.quantity_button, self.incident_qty_button, self.cleaning_task_button,
                  self.correct_check_button, self.undo_cleaning_button):
            b.setVisible(manage)
        for b in (self.after_group_button, self.handover_button, self.opening_button, self.closing_button,
                  self.worker_in_button, self.worker_out_button):
            b.setEnabled(check)
        printing = session.can("print")
        for b in (self.print_items_button, self.print_check_button, self.print_workers_button):
            b.setVisible(printing)

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.refresh_items()
        self.checks_model.refresh()
        self.refresh_incidents()
        self.refresh_workers()
        self.run_report()
        due = [d.translated(QCoreApplication.translate) for d in flat_rounds.checks_due()]
        inside = workers.workers_inside()
        if inside:
            due.append(self.tr("{n} 名施工人员尚未离场").format(n=len(inside)))
        self.due_label.setText(self.tr("待办：") + "；".join(due) if due else "")
        self.due_label.setVisible(bool(due))

    def refresh_items(self) -> None:
        self.items_model.flat_id = self.flat.currentData()
        self.items_model.refresh()

    def refresh_incidents(self) -> None:
        self.incidents_model.open_only = self.open_only.isChecked()
        self.incidents_model.refresh()
        count = len(showflats.open_incidents())
        self.tabs.setTabText(self.incidents_tab, self.tr("损坏与缺失 ({n})").format(n=count) if count
                             else self.tr("损坏与缺失"))
        self.tabs.tabBar().setTabTextColor(self.incidents_tab, Qt.GlobalColor.red if count else Qt.GlobalColor.black)

    def refresh_workers(self) -> None:
        self.workers_model.inside_only = self.inside_only.isChecked()
        self.workers_model.refresh()

    def run_report(self) -> None:
        kind = self.report_kind.currentData()
        self.report_days.setEnabled(kind in ("stale", "cleaning_records"))
        self.undo_cleaning_button.setEnabled(kind == "cleaning_records")
        self.report_flat.setEnabled(kind == "flat_history")
        try:
            if kind == "stale":
                rows = showflats.items_not_checked(self.report_days.value())
                columns = report_columns("stale")
            elif kind == "flat_history":
                flat_id = self.report_flat.currentData()
                rows = flat_rounds.flat_history(flat_id=flat_id) if flat_id is not None else []
                columns = report_columns("history")
            elif kind == "cleaning_records":
                rows = cleaning.journal(dt.date.today() - dt.timedelta(days=self.report_days.value()))
                columns = report_columns("cleaning_records")
            else:
                rows = cleaning.tasks_overdue() if kind == "cleaning" else cleaning.tasks_due()
                columns = report_columns("cleaning")
        except DeskError as exc:
            show_error(self, exc)
            return
        self.report_model.set_report(columns, rows)

    # -- actions ------------------------------------------------------------------------------
    def _after_write(self) -> None:
        self.refresh()

    def after_group_check(self) -> None:
        if AfterGroupCheckDialog.ask(self, self.session, self.flat.currentData()) is not None:
            self._after_write()

    def handover_check(self) -> None:
        if HandoverCheckDialog.ask(self, self.session, self.flat.currentData()) is not None:
            self._after_write()

    def point_check(self, kind: str) -> None:
        """开馆 / 闭馆检查: a round of the show-flat inspection template, at the chosen flat."""
        template = inspection_templates.template_by_code(flat_rounds.ROUND_TEMPLATES[kind])
        if template is None or not template.active:
            QMessageBox.information(self, self.tr("巡检"), self.tr("巡检模板已停用，请在“巡检管理”中查看"))
            return
        if RoundDialog.ask(self, self.session, template.id, self.flat.currentData()) is not None:
            self._after_write()

    def new_flat(self) -> None:
        flat = FlatDialog.ask(self, self.session)
        if flat is not None:
            self._reload_flats(flat.id)

    def copy_flat(self) -> None:
        if self.flat.currentData() is None:
            return
        flat = FlatDialog.ask(self, self.session, self.flat.currentData())
        if flat is not None:
            self._reload_flats(flat.id)

    def _reload_flats(self, select_id: int | None) -> None:
        for combo in (self.flat, self.report_flat):
            combo.blockSignals(True)
            combo.clear()
            for flat in showflats.flats():
                combo.addItem(flat.name, flat.id)
            combo.setCurrentIndex(max(0, combo.findData(select_id)))
            combo.blockSignals(False)
        self.refresh()

    def add_item(self) -> None:
        if ItemDialog.ask(self, self.session, self.flat.currentData()) is not None:
            self.refresh_items()

    def edit_item(self) -> None:
        item = selected_object(self.items_view)
        if item is not None and self.session.can("showflat.manage") \
                and ItemDialog.ask(self, self.session, None, item=item) is not None:
            self.refresh_items()

    def retire_item(self) -> None:
        """Off the list (it stays in the history and in earlier checks), with a reason."""
        item = selected_object(self.items_view)
        if item is None:
            return
        reason = ReasonDialog.ask(self, self.tr("停用物品"),
                                  self.tr("停用“{name}”的原因（物品留在历史中）").format(name=item.name),
                                  [self.tr("损坏报废"), self.tr("撤出样板间"), self.tr("重复录入")])
        if reason is None:
            return
        try:
            showflats.retire_item(self.session, item.id, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.refresh_items()

    def confirm_item_quantity(self) -> None:
        item = selected_object(self.items_view)
        if item is not None and QuantityDialog.ask(self, self.session, item) is not None:
            self.refresh()

    def confirm_incident_quantity(self) -> None:
        incident = selected_object(self.incidents_view)
        if incident is None or incident.item_id is None:
            return
        if QuantityDialog.ask(self, self.session, incident.item, incident) is not None:
            self.refresh()

    def advance_incident(self) -> None:
        incident = selected_object(self.incidents_view)
        if incident is None:
            return
        IncidentStep.advance(self, incident,
                             lambda note: showflats.advance_incident(self.session, incident.id, note=note))
        self.refresh_incidents()

    def _show_photo(self, photo, title: str) -> None:
        if photo is None:
            QMessageBox.information(self, title, self.tr("没有照片"))
            return
        PhotoDialog.ask(self, photo, title)

    def show_item_photo(self) -> None:
        item = selected_object(self.items_view)
        if item is not None:
            self._show_photo(item.photo, item.name)

    def show_incident_photo(self) -> None:
        incident = selected_object(self.incidents_view)
        if incident is not None:
            self._show_photo(incident.photo, self.tr("事件 #{id}").format(id=incident.id))

    def show_item_history(self) -> None:
        item = selected_object(self.items_view)
        if item is None:
            return
        self.report_model.set_report(report_columns("history"), showflats.history(item_id=item.id))
        self.tabs.setCurrentIndex(self.tabs.count() - 1)

    def add_cleaning_task(self) -> None:
        if CleaningTaskDialog.ask(self, self.session) is not None:
            self.report_kind.setCurrentIndex(self.report_kind.findData("cleaning_due"))
            self.run_report()

    def worker_in(self) -> None:
        if WorkerEntryDialog.ask(self, self.session, self.flat.currentData()) is not None:
            self.refresh()

    def worker_out(self) -> None:
        visit = selected_object(self.workers_view)
        if visit is None:
            return
        try:
            workers.register_exit(self.session, visit.id)
        except DeskError as exc:
            show_error(self, exc)
        self.refresh()

    # -- printing (the forms engine) ------------------------------------------------------------
    def print_items(self) -> None:
        from desk.ui.showflats.printing import print_form  # lazy: reportlab loads with the first print

        flat_id = self.flat.currentData()
        if flat_id is not None:
            print_form(self, self.session, "showflat_items", documents=[flat_items_document(flat_id)], id=flat_id)

    def undo_cleaning_record(self) -> None:
        """A cleaning record signed by mistake, cancelled later by a correction record (with a reason)."""
        record = selected_object(self.report_view)
        if record is None or self.report_kind.currentData() != "cleaning_records":
            return
        reason = ReasonDialog.ask(self, self.tr("撤销保洁记录"), self.tr("撤销第 {id} 条（{task}，{day}）的原因").format(
            id=record.id, task=record.task.name, day=record.day), [self.tr("误点"), self.tr("未实际完成")])
        if reason is None:
            return
        try:
            cleaning.undo_record(self.session, record.id, reason)
        except DeskError as exc:
            show_error(self, exc)
        self.run_report()

    def correct_check(self) -> None:
        """A closed check's answer corrected by a supervisor (a new answer; nothing overwritten)."""
        check = selected_object(self.checks_view)
        if check is None:
            return
        try:
            showflats.correctable(check.id)
        except DeskError as exc:
            show_error(self, exc)
            return
        if CorrectionDialog.ask(self, self.session, check) is not None:
            self.refresh()

    def print_check(self) -> None:
        from desk.ui.showflats.printing import print_form  # lazy: reportlab loads with the first print

        check = selected_object(self.checks_view)
        if check is None:
            return
        key = "showflat_items" if check.kind in showflats.ITEM_KINDS else "showflat_inspection"
        print_form(self, self.session, key, id=check.id)

    def print_workers(self) -> None:
        from desk.ui.showflats.printing import print_form  # lazy: reportlab loads with the first print

        print_form(self, self.session, "worker_log", day=dt.date.today())
