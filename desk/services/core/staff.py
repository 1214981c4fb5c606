"""Staff, PINs and signing in.

PINs are stored as salted scrypt hashes; signing in takes a staff code (工号) and a PIN.
A wrong try never says which part was wrong; after too many tries the code is locked
for a while, twice as long after each further lock-out (up to a day) until a good sign-in or a
supervisor's unlock (``unlock``). A 4-digit PIN is guessed offline in minutes from a copy of the
database: the database file is protected by the computer's account and disk, not by the PIN.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import unicodedata

from desk import settings
from desk.clock import now
from desk.db.base import db, for_update, retrying
from desk.db.core import Staff
from desk.services.core import audit, inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.permissions import validate_roles
from desk.services.core.session import Session

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
PIN_MAX_LENGTH = 8
LOCK_MAX_SECONDS = 24 * 3600


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
    """A new PIN: digits (full-width read as ASCII), at least the length set in 设置 (4 or 6)."""
    return inputs.pin(pin, minimum=settings.get("pin_min_length"), maximum=PIN_MAX_LENGTH)


def _typed_pin(pin) -> str:
    """A PIN as typed at sign-in, read the way ``check_pin_format`` stored it (full-width digits as ASCII)."""
    return unicodedata.normalize("NFKC", inputs.clean(pin))


def _lock_seconds(lockouts: int) -> int:
    """How long the ``lockouts``-th lock-out in a row lasts: the setting, doubled each time, at most a day."""
    base = settings.get("pin_lock_seconds")
    return min(base * 2 ** min(max(lockouts - 1, 0), 20), max(base, LOCK_MAX_SECONDS))


class SignInFailed(ValidationError):
    pass


class SignInLocked(ValidationError):
    pass


@retrying
def authenticate(code: str, pin: str, *, at: dt.datetime | None = None) -> Staff:
    """Check a code and PIN. Raises SignInFailed (no hint which part) or SignInLocked."""
    at = at or now()
    code = unicodedata.normalize("NFKC", inputs.clean(code))
    pin = _typed_pin(pin)
    staff = Staff.get_or_none((Staff.code == code) & (Staff.active == True)) if code else None  # noqa: E712
    if staff is None:
        # Spend the same time as a real check, so timing does not tell a wrong code.
        verify_pin(pin, _DUMMY_HASH)
        raise SignInFailed(QT_TRANSLATE_NOOP("desk", "工号或 PIN 不正确"))
    if staff.locked_until and staff.locked_until > at:
        raise _locked((staff.locked_until - at).total_seconds())
    if verify_pin(pin, staff.pin_hash):
        if staff.failed_attempts or staff.locked_until or staff.lockouts:
            Staff.update(failed_attempts=0, locked_until=None, lockouts=0).where(Staff.id == staff.id).execute()
        staff.failed_attempts, staff.locked_until, staff.lockouts = 0, None, 0
        return staff
    with db.atomic():
        # counted on the row as it is now, locked: wrong PINs typed on two PCs at once all count
        attempts, lockouts = for_update(Staff.select(Staff.failed_attempts, Staff.lockouts).where(
            Staff.id == staff.id)).tuples().get()
        attempts += 1
        locked_until = None
        if attempts >= settings.get("pin_max_attempts"):
            lockouts += 1
            locked_until = at + dt.timedelta(seconds=_lock_seconds(lockouts))
            attempts = 0
        Staff.update(failed_attempts=attempts, locked_until=locked_until, lockouts=lockouts).where(
            Staff.id == staff.id).execute()
        audit.record(Session(None, "系统", ()), "sign_in_failed", "staff", staff.id,
                     note="locked" if locked_until else "")
    if locked_until:
        raise _locked((locked_until - at).total_seconds())
    raise SignInFailed(QT_TRANSLATE_NOOP("desk", "工号或 PIN 不正确"))


def _locked(seconds: float) -> SignInLocked:
    seconds = int(seconds) + (0 if seconds == int(seconds) else 1)
    if seconds <= 120:
        return SignInLocked(QT_TRANSLATE_NOOP("desk", "错误次数过多，请 {seconds} 秒后再试，或请主管解锁"),
                            seconds=seconds)
    return SignInLocked(QT_TRANSLATE_NOOP("desk", "错误次数过多，已锁定，请 {minutes} 分钟后再试，或请主管解锁"),
                        minutes=(seconds + 59) // 60)


def unlock(session: Session, staff_id: int) -> Staff:
    """A supervisor lifts a lock-out (after checking who is at the keyboard); the count starts again."""
    session.require("staff.unlock")
    with db.atomic():
        staff = Staff.get_or_none(Staff.id == staff_id)
        if staff is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该员工"))
        Staff.update(failed_attempts=0, locked_until=None, lockouts=0).where(Staff.id == staff.id).execute()
        audit.record(session, "unlock", "staff", staff.id, note="解除 PIN 锁定")
    return Staff.get_by_id(staff.id)


def unlock_code(supervisor_code: str, supervisor_pin: str, code: str) -> Staff:
    """At the sign-in screen: a supervisor types their own 工号 and PIN to unlock ``code``."""
    session = verify_cosigner(supervisor_code, supervisor_pin, "staff.unlock")
    code = unicodedata.normalize("NFKC", inputs.clean(code))
    staff = Staff.get_or_none(Staff.code == code) if code else None
    if staff is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到工号 {code}"), code=code or "-")
    return unlock(session, staff.id)


def is_locked(code: str, *, at: dt.datetime | None = None) -> bool:
    code = unicodedata.normalize("NFKC", inputs.clean(code))
    staff = Staff.get_or_none(Staff.code == code) if code else None
    return bool(staff and staff.locked_until and staff.locked_until > (at or now()))


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


def person_fields(code, name, phone) -> tuple[str, str, str]:
    """A person's 工号 (ASCII letters and digits), name and phone, cleaned and checked."""
    return (inputs.code(code, "工号", limit=16), inputs.text(name, "姓名", limit=inputs.NAME_LIMIT, required=True),
            inputs.phone(phone, "手机"))


@retrying
def add_staff(session: Session, code: str, name: str, roles, pin: str, phone: str = "") -> Staff:
    session.require("staff.manage")
    code, name, phone = person_fields(code, name, phone)
    roles = validate_roles(roles)
    pin = check_pin_format(pin)
    with db.atomic():
        if Staff.select().where(Staff.code == code).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "工号 {code} 已存在"), code=code)
        staff = Staff.create(code=code, name=name, roles=",".join(roles), pin_hash=hash_pin(pin), phone=phone)
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
            staff.name = inputs.text(name, "姓名", limit=inputs.NAME_LIMIT, required=True)
        if roles is not None:
            staff.roles = ",".join(validate_roles(roles))
        if active is not None:
            if not active and staff.id == session.staff_id:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "不能停用自己"))
            staff.active = active
        if phone is not None:
            staff.phone = inputs.phone(phone, "手机")
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
        n = Staff.update(pin_hash=hash_pin(pin), failed_attempts=0, locked_until=None, lockouts=0).where(
            Staff.id == staff_id).execute()
        if not n:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该员工"))
        audit.record(session, "change", "staff", staff_id, note="PIN 已重设")


def list_staff(*, active_only: bool = False, role: str | None = None):
    query = Staff.select().order_by(Staff.code)
    role = inputs.clean(role) or None
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
