"""业主钥匙借用: lent with the borrower's ID (shown as its last 4 digits), a due time and a witness;
returned once. Overdue loans stand out."""
from __future__ import annotations

import datetime as dt
import unicodedata

from desk import settings
from desk.db.base import db, retrying
from desk.db.servicedesk import KeyLoan
from desk.services.core import audit, inputs
from desk.services.core.days import in_period
from desk.services.core.privacy import Mask, MaskedQuery
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
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
    key_label = required_text(key_label, "钥匙", limit=inputs.LABEL_LIMIT, multiline=False)
    borrower = required_text(borrower, "借用人", limit=inputs.NAME_LIMIT, multiline=False)
    id_number = unicodedata.normalize("NFKC", required_text(id_number, "证件号码", limit=30, multiline=False)).upper()
    if len(id_number) < 6:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "证件号码太短：请核对"))
    purpose = required_text(purpose, "借用事由", limit=inputs.LINE_LIMIT)
    witness = required_text(witness, "见证人", limit=inputs.NAME_LIMIT, multiline=False)
    phone = inputs.phone(phone, "电话")
    unit = get_unit(unit) if unit not in (None, "") else None
    at = inputs.when(at, "借出时间")
    due_at = inputs.when(due_at, "应还时间") if due_at else at + dt.timedelta(hours=int(settings.get("key_loan_hours")))
    if due_at <= at:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "应还时间必须晚于借出时间"))
    with db.atomic():
        out = KeyLoan.select().where((KeyLoan.key_label == key_label) & KeyLoan.returned_at.is_null()).first()
        if out is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "钥匙“{key}”已被 {borrower} 借出，尚未归还"),
                                  key=key_label, borrower=out.borrower)
        loan = KeyLoan.create(key_label=key_label, unit=unit, borrower=borrower, borrower_id_number=id_number,
                              borrower_phone=phone, purpose=purpose, witness=witness,
                              out_at=at, due_at=due_at, lent_by=session.staff_id)
        audit.record(session, "create", "key_loan", loan.id, after=audit.snapshot(loan))
    return loan


@retrying
def return_key(session: Session, loan_id, note: str = "", *, at: dt.datetime | None = None) -> KeyLoan:
    session.require("service.desk")
    note = inputs.note(note, "归还备注")
    with db.atomic():
        loan = get_loan(loan_id)
        if loan.returned_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "钥匙“{key}”已于 {time} 归还，不能重复归还"),
                                  key=loan.key_label, time=loan.returned_at.strftime("%Y-%m-%d %H:%M"))
        at = inputs.when(at)
        if at < loan.out_at:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "归还时间不能早于借出时间"))
        before = audit.snapshot(loan)
        loan.returned_at = at
        loan.returned_to = session.staff_id
        loan.return_note = note
        loan.save()
        audit.record(session, "change", "key_loan", loan.id, before, audit.snapshot(loan), "归还")
    return loan


def is_overdue(loan: KeyLoan, at: dt.datetime | None = None) -> bool:
    if loan.returned_at is not None:
        return loan.returned_at > loan.due_at
    return inputs.when(at) > loan.due_at


LOAN_MASK = Mask(phones=("borrower_phone",), ids=("borrower_id_number",))


def list_loans(session: Session, *, out_only: bool = False, text: str = "", since=None, until=None) -> MaskedQuery:
    """Key loans, newest first: the borrower's ID number as its last 4 digits, the phone masked for
    the session."""
    session.require_any("service.desk", "print")
    query = KeyLoan.select().order_by(KeyLoan.out_at.desc(), KeyLoan.id.desc())
    if out_only:
        query = query.where(KeyLoan.returned_at.is_null())
    query = in_period(query, KeyLoan.out_at, since, until)
    text = inputs.clean(text)
    if text:
        query = query.where(KeyLoan.key_label.contains(text) | KeyLoan.borrower.contains(text)
                            | KeyLoan.purpose.contains(text))
    return MaskedQuery(session, query, LOAN_MASK)


def overdue_keys(at: dt.datetime | None = None) -> list[KeyLoan]:
    """Keys still out past their due time, most overdue first."""
    at = inputs.when(at)
    return list(KeyLoan.select().where(KeyLoan.returned_at.is_null() & (KeyLoan.due_at < at))
                .order_by(KeyLoan.due_at))
