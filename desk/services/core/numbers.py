"""Numbers people type and read: a decimal typed into a field, a percentage."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from desk.services.core import inputs


def parse_decimal(value, label: str, *, allow_none: bool = False, allow_zero: bool = True,
                  maximum: Decimal = inputs.MONEY_MAX, places: int | None = None) -> Decimal | None:
    """User input (text or number) as a non-negative Decimal of at most ``maximum`` (and ``places``
    decimals), or a ValidationError naming the field (see ``inputs.decimal_number``)."""
    return inputs.decimal_number(value, label, maximum=maximum, places=places, required=not allow_none,
                                 positive=not allow_zero)


def percent(num, den) -> Decimal | None:
    """``num`` of ``den`` in per cent to one decimal (half up); None when ``den`` is zero."""
    if not den:
        return None
    return (Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
