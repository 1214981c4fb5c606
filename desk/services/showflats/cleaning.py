"""Cleaning tasks (保洁) per area with a frequency, and the journal of tasks done.

Frequencies follow the sales-center rules: floors, handrails, sills and public fittings daily;
ceilings, lamps and glass weekly; parts above 2 m every half month; marble care monthly.

A task belongs to periods: a day, an ISO week (Monday–Sunday), a half month (1st–15th,
16th–end) or a calendar month. It is *due* when nothing was done in the current period, and
*overdue* when it was already due before the current period began (a whole period missed).
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from desk.clock import now
from desk.db.base import db, publish, retrying
from desk.db.core import Staff
from desk.db.showflats import CleaningRecord, CleaningTask
from desk.services.core import audit, inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.session import Session
from desk.services.showflats.flats import get_flat

FREQUENCIES: dict[str, str] = {
    "daily": QT_TRANSLATE_NOOP("showflats", "每天"),
    "weekly": QT_TRANSLATE_NOOP("showflats", "每周"),
    "half_monthly": QT_TRANSLATE_NOOP("showflats", "每半月"),
    "monthly": QT_TRANSLATE_NOOP("showflats", "每月"),
}

# icon keys the cleaner page knows how to draw
ICONS = ("floor", "rail", "window", "glass", "lamp", "ceiling", "high", "marble", "toilet", "table", "sofa")
# What each picture shows, as the supervisor picks it for a task.
ICON_NAMES = {
    "floor": QT_TRANSLATE_NOOP("showflats", "地面"), "rail": QT_TRANSLATE_NOOP("showflats", "扶手、楼梯"),
    "window": QT_TRANSLATE_NOOP("showflats", "门窗"), "glass": QT_TRANSLATE_NOOP("showflats", "玻璃"),
    "lamp": QT_TRANSLATE_NOOP("showflats", "灯具"), "ceiling": QT_TRANSLATE_NOOP("showflats", "天花"),
    "high": QT_TRANSLATE_NOOP("showflats", "高处（2 米以上）"), "marble": QT_TRANSLATE_NOOP("showflats", "石材养护"),
    "toilet": QT_TRANSLATE_NOOP("showflats", "洗手间"), "table": QT_TRANSLATE_NOOP("showflats", "桌面、台面"),
    "sofa": QT_TRANSLATE_NOOP("showflats", "沙发、家具"),
}


def period_start(frequency: str, day: dt.date) -> dt.date:
    if frequency == "daily":
        return day
    if frequency == "weekly":
        return day - dt.timedelta(days=day.weekday())
    if frequency == "half_monthly":
        return day.replace(day=1 if day.day <= 15 else 16)
    if frequency == "monthly":
        return day.replace(day=1)
    raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的频率：{value}"), value=frequency)


def next_period_start(frequency: str, day: dt.date) -> dt.date:
    start = period_start(frequency, day)
    if frequency == "daily":
        return start + dt.timedelta(days=1)
    if frequency == "weekly":
        return start + dt.timedelta(days=7)
    last = calendar.monthrange(start.year, start.month)[1]
    if frequency == "half_monthly" and start.day == 1:
        return start.replace(day=16)
    return start.replace(day=last) + dt.timedelta(days=1)


def due_date(frequency: str, last_done: dt.date | None, created: dt.date) -> dt.date:
    """The day a task becomes due: the start of the period after the one it was last done in
    (or the day it was created, when never done)."""
    if last_done is None:
        return created
    return next_period_start(frequency, last_done)


@dataclass
class TaskState:
    task: CleaningTask
    last_done: dt.date | None
    due: dt.date
    overdue: bool

    @property
    def frequency_text(self) -> str:
        return FREQUENCIES[self.task.frequency]


def _last_done() -> dict[int, dt.date]:
    """Last day each task was done, honouring corrections (an undone record cancels)."""
    cancelled = CleaningRecord.select(CleaningRecord.corrects).where(CleaningRecord.corrects.is_null(False))
    rows = (CleaningRecord.select(CleaningRecord.task, fn.MAX(CleaningRecord.day))
            .where((CleaningRecord.done == True) & CleaningRecord.id.not_in(cancelled))  # noqa: E712
            .group_by(CleaningRecord.task).tuples())
    return {task_id: day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)) for task_id, day in rows}


def task_states(area: str | None = None, day: dt.date | None = None) -> list[TaskState]:
    day = inputs.day(day or now().date(), "日期")
    query = CleaningTask.select().where(CleaningTask.active == True).order_by(  # noqa: E712
        CleaningTask.area, CleaningTask.sort, CleaningTask.id)
    if area:
        query = query.where(CleaningTask.area == area)
    last = _last_done()
    result = []
    for task in query:
        done = last.get(task.id)
        due = due_date(task.frequency, done, task.created_at.date())
        result.append(TaskState(task, done, due, due < period_start(task.frequency, day)))
    return result


def tasks_due(area: str | None = None, day: dt.date | None = None) -> list[TaskState]:
    """Tasks due on ``day`` (nothing done in their current period), overdue ones first."""
    day = inputs.day(day or now().date(), "日期")
    due = [s for s in task_states(area, day) if s.due <= day]
    due.sort(key=lambda s: (not s.overdue, s.task.area, s.task.sort, s.task.id))
    return due


def tasks_overdue(area: str | None = None, day: dt.date | None = None) -> list[TaskState]:
    return [s for s in tasks_due(area, day) if s.overdue]


def areas() -> list[str]:
    return [t.area for t in CleaningTask.select(CleaningTask.area).where(CleaningTask.active == True)  # noqa: E712
            .distinct().order_by(CleaningTask.area)]


@retrying
def add_task(session: Session, area: str, name: str, frequency: str, *, icon: str = "",
             flat_id: int | None = None, created: dt.datetime | None = None) -> CleaningTask:
    session.require("showflat.manage")
    area = inputs.text(area, "区域", limit=20)
    name = inputs.text(name, "任务名称", limit=inputs.LABEL_LIMIT)
    if not area or not name:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "区域和任务名称都不能为空"))
    if frequency not in FREQUENCIES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的频率：{value}"), value=inputs.clean(frequency)[:20])
    created = inputs.moment(created, "建立时间", default=now())
    with db.atomic():
        if flat_id is not None:
            get_flat(flat_id)
        sort = CleaningTask.select().where(CleaningTask.area == area).count()
        task = CleaningTask.create(area=area, name=name, frequency=frequency, icon=icon if icon in ICONS else "",
                                   flat=flat_id, sort=sort, created_at=created)
        audit.record(session, "create", "cleaning_task", task.id, after=audit.snapshot(task))
    return task


@retrying
def record_done(session: Session, task_ids: list[int], *, day: dt.date | None = None,
                note: str = "", at: dt.datetime | None = None) -> list[CleaningRecord]:
    """The signed-in (or PIN-signed) cleaner did these tasks."""
    session.require("showflat.clean")
    ids = list(dict.fromkeys(inputs.integer(t, "任务", minimum=1) for t in task_ids or ()))
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请先选择完成的任务"))
    at = inputs.moment(at, "完成时间", default=now())
    day = inputs.day(day or at.date(), "日期")
    note = inputs.note(note, "备注")
    with db.atomic():
        found = {t.id for t in CleaningTask.select(CleaningTask.id).where(CleaningTask.id.in_(ids))}
        if len(found) != len(ids):
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到保洁任务"))
        records = [CleaningRecord.create(task=t, day=day, at=at, staff=session.staff_id, note=note)
                   for t in ids]
        publish("cleaning", record_id=records[0].id)
        audit.record(session, "create", "cleaning_record", records[0].id,
                     after={"tasks": ids, "day": day.isoformat()})
    return records


@retrying
def undo_record(session: Session, record_id: int, reason: str) -> CleaningRecord:
    """A correction: a new record that cancels one done by mistake."""
    session.require("showflat.clean")
    reason = inputs.note(reason, "更正原因")
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请说明更正原因"))
    with db.atomic():
        original = CleaningRecord.get_or_none(CleaningRecord.id == record_id)
        if original is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到保洁记录"))
        if not original.done or original.corrections.exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "这条保洁记录已撤销（或本身是更正记录）"))
        record = CleaningRecord.create(task=original.task_id, day=original.day, staff=session.staff_id,
                                       done=False, note=reason, corrects=original)
        audit.record(session, "correct", "cleaning_record", record.id, after=audit.snapshot(record))
        publish("cleaning", record_id=record.id)
    return record


@retrying
def undo_records(session: Session, record_ids: list[int], reason: str) -> list[CleaningRecord]:
    """Cancel several records together (all or none): the cleaner's 撤销 right after signing."""
    with db.atomic():
        return [undo_record(session, record_id, reason) for record_id in record_ids or ()]


def records(day: dt.date | None = None, area: str | None = None, *, since: dt.date | None = None):
    """The journal, newest first (with task and staff): one day, or every day since ``since``."""
    query = (CleaningRecord.select(CleaningRecord, CleaningTask, Staff).join(CleaningTask)
             .switch(CleaningRecord).join(Staff, JOIN.LEFT_OUTER)
             .order_by(CleaningRecord.at.desc(), CleaningRecord.id.desc()))
    if day:
        query = query.where(CleaningRecord.day == day)
    if since:
        query = query.where(CleaningRecord.day >= since)
    if area:
        query = query.where(CleaningTask.area == area)
    return query


def journal(since: dt.date) -> list[CleaningRecord]:
    """The records since a day, newest first, each with ``undone`` (a correction cancels it; a
    correction has the day of the record it cancels, so both are in the list)."""
    rows = list(records(since=since))
    cancelled = {r.corrects_id for r in rows if r.corrects_id}
    for r in rows:
        r.undone = r.id in cancelled
    return rows
