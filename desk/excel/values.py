"""Cell values in and out: what a column kind exports, and how a typed-in cell is read back.

Reading tolerates what real sheets contain: numbers stored as text, full-width digits, stray
spaces, dates typed as 2026/11/23 or 2026年11月23日, Excel serial dates, 是/否 in many spellings.
Errors are reasons in the UI's language (the caller adds sheet, row and column): every text the
person reads is marked ``QT_TRANSLATE_NOOP("excel", ...)`` and goes through ``messages.say``.
"""
from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import re
import unicodedata
from typing import Any

from desk.excel import specs as S
from desk.excel.messages import join, say
from desk.services.core.errors import QT_TRANSLATE_NOOP

EXCEL_EPOCH = dt.datetime(1899, 12, 30)
TRUE_WORDS = {"是", "y", "yes", "true", "1", "√", "在用", "在岗", "启用", "有效", "对"}
FALSE_WORDS = {"否", "n", "no", "false", "0", "×", "停用", "不在岗", "无效", "不"}
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                      r"(?:\s*[T ]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})\s*秒?)?\s*分?)?$")
_TIME_RE = re.compile(r"^(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?\s*[秒分]?$")


class CellError(ValueError):
    """Why a cell cannot be read: ``template`` (marked for translation) in the UI's language."""

    def __init__(self, template: str, **params):
        super().__init__(say(template, **params))


def clean_text(value: Any) -> str:
    """Text as typed, without stray spaces (also full-width and non-breaking ones)."""
    if value is None:
        return ""
    if value.__class__ is str and value.isprintable() and value == value.strip() and "  " not in value \
            and "\u3000" not in value and "\xa0" not in value:
        return value  # already clean: the common case
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a code typed as a number: 1001.0 -> "1001"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    text = str(value).replace("\u3000", " ").replace("\xa0", " ").replace("\u200b", "")
    return " ".join(text.split()) if "\n" not in text else text.strip()


def _narrow(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms, spaces removed."""
    return unicodedata.normalize("NFKC", text).replace(" ", "").replace(",", "").replace("，", "")


def blank(value: Any) -> bool:
    if value is None:
        return True
    if value.__class__ is str:
        return not value.strip() or not clean_text(value)
    return False


def read_int(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError(QT_TRANSLATE_NOOP("excel", "应为整数"))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellError(QT_TRANSLATE_NOOP("excel", "应为整数"))
    text = _narrow(clean_text(value))
    try:
        number = decimal.Decimal(text)
    except decimal.InvalidOperation:
        raise CellError(QT_TRANSLATE_NOOP("excel", "应为整数")) from None
    if number != number.to_integral_value():
        raise CellError(QT_TRANSLATE_NOOP("excel", "应为整数"))
    return int(number)


def read_decimal(value: Any, places: int = 2, *, money: bool = False) -> decimal.Decimal:
    wrong = QT_TRANSLATE_NOOP("excel", "应为数字（金额）") if money else QT_TRANSLATE_NOOP("excel", "应为数字")
    if isinstance(value, bool):
        raise CellError(wrong)
    if isinstance(value, (int, float)):
        number = decimal.Decimal(str(value))
    else:
        text = _narrow(clean_text(value)).lstrip("¥￥").removesuffix("元")
        try:
            number = decimal.Decimal(text)
        except decimal.InvalidOperation:
            raise CellError(wrong) from None
    if not number.is_finite():
        raise CellError(wrong)
    return number.quantize(decimal.Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP)


def read_datetime(value: Any, *, date_only: bool = False) -> dt.datetime | dt.date:
    result: dt.datetime
    if isinstance(value, dt.datetime):
        result = value
    elif isinstance(value, dt.date):
        result = dt.datetime.combine(value, dt.time())
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise CellError(QT_TRANSLATE_NOOP("excel", "应为日期"))
        result = EXCEL_EPOCH + dt.timedelta(days=float(value))
        result = result.replace(microsecond=0)
    else:
        text = unicodedata.normalize("NFKC", clean_text(value))
        m = _DATE_RE.match(text)
        if not m:
            raise CellError(QT_TRANSLATE_NOOP("excel", "应为日期，例如 2026-11-23"))
        y, mo, d, h, mi, sec = (int(g) if g else 0 for g in m.groups())
        try:
            result = dt.datetime(y, mo, d, h, mi, sec)
        except ValueError:
            raise CellError(QT_TRANSLATE_NOOP("excel", "日期不存在")) from None
    return result.date() if date_only else result


def read_time(value: Any) -> dt.time:
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    if isinstance(value, float) and 0 <= value < 1:
        seconds = round(value * 86400)
        return dt.time(seconds // 3600, seconds % 3600 // 60)
    m = _TIME_RE.match(unicodedata.normalize("NFKC", clean_text(value)))
    if not m:
        raise CellError(QT_TRANSLATE_NOOP("excel", "应为时间，例如 09:30"))
    h, mi, sec = (int(g) if g else 0 for g in m.groups())
    if h > 23 or mi > 59 or sec > 59:
        raise CellError(QT_TRANSLATE_NOOP("excel", "时间不存在"))
    return dt.time(h, mi, sec)


def read_bool(value: Any) -> bool:
    if value.__class__ is bool:
        return value
    if value == "是":
        return True
    if value == "否":
        return False
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    word = _narrow(clean_text(value)).lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(QT_TRANSLATE_NOOP("excel", "应为“是”或“否”"))


def read_enum(value: Any, choices: list[str]) -> str:
    text = clean_text(value)
    if text in choices:
        return text
    folded = {_narrow(c).lower(): c for c in choices}
    hit = folded.get(_narrow(text).lower())
    if hit is not None:
        return hit
    shown = join(choices[:12]) + ("…" if len(choices) > 12 else "")
    raise CellError(QT_TRANSLATE_NOOP("excel", "“{text}”不在可选项中（{shown}）"), text=text, shown=shown)


def read_phone(value: Any) -> str:
    """Digits of a phone as typed; a masked number (138****0000) is returned as it is."""
    text = _narrow(clean_text(value)).replace("-", "")
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if "*" in text:
        return text
    if not text.isdigit():
        raise CellError(QT_TRANSLATE_NOOP("excel", "手机号只能是数字"))
    return text


def read_cell(col: S.Col, value: Any, choices: list[str] | None = None) -> Any:
    """The typed value of a cell for a column; None when blank. Raises CellError."""
    if blank(value):
        if col.required:
            raise CellError(QT_TRANSLATE_NOOP("excel", "不能为空"))
        return None
    kind = col.kind
    if kind == S.TEXT:
        text = clean_text(value)
        if col.narrow:
            text = unicodedata.normalize("NFKC", text).strip()
        if len(text) > col.max_length:
            raise CellError(QT_TRANSLATE_NOOP("excel", "太长（最多 {n} 个字）"), n=col.max_length)
        return text
    if kind in (S.INT, S.ID):
        number = read_int(value)
        if kind == S.ID and number <= 0:
            raise CellError(QT_TRANSLATE_NOOP("excel", "ID 应为正整数"))
        if col.minimum is not None and number < col.minimum:
            raise CellError(QT_TRANSLATE_NOOP("excel", "不能小于 {minimum}"), minimum=f"{col.minimum:g}")
        return number
    if kind in (S.MONEY, S.DECIMAL):
        number = read_decimal(value, 2 if kind == S.MONEY else 3, money=kind == S.MONEY)
        if col.minimum is not None and number < decimal.Decimal(str(col.minimum)):
            raise CellError(QT_TRANSLATE_NOOP("excel", "不能小于 {minimum}"), minimum=f"{col.minimum:g}")
        return number
    if kind == S.DATE:
        return read_datetime(value, date_only=True)
    if kind == S.DATETIME:
        return read_datetime(value)
    if kind == S.TIME:
        return read_time(value)
    if kind == S.BOOL:
        return read_bool(value)
    if kind == S.ENUM:
        return read_enum(value, choices if choices is not None else col.choice_list())
    if kind == S.PHONE:
        return read_phone(value)
    raise AssertionError(kind)


def export_value(col: S.Col, value: Any, ctx: S.ExportContext, record: Any = None) -> Any:
    """What a cell holds in the export for a program value."""
    if col.kind == S.PHONE:
        return ctx.phone(value, col.owner(record) if (col.owner and record is not None) else None)
    return value


def canonical(kind: str, value: Any) -> str:
    """A stable text for comparing and fingerprinting values of a kind."""
    if value is None or value == "":
        return ""
    if kind == S.TEXT or kind == S.ENUM:
        return clean_text(value)
    if kind == S.MONEY:
        return f"{decimal.Decimal(str(value)).quantize(decimal.Decimal('0.01')):f}"
    if kind == S.DECIMAL:  # quantities: three decimals, shown without trailing zeros
        number = decimal.Decimal(str(value)).quantize(decimal.Decimal("0.001")).normalize()
        return f"{number:f}"
    if kind == S.BOOL:
        return "1" if value else "0"
    if kind == S.DATE:
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    if kind == S.DATETIME:
        return value.replace(microsecond=0).isoformat(sep=" ", timespec="minutes")
    if kind == S.TIME:
        return value.strftime("%H:%M")
    if kind in (S.INT, S.ID):
        return str(int(value))
    if kind == S.PHONE:
        return re.sub(r"[\s-]", "", str(value))
    return clean_text(value)


def digest(parts: list[str]) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=12).hexdigest()
