"""置业顾问名单: the consultants a manager keeps (from the 人员 screen or an Excel list).

Only people whose sole role is consultant are touched here, so a list import can never change a
manager's or an administrator's account. New consultants get no PIN: a manager sets it before
they first sign in (PINs never travel through Excel).
"""
from __future__ import annotations

from desk.db.base import db, retrying
from desk.db.core import Staff
from desk.services.core import audit
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.session import Session
from desk.services.core.staff import clean_code_and_name

PERMISSION = "reception.manage"


def consultants(*, active_only: bool = False):
    query = Staff.select().where(Staff.roles == "consultant").order_by(Staff.code)
    if active_only:
        query = query.where(Staff.active == True)  # noqa: E712
    return query


def _clean(code: str, name: str, phone: str) -> tuple[str, str, str]:
    code, name = clean_code_and_name(code, name)
    phone = (phone or "").strip()
    if phone and (not phone.isdigit() or not 7 <= len(phone) <= 12):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "手机号应为 7 到 12 位数字：{phone}"), phone=phone)
    return code, name, phone


@retrying
def add_consultant(session: Session, code: str, name: str, phone: str = "", active: bool = True) -> Staff:
    session.require(PERMISSION)
    code, name, phone = _clean(code, name, phone)
    with db.atomic():
        if Staff.select().where(Staff.code == code).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "工号 {code} 已存在"), code=code)
        person = Staff.create(code=code, name=name, roles="consultant", phone=phone, pin_hash="",
                              active=bool(active))
        audit.record(session, "create", "staff", person.id, after=audit.snapshot(person),
                     note="置业顾问（未设 PIN）")
    return person


@retrying
def update_consultant(session: Session, staff_id: int, *, code: str | None = None, name: str | None = None,
                      phone: str | None = None, active: bool | None = None) -> Staff:
    session.require(PERMISSION)
    with db.atomic():
        person = Staff.get_or_none(Staff.id == staff_id)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该员工"))
        if person.roles != "consultant":
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{name} 不只是置业顾问，请在设置中修改"),
                                  name=person.name)
        before = audit.snapshot(person)
        new_code, new_name, new_phone = _clean(
            person.code if code is None else code, person.name if name is None else name,
            person.phone if phone is None else phone)
        if new_code != person.code and Staff.select().where(Staff.code == new_code).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "工号 {code} 已存在"), code=new_code)
        if active is False and person.id == session.staff_id:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "不能停用自己"))
        person.code, person.name, person.phone = new_code, new_name, new_phone
        if active is not None:
            person.active = bool(active)
        person.save()
        audit.record(session, "change", "staff", person.id, before=before, after=audit.snapshot(person))
    return person


def deactivate_consultant(session: Session, staff_id: int) -> Staff:
    return update_consultant(session, staff_id, active=False)
