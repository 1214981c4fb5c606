"""Chinese line breaking for the printed forms (GB/T 15834 and the usual 避头尾 rules).

reportlab's own CJK wrapping cuts "like a knife" between any two characters: a line may start
with "，" or "；", an opening bracket may end a line ("吴女士（" / "业主之女）"), and codes break
in the middle ("WX-20261123-00" / "1", "赣D9110" / "0", "1栋2单元110" / "2"). ``Para`` is a
``Paragraph`` whose lines break only where Chinese typesetting allows:

- never before closing punctuation (``NO_START``: ，。、；：？！）》」… and friends) and never after an
  opening one (``NO_END``: （《「“…);
- never inside a code or number: runs of Latin letters and digits with their joiners (serials,
  times, dates, masked phones), room numbers (3栋2单元1501, 3-1-1202), car plates (鲁L·8K2**),
  amounts with their unit (5.50 元), a tick box with its label (□ 满意);
- a label (``Para(..., label=True)``: table headers, field labels) breaks only at " / " or before
  a bracket, never inside a word ("业主意见及建" / "议" cannot happen).

Only when a single unbreakable piece is wider than the line is it cut (the caller shrinks the
font first; see ``engine._Run.fit`` and ``longest_unbreakable``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import Paragraph, ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

# may not start a line
NO_START = frozenset(
    "，。、；：？！）》」』】〕〗〙〛〉”’…‥—～·•%％‰℃°′″!),.:;?]}>｝］｠/／"
    "ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
# may not end a line
NO_END = frozenset("（《「『【〔〖〘〚〈“‘([{<｛［｟￥$£#@§№")
NBSP = "\u00a0"
BOXES = "□■☑☐"

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领警学"
_UNITS = "元㎡℃%％"
# pieces that must stay on one line
_TOKENS = re.compile(
    "|".join([
        rf"[{_PROVINCES}][A-Z][·•]?[A-Z0-9*＊]{{4,6}}",  # car plate 鲁L·8K2**, 赣D91100
        r"\d+(?:号楼|栋|幢)\s?\d+(?:单元\s?\d+(?:室|号)?|室|号)?",  # room 3栋2单元1501, 3栋 101
        r"\d[\d,]*(?:\.\d+)?\s?[" + _UNITS + r"]",  # amount with unit 5.50 元, 128.56㎡
        r"[A-Za-z0-9*＊][A-Za-z0-9*＊_.:/#+~\-–·•]*[A-Za-z0-9*＊]",  # codes, numbers, times, dates, phones
        rf"[{BOXES}]{NBSP}[^{NBSP}{BOXES}]+",  # a tick box and its label
    ])
)
# where a label may break: after " / " (or "/"), before an opening bracket
_LABEL_BREAK = re.compile(r"(?<=/)\s*|(?=[（(])")


def _protected(text: str, label: bool) -> list[bool]:
    """``glued[i]``: no break is allowed between text[i-1] and text[i]."""
    n = len(text)
    glued = [False] * (n + 1)
    if label:
        for i in range(1, n):
            glued[i] = True
        for m in _LABEL_BREAK.finditer(text):
            if 0 < m.end() < n:
                glued[m.end()] = False
    for m in _TOKENS.finditer(text):
        for i in range(m.start() + 1, m.end()):
            glued[i] = True
    for i in range(1, n):
        prev, ch = text[i - 1], text[i]
        if ch in NO_START or prev in NO_END or ch == " " or prev in BOXES:
            glued[i] = True
        elif ch == NBSP:
            glued[i] = True  # writing space sticks to what it follows
        elif prev == NBSP and not (i >= 2 and text[i - 2] == NBSP):
            glued[i] = True  # one NBSP glues; a run of them is a gap one may break after
    return glued


def break_points(text: str, label: bool = False) -> list[int]:
    """Positions ``i`` (0 < i < len) where a line may break before ``text[i]`` (for tests)."""
    glued = _protected(text, label)
    return [i for i in range(1, len(text)) if not glued[i]]


def pieces(text: str, label: bool = False) -> list[str]:
    """``text`` cut at every allowed break: the pieces that may never be split."""
    points = [0] + break_points(text, label) + [len(text)]
    return [text[a:b] for a, b in zip(points, points[1:]) if b > a]


@lru_cache(maxsize=4096)
def _piece_width(piece: str, font: str, size: float) -> float:
    return stringWidth(piece.strip(" "), font, size)


def longest_unbreakable(text: str, font: str, size: float, label: bool = False) -> float:
    """Width of the widest piece of ``text`` that may not be broken (what a column must hold)."""
    if not text:
        return 0.0
    return max((_piece_width(p, font, size) for p in pieces(text, label)), default=0.0)


@lru_cache(maxsize=20000)
def _char_width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, font, size)


def _break(text: str, widths: list[float], max_widths, label: bool, hard: list[bool] | None = None):
    """Where the lines of ``text`` end: [(start, stop, end, width, forced)] (``stop``: the end
    without trailing spaces; ``end``: where the next line begins; ``forced``: a <br/>)."""
    glued = _protected(text, label)
    n = len(text)
    lines = []
    start = 0
    while start < n and text[start] == " ":
        start += 1
    i, used = start, 0.0
    max_width = max_widths[0]

    def close(end: int, forced: bool) -> int:
        nonlocal start, used, max_width
        stop = end
        while stop > start and text[stop - 1] == " ":
            stop -= 1  # trailing spaces take no room
        lines.append((start, stop, end, sum(widths[start:stop]), forced))
        start = end
        while start < n and text[start] == " " and not forced:
            start += 1
        used = 0.0
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        return start

    while i < n:
        if hard is not None and hard[i]:
            i = close(i + 1, True)
            continue
        w = widths[i]
        if used + w > max_width + _FUZZ and i > start and text[i] != " ":
            # break at the last allowed point on this line; if there is none, cut where the
            # punctuation rules at least allow, else right here
            cut = next((j for j in range(i, start, -1) if not glued[j]), None)
            if cut is None:
                cut = next((j for j in range(i, start, -1)
                            if text[j] not in NO_START and text[j - 1] not in NO_END), i)
            i = close(cut, False)
            continue
        used += w
        i += 1
    if start < n:
        close(n, False)
    return lines


def split_lines(frags, max_widths, calc_bounds: bool, label: bool = False) -> ParaLines:
    """``cjkFragSplit`` with Chinese line-breaking rules (see the module docstring)."""
    chars: list = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if text:
            chars.extend(cjkU(t, f, "utf8") for t in text)
        else:
            chars.append(cjkU(text, f, "utf8"))  # an empty frag: a <br/> or an image
    text = "".join(c if c else "\x00" for c in chars)
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    widths = []
    for u in chars:
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_widths[0]
            w = w.normalizedValue(max_widths[0])
        widths.append(w)
    hard = [hasattr(u.frag, "lineBreak") for u in chars]
    lines = []
    for n, (start, stop, _end, width, forced) in enumerate(_break(text, widths, max_widths, label, hard)):
        max_width = max_widths[min(n, len(max_widths) - 1)]
        lines.append(makeCJKParaLine(chars[start:stop], max_width, width, max_width - width, forced, calc_bounds))
    return ParaLines(kind=1, lines=lines)


class Para(Paragraph):
    """A paragraph broken by Chinese typesetting rules (its style must use ``wordWrap="CJK"``)."""

    label = False

    def __init__(self, text, style, *args, label: bool = False, **kwargs):
        super().__init__(text, style, *args, **kwargs)
        self.label = label

    def breakLinesCJK(self, maxWidths):  # noqa: N802 - reportlab API
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            # the first half of a split paragraph: reportlab stores its lines as kind 1
            lines = self.blPara.lines
            if lines and isinstance(lines[0], tuple):
                f = self.frags[0]
                return f.clone(kind=0, lines=lines, ascent=f.fontSize, descent=-0.2 * f.fontSize)
            return self.blPara
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        style = self.style
        frags = self.frags
        if not frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName, textColor=style.textColor,
                             lines=[], ascent=style.fontSize, descent=-0.2 * style.fontSize)
        key = (tuple(maxWidths), self.label)
        cached = getattr(self, "_desk_lines", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        if len(frags) == 1 and not hasattr(frags[0], "cbDefn") and not style.endDots:
            # one run of text in one font (most cells): plain lines, as reportlab lays out one frag
            f = frags[0]
            text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
            widths = [_char_width(ch, f.fontName, f.fontSize) for ch in text]
            lines = [(max_widths_at(maxWidths, n) - width, [text[start:stop]])
                     for n, (start, stop, _end, width, _forced) in enumerate(_break(text, widths, maxWidths, self.label))]
            result = f.clone(kind=0, lines=lines, ascent=f.fontSize, descent=-0.2 * f.fontSize)
        else:
            auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
            result = split_lines(frags, maxWidths, auto not in ("", "off"), self.label)
        self._desk_lines = (key, result)
        return result


def max_widths_at(max_widths, n: int) -> float:
    return max_widths[min(n, len(max_widths) - 1)]
