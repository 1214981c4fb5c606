"""The sync workbook: export every kind of record, import the managers' lists back.

Export: ``export_workbook(session, path)`` writes one sheet per kind of record (see
``desk.excel.sheets``), a 说明 sheet, and a hidden _同步 sheet with a token; for every row of an
editable sheet it stores fingerprints (``desk.services.core.sync_exports``) of the program's values and of the
cells as written.

Import: ``plan_import(session, path)`` reads the workbook (never writing it) and returns an
``ImportPlan``: each row's change (新增, 修改, 停用, 冲突, 错误) found by ID, with errors naming
sheet, row, column and reason. The planned changes are tried inside a transaction that is rolled
back, so the services' own checks show in the preview. ``apply_import(session, plan, ...)`` then
applies everything in one transaction or nothing.

A conflict is a row changed both in the workbook and in the program since the export; the user
chooses per row (``change.choice = "workbook" | "program"``).
"""
from __future__ import annotations

import datetime as dt
import decimal
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from desk.clock import now
from desk.excel import reader, values as V
from desk.excel.messages import COMMA, SEMICOLON, join, message_of, say, tr, translate
from desk.excel import sheets, specs as S
from desk.excel.writer import SheetData, _write_list_sheet, discard_workbook, save_atomically, write_sheet
from desk.services.core import database, sync_exports
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError, ValidationError
from desk.services.core.permissions import PERMISSIONS
from desk.services.core.progress import NO_PROGRESS, Progress

INFO_SHEET = "说明"
SYNC_SHEET = "_同步"

NEW, CHANGE, DEACTIVATE, CONFLICT, ERROR, SAME = "new", "change", "deactivate", "conflict", "error", "same"
# What the import and the workbook say to the person: context "excel", in the UI's language through ``say``.
AT_SHEET = QT_TRANSLATE_NOOP("excel", "工作表“{sheet}”")
AT_ROW = QT_TRANSLATE_NOOP("excel", "第 {row} 行")
AT_COLUMN = QT_TRANSLATE_NOOP("excel", "“{column}”列")
WHERE_WHAT = QT_TRANSLATE_NOOP("excel", "{where}：{message}")
EMPTY = QT_TRANSLATE_NOOP("excel", "（空）")
CHANGED = QT_TRANSLATE_NOOP("excel", "{column}：{old} → {new}")
ROW_REMOVED = QT_TRANSLATE_NOOP("excel", "表格中已删除此行")
SET_INACTIVE = QT_TRANSLATE_NOOP("excel", "在用改为否")
NO_HEADER = QT_TRANSLATE_NOOP("excel", "找不到表头行（应包含：{columns}）")
MISSING_COLUMNS = QT_TRANSLATE_NOOP("excel", "缺少列：{columns}")
NO_ROWS = QT_TRANSLATE_NOOP("excel", "没有数据行（如要停用全部，请把“在用”改为“否”）")
TWINS = QT_TRANSLATE_NOOP("excel", "程序中有多条同样的记录（ID {ids}），请填写 ID 指明是哪一条")
SAME_AS_ROW = QT_TRANSLATE_NOOP("excel", "与第 {row} 行是同一条记录（ID {id}）")
NO_SUCH_ID = QT_TRANSLATE_NOOP("excel", "ID {id} 在程序中不存在（新增的行请把 ID 留空）")
ID_TWICE = QT_TRANSLATE_NOOP("excel", "ID {id} 与第 {row} 行重复")
MASKED_NEW = QT_TRANSLATE_NOOP("excel", "手机号带 *（已打码），新增的行请填写完整号码")
DUPLICATE = QT_TRANSLATE_NOOP("excel", "“{text}”与第 {row} 行重复")
FOREIGN_WORKBOOK = QT_TRANSLATE_NOOP("excel", "此工作簿不是本程序导出的（或导出记录已不在）：无法检查冲突，表中删除的行不会停用。")
NO_SHEETS = QT_TRANSLATE_NOOP("excel", "工作簿中没有可导入的工作表（可导入：{sheets}）")
NOT_ALLOWED = QT_TRANSLATE_NOOP("excel", "您无权导入这张表（需要“{permission}”权限）")
EXPORTING = QT_TRANSLATE_NOOP("excel", "正在导出：{sheet}")
IMPORTING = QT_TRANSLATE_NOOP("excel", "正在导入…")

ACTION_NAMES = {
    NEW: QT_TRANSLATE_NOOP("excel", "新增"),
    CHANGE: QT_TRANSLATE_NOOP("excel", "修改"),
    DEACTIVATE: QT_TRANSLATE_NOOP("excel", "停用"),
    CONFLICT: QT_TRANSLATE_NOOP("excel", "冲突"),
    ERROR: QT_TRANSLATE_NOOP("excel", "错误"),
    SAME: QT_TRANSLATE_NOOP("excel", "未变"),
}
WORKBOOK, PROGRAM = "workbook", "program"


# == export ========================================================================================
@dataclass
class ExportResult:
    path: Path
    token: str
    counts: dict[str, int]  # sheet title -> rows

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _program_digest(spec: S.SheetSpec, record) -> str:
    return V.digest([V.canonical(c.kind, c.getter()(record)) for c in spec.editable_columns])


def _spec_rows(spec: S.SheetSpec, ctx: S.ExportContext, prints: list | None):
    """The cell values of a sheet's rows; collects fingerprints for editable sheets."""
    getters = [c.getter() for c in spec.columns]
    phones = [i for i, c in enumerate(spec.columns) if c.kind == S.PHONE]
    owners = {i: spec.columns[i].owner for i in phones}
    editable = [i for i, c in enumerate(spec.columns) if c.editable]
    kinds = [c.kind for c in spec.columns]
    for record in spec.rows():
        row = [g(record) for g in getters]
        if prints is not None:
            program = V.digest([V.canonical(kinds[i], row[i]) for i in editable])
        for i in phones:
            owner = owners[i]
            row[i] = ctx.phone(row[i], owner(record) if owner else None)
        if prints is not None:
            sheet = V.digest([V.canonical(kinds[i], row[i]) for i in editable])
            prints.append((spec.key, row[0], program, sheet))
        yield row


def _sheet_data(spec: S.SheetSpec, ctx: S.ExportContext, prints: list | None) -> SheetData:

    return SheetData(
        title=tr(spec.title),
        headers=[tr(c.header) for c in spec.columns],
        rows=_spec_rows(spec, ctx, prints),
        money_columns=set(spec.money_columns),
        widths={i: c.width for i, c in enumerate(spec.columns) if c.width},
        number_formats={i: c.number_format for i, c in enumerate(spec.columns) if c.number_format},
        protect=spec.editable,
        locked_columns={i for i, c in enumerate(spec.columns) if not c.editable},
        validations={i: (c.choice_list() if c.kind == S.ENUM else ["是", "否"])
                     for i, c in enumerate(spec.columns)
                     if spec.editable and c.editable and c.kind in (S.ENUM, S.BOOL)},
    )


INFO_HEADERS = (QT_TRANSLATE_NOOP("excel", "工作表"), QT_TRANSLATE_NOOP("excel", "内容"),
                QT_TRANSLATE_NOOP("excel", "可否编辑"))
EDITABLE, READ_ONLY = QT_TRANSLATE_NOOP("excel", "可编辑"), QT_TRANSLATE_NOOP("excel", "只读")
INFO = {
    "title": QT_TRANSLATE_NOOP("excel", "案场助手 · 同步工作簿"),
    "exported": QT_TRANSLATE_NOOP("excel", "导出时间 {time}，导出人 {name}"),
    "phones": QT_TRANSLATE_NOOP("excel", "手机号"),
    "full": QT_TRANSLATE_NOOP("excel", "完整号码（经主管确认）"),
    "masked": QT_TRANSLATE_NOOP("excel", "已按导出人的权限打码"),
    "how": QT_TRANSLATE_NOOP("excel", "如何修改"),
    "how_text": QT_TRANSLATE_NOOP(
        "excel", "只有标为“可编辑”的工作表会被导入。按 ID 对应：ID 列已锁定，请勿修改；新增一行时 ID 留空；"
                 "ID 留空但名称（房号）与程序中在用的记录相同的行按那条记录处理，再次导入也不会重复新增；"
                 "删除整行或把“在用”改为“否”即停用（不会删除）。导入前会显示预览，确认后一次性全部生效或全部不生效。"),
    "conflicts": QT_TRANSLATE_NOOP("excel", "冲突"),
    "conflicts_text": QT_TRANSLATE_NOOP("excel", "导出后在程序中和在表格中都被改过的行会标为“冲突”，导入时逐行选择以哪边为准。"),
}


def _info_rows(specs: list[S.SheetSpec], session, full_phones: bool):
    yield [say(INFO["title"]), say(INFO["exported"], time=f"{now():%Y-%m-%d %H:%M}", name=session.name), ""]
    yield [say(INFO["phones"]), say(INFO["full"] if full_phones else INFO["masked"]), ""]
    yield [say(INFO["how"]), say(INFO["how_text"]), ""]
    yield [say(INFO["conflicts"]), say(INFO["conflicts_text"]), ""]
    yield ["", "", ""]
    for spec in specs:
        yield [tr(spec.title), tr(spec.description), say(EDITABLE if spec.editable else READ_ONLY)]


def export_workbook(session, target: Path | str, *, full_phones: bool = False, keys=None,
                    progress: Progress | None = None, reason: str = "manual") -> ExportResult:
    """Write the sync workbook (atomically) and remember what the editable sheets held."""
    session.require("export")
    if full_phones:
        session.require("phone.full")
    progress = progress or NO_PROGRESS
    target = Path(target)
    specs = sheets.sheets_for(session)
    if keys is not None:
        specs = [s for s in specs if s.key in set(keys)]
    ctx = S.ExportContext(session, full_phones)
    token = secrets.token_hex(12)
    wb = Workbook(write_only=True)
    write_sheet(wb, SheetData(INFO_SHEET, [say(h) for h in INFO_HEADERS], _info_rows(specs, session, full_phones),
                              widths={0: 16, 1: 90, 2: 10}))
    prints: list = []
    counts: dict[str, int] = {}
    done = 0
    try:
        for n, spec in enumerate(specs):
            progress.check()
            progress.report(n, len(specs), say(EXPORTING, sheet=tr(spec.title)))
            counts[tr(spec.title)] = write_sheet(wb, _sheet_data(spec, ctx, prints if spec.editable else None),
                                                 progress)
            done += counts[tr(spec.title)]
        sync = SheetData(SYNC_SHEET, ["token", token], [["exported_at", now().isoformat()]], hidden=True)
        write_sheet(wb, sync)
        _write_list_sheet(wb)
        progress.check()
    except BaseException:
        discard_workbook(wb)
        raise
    progress.report(len(specs), len(specs), tr("正在保存…"))
    path = save_atomically(wb, target)
    sync_exports.record_export(session, token=token, path=str(path), rows=done,
                               sheets=[s.key for s in specs if s.editable], reason=reason, prints=prints)
    # The token cell sits in the header row of the hidden sheet: see reader.sync_token.
    return ExportResult(path, token, counts)


# == import ========================================================================================
@dataclass
class Issue:
    sheet: str
    row: int | None
    column: str | None
    message: str

    def text(self) -> str:
        where = say(AT_SHEET, sheet=self.sheet) if self.sheet else ""
        if self.row:
            where += say(AT_ROW, row=self.row)
        if self.column:
            where += say(AT_COLUMN, column=self.column)
        return say(WHERE_WHAT, where=where.strip(), message=self.message) if where else self.message


@dataclass
class RowChange:
    sheet_key: str
    sheet_title: str
    row: int | None  # row number in the workbook; None for a removed row
    action: str
    record_id: int | None = None
    label: str = ""
    values: dict = field(default_factory=dict)  # typed workbook values of the editable columns
    changed: dict = field(default_factory=dict)  # key -> (program display, workbook display)
    program: dict = field(default_factory=dict)  # header -> display (side by side)
    workbook: dict = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    program_digest: str | None = None  # of the record when previewed (rechecked at apply)
    sheet_digest: str | None = None  # of the row's cells as read from the workbook
    choice: str | None = None  # conflicts: WORKBOOK or PROGRAM

    @property
    def action_name(self) -> str:
        return tr(ACTION_NAMES[self.action])

    def summary(self) -> str:
        if self.action == ERROR:
            return join((i.message for i in self.issues), SEMICOLON)
        if self.action in (CHANGE, CONFLICT):
            empty = say(EMPTY)
            return join((say(CHANGED, column=k, old=a or empty, new=b or empty)
                         for k, (a, b) in self.changed.items()), SEMICOLON)
        if self.action == NEW:
            return join((f"{k}={v}" for k, v in self.workbook.items() if v not in ("", None)), COMMA)
        if self.action == DEACTIVATE:
            return say(ROW_REMOVED) if self.row is None else say(SET_INACTIVE)
        return ""


@dataclass
class ImportPlan:
    path: Path
    export_id: int | None = None
    changes: list[RowChange] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)  # file- and sheet-level
    sheets: list[str] = field(default_factory=list)  # titles read
    notes: list[str] = field(default_factory=list)
    _records: dict = field(default_factory=dict, repr=False)  # sheet key -> records as read

    def counts(self) -> dict[str, int]:
        result = {k: 0 for k in (NEW, CHANGE, DEACTIVATE, CONFLICT, ERROR, SAME)}
        for c in self.changes:
            result[c.action] += 1
        return result

    @property
    def all_issues(self) -> list[Issue]:
        return self.issues + [i for c in self.changes for i in c.issues]

    @property
    def has_errors(self) -> bool:
        return bool(self.issues) or any(c.action == ERROR for c in self.changes)

    @property
    def conflicts(self) -> list[RowChange]:
        return [c for c in self.changes if c.action == CONFLICT]

    @property
    def unresolved(self) -> list[RowChange]:
        return [c for c in self.conflicts if c.choice not in (WORKBOOK, PROGRAM)]

    @property
    def deactivations(self) -> list[RowChange]:
        return [c for c in self.changes if c.action == DEACTIVATE]

    @property
    def pending(self) -> list[RowChange]:
        """What applying would do (conflicts only where the workbook was chosen)."""
        return [c for c in self.changes if c.action in (NEW, CHANGE, DEACTIVATE)
                or (c.action == CONFLICT and c.choice == WORKBOOK)]

    @property
    def visible_changes(self) -> list[RowChange]:
        return [c for c in self.changes if c.action != SAME]

    @property
    def nothing_to_do(self) -> bool:
        return not self.has_errors and not self.conflicts and not self.pending

    def summary(self) -> str:
        c = self.counts()
        return join((f"{tr(ACTION_NAMES[k])} {c[k]}" for k in (NEW, CHANGE, DEACTIVATE, CONFLICT, ERROR)), COMMA)


def _display(kind: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if kind == S.BOOL:
        return "是" if value else "否"
    if kind == S.MONEY:
        return f"{decimal.Decimal(str(value)):.2f}"
    if kind == S.DECIMAL:
        return V.canonical(kind, value)
    if kind == S.DATETIME and isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if kind == S.DATE and isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if kind == S.TIME and isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


class _SheetReader:
    """Reads one editable sheet of the workbook into RowChanges."""

    def __init__(self, session, spec: S.SheetSpec, plan: ImportPlan, export):
        self.session = session
        self.spec = spec
        self.plan = plan
        self.export = export
        self.title = tr(spec.title)
        self.ctx = S.ExportContext(session)
        self.choices = {c.key: c.choice_list() for c in spec.columns if c.kind == S.ENUM}
        self.editable = spec.editable_columns

    def issue(self, row, column, message) -> Issue:
        return Issue(self.title, row, column, message)

    def find_header(self, rows) -> tuple[int, dict[int, S.Col]] | None:
        wanted = {reader.normalize_header(tr(c.header)): c for c in self.spec.columns}
        wanted.update({reader.normalize_header(c.header): c for c in self.spec.columns})
        for number, values in rows:
            mapping = {}
            for i, v in enumerate(values or ()):
                col = wanted.get(reader.normalize_header(v))
                if col is not None and col not in mapping.values():
                    mapping[i] = col
            if len(mapping) >= max(2, (len(self.spec.columns) + 1) // 2) or (
                    mapping and all(c in mapping.values() for c in self.spec.editable_columns)):
                return number, mapping
            if number >= reader.HEADER_SCAN_ROWS:
                return None
        return None

    def read(self, wb, ws, progress: Progress) -> None:
        spec, imp = self.spec, self.spec.importer
        rows = reader.iter_rows(wb, ws, self.title)
        found = self.find_header(rows)
        if found is None:
            expected = join(tr(c.header) for c in spec.columns)
            self.plan.issues.append(self.issue(None, None, say(NO_HEADER, columns=expected)))
            return
        header_row, mapping = found
        present = set(mapping.values())
        id_col = spec.columns[0]
        missing = [tr(c.header) for c in [id_col] + spec.editable_columns if c not in present]
        if missing:
            self.plan.issues.append(self.issue(header_row, None, say(MISSING_COLUMNS, columns=join(missing))))
            return
        records = imp.records()
        self.plan._records[spec.key] = records
        self.by_natural = self.natural_index(records)
        prints: dict[int, Any] = {}
        if self.export is not None:
            prints = sync_exports.fingerprints(self.export.id, spec.key)
        seen_ids: dict[int, int] = {}
        unique_seen: dict[tuple[str, str], int] = {}
        data_rows = 0
        id_index = next(i for i, c in mapping.items() if c is id_col)
        self.cells = [(i, c, c.kind, self.choices.get(c.key), tr(c.header)) for i, c in mapping.items() if c.editable]
        for number, raw in rows:
            if not raw or all(V.blank(v) for v in raw):
                continue
            data_rows += 1
            if data_rows % 500 == 0:
                progress.check()
                progress.report(data_rows, 0, self.title)
            change = self.read_row(number, raw, mapping, id_index, records, prints, seen_ids, unique_seen)
            if change is not None:
                self.plan.changes.append(change)
        if data_rows == 0:
            if self.export is not None and not prints:
                return  # exported empty, still empty: nothing to do
            self.plan.issues.append(self.issue(None, None, say(NO_ROWS)))
            return
        # Rows removed from the sheet: exported then, not in the workbook now, still active.
        for rid, _fp in prints.items():
            record = records.get(rid)
            if rid in seen_ids or record is None or not imp.is_active(record):
                continue
            self.plan.changes.append(RowChange(
                spec.key, self.title, None, DEACTIVATE, rid, self.label_of(record), {},
                program=self.program_display(record), program_digest=_program_digest(spec, record)))

    def natural_key(self, value_of) -> tuple[str, ...] | None:
        """A record's or a row's natural key (None when a part of it is blank)."""
        parts = tuple(V.canonical(self.spec.column(k).kind, value_of(k)).casefold()
                      for k in self.spec.importer.natural)
        return parts if parts and all(parts) else None

    def natural_index(self, records: dict) -> dict[tuple[str, ...], list]:
        """Records in use by natural key (a new row may bring back the name of a retired one)."""
        index: dict[tuple[str, ...], list] = {}
        is_active = self.spec.importer.is_active
        for record in records.values():
            if not is_active(record):
                continue
            key = self.natural_key(lambda k: self.spec.column(k).getter()(record))
            if key is not None:
                index.setdefault(key, []).append(record)
        return index

    def natural_match(self, number, values, seen_ids, issues):
        """The record a row without ID names by its natural key (a row imported before, or typed
        in again), so that importing it again does not add a twin; None when it names none."""
        key = self.natural_key(values.get)
        found = self.by_natural.get(key, []) if key is not None else []
        if len(found) > 1:
            ids = join(r.id for r in found)
            issues.append(self.issue(number, "ID", say(TWINS,
                                                       ids=ids)))
            return None
        if not found:
            return None
        record = found[0]
        if record.id in seen_ids:
            issues.append(self.issue(number, "ID", say(SAME_AS_ROW,
                                                       row=seen_ids[record.id], id=record.id)))
            return None
        seen_ids[record.id] = number
        return record

    def label_of(self, record) -> str:
        for c in self.spec.columns:
            if c.kind == S.TEXT and c.key in ("name", "title", "label"):
                return str(c.getter()(record) or "")
        for c in self.spec.editable_columns:
            if c.kind == S.TEXT:
                return str(c.getter()(record) or "")
        return ""

    def program_display(self, record) -> dict:
        out = {}
        for c in self.spec.editable_columns:
            value = c.getter()(record)
            if c.kind == S.PHONE:
                value = self.ctx.phone(value, c.owner(record) if c.owner else None)
            out[tr(c.header)] = _display(c.kind, value)
        return out

    def read_row(self, number, raw, mapping, id_index, records, prints, seen_ids, unique_seen):
        spec = self.spec
        issues: list[Issue] = []
        values: dict[str, Any] = {}
        sheet_canon: dict[str, str] = {}
        record_id = None
        try:
            record_id = V.read_cell(spec.columns[0], raw[id_index] if id_index < len(raw) else None)
        except V.CellError as exc:
            issues.append(self.issue(number, tr(spec.columns[0].header), message_of(exc)))
        record = None
        if record_id is not None:
            record = records.get(record_id)
            if record is None:
                issues.append(self.issue(number, "ID", say(NO_SUCH_ID, id=record_id)))
            elif record_id in seen_ids:
                issues.append(self.issue(number, "ID", say(ID_TWICE, id=record_id,
                                                           row=seen_ids[record_id])))
            else:
                seen_ids[record_id] = number
        read_cell, canonical, width = V.read_cell, V.canonical, len(raw)
        for i, col, kind, choices, header in self.cells:
            cell = raw[i] if i < width else None
            try:
                value = read_cell(col, cell, choices)
            except V.CellError as exc:
                issues.append(self.issue(number, header, message_of(exc)))
                continue
            sheet_canon[col.key] = canonical(kind, value)
            if kind == S.PHONE and value and "*" in value:
                if record is None:
                    issues.append(self.issue(number, header, say(MASKED_NEW)))
                    continue
                value = col.getter()(record)  # a masked number left as exported: unchanged
            values[col.key] = value
        for key in spec.importer.unique if spec.importer else ():
            text = V.canonical(spec.column(key).kind, values.get(key))
            if text:
                first = unique_seen.get((key, text.lower()))
                if first is not None:
                    issues.append(self.issue(number, tr(spec.column(key).header),
                                             say(DUPLICATE, text=text, row=first)))
                else:
                    unique_seen[(key, text.lower())] = number
        if record_id is None and not issues and spec.importer and spec.importer.natural:
            record = self.natural_match(number, values, seen_ids, issues)
            if record is not None:
                record_id = record.id
                for col in self.editable:  # what the row leaves blank stays as the program has it
                    if V.blank(values.get(col.key)):
                        values[col.key] = col.getter()(record)
                        sheet_canon[col.key] = V.canonical(col.kind, values[col.key])
        if spec.importer and spec.importer.check and not issues:
            for key, message in spec.importer.check(values, record):
                issues.append(self.issue(number, tr(spec.column(key).header) if key else None, say(message)))
        sheet_digest = V.digest([sheet_canon.get(c.key, "") for c in self.editable]) if not issues else None
        fp = prints.get(record_id) if record is not None else None
        if fp is not None and sheet_digest == fp.sheet_digest:
            # The row stands as exported: whatever the program did since, nothing to import.
            return RowChange(spec.key, self.title, number, SAME, record_id, values=values, sheet_digest=sheet_digest)
        workbook_display = {tr(c.header): _display(c.kind, values.get(c.key)) for c in spec.editable_columns}
        for c in spec.editable_columns:
            if c.kind == S.PHONE and "*" in sheet_canon.get(c.key, ""):
                workbook_display[tr(c.header)] = sheet_canon[c.key]  # as it stands in the workbook
        if issues:
            return RowChange(spec.key, self.title, number, ERROR, record_id,
                             values.get("name") or (self.label_of(record) if record else ""),
                             values, workbook=workbook_display, issues=issues)
        if record is None:
            return RowChange(spec.key, self.title, number, NEW, None, str(values.get("name") or ""), values,
                             workbook=workbook_display)
        changed = {}
        for col in spec.editable_columns:
            old, new = col.getter()(record), values.get(col.key)
            if V.canonical(col.kind, old) != V.canonical(col.kind, new):
                shown_old = self.ctx.phone(old, col.owner(record) if col.owner else None) \
                    if col.kind == S.PHONE else old
                changed[tr(col.header)] = (_display(col.kind, shown_old), _display(col.kind, new))
        program_digest = _program_digest(spec, record)
        change = RowChange(spec.key, self.title, number, SAME, record_id, self.label_of(record), values,
                           changed, self.program_display(record), workbook_display,
                           program_digest=program_digest, sheet_digest=sheet_digest)
        if not changed:
            return change
        if fp is None:
            change.action = CHANGE  # no fingerprint: the workbook's values win
            return change
        workbook_changed = True  # its digest differs from the export's (checked above)
        program_changed = program_digest != fp.program_digest
        if workbook_changed and program_changed:
            change.action = CONFLICT
        elif workbook_changed:
            change.action = CHANGE
        # else: only the program changed since the export; the workbook is stale: keep the program
        return change


def plan_import(session, path: Path | str, progress: Progress | None = None) -> ImportPlan:
    """Read a workbook and work out each row's change. Changes nothing."""
    session.require("import")
    progress = progress or NO_PROGRESS
    path = Path(path)
    plan = ImportPlan(path)
    wb = reader.open_workbook(path)
    try:
        token = reader.sync_token(wb, SYNC_SHEET)
        export = sync_exports.export_with_token(token)
        if export is None:
            plan.notes.append(say(FOREIGN_WORKBOOK))
        else:
            plan.export_id = export.id
        specs = [s for s in sheets.sheets_for(session) if s.editable]
        titles = {tr(s.title): s for s in specs}
        titles.update({s.title: s for s in specs})
        found = [(name, titles[name]) for name in wb.sheetnames if name in titles]
        if not found:
            plan.issues.append(Issue("", None, None, say(NO_SHEETS,
                                                         sheets=join(tr(s.title) for s in specs))))
            return plan
        for n, (name, spec) in enumerate(found):
            progress.check()
            progress.report(n, len(found), tr(spec.title))
            before = len(plan.changes) + len(plan.issues)
            _SheetReader(session, spec, plan, export).read(wb, wb[name], progress)
            plan.sheets.append(name)
            has_work = any(c.sheet_key == spec.key and c.action != SAME for c in plan.changes)
            if has_work and not session.can(spec.importer.permission):
                permission = PERMISSIONS.get(spec.importer.permission, spec.importer.permission)
                plan.issues.append(Issue(tr(spec.title), None, None, say(NOT_ALLOWED,
                                                                         permission=translate("roles", permission))))
            del before
    finally:
        wb.close()
    if not plan.has_errors:
        _trial(session, plan, progress)
    return plan


class _Rollback(Exception):
    pass


def _trial(session, plan: ImportPlan, progress: Progress) -> None:
    """Try the changes in a transaction that is rolled back: the services' checks become row errors."""
    cache: dict[str, dict] = dict(plan._records)
    try:
        with database.atomic():
            for n, change in enumerate(plan.changes):
                if change.action not in (NEW, CHANGE, DEACTIVATE, CONFLICT):
                    continue
                if n % 200 == 0:
                    progress.check()
                try:
                    with database.atomic():
                        _apply_one(session, change, cache)
                except DeskError as exc:
                    change.issues.append(Issue(change.sheet_title, change.row, None, message_of(exc)))
                    change.action = ERROR
            raise _Rollback()
    except _Rollback:
        pass


def _records(spec: S.SheetSpec, cache: dict) -> dict:
    """A sheet's records as they were before this import (each row is applied once)."""
    if spec.key not in cache:
        cache[spec.key] = spec.importer.records()
    return cache[spec.key]


def _reload(record):
    model = type(record)
    return model.get_or_none(model._meta.primary_key == record._pk) if record is not None else None


def _apply_one(session, change: RowChange, cache: dict):
    spec = sheets.sheet(change.sheet_key)
    imp = spec.importer
    if change.action == NEW:
        return imp.create(session, dict(change.values))
    record = _records(spec, cache).get(change.record_id) if change.record_id else None
    if record is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "ID {id} 在程序中不存在"), id=change.record_id)
    if change.action == DEACTIVATE:
        return imp.deactivate(session, record)
    changed = {c.key: change.values.get(c.key) for c in spec.editable_columns
               if V.canonical(c.kind, c.getter()(record)) != V.canonical(c.kind, change.values.get(c.key))}
    if changed:
        imp.update(session, record, changed)
    return record


@dataclass
class ApplyResult:
    counts: dict[str, int]

    def summary(self) -> str:
        return join((f"{tr(ACTION_NAMES[k])} {n}" for k, n in self.counts.items() if n), COMMA)


class ImportRefused(ValidationError):
    pass


def apply_import(session, plan: ImportPlan, *, confirm_deactivate: bool = False,
                 progress: Progress | None = None) -> ApplyResult:
    """Apply a plan in one transaction: everything or nothing."""
    session.require("import")
    progress = progress or NO_PROGRESS
    if plan.has_errors:
        raise ImportRefused(QT_TRANSLATE_NOOP("desk", "还有 {n} 处错误，未导入任何内容"), n=len(plan.all_issues))
    if plan.unresolved:
        raise ImportRefused(QT_TRANSLATE_NOOP("desk", "还有 {n} 个冲突未选择以哪边为准，未导入任何内容"),
                            n=len(plan.unresolved))
    if plan.deactivations and not confirm_deactivate:
        raise ImportRefused(QT_TRANSLATE_NOOP("desk", "有 {n} 行将被停用，请先确认"), n=len(plan.deactivations))
    work = plan.pending
    counts = {NEW: 0, CHANGE: 0, DEACTIVATE: 0}
    cache: dict[str, dict] = {}
    with database.atomic():
        for n, change in enumerate(work):
            if n % 200 == 0:
                progress.check()
                progress.report(n, len(work), say(IMPORTING))
            spec = sheets.sheet(change.sheet_key)
            if change.record_id is not None:
                record = _records(spec, cache).get(change.record_id)
                if record is None or _program_digest(spec, record) != change.program_digest:
                    raise ImportRefused(QT_TRANSLATE_NOOP(
                        "desk", "预览之后程序中的数据又有改动（工作表“{sheet}”第 {row} 行），请重新预览"),
                        sheet=change.sheet_title, row=change.row or "-")
            try:
                record = _apply_one(session, change, cache)
            except DeskError as exc:
                where = (say(AT_SHEET, sheet=change.sheet_title) + (
                    say(AT_ROW, row=change.row) if change.row else f"ID {change.record_id}")).strip()
                raise ImportRefused(QT_TRANSLATE_NOOP("desk", "{where}：{reason}（未导入任何内容）"),
                                    where=where, reason=message_of(exc)) from exc
            counts[CHANGE if change.action == CONFLICT else change.action] += 1
            if plan.export_id and change.record_id is not None and change.action != DEACTIVATE:
                _refresh_fingerprint(plan.export_id, spec, change, record)
        progress.check()  # a cancel before the commit leaves nothing applied
    return ApplyResult(counts)


def _refresh_fingerprint(export_id: int, spec: S.SheetSpec, change: RowChange, record) -> None:
    """After applying a workbook row, the workbook and the program agree on it."""
    record = _reload(record) or record
    sync_exports.refresh_fingerprint(export_id, spec.key, change.record_id, _program_digest(spec, record),
                                     change.sheet_digest or "")
