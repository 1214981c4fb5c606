import datetime as dt

import pytest

from pypdf import PdfReader

from desk.printing import render_form
from desk.printing.sources import documents_for
from desk.services.bar import stock
from desk.services.reception import hall, forms as reception_forms, visitors
from desk.services.reception.visitors import Registration

T0 = dt.datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def day_of_visits(make_staff):
    a, _ = make_staff("consultant", code="60", name="张磊")
    _, host = make_staff("reception", code="10", name="陈静")
    v = visitors.register_visit(host, Registration(phone="13912345678", surname="王", title="先生", party_size=2,
                                                   company="家人", transport="自驾", plate="粤B12345",
                                                   home_district="天河区", needs="三房"), at=T0)
    hall.depart(host, v.id, at=T0 + dt.timedelta(minutes=50))
    hall.issue_parking_tickets(host, a.id, "1234", 2, visit_id=v.id, plate="粤B12345", at=T0)
    return host


def test_visitor_register_filled_for_a_day_masked(day_of_visits, supervisor):
    [doc] = reception_forms.visitor_register_documents(day_of_visits, day=T0.date())
    [row] = doc["tables"]["visitors"]
    assert row["phone"] == "139****5678" and row["left"] == "10:50" and row["visit"] == "首访"
    assert doc["fields"]["total"] == 1 and doc["fields"]["recorder"] == "陈静"
    [doc] = reception_forms.visitor_register_documents(supervisor, day=T0.date())
    assert doc["tables"]["visitors"][0]["phone"] == "13912345678"
    assert reception_forms.visitor_register_documents(day_of_visits, day=dt.date(2026, 1, 1)) == []


def test_parking_tickets_for_a_day(day_of_visits):
    [doc] = reception_forms.parking_tickets_documents(day_of_visits, day=T0.date())
    [row] = doc["tables"]["issues"]
    assert (row["consultant"], row["qty"], row["customer"]) == ("张磊", 2, "王先生 / 粤B12345")


def test_parking_ticket_stock_adds_up_for_the_day(make_staff, admin):
    """上班结存 + 当日补领 − 领用合计 = 下班结存; anything else (a ticket spoiled) on a row of its own."""
    consultant, _ = make_staff("consultant", code="60", name="张磊")
    _, host = make_staff("reception", code="10", name="陈静")
    tickets = stock.save_item(admin, name="停车票", category="停车票", unit="张")
    stock.receive(admin, tickets.id, 100, at=T0 - dt.timedelta(days=1))
    hall.issue_parking_tickets(host, consultant.id, "1234", 3, plate="粤B12345", at=T0)
    stock.receive(admin, tickets.id, 50, at=T0 + dt.timedelta(hours=2))
    hall.issue_parking_tickets(host, consultant.id, "1234", 2, plate="粤A54321", at=T0 + dt.timedelta(hours=3))
    stock.book_waste(admin, tickets.id, 1, "破损", at=T0 + dt.timedelta(hours=4))
    hall.issue_parking_tickets(host, consultant.id, "1234", 1, at=T0 + dt.timedelta(days=1))  # the next day
    [doc] = reception_forms.parking_tickets_documents(host, day=T0.date())
    fields = doc["fields"]
    assert (fields["opening"], fields["received"], fields["issued"], fields["closing"]) == (100, 50, 5, 144)
    assert doc["tables"]["issues"][-1] == {"note": "盘点差异等其他出入 -1 张"}


@pytest.mark.parametrize("key, shown", [
    ("visitor_register", ("来访客户登记表", "王先生", "139****5678", "首访", "张磊", "10:50")),
    ("parking_tickets", ("停车票领用登记", "张磊", "王先生", "陈静")),
])
def test_forms_render(day_of_visits, key, shown, tmp_path):
    out = render_form(key, tmp_path / "x.pdf", documents=documents_for(day_of_visits, key, day=T0.date()))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert [word for word in shown if word not in text] == []
