"""The arrival call: the host registers a group at the reception; the water bar's window shows (and
chimes) how many guests to prepare drinks for and where, the assigned consultant's window shows who
is waiting where, and nobody else's window is disturbed. One PC (SQLite or the server, the change
hub) and, on the server, a registration made on another PC (LISTEN/NOTIFY)."""
import pytest

from desk.services.reception import visitors
from desk.ui.main_window import MainWindow
from desk.ui.reception.arrivals import ArrivalCalls


class Chimes(list):
    """The chimes heard, by the name of the person at the window; only this test's windows count (a
    window an earlier test left to be deleted later still listens to the hub)."""

    def __init__(self):
        super().__init__()
        self.ours = set()


@pytest.fixture
def chimes(monkeypatch):
    heard = Chimes()
    monkeypatch.setattr(ArrivalCalls, "chime", lambda self: heard.append(self.session.name) if self in heard.ours
                        else None)
    return heard


@pytest.fixture
def people(make_staff, database):
    return {
        "host": make_staff("reception", code="10", name="陈静")[1],
        "bar": make_staff("bar", code="20", name="刘婷婷")[1],
        "zhang": make_staff("consultant", code="60", name="张磊")[1],
        "yang": make_staff("consultant", code="61", name="杨帆")[1],
        "flats": make_staff("showflat", code="30", name="周敏")[1],
    }


def window_of(qtbot, session, chimes):
    window = MainWindow(session)
    chimes.ours.add(window.arrival_calls)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_bar_and_the_consultant_are_called_when_the_host_registers(qtbot, people, chimes):
    windows = {key: window_of(qtbot, session, chimes) for key, session in people.items()}
    form = windows["host"].open_section("reception").form
    form.phone.setText("13800001111")
    form.surname.setText("王")
    form.title.setCurrentIndex(form.title.findData("先生"))
    form.party_size.setValue(3)
    form.location.setCurrentIndex(form.location.findData("沙盘"))
    form.consultant.setCurrentIndex(form.consultant.findData(people["zhang"].staff_id))
    form.register_button.click()
    assert "已登记" in form.message.text()

    bar = windows["bar"].arrival_calls
    assert bar.isVisible() and bar.texts() == ["3 位客人到沙盘，请准备饮品（顾问 张磊）"]
    zhang = windows["zhang"].arrival_calls
    assert zhang.isVisible() and zhang.texts() == ["请接待：王先生（首访，3 人）在沙盘等候"]
    for other in ("host", "yang", "flats"):  # the host registered them; the others have no part in it
        assert not windows[other].arrival_calls.isVisible() and windows[other].arrival_calls.texts() == []
    assert sorted(chimes) == ["刘婷婷", "张磊"]
    assert windows["bar"].isEnabled() and windows["host"].isEnabled()  # nothing modal

    bar.lines[0].ok.click()  # 知道了
    assert bar.texts() == [] and not bar.isVisible()
    assert zhang.texts()  # each PC acknowledges its own call


def test_calls_follow_the_person_at_the_pc(qtbot, people, chimes):
    """Only the visit's own consultant is called; switching person at a PC drops the calls meant
    for the one before."""
    window = window_of(qtbot, people["zhang"], chimes)
    bar = window_of(qtbot, people["bar"], chimes)
    visit = visitors.register_visit(people["host"], visitors.Registration(
        phone="13800003333", surname="赵", party_size=2, location="洽谈区",
        consultant_id=people["yang"].staff_id))
    from desk.services.core import changes
    from desk.ui.changes import announce

    announce(changes.ARRIVALS, visit.id)
    assert bar.arrival_calls.texts() == ["2 位客人到洽谈区，请准备饮品（顾问 杨帆）"]
    assert window.arrival_calls.texts() == []  # 杨帆's customer, not 张磊's
    window.set_session(people["yang"])
    announce(changes.ARRIVALS, visit.id)
    assert window.arrival_calls.texts() == ["请接待：赵（首访，2 人）在洽谈区等候"]
    window.set_session(people["zhang"])
    assert window.arrival_calls.texts() == [] and not window.arrival_calls.isVisible()
    window.set_session(people["yang"])
    window.lock()  # away from the PC: still called, but no name shows over the lock screen
    announce(changes.ARRIVALS, visit.id)
    assert window.is_locked() and window.arrival_calls.isVisible()
    assert window.arrival_calls.texts() == ["请接待：客户（首访，2 人）在洽谈区等候"]


def test_a_call_on_screen_loses_the_name_when_the_screen_locks(qtbot, people, chimes):
    """A call that came while the consultant was at the PC stays above the lock page: without the
    customer's name while locked, with it again once the same person unlocks."""
    window = window_of(qtbot, people["yang"], chimes)
    visit = visitors.register_visit(people["host"], visitors.Registration(
        phone="13800004444", surname="钱", title="女士", party_size=2, location="沙盘",
        consultant_id=people["yang"].staff_id))
    from desk.services.core import changes
    from desk.ui.changes import announce

    announce(changes.ARRIVALS, visit.id)
    assert window.arrival_calls.texts() == ["请接待：钱女士（首访，2 人）在沙盘等候"]
    window.lock()
    assert window.is_locked() and window.arrival_calls.isVisible()
    assert window.arrival_calls.texts() == ["请接待：客户（首访，2 人）在沙盘等候"]
    from PySide6.QtWidgets import QLabel

    shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    assert shown and not [text for text in shown if "钱" in text]  # no label on the locked window names her
    window.lock_page.unlocked.emit(people["yang"])  # the same person signs in again
    assert not window.is_locked()
    assert window.arrival_calls.texts() == ["请接待：钱女士（首访，2 人）在沙盘等候"]


@pytest.mark.server_only
def test_a_registration_on_another_pc_calls_the_bar_here(qtbot, people, chimes, data_dir):
    from desk.db.connection import open_database
    from desk.ui import live as live_mod

    live_mod.forget()
    try:
        bar = window_of(qtbot, people["bar"], chimes)  # listens from here on
        open_database(data_dir.url)  # the reception PC: a connection of its own
        visitors.register_visit(people["host"], visitors.Registration(
            phone="13800004444", surname="孙", party_size=4, location="VIP室"))
        qtbot.waitUntil(lambda: bar.arrival_calls.texts() != [], timeout=2000)
        assert bar.arrival_calls.texts()[0].startswith("4 位客人到VIP室，请准备饮品")
        assert chimes == ["刘婷婷"]
    finally:
        live_mod.forget()
