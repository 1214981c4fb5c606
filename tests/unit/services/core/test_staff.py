import datetime as dt

import pytest

from desk.db.core import AuditEntry, Staff
from desk.services.core import staff as staff_service
from desk.services.core.errors import PermissionDenied, ValidationError
from desk.services.core.permissions import PERMISSIONS
from desk.services.core.staff import SignInFailed, SignInLocked


def test_pin_is_stored_as_salted_scrypt_never_in_clear(database, admin):
    a = staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    b = staff_service.add_staff(admin, "11", "刘婷", ["bar"], "2468")
    for person in (a, b):
        stored = Staff.get_by_id(person.id).pin_hash
        scheme, *params, salt, digest = stored.split("$")
        assert scheme == "scrypt" and "2468" not in (*params, salt, digest)  # (a random hex may contain "2468")
        assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert Staff.get_by_id(a.id).pin_hash != Staff.get_by_id(b.id).pin_hash  # salted
    assert staff_service.verify_pin("2468", Staff.get_by_id(a.id).pin_hash)
    assert not staff_service.verify_pin("2469", Staff.get_by_id(a.id).pin_hash)


def test_sign_in_with_code_and_pin_records_audit(database, admin):
    staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    session = staff_service.sign_in("10", "2468")
    assert session.name == "陈静" and session.can("reception.register")
    assert AuditEntry.select().where(AuditEntry.action == "sign_in").count() == 1


def test_wrong_code_and_wrong_pin_give_the_same_message(database, admin):
    staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    with pytest.raises(SignInFailed, match="工号或 PIN 不正确") as wrong_pin:
        staff_service.sign_in("10", "0000")
    with pytest.raises(SignInFailed, match="工号或 PIN 不正确") as wrong_code:
        staff_service.sign_in("99", "2468")
    assert str(wrong_pin.value) == str(wrong_code.value) == "工号或 PIN 不正确"


def test_five_wrong_pins_lock_for_a_minute(database, admin):
    staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    for _ in range(4):
        with pytest.raises(SignInFailed, match="工号或 PIN 不正确"):
            staff_service.sign_in("10", "0000")
    with pytest.raises(SignInLocked, match="错误次数过多，请 60 秒后再试"):
        staff_service.sign_in("10", "0000")
    # even the right PIN is refused while locked (60 or 61 s left: the clock may pass a second between the calls)
    with pytest.raises(SignInLocked, match="错误次数过多，请 6[01] 秒后再试"):
        staff_service.sign_in("10", "2468")
    later = dt.datetime.now() + dt.timedelta(seconds=61)
    assert staff_service.authenticate("10", "2468", at=later).name == "陈静"


def test_inactive_staff_cannot_sign_in(database, admin):
    person = staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    staff_service.update_staff(admin, person.id, active=False)
    with pytest.raises(SignInFailed, match="工号或 PIN 不正确"):
        staff_service.sign_in("10", "2468")


def test_only_managers_manage_staff(database, admin, make_staff):
    _, cleaner = make_staff("cleaner")
    with pytest.raises(PermissionDenied, match="员工102（保洁）无权管理员工与 PIN") as exc:
        staff_service.add_staff(cleaner, "12", "某人", ["bar"], "1234")
    assert "无权" in str(exc.value)
    assert not Staff.select().where(Staff.code == "12").exists()


@pytest.mark.parametrize("pin", ["12", "abcd", "123456789", ""])
def test_bad_pins_refused_and_nothing_saved(database, admin, pin):
    with pytest.raises(ValidationError, match="PIN 须为 4 到 8 位数字"):
        staff_service.add_staff(admin, "12", "某人", ["bar"], pin)
    assert not Staff.select().where(Staff.code == "12").exists()


def test_duplicate_code_and_unknown_role_refused(database, admin):
    staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    with pytest.raises(ValidationError, match="已存在"):
        staff_service.add_staff(admin, "10", "别人", ["reception"], "2468")
    with pytest.raises(ValidationError, match="未知角色"):
        staff_service.add_staff(admin, "13", "别人", ["chef"], "2468")


def test_change_is_audited_with_before_and_after(database, admin):
    person = staff_service.add_staff(admin, "10", "陈静", ["reception"], "2468")
    staff_service.update_staff(admin, person.id, roles=["reception", "bar"])
    entry = AuditEntry.select().where(AuditEntry.action == "change").get()
    assert entry.before["roles"] == "reception"
    assert entry.after["roles"] == "reception,bar"
    assert entry.staff_id == admin.staff_id
    assert "pin_hash" not in entry.after


def test_cleaner_session_cannot_adjust_stock_see_phones_or_export(database, make_staff):
    _, cleaner = make_staff("cleaner")
    for permission in ("stock.adjust", "phone.full", "export"):
        assert not cleaner.can(permission)
        with pytest.raises(PermissionDenied, match=f"无权{PERMISSIONS[permission]}"):
            cleaner.require(permission)
