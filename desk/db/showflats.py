"""Show flats (样板间): flats, rooms, items, checks (journals of answers), incidents,
quantity changes confirmed by a supervisor, photos, cleaning tasks and the worker log."""
from __future__ import annotations

from peewee import (
    AutoField, BlobField, BooleanField, CharField, DateField, DateTimeField, DecimalField,
    ForeignKeyField, IntegerField, TextField,
)

from desk.clock import now
from desk.db.base import BaseModel
from desk.db.core import Staff


class Photo(BaseModel):
    """A photo already checked and scaled down (never stored raw beyond the limit)."""

    id = AutoField()
    data = BlobField()
    mime = CharField(default="image/jpeg")
    width = IntegerField()
    height = IntegerField()
    original_name = CharField(default="")
    taken_at = DateTimeField(default=now)
    staff = ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        table_name = "showflat_photo"


class Flat(BaseModel):
    id = AutoField()
    name = CharField(unique=True)  # A户型 128㎡
    note = TextField(default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    copied_from = ForeignKeyField("self", null=True, backref="copies")

    class Meta:
        table_name = "showflat"


class Room(BaseModel):
    id = AutoField()
    flat = ForeignKeyField(Flat, backref="rooms", on_delete="CASCADE")
    name = CharField()
    sort = IntegerField(default=0)

    class Meta:
        table_name = "showflat_room"
        indexes = ((("flat", "name"), True),)


class Item(BaseModel):
    id = AutoField()
    flat = ForeignKeyField(Flat, backref="items")
    room = ForeignKeyField(Room, backref="items")
    name = CharField()
    category = CharField()  # 家私 / 软装 / 电器 / 布草 / 饰品
    expected_qty = IntegerField(default=1)  # changed only through a confirmed QuantityChange
    value = DecimalField(max_digits=12, decimal_places=2, default=0)
    photo = ForeignKeyField(Photo, null=True, backref="+")
    note = TextField(default="")
    active = BooleanField(default=True)
    sort = IntegerField(default=0)
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "showflat_item"


class Check(BaseModel):
    """One check of a flat: after a group, handover, opening or closing."""

    id = AutoField()
    flat = ForeignKeyField(Flat, backref="checks")
    kind = CharField(index=True)  # after_group / handover / opening / closing
    started_at = DateTimeField(default=now, index=True)
    started_by = ForeignKeyField(Staff, null=True, backref="+")
    closed_at = DateTimeField(null=True)
    closed_by = ForeignKeyField(Staff, null=True, backref="+")
    group_ref = IntegerField(null=True)  # the reception visit, when the hall board starts it
    serial = CharField(default="")  # 巡检表 number (XJ-yyyymmdd-nnn) of opening/closing/handover checks
    note = TextField(default="")

    class Meta:
        table_name = "showflat_check"


class CheckAnswer(BaseModel):
    """A journal: the newest answer for (check, item) or (check, point) counts; corrections are
    new rows pointing at the answer they correct."""

    id = AutoField()
    check = ForeignKeyField(Check, backref="answers", on_delete="CASCADE")
    item = ForeignKeyField(Item, null=True, backref="answers")
    point = CharField(null=True)  # doors / aircon / audio / lighting / temperature / shoe_covers
    status = CharField()  # 正常 / 损坏 / 缺失 / 移位 (items), 正常 / 异常 (points)
    counted = IntegerField(null=True)
    reading = DecimalField(max_digits=6, decimal_places=1, null=True)  # temperature ℃
    note = TextField(default="")
    photo = ForeignKeyField(Photo, null=True, backref="+")
    at = DateTimeField(default=now, index=True)
    staff = ForeignKeyField(Staff, null=True, backref="+")
    corrects = ForeignKeyField("self", null=True, backref="corrections")

    class Meta:
        table_name = "showflat_check_answer"
        indexes = ((("check", "item"), False), (("item", "at"), False))


class Incident(BaseModel):
    """损坏 / 缺失 found in a check: 登记 → 已上报 → 已处理 → 关闭 (history in IncidentEvent)."""

    id = AutoField()
    flat = ForeignKeyField(Flat, backref="incidents")
    item = ForeignKeyField(Item, null=True, backref="incidents")
    check = ForeignKeyField(Check, null=True, backref="incidents")
    answer = ForeignKeyField(CheckAnswer, null=True, backref="incidents")
    kind = CharField()  # 损坏 / 缺失
    status = CharField(default="登记", index=True)
    proposed_qty = IntegerField(null=True)  # the count found, for the supervisor to confirm
    note = TextField(default="")
    photo = ForeignKeyField(Photo, null=True, backref="+")
    opened_at = DateTimeField(default=now, index=True)
    opened_by = ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        table_name = "showflat_incident"


class IncidentEvent(BaseModel):
    id = AutoField()
    incident = ForeignKeyField(Incident, backref="events", on_delete="CASCADE")
    status = CharField()
    note = TextField(default="")
    at = DateTimeField(default=now)
    staff = ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        table_name = "showflat_incident_event"


class QuantityChange(BaseModel):
    """The expected quantity of an item changes only here, confirmed by a supervisor."""

    id = AutoField()
    item = ForeignKeyField(Item, backref="quantity_changes")
    old_qty = IntegerField()
    new_qty = IntegerField()
    reason = TextField(default="")
    incident = ForeignKeyField(Incident, null=True, backref="quantity_changes")
    confirmed_by = ForeignKeyField(Staff, null=True, backref="+")
    at = DateTimeField(default=now)

    class Meta:
        table_name = "showflat_quantity_change"


class CleaningTask(BaseModel):
    id = AutoField()
    area = CharField(index=True)  # 大堂 / 洽谈区 / A户型 128㎡ ...
    flat = ForeignKeyField(Flat, null=True, backref="cleaning_tasks")
    name = CharField()
    frequency = CharField()  # daily / weekly / half_monthly / monthly
    icon = CharField(default="")  # a key of the cleaner page's icons
    active = BooleanField(default=True)
    sort = IntegerField(default=0)
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "cleaning_task"


class CleaningRecord(BaseModel):
    """A task done (journal). A correction is a new row with ``corrects`` and done=False."""

    id = AutoField()
    task = ForeignKeyField(CleaningTask, backref="records")
    day = DateField(index=True)
    at = DateTimeField(default=now)
    staff = ForeignKeyField(Staff, null=True, backref="+")
    done = BooleanField(default=True)
    note = TextField(default="")
    corrects = ForeignKeyField("self", null=True, backref="corrections")

    class Meta:
        table_name = "cleaning_record"


class WorkerVisit(BaseModel):
    """施工人员进出登记. Only the last 4 characters of the ID number are kept."""

    id = AutoField()
    name = CharField()
    company = CharField(default="")
    id_last4 = CharField(default="")
    purpose = CharField()
    flat = ForeignKeyField(Flat, null=True, backref="worker_visits")
    escort = ForeignKeyField(Staff, null=True, backref="+")
    time_in = DateTimeField(index=True)
    time_out = DateTimeField(null=True)
    registered_by = ForeignKeyField(Staff, null=True, backref="+")
    out_by = ForeignKeyField(Staff, null=True, backref="+")
    note = TextField(default="")

    class Meta:
        table_name = "worker_visit"


MODELS = [Photo, Flat, Room, Item, Check, CheckAnswer, Incident, IncidentEvent, QuantityChange,
          CleaningTask, CleaningRecord, WorkerVisit]
