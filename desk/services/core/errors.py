"""Errors the user sees. Messages are Chinese source strings marked for translation.

Raise ``DeskError(QT_TRANSLATE_NOOP("desk", "库存不足：{item}"), item=name)``; the UI shows
``translated(err)``, the CLI prints ``str(err)``.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    return text


class DeskError(Exception):
    """A refusal or a bad input, with a message meant for the user."""

    context = "desk"

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template

    def translated(self, translate) -> str:
        """``translate(context, text)`` is ``QCoreApplication.translate`` in the UI."""
        text = translate(self.context, self.template)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class ValidationError(DeskError):
    """Bad input: nothing was changed."""


class PermissionDenied(DeskError):
    """The signed-in person's roles do not allow this."""


class NotFound(DeskError):
    pass


class DiskFull(DeskError):
    """The disk is full: what was being written was not kept (no partial file is left)."""

    def __init__(self, where: str = ""):
        if where:
            super().__init__(QT_TRANSLATE_NOOP("desk", "磁盘已满，未能写入 {where}。请清理磁盘空间后重试；已有的数据未受影响。"),
                             where=where)
        else:
            super().__init__(QT_TRANSLATE_NOOP("desk", "磁盘已满，未能保存。请清理磁盘空间后重试；已有的数据未受影响。"))


def is_disk_full(exc: BaseException | None) -> bool:
    """An OSError ENOSPC, SQLite's "database or disk is full", PostgreSQL's disk_full (53100) or a
    tool's "No space left on device" (pg_dump), anywhere in the exception's chain."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DiskFull):
            return True
        if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
            return True
        if getattr(exc, "sqlstate", None) == "53100" or getattr(exc, "pgcode", None) == "53100":
            return True
        text = str(exc)
        if "database or disk is full" in text or "No space left on device" in text:
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def for_user(exc: BaseException) -> DeskError | None:
    """The DeskError a person should read for ``exc``: itself, 磁盘已满 for a full disk, else None (a bug)."""
    if isinstance(exc, DeskError):
        return exc
    if is_disk_full(exc):
        return DiskFull()
    return None
