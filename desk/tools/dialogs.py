"""Every dialog of the program, opened the way a person opens it (the buttons' own handlers, a row
chosen first where the action needs one), for the gallery and the screen check.

While ``capture`` is active a dialog's modal loop does not run: ``exec()`` shows the dialog, hands
it to a callback (which looks at it or saves a picture) and answers 取消 / 否, so nothing a dialog
would write is written. The actions that write without a dialog are left out.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import openpyxl
from PySide6.QtWidgets import QDialog, QMessageBox, QTabWidget, QWidget

from desk.excel import sync
from desk.services.bar import stock
from desk.services.core import shifts
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.ui.admin.section import BackupTab, SettingsTab, StaffTab
from desk.ui.bar.dialogs import CosignDialog, OverrideDialog
from desk.ui.errors import show_error
from desk.ui.excel.preview import ImportPreviewDialog
from desk.tools.screens import settle
from desk.ui.reception.board import DepartTimeDialog
from desk.ui.servicedesk.base import GridPanel


@dataclass(frozen=True)
class Opener:
    name: str  # the picture's file name
    section: str  # the section it opens from (a person who cannot see it is skipped)
    open: Callable[[QWidget], None]  # given the shown section widget, opens the dialog(s)


@contextlib.contextmanager
def capture(on_dialog: Callable[[QDialog], None]) -> Iterator[list[QDialog]]:
    """Dialogs shown meanwhile go to ``on_dialog`` and are answered 取消; yields the list of them."""
    shown: list[QDialog] = []
    originals = {cls: cls.__dict__.get("exec") for cls in (QDialog, QMessageBox)}

    def fake_exec(dialog) -> int:
        dialog.show()
        settle()
        shown.append(dialog)
        on_dialog(dialog)
        dialog.hide()
        return 0

    for cls in originals:
        cls.exec = fake_exec
    try:
        yield shown
    finally:
        for cls, original in originals.items():
            if original is None:
                delattr(cls, "exec")  # it had the one it inherits
            else:
                cls.exec = original


def _select_first(view) -> bool:
    if view.model().rowCount():
        view.selectRow(0)
        view.setCurrentIndex(view.model().index(0, 0))
        return True
    return False


def _tab(name: str):
    """Show the tab ``name`` (an attribute of the section) first, as a person would."""
    def show(section):
        page = getattr(section, name)
        section.tabs.setCurrentWidget(page)
        settle()
        return page
    return show


def _reception_visits(section):
    panel = _tab("visits")(section)
    panel.date_from.setDate(panel.date_from.date().addDays(-7))
    _select_first(panel.view)
    return panel


def _service_buttons(section) -> None:
    """Every action button of every service-desk tab that asks something (not printing or exporting)."""
    for index in range(section.tabs.count()):
        section.tabs.setCurrentIndex(index)
        settle()
        page = section.tabs.widget(index)
        inner_tabs = page.findChildren(QTabWidget)
        for inner in inner_tabs or [None]:
            for j in range(inner.count() if inner else 1):
                if inner is not None:
                    inner.setCurrentIndex(j)
                settle()
                for panel in [page] + page.findChildren(GridPanel):
                    if not isinstance(panel, GridPanel) or not panel.isVisible():
                        continue
                    _select_first(panel.view)
                    for k in range(panel.tools.count()):
                        button = panel.tools.itemAt(k).widget()
                        if button is not None and button.isVisible() and button.objectName() in ASKING_SERVICE_BUTTONS:
                            button.click()


# The service desk's buttons that open a form (the others write at once, print or export).
ASKING_SERVICE_BUTTONS = {
    "add_unit", "edit_unit", "receive", "dispatch", "complete", "call_back", "judge", "investigate", "propose",
    "implement", "summarize", "statistics", "categories", "take", "hand_on", "close_call", "lend", "return_key",
    "add_item", "edit_item", "order", "new_period", "pay", "reverse", "add_visit", "enter_survey",
}


def _bar_dialogs(section) -> None:

    stock_tab = _tab("stock_tab")(section)
    _select_first(stock_tab.view)
    for button, kind in ((stock_tab.receive_button, stock.RECEIPT), (stock_tab.waste_button, stock.WASTE),
                         (stock_tab.transfer_button, stock.TRANSFER)):
        if button.isVisible():
            stock_tab.move(kind)
    OverrideDialog.ask(section, "库存不足：可乐 现有 0 瓶，本次 1 瓶")
    items = stock.active_items()[:2]
    CosignDialog.ask(section, [(i.id, f"{i.name}  -3{i.unit}") for i in items], section.session.staff_id)
    if section.tabs.isTabVisible(section.tabs.indexOf(section.catalogue_tab)):
        catalogue = _tab("catalogue_tab")(section)
        catalogue.edit(None)
        if _select_first(catalogue.view):
            catalogue.edit(catalogue.view.model().row_object(0))
        catalogue.add_category()
    if section.tabs.isTabVisible(section.tabs.indexOf(section.count_tab)):
        count = _tab("count_tab")(section)
        count.start_count()
        count.submit()  # nothing counted yet: says what is missing


def _showflats_dialogs(section) -> None:
    checks = _tab("checks_tab")(section)
    if checks.after_group_button.isEnabled():
        checks.after_group_check()
        checks.handover_check()
        checks.point_check("opening")
        checks.point_check("closing")
    items = _tab("items_tab")(section)
    _select_first(items.view)
    if items.add_item_button.isVisible():
        items.new_flat()
        items.copy_flat()
        items.add_item()
        items.edit_item()
        items.confirm_quantity()
        items.retire_item()
    items.show_photo()
    incidents = _tab("incidents_tab")(section)
    if _select_first(incidents.view):
        incidents.advance()
        if incidents.quantity_button.isVisible():
            incidents.confirm_quantity()
    workers = _tab("workers_tab")(section)
    if workers.in_button.isEnabled():
        workers.worker_in()
    reports = _tab("reports_tab")(section)
    if reports.cleaning_task_button.isVisible():
        reports.add_cleaning_task()
    checks = _tab("checks_tab")(section)
    if checks.correct_button.isVisible() and _select_first(checks.view):
        checks.correct_check()


def _admin_dialogs(section) -> None:

    for index in range(section.tabs.count()):
        section.tabs.setCurrentIndex(index)
        settle()
        tab = section.tabs.widget(index)
        if isinstance(tab, StaffTab):
            tab.add()
            if _select_first(tab.view):
                tab.edit()
                tab.reset_pin()
        elif isinstance(tab, SettingsTab):
            tab.save()
        elif isinstance(tab, BackupTab):
            tab.check_now()


def _duty_dialogs(section) -> None:

    if shifts.current_shift() is not None:
        section.close_shift()
    if _select_first(section.view):
        section.correct_entry()
    if section.tabs.isTabVisible(section.rounds_index):
        section.tabs.setCurrentIndex(section.rounds_index)
        settle()
        if _select_first(section.rounds.view):
            section.rounds.start()
        section.tabs.setCurrentIndex(0)


def _inspections_dialogs(section) -> None:
    section.tabs.setCurrentWidget(section.due)
    settle()
    if _select_first(section.due.view):
        section.due.start()
    section.tabs.setCurrentWidget(section.rounds_tab)
    settle()
    if _select_first(section.rounds_view) and section.correct_button.isVisible():
        section.correct_round()
    section.tabs.setCurrentWidget(section.templates_tab)
    settle()
    if section.new_template_button.isVisible() and _select_first(section.templates_view):
        section.new_template()
        section.edit_template()
        section.toggle_template()
        if _select_first(section.items_view):
            section.add_item()
            section.edit_item()
            section.retire_item()
    section.tabs.setCurrentWidget(section.incidents_tab)
    settle()
    if _select_first(section.incidents_view):
        section.show_incident_photo()
        if section.advance_button.isVisible():
            section.advance_incident()
        if section.to_order_button.isVisible():
            section.incident_to_order()
    section.tabs.setCurrentWidget(section.orders_tab)
    settle()
    if section.new_order_button.isVisible():
        section.new_order()
    if section.dispatch_button.isVisible() and _select_first(section.orders_view):
        section.dispatch_order()
        section.complete_order()
        section.accept_order()


def _overview_dialogs(section) -> None:

    if section.weekly_button.isVisible():
        section.weekly_report()
    show_error(section, ValidationError(QT_TRANSLATE_NOOP("desk", "请先选择样板间")))
    show_error(section, KeyError("an unexpected error, as the error dialog shows it"))


def _window_dialogs(section) -> None:
    section.window().switch_person()


def _reception_dialogs(section) -> None:

    board = _tab("board")(section)
    board.parking()
    now = dt.datetime.now().replace(second=0, microsecond=0)
    DepartTimeDialog.ask(section, now - dt.timedelta(hours=1), now)
    panel = _reception_visits(section)
    if panel.view.model().rowCount():
        panel.follow_up()
        panel.claim()
    section.offer_after_group_check(0)
    if section.tabs.isTabVisible(section.upkeep_index) and section.upkeep.run_button.isEnabled():
        _tab("upkeep")(section)
        section.upkeep.months.setValue(24)
        section.upkeep.run()


def _excel_dialogs(section) -> None:


    if not section.session.can("import"):
        return
    folder = Path(tempfile.mkdtemp(prefix="desk-dialogs-"))
    path = sync.export_workbook(section.session, folder / "sync.xlsx").path

    book = openpyxl.load_workbook(path)
    sheet = book["水吧物品"] if "水吧物品" in book.sheetnames else book.worksheets[1]
    header = [c.value for c in sheet[1]]
    if "最低库存" in header:
        sheet.cell(row=2, column=header.index("最低库存") + 1, value="很多")  # an error to show
    book.save(path)
    ImportPreviewDialog.ask(section, sync.plan_import(section.session, path))


OPENERS: list[Opener] = [
    Opener("window", "overview", _window_dialogs),
    Opener("overview", "overview", _overview_dialogs),
    Opener("reception", "reception", _reception_dialogs),
    Opener("bar", "bar", _bar_dialogs),
    Opener("showflats", "showflats", _showflats_dialogs),
    Opener("service", "service", _service_buttons),
    Opener("excel", "excel", _excel_dialogs),
    Opener("duty", "duty", _duty_dialogs),
    Opener("inspections", "inspections", _inspections_dialogs),
    Opener("settings", "settings", _admin_dialogs),
]


def dialogs(window, on_dialog: Callable[[str, QDialog], None]) -> int:
    """Open every dialog the signed-in person can open; ``on_dialog(name, dialog)`` sees each while
    it shows. Returns how many were shown."""
    count = 0
    for opener in OPENERS:
        if opener.section not in window.section_keys():
            continue
        section = window.open_section(opener.section)
        settle()
        number = 0

        def seen(dialog, opener=opener):
            nonlocal number, count
            number += 1
            count += 1
            on_dialog(f"{opener.name}-{number:02d}", dialog)

        with capture(seen):
            opener.open(section)
        settle()
    return count
