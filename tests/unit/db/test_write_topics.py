"""Every screen live on every PC: a write is announced to the site's other PCs under its table's
topic (``desk.db.base.WRITE_TOPICS``) when nobody announced it by hand, when it commits and not
when it rolls back. Before this, a repair, a place incident, a follow-up or a purchase request made
on one PC reached the others only when their screens refreshed on their own."""
import datetime as dt
import time

import pytest

from desk.db import server
from desk.db.base import BaseModel, WRITE_TOPICS, db
from desk.services.core import changes


def all_models():
    found, todo = [], list(BaseModel.__subclasses__())
    while todo:
        model = todo.pop()
        found.append(model)
        todo.extend(model.__subclasses__())
    return found


def test_every_table_has_a_topic_or_is_said_to_have_none():
    from desk.db import migrations  # noqa: F401  (imports every domain's models)

    tables = {m._meta.table_name for m in all_models() if m.__module__.startswith("desk.db.")}
    assert tables - set(WRITE_TOPICS) == set()  # a new table must say which screens show it
    assert set(WRITE_TOPICS) - tables == set()  # and a table that went leaves no entry
    assert {t for t in WRITE_TOPICS.values() if t is not None} <= set(changes.TOPICS)


def heard(listener, wanted: int, seconds: float = 5.0) -> list:
    got, deadline = [], time.monotonic() + seconds
    while len(got) < wanted and time.monotonic() < deadline:
        got += listener.pending()
        time.sleep(0.01)
    time.sleep(0.1)  # and nothing more after
    return got + listener.pending()


@pytest.mark.server_only
def test_writes_of_every_domain_reach_the_other_pcs(database, make_staff, data_dir):
    from desk.services.bar import purchasing, stock
    from desk.services.core.session import Session
    from desk.services.inspections import vehicles
    from desk.services.reception import visitors
    from desk.services.servicedesk import units

    make_staff("consultant", code="60", name="张磊")
    _, boss = make_staff("supervisor,reception,bar,service,inspection", code="01", name="王经理")
    customer = visitors.register_visit(boss, visitors.Registration(phone="13800000009", surname="周")).customer_id
    item = stock.save_item(Session.system(), name="龙井", category="茶", unit="包", min_stock=5)
    other_pc = server.ChangeListener(data_dir.url)
    try:
        units.add_unit(boss, "1", "1", "101")
        assert heard(other_pc, 1) == [("service", None)]
        vehicles.register_in(boss, "粤B12345", purpose="看房")
        assert heard(other_pc, 1) == [("inspections", None)]
        visitors.add_follow_up(boss, customer, "电话回访，周末再来", channel="phone",
                               next_date=dt.date.today() + dt.timedelta(days=3), next_step="带看样板间")
        assert heard(other_pc, 1) == [("visits", None)]
        purchasing.create_request(boss, [(item.id, 10)])
        assert heard(other_pc, 1) == [("stock", None)]
        with pytest.raises(RuntimeError):
            with db.atomic():  # a write that rolls back announces nothing
                units.add_unit(boss, "2", "1", "201")
                raise RuntimeError("cancelled")
        assert heard(other_pc, 1, seconds=0.5) == []
        # a service that names its record is heard once, with the record, not again without it
        visit = visitors.register_visit(boss, visitors.Registration(phone="13800000010", surname="吴"))
        assert sorted(heard(other_pc, 4)) == [("arrivals", visit.id), ("hall", visit.id), ("rotation", visit.id),
                                              ("visits", visit.id)]
    finally:
        other_pc.close()
