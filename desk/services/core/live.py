"""Changes made on the site's other PCs, as they happen, and the server going away and coming back.

Services announce what they wrote (``desk.db.base.publish``, delivered by PostgreSQL when the write
commits) and a PC listens on a connection of its own. A write that meets a lost server raises
``ServerUnavailable`` with nothing applied. On SQLite there is one PC and nothing to listen to.
"""
from __future__ import annotations

from desk.db import server
from desk.db.base import db, on_server
from desk.db.server import ServerUnavailable, is_connection_lost  # noqa: F401  (for the UI, which never imports desk.db)


def change_listener() -> server.ChangeListener | None:
    """A listener for the other PCs' changes to the open database (None on SQLite). Its
    ``fileno()`` turns readable when something arrived; ``pending()`` gives (topic, id) pairs.
    This PC's own writes are left out: its screens learn of them directly."""
    if not on_server():
        return None
    return server.ChangeListener(db.obj.database, ignore_pid=server.backend_pid(db.obj))


def reconnect() -> None:
    """Connect again after the server was lost (raises ServerUnavailable while it cannot be reached)."""
    if on_server():
        db.obj.reconnect()
        db.execute_sql("SELECT 1")
