import datetime as dt
from decimal import Decimal

import pytest

from pypdf import PdfReader

from desk.cli import main
from desk.db.connection import close_database
from desk.db.core import Staff
from desk.printing import render_form
from desk.printing.sources import SOURCES, documents_for
from desk.runtime import open_data
from desk.services.core.session import Session
from desk.services.bar import forms as barforms, purchasing, stock, count as stockcount
from desk.services.core.errors import NotFound
from desk.services.core.staff import verify_cosigner


@pytest.fixture
def bar(database, make_staff, admin):
    _, attendant = make_staff("bar", code="20", name="赵小梅")
    make_staff("guard", code="50", name="何伟", pin="5050")
    cola = stock.save_item(admin, name="可乐", category="饮料", unit="罐", pack_unit="箱", pack_factor=24,
                           min_stock=12, par_level=48, unit_price="2.20")
    return dict(admin=admin, attendant=attendant, cola=cola)


def test_count_sheet_document(bar):
    s, a, cola = bar["admin"], bar["attendant"], bar["cola"]
    guard = verify_cosigner("50", "5050", "stock.cosign")
    stock.receive(s, cola.id, 24, at=dt.datetime(2026, 11, 23, 7, 0))
    first = stockcount.submit_count(a, "开班", {cola.id: 24}, at=dt.datetime(2026, 11, 23, 8, 0))
    stock.receive(s, cola.id, 1, "箱", at=dt.datetime(2026, 11, 23, 9, 0))
    stock.book_serving(a, cola.id, 5, at=dt.datetime(2026, 11, 23, 12, 0))
    stock.book_waste(a, cola.id, 1, "破损", at=dt.datetime(2026, 11, 23, 13, 0))
    second = stockcount.submit_count(a, "交班", {cola.id: 40}, reasons={cola.id: "漏记出品"}, cosigner=guard,
                                     at=dt.datetime(2026, 11, 23, 19, 55))
    assert first.serial == "PD-20261123-001" and second.serial == "PD-20261123-002"
    assert SOURCES["bar_count"] is barforms.bar_count_documents
    (doc,) = barforms.bar_count_documents(a, id=second.id)
    assert doc["fields"] == {"day": dt.date(2026, 11, 23), "shift": "交班盘点", "counter": "赵小梅", "checker": "何伟"}
    assert doc["tables"]["items"] == [{"item": "可乐", "unit": "罐", "opening": 24, "received": 24, "used": 5,
                                       "wasted": 1, "expected": 42, "counted": 40, "diff": -2, "note": "漏记出品"}]
    assert doc["serial"] == second.serial and doc["signatures"]["核对人（保安）"] == "何伟"
    assert len(barforms.bar_count_documents(a, day=dt.date(2026, 11, 23))) == 2
    with pytest.raises(NotFound, match="找不到盘点记录（编号 999）"):
        barforms.bar_count_documents(a, id=999)


def test_purchase_request_document(bar):
    s, a, cola = bar["admin"], bar["attendant"], bar["cola"]
    request = purchasing.create_request(a, [(cola.id, 48)], today=dt.date(2026, 11, 23))
    purchasing.approve(s, request.id)
    (doc,) = barforms.purchase_request_documents(a, id=request.id)
    assert doc["serial"] == "CG-20261123-001"
    assert doc["tables"]["items"][0]["qty"] == 48 and doc["tables"]["items"][0]["amount"] == Decimal("105.60")
    assert doc["fields"]["budget"] == Decimal("105.60")
    assert doc["fields"]["budget_words"] == "壹佰零伍元陆角"
    assert doc["signatures"]["主管"] == "王建国"


@pytest.mark.parametrize("key", ["bar_count", "purchase_request"])
def test_forms_render_from_records(bar, key, tmp_path):
    a = bar["attendant"]
    stock.receive(bar["admin"], bar["cola"].id, 10)
    if key == "bar_count":
        record = stockcount.submit_count(a, "开班", {bar["cola"].id: 10})
    else:
        record = purchasing.create_request(a, [(bar["cola"].id, 24)])
    out = render_form(key, tmp_path / "x.pdf", documents=documents_for(a, key, id=record.id))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    serial = record.serial if key == "bar_count" else record.number
    assert "可乐" in text and serial in text


def test_desk_print_bar_forms_by_id(tmp_path, capsys, settings, data_dir):
    data = data_dir.root
    open_data(data_dir)
    try:
        s = Session.system()
        cola = stock.save_item(s, name="可乐", category="饮料", unit="罐", unit_price="2.20")
        stock.receive(s, cola.id, 10)
        guard = Session.for_staff(Staff.create(code="50", name="何伟", roles="guard"))
        count = stockcount.submit_count(s, "开班", {cola.id: 9}, reasons={cola.id: "破损"}, cosigner=guard)
        request = purchasing.create_request(s, [(cola.id, 24)])
    finally:
        close_database()
    try:
        for key, record_id, serial in (("bar_count", count.id, count.serial),
                                       ("purchase_request", request.id, request.number)):
            out = tmp_path / f"{key}.pdf"
            assert main(["--data-dir", str(data), "print", key, "--id", str(record_id), "--out", str(out)]) == 0
            text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
            assert "可乐" in text and serial in text
        assert main(["--data-dir", str(data), "print", "bar_count", "--id", "999",
                     "--out", str(tmp_path / "no.pdf")]) != 0
        assert "找不到盘点记录" in capsys.readouterr().err
    finally:
        close_database()
