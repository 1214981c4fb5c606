"""Numbers people type and read: a decimal typed into a field, a percentage."""
from __future__ import annotations

import decimal
from decimal import ROUND_HALF_UP, Decimal

from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError


def parse_decimal(value, label: str, *, allow_none: bool = False, allow_zero: bool = True) -> Decimal | None:
    """User input (text or number) as a non-negative Decimal, or a ValidationError naming the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    if isinstance(value, float):
        value = repr(value)
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except (decimal.InvalidOperation, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的数字：{value}"),
                              field=label, value=value) from None
    if not number.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的数字：{value}"), field=label, value=value)
    if number < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不能为负数：{value}"), field=label, value=value)
    if number == 0 and not allow_zero:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}必须大于零"), field=label)
    return number


def percent(num, den) -> Decimal | None:
    """``num`` of ``den`` in per cent to one decimal (half up); None when ``den`` is zero."""
    if not den:
        return None
    return (Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
