"""样板间: item lists, checks, incidents, the worker log and reports, one tab class each.

The section holds the tabs, the line of things due above them and the session; a tab asks the
section for the flat chosen on 物品清单 (``current_flat_id``) and tells it after a write.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget,
)

from desk.services.showflats import cleaning, flats as showflats, workers
from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.services.showflats.forms import flat_items_document
from desk.ui.changes import announce, follow
from desk.ui.errors import show_error
from desk.ui.export import export_button
from desk.ui.icons import icon
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
from desk.ui.widgets import NOTE, Notice, ReasonDialog, make_table_view, need_selection, selected_object, set_style


def print_button(text: str, handler) -> QPushButton:
    button = QPushButton(icon("print"), text)
    button.clicked.connect(handler)
    return button


class ItemsTab(QWidget):
    """物品清单: the chosen flat's items; a supervisor adds, edits, retires and confirms quantities."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("样板间")))
        self.flat = flat_combo(self)
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
        self.manage_buttons = (self.new_flat_button, self.copy_flat_button, self.add_item_button,
                               self.edit_item_button, self.retire_item_button, self.quantity_button)
        for b in self.manage_buttons + (self.item_history_button, self.item_photo_button):
            top.addWidget(b)
        layout.addLayout(top)
        self.model = ItemsTableModel(self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.print_button = print_button(self.tr("打印物品清单"), self.print_items)
        bottom.addWidget(self.print_button)
        bottom.addWidget(export_button(self, lambda: self.section.session, self.model, self.tr("样板间物品清单"),
                                       money_columns={4}))
        layout.addLayout(bottom)
        self.flat.currentIndexChanged.connect(self.refresh)
        self.new_flat_button.clicked.connect(self.new_flat)
        self.copy_flat_button.clicked.connect(self.copy_flat)
        self.add_item_button.clicked.connect(self.add_item)
        self.edit_item_button.clicked.connect(self.edit_item)
        self.retire_item_button.clicked.connect(self.retire_item)
        self.view.doubleClicked.connect(lambda _index: self.edit_item())
        self.quantity_button.clicked.connect(self.confirm_quantity)
        self.item_history_button.clicked.connect(self.show_history)
        self.item_photo_button.clicked.connect(self.show_photo)

    def set_session(self, session) -> None:
        for b in self.manage_buttons:
            b.setVisible(session.can("showflat.manage"))
        self.print_button.setVisible(session.can("print"))

    def refresh(self) -> None:
        self.model.flat_id = self.flat.currentData()
        self.model.refresh()

    def new_flat(self) -> None:
        flat = FlatDialog.ask(self, self.section.session)
        if flat is not None:
            self.section.reload_flats(flat.id)

    def copy_flat(self) -> None:
        if self.flat.currentData() is None:
            return
        flat = FlatDialog.ask(self, self.section.session, self.flat.currentData())
        if flat is not None:
            self.section.reload_flats(flat.id)

    def add_item(self) -> None:
        if ItemDialog.ask(self, self.section.session, self.flat.currentData()) is not None:
            announce(changes.SHOWFLATS)

    def edit_item(self) -> None:
        item = selected_object(self.view)
        session = self.section.session
        if item is not None and session.can("showflat.manage") \
                and ItemDialog.ask(self, session, None, item=item) is not None:
            announce(changes.SHOWFLATS)

    def retire_item(self) -> None:
        """Off the list (it stays in the history and in earlier checks), with a reason."""
        item = need_selection(self.view, self)
        if item is None:
            return
        reason = ReasonDialog.ask(self, self.tr("停用物品"),
                                  self.tr("停用“{name}”的原因（物品留在历史中）").format(name=item.name),
                                  [self.tr("损坏报废"), self.tr("撤出样板间"), self.tr("重复录入")])
        if reason is None:
            return
        try:
            showflats.retire_item(self.section.session, item.id, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.SHOWFLATS)

    def confirm_quantity(self) -> None:
        item = need_selection(self.view, self)
        if item is not None and QuantityDialog.ask(self, self.section.session, item) is not None:
            announce(changes.SHOWFLATS)

    def show_history(self) -> None:
        item = need_selection(self.view, self)
        if item is not None:
            self.section.show_item_history(item.id)

    def show_photo(self) -> None:
        item = need_selection(self.view, self)
        if item is not None:
            PhotoDialog.ask(self, item.photo, item.name)

    def print_items(self) -> None:
        from desk.ui.showflats.printing import print_form  # lazy: reportlab loads with the first print

        flat_id = self.flat.currentData()
        if flat_id is not None:
            print_form(self, self.section.session, "showflat_items", documents=[flat_items_document(flat_id)],
                       id=flat_id)


class ChecksTab(QWidget):
    """盘点与巡检: after a group, handover, opening and closing checks; a supervisor's correction."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.after_group_button = QPushButton(self.tr("一客一盘点 Ctrl+G"))
        self.handover_button = QPushButton(self.tr("交接盘点"))
        self.opening_button = QPushButton(self.tr("开馆检查"))
        self.closing_button = QPushButton(self.tr("闭馆检查"))
        self.check_buttons = (self.after_group_button, self.handover_button, self.opening_button,
                              self.closing_button)
        for b in self.check_buttons:
            b.setMinimumHeight(36)
            top.addWidget(b)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = ChecksTableModel(self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.correct_button = QPushButton(self.tr("更正结果（所选）…"))
        self.correct_button.clicked.connect(self.correct_check)
        bottom.addWidget(self.correct_button)
        self.print_button = print_button(self.tr("打印巡检表（所选）"), self.print_check)
        bottom.addWidget(self.print_button)
        bottom.addWidget(export_button(self, lambda: self.section.session, self.model, self.tr("样板间检查记录")))
        layout.addLayout(bottom)
        self.after_group_button.clicked.connect(self.after_group_check)
        self.handover_button.clicked.connect(self.handover_check)
        self.opening_button.clicked.connect(lambda: self.point_check("opening"))
        self.closing_button.clicked.connect(lambda: self.point_check("closing"))

    def set_session(self, session) -> None:
        for b in self.check_buttons:
            b.setEnabled(session.can("showflat.check"))
        self.correct_button.setVisible(session.can("showflat.manage"))
        self.print_button.setVisible(session.can("print"))

    def refresh(self) -> None:
        self.model.refresh()

    def after_group_check(self) -> None:
        if AfterGroupCheckDialog.ask(self, self.section.session, self.section.current_flat_id()) is not None:
            announce(changes.SHOWFLATS)

    def handover_check(self) -> None:
        if HandoverCheckDialog.ask(self, self.section.session, self.section.current_flat_id()) is not None:
            announce(changes.SHOWFLATS)

    def point_check(self, kind: str) -> None:
        """开馆 / 闭馆检查: a round of the show-flat inspection template, at the chosen flat."""
        template = inspection_templates.template_by_code(flat_rounds.ROUND_TEMPLATES[kind])
        if template is None or not template.active:
            Notice.ask(self, self.tr("巡检"), self.tr("巡检模板已停用，请在“巡检管理”中查看"))
            return
        if RoundDialog.ask(self, self.section.session, template.id, self.section.current_flat_id()) is not None:
            announce(changes.INSPECTIONS)
            announce(changes.SHOWFLATS)

    def correct_check(self) -> None:
        """A closed check's answer corrected by a supervisor (a new answer; nothing overwritten)."""
        check = need_selection(self.view, self)
        if check is None:
            return
        try:
            showflats.correctable(check.id)
        except DeskError as exc:
            show_error(self, exc)
            return
        if CorrectionDialog.ask(self, self.section.session, check) is not None:
            announce(changes.SHOWFLATS)

    def print_check(self) -> None:
        from desk.ui.showflats.printing import print_form  # lazy: reportlab loads with the first print

        check = need_selection(self.view, self)
        if check is None:
            return
        key = "showflat_items" if check.kind in showflats.ITEM_KINDS else "showflat_inspection"
        print_form(self, self.section.session, key, id=check.id)


class IncidentsTab(QWidget):
    """损坏与缺失: incidents through their steps; a supervisor confirms the new quantity."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.open_only = QCheckBox(self.tr("只看未关闭"))
        self.open_only.setChecked(True)
        self.advance_button = QPushButton(self.tr("推进到下一步…"))
        self.quantity_button = QPushButton(self.tr("确认数量变更…"))
        top.addWidget(self.open_only)
        top.addStretch(1)
        self.photo_button = QPushButton(self.tr("查看照片"))
        self.photo_button.clicked.connect(self.show_photo)
        top.addWidget(self.photo_button)
        top.addWidget(self.advance_button)
        top.addWidget(self.quantity_button)
        layout.addLayout(top)
        self.model = IncidentsTableModel(self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(export_button(self, lambda: self.section.session, self.model, self.tr("样板间事件")))
        layout.addLayout(bottom)
        self.open_only.toggled.connect(self.refresh)
        self.advance_button.clicked.connect(self.advance)
        self.quantity_button.clicked.connect(self.confirm_quantity)

    def set_session(self, session) -> None:
        self.quantity_button.setVisible(session.can("showflat.manage"))

    def refresh(self) -> None:
        self.model.open_only = self.open_only.isChecked()
        self.model.refresh()
        self.section.show_open_incidents(len(showflats.open_incidents()))

    def advance(self) -> None:
        incident = need_selection(self.view, self)
        if incident is None:
            return
        if IncidentStep.advance(self, incident, lambda note: showflats.advance_incident(
                self.section.session, incident.id, note=note)):
            announce(changes.SHOWFLATS, incident.id)

    def confirm_quantity(self) -> None:
        incident = selected_object(self.view)
        if incident is None or incident.item_id is None:
            return
        if QuantityDialog.ask(self, self.section.session, incident.item, incident) is not None:
            announce(changes.SHOWFLATS)

    def show_photo(self) -> None:
        incident = need_selection(self.view, self)
        if incident is not None:
            PhotoDialog.ask(self, incident.photo, self.tr("事件 #{id}").format(id=incident.id))


class WorkersTab(QWidget):
    """施工人员: workers entering and leaving (进出登记)."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.in_button = QPushButton(self.tr("进场登记…"))
        self.out_button = QPushButton(self.tr("登记离场"))
        self.inside_only = QCheckBox(self.tr("只看尚未离场"))
        top.addWidget(self.in_button)
        top.addWidget(self.out_button)
        top.addWidget(self.inside_only)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = WorkerVisitsTableModel(self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.print_button = print_button(self.tr("打印今日进出登记表"), self.print_workers)
        bottom.addWidget(self.print_button)
        bottom.addWidget(export_button(self, lambda: self.section.session, self.model, self.tr("施工人员进出登记")))
        layout.addLayout(bottom)
        self.in_button.clicked.connect(self.worker_in)
        self.out_button.clicked.connect(self.worker_out)
        self.inside_only.toggled.connect(self.refresh)

    def set_session(self, session) -> None:
        for b in (self.in_button, self.out_button):
            b.setEnabled(session.can("showflat.check"))
        self.print_button.setVisible(session.can("print"))

    def refresh(self) -> None:
        self.model.inside_only = self.inside_only.isChecked()
        self.model.refresh()

    def worker_in(self) -> None:
        if WorkerEntryDialog.ask(self, self.section.session, self.section.current_flat_id()) is not None:
            announce(changes.SHOWFLATS)

    def worker_out(self) -> None:
        visit = need_selection(self.view, self)
        if visit is None:
            return
        try:
            workers.register_exit(self.section.session, visit.id)
        except DeskError as exc:
            show_error(self, exc)
        announce(changes.SHOWFLATS)

    def print_workers(self) -> None:
        from desk.ui.showflats.printing import print_form  # lazy: reportlab loads with the first print

        print_form(self, self.section.session, "worker_log", day=dt.date.today())


class ReportsTab(QWidget):
    """报表: stale items, a flat's history, cleaning due, overdue and done (a record undone here)."""

    def __init__(self, section, parent=None):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        self.kind.addItem(self.tr("超过 N 天未盘点的物品"), "stale")
        self.kind.addItem(self.tr("样板间历史"), "flat_history")
        self.kind.addItem(self.tr("保洁逾期任务"), "cleaning")
        self.kind.addItem(self.tr("保洁今日待做"), "cleaning_due")
        self.kind.addItem(self.tr("保洁记录（近 N 天）"), "cleaning_records")
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setValue(int(showflats.settings.get("showflat_stale_days")))
        self.days.setSuffix(self.tr(" 天"))
        self.flat = flat_combo(self)
        top.addWidget(self.kind, 1)
        top.addWidget(QLabel(self.tr("N =")))
        top.addWidget(self.days)
        top.addWidget(self.flat)
        self.cleaning_task_button = QPushButton(self.tr("新增保洁任务…"))
        self.cleaning_task_button.clicked.connect(self.add_cleaning_task)
        top.addWidget(self.cleaning_task_button)
        self.undo_cleaning_button = QPushButton(self.tr("撤销所选记录…"))
        self.undo_cleaning_button.clicked.connect(self.undo_cleaning_record)
        self.undo_cleaning_button.setEnabled(False)  # with the cleaning records report
        top.addWidget(self.undo_cleaning_button)
        layout.addLayout(top)
        self.model = ReportTableModel(self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(export_button(self, lambda: self.section.session, self.model, self.tr("样板间报表")))
        layout.addLayout(bottom)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.days.valueChanged.connect(self.refresh)
        self.flat.currentIndexChanged.connect(self.refresh)

    def set_session(self, session) -> None:
        for b in (self.cleaning_task_button, self.undo_cleaning_button):
            b.setVisible(session.can("showflat.manage"))

    def refresh(self) -> None:
        kind = self.kind.currentData()
        self.days.setEnabled(kind in ("stale", "cleaning_records"))
        self.undo_cleaning_button.setEnabled(kind == "cleaning_records")
        self.flat.setEnabled(kind == "flat_history")
        try:
            if kind == "stale":
                rows = showflats.items_not_checked(self.days.value())
                columns = report_columns("stale")
            elif kind == "flat_history":
                flat_id = self.flat.currentData()
                rows = flat_rounds.flat_history(flat_id=flat_id) if flat_id is not None else []
                columns = report_columns("history")
            elif kind == "cleaning_records":
                rows = cleaning.journal(dt.date.today() - dt.timedelta(days=self.days.value()))
                columns = report_columns("cleaning_records")
            else:
                rows = cleaning.tasks_overdue() if kind == "cleaning" else cleaning.tasks_due()
                columns = report_columns("cleaning")
        except DeskError as exc:
            show_error(self, exc)
            return
        self.model.set_report(columns, rows)

    def show_item_history(self, item_id: int) -> None:
        self.model.set_report(report_columns("history"), showflats.history(item_id=item_id))

    def add_cleaning_task(self) -> None:
        if CleaningTaskDialog.ask(self, self.section.session) is not None:
            self.kind.setCurrentIndex(self.kind.findData("cleaning_due"))
            announce(changes.CLEANING)

    def undo_cleaning_record(self) -> None:
        """A cleaning record signed by mistake, cancelled later by a correction record (with a reason)."""
        record = selected_object(self.view)
        if record is None or self.kind.currentData() != "cleaning_records":
            return
        reason = ReasonDialog.ask(self, self.tr("撤销保洁记录"), self.tr("撤销第 {id} 条（{task}，{day}）的原因").format(
            id=record.id, task=record.task.name, day=record.day), [self.tr("误点"), self.tr("未实际完成")])
        if reason is None:
            return
        try:
            cleaning.undo_record(self.section.session, record.id, reason)
        except DeskError as exc:
            show_error(self, exc)
        announce(changes.CLEANING)


class ShowflatsSection(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        self.due_label.setWordWrap(True)
        set_style(self.due_label, NOTE)
        layout.addWidget(self.due_label)
        self.tabs = QTabWidget()
        self.items_tab = ItemsTab(self)
        self.checks_tab = ChecksTab(self)
        self.incidents_tab = IncidentsTab(self)
        self.workers_tab = WorkersTab(self)
        self.reports_tab = ReportsTab(self)
        self.tabs.addTab(self.items_tab, self.tr("物品清单"))
        self.tabs.addTab(self.checks_tab, self.tr("盘点与巡检"))
        self.tabs.addTab(self.incidents_tab, self.tr("损坏与缺失"))
        self.tabs.addTab(self.workers_tab, self.tr("施工人员"))
        self.tabs.addTab(self.reports_tab, self.tr("报表"))
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+G"), self, self.checks_tab.after_group_check)
        follow(self, {changes.SHOWFLATS, changes.CLEANING, changes.INSPECTIONS}, self.refresh, shown_refreshes=True)
        self.set_session(session)

    # -- session and refresh ----------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        for tab in self.tabs_in_order():
            tab.set_session(session)

    def tabs_in_order(self) -> list[QWidget]:
        return [self.items_tab, self.checks_tab, self.incidents_tab, self.workers_tab, self.reports_tab]

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        for tab in self.tabs_in_order():
            tab.refresh()
        due = [d.translated(QCoreApplication.translate) for d in flat_rounds.checks_due()]
        inside = workers.workers_inside()
        if inside:
            due.append(self.tr("{n} 名施工人员尚未离场").format(n=len(inside)))
        self.due_label.setText(self.tr("待办：") + "；".join(due) if due else "")
        self.due_label.setVisible(bool(due))

    def show_open_incidents(self, count: int) -> None:
        """The 损坏与缺失 tab's title counts the open incidents, in red while there are any."""
        index = self.tabs.indexOf(self.incidents_tab)
        self.tabs.setTabText(index, self.tr("损坏与缺失 ({n})").format(n=count) if count else self.tr("损坏与缺失"))
        self.tabs.tabBar().setTabTextColor(index, Qt.GlobalColor.red if count else Qt.GlobalColor.black)

    # -- what the tabs share --------------------------------------------------------------------
    def current_flat_id(self) -> int | None:
        """The flat chosen on 物品清单: the one a check or a worker's entry is for."""
        return self.items_tab.flat.currentData()

    def reload_flats(self, select_id: int | None) -> None:
        """A flat was added: both flat lists show it, chosen."""
        for combo in (self.items_tab.flat, self.reports_tab.flat):
            combo.blockSignals(True)
            combo.clear()
            for flat in showflats.flats():
                combo.addItem(flat.name, flat.id)
            combo.setCurrentIndex(max(0, combo.findData(select_id)))
            combo.blockSignals(False)
        announce(changes.SHOWFLATS, select_id)

    def show_item_history(self, item_id: int) -> None:
        self.reports_tab.show_item_history(item_id)
        self.tabs.setCurrentWidget(self.reports_tab)
