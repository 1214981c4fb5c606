"""Changes made on the site's other PCs, as they happen, and the server going away and coming back.

Services announce what they wrote (``desk.db.base.publish``, delivered by PostgreSQL when the write
commits) and a PC listens on a connection of its own. A write that meets a lost server raises
``ServerUnavailable`` with nothing applied. On SQLite there is one PC and nothing to listen to.
"""
from __future__ import annotations

from desk import settings
from desk.db import server
from desk.db.base import db, on_server
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError, ValidationError
from desk.services.core.session import Session
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


def _checked_url(url: str) -> str:
    url = (url or "").strip()
    if not server.is_server_url(url):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "desk", "地址须以 postgresql:// 开头，如 postgresql://desk@192.168.1.10:5432/desk"))
    if server.has_password(url):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "地址里不要写密码：请把密码写在 .pgpass 文件中"))
    return url


def try_connection(url: str) -> str:
    """测试连接: the server's version at ``url``, or DeskError saying why it cannot be used."""
    url = _checked_url(url)
    try:
        return server.probe(url)
    except Exception as exc:  # the driver's words, first line: refused, unknown host, bad password …
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DeskError(QT_TRANSLATE_NOOP("desk", "连接失败：{reason}"), reason=reason) from None


def save_server(session: Session, url: str) -> None:
    """Use the server at ``url`` from the next start on ("" goes back to the SQLite file)."""
    session.require("settings.edit")
    settings.settings.set("database_url", _checked_url(url) if (url or "").strip() else "")
