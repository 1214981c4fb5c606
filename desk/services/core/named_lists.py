"""Lists the managers keep by name (water-bar categories, 认知途径, complaint categories, the fee
tables' items): a table with ``name``, ``sort`` and ``active``. An entry is never deleted, only
retired; adding a retired name again brings it back."""
from __future__ import annotations

from peewee import fn

from desk.db.base import db
from desk.services.core import audit
from desk.services.core.errors import NotFound, ValidationError
from desk.services.core.session import Session


def add_or_reactivate(session: Session, model, name: str, *, kind: str, exists: str):
    """Add ``name`` (already checked) at the end of the list, or bring a retired one back.

    ``kind`` names the record in the audit trail; ``exists`` is the message (with ``{name}``) when
    the name is already in use. The caller checks the permission."""
    with db.atomic():
        existing = model.get_or_none(model.name == name)
        if existing is not None:
            if existing.active:
                raise ValidationError(exists, name=name)
            before = audit.snapshot(existing)
            existing.active = True
            existing.save()
            audit.record(session, "change", kind, existing.id, before=before, after=audit.snapshot(existing))
            return existing
        sort = (model.select(fn.MAX(model.sort)).scalar() or 0) + 1
        record = model.create(name=name, sort=sort)
        audit.record(session, "create", kind, record.id, after=audit.snapshot(record))
    return record


def entries(model, active_only: bool = True) -> list:
    """The list in its order (``sort``, then oldest first); only the names in use unless asked."""
    query = model.select().order_by(model.sort, model.id)
    if active_only:
        query = query.where(model.active == True)  # noqa: E712
    return list(query)


def set_active(session: Session, model, record_id: int, active: bool, *, kind: str, missing: str,
               note: str = ""):
    """Retire (or bring back) one entry; ``missing`` is the message when there is no such entry.
    The caller checks the permission."""
    with db.atomic():
        record = model.get_or_none(model.id == record_id)
        if record is None:
            raise NotFound(missing)
        before = audit.snapshot(record)
        record.active = active
        record.save()
        audit.record(session, "change", kind, record.id, before=before, after=audit.snapshot(record), note=note)
    return record
