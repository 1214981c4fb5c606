"""A patrol round done by keyboard (the duty page's dialog) and one by touch-sized buttons only
(the tablet page): answers, a failure with its note, a reading typed, the incident that follows."""
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desk.db.inspections import PlaceIncident, Template
from desk.services.inspections import rounds, templates
from desk.services.inspections.templates import ItemSpec
from desk.ui.inspections import touch
from desk.ui.inspections.round_dialog import RoundDialog
from desk.ui.inspections.touch import TouchRoundsPage

TOUCH_MIN = 48  # px: the smallest a finger can hit


@pytest.fixture
def patrol(supervisor):
    """The shipped night patrol, with a reading added (the boiler room's temperature)."""
    template = templates.template_by_code("patrol_night")
    templates.add_item(supervisor, template.id, ItemSpec("配电间温度", kind="reading", area="配电间", high="35",
                                                         unit="°C"))
    return template


@pytest.fixture
def guard(make_staff):
    return make_staff("guard", name="何伟")[1]


def png_bytes():
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (20, 30, 200)).save(out, "PNG")
    return out.getvalue()


def test_patrol_round_by_keyboard(qtbot, patrol, guard):
    dialog = RoundDialog(guard, patrol.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    view = dialog.view
    assert dialog.focusWidget() is view
    labels = [line.item.label for line in dialog.model.lines]
    qtbot.keyClick(view, Qt.Key.Key_1)  # 大门已上锁: 正常, on to the next
    qtbot.keyClick(view, Qt.Key.Key_1)  # 灯具已关闭: 正常
    assert dialog.model.lines[view.currentIndex().row()].item.label == "空调已关闭"
    qtbot.keyClick(view, Qt.Key.Key_2)  # 异常: the note is asked for
    assert dialog.focusWidget() is dialog.note
    dialog.note.setText("洽谈区 3 号空调未关，已关闭")  # Chinese is set, never typed
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # back to the list, on the next item
    assert dialog.focusWidget() is view
    assert dialog.model.lines[view.currentIndex().row()].item.label == labels[3]
    reading_row = labels.index("配电间温度")
    dialog.go_to(reading_row)
    qtbot.keyClick(view, Qt.Key.Key_2)  # the number goes straight into the reading …
    qtbot.keyClicks(dialog.focusWidget(), "8")  # … whose editor has the keyboard now
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # commits (queued) and moves on
    qtbot.waitUntil(lambda: dialog.model.lines[reading_row].value == "28")
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 其余全部正常并完成
    assert dialog.message.text() == ""
    assert dialog.result() == dialog.DialogCode.Accepted
    done = dialog.round
    assert done.closed_at is not None and done.started_by_id == guard.staff_id
    answers = {a.item.label: a for a in (rounds.latest_answers(done.id)).values()}
    assert len(answers) == len(labels)
    assert answers["空调已关闭"].status == "异常" and answers["配电间温度"].reading == 28
    incident = PlaceIncident.get()
    assert (incident.place, incident.what, incident.note) == ("夜间巡逻路线", "销售大厅 空调已关闭", "洽谈区 3 号空调未关，已关闭")


def test_keyboard_round_refuses_while_a_reading_is_missing(qtbot, patrol, guard):
    dialog = RoundDialog(guard, patrol.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "配电间温度" in dialog.message.text()
    line = dialog.model.lines[dialog.view.currentIndex().row()]
    assert line.item.label == "配电间温度"  # the cursor waits on it
    assert rounds.rounds().count() == 0


def test_patrol_round_by_touch_only(qtbot, patrol, guard, monkeypatch):
    Template.update(active=False).where(Template.id != patrol.id).execute()
    monkeypatch.setattr(touch.camera, "take_photo", lambda parent: png_bytes())
    page = TouchRoundsPage(guard)
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    assert len(page.due_buttons) == 1
    page.due_buttons[0].click()
    assert page.stack.currentIndex() == 1
    labels = [line.item.label for line in page.model.lines]
    for row in page.rows:
        buttons = [b for b in (row.ok, row.fault, row.value, row.photo) if b is not None]
        assert all(b.height() >= TOUCH_MIN for b in buttons if b.isVisible())
    page.rows[0].ok.click()  # one tap per item
    page.rows[labels.index("消防通道畅通，无火灾隐患")].fault.click()
    row = page.rows[labels.index("消防通道畅通，无火灾隐患")]
    assert row.detail.isVisible()
    row.note.setText("消防通道堆放纸箱，已清走")  # the tablet's own on-screen keyboard
    row.photo.click()  # the camera (here: its stand-in)
    reading = page.rows[labels.index("配电间温度")]
    reading.value.click()
    assert page.stack.currentIndex() == 2
    for key in ("3", "1", ".", "5", "ok"):
        page.keys[key].click()
    assert reading.value.text() == "31.5 °C"
    page.done_button.click()
    assert "还有" in page.error.text()  # the rest is not answered yet
    page.all_ok_button.click()  # 全部正常: one tap
    page.done_button.click()
    assert page.error.text() == ""
    assert "已完成" in page.message.text() and "1 件异常" in page.message.text()
    done = rounds.rounds().get()
    answers = {a.item.label: a for a in rounds.latest_answers(done.id).values()}
    assert len(answers) == len(labels)
    assert answers["配电间温度"].reading == 31.5 and answers["配电间温度"].status == "正常"
    fire = answers["消防通道畅通，无火灾隐患"]
    assert fire.status == "异常" and fire.photo_id is not None
    incident = PlaceIncident.get()
    assert (incident.what, incident.note, incident.photo_id) == ("消防通道畅通，无火灾隐患", "消防通道堆放纸箱，已清走",
                                                                fire.photo_id)
    assert [b for b in page.findChildren(QPushButton) if b.isVisible() and b.height() < TOUCH_MIN] == []


def test_touch_lists_only_the_rounds_of_ones_role(qtbot, make_staff, guard):
    page = TouchRoundsPage(make_staff("bar")[1])
    qtbot.addWidget(page)
    names = {b.text().split(" · ")[0] for b in page.due_buttons}
    assert names <= {"水吧卫生检查", "销售大厅展示品清点"}
    page.set_session(guard)
    assert {b.text().split(" · ")[0] for b in page.due_buttons} <= {"夜间巡逻"}


def test_duty_page_lists_ones_rounds_and_enter_starts_one(qtbot, patrol, guard, monkeypatch):
    """值班 → 巡检: the rounds of one's role, the first chosen; Enter opens its round by keyboard."""
    from desk.ui.inspections import panels

    opened = []
    monkeypatch.setattr(panels.RoundDialog, "ask", classmethod(
        lambda cls, parent, session, template_id, flat_id=None: opened.append((session, template_id)) or None))
    panel = panels.DueRoundsPanel(guard)
    qtbot.addWidget(panel)
    panel.show()
    names = {panel.model.row_object(r).template.name for r in range(panel.model.rowCount())}
    assert names == {"夜间巡逻"}  # the guard's only template
    assert not panel.all_roles.isVisible()  # every role's rounds: for managers
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened == [(guard, patrol.id)]
