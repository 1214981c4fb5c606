"""Writing tidy workbooks: Chinese headers, a styled frozen header row, autofilter, widths that
fit Chinese text, real dates, numbers as numbers, money with two decimals, and no formula
injection. Files are written to a temporary file and moved into place when complete.
"""
from __future__ import annotations

import datetime as dt
import decimal
from copy import copy
import os
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5597")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
THIN = Side(style="thin", color="BFBFBF")
HEADER_BORDER = Border(bottom=THIN)
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"
MONEY_FORMAT = "#,##0.00"
INJECTION_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
UNLOCKED = Protection(locked=False)
LIST_SHEET = "_选项"
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_WIDTH = 60  # characters; longer text wraps within the column
PORTRAIT_WIDTH = 95  # characters of column width an A4 portrait page holds at 100 %
FOOTER = "&A　第 &P 页 / 共 &N 页"  # the sheet's name and the page


class TargetLocked(DeskError):
    def __init__(self, path):
        super().__init__(QT_TRANSLATE_NOOP("desk", "请先关闭 Excel 中的文件：{path}"), path=str(path))


def display_width(text: str) -> int:
    """Columns a text takes: CJK and full-width characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass
class SheetData:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    money_columns: set[int] = field(default_factory=set)  # 0-based column indexes
    widths: dict[int, float] = field(default_factory=dict)
    # Editable sheets: protect the sheet (no password), lock these columns (IDs), unlock the rest
    # (also for new rows below the data), and offer drop-down lists on enum columns.
    protect: bool = False
    locked_columns: set[int] = field(default_factory=set)
    validations: dict[int, Sequence[str]] = field(default_factory=dict)
    hidden: bool = False
    number_formats: dict[int, str] = field(default_factory=dict)  # numbers other than money (面积 0.00)
    wrap_columns: set[int] = field(default_factory=set)  # long text wraps (besides what exceeds MAX_WIDTH)


def _cell(ws, value: Any, money: bool):
    cell = WriteOnlyCell(ws, value=None)
    if value is None:
        return cell
    if isinstance(value, bool):
        cell.value = "是" if value else "否"
    elif isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, dt.time):
        cell.value = value
        cell.number_format = TIME_FORMAT
    elif isinstance(value, decimal.Decimal):
        cell.value = float(value) if money else value
        cell.number_format = MONEY_FORMAT if money else cell.number_format
    elif isinstance(value, (int, float)):
        cell.value = value
        if money:
            cell.number_format = MONEY_FORMAT
    else:
        text = str(value)
        cell.value = text
        if text.startswith(INJECTION_PREFIXES):
            cell.data_type = "s"  # keep as text, never a formula
    return cell


class _Styles:
    """Cell style templates built once per sheet: copying a style is much cheaper than setting it."""

    def __init__(self, ws, sheet: SheetData):
        self.ws = ws
        self.unlocked = set()
        if sheet.protect:
            self.unlocked = {i for i in range(len(sheet.headers)) if i not in sheet.locked_columns}
        self.wrapped: set[int] = set(sheet.wrap_columns)
        self.formats = dict(sheet.number_formats)
        self._templates: dict[tuple, Any] = {}

    def cell(self, value, number_format: str | None, column: int, data_type: str | None = None):
        key = (number_format, column in self.unlocked, column in self.wrapped)
        template = self._templates.get(key)
        if template is None:
            template = WriteOnlyCell(self.ws)
            if number_format:
                template.number_format = number_format
            if key[1]:
                template.protection = UNLOCKED
            if key[2]:
                template.alignment = WRAP
            self._templates[key] = template
        cell = WriteOnlyCell(self.ws)
        cell._style = copy(template._style)
        cell._value = value
        cell.data_type = data_type or _data_type(value)
        return cell


def _data_type(value) -> str:
    if isinstance(value, str):
        return "s"
    if isinstance(value, bool):
        return "b"
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        return "d"
    return "n"


def _converted(styles: _Styles, column: int, value: Any, money: bool):
    """A value ready for ws.append: a plain value when no style is needed, else a styled cell."""
    cls = value.__class__
    plain = column not in styles.unlocked and column not in styles.wrapped
    if value is None:
        return None
    if cls is str:
        if value.startswith(INJECTION_PREFIXES):
            return styles.cell(value, None, column, "s")  # keep as text, never a formula
        return value if plain else styles.cell(value, None, column, "s")
    number_format = styles.formats.get(column)
    if cls is int or (cls is float and not money):
        return value if plain and not number_format else styles.cell(value, number_format, column, "n")
    if cls is bool:
        text = "是" if value else "否"
        return text if plain else styles.cell(text, None, column, "s")
    if cls is dt.datetime:
        return styles.cell(value, DATETIME_FORMAT, column, "d")
    if cls is dt.date:
        return styles.cell(value, DATE_FORMAT, column, "d")
    if cls is dt.time:
        return styles.cell(value, TIME_FORMAT, column, "d")
    if cls is decimal.Decimal or cls is float:
        return styles.cell(float(value), MONEY_FORMAT if money else number_format, column, "n")
    return _converted(styles, column, str(value), money)


def _cell_text(v) -> str:
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, decimal.Decimal):
        return f"{v:,.2f}"
    return str(v)


def _list_formula(wb, choices: Sequence[str]) -> str:
    """A data-validation list: inline when short, else a range on the hidden list sheet."""
    choices = [str(c) for c in choices]
    inline = ",".join(choices)
    if len(inline) <= 250 and not any(("," in c or '"' in c) for c in choices):
        return f'"{inline}"'
    lists = getattr(wb, "_desk_lists", None)
    if lists is None:
        lists = wb._desk_lists = []
    lists.append(choices)
    col = get_column_letter(len(lists))
    return f"'{LIST_SHEET}'!${col}$1:${col}${max(len(choices), 1)}"


def _write_list_sheet(wb) -> None:
    lists = getattr(wb, "_desk_lists", None)
    if not lists:
        return
    ws = wb.create_sheet(title=LIST_SHEET)
    ws.sheet_state = "hidden"
    for r in range(max(len(c) for c in lists)):
        ws.append([c[r] if r < len(c) else None for c in lists])


def write_sheet(wb: Workbook, sheet: SheetData, progress=None, *, sample_rows: int = 200) -> int:
    """Append one write-only sheet. Returns the number of data rows."""
    ws = wb.create_sheet(title=sheet.title[:31])
    if sheet.hidden:
        ws.sheet_state = "hidden"
    headers = list(sheet.headers)
    ncols = max(len(headers), 1)
    widths = [display_width(h) + 2 for h in headers]
    ws.freeze_panes = "A2"
    count = 0
    # Widths must be set before rows in write-only mode: fit them on the first rows.
    rows_iter = iter(sheet.rows)
    buffered = []
    long_text = set(sheet.wrap_columns)
    for row in rows_iter:
        buffered.append(row)
        for i, v in enumerate(row[: len(widths)]):
            if v is not None:
                wide = display_width(_cell_text(v)) + 2
                if wide > MAX_WIDTH:
                    long_text.add(i)
                widths[i] = max(widths[i], min(wide, MAX_WIDTH))
        if len(buffered) >= sample_rows:
            break
    for i, w in enumerate(widths):
        dim = ws.column_dimensions[get_column_letter(i + 1)]
        dim.width = sheet.widths.get(i, w)
        if sheet.protect and i not in sheet.locked_columns:
            dim.protection = UNLOCKED  # new rows typed below the data stay editable
    # before the first row: write-only sheets write their properties with it
    _page_setup(ws, sum(sheet.widths.get(i, w) for i, w in enumerate(widths)))
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font, c.fill, c.alignment, c.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGN, HEADER_BORDER
        header_cells.append(c)
    ws.append(header_cells)
    money = sheet.money_columns
    styles = _Styles(ws, sheet)
    styles.wrapped |= long_text
    plain_columns = [i not in money and i not in styles.unlocked and i not in styles.wrapped
                     and i not in styles.formats for i in range(ncols)]
    append = ws.append

    def emit(row):
        out = []
        for i, v in enumerate(row):
            cls = v.__class__
            if v is None or ((cls is int or (cls is str and not v.startswith(INJECTION_PREFIXES)))
                             and i < ncols and plain_columns[i]):
                out.append(v)
            else:
                out.append(_converted(styles, i, v, i in money))
        append(out)

    for row in buffered:
        emit(row)
        count += 1
    for row in rows_iter:
        emit(row)
        count += 1
        if progress is not None and count % 1000 == 0:
            progress.check()
            progress.report(count, 0, "")
    last = get_column_letter(ncols)
    ws.auto_filter.ref = f"A1:{last}{count + 1}"
    if sheet.validations:
        limit = max(count + 1000, 2000)  # room for new rows
        for i, choices in sheet.validations.items():
            dv = DataValidation(type="list", formula1=_list_formula(wb, choices), allow_blank=True,
                                showErrorMessage=True, errorTitle="请从列表中选择",
                                error="请从下拉列表中选择一项")
            col = get_column_letter(i + 1)
            dv.add(f"{col}2:{col}{limit}")
            ws.data_validations.append(dv)
    if sheet.protect:
        p = ws.protection
        p.sheet = True
        # Allowed while protected: filter, sort, resize, insert and delete rows.
        p.autoFilter = p.sort = p.formatColumns = p.formatRows = False
        p.insertRows = p.deleteRows = False
        p.selectLockedCells = p.selectUnlockedCells = False
    return count


def _page_setup(ws, width: float) -> None:
    """How the sheet prints: A4, landscape when its columns are wider than a portrait page, one page
    wide (as many pages down as it takes), the header row on every page, grid lines, and a footer
    with the sheet's name and the page number."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if width > PORTRAIT_WIDTH else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.5, 0.6
    ws.oddFooter.center.text = FOOTER


def save_atomically(wb: Workbook, target: Path) -> Path:
    """Save to a temporary file beside the target, then replace it. A crash leaves the old file."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~" + target.stem + "-", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise TargetLocked(target) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def discard_workbook(wb: Workbook) -> None:
    """Drop a write-only workbook abandoned half-way (cancel, error): its temporary sheet files too."""
    for ws in getattr(wb, "_sheets", []):
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)
        try:
            if rows is not None:
                rows.gi_frame and rows.gi_frame.clear()
        except RuntimeError:
            pass
        ws._rows = None
        try:
            writer.xf.gi_frame and writer.xf.gi_frame.clear()
        except RuntimeError:
            pass
        out = getattr(writer, "out", None)
        if isinstance(out, str) and os.path.exists(out):
            try:
                os.unlink(out)
            except OSError:
                pass


def write_workbook(target: Path, sheets: Sequence[SheetData], progress=None) -> Path:
    wb = Workbook(write_only=True)
    try:
        for sheet in sheets:
            write_sheet(wb, sheet, progress)
        _write_list_sheet(wb)
    except BaseException:
        discard_workbook(wb)
        raise
    return save_atomically(wb, target)
