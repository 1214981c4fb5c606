"""The database as a whole, for the layers above the services (which never import ``desk.db``):
one transaction around several service calls, and closing a worker thread's connection."""
from __future__ import annotations

from desk.db.base import db
from desk.db.connection import close_database


def atomic():
    """A transaction (a savepoint when nested) around several service calls: everything or nothing
    (the Excel import applies a whole workbook in one, or tries it and rolls back)."""
    return db.atomic()


def close_connection() -> None:
    """Close this thread's connection (a worker thread closes its own when its job is done)."""
    close_database()
