import datetime as dt
from decimal import Decimal

import pytest

from desk.services.core.days import day_range, month_range
from desk.services.core.money import money_in_words, to_money
from desk.services.core.numbers import parse_decimal, percent
from desk.services.core.errors import ValidationError


@pytest.mark.parametrize("amount, words", [
    (367, "叁佰陆拾柒元整"), ("1005.5", "壹仟零伍元伍角"), (10010, "壹万零壹拾元整"), (0, "零元整"),
    ("0.05", "伍分"), (70, "柒拾元整"), ("1002.05", "壹仟零贰元零伍分"), ("483.62", "肆佰捌拾叁元陆角贰分"),
    ("100010.20", "壹拾万零壹拾元贰角"), ("35.50", "叁拾伍元伍角"), ("-12", "负壹拾贰元整"),
    # a zero at the 万 place before a non-zero 千 is not written
    ("32803870.12", "叁仟贰佰捌拾万叁仟捌佰柒拾元壹角贰分"),
])
def test_money_in_words_as_printed_on_forms(amount, words):
    assert money_in_words(Decimal(str(amount))) == words


def test_money_is_exact_to_the_fen():
    assert to_money("2.345") == Decimal("2.35")
    with pytest.raises(TypeError, match="float"):
        to_money(2.345)


def test_day_and_month_ranges_are_half_open():
    day = dt.date(2026, 11, 23)
    assert day_range(day) == (dt.datetime(2026, 11, 23), dt.datetime(2026, 11, 24))
    assert day_range(day, dt.date(2026, 11, 30)) == (dt.datetime(2026, 11, 23), dt.datetime(2026, 12, 1))
    assert month_range(2026, 12) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert month_range(2028, 2) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))


def test_typed_decimals_and_percentages():
    assert parse_decimal(" 1,280.5 ", "金额") == Decimal("1280.5")
    with pytest.raises(ValidationError, match="金额不能为负数：-3"):
        parse_decimal("-3", "金额")
    with pytest.raises(ValidationError, match="请填写金额"):
        parse_decimal("  ", "金额")
    assert percent(2, 3) == Decimal("66.7") and percent(1, 0) is None
