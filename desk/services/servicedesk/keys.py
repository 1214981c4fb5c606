"""业主钥匙借用: lent with the borrower's ID (shown as its last 4 digits), a due time and a witness;
returned once. Overdue loans stand out."""
from __future__ import annotations

import datetime as dt

from desk import settings
from desk.db.base import db, retrying
from desk.db.servicedesk import KeyLoan
from desk.services.core import audit
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.clock import or_now
from desk.services.core.text import required_text
from desk.services.core.session import Session
from desk.services.servicedesk.units import get_unit


def get_loan(loan_id) -> KeyLoan:
    loan = KeyLoan.get_or_none(KeyLoan.id == loan_id) if loan_id else None
    if loan is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到钥匙借用记录：{id}"), id=loan_id)
    return loan


@retrying
def lend(session: Session, key_label: str, borrower: str, id_number: str, purpose: str, witness: str, *,
         unit=None, phone: str = "", due_at: dt.datetime | None = None, at: dt.datetime | None = None) -> KeyLoan:
    session.require("service.desk")
    key_label = required_text(key_label, "钥匙")
    borrower = required_text(borrower, "借用人")
    id_number = required_text(id_number, "证件号码").upper()
    if len(id_number) < 6:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "证件号码太短：请核对"))
    purpose = required_text(purpose, "借用事由")
    witness = required_text(witness, "见证人")
    unit = get_unit(unit) if unit not in (None, "") else None
    at = or_now(at)
    due_at = due_at or at + dt.timedelta(hours=int(settings.get("key_loan_hours")))
    if due_at <= at:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "应还时间必须晚于借出时间"))
    with db.atomic():
        out = KeyLoan.select().where((KeyLoan.key_label == key_label) & KeyLoan.returned_at.is_null()).first()
        if out is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "钥匙“{key}”已被 {borrower} 借出，尚未归还"),
                                  key=key_label, borrower=out.borrower)
        loan = KeyLoan.create(key_label=key_label, unit=unit, borrower=borrower, borrower_id_number=id_number,
                              borrower_phone=(phone or "").strip(), purpose=purpose, witness=witness,
                              out_at=at, due_at=due_at, lent_by=session.staff_id)
        audit.record(session, "create", "key_loan", loan.id, after=audit.snapshot(loan))
    return loan


@retrying
def return_key(session: Session, loan_id, note: str = "", *, at: dt.datetime | None = None) -> KeyLoan:
    session.require("service.desk")
    with db.atomic():
        loan = get_loan(loan_id)
        if loan.returned_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "钥匙“{key}”已于 {time} 归还，不能重复归还"),
                                  key=loan.key_label, time=loan.returned_at.strftime("%Y-%m-%d %H:%M"))
        at = or_now(at)
        if at < loan.out_at:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "归还时间不能早于借出时间"))
        before = audit.snapshot(loan)
        loan.returned_at = at
        loan.returned_to = session.staff_id
        loan.return_note = (note or "").strip()
        loan.save()
        audit.record(session, "change", "key_loan", loan.id, before, audit.snapshot(loan), "归还")
    return loan


def is_overdue(loan: KeyLoan, at: dt.datetime | None = None) -> bool:
    if loan.returned_at is not None:
        return loan.returned_at > loan.due_at
    return or_now(at) > loan.due_at


def list_loans(*, out_only: bool = False, text: str = "", since=None, until=None):
    query = KeyLoan.select().order_by(KeyLoan.out_at.desc(), KeyLoan.id.desc())
    if out_only:
        query = query.where(KeyLoan.returned_at.is_null())
    query = in_period(query, KeyLoan.out_at, since, until)
    text = (text or "").strip()
    if text:
        query = query.where(KeyLoan.key_label.contains(text) | KeyLoan.borrower.contains(text)
                            | KeyLoan.purpose.contains(text))
    return query


def overdue_keys(at: dt.datetime | None = None) -> list[KeyLoan]:
    """Keys still out past their due time, most overdue first."""
    at = or_now(at)
    return list(KeyLoan.select().where(KeyLoan.returned_at.is_null() & (KeyLoan.due_at < at))
                .order_by(KeyLoan.due_at))
