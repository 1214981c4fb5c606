"""Changing the program's settings (设置) as a person does: who may (``settings.edit``), which values
are allowed (a clear error instead of the default silently taking over), and the audit trail.

``desk.settings`` declares the options and stores them; everything that changes one for a person
goes through ``change``.
"""
from __future__ import annotations

from typing import Any

from desk import settings
from desk.db.base import db
from desk.services.core import audit, inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.session import Session


def checked_value(key: str, value: Any) -> Any:
    """``value`` as option ``key`` stores it; ValidationError when it is not allowed."""
    try:
        option = settings.settings.option(key)
    except KeyError:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的设置：{key}"), key=str(key)[:40]) from None
    return settings.settings.validate(key, _checked(option, value))  # and the option's own check (site code …)


def _checked(option, value: Any) -> Any:
    label = option.label
    if option.kind is bool:
        if isinstance(value, bool):
            return value
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}须为“是”或“否”"), field=label)
    if option.kind is int:
        return inputs.integer(value, label, minimum=option.minimum, maximum=option.maximum)
    if option.kind is float:
        number = inputs.decimal_number(value, label, minimum=option.minimum, maximum=option.maximum)
        return float(number)
    text = inputs.text(value, label, limit=inputs.TEXT_LIMIT)
    if option.choices and text not in option.choices:
        return inputs.choice(text, label, option.choices)
    return text


def change(session: Session, key: str, value: Any) -> Any:
    """Set one option (checked, audited). Returns the value stored."""
    return change_many(session, {key: value}).get(key, settings.get(key))


def change_many(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """Set several options at once: all are checked before any is stored. Returns those that changed."""
    session.require("settings.edit")
    checked = {key: checked_value(key, value) for key, value in values.items()}
    changed = {key: value for key, value in checked.items() if settings.get(key) != value}
    if not changed:
        return {}
    with db.atomic():
        for key, value in changed.items():
            audit.record(session, "change", "setting", None, before={key: settings.get(key)}, after={key: value})
    for key, value in changed.items():
        settings.settings.set(key, value)
    return changed
