"""Every table model of the program passes pytest-qt's model tester, on a week of demo data, as
the screens use it: each grid of every screen (every tab) as the administrator, and the grids of the
dialogs. A model class nobody checks fails the test."""
from __future__ import annotations

import inspect

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView

from desk.ui.models import admin, bar, base, duty, excel, inspections, reception, servicedesk, showflats

# The shapes the grids share (never shown themselves).
BASES = {base.ListTableModel, base.GridModel, base.QueryTableModel, servicedesk.ServiceModel, servicedesk.ListModel,
         inspections._NamedModel}


def model_classes() -> set[type]:
    found = set()
    for module in (admin, bar, duty, excel, inspections, reception, servicedesk, showflats):
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.__name__ and cls not in BASES:
                found.add(cls)
    return found


def test_every_model_passes_the_model_tester(qtbot, pytestconfig, demo, tmp_path):
    from desk.services.core import staff
    from desk.services.showflats import flats
    from desk.tools.screens import screens
    from desk.ui.main_window import MainWindow
    from desk.ui.servicedesk.complaints import ComplaintStatsDialog
    from desk.ui.showflats.check_dialog import AfterGroupCheckDialog

    from desk.db.reception import Customer
    from desk.services.reception import visitors

    session = staff.sign_in("01", "1234")
    customer = Customer.select().where(Customer.owner.is_null(False) & Customer.phone.is_null(False)).first()
    consultant = staff.sign_in(next(s.code for s in staff.list_staff(role="consultant")
                                    if s.id != customer.owner_id), "1234")
    visitors.claim_customer(consultant, customer.id, "客户指定")
    # a group in the hall with a drink, whatever the hour the tests run (the demo's day ends at closing)
    from desk.services.reception import hall

    here = visitors.register_visit(session, visitors.Registration(phone="13700009999", surname="何", title="先生",
                                                                  party_size=2))
    from desk.services.core.errors import DeskError

    for drink in hall.drink_choices():  # the first with stock left
        try:
            hall.serve(session, here.id, 1, drink)
            break
        except DeskError:
            continue
    # and a car at the gate today (the demo's own are hours old: yesterday's, just after midnight)
    from desk.services.inspections import vehicles

    vehicles.register_in(session, "沪A·D1234", purpose="看房")
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    from pytestqt.modeltest import ModelTester

    checked: dict[type, int] = {}
    testers: dict[int, ModelTester] = {}  # one per model: it keeps watching the model's later changes

    def check(model) -> None:
        if id(model) not in testers:
            testers[id(model)] = ModelTester(pytestconfig)
            testers[id(model)].check(model)
        checked[type(model)] = max(checked.get(type(model), 0), model.rowCount())

    for _name, section in screens(window):
        if section.objectName() == "section_reception":
            section.form.search(customer.phone[-4:])  # the registration's matches and a customer's visits
            if section.form.match_model.rowCount():
                section.form.pick_row(0)
        if section.objectName() == "section_bar" and section.tabs.currentWidget() is section.count_tab:
            section.count_tab.start_count()
        if section.objectName() == "section_showflats" and section.tabs.currentWidget() is section.reports_tab:
            section.reports_tab.kind.setCurrentIndex(section.reports_tab.kind.findData("flat_history"))
        for view in section.findChildren(QAbstractItemView):
            if view.isVisible() and isinstance(view.model(), QAbstractItemModel) and type(view.model()) in \
                    model_classes():
                check(view.model())
    check(AfterGroupCheckDialog(session, window, flats.flats()[0].id).model)
    from desk.services.inspections import templates
    from desk.ui.inspections.round_dialog import RoundDialog

    check(RoundDialog(session, templates.template_by_code("showflat_opening").id, window, flats.flats()[0].id).model)
    bar = window.open_section("bar")
    if not bar.closing_tab.waste.rowCount():  # today's closing already booked them (after 19:40)
        from desk.services.bar.closing import WasteCandidate

        bar.closing_tab.waste.load([WasteCandidate(1, 1, "西瓜", "个", 1, 1, "切开未用完的水果", "开封于 11-30 10:05")])
    check(bar.closing_tab.waste)
    check(ComplaintStatsDialog(window.open_section("service"), window).model)
    # the customer cycle's dialogs: a customer's file (visits and talks, follow-ups, ownership, what
    # they were served), a talk's history, a repair's corrections
    import datetime as dt

    from desk.db.reception import FollowUp, Subscription, VisitCompletion
    from desk.db.servicedesk import Repair
    from desk.services.reception import completions
    from desk.services.servicedesk import corrections
    from desk.ui.reception.customer_file import CustomerFileDialog
    from desk.ui.reception.followup import TalkDialog
    from desk.ui.servicedesk.corrections import CorrectionDialog

    from desk.db.reception import Serving, Visit

    followed = {f.customer_id for f in FollowUp.select(FollowUp.customer)}
    subscribed = next(s for s in Subscription.select().order_by(Subscription.id) if s.customer_id in followed)
    served = Visit.select().join(Serving, on=(Serving.visit == Visit.id)).first()
    for customer_id in (subscribed.customer_id, served.customer_id):
        file_dialog = CustomerFileDialog(window, session, customer_id)
        qtbot.addWidget(file_dialog)
        for model in (file_dialog.visit_model, file_dialog.follow_model, file_dialog.owner_model,
                      file_dialog.served_model):
            check(model)
    visit_id = VisitCompletion.select().first().visit_id
    talk_dialog = TalkDialog(window, "来访", completions.talk(visit_id), completions.history(visit_id),
                             dt.date(2000, 1, 1))
    qtbot.addWidget(talk_dialog)
    check(talk_dialog.history)
    repair = Repair.select().first()
    corrections.correct(session, corrections.REPAIR, repair.id, "description", repair.description + "（更正）",
                        "登记时写错")
    correction_dialog = CorrectionDialog(window, corrections.REPAIR, repair,
                                         corrections.history(corrections.REPAIR, repair.id))
    qtbot.addWidget(correction_dialog)
    check(correction_dialog.history)
    import openpyxl

    from desk.excel import sync
    from desk.ui.excel.preview import ImportPreviewDialog

    path = sync.export_workbook(session, tmp_path / "sync.xlsx").path
    book = openpyxl.load_workbook(path)
    sheet = book["水吧物品"]
    name = [c.value for c in sheet[1]].index("名称") + 1
    sheet.cell(row=2, column=name, value=sheet.cell(row=2, column=name).value + "（改）")
    book.save(path)
    excel_section = window.open_section("excel")
    excel_section.refresh()
    check(excel_section.history)  # the export just written
    dialog = ImportPreviewDialog(sync.plan_import(session, path), window)
    qtbot.addWidget(dialog)
    dialog.view.selectRow(0)
    check(dialog.model)
    check(dialog.sides)

    for tester in testers.values():
        tester._cleanup()
    missing = {cls.__name__ for cls in model_classes()} - {cls.__name__ for cls in checked}
    assert not missing, f"models no screen or dialog checked: {sorted(missing)}"
    empty = sorted(cls.__name__ for cls, rows in checked.items() if rows == 0)
    assert not empty, f"checked empty only (demo data should fill them): {empty}"
