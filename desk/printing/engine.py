"""The renderer: a template plus documents (or blank / sample) -> one PDF.

A document is a plain dict (see ``forms/README.md``)::

    {"fields": {field_key: value},
     "tables": {table_key: [{column_key: value}, ...]},
     "text":   {block_key: "paragraphs..."},
     "serial": "BX-20261123-001",          # optional: the record's serial number
     "signatures": {"经办人": "张三"},       # optional: names printed on signature lines
     "options": {field_key: [choices]},    # optional: a choice's boxes from the program's own list
     "presets": {table_key: [rows]}}       # optional: a table's preset rows from the program

Several documents make one PDF; each starts on a new page and has its own page count
(第 1 页 / 共 2 页). Values may be str, int, Decimal, float, date, datetime, time, bool or a list;
keys the template does not know are ignored (a manager may remove a column), missing ones print
as empty writing space.
"""
from __future__ import annotations

import datetime as dt
import io
import logging
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, A5, B5, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak, Flowable, KeepTogether, LongTable, PageBreak, SimpleDocTemplate, Spacer,
    Table, TableStyle,
)

from desk import settings
from desk.printing.fonts import FONT, printable, register_fonts
from desk.printing.linebreak import Para, longest_unbreakable
from desk.printing.templates import Column, Field, TableSpec, Template, TextBlock, load_template
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.progress import Progress

log = logging.getLogger("desk.printing")

PAPER_SIZES = {"A4": A4, "A5": A5, "B5": B5, "A3": A3}
MARGIN_X = 15 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 16 * mm
BODY = 10.0
SMALL = 8.5
MIN_SIZE = 6.0
LINE_H = 7 * mm  # one handwriting line
FIELD_ROW_H = 8 * mm
GRID = colors.black
LABEL_BG = colors.Color(0.93, 0.93, 0.93)
RULE = colors.Color(0.55, 0.55, 0.55)
NBSP = "\u00a0"


def gap(chars: float) -> str:
    """Unbreakable blank space about ``chars`` Chinese characters wide (for writing in)."""
    return NBSP * round(chars * 3.6)


BLANK_LINE = gap(7)
DOC_KEYS = {"fields", "tables", "text", "serial", "signatures", "options", "presets"}


# -- values ------------------------------------------------------------------------------------
def format_value(value, kind: str = "text", unit: str = "") -> str:
    """How a value prints (tests use it to find sample values in the PDF)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        text = "是" if value else "否"
    elif isinstance(value, dt.datetime):
        text = value.strftime("%Y-%m-%d %H:%M") if kind != "date" else value.strftime("%Y-%m-%d")
        if kind == "time":
            text = value.strftime("%H:%M")
    elif isinstance(value, dt.date):
        text = value.strftime("%Y-%m-%d")
    elif isinstance(value, dt.time):
        text = value.strftime("%H:%M")
    elif kind == "money" and _decimal(value) is not None and not isinstance(value, (dt.date, dt.time)):
        text = f"{_decimal(value).quantize(Decimal('0.01')):,.2f}"
    elif isinstance(value, float):
        text = f"{value:g}"
    elif isinstance(value, (list, tuple)):
        text = "、".join(format_value(v) for v in value)
    else:
        text = str(value)
    if unit and text:
        text += unit
    return text


def _decimal(value) -> Decimal | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).replace(",", "").replace("¥", "").replace("￥", "").strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


# -- styles and paragraphs ---------------------------------------------------------------------
_styles: dict[tuple, ParagraphStyle] = {}
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def style(size: float = BODY, align: str = "left", leading: float | None = None, indent: float = 0,
          color=colors.black) -> ParagraphStyle:
    key = (size, align, leading, indent, color)
    st = _styles.get(key)
    if st is None:
        st = ParagraphStyle(
            f"desk-{len(_styles)}", fontName=FONT, fontSize=size, leading=leading or size * 1.3,
            alignment=_ALIGN[align], wordWrap="CJK", firstLineIndent=indent, textColor=color,
            splitLongWords=True,
        )
        _styles[key] = st
    return st


class _Run:
    """One rendering: collects warnings about characters the font lacks."""

    def __init__(self):
        self.missing: set[str] = set()
        self.warnings: list[str] = []

    def markup(self, text: str) -> str:
        text = printable(str(text), self.missing)
        return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")

    def para(self, text: str, size: float = BODY, align: str = "left", label: bool = False, **kw) -> Para:
        return Para(self.markup(text), style(size, align, **kw), label=label)

    def cell(self, text: str, width: float, size: float = BODY, align: str = "left",
             max_lines: int = 2, label: bool = False):
        """A table cell: a plain string when it fits on one line (cheap to lay out; the table's style
        gives its font, size and alignment), else a paragraph from ``fit``."""
        plain = printable(str(text), self.missing)
        if "\n" not in plain and stringWidth(plain, FONT, size) <= width:
            return plain
        return self.fit(text, width, size, align, max_lines, label)

    def fit(self, text: str, width: float, size: float = BODY, align: str = "left",
            max_lines: int = 2, label: bool = False) -> Para:
        """A paragraph that shrinks (down to 6 pt) to fit ``max_lines`` lines without breaking a
        code, a number or (``label``) a word, then wraps.

        Text is never cut: beyond the smallest size it wraps onto more lines and the row grows.
        """
        if not text:
            return Para("", style(size, align))
        markup = self.markup(text)
        plain = printable(str(text))
        avail = max(width, 4)
        current = size
        while current > MIN_SIZE:
            if longest_unbreakable(plain, FONT, current, label) <= avail:
                if "\n" not in plain and stringWidth(plain, FONT, current) <= avail * max_lines * 0.85:
                    return Para(markup, style(current, align), label=label)
                para = Para(markup, style(current, align), label=label)
                _w, h = para.wrap(avail, 10_000)
                if h <= current * 1.3 * max_lines + 0.1:
                    return para
            current = round(current - 0.5, 1)
        return Para(markup, style(MIN_SIZE, align), label=label)


def _ts(commands) -> TableStyle:
    """A table style whose plain-string cells use the bundled font (never an unembedded Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)] + list(commands))


def _boxes(markup: str) -> str:
    """Tick boxes a little larger than the text (the font draws □ small)."""
    return (markup.replace("□", '<font size="13">□</font>')
            .replace("■", '<font size="13">■</font>'))


# -- flowables ---------------------------------------------------------------------------------
class DocStart(Flowable):
    """Zero-size marker: the document ``index`` starts on this page (for page counts, progress)."""

    def __init__(self, index: int, total: int, title: str, serial: str, progress: Progress | None):
        super().__init__()
        self.index, self.total, self.title, self.serial = index, total, title, serial
        self.progress = progress

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        canv = self.canv
        canv._desk_doc = self.index
        canv._desk_titles[self.index] = (self.title, self.serial)
        if self.progress is not None:
            self.progress.check()
            self.progress.report(self.index + 1, self.total, "")


class Title(Flowable):
    """The form's title: centred, emboldened by stroking, shrunk to fit one line."""

    def __init__(self, text: str, size: float = 18):
        super().__init__()
        self.text = text
        self.size = size

    def wrap(self, aw, ah):
        self.width = aw
        spaced = self.text
        self._size = self.size
        while stringWidth(spaced, FONT, self._size) > aw and self._size > 9:
            self._size -= 0.5
        if stringWidth(spaced, FONT, self._size) > aw:  # still too long: let a paragraph wrap it
            self._para = Para(escape(spaced), style(self._size, "center"))
            _w, h = self._para.wrap(aw, ah)
            self.height = h + 4
        else:
            self._para = None
            self.height = self._size * 1.5
        return aw, self.height

    def draw(self):
        c = self.canv
        if self._para is not None:
            self._para.drawOn(c, 0, 2)
            return
        c.saveState()
        c.setFont(FONT, self._size)
        c.setLineWidth(self._size * 0.035)
        c.setStrokeColor(colors.black)
        text = c.beginText()
        text.setTextRenderMode(2)  # fill + stroke: a bold look without a bold font
        text.setFont(FONT, self._size)
        w = stringWidth(self.text, FONT, self._size)
        text.setTextOrigin((self.width - w) / 2, self._size * 0.35)
        text.textOut(self.text)
        c.drawText(text)
        c.restoreState()


class Ruled(Flowable):
    """``lines`` light writing lines across ``width`` (blank multi-line fields and text blocks)."""

    def __init__(self, lines: int, width: float | None = None, line_h: float = LINE_H, last: bool = True):
        super().__init__()
        self.lines = max(lines, 1)
        self.fixed_width = width
        self.line_h = line_h
        self.last = last

    def wrap(self, aw, ah):
        self.width = self.fixed_width or aw
        self.height = self.lines * self.line_h
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.setDash(1, 1.5)
        count = self.lines if self.last else self.lines - 1
        for i in range(count):
            y = self.height - (i + 1) * self.line_h + 1.5
            c.line(0, y, self.width, y)
        c.restoreState()


def allocate(base: list[float], need: list[float], want: list[float]) -> list[float]:
    """Column widths that keep the sum of ``base``: first every column at least its ``need`` (the
    room its unbreakable pieces take), then as close to its ``want`` (its content on one line) as
    the columns wider than their own want can spare. Width comes from the columns with room over
    what they ask for, in proportion to that room."""
    widths = list(base)
    n = len(widths)
    for floor, keep in ((need, need), (want, [max(a, b) for a, b in zip(need, want)])):
        short = [j for j in range(n) if widths[j] < floor[j] - 0.01]
        if not short:
            continue
        spare = {j: widths[j] - keep[j] for j in range(n) if j not in short and widths[j] > keep[j]}
        available = sum(spare.values())
        deficit = sum(floor[j] - widths[j] for j in short)
        if available <= 0:
            continue
        take = min(deficit, available)
        for j, room in spare.items():
            widths[j] -= room * take / available
        for j in short:
            widths[j] += (floor[j] - widths[j]) * take / deficit
    return widths


class KeepTail(Flowable):
    """A table followed by what must not be left alone on a page (the blocks after it, the notes,
    the signatures): when the whole does not fit, the table is split so that at least its last
    ``keep`` rows go over to the next page with the tail. A tail too tall to go with a few rows
    (over ``limit``) is laid out as it comes."""

    def __init__(self, table: Table, tail: list, keep: int = 3, limit: float = 0):
        super().__init__()
        self.table, self.tail, self.keep, self.limit = table, list(tail), keep, limit

    def _sizes(self, aw: float, ah: float):
        _w, table_h = self.table.wrap(aw, ah)
        parts = []
        for f in self.tail:
            _fw, fh = f.wrap(aw, ah)
            parts.append((f.getSpaceBefore(), fh, f.getSpaceAfter()))
        return table_h, parts

    def wrap(self, aw, ah):
        table_h, parts = self._sizes(aw, ah)
        self._parts = parts
        self.width = aw
        self.height = table_h + sum(b + h + a for b, h, a in parts)
        return aw, self.height

    def draw(self):
        y = self.height - self.table._height
        self.table.drawOn(self.canv, 0, y)
        for f, (before, h, after) in zip(self.tail, self._parts):
            y -= before + h
            f.drawOn(self.canv, 0, y)
            y -= after

    def split(self, aw, ah):
        table_h, parts = self._sizes(aw, ah)
        tail_h = sum(b + h + a for b, h, a in parts)
        heights = list(self.table._rowHeights)
        head = getattr(self.table, "repeatRows", 0) or 0
        head = head if isinstance(head, int) else len(head)
        over = sum(heights[:head]) + sum(heights[-self.keep:]) + tail_h
        if self.limit and over > self.limit:  # too tall to keep together: laid out as it comes
            halves = self.table.split(aw, ah)
            return halves + self.tail if halves else []
        # the most rows that fit here while leaving ``keep`` (and at least one) for the next page
        last = len(heights) - self.keep
        used, rows = 0.0, 0
        for i, h in enumerate(heights):
            if i >= last or used + h > ah:
                break
            used += h
            rows = i + 1
        if rows <= head:
            return []  # not even one row: all of it moves to the next page
        halves = self.table.split(aw, used + 0.01)
        if len(halves) != 2:
            return []
        return [halves[0], KeepTail(halves[1], self.tail, self.keep, self.limit)]


# -- the page: header, footer, page counts -----------------------------------------------------
@dataclass
class _PageDecor:
    company: str
    project: str
    logo: ImageReader | None
    logo_size: tuple[float, float]
    page_size: tuple[float, float]


def _make_canvas_class(decor: _PageDecor):
    class FormCanvas(Canvas):
        """Two passes: pages are kept until the end, then numbered per document and decorated."""

        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = FONT  # no stray unembedded Helvetica
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or BODY
            super().__init__(*args, **kwargs)
            self._desk_pages: list[tuple[dict, int]] = []
            self._desk_doc = 0
            self._desk_titles: dict[int, tuple[str, str]] = {}

        def showPage(self):  # noqa: N802 - reportlab API
            self._desk_pages.append((dict(self.__dict__), self._desk_doc))
            self._startPage()

        def save(self):
            counts: dict[int, int] = {}
            for _state, doc in self._desk_pages:
                counts[doc] = counts.get(doc, 0) + 1
            seen: dict[int, int] = {}
            for state, doc in self._desk_pages:
                self.__dict__.update(state)
                seen[doc] = seen.get(doc, 0) + 1
                _decorate(self, decor, seen[doc], counts[doc], self._desk_titles.get(doc, ("", "")))
                Canvas.showPage(self)
            Canvas.save(self)

    return FormCanvas


def _decorate(c: Canvas, decor: _PageDecor, page: int, pages: int, title: tuple[str, str]) -> None:
    width, height = decor.page_size
    left, right = MARGIN_X, width - MARGIN_X
    c.saveState()
    x = left
    if decor.logo is not None:
        lw, lh = decor.logo_size
        c.drawImage(decor.logo, left, height - 19 * mm, width=lw, height=lh, mask="auto")
        x = left + lw + 3 * mm
    c.setFont(FONT, 11)
    c.drawString(x, height - 13.5 * mm, decor.company)
    c.setFont(FONT, 9)
    c.setFillColor(colors.Color(0.3, 0.3, 0.3))
    c.drawString(x, height - 18.3 * mm, decor.project)
    if page > 1 and title[0]:
        text = f"{title[0]}（续）" + (f"  编号：{title[1]}" if title[1] else "")
        c.drawRightString(right, height - 18.3 * mm, text)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.8)
    c.line(left, height - 20.5 * mm, right, height - 20.5 * mm)
    c.setFillColor(colors.black)
    c.setFont(FONT, SMALL)
    c.drawCentredString(width / 2, 9 * mm, f"第 {page} 页 / 共 {pages} 页")
    c.restoreState()


_logo_cache: dict[tuple, ImageReader] = {}
_logo_lock = threading.Lock()


def _logo(path_text: str, warnings: list[str]) -> tuple[ImageReader | None, tuple[float, float]]:
    if not path_text:
        return None, (0, 0)
    path = Path(path_text).expanduser()
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime, stat.st_size)
        with _logo_lock:
            reader = _logo_cache.get(key)
        if reader is None:
            reader = ImageReader(str(path))
            reader.getSize()
            with _logo_lock:
                _logo_cache[key] = reader
    except Exception as exc:  # missing, unreadable or not an image: print without it
        warnings.append(f"标志图片无法使用，已不带标志打印：{path}（{getattr(exc, 'strerror', None) or exc}）")
        return None, (0, 0)
    iw, ih = reader.getSize()
    box_w, box_h = 30 * mm, 10 * mm
    scale = min(box_w / iw, box_h / ih)
    return reader, (iw * scale, ih * scale)


# -- building the body -------------------------------------------------------------------------
class _Builder:
    def __init__(self, template: Template, run: _Run, width: float, blank: bool, settings_values: dict,
                 frame_height: float = 700):
        self.t = template
        self.run = run
        self.width = width
        self.blank = blank
        self.values = settings_values
        # a field value taller than this moves to an attachment page (附页) after the form
        self.max_cell = frame_height * 0.4
        self.frame_height = frame_height
        self.attachments: list[tuple[str, str]] = []

    # fields ------------------------------------------------------------------------------
    def options(self, key: str, default: tuple[str, ...], doc: dict) -> tuple[str, ...]:
        """The tick boxes of a choice: the document's (the program's own list) or the template's."""
        given = (doc.get("options") or {}).get(key)
        return tuple(str(o) for o in given) if given else default

    def field_text(self, f: Field, value, doc: dict) -> str:
        if f.kind in ("choice", "yesno"):
            options = self.options(f.key, f.options or ("是", "否"), doc)
            chosen = value
            if isinstance(value, bool):
                chosen = "是" if value else "否"
            chosen_list = chosen if isinstance(chosen, (list, tuple)) else [chosen]
            chosen_text = [format_value(v) for v in chosen_list if v not in (None, "")]
            marks = [("■" if o in chosen_text else "□") + NBSP + o for o in options]
            # a value the list no longer holds (a category since retired) still gets its ticked box
            marks += ["■" + NBSP + v for v in chosen_text if v not in options]
            return gap(1).join(marks)
        if value is None or value == "":
            if f.kind == "date":
                return gap(3) + "年" + gap(2) + "月" + gap(2) + "日"
            if f.kind == "datetime":
                return gap(3) + "年" + gap(1.5) + "月" + gap(1.5) + "日" + gap(1.5) + "时" + gap(1.5) + "分"
            if f.kind == "time":
                return gap(2) + "时" + gap(2) + "分"
            if f.unit:
                return gap(5) + f.unit
            return ""
        return format_value(value, f.kind, f.unit)

    def group(self, key: str, doc: dict) -> list:
        fields = self.t.group_fields(key)
        if not fields:
            return []
        g = self.t.group(key)
        cols = g.columns or self.t.columns
        lines_style = self.t.field_style == "lines"
        pair_w = self.width / cols
        label_size = BODY
        longest = max(stringWidth(printable(f.label) + "：", FONT, label_size) for f in fields)
        # a label keeps to one line: its column is as wide as the longest label (up to half a pair,
        # beyond which that label shrinks)
        label_w = min(max(longest + 8, 16 * mm), pair_w * 0.5)
        # place fields on rows of ``cols`` pairs; a field that does not fit starts a new row and
        # the last field of the row takes the rest of it
        rows: list[list[list]] = []
        row: list[list] = []
        used = 0
        for f in fields:
            span = min(f.span, cols)
            if used + span > cols and row:
                row[-1][1] += cols - used
                rows.append(row)
                row, used = [], 0
            row.append([f, span])
            used += span
        if row:
            row[-1][1] += cols - used
            rows.append(row)

        values = doc.get("fields", {})
        data, styles, heights = [], [], []
        for r, row in enumerate(rows):
            cells = []
            c = 0
            min_h = FIELD_ROW_H
            for f, span in row:
                value_w = span * pair_w - label_w
                label = self.run.cell(f.label + ("：" if lines_style else ""), label_w - 8, label_size,
                                      "right" if lines_style else "center", max_lines=1, label=True)
                styles.append(("ALIGN", (c, r), (c, r), "RIGHT" if lines_style else "CENTER"))
                value = None if self.blank else values.get(f.key)
                text = self.field_text(f, value, doc)
                lines = max(f.lines, 1)
                if lines > 1:
                    min_h = max(min_h, lines * LINE_H)
                if lines > 1 and not text:
                    content = Ruled(lines - 1 if not lines_style else lines, value_w - 8, LINE_H)
                    content = [Spacer(1, 1), content] if not lines_style else content
                elif (f.kind in ("date", "datetime", "time") or f.unit) and not value:
                    content = self.run.cell(text, value_w - 8, BODY, "right", max_lines=1)
                    styles.append(("ALIGN", (c + 1, r), (c + 1, r), "RIGHT"))
                elif f.kind in ("choice", "yesno"):
                    content = Para(_boxes(self.run.markup(text)), style(BODY))
                elif lines == 1 and not isinstance(content := self.run.cell(text, value_w - 8, BODY), Para):
                    pass  # a one-line value: a plain string
                elif longest_unbreakable(printable(text), FONT, BODY) > value_w - 8:
                    content = self.run.fit(text, value_w - 8, BODY, max_lines=lines)  # a code: smaller, whole
                else:
                    content = self.run.para(text, BODY)
                    _w, h = content.wrap(value_w - 8, 100_000)
                    if h > self.max_cell:
                        self.attachments.append((f.label, text))
                        content = self.run.para(f"（内容较长，见附页 {len(self.attachments)}）", BODY)
                cells += [label, content] + [""] * (2 * span - 2)
                if span > 1:
                    styles.append(("SPAN", (c + 1, r), (c + 2 * span - 1, r)))
                if lines_style:
                    styles.append(("LINEBELOW", (c + 1, r), (c + 2 * span - 1, r), 0.6, GRID))
                else:
                    styles.append(("BACKGROUND", (c, r), (c, r), LABEL_BG))
                if lines > 1:
                    styles.append(("VALIGN", (c + 1, r), (c + 1, r), "TOP"))
                c += 2 * span
            data.append(cells)
            heights.append(min_h)
        col_widths = []
        for _ in range(cols):
            col_widths += [label_w, pair_w - label_w]
        base = [
            ("FONTSIZE", (0, 0), (-1, -1), BODY),
            ("LEADING", (0, 0), (-1, -1), BODY * 1.3),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if not lines_style:
            base += [("GRID", (0, 0), (-1, -1), 0.6, GRID), ("BOX", (0, 0), (-1, -1), 1.1, GRID)]
        table = Table(data, colWidths=col_widths, style=_ts(base + styles), minRowHeights=heights,
                      hAlign="LEFT")
        out = []
        if g.title:
            out.append(self.section_title(g.title))
        out.append(table)
        return out

    def section_title(self, text: str) -> Para:
        para = self.run.para(text, 11)
        para.desk_title = True
        para.spaceBefore = 2
        para.spaceAfter = 3
        return para

    # tables ------------------------------------------------------------------------------
    def cell_text(self, col: Column, value, index: int | None) -> str:
        if col.kind == "index":
            return str(index) if index is not None else ""
        if col.kind == "check":
            return "√" if value not in (None, "", False, 0) else ""
        if col.kind in ("choice", "yesno") and col.options and value not in (None, ""):
            return format_value(value)
        return format_value(value, col.kind)

    def column_widths(self, spec: TableSpec, texts: list[list[str]]) -> list[float]:
        """The template's proportions, then every column at least as wide as its header's longest
        word and its longest code or number (never split), then as close to one line of its
        content as the columns with room to spare allow."""
        total_rel = sum(c.width for c in spec.columns)
        base = [self.width * c.width / total_rel for c in spec.columns]
        pad = 7
        need, want = [], []
        for j, c in enumerate(spec.columns):
            label = printable(c.label)
            n = longest_unbreakable(label, FONT, 9.5, label=True)
            w = stringWidth(label, FONT, 9.5)
            for row in texts:
                text = row[j]
                if text:
                    n = max(n, longest_unbreakable(text, FONT, 9))
                    w = max(w, stringWidth(text, FONT, 9) if "\n" not in text else n)
            need.append(n + pad)
            want.append(min(w + pad, self.width * 0.3))
        return allocate(base, need, want)

    def table(self, spec: TableSpec, doc: dict) -> list:
        given = None if self.blank else (doc.get("tables") or {}).get(spec.key)
        presets = (doc.get("presets") or {}).get(spec.key)
        rows = list(given) if given else list(presets if presets is not None else spec.rows)
        if self.blank:
            count = len(rows) + spec.blank_rows
        else:
            count = max(len(rows), spec.min_rows, 1)
        sums = [Decimal(0) if c.sum else None for c in spec.columns]
        summed = [False] * len(spec.columns)
        texts: list[list[str]] = []
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "表格“{table}”的第 {row} 行不是“列名: 值”的字典"),
                                      table=spec.key, row=i + 1)
            line = []
            for j, c in enumerate(spec.columns):
                value = row.get(c.key)
                if c.sum:
                    number = _decimal(value)
                    if number is not None:
                        sums[j] += number
                        summed[j] = True
                line.append(printable(self.cell_text(c, value, i + 1), self.run.missing))
            texts.append(line)
        total_texts = [""] * len(spec.columns)
        if spec.has_sum:
            total_texts = [format_value(sums[j], c.kind) if c.sum and summed[j] else ""
                           for j, c in enumerate(spec.columns)]
        widths = self.column_widths(spec, texts + [total_texts])
        header = [self.run.cell(c.label, w - 6, 9.5, "center", max_lines=2, label=True)
                  for c, w in zip(spec.columns, widths)]
        data = [header]
        for i in range(count):
            if i >= len(rows):
                data.append([str(i + 1) if c.kind == "index" and (self.blank or i < spec.min_rows) else ""
                             for c in spec.columns])
                continue
            data.append([self.run.cell(text, w - 6, 9, c.align)
                         for text, c, w in zip(texts[i], spec.columns, widths)])
        style_cmds = [
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("BOX", (0, 0), (-1, -1), 1.1, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTSIZE", (0, 0), (-1, 0), 9.5),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for j, c in enumerate(spec.columns):
            if c.align != "left" or c.kind == "index":
                style_cmds.append(("ALIGN", (j, 1), (j, -1), "CENTER" if c.kind == "index" else c.align.upper()))
        heights = [8 * mm] + [spec.row_height * mm] * count
        if spec.has_sum:
            first_sum = next(j for j, c in enumerate(spec.columns) if c.sum)
            total_row: list = [""] * len(spec.columns)
            label_w = sum(widths[:max(first_sum, 1)])
            total_row[0] = self.run.cell(spec.total_label, label_w - 6, 9.5, "center", label=True)
            for j, c in enumerate(spec.columns):
                if total_texts[j]:
                    total_row[j] = self.run.cell(total_texts[j], widths[j] - 6, 9, c.align)
            data.append(total_row)
            heights.append(spec.row_height * mm)
            r = len(data) - 1
            style_cmds.append(("ALIGN", (0, r), (0, r), "CENTER"))
            if first_sum > 1:
                style_cmds.append(("SPAN", (0, r), (first_sum - 1, r)))
            style_cmds.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.97, 0.97, 0.97)))
        table = LongTable(data, colWidths=widths, repeatRows=1, style=_ts(style_cmds),
                          minRowHeights=heights, splitInRow=1, hAlign="LEFT")
        out = []
        if spec.title:
            out.append(self.section_title(spec.title))
        out.append(table)
        return out

    # text --------------------------------------------------------------------------------
    _PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")

    def text_markup(self, line: str, doc: dict) -> str:
        """One line of a text block as paragraph markup, ``{field}`` filled in (blank: a line to write on)."""
        values = doc.get("fields", {})
        specials = {"company": self.values["company"], "project": self.values["project"]}
        out, pos = [], 0
        for m in self._PLACEHOLDER.finditer(line):
            out.append(self.run.markup(line[pos:m.start()]))
            pos = m.end()
            key = m.group(1)
            if key in specials:
                out.append(self.run.markup(specials[key]))
                continue
            f = self.t.field(key)
            if f is None:
                out.append(self.run.markup(m.group(0)))
                continue
            value = None if self.blank else values.get(key)
            text = format_value(value, f.kind, f.unit) if value not in (None, "") else ""
            out.append(self.run.markup(text) if text else "<u>" + BLANK_LINE + "</u>")
        out.append(self.run.markup(line[pos:]))
        return "".join(out)

    def text_block(self, block: TextBlock, doc: dict) -> list:
        out = []
        if block.title:
            out.append(self.section_title(block.title))
        given = None if self.blank else (doc.get("text") or {}).get(block.key)
        content = given if given not in (None, "") else block.content
        size = block.size or BODY + 1
        if content:
            for n, part in enumerate(str(content).strip("\n").split("\n")):
                markup = self.text_markup(part, doc)
                salutation = n == 0 and part.rstrip().endswith(("：", ":"))  # 尊敬的…业主： is not indented
                indent = size * 2 if block.indent and part.strip() and not salutation else 0
                para = Para(markup or "&nbsp;", style(size, block.align, leading=size * 1.75, indent=indent))
                out.append(para)
        if block.lines and not content:
            out.append(Ruled(block.lines, None, LINE_H))
        out.append(Spacer(1, 2 * mm))
        return out

    # notes and signatures ------------------------------------------------------------------
    def notes(self) -> list:
        if not self.t.notes:
            return []
        paras = [self.run.para("注：", SMALL)]
        for note in self.t.notes:
            paras.append(self.run.para(note, SMALL, leading=SMALL * 1.45))
        return [Spacer(1, 2 * mm)] + paras

    def signature_box(self, label: str, name, width: float) -> Table:
        """One signature: ``label：______`` and, below, ``日期：  年  月  日``."""
        label_w = min(stringWidth(printable(label) + "：", FONT, BODY) + 6, width * 0.55)
        line_w = width - label_w - 4 * mm
        # the date's writing spaces narrow to the line rather than the date shrinking
        for room in (2, 1.6, 1.2, 0.8):
            date = gap(room) + "年" + gap(room * 0.6) + "月" + gap(room * 0.6) + "日"
            if stringWidth(date, FONT, BODY) <= line_w - 6:
                break
        data = [[self.run.fit(label + "：", label_w - 4, BODY, "right", max_lines=1, label=True),
                 self.run.fit(format_value(name), line_w - 4, BODY)]]
        cmds = [("LINEBELOW", (1, 0), (1, 0), 0.6, GRID)]
        if self.t.signature_date:
            data.append([self.run.para("日期：", BODY, "right"), self.run.fit(date, line_w - 4, BODY, "right", max_lines=1)])
            cmds.append(("LINEBELOW", (1, 1), (1, 1), 0.4, RULE))
        return Table(data, colWidths=[label_w, line_w], minRowHeights=[9 * mm] * len(data), hAlign="LEFT",
                     style=_ts([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2)] + cmds))

    def signatures(self, doc: dict) -> list:
        labels = self.t.signatures
        if not labels:
            return []
        names = {} if self.blank else (doc.get("signatures") or {})
        per_row = max(min(len(labels), 3), 2)
        slot = self.width / per_row
        rows = []
        for start in range(0, len(labels), per_row):
            chunk = labels[start:start + per_row]
            boxes = [self.signature_box(lab, names.get(lab), min(slot - 4 * mm, 80 * mm)) for lab in chunk]
            # a lone signature (盖章) sits on the right, where a stamp goes
            rows.append([""] * (per_row - len(chunk)) + boxes)
        table = Table(rows, colWidths=[slot] * per_row, hAlign="LEFT",
                      style=_ts([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [Spacer(1, 4 * mm), table]

    # the document ----------------------------------------------------------------------------
    def meta(self, doc: dict) -> list:
        """The line under the title: the subtitle centred, the serial number on the right."""
        serial = "" if self.blank else str(doc.get("serial") or doc.get("fields", {}).get("serial") or "")
        subtitle = self.t.subtitle
        if not self.t.serial and not serial and not subtitle:
            return [Spacer(1, 2 * mm)]
        right_markup = ""
        if self.t.serial or serial:
            right_markup = self.run.markup("编号：" + serial)
            if not serial:
                right_markup += "<u>" + gap(8) + "</u>"
        side = self.width * 0.3
        table = Table([["", self.run.para(subtitle, BODY, "center"), Para(right_markup, style(BODY, "right"))]],
                      colWidths=[side, self.width - 2 * side, side],
                      style=_ts([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        return [table]

    def document(self, doc: dict) -> list:
        self.attachments = []
        story: list = [Title(printable(self.t.title, self.run.missing))]
        story += self.meta(doc)
        blocks: list[tuple[str, list]] = []
        for kind, key in self.t.blocks():
            if kind == "group":
                blocks.append((kind, self.group(key, doc)))
            elif kind == "table":
                blocks.append((kind, self.table(self.t.table(key), doc)))
            else:
                blocks.append((kind, self.text_block(self.t.text_block(key), doc)))
        blocks = [(kind, flowables) for kind, flowables in blocks if flowables]
        tail = self.notes() + self.signatures(doc)
        # the signatures go with the last rows of the last list table (or else of the last field
        # grid), together with whatever stands between them
        anchor = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i][0] == "table"), None)
        if anchor is None:
            anchor = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i][0] == "group"), None)
        if anchor is None or not tail:
            for _kind, flowables in blocks:
                story += self._titled(flowables) + [Spacer(1, 2.5 * mm)]
            if tail:
                story.append(KeepTogether(tail))
        else:
            for _kind, flowables in blocks[:anchor]:
                story += self._titled(flowables) + [Spacer(1, 2.5 * mm)]
            flowables = self._titled(blocks[anchor][1])
            after: list = []
            for _kind, more in blocks[anchor + 1:]:
                after += [Spacer(1, 2.5 * mm)] + more
            story += flowables[:-1]
            story.append(KeepTail(flowables[-1], after + [Spacer(1, 2.5 * mm)] + tail,
                                  limit=self.frame_height * 0.6))
        if self.attachments:
            story.append(Spacer(1, 6 * mm))
            story.append(self.section_title("附页"))
            for n, (label, text) in enumerate(self.attachments, 1):
                story.append(self.section_title(f"{n}. {label}"))
                for part in text.split("\n"):
                    story.append(self.run.para(part, BODY, leading=BODY * 1.5))
        return story

    @staticmethod
    def _titled(flowables: list) -> list:
        """A block with a title starts a new page rather than leave its title alone at the bottom."""
        if flowables and getattr(flowables[0], "desk_title", False):
            return [CondPageBreak(28 * mm)] + flowables
        return flowables


def _check_documents(documents) -> list[dict]:
    if not isinstance(documents, (list, tuple)):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "表单数据应为一组文档（list of dict）"))
    for i, doc in enumerate(documents):
        if not isinstance(doc, dict):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "第 {n} 份表单数据不是字典"), n=i + 1)
        unknown = set(doc) - DOC_KEYS
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "第 {n} 份表单数据有不认识的部分：{keys}（可用 {allowed}）"),
                                  n=i + 1, keys="、".join(sorted(unknown)), allowed="、".join(sorted(DOC_KEYS)))
        for part in ("fields", "tables", "text", "signatures", "options", "presets"):
            if part in doc and doc[part] is not None and not isinstance(doc[part], dict):
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "第 {n} 份表单数据的 {part} 应为字典"),
                                      n=i + 1, part=part)
    return list(documents)


def _header_settings(header: dict | None) -> dict:
    if header is not None:
        return header
    return {key: settings.get(key) for key in ("company_name", "project_name", "logo_path")}


def build_pdf(template: Template, documents: list[dict], *, blank: bool = False,
              progress: Progress | None = None, warnings: list[str] | None = None,
              header: dict | None = None) -> bytes:
    """Lay out ``documents`` with ``template`` and return the PDF bytes."""
    settings = _header_settings(header)
    register_fonts()
    run = _Run()
    notes: list[str] = []
    size = PAPER_SIZES[template.paper]
    size = landscape(size) if template.orientation == "landscape" else portrait(size)
    company = printable(str(settings.get("company_name") or ""), run.missing)
    project = printable(str(settings.get("project_name") or ""), run.missing)
    logo, logo_size = _logo(str(settings.get("logo_path") or ""), notes)
    decor = _PageDecor(company, project, logo, logo_size, size)
    width = size[0] - 2 * MARGIN_X
    frame_height = size[1] - MARGIN_TOP - MARGIN_BOTTOM - 12
    builder = _Builder(template, run, width, blank, {"company": company, "project": project}, frame_height)
    total = len(documents)
    story: list = []
    for i, doc in enumerate(documents):
        if progress is not None:
            progress.check()
        if i:
            story.append(PageBreak())
        serial = "" if blank else str(doc.get("serial") or (doc.get("fields") or {}).get("serial") or "")
        story.append(DocStart(i, total, template.title, serial, progress))
        story += builder.document(doc)
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=template.title, author=company, subject=project,
        creator="案场助手 Sales Desk", pageCompression=1,
    )
    pdf.build(story, canvasmaker=_make_canvas_class(decor))
    if run.missing:
        chars = "".join(sorted(run.missing))
        notes.append(f"字体中没有这些字符，已用〓代替：{chars}")
    for note in notes:
        log.warning("%s: %s", template.key, note)
    if warnings is not None:
        warnings.extend(notes)
    return buffer.getvalue()


def write_atomic(path: Path, data: bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def sample_documents(template: Template) -> list[dict]:
    sample = template.sample or {}
    doc = {k: sample[k] for k in ("fields", "tables", "text", "serial", "signatures") if k in sample}
    return [doc]


def render_form(key: str, out: Path | None = None, *, documents: list[dict] | None = None,
                blank: bool = False, sample: bool = False, progress: Progress | None = None,
                warnings: list[str] | None = None, folder: Path | None = None,
                header: dict | None = None) -> bytes | Path:
    """Render form ``key`` blank, with its sample data, or with ``documents``.

    Returns the PDF bytes, or writes ``out`` atomically and returns its path. Warnings (a missing
    logo, characters the font lacks) are logged and appended to ``warnings`` when given.
    ``header`` ({"company_name", "project_name", "logo_path"}) replaces the settings, e.g. when
    rendering in a worker thread with values read on the UI thread.
    """
    template = load_template(key, folder)
    if sum(bool(x) for x in (blank, sample, documents is not None and not blank)) != 1:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择一种：空白表、示例数据或记录数据"))
    if blank:
        # documents with a blank form: only their "options" and "presets" (the program's own lists)
        docs = _check_documents(documents) if documents else [{}]
    elif sample:
        docs = sample_documents(template)
    else:
        docs = _check_documents(documents)
        if not docs:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "没有要打印的记录"))
    data = build_pdf(template, docs, blank=blank, progress=progress, warnings=warnings, header=header)
    if out is None:
        return data
    return write_atomic(Path(out), data)
