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
