"""The one cleaning and bounds layer every entry path reaches (issue 20: points 1, 11 and the Low list)."""
import datetime as dt
from decimal import Decimal

import pytest

from desk.services.core import inputs
from desk.services.core.errors import ValidationError


def test_control_characters_are_removed_tab_and_newline_kept_where_multiline():
    pasted = "三房\x0b朝南\x01\x07\x1b\x00，预算 300 万\r\n看\t样板间\u2028"
    assert inputs.clean(pasted) == "三房 朝南，预算 300 万 看 样板间"
    assert inputs.clean(pasted, multiline=True) == "三房\n朝南，预算 300 万\n看\t样板间"
    assert inputs.clean("\ud800半个代理对\ufffe") == "半个代理对"
    assert inputs.clean("正常文字 🙂") == "正常文字 🙂"  # emoji are text, not control characters
    assert inputs.clean(None) == "" and inputs.clean(12) == "12"


def test_text_has_a_length_limit_naming_the_field():
    assert inputs.note("x" * inputs.NOTE_LIMIT, "需求") == "x" * inputs.NOTE_LIMIT
    with pytest.raises(ValidationError, match="需求太长：最多 500 个字（现有 1048576 个字）"):
        inputs.note("需" * 2**20, "需求")
    with pytest.raises(ValidationError, match="请填写姓名"):
        inputs.text(" \x0b ", "姓名", required=True)


@pytest.mark.parametrize("typed", ["1,5", "1，5", "1_000", "1e3", "12..5", "abc", "1 2,3"])
def test_numbers_that_are_not_numbers_are_refused(typed):
    with pytest.raises(ValidationError, match="数量不是有效的数字"):
        inputs.decimal_number(typed, "数量")


def test_numbers_read_full_width_digits_and_thousands_in_threes():
    assert inputs.decimal_number("１２", "数量") == 12
    assert inputs.decimal_number("1,500.25", "金额") == Decimal("1500.25")
    assert inputs.decimal_number(" ¥3元 ", "金额") == 3
    assert inputs.integer("１，０００", "人数", maximum=5000) == 1000


def test_numbers_are_bounded_and_keep_their_decimals():
    with pytest.raises(ValidationError, match="单价不能为负数：-0.001"):
        inputs.decimal_number("-0.001", "单价", places=2)
    with pytest.raises(ValidationError, match="单价最多 2 位小数"):
        inputs.decimal_number("0.001", "单价", places=2)
    with pytest.raises(ValidationError, match="单价不能大于 1000000"):
        inputs.decimal_number(1e20, "单价", maximum=inputs.PRICE_MAX)
    for nonsense in (float("nan"), float("inf"), Decimal("NaN"), True):
        with pytest.raises(ValidationError, match="单价不是有效的数字"):
            inputs.decimal_number(nonsense, "单价")
    assert str(inputs.decimal_number("-0", "单价")) == "0"


def test_dates_are_plausible():
    with pytest.raises(ValidationError, match="保质期至不在合理范围内：0001-01-01"):
        inputs.day(dt.date(1, 1, 1), "保质期至")
    with pytest.raises(ValidationError, match="到访时间不在合理范围内：2999-01-01"):
        inputs.moment(dt.datetime(2999, 1, 1), "到访时间")
    with pytest.raises(ValidationError, match="入库时间不在合理范围内：9999-12-31"):
        inputs.moment(dt.datetime(9999, 12, 31, 23, 59), "入库时间")
    with pytest.raises(ValidationError, match="日期不是有效的日期"):
        inputs.day("2026-02-30", "日期")
    now = dt.datetime(2026, 11, 30, 9, 15, 30, 123)
    assert inputs.moment(None, "时间", default=now) == now.replace(microsecond=0)


def test_phones_codes_and_pins():
    assert inputs.mobile("＋86 138-1234-5678") == "13812345678"
    assert inputs.phone("0571-8888 6666", "电话") == "0571-8888 6666"
    with pytest.raises(ValidationError, match="业主电话格式不正确：not a phone 🙂"):
        inputs.phone("not a phone 🙂", "业主电话")
    assert inputs.code("０１", "工号") == "01"
    for bad in ("0🙂1", "a b", "工号"):
        with pytest.raises(ValidationError, match="工号只能包含字母、数字"):
            inputs.code(bad, "工号")
    assert inputs.pin("１２３４") == "1234"  # set in full-width digits, typed in ASCII
    with pytest.raises(ValidationError, match="PIN 须为 6 到 8 位数字"):
        inputs.pin("1234", minimum=6)


def test_record_ids_given_by_the_program():
    assert inputs.record_id(12) == 12 and inputs.record_id(" 12 ") == 12
    for nothing in ("counted", "１２", True, 2**63, 1.5, None, [1]):
        assert inputs.record_id(nothing) is None  # finds nothing on either engine


def test_closing_waste_with_a_batch_that_is_not_an_id_is_refused(database, supervisor):
    from desk.services.bar import closing

    with pytest.raises(ValidationError, match="找不到该批次"):
        closing.book_closing_waste(supervisor, [("counted", 1, "过期")])


def test_a_referred_record_must_exist_before_an_insert_points_at_it(database, supervisor):
    from desk.db.core import Staff
    from desk.services.core.errors import NotFound

    message = "找不到该员工：{ref}"
    assert inputs.referred_id(Staff, None, message) is None
    assert inputs.referred_id(Staff, supervisor.staff_id, message) == supervisor.staff_id
    assert inputs.referred_id(Staff, str(supervisor.staff_id), message) == supervisor.staff_id
    for nonsense, shown in ((99999, "99999"), ("abc", "abc"), (1.0, "1.0"), (True, "True"), ("", "-")):
        with pytest.raises(NotFound, match=f"找不到该员工：{shown}$"):
            inputs.referred_id(Staff, nonsense, message)
