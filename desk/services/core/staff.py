"""Staff, PINs and signing in.

PINs are stored as salted scrypt hashes; signing in takes a staff code (工号) and a PIN.
A wrong try never says which part was wrong; after too many tries the code is locked
for a while.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re

from desk import settings
from desk.clock import now
from desk.db.base import db, for_update, retrying
from desk.db.core import Staff
from desk.services.core import audit
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.permissions import validate_roles
from desk.services.core.session import Session

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
PIN_RE = re.compile(r"^\d{4,8}$")


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                                   p=int(p), dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def check_pin_format(pin: str) -> str:
    pin = (pin or "").strip()
    if not PIN_RE.match(pin):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "PIN 须为 4 到 8 位数字"))
    return pin


class SignInFailed(ValidationError):
    pass


class SignInLocked(ValidationError):
    pass


@retrying
def authenticate(code: str, pin: str, *, at: dt.datetime | None = None) -> Staff:
    """Check a code and PIN. Raises SignInFailed (no hint which part) or SignInLocked."""
    at = at or now()
    code = (code or "").strip()
    staff = Staff.get_or_none((Staff.code == code) & (Staff.active == True))  # noqa: E712
    if staff is None:
        # Spend the same time as a real check, so timing does not tell a wrong code.
        verify_pin(pin or "", _DUMMY_HASH)
        raise SignInFailed(QT_TRANSLATE_NOOP("desk", "工号或 PIN 不正确"))
    if staff.locked_until and staff.locked_until > at:
        seconds = int((staff.locked_until - at).total_seconds()) + 1
        raise SignInLocked(QT_TRANSLATE_NOOP("desk", "错误次数过多，请 {seconds} 秒后再试"), seconds=seconds)
    if verify_pin(pin or "", staff.pin_hash):
        if staff.failed_attempts or staff.locked_until:
            Staff.update(failed_attempts=0, locked_until=None).where(Staff.id == staff.id).execute()
        staff.failed_attempts, staff.locked_until = 0, None
        return staff
    with db.atomic():
        # counted on the row as it is now, locked: wrong PINs typed on two PCs at once all count
        attempts = for_update(Staff.select(Staff.failed_attempts).where(Staff.id == staff.id)).scalar() + 1
        locked_until = None
        if attempts >= settings.get("pin_max_attempts"):
            locked_until = at + dt.timedelta(seconds=settings.get("pin_lock_seconds"))
            attempts = 0
        Staff.update(failed_attempts=attempts, locked_until=locked_until).where(Staff.id == staff.id).execute()
        audit.record(Session(None, "系统", ()), "sign_in_failed", "staff", staff.id,
                     note="locked" if locked_until else "")
    if locked_until:
        raise SignInLocked(QT_TRANSLATE_NOOP("desk", "错误次数过多，请 {seconds} 秒后再试"),
                           seconds=settings.get("pin_lock_seconds"))
    raise SignInFailed(QT_TRANSLATE_NOOP("desk", "工号或 PIN 不正确"))


def sign_in(code: str, pin: str) -> Session:
    staff = authenticate(code, pin)
    session = Session.for_staff(staff)
    audit.record(session, "sign_in", "staff", staff.id)
    return session


def verify_cosigner(code: str, pin: str, permission: str) -> Session:
    """A second person confirms with their own PIN (the guard co-signing a count, a consultant
    taking parking tickets). Returns their session; raises if they may not."""
    session = Session.for_staff(authenticate(code, pin))
    session.require(permission)
    return session


def verify_staff_pin(staff_id: int, pin: str) -> Session:
    """Confirm that a given person (chosen from a list) typed their PIN."""
    return Session.for_staff(authenticate(get_staff(staff_id).code, pin))


def clean_code_and_name(code: str, name: str) -> tuple[str, str]:
    """A 工号 and a name as typed, trimmed and checked (both required, not too long)."""
    code, name = (code or "").strip(), (name or "").strip()
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "工号不能为空"))
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "姓名不能为空"))
    if len(code) > 16 or len(name) > 32:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "工号或姓名太长"))
    return code, name


@retrying
def add_staff(session: Session, code: str, name: str, roles, pin: str, phone: str = "") -> Staff:
    session.require("staff.manage")
    code, name = clean_code_and_name(code, name)
    roles = validate_roles(roles)
    pin = check_pin_format(pin)
    with db.atomic():
        if Staff.select().where(Staff.code == code).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "工号 {code} 已存在"), code=code)
        staff = Staff.create(code=code, name=name, roles=",".join(roles), pin_hash=hash_pin(pin),
                             phone=(phone or "").strip())
        audit.record(session, "create", "staff", staff.id, after=audit.snapshot(staff))
    return staff


@retrying
def update_staff(session: Session, staff_id: int, *, name: str | None = None, roles=None,
                 active: bool | None = None, phone: str | None = None) -> Staff:
    session.require("staff.manage")
    with db.atomic():
        staff = Staff.get_or_none(Staff.id == staff_id)
        if staff is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该员工"))
        before = audit.snapshot(staff)
        if name is not None:
            staff.name = clean_code_and_name(staff.code, name)[1]
        if roles is not None:
            staff.roles = ",".join(validate_roles(roles))
        if active is not None:
            if not active and staff.id == session.staff_id:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "不能停用自己"))
            staff.active = active
        if phone is not None:
            staff.phone = phone.strip()
        staff.save()
        audit.record(session, "change", "staff", staff.id, before=before, after=audit.snapshot(staff))
    return staff


@retrying
def set_pin(session: Session, staff_id: int, pin: str) -> None:
    """A manager sets anyone's PIN; a person may change their own."""
    if session.staff_id != staff_id:
        session.require("staff.manage")
    pin = check_pin_format(pin)
    with db.atomic():
        n = Staff.update(pin_hash=hash_pin(pin), failed_attempts=0, locked_until=None).where(
            Staff.id == staff_id).execute()
        if not n:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该员工"))
        audit.record(session, "change", "staff", staff_id, note="PIN 已重设")


def list_staff(*, active_only: bool = False, role: str | None = None):
    query = Staff.select().order_by(Staff.code)
    if active_only:
        query = query.where(Staff.active == True)  # noqa: E712
    if role:
        query = query.where(Staff.roles.contains(role))
    return [s for s in query if role is None or role in s.role_list]


def get_staff(staff_id) -> Staff:
    staff = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
    if staff is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该员工"))
    return staff


def staff_name(staff_id) -> str:
    """The person's name, or "" for no one (or someone unknown)."""
    if not staff_id:
        return ""
    staff = Staff.get_or_none(Staff.id == staff_id)
    return staff.name if staff else ""


def staff_names() -> dict[int, str]:
    """Every person's name by id (one query), for lists that name many people."""
    return {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}


def has_any_staff() -> bool:
    return Staff.select().exists()


def bootstrap_admin(code: str, name: str, pin: str) -> Staff:
    """The first person on an empty database becomes administrator."""
    if has_any_staff():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "已有员工，不能再初始化管理员"))
    return add_staff(Session.system(), code, name, ["admin", "supervisor"], pin)


_DUMMY_HASH = "scrypt$16384$8$1$" + "00" * 16 + "$" + "00" * 32
