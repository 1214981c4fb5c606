"""巡检模板: a name, where it applies, its items (each with an answer kind, limits, what a failure
needs and what follows it), a schedule and the role that does it. Edited by a supervisor; every
change audited. An item is retired (``active``), never deleted: past rounds still show it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from peewee import JOIN, fn

from desk.db.base import db, retrying
from desk.db.inspections import RoundAnswer, Template, TemplateItem
from desk.db.showflats import Flat
from desk.services.core import audit, inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.permissions import ROLES
from desk.services.core.session import Session
from desk.services.core.text import bounded_text

PLACE_KINDS: dict[str, str] = {
    "showflat": QT_TRANSLATE_NOOP("inspections", "样板间"),
    "hall": QT_TRANSLATE_NOOP("inspections", "销售大厅"),
    "bar": QT_TRANSLATE_NOOP("inspections", "水吧"),
    "carpark": QT_TRANSLATE_NOOP("inspections", "停车场"),
    "route": QT_TRANSLATE_NOOP("inspections", "巡逻路线"),
    "other": QT_TRANSLATE_NOOP("inspections", "其他"),
}
ANSWER_KINDS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("inspections", "正常/异常"),
    "reading": QT_TRANSLATE_NOOP("inspections", "读数"),
    "count": QT_TRANSLATE_NOOP("inspections", "数量"),
    "yesno": QT_TRANSLATE_NOOP("inspections", "是/否"),
    "note": QT_TRANSLATE_NOOP("inspections", "备注"),
}
SCHEDULES: dict[str, str] = {
    "opening": QT_TRANSLATE_NOOP("inspections", "开馆"),
    "closing": QT_TRANSLATE_NOOP("inspections", "闭馆"),
    "hourly": QT_TRANSLATE_NOOP("inspections", "每 N 小时"),
    "daily": QT_TRANSLATE_NOOP("inspections", "每天"),
    "weekly": QT_TRANSLATE_NOOP("inspections", "每周"),
    "monthly": QT_TRANSLATE_NOOP("inspections", "每月"),
}
ON_FAIL: dict[str, str] = {
    "incident": QT_TRANSLATE_NOOP("inspections", "登记事件"),
    "work_order": QT_TRANSLATE_NOOP("inspections", "工程维修单"),
    "none": QT_TRANSLATE_NOOP("inspections", "只记录"),
}
WEEKDAYS = [QT_TRANSLATE_NOOP("inspections", "周一"), QT_TRANSLATE_NOOP("inspections", "周二"),
            QT_TRANSLATE_NOOP("inspections", "周三"), QT_TRANSLATE_NOOP("inspections", "周四"),
            QT_TRANSLATE_NOOP("inspections", "周五"), QT_TRANSLATE_NOOP("inspections", "周六"),
            QT_TRANSLATE_NOOP("inspections", "周日")]
YES, NO = QT_TRANSLATE_NOOP("inspections", "是"), QT_TRANSLATE_NOOP("inspections", "否")
ALL_FLATS = QT_TRANSLATE_NOOP("inspections", "全部样板间")
ROUND_ROLES = ("reception", "bar", "showflat", "cleaner", "guard", "supervisor")

TIME_RE = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")


# -- lookups --------------------------------------------------------------------------------
def get_template(template_id) -> Template:
    template = Template.get_or_none(Template.id == template_id) if isinstance(template_id, int) else None
    if template is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到巡检模板：{ref}"), ref=template_id)
    return template


def template_by_code(code: str) -> Template | None:
    """A shipped template by its key (showflat_opening …), or None when a site removed it."""
    return Template.select().where(Template.code == code).order_by(Template.id).first()


def templates(*, active_only: bool = True, roles=None):
    query = (Template.select(Template, Flat).join(Flat, JOIN.LEFT_OUTER, on=(Template.flat == Flat.id))
             .order_by(Template.sort, Template.id))
    if active_only:
        query = query.where(Template.active == True)  # noqa: E712
    if roles is not None:
        query = query.where(Template.role.in_(list(roles)))
    return query


def items(template_id: int, *, active_only: bool = True) -> list[TemplateItem]:
    query = TemplateItem.select().where(TemplateItem.template == template_id).order_by(TemplateItem.sort,
                                                                                        TemplateItem.id)
    if active_only:
        query = query.where(TemplateItem.active == True)  # noqa: E712
    return list(query)


def place_text(template: Template, flat_name: str | None = None) -> str:
    """Where a template applies, as people say it."""
    if template.place_kind == "showflat":
        if flat_name:
            return flat_name
        return template.flat.name if template.flat_id else ALL_FLATS
    return template.place or PLACE_KINDS.get(template.place_kind, "")


def parse_time(value, label: str = "时间") -> str:
    text = str(value or "").strip().replace("：", ":")
    if isinstance(value, dt.time):
        text = value.strftime("%H:%M")
    match = TIME_RE.match(text)
    if not match:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}请写成 时:分，例如 08:30"), label=label)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def clock_time(text: str) -> dt.time:
    """A template's time (08:30) as a time of day; anything else is refused as ``parse_time`` does."""
    hour, minute = parse_time(text).split(":")
    return dt.time(int(hour), int(minute))


def _same(context: str, text: str) -> str:
    return text


def schedule_text(template: Template, translate=_same) -> str:
    """The schedule in words; ``translate(context, text)`` is ``QCoreApplication.translate`` in the UI."""
    kind = template.schedule
    if kind == "hourly":
        if template.until_time:
            return translate("inspections", "每 {n} 小时（{start}–{end}）").format(
                n=template.every_hours, start=template.at_time, end=template.until_time)
        return translate("inspections", "每 {n} 小时（自 {start}）").format(n=template.every_hours,
                                                                          start=template.at_time)
    if kind == "weekly":
        return translate("inspections", "每周 {weekday} {time}").format(
            weekday=translate("inspections", WEEKDAYS[template.weekday - 1]), time=template.at_time)
    if kind == "monthly":
        return translate("inspections", "每月 {day} 日 {time}").format(day=template.month_day, time=template.at_time)
    return f"{translate('inspections', SCHEDULES[kind])} {template.at_time}"


# the schedule's words above, for lupdate
QT_TRANSLATE_NOOP("inspections", "每 {n} 小时（{start}–{end}）")
QT_TRANSLATE_NOOP("inspections", "每 {n} 小时（自 {start}）")
QT_TRANSLATE_NOOP("inspections", "每周 {weekday} {time}")
QT_TRANSLATE_NOOP("inspections", "每月 {day} 日 {time}")


def item_name(item: TemplateItem) -> str:
    """An item as an incident or a work order names it: its area and label (配电间 无异味、无异响)."""
    return f"{item.area} {item.label}".strip() if item.area and item.area not in item.label else item.label


def item_standard(item: TemplateItem) -> str:
    """The label with its standard (limits, the expected count) as it prints."""
    if item.kind == "reading" and (item.low is not None or item.high is not None):
        low = "" if item.low is None else f"{item.low.normalize():f}"
        high = "" if item.high is None else f"{item.high.normalize():f}"
        if low and high:
            return f"{item.label}（{low}–{high} {item.unit}）".replace(" ）", "）")
        return f"{item.label}（{'≥ ' + low if low else '≤ ' + high} {item.unit}）".replace(" ）", "）")
    if item.kind == "count" and item.expected is not None:
        return f"{item.label}（应有 {item.expected}）"
    return item.label


# -- validation -----------------------------------------------------------------------------
def _text(value, label: str, *, required: bool = True, limit: int = 64) -> str:
    """``bounded_text`` of a value that may come from an Excel cell as a number."""
    return bounded_text(value if isinstance(value, str) or value is None else str(value), label,
                        required=required, limit=limit)


def _choice(value, choices: dict, label: str) -> str:
    """A key of ``choices`` given as the key or as its Chinese name."""
    text = (value or "").strip() if isinstance(value, str) or value is None else str(value)
    if text in choices:
        return text
    for key, name in choices.items():
        if text == name:
            return key
    raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}“{value}”不认识（可选：{choices}）"),
                          label=label, value=text or "-", choices="、".join(choices.values()))


def answer_kind(value) -> str:
    return _choice(value, ANSWER_KINDS, "答案类型")


def _role(value) -> str:
    roles = {k: ROLES[k] for k in ROUND_ROLES}
    return _choice(value, roles, "执行角色")


def _int(value, label: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip()) if not isinstance(value, int) or isinstance(value, bool) else value
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}必须是整数"), label=label) from None
    if isinstance(value, bool) or not low <= number <= high:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}应在 {low}–{high} 之间"), label=label,
                              low=low, high=high)
    return number


def _limit(value, label: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}请填数字，例如 25"), label=label) from None
    if not number.is_finite() or abs(number) >= Decimal("100000000"):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{label}请填数字，例如 25"), label=label)
    return number.quantize(Decimal("0.01"))


def _unit(value) -> str:
    """A unit as typed; ℃ is written °C (the bundled font has no ℃, on screen and on paper)."""
    return _text(value, "单位", required=False, limit=8).replace("℃", "°C")


@dataclass
class ItemSpec:
    """An item as a person (a dialog, an Excel row) gives it; ``checked()`` returns the field values."""

    label: str
    kind: str = "ok"
    area: str = ""
    low: object = None
    high: object = None
    unit: str = ""
    expected: object = None
    normal_answer: str = YES
    note_on_fail: bool = True
    photo_on_fail: bool = False
    on_fail: str = "incident"

    def checked(self) -> dict:
        kind = answer_kind(self.kind)
        values = dict(label=_text(self.label, "检查项目", limit=120), kind=kind,
                      area=_text(self.area, "区域/巡逻点", required=False, limit=32),
                      low=None, high=None, unit="", expected=None, normal_answer=YES,
                      note_on_fail=bool(self.note_on_fail), photo_on_fail=bool(self.photo_on_fail),
                      on_fail=_choice(self.on_fail or "incident", ON_FAIL, "异常后续"))
        if kind == "reading":
            values["low"] = _limit(self.low, "下限")
            values["high"] = _limit(self.high, "上限")
            if values["low"] is None and values["high"] is None:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "读数项“{label}”请填写下限或上限"),
                                      label=values["label"])
            if values["low"] is not None and values["high"] is not None and values["low"] > values["high"]:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "读数项“{label}”的下限大于上限"), label=values["label"])
            values["unit"] = _unit(self.unit)
        elif kind == "count":
            if self.expected in (None, ""):
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量项“{label}”请填写应有数量"), label=values["label"])
            values["expected"] = _int(self.expected, "应有数量", 0, 100000)
            values["unit"] = _unit(self.unit)
        elif kind == "yesno":
            answer = (self.normal_answer or YES).strip()
            if answer not in (YES, NO):
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "是/否项的正常答案只能是 是 或 否"))
            values["normal_answer"] = answer
        return values


@dataclass
class TemplateSpec:
    name: str
    place_kind: str
    role: str
    schedule: str
    place: str = ""
    flat_id: int | None = None
    every_hours: object = 1
    at_time: str = "09:00"
    until_time: str = ""
    weekday: object = 1
    month_day: object = 1
    grace_minutes: object = 30
    blocks_handover: bool = False
    note: str = ""

    def checked(self) -> dict:
        place_kind = _choice(self.place_kind, PLACE_KINDS, "适用地点")
        schedule = _choice(self.schedule, SCHEDULES, "周期")
        values = dict(name=_text(self.name, "模板名称"), place_kind=place_kind,
                      place=_text(self.place, "地点", required=False), flat=None,
                      role=_role(self.role), schedule=schedule, every_hours=1,
                      at_time=parse_time(self.at_time, "时间"), until_time="", weekday=1, month_day=1,
                      grace_minutes=_int(self.grace_minutes if self.grace_minutes not in (None, "") else 30,
                                         "逾期宽限（分钟）", 0, 24 * 60),
                      blocks_handover=bool(self.blocks_handover), note=_text(self.note, "备注", required=False,
                                                                           limit=500))
        if place_kind == "showflat":
            values["place"] = ""
            if self.flat_id is not None:
                if not Flat.select().where(Flat.id == self.flat_id).exists():
                    raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到样板间：{ref}"), ref=self.flat_id)
                values["flat"] = self.flat_id
        elif not values["place"]:
            values["place"] = PLACE_KINDS[place_kind]
        if schedule == "hourly":
            values["every_hours"] = _int(self.every_hours, "间隔小时数", 1, 24)
            values["until_time"] = parse_time(self.until_time, "结束时间") if (self.until_time or "").strip() else ""
        elif schedule == "weekly":
            values["weekday"] = _int(self.weekday, "星期", 1, 7)
        elif schedule == "monthly":
            values["month_day"] = _int(self.month_day, "日期", 1, 31)
        return values


# -- writes ---------------------------------------------------------------------------------
def _unique_name(name: str, template_id: int | None = None) -> None:
    query = Template.select().where(fn.LOWER(Template.name) == name.lower())
    if template_id is not None:
        query = query.where(Template.id != template_id)
    if query.exists():
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "巡检模板“{name}”已存在"), name=name)


def _change(session: Session, record, entity: str, values: dict, note: str = "") -> None:
    """Set ``values`` on a template or item and save it, audited (inside the caller's transaction)."""
    before = audit.snapshot(record)
    for key, value in values.items():
        setattr(record, key, value)
    record.save()
    audit.record(session, "change", entity, record.id, before=before, after=audit.snapshot(record),
                 note=(note or "").strip())


@retrying
def create_template(session: Session, spec: TemplateSpec, item_specs: list[ItemSpec] = ()) -> Template:
    session.require("inspection.manage")
    values = spec.checked()
    rows = [i.checked() for i in item_specs]
    with db.atomic():
        _unique_name(values["name"])
        sort = (Template.select(fn.MAX(Template.sort)).scalar() or 0) + 1
        template = Template.create(sort=sort, **values)
        for n, row in enumerate(rows):
            TemplateItem.create(template=template, sort=n, **row)
        audit.record(session, "create", "inspection_template", template.id, after=audit.snapshot(template),
                     note=f"{len(rows)} 项")
    return template


@retrying
def update_template(session: Session, template_id: int, spec: TemplateSpec) -> Template:
    session.require("inspection.manage")
    values = spec.checked()
    with db.atomic():
        template = get_template(template_id)
        _unique_name(values["name"], template.id)
        _change(session, template, "inspection_template", values)
    return template


@retrying
def set_template_active(session: Session, template_id: int, active: bool, reason: str = "") -> Template:
    """停用 (no more rounds due; past rounds kept) or 恢复 a template."""
    session.require("inspection.manage")
    with db.atomic():
        template = get_template(template_id)
        _change(session, template, "inspection_template", {"active": bool(active)}, reason)
    return template


def get_item(item_id) -> TemplateItem:
    item = TemplateItem.get_or_none(TemplateItem.id == item_id) if isinstance(item_id, int) else None
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到巡检项目：{ref}"), ref=item_id)
    return item


@retrying
def add_item(session: Session, template_id: int, spec: ItemSpec) -> TemplateItem:
    session.require("inspection.manage")
    values = spec.checked()
    with db.atomic():
        template = get_template(template_id)
        sort = (TemplateItem.select(fn.MAX(TemplateItem.sort)).where(TemplateItem.template == template).scalar()
                or 0) + 1
        item = TemplateItem.create(template=template, sort=sort, **values)
        audit.record(session, "create", "inspection_template_item", item.id, after=audit.snapshot(item))
    return item


def has_answers(item_id: int) -> bool:
    """Whether rounds answered the item (its answer kind is then fixed)."""
    return RoundAnswer.select().where(RoundAnswer.item == item_id).exists()


@retrying
def update_item(session: Session, item_id: int, spec: ItemSpec) -> TemplateItem:
    """Change an item. A changed answer kind of an item already answered is refused: past answers
    would no longer read right; retire it and add a new one."""
    session.require("inspection.manage")
    values = spec.checked()
    with db.atomic():
        item = get_item(item_id)
        if values["kind"] != item.kind and has_answers(item.id):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{label}”已有巡检记录，不能改答案类型：请停用后新增一项"),
                                  label=item.label)
        _change(session, item, "inspection_template_item", values)
    return item


@retrying
def retire_item(session: Session, item_id: int, reason: str = "") -> TemplateItem:
    session.require("inspection.manage")
    with db.atomic():
        item = get_item(item_id)
        _change(session, item, "inspection_template_item", {"active": False}, reason)
    return item


@retrying
def move_item(session: Session, item_id: int, step: int) -> None:
    """Move an item up (-1) or down (+1) among the template's active items."""
    session.require("inspection.manage")
    step = inputs.integer(step, "移动位数", minimum=None)
    with db.atomic():
        item = get_item(item_id)
        siblings = items(item.template_id)
        index = next((n for n, i in enumerate(siblings) if i.id == item.id), None)
        if index is None or not 0 <= index + step < len(siblings):
            return
        siblings[index], siblings[index + step] = siblings[index + step], siblings[index]
        for n, sibling in enumerate(siblings):
            if sibling.sort != n:
                TemplateItem.update(sort=n).where(TemplateItem.id == sibling.id).execute()
        audit.record(session, "change", "inspection_template_item", item.id, note=f"顺序 {index + 1} → {index + step + 1}")


def template_spec(template: Template) -> TemplateSpec:
    """A template's fields as a spec (what an edit dialog starts from)."""
    return TemplateSpec(name=template.name, place_kind=template.place_kind, role=template.role,
                        schedule=template.schedule, place=template.place, flat_id=template.flat_id,
                        every_hours=template.every_hours, at_time=template.at_time, until_time=template.until_time,
                        weekday=template.weekday, month_day=template.month_day,
                        grace_minutes=template.grace_minutes, blocks_handover=template.blocks_handover,
                        note=template.note)


def item_spec(item: TemplateItem) -> ItemSpec:
    return ItemSpec(label=item.label, kind=item.kind, area=item.area, low=item.low, high=item.high, unit=item.unit,
                    expected=item.expected, normal_answer=item.normal_answer, note_on_fail=item.note_on_fail,
                    photo_on_fail=item.photo_on_fail, on_fail=item.on_fail)


def places() -> list[str]:
    """Places people name (work orders, incidents): the templates' places, then the usual ones."""
    names = [t.place for t in Template.select(Template.place).where(Template.place != "").order_by(Template.sort)]
    usual = ["销售大厅", "洽谈区", "沙盘区", "VIP 室", "水吧", "卫生间", "办公室", "停车场", "大门"]
    flats = [f.name for f in Flat.select(Flat.name).where(Flat.active == True).order_by(Flat.name)]  # noqa: E712
    return list(dict.fromkeys(names + usual + flats))

