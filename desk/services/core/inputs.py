"""What people type, cleaned and bounded where it enters the domain.

Every entry path (the window, the ``desk`` command, an Excel import) reaches the data through the
services, and the services read their arguments through these functions, so one set of rules holds:

- text: control characters removed (a tab or newline is kept in a multi-line field, where a pasted
  vertical tab, form feed, carriage return or line separator becomes a newline; in a one-line field
  each becomes a space), unpaired surrogates and Unicode non-characters removed, trimmed, and at
  most ``limit`` characters. Such characters break Excel files and paper, and nobody types them.
- numbers: full-width digits read as ASCII; a thousands separator only in groups of three
  ("1,500"), so "1,5", "1，5" and "1_000" are refused rather than read as 15 or 1000; bounds
  inclusive; no more decimal places than the field keeps.
- dates and times: a real date within a plausible range (not 0001-01-01, not 2999).
- phones: a mainland mobile (11 digits) or a number of 7 to 15 digits; codes (工号) and PINs: ASCII.

Errors are ``ValidationError`` naming the field, in Chinese, marked for translation.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal

from desk.clock import now
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

# Length limits (characters) shared by the services.
NAME_LIMIT = 32  # a person's name, a surname with title
LABEL_LIMIT = 60  # a short label: an item, a category, a key, a worker's company
LINE_LIMIT = 200  # one line: a purpose, a topic, a result
NOTE_LIMIT = 500  # 需求, 备注, a reason: a few lines
TEXT_LIMIT = 2000  # a description, a complaint's content, a duty-log entry

# Numeric bounds shared by the services.
MONEY_MAX = Decimal("99999999.99")  # one amount of money (元)
PRICE_MAX = Decimal("1000000")  # one unit price (元)
AREA_MAX = Decimal("100000")  # 建筑面积 (㎡) of one unit
QUANTITY_MAX = Decimal("1000000")  # one quantity of stock in its base unit

EARLIEST = dt.date(2000, 1, 1)


# -- text -------------------------------------------------------------------------------------------
@functools.cache  # built at the first text that needs it, not at start-up (bench/startup.py)
def _table(multiline: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
        table[code] = None
    breaks = {0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029}
    for code in breaks:
        table[code] = "\n" if multiline else " "
    table[0x09] = "\t" if multiline else " "
    for code in range(0xD800, 0xE000):  # unpaired surrogates (a pair never reaches a str)
        table[code] = None
    for code in range(0xFDD0, 0xFDF0):  # non-characters
        table[code] = None
    table[0xFFFE] = table[0xFFFF] = None
    return table


def clean(value, *, multiline: bool = False) -> str:
    """``value`` as text without control characters, trimmed. Multi-line keeps tabs and newlines."""
    if value is None:
        return ""
    text = value if value.__class__ is str else str(value)
    # printable: no control, line-break, surrogate or non-character (the table's keys), nothing to do
    if not text.isprintable():
        text = text.replace("\r\n", "\n").translate(_table(multiline))
        if multiline:
            text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip()


def text(value, label: str, *, limit: int = LINE_LIMIT, required: bool = False,
         multiline: bool = False) -> str:
    """Cleaned text of at most ``limit`` characters; "请填写{field}" when required and empty."""
    result = clean(value, multiline=multiline)
    if required and not result:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    if len(result) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}太长：最多 {limit} 个字（现有 {length} 个字）"),
                              field=label, limit=limit, length=len(result))
    return result


def note(value, label: str, *, limit: int = NOTE_LIMIT, required: bool = False) -> str:
    """A multi-line note (需求, 备注, a reason)."""
    return text(value, label, limit=limit, required=required, multiline=True)


def choice(value, label: str, choices) -> str:
    """One of ``choices`` (as text)."""
    result = clean(value)
    if result not in choices:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}须为：{choices}"),
                              field=label, choices="、".join(str(c) for c in choices))
    return result


_CODE_RE = re.compile(r"[0-9A-Za-z_-]+")


def code(value, label: str, *, limit: int = 16) -> str:
    """A code typed at a keyboard (工号, a barcode): ASCII letters, digits, - and _; full-width read as ASCII."""
    result = unicodedata.normalize("NFKC", clean(value)).strip()
    if not result:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    if len(result) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}太长：最多 {limit} 个字（现有 {length} 个字）"),
                              field=label, limit=limit, length=len(result))
    if not _CODE_RE.fullmatch(result):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}只能包含字母、数字、- 和 _：{value}"),
                              field=label, value=result)
    return result


# -- numbers ----------------------------------------------------------------------------------------
_NUMBER_RE = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")


def number_text(value) -> str | None:
    """The text of a number as typed, made plain: full-width digits to ASCII, spaces, ¥ and 元 dropped.
    None when it is not a number ("1,5", "1_000", "1e3", "abc")."""
    raw = unicodedata.normalize("NFKC", clean(value)).replace(" ", "")
    raw = raw.removeprefix("¥").removesuffix("元")
    if not _NUMBER_RE.fullmatch(raw):
        return None
    return raw.replace(",", "")


def _as_decimal(value, label: str) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的数字：{value}"), field=label, value=value)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value)) if value == value and abs(value) != float("inf") else Decimal("NaN")
    else:
        plain = number_text(value)
        if plain is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的数字：{value}"),
                                  field=label, value=clean(value)[:40])
        number = Decimal(plain)
    if not number.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的数字：{value}"), field=label, value=value)
    return number


def _shown(number) -> str:
    if isinstance(number, Decimal):
        number = number.normalize()
        return f"{number:f}"
    return str(number)


def _check_bounds(number, label: str, minimum, maximum, value) -> None:
    if minimum is not None and number < minimum:
        if minimum == 0:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不能为负数：{value}"),
                                  field=label, value=_shown(value))
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不能小于 {minimum}（填写的是 {value}）"),
                              field=label, minimum=_shown(minimum), value=_shown(value))
    if maximum is not None and number > maximum:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不能大于 {maximum}（填写的是 {value}）"),
                              field=label, maximum=_shown(maximum), value=_shown(value))


def decimal_number(value, label: str, *, minimum=Decimal(0), maximum=None, places: int | None = None,
                   required: bool = True, positive: bool = False) -> Decimal | None:
    """A decimal typed or passed in, within bounds, with at most ``places`` decimals (more are refused,
    not rounded away: -0.001 is not a price of 0.00). None when blank and not required."""
    if value is None or (isinstance(value, str) and not clean(value)):
        if not required:
            return None
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    number = _as_decimal(value, label)
    _check_bounds(number, label, minimum, maximum, number)
    if positive and number <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}必须大于零"), field=label)
    if places is not None and -number.normalize().as_tuple().exponent > places:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}最多 {places} 位小数：{value}"),
                              field=label, places=places, value=_shown(number))
    return number + 0  # -0 reads as 0


def integer(value, label: str, *, minimum: int | None = 0, maximum: int | None = None,
            required: bool = True) -> int | None:
    """A whole number within bounds; None when blank and not required."""
    if value is None or (isinstance(value, str) and not clean(value)):
        if not required:
            return None
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    number = _as_decimal(value, label)
    if number != number.to_integral_value():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}须为整数：{value}"), field=label, value=_shown(number))
    _check_bounds(number, label, minimum, maximum, number)
    return int(number)


def record_id(value) -> int | None:
    """A record's id as the program passes it (an int, or its digits as text); None for anything
    else, which then finds nothing on either engine (PostgreSQL refuses to compare an id with text)."""
    if value.__class__ is bool:
        return None
    if isinstance(value, int):
        return value if -2**63 <= value < 2**63 else None
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
        return number if number < 2**63 else None
    return None


def referred_id(model, value, message: str) -> int | None:
    """The id of the ``model`` record ``value`` refers to, checked before an insert points at it: None
    for None; a nonsense or missing id is ``NotFound(message)`` (formatted with ``ref``, what was given),
    not a foreign-key error from the database."""
    if value is None:
        return None
    found = record_id(value)
    if found is None or not model.select().where(model._meta.primary_key == found).exists():
        raise NotFound(message, ref=clean(value)[:20] or "-")
    return found


# -- dates and times --------------------------------------------------------------------------------
def years_ahead(years: int, today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    try:
        return today.replace(year=today.year + years)
    except ValueError:  # 29 February
        return today.replace(year=today.year + years, day=28)


def _date_range_error(label, value, earliest, latest):
    raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不在合理范围内：{value}（应在 {earliest} 到 {latest} 之间）"),
                          field=label, value=value, earliest=earliest.isoformat(), latest=latest.isoformat())


def day(value, label: str, *, earliest: dt.date = EARLIEST, latest: dt.date | None = None,
        required: bool = True) -> dt.date | None:
    """A date (a datetime gives its date) between ``earliest`` and ``latest`` (default: 5 years ahead)."""
    if value is None or (isinstance(value, str) and not clean(value)):
        if not required:
            return None
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(unicodedata.normalize("NFKC", clean(value)))
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的日期：{value}（应为 YYYY-MM-DD）"),
                                  field=label, value=clean(value)[:40]) from None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的日期：{value}（应为 YYYY-MM-DD）"),
                              field=label, value=str(value)[:40])
    latest = latest or years_ahead(5)
    if not earliest <= value <= latest:
        _date_range_error(label, value.isoformat(), earliest, latest)
    return value


def moment(value, label: str, *, default: dt.datetime | None = None, earliest: dt.date = EARLIEST,
           latest: dt.date | None = None) -> dt.datetime:
    """When something happened or is due, to the second; ``default`` (the caller's now) when None.
    Between ``earliest`` and ``latest`` (default: a year ahead: a typo such as 2999 is refused)."""
    if value is None:
        if default is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
        value = default
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    if not isinstance(value, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}不是有效的时间：{value}"), field=label,
                              value=str(value)[:40])
    latest = latest or years_ahead(1)
    if not earliest <= value.date() <= latest:
        _date_range_error(label, value.strftime("%Y-%m-%d %H:%M"), earliest, latest)
    return value.replace(microsecond=0, tzinfo=None)


# -- phones, PINs -----------------------------------------------------------------------------------
MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_PHONE_CHARS = re.compile(r"[\s\-()（）]")


def mobile(value, label: str = "手机号") -> str:
    """A mainland mobile as 11 digits (spaces, dashes and +86 dropped; full-width digits read)."""
    raw = _PHONE_CHARS.sub("", unicodedata.normalize("NFKC", clean(value)))
    digits = raw.removeprefix("+86") if raw.startswith("+86") else raw
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    if not (digits.isascii() and MOBILE_RE.fullmatch(digits)):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "desk", "手机号格式不正确：{phone}（须为 1 开头的 11 位大陆手机号；没有手机号请选择“无手机号”）"),
            phone=clean(value)[:40] or "空")
    return digits


def phone(value, label: str, *, required: bool = False) -> str:
    """A phone number: a mainland mobile (stored as its 11 digits) or another number of 7 to 15 digits
    (stored as typed, separators kept); empty when blank and not required."""
    typed = unicodedata.normalize("NFKC", clean(value))
    if not typed:
        if required:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
        return ""
    bare = _PHONE_CHARS.sub("", typed)
    try:
        return mobile(bare, label)
    except ValidationError:
        pass
    digits = bare.removeprefix("+")
    if not (digits.isascii() and digits.isdigit() and 7 <= len(digits) <= 15) or len(typed) > 24:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}格式不正确：{value}（应为手机号或区号加座机号码）"),
                              field=label, value=typed[:40])
    return " ".join(typed.split())


def pin(value, *, minimum: int = 4, maximum: int = 8) -> str:
    """A PIN of ASCII digits (full-width digits read as ASCII: what is set can be typed again)."""
    result = unicodedata.normalize("NFKC", clean(value))
    if not (result.isascii() and result.isdigit() and minimum <= len(result) <= maximum):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "PIN 须为 {minimum} 到 {maximum} 位数字"),
                              minimum=minimum, maximum=maximum)
    return result



def any_day(value, label: str) -> dt.date:
    """A date to filter by (any year): only checked to be a date."""
    return day(value, label, earliest=dt.date.min, latest=dt.date.max)


def any_moment(value, label: str) -> dt.datetime:
    """A moment to filter by (any year): only checked to be a date and time."""
    return moment(value, label, earliest=dt.date.min, latest=dt.date.max)


def when(at, label: str = "时间") -> dt.datetime:
    """When a service records something: ``at`` as given (checked by ``moment``), else now."""
    return moment(at, label, default=now())
