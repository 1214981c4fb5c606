"""Inspections (巡检): templates a site edits (items, answer kinds, schedule, role), the rounds done
with them and their answers (a journal), incidents at any place, the hall's own work orders
(工程维修单) and the guard's vehicle log (车辆登记).

Migration step 9 creates these tables, ships the first templates (the show flats' opening and
closing checks, the guard's night patrol, the hall's opening and closing checks, the bar's hygiene
check, the hall's display items) and moves every past show-flat opening/closing check into rounds.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import (
    AutoField, BooleanField, CharField, DateTimeField, DecimalField, ForeignKeyField, IntegerField, TextField,
)

from desk.clock import now
from desk.db.base import BaseModel
from desk.db.core import Staff
from desk.db.showflats import Check, CheckAnswer, Flat, Incident, Photo


class Template(BaseModel):
    """巡检模板: where it applies, when it is due, who does it."""

    id = AutoField()
    code = CharField(default="", index=True)  # a shipped template's key (showflat_opening …); "" for a site's own
    name = CharField(unique=True)
    place_kind = CharField()  # showflat / hall / bar / carpark / route / other
    place = CharField(default="")  # 销售大厅, 停车场, 夜间巡逻路线 …; "" with a show flat
    flat = ForeignKeyField(Flat, null=True, backref="+")  # one show flat; None with showflat: every flat
    schedule = CharField()  # opening / closing / hourly / daily / weekly / monthly
    every_hours = IntegerField(default=1)  # hourly
    at_time = CharField(default="09:00")  # HH:MM: when due (hourly: the first round)
    until_time = CharField(default="")  # hourly: the window's end (may pass midnight); "" all day
    weekday = IntegerField(default=1)  # weekly: 1 Monday … 7 Sunday
    month_day = IntegerField(default=1)  # monthly: 1 … 31 (the month's last day when shorter)
    grace_minutes = IntegerField(default=30)  # overdue this long after it is due
    role = CharField()  # who does it (a role key)
    blocks_handover = BooleanField(default=False)
    active = BooleanField(default=True)
    sort = IntegerField(default=0)
    note = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "inspection_template"


class TemplateItem(BaseModel):
    """One line of a template: what to look at, how it is answered, what a failure needs."""

    id = AutoField()
    template = ForeignKeyField(Template, backref="items")
    sort = IntegerField(default=0)
    area = CharField(default="")  # 区域 or 巡逻点
    label = CharField()  # 检查项目及标准
    kind = CharField(default="ok")  # ok / reading / count / yesno / note
    low = DecimalField(max_digits=10, decimal_places=2, null=True)  # reading limits
    high = DecimalField(max_digits=10, decimal_places=2, null=True)
    unit = CharField(default="")
    expected = IntegerField(null=True)  # count: how many should be there
    normal_answer = CharField(default="是")  # yesno: the answer that is 正常
    note_on_fail = BooleanField(default=True)
    photo_on_fail = BooleanField(default=False)
    on_fail = CharField(default="incident")  # incident / work_order / none
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    legacy_point = CharField(default="")  # the show-flat check point it took over (doors, aircon …)

    class Meta:
        table_name = "inspection_template_item"


class Round(BaseModel):
    """One round done with a template (at one show flat when the template is for every flat)."""

    id = AutoField()
    template = ForeignKeyField(Template, backref="rounds")
    flat = ForeignKeyField(Flat, null=True, backref="+")
    place = CharField(default="")  # where, as it read then
    started_at = DateTimeField(default=now, index=True)
    started_by = ForeignKeyField(Staff, null=True, backref="+")
    closed_at = DateTimeField(null=True, index=True)
    closed_by = ForeignKeyField(Staff, null=True, backref="+")
    serial = CharField(default="")  # 巡检表 number XJ-yyyymmdd-nnn
    note = TextField(default="")
    legacy_check = IntegerField(null=True)  # the show-flat check it was moved from (step 9)

    class Meta:
        table_name = "inspection_round"
        indexes = ((("template", "started_at"), False),)


class RoundAnswer(BaseModel):
    """A journal: the newest answer for (round, item) counts; a correction points at what it corrects."""

    id = AutoField()
    round = ForeignKeyField(Round, backref="answers")
    item = ForeignKeyField(TemplateItem, backref="answers")
    status = CharField()  # 正常 / 异常
    reading = DecimalField(max_digits=10, decimal_places=2, null=True)
    counted = IntegerField(null=True)
    choice = CharField(default="")  # yesno: 是 / 否
    note = TextField(default="")
    photo = ForeignKeyField(Photo, null=True, backref="+")
    at = DateTimeField(default=now, index=True)
    staff = ForeignKeyField(Staff, null=True, backref="+")
    corrects = ForeignKeyField("self", null=True, backref="corrections")
    legacy_answer = IntegerField(null=True)  # the show-flat check answer it was moved from

    class Meta:
        table_name = "inspection_answer"
        indexes = ((("round", "item"), False),)


class WorkOrder(BaseModel):
    """工程维修单: a repair of the sales center's own facilities (no owner's flat):
    报修 → 派工 → 完工 → 验收."""

    id = AutoField()
    number = CharField(unique=True)  # GC20261123-001
    place = CharField()
    asset = CharField(default="")  # the thing to repair (空调 3 号机, 洽谈区吊灯 …)
    description = TextField()
    status = CharField(default="reported", index=True)  # reported / dispatched / done / accepted
    reported_at = DateTimeField(default=now, index=True)
    reported_by = ForeignKeyField(Staff, null=True, backref="+")
    due_at = DateTimeField()
    worker = CharField(default="")  # who fixes it (工程部 / an outside company)
    dispatched_at = DateTimeField(null=True)
    dispatched_by = ForeignKeyField(Staff, null=True, backref="+")
    done_at = DateTimeField(null=True, index=True)
    cost = DecimalField(max_digits=12, decimal_places=2, default=Decimal("0"))
    materials = TextField(default="")
    done_note = TextField(default="")
    accepted_at = DateTimeField(null=True)
    accepted_by = ForeignKeyField(Staff, null=True, backref="+")
    accept_note = TextField(default="")
    answer = ForeignKeyField(RoundAnswer, null=True, backref="work_orders")  # the failed round item it came from

    class Meta:
        table_name = "work_order"


class PlaceIncident(BaseModel):
    """事件 at any place (a failed round item, a cleaner's report): 登记 → 已上报 → 已处理 → 关闭,
    the show-flat incident flow. History in PlaceIncidentEvent."""

    id = AutoField()
    place = CharField()
    flat = ForeignKeyField(Flat, null=True, backref="+")
    what = CharField()  # the item or thing
    kind = CharField()  # 异常 / 损坏 / 缺失
    status = CharField(default="登记", index=True)
    note = TextField(default="")
    photo = ForeignKeyField(Photo, null=True, backref="+")
    round = ForeignKeyField(Round, null=True, backref="incidents")
    answer = ForeignKeyField(RoundAnswer, null=True, backref="incidents")
    work_order = ForeignKeyField(WorkOrder, null=True, backref="incidents")
    source = CharField(default="round")  # round / report
    opened_at = DateTimeField(default=now, index=True)
    opened_by = ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        table_name = "place_incident"


class PlaceIncidentEvent(BaseModel):
    id = AutoField()
    incident = ForeignKeyField(PlaceIncident, backref="events")
    status = CharField()
    note = TextField(default="")
    at = DateTimeField(default=now)
    staff = ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        table_name = "place_incident_event"


class VehicleEntry(BaseModel):
    """车辆登记: a vehicle in and out of the car park, who came and for which customer."""

    id = AutoField()
    plate = CharField(index=True)
    driver = CharField(default="")  # who: 张先生, 顺丰快递 …
    purpose = CharField(default="")  # 看房 / 送货 / 施工 / 办事 / 其他
    customer = CharField(default="")  # for which customer (看房客户, as the guard heard or the visit says)
    visit_id = IntegerField(null=True)  # the reception visit the plate matched
    time_in = DateTimeField(index=True)
    time_out = DateTimeField(null=True)
    registered_by = ForeignKeyField(Staff, null=True, backref="+")
    out_by = ForeignKeyField(Staff, null=True, backref="+")
    note = TextField(default="")

    class Meta:
        table_name = "vehicle_entry"


MODELS = [Template, TemplateItem, Round, RoundAnswer, WorkOrder, PlaceIncident, PlaceIncidentEvent, VehicleEntry]


# -- step 9: the first templates and the show flats' past opening/closing checks ---------------------
# The show-flat check points fixed in code before step 9, in order, with their labels.
LEGACY_POINTS = [("doors", "门窗"), ("aircon", "空调"), ("audio", "音响"), ("lighting", "灯光"),
                 ("temperature", "室温"), ("shoe_covers", "鞋套备足")]

# (area, label, kind, extra) of the shipped templates; extra: low/high/unit/expected/normal_answer/
# photo_on_fail/on_fail.
_SHOWFLAT_EXTRA = [
    ("全屋", "植物生长旺盛，无枯叶", "ok", {}),
    ("全屋", "房间无蚊虫", "ok", {}),
    ("电梯", "看楼电梯运行正常", "ok", {"on_fail": "work_order"}),
    ("卧室", "床品、窗帘等布草干净无污渍", "ok", {}),
]
SHIPPED = [
    dict(code="patrol_night", name="夜间巡逻", place_kind="route", place="夜间巡逻路线", schedule="hourly",
         every_hours=1, at_time="20:00", until_time="07:00", grace_minutes=20, role="guard",
         items=[
             ("大门", "大门、侧门已上锁", "ok", {}),
             ("销售大厅", "灯具已关闭（应急灯除外）", "ok", {}),
             ("销售大厅", "空调已关闭", "ok", {}),
             ("水吧", "用电用水设备正常或已关闭", "ok", {}),
             ("配电间", "无异味、无异响", "ok", {"on_fail": "work_order"}),
             ("消防通道", "消防通道畅通，无火灾隐患", "ok", {"photo_on_fail": True}),
             ("样板间通道", "样板间门已锁，无人逗留", "ok", {}),
             ("停车场", "车辆停放有序，无可疑人员", "ok", {}),
             ("围墙", "围墙、围挡完好", "ok", {}),
             ("巡逻", "异常情况（无则不填）", "note", {}),
         ]),
    dict(code="hall_opening", name="销售大厅开馆检查", place_kind="hall", place="销售大厅", schedule="opening",
         at_time="08:30", grace_minutes=30, role="reception",
         items=[
             ("大厅", "灯光全部点亮，无闪烁", "ok", {"on_fail": "work_order"}),
             ("大厅", "空调运行正常", "ok", {"on_fail": "work_order"}),
             ("大厅", "室内温度", "reading", {"low": "24", "high": "27", "unit": "°C"}),
             ("大厅", "地面、台面、玻璃洁净", "ok", {}),
             ("沙盘区", "沙盘灯光、模型完好", "ok", {"photo_on_fail": True}),
             ("洽谈区", "桌椅摆放整齐，烟缸、饰品归位", "ok", {}),
             ("卫生间", "洁具正常，易耗品充足，无异味", "ok", {}),
             ("背景音乐", "背景音乐开启，音量适中", "ok", {}),
             ("消防", "灭火器在位，疏散通道畅通", "yesno", {}),
         ]),
    dict(code="hall_closing", name="销售大厅闭馆检查", place_kind="hall", place="销售大厅", schedule="closing",
         at_time="18:00", grace_minutes=30, role="reception",
         items=[
             ("大厅", "灯具已关闭（应急灯除外）", "ok", {}),
             ("大厅", "空调已关闭", "ok", {}),
             ("大厅", "用电用水设备已关闭", "ok", {}),
             ("消防", "消防设施完好，无火灾隐患", "ok", {"photo_on_fail": True, "on_fail": "work_order"}),
             ("门窗", "门窗已关好上锁", "ok", {}),
             ("洽谈区", "桌椅复位，垃圾清理", "ok", {}),
             ("大厅", "大厅内无人逗留", "yesno", {}),
         ]),
    dict(code="bar_hygiene", name="水吧卫生检查", place_kind="bar", place="水吧", schedule="daily",
         at_time="16:00", grace_minutes=60, role="bar",
         items=[
             ("器皿", "杯具、器皿已消毒", "yesno", {}),
             ("台面", "吧台台面、咖啡机、制冰机清洁", "ok", {}),
             ("冰箱", "冰箱温度", "reading", {"low": "0", "high": "8", "unit": "°C"}),
             ("食品", "无过期食品，切开的水果已处理", "yesno", {}),
             ("毛巾", "毛巾已清洗晾干", "ok", {}),
             ("垃圾", "垃圾已清理，无蚊虫", "ok", {}),
         ]),
    dict(code="hall_display", name="销售大厅展示品清点", place_kind="hall", place="销售大厅", schedule="opening",
         at_time="09:00", grace_minutes=60, role="bar",
         items=[
             ("沙盘区", "沙盘模型", "count", {"expected": 1, "photo_on_fail": True}),
             ("沙盘区", "户型模型", "count", {"expected": 3}),
             ("资料台", "楼书展架", "count", {"expected": 2}),
             ("资料台", "楼书、户型图充足", "yesno", {}),
             ("大厅", "装饰花瓶", "count", {"expected": 4}),
             ("大厅", "艺术摆件", "count", {"expected": 6}),
             ("洽谈区", "装饰画", "count", {"expected": 5}),
             ("大厅", "绿植盆栽", "count", {"expected": 8}),
         ]),
]


def _time_text(hour) -> str:
    try:
        hour = int(hour)
    except (TypeError, ValueError):
        hour = 18
    return f"{min(max(hour, 0), 23):02d}:00"


def _limit(value, default: str) -> Decimal:
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except Exception:  # noqa: BLE001 - a setting that is not a number: the old default
        return Decimal(default)


def _create_template(spec: dict, sort: int, at: dt.datetime) -> Template:
    fields = {k: v for k, v in spec.items() if k != "items"}
    template = Template.create(sort=sort, created_at=at, **fields)
    rows = []
    for n, (area, label, kind, extra) in enumerate(spec["items"]):
        row = dict(template=template.id, sort=n, area=area, label=label, kind=kind, created_at=at,
                   low=None, high=None, unit="", expected=None, normal_answer="是", note_on_fail=True,
                   photo_on_fail=False, on_fail="incident", active=True, legacy_point="")
        for key, value in extra.items():
            row[key] = Decimal(value) if key in ("low", "high") else value
        rows.append(row)
    TemplateItem.insert_many(rows).execute()
    return template


def _showflat_template(code: str, name: str, schedule: str, at_time: str, low: Decimal, high: Decimal,
                       at: dt.datetime, sort: int) -> Template:
    template = Template.create(code=code, name=name, place_kind="showflat", place="", schedule=schedule,
                               at_time=at_time, grace_minutes=60, role="showflat", sort=sort, created_at=at)
    rows = []
    for n, (point, label) in enumerate(LEGACY_POINTS):
        reading = point == "temperature"
        rows.append(dict(template=template.id, sort=n, area="全屋" if point != "shoe_covers" else "入口",
                         label=label, kind="reading" if reading else "ok", low=low if reading else None,
                         high=high if reading else None, unit="°C" if reading else "", expected=None,
                         normal_answer="是", note_on_fail=False, photo_on_fail=False, on_fail="incident",
                         active=True, created_at=at, legacy_point=point))
    for n, (area, label, kind, extra) in enumerate(_SHOWFLAT_EXTRA, len(rows)):
        rows.append(dict(template=template.id, sort=n, area=area, label=label, kind=kind, low=None, high=None,
                         unit="", expected=None, normal_answer="是", note_on_fail=True, photo_on_fail=False,
                         on_fail=extra.get("on_fail", "incident"), active=True, created_at=at, legacy_point=""))
    TemplateItem.insert_many(rows).execute()
    return template


def _move_legacy_checks(templates: dict[str, Template]) -> None:
    """Every past show-flat opening/closing check becomes a round of its template, every answer
    (corrections, readings, notes, photos, who and when) an answer of that round; the old rows go."""
    items = {t: {i.legacy_point: i.id for i in TemplateItem.select().where(TemplateItem.template == tpl.id)}
             for t, tpl in templates.items()}
    kept = {c for (c,) in Incident.select(Incident.check).where(Incident.check.is_null(False)).tuples()}
    kept |= {c for (c,) in Incident.select(CheckAnswer.check).join(CheckAnswer, on=(Incident.answer == CheckAnswer.id))
             .tuples()}
    flats = {f.id: f.name for f in Flat.select(Flat.id, Flat.name)}
    checks = list(Check.select().where(Check.kind.in_(list(templates))).order_by(Check.id))
    moved: list[int] = []
    for check in checks:
        if check.id in kept:  # an incident points at it (never from a check point): left where it is
            continue
        answers = list(CheckAnswer.select().where(CheckAnswer.check == check.id).order_by(CheckAnswer.id))
        if any(a.point not in items[check.kind] for a in answers):
            continue  # an answer no template item stands for: left where it is
        round_ = Round.create(template=templates[check.kind].id, flat=check.flat_id, place=flats.get(check.flat_id, ""),
                              started_at=check.started_at, started_by=check.started_by_id,
                              closed_at=check.closed_at, closed_by=check.closed_by_id, serial=check.serial,
                              note=check.note, legacy_check=check.id)
        new_ids: dict[int, int] = {}
        for a in answers:
            new = RoundAnswer.create(round=round_.id, item=items[check.kind][a.point], status=a.status,
                                     reading=a.reading, note=a.note, photo=a.photo_id, at=a.at, staff=a.staff_id,
                                     corrects=new_ids.get(a.corrects_id), legacy_answer=a.id)
            new_ids[a.id] = new.id
        moved.append(check.id)
    for start in range(0, len(moved), 500):
        chunk = moved[start:start + 500]
        CheckAnswer.update(corrects=None).where(CheckAnswer.check.in_(chunk)).execute()
        CheckAnswer.delete().where(CheckAnswer.check.in_(chunk)).execute()
        Check.delete().where(Check.id.in_(chunk)).execute()


def migrate_step9(database, migrator, old_setting) -> None:
    """``old_setting(key, default)``: the settings the show flats had before step 9 (their options
    are gone; the settings file may still hold a site's own limits and closing hour)."""
    database.create_tables(MODELS)
    at = now()
    low = _limit(old_setting("showflat_temp_min", 25.0), "25")
    high = _limit(old_setting("showflat_temp_max", 27.0), "27")
    closing = _time_text(old_setting("showflat_closing_hour", 18))
    templates = {
        "opening": _showflat_template("showflat_opening", "样板间开馆检查", "opening", "09:00", low, high, at, 0),
        "closing": _showflat_template("showflat_closing", "样板间闭馆检查", "closing", closing, low, high, at, 1),
    }
    for n, spec in enumerate(SHIPPED, 2):
        _create_template(spec, n, at)
    _move_legacy_checks(templates)
