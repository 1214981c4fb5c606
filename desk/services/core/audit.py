"""The audit trail: who, when, what, before and after. Call inside the write's transaction."""
from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

from peewee import Model

from desk.db.core import AuditEntry
from desk.services.core.days import in_period
from desk.services.core.session import Session

SECRET_FIELDS = {"pin_hash"}


def snapshot(record: Model | None) -> dict | None:
    """A record's field values as plain data (secrets left out)."""
    if record is None:
        return None
    data: dict[str, Any] = {}
    for name, fld in record._meta.fields.items():
        if name in SECRET_FIELDS:
            continue
        value = record.__data__.get(name)
        if isinstance(value, (dt.date, dt.datetime, dt.time)):
            value = value.isoformat()
        elif isinstance(value, decimal.Decimal):
            value = str(value)
        data[name] = value
    return data


def record(session: Session, action: str, entity: str, entity_id: int | None = None,
           before: dict | None = None, after: dict | None = None, note: str = "") -> AuditEntry:
    return AuditEntry.create(
        staff=session.staff_id, action=action, entity=entity, entity_id=entity_id,
        before=before, after=after, note=note,
    )


def browse(session: Session, *, entity: str | None = None, action: str | None = None,
           staff_id: int | None = None, since: dt.datetime | None = None,
           until: dt.datetime | None = None, text: str | None = None):
    """A query of audit entries, newest first, filtered. Managers only."""
    session.require("audit.view")
    query = AuditEntry.select().order_by(AuditEntry.id.desc())
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if action:
        query = query.where(AuditEntry.action == action)
    if staff_id:
        query = query.where(AuditEntry.staff == staff_id)
    query = in_period(query, AuditEntry.at, since, until)
    if text:
        like = f"%{text}%"
        query = query.where((AuditEntry.note ** like) | (AuditEntry.after ** like)
                            | (AuditEntry.before ** like))
    return query


def entities() -> list[str]:
    return [r.entity for r in AuditEntry.select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)]
