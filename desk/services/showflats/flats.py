"""Show flats (样板间): item lists, checks after every group and at handover, damage and loss
incidents, quantity changes confirmed by a supervisor, and reports. The opening and closing
checks are inspection rounds (``desk.services.inspections``) of the templates 样板间开馆检查 and
样板间闭馆检查, which took over the six check points this module once fixed in code.

Checks are journals: every answer is a new ``CheckAnswer`` with who and when; the newest answer
for an item (or point) of a check counts, and a correction points at the answer it corrects.
Cleaning tasks live in ``desk.services.showflats.cleaning``, the worker log in ``desk.services.showflats.workers``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from desk import settings
from desk.clock import now
from desk.db.base import db, insert_rows, publish, retrying
from desk.db.showflats import (
    Check, CheckAnswer, Flat, Incident, IncidentEvent, Item, QuantityChange, Room,
)
from desk.services.core import audit, inputs
from desk.services.core.days import day_range
from desk.services.showflats import photos
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.serials import next_form_serial
from desk.services.core.session import Session
from desk.services.core.staff import staff_names
from desk.services.core.text import bounded_text

CATEGORIES = [
    QT_TRANSLATE_NOOP("showflats", "家私"),
    QT_TRANSLATE_NOOP("showflats", "软装"),
    QT_TRANSLATE_NOOP("showflats", "电器"),
    QT_TRANSLATE_NOOP("showflats", "布草"),
    QT_TRANSLATE_NOOP("showflats", "饰品"),
]
OK = "正常"
DAMAGED = "损坏"
MISSING = "缺失"
MOVED = "移位"
ITEM_STATUSES = [
    QT_TRANSLATE_NOOP("showflats", "正常"),
    QT_TRANSLATE_NOOP("showflats", "损坏"),
    QT_TRANSLATE_NOOP("showflats", "缺失"),
    QT_TRANSLATE_NOOP("showflats", "移位"),
]
INCIDENT_KINDS = (DAMAGED, MISSING)

CHECK_KINDS: dict[str, str] = {
    "after_group": QT_TRANSLATE_NOOP("showflats", "一客一盘点"),
    "handover": QT_TRANSLATE_NOOP("showflats", "交接盘点"),
    # before migration step 9 (now inspection rounds); a check left behind still reads
    "opening": QT_TRANSLATE_NOOP("showflats", "开馆检查"),
    "closing": QT_TRANSLATE_NOOP("showflats", "闭馆检查"),
}
ITEM_KINDS = ("after_group", "handover")
# 样板间巡检表 and its serial prefix (forms/showflat_inspection.toml): handover checks; the opening and
# closing checks' rounds (desk.services.inspections) take their numbers from the same sequence
INSPECTION_FORM, INSPECTION_SERIAL = "showflat_inspection", "XJ"

INCIDENT_FLOW = [
    QT_TRANSLATE_NOOP("showflats", "登记"),
    QT_TRANSLATE_NOOP("showflats", "已上报"),
    QT_TRANSLATE_NOOP("showflats", "已处理"),
    QT_TRANSLATE_NOOP("showflats", "关闭"),
]
CLOSED = "关闭"


class CheckIncomplete(ValidationError):
    """A check may not be closed while items are unanswered; ``missing`` lists them."""

    def __init__(self, missing: list[str]):
        self.missing = missing
        shown = "、".join(missing[:12]) + ("等" if len(missing) > 12 else "")
        super().__init__(QT_TRANSLATE_NOOP("desk", "还有 {n} 项未检查，不能结束：{names}"),
                         n=len(missing), names=shown)


# -- lookups --------------------------------------------------------------------------------
def get_flat(flat_id) -> Flat:
    flat = Flat.get_or_none(Flat.id == flat_id) if isinstance(flat_id, int) else None
    if flat is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到样板间：{ref}"), ref=flat_id)
    return flat


def get_item(item_id) -> Item:
    item = Item.get_or_none(Item.id == item_id) if isinstance(item_id, int) else None
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到物品：{ref}"), ref=item_id)
    return item


def get_check(check_id) -> Check:
    check = Check.get_or_none(Check.id == check_id) if isinstance(check_id, int) else None
    if check is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到盘点记录：{ref}"), ref=check_id)
    return check


def get_incident(incident_id) -> Incident:
    incident = Incident.get_or_none(Incident.id == incident_id) if isinstance(incident_id, int) else None
    if incident is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到事件：{ref}"), ref=incident_id)
    return incident


def flats(active_only: bool = True):
    query = Flat.select().order_by(Flat.name)
    return query.where(Flat.active == True) if active_only else query  # noqa: E712


def flat_names() -> dict[int, str]:
    """Every flat's name by id (retired ones too), for lists that name many."""
    return {f.id: f.name for f in Flat.select(Flat.id, Flat.name)}


def rooms(flat_id: int):
    return Room.select().where(Room.flat == flat_id).order_by(Room.sort, Room.id)


def items(flat_id: int | None = None, *, room_id: int | None = None, category: str | None = None,
          active_only: bool = True):
    query = (Item.select(Item, Room).join(Room).switch(Item)
             .order_by(Room.sort, Room.id, Item.sort, Item.id))
    if flat_id is not None:
        query = query.where(Item.flat == flat_id)
    if room_id is not None:
        query = query.where(Item.room == room_id)
    category = inputs.clean(category)
    if category:
        query = query.where(Item.category == category)
    if active_only:
        query = query.where(Item.active == True)  # noqa: E712
    return query


# -- validation helpers ---------------------------------------------------------------------
def _quantity(value, label: str = "数量") -> int:
    return inputs.integer(value, label, minimum=0, maximum=100000)


def _money(value) -> Decimal:
    return inputs.decimal_number(value if value not in (None, "") else 0, "价值", maximum=inputs.MONEY_MAX,
                                 places=2).quantize(Decimal("0.01"))


def _category(value: str) -> str:
    value = inputs.clean(value)
    if value not in CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的物品类别：{value}（可选：{choices}）"),
                              value=value[:40] or "-", choices="、".join(CATEGORIES))
    return value


def answer_rows(answers) -> list[dict]:
    """A check's or a round's answers as given: a list of dicts, one an item (see ``save_answers``)."""
    if answers is None:
        return []
    if not isinstance(answers, (list, tuple)) or not all(isinstance(a, dict) for a in answers):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "检查结果须逐项填写"))
    return list(answers)


# -- flats, rooms, items --------------------------------------------------------------------
@retrying
def add_flat(session: Session, name: str, *, note: str = "", rooms: list[str] = ()) -> Flat:
    session.require("showflat.manage")
    name = bounded_text(name, "样板间名称")
    room_names = [bounded_text(r, "房间名称") for r in rooms or ()]
    note = inputs.note(note, "备注")
    with db.atomic():
        if Flat.select().where(Flat.name == name).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "样板间 {name} 已存在"), name=name)
        flat = Flat.create(name=name, note=note)
        for sort, room_name in enumerate(dict.fromkeys(room_names)):
            Room.create(flat=flat, name=room_name, sort=sort)
        audit.record(session, "create", "showflat", flat.id, after=audit.snapshot(flat),
                     note="、".join(room_names))
    return flat


@retrying
def add_room(session: Session, flat_id: int, name: str) -> Room:
    session.require("showflat.manage")
    name = bounded_text(name, "房间名称")
    with db.atomic():
        flat = get_flat(flat_id)
        existing = Room.get_or_none((Room.flat == flat) & (Room.name == name))
        if existing:
            return existing
        sort = (Room.select(fn.MAX(Room.sort)).where(Room.flat == flat).scalar() or 0) + 1
        room = Room.create(flat=flat, name=name, sort=sort)
        audit.record(session, "create", "showflat_room", room.id, after=audit.snapshot(room))
    return room


def _room_of(flat: Flat, room) -> Room:
    if isinstance(room, Room):
        room = room.id
    if isinstance(room, int) and abs(room) < 2**63:
        found = Room.get_or_none((Room.id == room) & (Room.flat == flat))
    else:
        name = bounded_text(room, "房间")
        found = Room.get_or_none((Room.flat == flat) & (Room.name == name))
        if found is None:
            sort = (Room.select(fn.MAX(Room.sort)).where(Room.flat == flat).scalar() or 0) + 1
            found = Room.create(flat=flat, name=name, sort=sort)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "该样板间没有这个房间"))
    return found


@retrying
def add_item(session: Session, flat_id: int, room, name: str, category: str, expected_qty=1,
             value=0, *, photo=None, note: str = "") -> Item:
    """Add an item to a flat's list. ``room`` is a room id or a room name (created if new);
    ``photo`` a file path or bytes (checked and scaled down)."""
    session.require("showflat.manage")
    name = bounded_text(name, "物品名称")
    category = _category(category)
    qty = _quantity(expected_qty, "数量")
    amount = _money(value)
    note = inputs.note(note, "备注")
    prepared = photos.prepare(photo) if photo not in (None, "") and not isinstance(photo, int) else photo
    with db.atomic():
        flat = get_flat(flat_id)
        room_row = _room_of(flat, room)
        stored = _store_prepared(session, prepared)
        sort = (Item.select(fn.MAX(Item.sort)).where(Item.room == room_row).scalar() or 0) + 1
        item = Item.create(flat=flat, room=room_row, name=name, category=category, expected_qty=qty,
                           value=amount, photo=stored, note=note, sort=sort)
        audit.record(session, "create", "showflat_item", item.id, after=audit.snapshot(item))
    return item


def _store_prepared(session, prepared):
    return photos.store(session, prepared)


@retrying
def update_item(session: Session, item_id: int, *, name=None, category=None, room=None, value=None,
                note=None, photo=None) -> Item:
    """Change an item's description. The expected quantity is NOT changed here: see
    ``confirm_quantity``."""
    session.require("showflat.manage")
    prepared = photos.prepare(photo) if photo not in (None, "") and not isinstance(photo, int) else photo
    with db.atomic():
        item = get_item(item_id)
        before = audit.snapshot(item)
        if name is not None:
            item.name = bounded_text(name, "物品名称")
        if category is not None:
            item.category = _category(category)
        if room is not None:
            item.room = _room_of(item.flat, room)
        if value is not None:
            item.value = _money(value)
        if note is not None:
            item.note = inputs.note(note, "备注")
        if prepared not in (None, ""):
            item.photo = _store_prepared(session, prepared)
        item.save()
        audit.record(session, "change", "showflat_item", item.id, before=before, after=audit.snapshot(item))
    return item


@retrying
def retire_item(session: Session, item_id: int, reason: str) -> Item:
    """Take an item off the list (it stays in the history)."""
    session.require("showflat.manage")
    reason = bounded_text(reason, "原因", limit=200)
    with db.atomic():
        item = get_item(item_id)
        before = audit.snapshot(item)
        item.active = False
        item.save()
        audit.record(session, "change", "showflat_item", item.id, before=before,
                     after=audit.snapshot(item), note=reason)
    return item


@retrying
def copy_flat(session: Session, flat_id: int, new_name: str) -> Flat:
    """A new flat with the same rooms and item list (quantities, values, photos, notes)."""
    session.require("showflat.manage")
    new_name = bounded_text(new_name, "样板间名称")
    with db.atomic():
        source = get_flat(flat_id)
        if Flat.select().where(Flat.name == new_name).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "样板间 {name} 已存在"), name=new_name)
        flat = Flat.create(name=new_name, note=source.note, copied_from=source)
        room_map = {}
        for room in rooms(source.id):
            room_map[room.id] = Room.create(flat=flat, name=room.name, sort=room.sort).id
        rows = [dict(flat=flat.id, room=room_map[i.room_id], name=i.name, category=i.category,
                     expected_qty=i.expected_qty, value=i.value, photo=i.photo_id, note=i.note,
                     sort=i.sort, created_at=now())
                for i in Item.select().where((Item.flat == source) & (Item.active == True))]  # noqa: E712
        for start in range(0, len(rows), 100):
            Item.insert_many(rows[start:start + 100]).execute()
        audit.record(session, "create", "showflat", flat.id, after=audit.snapshot(flat),
                     note=f"复制自 {source.name}（{len(rows)} 件物品）")
    return flat


# -- checks ---------------------------------------------------------------------------------
@retrying
def start_check(session: Session, flat_id, kind: str, *, note: str = "", group_ref: int | None = None,
                at: dt.datetime | None = None) -> Check:
    session.require("showflat.check")
    kind = inputs.clean(kind)
    if kind not in ITEM_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的检查类型：{kind}"), kind=kind[:20])
    at = inputs.moment(at, "检查时间", default=now())
    note = inputs.note(note, "备注")
    with db.atomic():
        flat = get_flat(flat_id)
        check = Check.create(flat=flat, kind=kind, started_at=at, started_by=session.staff_id,
                             note=note, group_ref=group_ref, serial=_serial(kind, at))
        audit.record(session, "create", "showflat_check", check.id, after=audit.snapshot(check))
    return check


def _serial(kind: str, at: dt.datetime) -> str:
    """The inspection sheet's number, taken when the check is created (never reused)."""
    if kind == "after_group":
        return ""
    return next_form_serial(INSPECTION_SERIAL, INSPECTION_FORM, at.date())


def latest_answers(check_id: int) -> dict:
    """The answer that counts for each item id of a check."""
    result: dict = {}
    for answer in (CheckAnswer.select().where(CheckAnswer.check == check_id).order_by(CheckAnswer.id)):
        result[answer.item_id if answer.item_id is not None else answer.point] = answer
    return result


@dataclass
class SheetRow:
    item: Item
    answer: CheckAnswer | None

    @property
    def label(self) -> str:
        return self.item.name


def check_sheet(check_id: int) -> list[SheetRow]:
    """The rows of a check (the flat's active items) with the answer that counts for each (None
    when unanswered)."""
    check = get_check(check_id)
    answers = latest_answers(check.id)
    return [SheetRow(item, answers.get(item.id)) for item in items(check.flat_id)]


@retrying
def save_answers(session: Session, check_id: int, answers: list[dict], *,
                 at: dt.datetime | None = None, correction: str = "") -> list[Incident]:
    """Record answers of a check in one transaction. Each answer is a dict with ``item`` (id),
    ``status``, and optionally ``counted``, ``note``, ``photo`` (path or bytes). 损坏 and 缺失 open an
    incident. Returns the incidents opened. A new answer for the same item points at the one it
    replaces (``corrects``); a closed check takes new answers only as a supervisor's ``correction``
    (see ``correct_answers``)."""
    session.require("showflat.check")
    at = inputs.moment(at, "检查时间", default=now())
    answers = answer_rows(answers)
    correction = inputs.note(correction, "更正原因")
    check = get_check(check_id)
    if check.closed_at is not None and not correction:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "该检查已结束，不能再填写"))
    by_id = {row[0]: _ItemRef(*row) for row in Item.select(Item.id, Item.name, Item.expected_qty)
             .where((Item.flat == check.flat_id) & (Item.active == True)).tuples()}  # noqa: E712
    rows = []
    for raw in answers:
        item_id = raw.get("item")
        status = inputs.clean(raw.get("status"))
        counted = raw.get("counted")
        note = inputs.note(raw.get("note"), "备注")
        item = by_id.get(item_id) if isinstance(item_id, int) else None
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "物品 {ref} 不在 {flat} 的清单上"),
                           ref=inputs.clean(item_id)[:20], flat=check.flat.name)
        if status not in ITEM_STATUSES:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "物品状态只能是 正常、损坏、缺失 或 移位"))
        if counted not in (None, ""):
            counted = _quantity(counted, "清点数量")
            if status == OK and counted < item.expected_qty:
                status = MISSING
        else:
            counted = None
        if check.kind == "handover" and counted is None:
            counted = item.expected_qty if status in (OK, MOVED) else None
            if counted is None and status == MISSING:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "交接盘点请填写 {name} 的实际数量"),
                                      name=item.name)
        if len(note) > 500:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "备注太长（最多 500 字）"))
        photo = raw.get("photo")
        prepared = photos.prepare(photo) if photo not in (None, "") and not isinstance(photo, int) else photo
        rows.append(dict(item=item, status=status, counted=counted, note=note, photo=prepared))
    opened: list[Incident] = []
    with db.atomic():
        previous = latest_answers(check.id)
        plain = []
        for row in rows:
            prior = previous.get(row["item"].id)
            needs_id = row["status"] in INCIDENT_KINDS or row["photo"] not in (None, "")
            values = dict(check=check.id, item=row["item"].id, point=None, status=row["status"],
                          counted=row["counted"], reading=None, note=row["note"], at=at, staff=session.staff_id,
                          corrects=prior.id if prior is not None else None, photo=None)
            if not needs_id:
                plain.append(values)
                continue
            values["photo"] = _store_prepared(session, row["photo"])
            answer = CheckAnswer.create(**values)
            if row["status"] in INCIDENT_KINDS and not (
                    prior is not None and prior.status == row["status"]
                    and Incident.select().where((Incident.answer == prior) & (Incident.status != CLOSED)).exists()):
                opened.append(_open_incident(session, check, get_item(row["item"].id), answer, at))
        insert_rows(CheckAnswer, plain)  # one statement: a 200-item check saves in milliseconds
        audit.record(session, "correct" if correction else "create", "showflat_answers", check.id,
                     after={"answers": len(rows), "incidents": [i.id for i in opened]},
                     note=f"{CHECK_KINDS[check.kind]} {correction}".strip())
    return opened


def correctable(check_id) -> Check:
    """A check whose answers a supervisor may correct: a closed one (an open check takes new answers
    itself)."""
    check = get_check(check_id)
    if check.closed_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "该检查还没结束：请在检查中直接改填"))
    return check


def correct_answers(session: Session, check_id: int, answers: list[dict], reason: str, *,
                    at: dt.datetime | None = None) -> list[Incident]:
    """更正 a closed check (a supervisor, with a reason): new answers, each pointing at the one it
    corrects; nothing is overwritten. 损坏 and 缺失 open incidents as in the check itself."""
    session.require("showflat.manage")
    reason = bounded_text(reason, "更正原因", limit=200)
    correctable(check_id)
    answers = [dict(a, note=inputs.note(a.get("note"), "备注") or reason) for a in answer_rows(answers)]
    return save_answers(session, check_id, answers, at=at, correction=reason)


@dataclass(frozen=True)
class _ItemRef:
    id: int
    name: str
    expected_qty: int


def _open_incident(session, check: Check, item: Item, answer: CheckAnswer, at) -> Incident:
    proposed = None
    if answer.status == MISSING:
        proposed = answer.counted if answer.counted is not None else max(item.expected_qty - 1, 0)
    incident = Incident.create(flat=check.flat_id, item=item, check=check, answer=answer,
                               kind=answer.status, status=INCIDENT_FLOW[0], proposed_qty=proposed,
                               note=answer.note, photo=answer.photo_id, opened_at=at,
                               opened_by=session.staff_id)
    IncidentEvent.create(incident=incident, status=INCIDENT_FLOW[0], note=answer.note, at=at,
                         staff=session.staff_id)
    audit.record(session, "create", "showflat_incident", incident.id, after=audit.snapshot(incident))
    return incident


def answer_item(session: Session, check_id: int, item_id: int, status: str, *, counted=None,
                note: str = "", photo=None) -> list[Incident]:
    return save_answers(session, check_id, [dict(item=item_id, status=status, counted=counted,
                                                 note=note, photo=photo)])


def unanswered(check_id: int) -> list[str]:
    """Names of the items of a check without an answer yet."""
    check = get_check(check_id)
    answered = CheckAnswer.select(CheckAnswer.item).where(CheckAnswer.check == check.id)
    query = (Item.select(Item.name).join(Room)
             .where((Item.flat == check.flat_id) & (Item.active == True) & Item.id.not_in(answered))  # noqa: E712
             .order_by(Room.sort, Room.id, Item.sort, Item.id))
    return [name for (name,) in query.tuples()]


def mark_rest_ok(session: Session, check_id: int) -> int:
    """全部正常: every item not yet answered is answered 正常 (with its expected count).
    Returns how many were answered."""
    check = get_check(check_id)
    rest = [row for row in check_sheet(check.id) if row.answer is None]
    answers = [dict(item=r.item.id, status=OK, counted=r.item.expected_qty if check.kind == "handover"
                    else None) for r in rest]
    if answers:
        save_answers(session, check.id, answers)
    return len(answers)


@retrying
def close_check(session: Session, check_id: int, *, note: str = "", at: dt.datetime | None = None) -> Check:
    """End a check; refused (listing them) while items are unanswered."""
    session.require("showflat.check")
    note = inputs.note(note, "备注")
    at = inputs.moment(at, "结束时间", default=now())
    with db.atomic():
        check = get_check(check_id)
        if check.closed_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该检查已结束"))
        missing = unanswered(check.id)
        if missing:
            raise CheckIncomplete(missing)
        before = audit.snapshot(check)
        check.closed_at = at
        check.closed_by = session.staff_id
        if note:
            check.note = (check.note + "\n" + note).strip()
        check.save()
        audit.record(session, "change", "showflat_check", check.id, before=before, after=audit.snapshot(check))
    return check


@retrying
def record_check(session: Session, flat_id, kind: str, answers: list[dict], *, all_ok_rest: bool = False,
                 note: str = "", group_ref: int | None = None) -> Check:
    """Start, answer and close a check in one transaction (what a dialog's 保存 does).
    With ``all_ok_rest`` every item not in ``answers`` is 正常. Nothing is saved when refused."""
    with db.atomic():
        check = start_check(session, flat_id, kind, note=note, group_ref=group_ref)
        if answers:
            save_answers(session, check.id, answers)
        if all_ok_rest:
            mark_rest_ok(session, check.id)
        check = close_check(session, check.id)
        publish("showflats", record_id=check.id)  # the other PCs' show-flat pages and overview
        return check


def after_group_check(session: Session, flat_id, exceptions: list[dict] = (), *,
                      group_ref: int | None = None, note: str = "") -> Check:
    """一客一盘点: everything 正常 except the given exceptions (one keystroke when all is well)."""
    return record_check(session, flat_id, "after_group", list(exceptions), all_ok_rest=True,
                        note=note, group_ref=group_ref)


@dataclass(frozen=True)
class FlatToday:
    """A flat's day so far, as the show-flat attendant's tablet shows it."""
    flat_id: int
    name: str
    checks: int  # checks finished today (after groups, handovers)
    open_incidents: int  # 损坏 / 缺失 not yet closed, whenever found


def flats_today(at: dt.datetime | None = None) -> list[FlatToday]:
    """Every flat in use, with today's finished checks and its open incidents."""
    start, end = day_range((at or now()).date())
    done = dict(Check.select(Check.flat, fn.COUNT(Check.id))
                .where((Check.closed_at >= start) & (Check.closed_at < end)).group_by(Check.flat).tuples())
    still_open = dict(Incident.select(Incident.flat, fn.COUNT(Incident.id))
                      .where(Incident.status != CLOSED).group_by(Incident.flat).tuples())
    return [FlatToday(f.id, f.name, done.get(f.id, 0), still_open.get(f.id, 0)) for f in flats()]


def checks(flat_id: int | None = None, kind: str | None = None):
    query = Check.select(Check, Flat).join(Flat).order_by(Check.started_at.desc(), Check.id.desc())
    if flat_id:
        query = query.where(Check.flat == flat_id)
    kind = inputs.clean(kind)
    if kind:
        query = query.where(Check.kind == kind)
    return query


# -- incidents and quantities ---------------------------------------------------------------
def incidents(*, open_only: bool = False, flat_id: int | None = None):
    query = (Incident.select(Incident, Flat, Item).join(Flat).switch(Incident)
             .join(Item, JOIN.LEFT_OUTER).order_by(Incident.opened_at.desc(), Incident.id.desc()))
    if open_only:
        query = query.where(Incident.status != CLOSED)
    if flat_id:
        query = query.where(Incident.flat == flat_id)
    return query


def open_incidents(flat_id: int | None = None) -> list[Incident]:
    """Incidents not yet closed, newest first (what the supervisor sees at once)."""
    return list(incidents(open_only=True, flat_id=flat_id))


def next_incident_status(current: str, status: str | None = None) -> tuple[str, int]:
    """The incident flow's step from ``current`` to ``status`` (default: the next one): (status, its
    index; 1 is 已上报, reported by those on duty). Refused when closed, unknown or backwards. The
    flow of show-flat incidents and of incidents at any place (``desk.services.inspections``)."""
    if current not in INCIDENT_FLOW:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的事件状态：{status}"), status=inputs.clean(current)[:20])
    position = INCIDENT_FLOW.index(current)
    if status is None:
        if position + 1 >= len(INCIDENT_FLOW):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "事件已关闭"))
        status = INCIDENT_FLOW[position + 1]
    if status not in INCIDENT_FLOW:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的事件状态：{status}"), status=inputs.clean(status)[:20])
    target = INCIDENT_FLOW.index(status)
    if target <= position:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "事件已是“{status}”，不能退回"), status=current)
    return status, target


def advance_incident(session: Session, incident_id: int, status: str | None = None, note: str = "") -> Incident:
    """Move an incident forward: 登记 → 已上报 → 已处理 → 关闭 (the last two by a supervisor)."""
    incident = get_incident(incident_id)
    status, target = next_incident_status(incident.status, status)
    session.require("showflat.check" if target == 1 else "showflat.manage")
    note = inputs.note(note, "说明")
    with db.atomic():
        record_incident_step(session, incident, IncidentEvent, "showflat_incident", status, note)
        publish("showflats", record_id=incident.id)
    return incident


def record_incident_step(session: Session, incident, event_model, entity: str, status: str, note: str = "") -> None:
    """Write one step of the incident flow (inside the caller's transaction): the incident's new
    status, its event (``event_model``: the incident kind's event table) and the audit entry."""
    note = inputs.note(note, "说明")
    before = audit.snapshot(incident)
    incident.status = status
    incident.save()
    event_model.create(incident=incident, status=status, note=note, staff=session.staff_id)
    audit.record(session, "change", entity, incident.id, before=before, after=audit.snapshot(incident), note=note)


@retrying
def confirm_quantity(session: Session, item_id: int, new_qty, *, incident_id: int | None = None,
                     reason: str = "") -> QuantityChange:
    """A supervisor confirms a new expected quantity (after a loss, a purchase …)."""
    session.require("showflat.manage")
    qty = _quantity(new_qty, "数量")
    reason = inputs.note(reason, "原因")
    with db.atomic():
        item = get_item(item_id)
        incident = get_incident(incident_id) if incident_id is not None else None
        if incident is not None and incident.item_id != item.id:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "事件与物品不符"))
        if qty == item.expected_qty:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "数量没有变化（仍为 {n}）"), n=qty)
        change = QuantityChange.create(item=item, old_qty=item.expected_qty, new_qty=qty,
                                       reason=reason, incident=incident,
                                       confirmed_by=session.staff_id)
        before = audit.snapshot(item)
        item.expected_qty = qty
        item.save()
        audit.record(session, "change", "showflat_item", item.id, before=before, after=audit.snapshot(item),
                     note=f"主管确认数量 {change.old_qty} → {qty}：{change.reason}")
    return change


# -- reports --------------------------------------------------------------------------------
@dataclass
class StaleItem:
    item: Item
    last_checked: dt.datetime | None
    days: int | None  # None: never checked


def items_not_checked(days: int | None = None, *, at: dt.datetime | None = None,
                      flat_id: int | None = None) -> list[StaleItem]:
    """Items with no answer in any check for ``days`` days (default: the setting)."""
    at = inputs.moment(at, "时间", default=now())
    days = inputs.integer(days if days is not None else settings.get("showflat_stale_days"), "天数",
                          minimum=0, maximum=3650)
    if days < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "天数不能为负数"))
    last = _last_answered()
    query = (Item.select(Item, Room, Flat).join(Room).switch(Item).join(Flat)
             .where(Item.active == True, Flat.active == True)  # noqa: E712
             .order_by(Flat.name, Room.sort, Item.sort, Item.id))
    if flat_id:
        query = query.where(Item.flat == flat_id)
    cutoff = at - dt.timedelta(days=days)
    result = []
    for item in query:
        last_at = last.get(item.id)
        if last_at is None or last_at <= cutoff:
            result.append(StaleItem(item, last_at, None if last_at is None else (at - last_at).days))
    return result


def _last_answered() -> dict[int, dt.datetime]:
    """The last time each item was answered in any check."""
    rows = (CheckAnswer.select(CheckAnswer.item, fn.MAX(CheckAnswer.at))
            .where(CheckAnswer.item.is_null(False)).group_by(CheckAnswer.item).tuples())
    return {item_id: dt.datetime.fromisoformat(at) if isinstance(at, str) else at for item_id, at in rows}


def stale_counts(*, at: dt.datetime | None = None) -> dict[int, int]:
    """How many items of each flat ``items_not_checked`` lists (flat id -> count), without loading them."""
    at = at or now()
    cutoff = at - dt.timedelta(days=int(settings.get("showflat_stale_days")))
    last = _last_answered()
    counts: dict[int, int] = {}
    for item_id, flat_id in (Item.select(Item.id, Item.flat).join(Flat)
                             .where(Item.active == True, Flat.active == True).tuples()):  # noqa: E712
        last_at = last.get(item_id)
        if last_at is None or last_at <= cutoff:
            counts[flat_id] = counts.get(flat_id, 0) + 1
    return counts


@dataclass
class HistoryRow:
    at: dt.datetime
    flat: str
    item: str
    event: str
    detail: str
    staff: str


def history(*, flat_id: int | None = None, item_id: int | None = None, limit: int = 2000) -> list[HistoryRow]:
    """What happened to a flat or an item: checks, exceptions, incidents, quantity changes."""
    if flat_id is None and item_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择样板间或物品"))
    limit = inputs.integer(limit, "条数", minimum=1, maximum=100000)
    names = staff_names()
    rows: list[HistoryRow] = []
    if item_id is not None:
        item = get_item(item_id)
        flat = item.flat
    else:
        flat, item = get_flat(flat_id), None
    answers = (CheckAnswer.select(CheckAnswer, Check, Item).join(Check).switch(CheckAnswer)
               .join(Item, JOIN.LEFT_OUTER).order_by(CheckAnswer.at.desc()).limit(limit))
    if item is not None:
        answers = answers.where(CheckAnswer.item == item.id)
    else:
        answers = answers.where((Check.flat == flat.id) & ((CheckAnswer.status != OK) | (Check.kind == "handover")))
    for a in answers:
        what = a.item.name if a.item_id else (a.point or "")
        detail = a.status
        if a.counted is not None:
            detail += f"，数量 {a.counted}"
        if a.reading is not None:
            detail += f"，{a.reading} °C"
        if a.note:
            detail += f"，{a.note}"
        if a.corrects_id:
            detail += "（更正）"
        rows.append(HistoryRow(a.at, flat.name, what, CHECK_KINDS[a.check.kind], detail, names.get(a.staff_id, "")))
    if item is None:
        for c in checks(flat.id).limit(limit):
            state = "已结束" if c.closed_at else "进行中"
            rows.append(HistoryRow(c.started_at, flat.name, "", CHECK_KINDS[c.kind], state,
                                   names.get(c.started_by_id, "")))
    events = (IncidentEvent.select(IncidentEvent, Incident).join(Incident).order_by(IncidentEvent.at.desc())
              .limit(limit))
    events = events.where(Incident.item == item.id) if item is not None else events.where(Incident.flat == flat.id)
    item_names = {i.id: i.name for i in Item.select(Item.id, Item.name).where(Item.flat == flat.id)}
    for e in events:
        rows.append(HistoryRow(e.at, flat.name, item_names.get(e.incident.item_id, ""),
                               f"事件 #{e.incident_id} {e.incident.kind}", e.status + (f"：{e.note}" if e.note else ""),
                               names.get(e.staff_id, "")))
    changes = QuantityChange.select(QuantityChange, Item).join(Item).order_by(QuantityChange.at.desc())
    changes = changes.where(QuantityChange.item == item.id) if item is not None else changes.where(Item.flat == flat.id)
    for q in changes:
        rows.append(HistoryRow(q.at, flat.name, q.item.name, "数量确认", f"{q.old_qty} → {q.new_qty} {q.reason}".strip(),
                               names.get(q.confirmed_by_id, "")))
    rows.sort(key=lambda r: r.at, reverse=True)
    return rows[:limit]


@dataclass
class DueCheck:
    flat: Flat
    kind: str
    template: str  # Chinese source text (context "showflats"), formatted with params
    params: dict

    @property
    def text(self) -> str:
        return self.template.format(**self.params)

    def translated(self, translate) -> str:
        """``translate(context, text)`` is ``QCoreApplication.translate`` in the UI."""
        return translate("showflats", self.template).format(**self.params)


def checks_due(at: dt.datetime | None = None) -> list[DueCheck]:
    """The handover counts owed: items of a flat not counted for the set number of days. (The
    opening and closing checks are inspection rounds: ``desk.services.inspections.flat_rounds``
    adds the rounds each flat owes.)"""
    at = at or now()
    stale = stale_counts(at=at)
    result = []
    for flat in flats():
        if stale.get(flat.id):
            result.append(DueCheck(flat, "handover",
                                   QT_TRANSLATE_NOOP("showflats", "{flat} 有 {n} 件物品超过 {days} 天未盘点"),
                                   {"flat": flat.name, "n": stale[flat.id],
                                    "days": settings.get("showflat_stale_days")}))
    return result
