"""Another PC's registration arrives in this window through the listening connection's socket."""
import pytest

pytestmark = pytest.mark.server_only


def test_another_pcs_registration_arrives_within_a_second(qtbot, database, make_staff, data_dir):
    from desk.db.connection import open_database
    from desk.services.reception import visitors
    from desk.ui.live import LiveChanges

    make_staff("consultant", code="60", name="张磊")
    host = make_staff("reception", code="10", name="陈静")[1]
    live = LiveChanges()
    assert live.active
    own = visitors.register_visit(host, visitors.Registration(phone="13800000001", surname="王"))
    open_database(data_dir.url)  # the other PC: a connection of its own
    try:
        with qtbot.waitSignal(live.changed, timeout=1000, check_params_cb=lambda t, i: t == "hall") as got:
            visit = visitors.register_visit(host, visitors.Registration(phone="13800000002", surname="李"))
        assert got.args == ["hall", visit.id] and visit.id != own.id
    finally:
        live.close()
