"""Doing a round (巡检): start it from a template, answer each item, close it.

Answers are a journal: every answer is a new row with who and when; the newest answer of an item
counts, and a new one points at the one it replaces (``corrects``). How an item is answered:

- 正常/异常: the status given;
- 读数: a number, 正常 within the item's limits, else 异常;
- 数量: a count, 正常 when it is the expected number, else 异常 (fewer: 缺失);
- 是/否: 正常 when it is the item's normal answer;
- 备注: a text, 正常 unless marked 异常.

An 异常 answer needs a note and/or a photo when the item says so, and is followed by an incident
(the show-flat incident flow, at any place) or a work order (工程维修单), as the item says; a later
answer that is still 异常 does not open a second one. A closed round takes new answers only as a
supervisor's correction, with a reason.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from desk.db.base import db, insert_rows, retrying
from desk.db.inspections import PlaceIncident, Round, RoundAnswer, Template, TemplateItem, WorkOrder
from desk.db.showflats import Flat, Photo
from desk.services.core import audit, inputs
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.serials import next_form_serial
from desk.services.core.session import Session
from desk.services.core.text import bounded_text
from desk.services.inspections import incidents as incident_service, workorders
from desk.services.inspections.templates import NO, YES, get_template, item_name, item_standard, place_text
from desk.services.showflats import photos
from desk.services.showflats.flats import CLOSED, INSPECTION_FORM, INSPECTION_SERIAL, answer_rows

OK, FAULT = "正常", "异常"
STATUSES = [QT_TRANSLATE_NOOP("inspections", "正常"), QT_TRANSLATE_NOOP("inspections", "异常")]
DEFAULTABLE = ("ok", "yesno", "note", "count")  # what 全部正常 answers (a reading must be read)


class RoundIncomplete(ValidationError):
    """A round may not be closed while items are unanswered; ``missing`` lists them."""

    def __init__(self, missing: list[str]):
        self.missing = missing
        shown = "、".join(missing[:12]) + ("等" if len(missing) > 12 else "")
        super().__init__(QT_TRANSLATE_NOOP("desk", "还有 {n} 项未检查，不能结束：{names}"),
                         n=len(missing), names=shown)


# -- lookups --------------------------------------------------------------------------------
def get_round(round_id) -> Round:
    found = Round.get_or_none(Round.id == round_id) if isinstance(round_id, int) else None
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到巡检记录：{ref}"), ref=round_id)
    return found


def latest_answers(round_id: int) -> dict[int, RoundAnswer]:
    """The answer that counts for each item id of a round."""
    result: dict[int, RoundAnswer] = {}
    for answer in RoundAnswer.select().where(RoundAnswer.round == round_id).order_by(RoundAnswer.id):
        result[answer.item_id] = answer
    return result


def answer_history(round_id: int) -> list[RoundAnswer]:
    """Every answer of a round, corrections included, in the order given."""
    return list(RoundAnswer.select(RoundAnswer, TemplateItem).join(TemplateItem)
                .where(RoundAnswer.round == round_id).order_by(RoundAnswer.id))


def round_items(round_: Round) -> list[TemplateItem]:
    """What a round asks: a closed round the items it answered; an open one also the template's
    active items (a template edited later does not change a past round)."""
    answered = TemplateItem.select(RoundAnswer.item).join(RoundAnswer).where(RoundAnswer.round == round_.id)
    condition = TemplateItem.id.in_(answered)
    if round_.closed_at is None:
        condition = condition | (TemplateItem.active == True)  # noqa: E712
    return list(TemplateItem.select().where((TemplateItem.template == round_.template_id) & condition)
                .order_by(TemplateItem.sort, TemplateItem.id))


@dataclass
class SheetRow:
    item: TemplateItem
    answer: RoundAnswer | None

    @property
    def label(self) -> str:
        return item_standard(self.item)

    @property
    def value_text(self) -> str:
        """The answer's reading, count or yes/no (what the 读数/数量 column shows)."""
        return answer_value(self.item, self.answer)


def answer_value(item: TemplateItem, answer: RoundAnswer | None) -> str:
    if answer is None:
        return ""
    if item.kind == "reading" and answer.reading is not None:
        return f"{answer.reading.normalize():f} {item.unit}".strip()
    if item.kind == "count" and answer.counted is not None:
        return f"{answer.counted} {item.unit}".strip()
    if item.kind == "yesno":
        return answer.choice
    return ""


def round_sheet(round_id: int) -> list[SheetRow]:
    """The rows of a round with the answer that counts for each (None when unanswered)."""
    round_ = get_round(round_id)
    answers = latest_answers(round_.id)
    return [SheetRow(item, answers.get(item.id)) for item in round_items(round_)]


def rounds(*, template_id: int | None = None, flat_id: int | None = None, since: dt.datetime | None = None,
           until: dt.datetime | None = None, closed_only: bool = False):
    query = (Round.select(Round, Template).join(Template)
             .order_by(Round.started_at.desc(), Round.id.desc()))
    if template_id is not None:
        query = query.where(Round.template == template_id)
    if flat_id is not None:
        query = query.where(Round.flat == flat_id)
    query = in_period(query, Round.started_at, since, until)
    if closed_only:
        query = query.where(Round.closed_at.is_null(False))
    return query


def fault_counts(round_ids: list[int]) -> dict[int, int]:
    """How many items each round found 异常 (the answers that count)."""
    if not round_ids:
        return {}
    latest: dict[tuple[int, int], str] = {}
    for round_id, item_id, status in (RoundAnswer.select(RoundAnswer.round, RoundAnswer.item, RoundAnswer.status)
                                      .where(RoundAnswer.round.in_(round_ids)).order_by(RoundAnswer.id).tuples()):
        latest[(round_id, item_id)] = status
    counts = {r: 0 for r in round_ids}
    for (round_id, _item), status in latest.items():
        if status != OK:
            counts[round_id] += 1
    return counts


def followups(round_id: int) -> tuple[list[PlaceIncident], list[WorkOrder]]:
    """The incidents and work orders a round's failed items raised."""
    incidents = list(PlaceIncident.select().where(PlaceIncident.round == round_id).order_by(PlaceIncident.id))
    orders = list(WorkOrder.select().join(RoundAnswer).where(RoundAnswer.round == round_id).order_by(WorkOrder.id))
    return incidents, orders


# -- starting -------------------------------------------------------------------------------
def _serial(at: dt.datetime) -> str:
    """The inspection sheet's number (XJ-yyyymmdd-nnn): one sequence a day with the show flats'
    inspection sheets, never reused."""
    return next_form_serial(INSPECTION_SERIAL, INSPECTION_FORM, at.date())


@retrying
def start_round(session: Session, template_id: int, *, flat_id: int | None = None, note: str = "",
                at: dt.datetime | None = None) -> Round:
    session.require("inspection.do")
    at = inputs.when(at, "巡检时间")
    with db.atomic():
        template = get_template(template_id)
        if not template.active:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "巡检模板“{name}”已停用"), name=template.name)
        flat = None
        if template.place_kind == "showflat":
            wanted = template.flat_id if template.flat_id is not None else flat_id
            flat = Flat.get_or_none(Flat.id == wanted) if isinstance(wanted, int) else None
            if flat is None:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择样板间"))
        if not TemplateItem.select().where((TemplateItem.template == template.id)
                                           & (TemplateItem.active == True)).exists():  # noqa: E712
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "巡检模板“{name}”还没有检查项目"), name=template.name)
        round_ = Round.create(template=template, flat=flat, place=place_text(template, flat.name if flat else None),
                              started_at=at, started_by=session.staff_id, serial=_serial(at),
                              note=(note or "").strip()[:500])
        audit.record(session, "create", "inspection_round", round_.id, after=audit.snapshot(round_))
    return round_


# -- answering ------------------------------------------------------------------------------
def _number(value, item: TemplateItem) -> Decimal:
    if isinstance(value, float):
        value = repr(value)
    try:
        number = Decimal(inputs.clean(value))
    except (InvalidOperation, TypeError, ValueError):  # ValueError: an int too long to read as text
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{label}”请填数字，例如 26"), label=item.label) from None
    if not number.is_finite() or abs(number) >= Decimal("100000000"):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{label}”的读数 {value} 不合理"), label=item.label,
                              value=value)
    return number.quantize(Decimal("0.01"))


def _count(value, item: TemplateItem) -> int:
    try:
        number = int(str(value).strip()) if not isinstance(value, int) or isinstance(value, bool) else value
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{label}”请填整数"), label=item.label) from None
    if isinstance(value, bool) or not 0 <= number <= 100000:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{label}”的数量 {value} 不合理"), label=item.label,
                              value=value)
    return number


def within(item: TemplateItem, reading: Decimal) -> bool:
    """Whether a reading is within the item's limits (a reading that is no number is refused)."""
    reading = _number(reading, item)
    return (item.low is None or reading >= item.low) and (item.high is None or reading <= item.high)


def evaluate(item: TemplateItem, raw: dict) -> dict:
    """One answer checked against its item: the values to store, with the status it comes to."""
    given = inputs.clean(raw.get("status"))
    if given and given not in STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "检查结果只能是 正常 或 异常"))
    note = inputs.note(raw.get("note"), "备注")
    values = dict(status=OK, reading=None, counted=None, choice="", note=note)
    kind = item.kind
    if kind == "reading":
        if raw.get("reading") in (None, ""):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写“{label}”的读数"), label=item.label)
        values["reading"] = _number(raw["reading"], item)
        values["status"] = OK if within(item, values["reading"]) else FAULT
    elif kind == "count":
        if raw.get("counted") in (None, ""):
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写“{label}”的数量"), label=item.label)
        values["counted"] = _count(raw["counted"], item)
        values["status"] = OK if item.expected is None or values["counted"] == item.expected else FAULT
    elif kind == "yesno":
        choice = raw.get("choice")
        if isinstance(choice, bool):
            choice = YES if choice else NO
        choice = inputs.clean(choice)
        if choice not in (YES, NO):
            if given:  # 正常 / 异常 given for a yes/no item: the normal answer or the other one
                choice = item.normal_answer if given == OK else (NO if item.normal_answer == YES else YES)
            else:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{label}”请选 是 或 否"), label=item.label)
        values["choice"] = choice
        values["status"] = OK if choice == item.normal_answer else FAULT
    elif kind == "ok":
        if not given:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{label}”请选 正常 或 异常"), label=item.label)
        values["status"] = given
    if given == FAULT:  # a reading in limits, a count that adds up … may still be marked 异常
        values["status"] = FAULT
    return values


def _photo(raw: dict):
    """A photo to store with an answer: a file or its bytes (checked here), or a stored photo's id."""
    photo = raw.get("photo")
    if photo is None or photo == "":
        return None
    if isinstance(photo, (str, bytes, bytearray, Path)):
        return photos.prepare(photo)
    return inputs.referred_id(Photo, photo, QT_TRANSLATE_NOOP("desk", "找不到照片：{ref}"))


def _open_followup(session: Session, round_: Round, item: TemplateItem, answer: RoundAnswer, at: dt.datetime):
    what = item_name(item)
    if item.on_fail == "work_order":
        detail = answer.note or answer_value(item, answer) or FAULT
        return workorders.create_order(session, round_.place,
                                       f"{round_.template.name}：{detail}", asset=what, at=at, answer_id=answer.id)
    kind = incident_service.FAULT
    if item.kind == "count" and answer.counted is not None and item.expected is not None \
            and answer.counted < item.expected:
        kind = incident_service.MISSING
    note = answer.note or answer_value(item, answer)
    return incident_service.open_incident(session, place=round_.place, what=what, kind=kind, note=note,
                                          photo=answer.photo_id, flat_id=round_.flat_id, round_id=round_.id,
                                          answer_id=answer.id, at=at)


def _still_open(prior: RoundAnswer | None) -> bool:
    """A failure already followed up and not yet closed (a second 异常 answer opens nothing new)."""
    if prior is None or prior.status == OK:
        return False
    chain = [prior.id]
    while prior is not None and prior.corrects_id is not None:
        chain.append(prior.corrects_id)
        prior = RoundAnswer.get_or_none(RoundAnswer.id == prior.corrects_id)
    return (PlaceIncident.select().where(PlaceIncident.answer.in_(chain) & (PlaceIncident.status != CLOSED)).exists()
            or WorkOrder.select().where(WorkOrder.answer.in_(chain) & WorkOrder.status.in_(workorders.OPEN)).exists())


@retrying
def save_answers(session: Session, round_id: int, answers: list[dict], *, at: dt.datetime | None = None,
                 correction: str = "") -> list:
    """Record answers of a round in one transaction. Each is a dict with ``item`` (id) and, as its
    kind needs, ``status``, ``reading``, ``counted``, ``choice`` (是/否), ``note``, ``photo`` (path or
    bytes). Returns the incidents and work orders opened."""
    session.require("inspection.do")
    at = inputs.when(at, "巡检时间")
    answers = answer_rows(answers)
    correction = inputs.note(correction, "更正原因")
    round_ = get_round(round_id)
    if round_.closed_at is not None and not correction:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "该巡检已结束，不能再填写"))
    by_id = {i.id: i for i in round_items(round_)}
    rows = []
    for raw in answers:
        item = by_id.get(inputs.record_id(raw.get("item")))
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "检查项目 {ref} 不在“{name}”中"),
                           ref=inputs.clean(raw.get("item"))[:20], name=round_.template.name)
        values = evaluate(item, raw)
        photo = _photo(raw)
        if values["status"] == FAULT:
            if item.note_on_fail and not values["note"]:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{label}”异常，请写明情况"), label=item.label)
            if item.photo_on_fail and photo is None:
                raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{label}”异常，请附照片"), label=item.label)
        rows.append((item, values, photo))
    opened: list = []
    with db.atomic():
        previous = latest_answers(round_.id)
        plain = []
        for item, values, photo in rows:
            prior = previous.get(item.id)
            record = dict(round=round_.id, item=item.id, at=at, staff=session.staff_id,
                          corrects=prior.id if prior is not None else None, photo=None, **values)
            if values["status"] == OK and photo is None:
                plain.append(record)
                continue
            stored = photos.store(session, photo) if photo is not None else None
            record["photo"] = stored.id if stored is not None else None
            answer = RoundAnswer.create(**record)
            if values["status"] == FAULT and item.on_fail != "none" and not _still_open(prior):
                opened.append(_open_followup(session, round_, item, answer, at))
        insert_rows(RoundAnswer, plain)  # one statement: a 40-item round saves in milliseconds
        audit.record(session, "correct" if correction else "create", "inspection_answers", round_.id,
                     after={"answers": len(rows), "followups": [f"{type(o).__name__}:{o.id}" for o in opened]},
                     note=f"{round_.template.name} {correction}".strip())
    return opened


def unanswered(round_id: int) -> list[str]:
    round_ = get_round(round_id)
    answered = set(latest_answers(round_.id))
    return [item.label for item in round_items(round_) if item.id not in answered]


@retrying
def mark_rest_ok(session: Session, round_id: int) -> int:
    """全部正常: every item not yet answered that can be answered without a reading is 正常 (a count
    as expected, a yes/no its normal answer). Returns how many were answered."""
    rest = [row.item for row in round_sheet(round_id) if row.answer is None and row.item.kind in DEFAULTABLE]
    answers = [dict(item=i.id, status=OK, counted=i.expected if i.kind == "count" else None,
                    choice=i.normal_answer if i.kind == "yesno" else None) for i in rest]
    if answers:
        save_answers(session, round_id, answers)
    return len(answers)


@retrying
def close_round(session: Session, round_id: int, *, note: str = "", at: dt.datetime | None = None) -> Round:
    """End a round; refused (listing them) while items are unanswered."""
    session.require("inspection.do")
    with db.atomic():
        round_ = get_round(round_id)
        if round_.closed_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "该巡检已结束"))
        missing = unanswered(round_.id)
        if missing:
            raise RoundIncomplete(missing)
        before = audit.snapshot(round_)
        round_.closed_at = inputs.when(at, "结束时间")
        round_.closed_by = session.staff_id
        if note:
            round_.note = (round_.note + "\n" + note.strip()).strip()[:500]
        round_.save()
        audit.record(session, "change", "inspection_round", round_.id, before=before, after=audit.snapshot(round_))
    return round_


@retrying
def record_round(session: Session, template_id: int, answers: list[dict], *, flat_id: int | None = None,
                 all_ok_rest: bool = False, note: str = "", at: dt.datetime | None = None) -> Round:
    """Start, answer and close a round in one transaction (what a round screen's 完成 does). With
    ``all_ok_rest`` the items not in ``answers`` are answered as 全部正常 does. Nothing is saved
    when refused."""
    with db.atomic():
        round_ = start_round(session, template_id, flat_id=flat_id, note=note, at=at)
        if answers:
            save_answers(session, round_.id, answers, at=at)
        if all_ok_rest:
            mark_rest_ok(session, round_.id)
        return close_round(session, round_.id, at=at)


@retrying
def correct_answers(session: Session, round_id: int, answers: list[dict], reason: str, *,
                    at: dt.datetime | None = None) -> list:
    """更正 a closed round (a supervisor, with a reason): new answers, each pointing at the one it
    corrects; nothing is overwritten. A failure opens its incident or work order as in a round."""
    session.require("inspection.manage")
    reason = bounded_text(reason, "更正原因", limit=200)
    round_ = get_round(round_id)
    if round_.closed_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "该巡检还没结束：请在巡检中直接改填"))
    answers = [dict(a, note=inputs.note(a.get("note"), "备注") or reason) for a in answer_rows(answers)]
    return save_answers(session, round_.id, answers, at=at, correction=reason)

