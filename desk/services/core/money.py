"""Money: exact amounts rounded to the fen, and amounts in words (人民币大写) for paper."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal("0.01")


def to_money(value) -> Decimal:
    """Exact money rounded to the fen (ROUND_HALF_UP). Floats are refused: they are not exact."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ["", "拾", "佰", "仟"]
SECTIONS = ["", "万", "亿", "兆"]


def money_in_words(amount: Decimal) -> str:
    """人民币大写: 367 -> 叁佰陆拾柒元整, 1005.5 -> 壹仟零伍元伍角.

    A zero at the 万 or 元 place before a non-zero digit is not written (32803870 ->
    叁仟贰佰捌拾万叁仟捌佰柒拾元整), one of the two ways the banks' rules allow."""
    amount = Decimal(amount).quantize(FEN)
    if amount < 0:
        return "负" + money_in_words(-amount)
    yuan = int(amount)
    jiao, fen = int(amount * 10) % 10, int(amount * 100) % 10
    if yuan == 0:
        words = ""
    else:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        words = ""
        zero_pending = False
        for index in range(len(groups) - 1, -1, -1):
            group = groups[index]
            if group == 0:
                zero_pending = True
                continue
            if zero_pending or (words and group < 1000):
                words += "零"
            zero_pending = False
            digits = f"{group:04d}"
            text = ""
            gap = False
            for pos, ch in enumerate(digits):
                d = int(ch)
                if d == 0:
                    gap = bool(text)
                    continue
                if gap:
                    text += "零"
                    gap = False
                text += DIGITS[d] + UNITS[3 - pos]
            words += text + SECTIONS[index]
        words = words.lstrip("零") + "元"
    if not jiao and not fen:
        return (words or "零元") + "整"
    tail = ""
    if jiao:
        tail += DIGITS[jiao] + "角"
    elif words:
        tail += "零"
    if fen:
        tail += DIGITS[fen] + "分"
    return words + tail
