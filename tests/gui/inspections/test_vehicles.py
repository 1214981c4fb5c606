"""The guard's vehicle log on the duty page (车辆登记): a plate typed and Enter logs the car in; a car
leaving goes out by its row or by its plate typed again; 登记离场 with neither says what to do."""
import pytest
from PySide6.QtCore import Qt

from desk.services.inspections import vehicles
from desk.ui.inspections.panels import VehiclePanel


@pytest.fixture
def panel(qtbot, make_staff):
    guard = make_staff("guard", name="何伟")[1]
    widget = VehiclePanel(guard)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def test_a_car_comes_in_by_its_plate_and_enter(qtbot, panel):
    panel.plate.setText("粤")  # Chinese comes from the IME: set, never typed
    qtbot.keyClicks(panel.plate, "b3k521")
    qtbot.keyClick(panel.plate, Qt.Key.Key_Return)
    assert "粤B3K521" in panel.message.text() and "进场" in panel.message.text()
    assert panel.plate.text() == "" and panel.count.text() == "场内 1 辆"
    assert [e.plate for e in vehicles.entries(inside_only=True)] == ["粤B3K521"]


def test_a_car_leaves_by_its_plate_typed_again(qtbot, panel):
    panel.plate.setText("粤B3K521")
    panel.register_in()
    panel.plate.setText("粤b·3k521")  # typed any way, nothing selected in the list
    panel.view.clearSelection()
    panel.view.setCurrentIndex(panel.model.index(-1, -1))
    panel.out_button.click()
    assert "粤B3K521" in panel.message.text() and "离场" in panel.message.text()
    assert vehicles.inside_count() == 0 and panel.count.text() == "场内 0 辆"
    assert panel.plate.text() == ""


def test_a_car_leaves_by_its_row(qtbot, panel):
    for plate in ("粤B3K521", "粤B88D17"):
        panel.plate.setText(plate)
        panel.register_in()
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_object(r).plate == "粤B88D17")
    panel.view.selectRow(row)
    panel.out_button.click()
    assert [e.plate for e in vehicles.entries(inside_only=True)] == ["粤B3K521"]
    assert "粤B88D17" in panel.message.text() and "离场" in panel.message.text()


def test_leaving_with_nothing_chosen_or_a_plate_not_inside_says_so(qtbot, panel):
    panel.view.clearSelection()
    panel.view.setCurrentIndex(panel.model.index(-1, -1))
    panel.out_button.click()
    assert panel.message.text() == "请在列表中选中离场的车辆，或在车牌框填写它的车牌"
    panel.plate.setText("粤B12345")
    panel.out_button.click()
    assert panel.message.text() == "粤B12345 不在场内"
    assert vehicles.entries().count() == 0
