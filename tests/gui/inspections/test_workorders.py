"""The hall's own work orders (工程维修单) from 巡检管理: 报修 → 派工 → 完工 → 验收 through the real
dialogs (filled as a person would, then 确定), the list and the month's on-time figure following."""
import pytest
from PySide6.QtCore import Qt

from desk.services.inspections import workorders
from desk.ui.inspections.dialogs import CompleteOrderDialog, WorkOrderDialog
from desk.ui.inspections.section import InspectionsSection
from desk.ui.widgets import TextDialog


def answered(fill):
    """An ``ask`` that opens the real dialog, fills it with ``fill(dialog)`` and presses 确定 (the
    message line is kept so a refusal can be read)."""
    shown = []

    def ask(cls, parent, session, *args, **kwargs):
        dialog = cls(session, parent, *args, **kwargs)
        fill(dialog)
        dialog.buttons.accepted.emit()
        shown.append(dialog.message.text())
        return dialog.result_object if dialog.result() == dialog.DialogCode.Accepted else None

    return classmethod(ask), shown


@pytest.fixture
def section(qtbot, supervisor):
    widget = InspectionsSection(supervisor)
    qtbot.addWidget(widget)
    widget.tabs.setCurrentWidget(widget.orders_tab)
    widget.refresh()
    return widget


def cells(section, row=0) -> dict[str, str]:
    """The row as the person reads it: header -> text."""
    model = section.orders_model
    return {model.headerData(c, Qt.Orientation.Horizontal): model.data(model.index(row, c))
            for c in range(model.columnCount())}


def fill_order(dialog):
    dialog.place.setCurrentText("销售大厅")
    dialog.asset.setText("自动门")
    dialog.description.setPlainText("感应迟钝，开门慢")


def test_a_work_order_goes_through_its_steps_from_the_screen(section, monkeypatch):
    ask, _ = answered(fill_order)
    monkeypatch.setattr(WorkOrderDialog, "ask", ask)
    section.new_order_button.click()
    section.refresh_orders()
    row = cells(section)
    assert (row["地点"], row["设施设备"], row["报修内容"], row["状态"]) == ("销售大厅", "自动门", "感应迟钝，开门慢", "已报修")
    assert row["单号"].startswith("GC-")

    section.orders_view.selectRow(0)
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, parent, title, prompt: "宏达门业"))
    section.dispatch_button.click()
    section.refresh_orders()
    assert (cells(section)["状态"], cells(section)["维修人员"]) == ("已派工", "宏达门业")

    ask, _ = answered(lambda d: (d.cost.setText("380"), d.materials.setText("感应器"), d.note.setText("更换感应器")))
    monkeypatch.setattr(CompleteOrderDialog, "ask", ask)
    section.orders_view.selectRow(0)
    section.complete_button.click()
    section.refresh_orders()
    row = cells(section)
    assert (row["状态"], row["费用（元）"], row["按时"]) == ("已完工", "380.00", "是")
    assert row["完工时间"]

    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, parent, title, prompt: "门已正常"))
    section.orders_view.selectRow(0)
    section.accept_button.click()
    section.refresh_orders()
    assert cells(section)["状态"] == "已验收"
    assert "本月维修及时率 100.0%（1/1" in section.on_time_label.text()
    order = workorders.orders().get()
    assert (order.worker, order.materials) == ("宏达门业", "感应器")


def test_a_refused_completion_is_said_in_the_dialog_and_changes_nothing(section, monkeypatch):
    ask, _ = answered(fill_order)
    monkeypatch.setattr(WorkOrderDialog, "ask", ask)
    section.new_order_button.click()
    section.refresh_orders()
    ask, shown = answered(lambda d: d.cost.setText("-5"))
    monkeypatch.setattr(CompleteOrderDialog, "ask", ask)
    section.orders_view.selectRow(0)
    section.complete_button.click()
    assert shown == ["费用不能为负数：-5"]  # the dialog's red line says why
    assert workorders.orders().get().done_at is None


def test_a_step_with_no_order_selected_says_so(section, monkeypatch):
    """派工, 完工 and 验收 with no row selected tell the person to pick one (they did nothing before)."""
    from desk.ui.widgets import Notice

    ask, _ = answered(fill_order)
    monkeypatch.setattr(WorkOrderDialog, "ask", ask)
    section.new_order_button.click()
    section.refresh_orders()
    section.orders_view.clearSelection()
    section.orders_view.setCurrentIndex(section.orders_model.index(-1, -1))
    said = []
    monkeypatch.setattr(Notice, "ask", classmethod(lambda cls, parent, title, text, *a: said.append(text)))
    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda cls, *a, **k: pytest.fail("a dialog for no order")))
    monkeypatch.setattr(CompleteOrderDialog, "ask", classmethod(lambda cls, *a, **k: pytest.fail("a dialog")))
    for button in (section.dispatch_button, section.complete_button, section.accept_button):
        button.click()
    assert said == ["请先在列表中选择一行"] * 3
    assert cells(section)["状态"] == "已报修"  # nothing changed
