"""Reading a user's workbook safely: only read (never written back), refused with a clear
Chinese message when it is not a usable .xlsx, and bounded: a huge sheet is refused without
being loaded (read-only mode, sizes checked from the zip directory, rows counted as they stream).
"""
from __future__ import annotations

import threading
import unicodedata
import warnings
import zipfile
from pathlib import Path
from typing import Any, Iterator

import openpyxl.reader.excel as excel_module
from openpyxl import load_workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_ROWS = 20_000  # data rows of one importable sheet
MAX_PART_BYTES = 80 * 1024 * 1024  # uncompressed size of one sheet or the shared strings
MAX_TOTAL_BYTES = 400 * 1024 * 1024
HEADER_SCAN_ROWS = 10


_LOAD_LOCK = threading.Lock()


_DIMENSION_TAG, _DATA_TAG = f"{{{SHEET_MAIN_NS}}}dimension", f"{{{SHEET_MAIN_NS}}}sheetData"


class LazySizeWorksheet(ReadOnlyWorksheet):
    """openpyxl's read-only sheet looks for <dimension> with end events, which scans the whole
    sheet when the element is missing (write-only files never have one): a million-row sheet
    would be parsed just to open the workbook. This one stops at the start of <sheetData>."""

    def _get_size(self):
        src = self._get_source()
        try:
            for event, element in iterparse(src, events=("start", "end")):
                if element.tag == _DATA_TAG:
                    return
                if event == "end" and element.tag == _DIMENSION_TAG:
                    boundaries = SheetDimension.from_tree(element).boundaries
                    self._min_column, self._min_row, self._max_column, self._max_row = boundaries
                    return
        except Exception:  # a broken sheet shows when its rows are read
            return
        finally:
            src.close()


class WorkbookError(ValidationError):
    """The file cannot be imported (nothing was changed)."""


def _fail(template: str, **params):
    raise WorkbookError(template, **params)


def check_file(path: Path) -> None:
    """Refuse files that are not .xlsx workbooks before openpyxl sees them."""
    path = Path(path)
    if not path.exists():
        _fail(QT_TRANSLATE_NOOP("desk", "找不到文件：{path}"), path=str(path))
    if path.is_dir():
        _fail(QT_TRANSLATE_NOOP("desk", "这是一个文件夹，不是 Excel 文件：{path}"), path=str(path))
    suffix = path.suffix.lower()
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except PermissionError:
        _fail(QT_TRANSLATE_NOOP("desk", "无法读取文件，请先关闭 Excel 中的文件后重试：{path}"), path=str(path))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        _fail(QT_TRANSLATE_NOOP("desk", "这是旧版 Excel（.xls）文件或受密码保护的工作簿。请在 Excel 中"
                                        "“另存为”Excel 工作簿（.xlsx），并取消密码后再导入。"))
    if suffix in (".csv", ".txt", ".tsv"):
        _fail(QT_TRANSLATE_NOOP("desk", "CSV/文本文件不能导入：请在 Excel 中另存为 Excel 工作簿（.xlsx）。"))
    if suffix == ".xls":
        _fail(QT_TRANSLATE_NOOP("desk", "这是旧版 Excel（.xls）文件。请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再导入。"))
    if not head.startswith(b"PK"):
        _fail(QT_TRANSLATE_NOOP("desk", "这不是 Excel 工作簿（.xlsx）文件：{name}"), name=path.name)


def open_workbook(path: Path):
    """An openpyxl read-only workbook (close it when done). Raises WorkbookError."""
    check_file(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
                _fail(QT_TRANSLATE_NOOP("desk", "这不是 Excel 工作簿：压缩包里没有工作簿内容（{name}）。"),
                      name=Path(path).name)
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
                _fail(QT_TRANSLATE_NOOP("desk", "工作簿太大，无法导入（解压后超过 {mb} MB）。"),
                      mb=MAX_TOTAL_BYTES // 2**20)
            for info in infos:
                if info.filename.endswith("sharedStrings.xml") and info.file_size > MAX_PART_BYTES:
                    _fail(QT_TRANSLATE_NOOP("desk", "工作簿太大，无法导入（文字内容超过 {mb} MB）。"),
                          mb=MAX_PART_BYTES // 2**20)
    except zipfile.BadZipFile:
        _fail(QT_TRANSLATE_NOOP("desk", "这不是 Excel 工作簿（.xlsx）文件，或文件已损坏：{name}"), name=Path(path).name)
    except PermissionError:
        _fail(QT_TRANSLATE_NOOP("desk", "无法读取文件，请先关闭 Excel 中的文件后重试：{path}"), path=str(path))
    try:
        with _LOAD_LOCK, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions
            original = excel_module.ReadOnlyWorksheet
            excel_module.ReadOnlyWorksheet = LazySizeWorksheet
            try:
                return load_workbook(path, read_only=True, data_only=True, keep_links=False)
            finally:
                excel_module.ReadOnlyWorksheet = original
    except WorkbookError:
        raise
    except PermissionError:
        _fail(QT_TRANSLATE_NOOP("desk", "无法读取文件，请先关闭 Excel 中的文件后重试：{path}"), path=str(path))
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        _fail(QT_TRANSLATE_NOOP("desk", "无法读取这个 Excel 工作簿（{name}）：文件已损坏或格式不受支持（{error}）。"),
              name=Path(path).name, error=type(exc).__name__)


def part_size(wb, ws) -> int:
    """Uncompressed size of a sheet's XML, from the zip directory (nothing is read)."""
    try:
        return wb._archive.getinfo(ws._worksheet_path).file_size
    except (AttributeError, KeyError):
        return 0


def normalize_header(text: Any) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(ch for ch in text if not ch.isspace()).strip("*＊:：").lower()


def iter_rows(wb, ws, sheet_title: str, limit: int | None = None) -> Iterator[tuple[int, tuple]]:
    """(row number, values) of every row, refusing a sheet with more than ``limit`` rows early."""
    limit = MAX_ROWS if limit is None else limit
    declared = ws.max_row  # from the <dimension> element when the writer gave one
    if declared is not None and declared > limit + HEADER_SCAN_ROWS:
        _fail(QT_TRANSLATE_NOOP("desk", "工作表“{sheet}”有 {rows} 行，超过可导入的上限 {limit} 行。"),
              sheet=sheet_title, rows=declared, limit=limit)
    if part_size(wb, ws) > MAX_PART_BYTES:
        _fail(QT_TRANSLATE_NOOP("desk", "工作表“{sheet}”太大，超过可导入的上限 {limit} 行。"),
              sheet=sheet_title, limit=limit)
    ws.reset_dimensions()  # many writers leave no or a wrong dimension: stream to the real end
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if number > limit + HEADER_SCAN_ROWS:
            _fail(QT_TRANSLATE_NOOP("desk", "工作表“{sheet}”超过可导入的上限 {limit} 行。"),
                  sheet=sheet_title, limit=limit)
        yield number, values


def sync_token(wb, sheet_name: str) -> str | None:
    if sheet_name not in wb.sheetnames:
        return None
    ws = wb[sheet_name]
    ws.reset_dimensions()
    for number, values in enumerate(ws.iter_rows(max_row=5, values_only=True), start=1):
        if values and len(values) >= 2 and values[0] == "token" and values[1]:
            return str(values[1]).strip()
        if number >= 5:
            break
    return None
