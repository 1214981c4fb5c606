"""Serial numbers of printed forms: ``BX-20261123-001``, unique per form type and day, never reused.

The prefix is the template's ``serial``; the number comes from the same counter the services use
when they number their own records (``desk.services.core.serials``), so printed numbers never
collide. A number handed out is never handed out again, even if the record that took it is later
voided.
"""
from __future__ import annotations

import datetime as dt

from desk.printing.templates import load_template
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.serials import next_form_serial


def _day(day) -> dt.date:
    if day is None:
        return dt.date.today()
    if isinstance(day, dt.datetime):
        return day.date()
    if isinstance(day, dt.date):
        return day
    try:
        return dt.date.fromisoformat(str(day))
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "日期格式不对：{day}（应为 YYYY-MM-DD）"), day=day) from None


def next_serial(key: str, day=None) -> str:
    """The next serial number of form ``key`` on ``day`` (a date or "YYYY-MM-DD"; default today)."""
    template = load_template(key)
    if not template.serial:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "表单“{title}”没有编号"), title=template.title)
    return next_form_serial(template.serial, key, _day(day))
