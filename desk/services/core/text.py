"""Text typed into a field: trimmed, required, not too long, or a ValidationError naming the field."""
from __future__ import annotations

from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError


def required_text(value, label: str) -> str:
    """The trimmed text, or "请填写{field}" when it is empty (the service desk's forms)."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    return text


def bounded_text(value, label: str, *, required: bool = True, limit: int = 64) -> str:
    """The trimmed text of at most ``limit`` characters; "{label}不能为空" when required and empty."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}不能为空"), label=label)
    if len(text) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}太长（最多 {n} 字）"), label=label, n=limit)
    return text
