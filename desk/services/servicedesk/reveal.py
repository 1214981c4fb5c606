"""显示号码: the whole number of an owner to call back or of a caller to ring back, for the person
whose job is to dial it. The lists show it masked (138****0000) to everyone but supervisors; asking
for it here is a deliberate act, written to the audit trail (who saw which record's number, when)."""
from __future__ import annotations

from desk.db.base import db
from desk.db.servicedesk import Call, Complaint, Repair
from desk.services.core import audit
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.session import Session

# what a number is kept on: kind -> (record, its phone field)
PHONES = {"repair": (Repair, "reporter_phone"), "complaint": (Complaint, "phone"), "call": (Call, "phone")}


def reveal_phone(session: Session, kind: str, record_id: int) -> str:
    """The whole phone number of a repair's reporter, a complainant or a caller; audited."""
    session.require("service.desk")
    if kind not in PHONES:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该记录"))
    model, field = PHONES[kind]
    with db.atomic():
        record = model.get_or_none(model.id == record_id)
        if record is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到该记录"))
        phone = (getattr(record, field) or "").strip()
        if not phone:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该记录没有留电话"))
        audit.record(session, "reveal", kind, record.id, note="显示号码")
    return phone
