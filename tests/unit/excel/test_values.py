"""Reading cells as real sheets hold them."""
import datetime as dt
from decimal import Decimal

import pytest

from desk.excel import specs as S
from desk.excel import values as V


@pytest.mark.parametrize("typed", ["2026/11/23", "2026-11-23", "2026年11月23日", " 2026.11.23 ", "２０２６/１１/２３",
                                   dt.datetime(2026, 11, 23), dt.date(2026, 11, 23), 46349, 46349.0])
def test_dates(typed):
    assert V.read_cell(S.Col("d", "日期", S.DATE), typed) == dt.date(2026, 11, 23)


def test_datetimes_and_times():
    col = S.Col("t", "时间", S.DATETIME)
    assert V.read_cell(col, "2026年11月23日 9:05") == dt.datetime(2026, 11, 23, 9, 5)
    assert V.read_cell(col, "2026/11/23 09:05:30") == dt.datetime(2026, 11, 23, 9, 5, 30)
    assert V.read_cell(S.Col("h", "时", S.TIME), "9：30") == dt.time(9, 30)
    with pytest.raises(V.CellError, match="日期不存在"):
        V.read_cell(col, "2026-02-30")


@pytest.mark.parametrize("typed,expected", [("1,280.5", "1280.50"), ("¥ 12", "12.00"), ("１２．５", "12.50"),
                                            (12.345, "12.35"), ("12元", "12.00"), (7, "7.00")])
def test_money(typed, expected):
    assert V.read_cell(S.Col("m", "金额", S.MONEY), typed) == Decimal(expected)


def test_numbers_stored_as_text_and_full_width():
    col = S.Col("n", "数量", S.INT)
    assert V.read_cell(col, " ４２ ") == 42
    assert V.read_cell(col, "42.0") == 42
    assert V.read_cell(col, 42.0) == 42
    with pytest.raises(V.CellError, match="整数"):
        V.read_cell(col, "4.5")
    assert V.read_cell(S.Col("c", "工号", S.TEXT, narrow=True), "ＡＢ０１") == "AB01"
    assert V.read_cell(S.Col("c", "工号", S.TEXT), 1001.0) == "1001"


def test_text_bools_enums_phones():
    assert V.read_cell(S.Col("x", "名称", S.TEXT), "\u3000龙井  茶\xa0") == "龙井 茶"
    for yes in ("是", "Y", "yes", "TRUE", 1, True, "在用", "√"):
        assert V.read_cell(S.Col("a", "在用", S.BOOL), yes) is True
    for no in ("否", "n", "停用", 0, False):
        assert V.read_cell(S.Col("a", "在用", S.BOOL), no) is False
    enum = S.Col("k", "类别", S.ENUM, choices=("茶", "咖啡", "VIP室"))
    assert V.read_cell(enum, " vip室 ") == "VIP室"
    with pytest.raises(V.CellError, match="不在可选项中"):
        V.read_cell(enum, "奶茶")
    phone = S.Col("p", "手机", S.PHONE)
    assert V.read_cell(phone, "138 1234-5678") == "13812345678"
    assert V.read_cell(phone, 13812345678.0) == "13812345678"
    assert V.read_cell(phone, "138****5678") == "138****5678"
    with pytest.raises(V.CellError, match="不能为空"):
        V.read_cell(S.Col("r", "必填", S.TEXT, required=True), "   ")


def test_canonical_is_stable_between_program_and_sheet():
    assert V.canonical(S.MONEY, Decimal("12.5")) == V.canonical(S.MONEY, 12.50) == "12.50"
    assert V.canonical(S.DECIMAL, Decimal("5.000")) == V.canonical(S.DECIMAL, 5) == "5"
    assert V.canonical(S.BOOL, True) == "1"
    assert V.canonical(S.TEXT, " 龙井 ") == "龙井"
