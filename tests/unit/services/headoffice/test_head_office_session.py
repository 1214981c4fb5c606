"""Head office's session may view reports and nothing else; the site code is checked before it is
saved (both engines)."""
from __future__ import annotations

import pytest

from desk.services.core.errors import PermissionDenied, ValidationError
from desk.services.core.permissions import PERMISSIONS, STAFF_ROLES, validate_roles
from desk.services.core.privacy import phone_for
from desk.services.core.session import Session


def test_head_office_may_view_reports_and_nothing_else():
    session = Session.head_office()
    assert session.can("reports.view")
    for permission in set(PERMISSIONS) - {"reports.view"}:
        with pytest.raises(PermissionDenied, match="总部（总部（只读））无权"):
            session.require(permission)
    assert phone_for(session, "13812345678") == "138****5678"
    assert phone_for(session, "13812345678", owner_id=None) == "138****5678"


def test_no_write_service_accepts_head_offices_session(database, admin):
    from desk.services.bar import stock
    from desk.services.reception import visitors
    from desk.services.servicedesk import repairs, units
    from desk.services.showflats import flats

    hq = Session.head_office()
    item = stock.save_item(admin, name="矿泉水", category="饮用水", unit="瓶")
    unit = units.add_unit(admin, "1", "1", "101")
    for write in (lambda: visitors.register_visit(hq, visitors.Registration(phone="13800001111", surname="王")),
                  lambda: stock.receive(hq, item.id, 10),
                  lambda: stock.book_serving(hq, item.id, 1),
                  lambda: stock.save_item(hq, name="可乐", category="饮料", unit="罐"),
                  lambda: repairs.receive(hq, unit.id, repairs.CATEGORIES[0], "漏水"),
                  lambda: flats.add_flat(hq, "A户型")):
        with pytest.raises(PermissionDenied, match="无权"):
            write()
    assert stock.stock_level(item.id) == 0


def test_head_office_is_not_a_role_a_person_can_be_given():
    assert "head_office" not in STAFF_ROLES
    with pytest.raises(ValidationError, match="未知角色：head_office"):
        validate_roles(["head_office"])


def test_a_site_code_is_checked_before_it_is_saved(settings):
    settings.set("site_code", "sz01")
    assert settings.get("site_code") == "sz01"
    for bad in ("S", "1SZ", "SZ-01", "深圳01", "SZ0123456789X"):
        with pytest.raises(ValidationError, match="站点代码.*不对"):
            settings.set("site_code", bad)
    assert settings.get("site_code") == "sz01"
    settings.set("site_code", "")  # no code: the site's database as it is
    assert settings.get("site_code") == ""
