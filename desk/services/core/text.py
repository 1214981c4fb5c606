"""Text typed into a field: cleaned (``inputs.clean``: no control characters), trimmed, required,
not too long, or a ValidationError naming the field."""
from __future__ import annotations

from desk.services.core import inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError


def required_text(value, label: str, *, limit: int = inputs.TEXT_LIMIT, multiline: bool = True) -> str:
    """The cleaned text, or "请填写{field}" when it is empty (the service desk's forms)."""
    return inputs.text(value, label, limit=limit, required=True, multiline=multiline)


def bounded_text(value, label: str, *, required: bool = True, limit: int = 64) -> str:
    """The cleaned one-line text of at most ``limit`` characters; "{label}不能为空" when required and empty."""
    text = inputs.clean(value)
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}不能为空"), label=label)
    if len(text) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}太长（最多 {n} 字）"), label=label, n=limit)
    return text
