"""Writing tidy workbooks: Chinese headers, a styled frozen header row, autofilter, widths that
fit Chinese text, real dates, numbers as numbers, money with two decimals, and no formula
injection. Files are written to a temporary file and moved into place when complete.
"""
from __future__ import annotations

import datetime as dt
import decimal
import os
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desk.services.errors import QT_TRANSLATE_NOOP, DeskError

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


def write_sheet(wb: Workbook, sheet: SheetData, progress=None, *, sample_rows: int = 200) -> int:
    """Append one write-only sheet. Returns the number of data rows."""
    ws = wb.create_sheet(title=sheet.title[:31])
    headers = list(sheet.headers)
    widths = [display_width(h) + 2 for h in headers]
    ws.freeze_panes = "A2"
    count = 0
    # Widths must be set before rows in write-only mode: fit them on the first rows.
    rows_iter = iter(sheet.rows)
    buffered = []
    for row in rows_iter:
        buffered.append(row)
        for i, v in enumerate(row[: len(widths)]):
            if v is not None:
                text = v.strftime("%Y-%m-%d %H:%M") if isinstance(v, dt.datetime) else str(v)
                widths[i] = max(widths[i], min(display_width(text) + 2, 60))
        if len(buffered) >= sample_rows:
            break
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = sheet.widths.get(i, w)
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font, c.fill, c.alignment, c.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGN, HEADER_BORDER
        header_cells.append(c)
    ws.append(header_cells)
    money = sheet.money_columns

    def emit(row):
        ws.append([_cell(ws, v, i in money) for i, v in enumerate(row)])

    for row in buffered:
        emit(row)
        count += 1
    for row in rows_iter:
        emit(row)
        count += 1
        if progress is not None and count % 1000 == 0:
            progress.check()
            progress.report(count, 0, "")
    ws.auto_filter.ref = f"A1:{get_column_letter(max(len(headers), 1))}{count + 1}"
    return count


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


def write_workbook(target: Path, sheets: Sequence[SheetData], progress=None) -> Path:
    wb = Workbook(write_only=True)
    for sheet in sheets:
        write_sheet(wb, sheet, progress)
    return save_atomically(wb, target)
