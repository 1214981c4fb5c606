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
