"""Table models of the inspections: due rounds, templates and their items, rounds, incidents at any
place, work orders, the vehicle log, and ``RoundSheetModel``, the round being filled in (by keyboard
in ``RoundDialog``, by touch on the tablet page)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desk.services.core.errors import DeskError
from desk.services.core.permissions import ROLES
from desk.services.core.staff import staff_names
from desk.services.inspections import incidents, rounds, schedule, templates, vehicles, workorders
from desk.ui.models.base import Column, GridModel, ListTableModel, QueryTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
RED = QBrush(QColor("#b00020"))
GREEN = QBrush(QColor("#2e7d32"))
AMBER = QBrush(QColor("#fff1c2"))
PINK = QBrush(QColor("#fde0e0"))


def tr_in(text: str) -> str:
    return QCoreApplication.translate("inspections", text) if text else ""


def tr_role(role: str) -> str:
    return QCoreApplication.translate("roles", ROLES.get(role, role))


def schedule_words(template) -> str:
    return templates.schedule_text(template, QCoreApplication.translate)


STATE_COLORS = {schedule.OVERDUE: PINK, schedule.DUE: AMBER}


class DueRoundsModel(ListTableModel):
    """The rounds ``schedule.current`` lists for some roles (all: ``roles`` None)."""

    def __init__(self, parent=None):
        self.at = dt.datetime.now()
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("巡检"), lambda s: s.template.name),
            Column(self.tr("地点"), lambda s: s.place),
            Column(self.tr("应巡时间"), lambda s: s.due_at.strftime("%m-%d %H:%M")),
            Column(self.tr("状态"), lambda s: tr_in(schedule.STATES[s.state(self.at)]),
                   foreground=lambda s: RED if s.state(self.at) == schedule.OVERDUE else
                   (GREEN if s.state(self.at) == schedule.DONE else None),
                   background=lambda s: STATE_COLORS.get(s.state(self.at))),
            Column(self.tr("周期"), lambda s: schedule_words(s.template)),
            Column(self.tr("执行"), lambda s: tr_role(s.template.role)),
            Column(self.tr("项目数"), lambda s: len(templates.items(s.template.id)), RIGHT),
        ]

    def load(self, roles=None, at: dt.datetime | None = None) -> None:
        self.at = at or dt.datetime.now().replace(microsecond=0)
        self.set_rows(schedule.current(self.at, roles=roles))


class TemplatesModel(QueryTableModel):
    def __init__(self, parent=None):
        self.active_only = False
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("名称"), lambda t: t.name),
            Column(self.tr("地点"), lambda t: templates.place_text(t) if t.place_kind != "showflat" or t.flat_id
                   else tr_in("全部样板间")),
            Column(self.tr("周期"), schedule_words),
            Column(self.tr("执行"), lambda t: tr_role(t.role)),
            Column(self.tr("逾期宽限"), lambda t: self.tr("{n} 分钟").format(n=t.grace_minutes), RIGHT),
            Column(self.tr("交班前须完成"), lambda t: self.tr("是") if t.blocks_handover else ""),
            Column(self.tr("在用"), lambda t: self.tr("是") if t.active else self.tr("已停用"),
                   foreground=lambda t: None if t.active else RED),
        ]

    def query(self):
        return templates.templates(active_only=self.active_only)


def limits_text(item) -> str:
    if item.kind == "reading":
        low = "" if item.low is None else f"{item.low.normalize():f}"
        high = "" if item.high is None else f"{item.high.normalize():f}"
        return f"{low}–{high} {item.unit}".strip()
    if item.kind == "count":
        return QCoreApplication.translate("inspections", "应有 {n}").format(n=item.expected)
    if item.kind == "yesno":
        return QCoreApplication.translate("inspections", "正常答案：{answer}").format(answer=tr_in(item.normal_answer))
    return ""


class TemplateItemsModel(ListTableModel):
    """The active items of a template (``load``)."""

    def make_columns(self):
        return [
            Column(self.tr("区域/巡逻点"), lambda i: i.area),
            Column(self.tr("检查项目"), lambda i: i.label),
            Column(self.tr("答案类型"), lambda i: tr_in(templates.ANSWER_KINDS[i.kind])),
            Column(self.tr("标准"), limits_text),
            Column(self.tr("异常须"), lambda i: "、".join(
                w for w, on in ((self.tr("备注"), i.note_on_fail), (self.tr("照片"), i.photo_on_fail)) if on)),
            Column(self.tr("异常后续"), lambda i: tr_in(templates.ON_FAIL[i.on_fail])),
        ]

    def load(self, template_id: int | None) -> None:
        self.set_rows(templates.items(template_id) if template_id is not None else [])


class _NamedModel(QueryTableModel):
    """A grid that names people: ``_names`` (staff id -> name) read again at each refresh."""

    def __init__(self, parent=None):
        self._names: dict[int, str] = {}
        super().__init__(parent)

    def refresh(self):
        self._names = staff_names()
        super().refresh()


class RoundsModel(_NamedModel):
    def __init__(self, parent=None):
        self.template_id: int | None = None
        self._faults: dict[int, int] = {}
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("单号"), lambda r: r.serial),
            Column(self.tr("开始"), lambda r: r.started_at),
            Column(self.tr("巡检"), lambda r: r.template.name),
            Column(self.tr("地点"), lambda r: r.place),
            Column(self.tr("巡检人"), lambda r: self._names.get(r.started_by_id, "")),
            Column(self.tr("异常"), lambda r: self._faults.get(r.id, 0) or "", RIGHT,
                   foreground=lambda r: RED if self._faults.get(r.id) else None),
            Column(self.tr("结束"), lambda r: r.closed_at or self.tr("进行中")),
        ]

    def prepare(self, page) -> None:
        self._faults.update(rounds.fault_counts([r.id for r in page]))

    def query(self):
        return rounds.rounds(template_id=self.template_id)


class PlaceIncidentsModel(_NamedModel):
    def __init__(self, parent=None):
        self.open_only = True
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("编号"), lambda i: i.id, RIGHT),
            Column(self.tr("登记时间"), lambda i: i.opened_at),
            Column(self.tr("地点"), lambda i: i.place),
            Column(self.tr("项目"), lambda i: i.what),
            Column(self.tr("类型"), lambda i: tr_in(i.kind), foreground=lambda i: RED),
            Column(self.tr("状态"), lambda i: QCoreApplication.translate("showflats", i.status),
                   background=lambda i: AMBER if i.status == "登记" else None),
            Column(self.tr("说明"), lambda i: i.note),
            Column(self.tr("照片"), lambda i: self.tr("有") if i.photo_id else ""),
            Column(self.tr("来源"), lambda i: self.tr("巡检") if i.source == "round" else self.tr("报告")),
            Column(self.tr("登记人"), lambda i: self._names.get(i.opened_by_id, "")),
        ]

    def query(self):
        return incidents.incidents(open_only=self.open_only)


class WorkOrdersModel(_NamedModel):
    def __init__(self, parent=None):
        self.open_only = False
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("单号"), lambda o: o.number),
            Column(self.tr("报修时间"), lambda o: o.reported_at),
            Column(self.tr("地点"), lambda o: o.place),
            Column(self.tr("设施设备"), lambda o: o.asset),
            Column(self.tr("报修内容"), lambda o: o.description),
            Column(self.tr("报修人"), lambda o: self._names.get(o.reported_by_id, "")),
            Column(self.tr("状态"), lambda o: tr_in(workorders.STATUSES[o.status]),
                   foreground=lambda o: RED if workorders.is_overdue(o) and o.status in workorders.OPEN else None),
            Column(self.tr("维修人员"), lambda o: o.worker),
            Column(self.tr("完工时间"), lambda o: o.done_at or ""),
            Column(self.tr("费用（元）"), lambda o: o.cost if o.done_at else "", RIGHT),
            Column(self.tr("按时"), lambda o: "" if o.done_at is None else
                   (self.tr("是") if not workorders.is_overdue(o) else self.tr("超时")),
                   foreground=lambda o: RED if o.done_at and workorders.is_overdue(o) else None),
        ]

    def query(self):
        return workorders.orders(open_only=self.open_only)


class VehiclesModel(_NamedModel):
    def __init__(self, parent=None):
        self.day = None
        self.inside_only = False
        super().__init__(parent)

    def make_columns(self):
        return [
            Column(self.tr("车牌"), lambda v: v.plate),
            Column(self.tr("进场"), lambda v: v.time_in),
            Column(self.tr("离场"), lambda v: v.time_out or self.tr("在场"),
                   foreground=lambda v: None if v.time_out else GREEN),
            Column(self.tr("来人"), lambda v: v.driver),
            Column(self.tr("事由"), lambda v: tr_in(v.purpose)),
            Column(self.tr("客户"), lambda v: v.customer),
            Column(self.tr("登记人"), lambda v: self._names.get(v.registered_by_id, "")),
            Column(self.tr("备注"), lambda v: v.note),
        ]

    def query(self):
        return vehicles.entries(day=self.day, inside_only=self.inside_only)


# -- the round being filled in ------------------------------------------------------------------
@dataclass
class RoundLine:
    item: Any
    given: str | None = None  # 正常 / 异常 chosen (ok and note items; 异常 also marks a reading or count)
    value: str = ""  # a reading or a count as typed
    choice: str = ""  # yes/no: 是 / 否
    note: str = ""
    photo: Any = None  # a file path or bytes

    @property
    def kind(self) -> str:
        return self.item.kind

    def answered(self) -> bool:
        if self.kind in ("reading", "count"):
            return bool(self.value.strip())
        if self.kind == "yesno":
            return bool(self.choice)
        return self.given is not None

    def raw(self) -> dict:
        return dict(item=self.item.id, status=self.given or "", note=self.note, photo=self.photo,
                    reading=self.value if self.kind == "reading" else None,
                    counted=self.value if self.kind == "count" else None, choice=self.choice)

    def status(self) -> str | None:
        """正常 / 异常 as the service will judge it (None: unanswered or not readable yet)."""
        if not self.answered():
            return None
        try:
            return rounds.evaluate(self.item, self.raw())["status"]
        except DeskError:
            return None


class RoundSheetModel(GridModel):
    COL_AREA, COL_ITEM, COL_RESULT, COL_VALUE, COL_NOTE, COL_PHOTO = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = [self.tr("区域/巡逻点"), self.tr("检查项目及标准"), self.tr("结果"), self.tr("读数/数量"),
                        self.tr("备注"), self.tr("照片")]
        self.lines: list[RoundLine] = []

    def grid_rows(self) -> list:
        return self.lines

    def load(self, items) -> None:
        self.beginResetModel()
        self.lines = [RoundLine(item) for item in items]
        self.endResetModel()

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self.lines[index.row()]
        if index.column() == self.COL_NOTE or (index.column() == self.COL_VALUE and line.kind in ("reading", "count")):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def result_text(self, line: RoundLine) -> str:
        status = line.status()
        if status is None:
            return self.tr("未检查") if not line.answered() else self.tr("读数有误")
        if line.kind == "yesno":
            return f"{tr_in(line.choice)}（{tr_in(status)}）"
        return tr_in(status)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_AREA:
                return line.item.area
            if col == self.COL_ITEM:
                standard = limits_text(line.item)
                return f"{line.item.label}（{standard}）" if standard else line.item.label
            if col == self.COL_RESULT:
                return self.result_text(line)
            if col == self.COL_VALUE:
                if line.kind not in ("reading", "count"):
                    return ""
                if role == Qt.ItemDataRole.EditRole or not line.value:
                    return line.value
                return f"{line.value} {line.item.unit}".strip()
            if col == self.COL_NOTE:
                return line.note
            if col == self.COL_PHOTO:
                return self.tr("已附") if line.photo else ""
        status = line.status()
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_RESULT:
            return RED if status == rounds.FAULT else (GREEN if status == rounds.OK else None)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not line.answered():
                return AMBER
            if status == rounds.FAULT:
                return PINK
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_RESULT, self.COL_VALUE):
            return int(CENTER)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line = self.lines[index.row()]
        if index.column() == self.COL_VALUE and line.kind in ("reading", "count"):
            line.value = str(value).strip()
        elif index.column() == self.COL_NOTE:
            line.note = str(value).strip()
        else:
            return False
        self.changed(index.row())
        return True

    def mark(self, row: int, status: str) -> None:
        """1 正常 / 2 异常: an ok or note item takes it; a yes/no item its normal answer or the other;
        a reading or count is marked 异常 (or cleared back to its value's verdict)."""
        line = self.lines[row]
        if line.kind == "yesno":
            other = templates.NO if line.item.normal_answer == templates.YES else templates.YES
            line.choice = line.item.normal_answer if status == rounds.OK else other
        elif line.kind in ("reading", "count"):
            line.given = rounds.FAULT if status == rounds.FAULT else None
            if status == rounds.OK and line.kind == "count" and not line.value:
                line.value = str(line.item.expected)
        else:
            line.given = status
        self.changed(row)

    def set_value(self, row: int, value: str) -> None:
        self.lines[row].value = value.strip()
        self.changed(row)

    def set_note(self, row: int, note: str) -> None:
        self.lines[row].note = note.strip()
        self.changed(row)

    def set_photo(self, row: int, photo) -> None:
        self.lines[row].photo = photo
        self.changed(row)

    def mark_rest_ok(self) -> int:
        """全部正常: what may be answered without reading a gauge (a count as expected)."""
        n = 0
        for row, line in enumerate(self.lines):
            if line.answered() or line.kind not in rounds.DEFAULTABLE:
                continue
            self.mark(row, rounds.OK)
            n += 1
        return n

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def unanswered(self) -> list[int]:
        return [row for row, line in enumerate(self.lines) if not line.answered()]

    def answers(self) -> list[dict]:
        return [line.raw() for line in self.lines if line.answered()]
