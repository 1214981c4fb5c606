"""desk --kiosk cleaner: the touch page alone on a shared tablet, signed with each cleaner's PIN."""
import datetime as dt

from desk.db.showflats import CleaningRecord
from desk.services.showflats import cleaning
from desk.ui import app as app_mod
from desk.ui.showflats.cleaner import CleanerPage


def test_the_cleaners_tablet_shows_the_touch_page_alone(qtbot, database, supervisor, make_staff):
    staff, _session = make_staff("cleaner", name="郑桂兰", pin="4040")
    cleaning.add_task(supervisor, "大堂", "地面清洁", "daily", icon="floor",
                      created=dt.datetime.now() - dt.timedelta(days=1))
    page = app_mod.build_kiosk("cleaner")
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page, CleanerPage) and page.window() is page  # no navigation, no menus around it
    assert page.session.staff_id is None and page.session.can("showflat.clean")
    assert not page.session.can("stock.serve") and not page.fullscreen_button.isVisible()
    page.area_buttons["大堂"].click()
    next(iter(page.task_buttons.values())).click()
    page.sign_button.click()
    page.people_buttons[staff.id].click()  # nobody is signed in: the cleaner picks their name
    for key in "4040":
        page.keys[key].click()
    page.keys["ok"].click()
    assert [r.staff_id for r in CleaningRecord.select()] == [staff.id]


def test_the_show_flat_attendants_tablet_records_a_check_signed_by_pin(qtbot, database, supervisor, make_staff):
    """desk --kiosk showflat: the day at the flats, one flat's items tapped where something is wrong,
    signed by the attendant's PIN on the pad: the check is theirs, 损坏 an incident for the supervisor."""
    from desk.ui.showflats.attendant import ShowflatPage
    from desk.services.showflats import flats as showflats

    attendant, _session = make_staff("showflat", name="周敏", pin="3030")
    make_staff("cleaner", name="郑桂兰")  # not a show-flat attendant: not among those who sign here
    flat = showflats.add_flat(supervisor, "A户型 128㎡", rooms=["客厅", "主卧"])
    sofa = showflats.add_item(supervisor, flat.id, "客厅", "三人位布艺沙发", "家私", 1, "12800")
    pillows = showflats.add_item(supervisor, flat.id, "客厅", "抱枕", "软装", 6, "180")
    lamp = showflats.add_item(supervisor, flat.id, "主卧", "床头灯", "电器", 2, "300")
    page = app_mod.build_kiosk("showflat")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert isinstance(page, ShowflatPage) and page.window() is page  # no navigation, no menus around it
    assert page.session.staff_id is None and page.session.can("showflat.check")
    assert not page.session.can("reception.register") and not page.fullscreen_button.isVisible()
    assert page.windowTitle() == "案场助手 · 样板间"
    assert "今日已查 0 次" in page.flat_buttons[flat.id].text()

    page.flat_buttons[flat.id].click()
    page.item_buttons[sofa.id].click()  # 正常 → 损坏
    page.item_buttons[lamp.id].click()
    page.item_buttons[lamp.id].click()  # 正常 → 损坏 → 缺失
    assert page.item_buttons[sofa.id].text().endswith("损坏") and page.item_buttons[lamp.id].text().endswith("缺失")
    assert page.sign_button.text() == "2 项有问题，签名"
    page.sign_button.click()
    assert set(page.pad.people_buttons) == {attendant.id}
    page.pad.keys["ok"].click()  # nobody chosen yet: nothing recorded
    assert showflats.checks(flat.id).count() == 0
    page.pad.people_buttons[attendant.id].click()
    for key in "3031":
        page.pad.keys[key].click()
    page.pad.keys["ok"].click()
    assert page.pad.error.text() == "PIN 不正确，请重新输入" and showflats.checks(flat.id).count() == 0
    for key in "3030":
        page.pad.keys[key].click()
    page.pad.keys["ok"].click()

    check = showflats.checks(flat.id).get()
    assert check.kind == "after_group" and check.closed_by_id == attendant.id
    answers = {a.item_id: a.status for a in check.answers}
    assert answers == {sofa.id: "损坏", pillows.id: "正常", lamp.id: "缺失"}
    opened = {(i.item_id, i.kind, i.opened_by_id) for i in showflats.open_incidents()}
    assert opened == {(sofa.id, "损坏", attendant.id), (lamp.id, "缺失", attendant.id)}
    assert page.stack.currentIndex() == 0 and "周敏：A户型 128㎡ 的一客一盘点已记录" in page.message.text()
    assert "今日已查 1 次 · 未处理 2 件" in page.flat_buttons[flat.id].text()
    assert "三人位布艺沙发损坏" in page.today.text() and "床头灯缺失" in page.today.text()


def test_the_show_flat_tablets_rounds_are_signed_by_who_did_them(qtbot, database, supervisor, make_staff):
    """巡检 on the show-flat tablet: nobody is signed in, so 完成 asks for a name and a PIN, and the
    round is recorded as that person's."""
    from desk.db.inspections import Round, Template
    from desk.services.inspections import templates

    attendant, _session = make_staff("showflat", name="周敏", pin="3030")
    patrol = templates.template_by_code("patrol_night")  # due every hour: a round due whatever the time
    Template.update(active=False).where(Template.id != patrol.id).execute()
    Template.update(role="showflat").where(Template.id == patrol.id).execute()
    page = app_mod.build_kiosk("showflat")
    qtbot.addWidget(page)
    page.show()
    page.rounds_button.click()
    assert page.stack.currentWidget() is page.rounds and page.rounds_button.text() == "返回样板间"
    assert not page.rounds.fullscreen_button.isVisible()
    page.rounds.due_buttons[0].click()
    page.rounds.all_ok_button.click()
    page.rounds.done_button.click()
    assert Round.select().count() == 0  # not yet: who did it?
    assert set(page.rounds.pad.people_buttons) == {attendant.id}
    page.rounds.pad.people_buttons[attendant.id].click()
    for key in "3030":
        page.rounds.pad.keys[key].click()
    page.rounds.pad.keys["ok"].click()
    done = Round.get()
    assert (done.template_id, done.closed_by_id) == (patrol.id, attendant.id)
    assert "周敏：夜间巡逻 已完成" in page.rounds.message.text()
    page.rounds_button.click()  # 返回样板间
    assert page.stack.currentIndex() == 0 and page.title.text() == "样板间 · 请选择要检查的样板间"
