"""更正 a wrong field of a repair or a complaint: a new entry with the corrected value, who, when
and why. The record keeps what was first written; screens, prints and reports show the newest
correction (``apply``), and ``history`` shows every value a field has had.

A correction counts until the workflow writes the field again (a complaint's plan proposed anew
after its correction): the field's stage time then is later than the correction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import Model

from desk.clock import now
from desk.db.base import db, lock, retrying
from desk.db.servicedesk import Complaint, ComplaintCategory, Correction, Repair
from desk.services.core import audit, privacy
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.session import Session
from desk.services.core.staff import staff_names
from desk.services.servicedesk import repairs as repair_service

REPAIR, COMPLAINT = "repair", "complaint"
MODELS = {REPAIR: Repair, COMPLAINT: Complaint}

# entity -> field -> (label, the stage time that wrote it, required)
FIELDS: dict[str, dict[str, tuple[str, str, bool]]] = {
    REPAIR: {
        "category": (QT_TRANSLATE_NOOP("service", "报修类别"), "received_at", True),
        "description": (QT_TRANSLATE_NOOP("service", "报修内容"), "received_at", True),
        "reporter": (QT_TRANSLATE_NOOP("service", "报修人"), "received_at", False),
        "reporter_phone": (QT_TRANSLATE_NOOP("service", "联系电话"), "received_at", False),
        "worker": (QT_TRANSLATE_NOOP("service", "维修人员"), "dispatched_at", True),
        "materials": (QT_TRANSLATE_NOOP("service", "所用材料"), "done_at", False),
        "done_note": (QT_TRANSLATE_NOOP("service", "完工说明"), "done_at", False),
        "callback_comment": (QT_TRANSLATE_NOOP("service", "回访意见"), "callback_at", False),
    },
    COMPLAINT: {
        "complainant": (QT_TRANSLATE_NOOP("service", "投诉人"), "received_at", True),
        "phone": (QT_TRANSLATE_NOOP("service", "联系电话"), "received_at", False),
        "category": (QT_TRANSLATE_NOOP("service", "投诉类别"), "received_at", True),
        "content": (QT_TRANSLATE_NOOP("service", "投诉内容"), "received_at", True),
        "judgement": (QT_TRANSLATE_NOOP("service", "判断说明"), "judged_at", False),
        "department": (QT_TRANSLATE_NOOP("service", "责任部门"), "investigated_at", True),
        "investigation": (QT_TRANSLATE_NOOP("service", "调查情况"), "investigated_at", False),
        "plan": (QT_TRANSLATE_NOOP("service", "处理方案"), "planned_at", True),
        "implementation": (QT_TRANSLATE_NOOP("service", "实施情况"), "implemented_at", True),
        "summary": (QT_TRANSLATE_NOOP("service", "总结"), "closed_at", True),
        "callback_comment": (QT_TRANSLATE_NOOP("service", "回访意见"), "callback_at", False),
    },
}
MAX_LENGTH = 1000


@dataclass
class CorrectionRow:
    id: int
    at: dt.datetime
    staff_name: str
    field: str
    label: str  # Chinese source text (context "service")
    before: str  # as shown: a category's name
    after: str
    reason: str


def _record(entity: str, record_id) -> Model:
    model = MODELS.get(entity)
    if model is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "不能更正这类记录：{entity}"), entity=entity)
    record = model.get_or_none(model.id == record_id) if record_id else None
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到要更正的记录：{id}"), id=record_id)
    return record


def _raw(record: Model, field: str) -> str:
    """A field's value as a correction stores it (a category: its id)."""
    value = record.__data__.get(field)
    return "" if value is None else str(value)


def _shown(entity: str, field: str, value: str, categories: dict[int, str] | None = None) -> str:
    if entity == COMPLAINT and field == "category" and value:
        categories = categories if categories is not None else _category_names()
        return categories.get(int(value), value)
    return value


def _category_names() -> dict[int, str]:
    return {c.id: c.name for c in ComplaintCategory.select(ComplaintCategory.id, ComplaintCategory.name)}


def _counts(record: Model, entity: str, correction: Correction) -> bool:
    """A correction counts unless the workflow wrote the field after it."""
    stage = getattr(record, FIELDS[entity][correction.field][1], None)
    return stage is None or stage <= correction.at


def newest(entity: str, record_ids) -> dict[int, dict[str, Correction]]:
    """The newest correction of each corrected field, per record id."""
    ids = list({int(i) for i in record_ids if i})
    result: dict[int, dict[str, Correction]] = {}
    for start in range(0, len(ids), 500):
        for c in (Correction.select().where((Correction.entity == entity)
                                            & Correction.record_id.in_(ids[start:start + 500]))
                  .order_by(Correction.id)):
            result.setdefault(c.record_id, {})[c.field] = c
    return result


def apply(entity: str, records) -> list:
    """Show ``records`` (loaded rows, not saved again) with their newest corrections: each corrected
    field takes its corrected value, and ``record.corrected`` names the fields corrected."""
    rows = list(records)
    found = newest(entity, (r.id for r in rows))
    for row in rows:
        record = privacy.record_of(row)  # a row shown masked is read-only; its record takes the values
        fields = []
        for field, c in found.get(record.id, {}).items():
            if not _counts(record, entity, c):
                continue
            if entity == COMPLAINT and field == "category":
                record.__data__["category"] = int(c.value)
                record.__rel__.pop("category", None)
            else:
                record.__data__[field] = c.value
            fields.append(field)
        record.corrected = fields
        privacy.reshown(row)
    return rows


def apply_one(entity: str, record):
    return apply(entity, [record])[0]


def _clean(entity: str, field: str, value) -> str:
    label, _stage, required = FIELDS[entity][field]
    text = str(value if value is not None else "").strip()
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请填写{field}"), field=label)
    if len(text) > MAX_LENGTH:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "{field}太长（最多 {n} 字）"), field=label, n=MAX_LENGTH)
    if field == "category" and entity == REPAIR and text not in repair_service.CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的报修类别：{category}"), category=text)
    if field == "category" and entity == COMPLAINT:
        category = (ComplaintCategory.get_or_none(ComplaintCategory.id == int(text)) if text.isdigit()
                    else ComplaintCategory.get_or_none(ComplaintCategory.name == text))
        if category is None or not category.active:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知的投诉类别：{category}"), category=text)
        text = str(category.id)
    return text


@retrying
def correct(session: Session, entity: str, record_id: int, field: str, value, reason: str, *,
            at: dt.datetime | None = None) -> Correction:
    """更正 one field of a repair or complaint with a reason: a new entry; the record is not touched."""
    session.require("service.desk")
    at = at or now()
    reason = (reason or "").strip()
    with db.atomic():
        record = _record(entity, record_id)
        lock(f"correct_{entity}", record.id)  # two PCs correcting one record: the second corrects the first
        if field not in FIELDS[entity]:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "这一项不能更正：{field}"), field=field)
        label, stage, _required = FIELDS[entity][field]
        if getattr(record, stage) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{field}”还没有填写：请在流程的这一步填写"), field=label)
        new = _clean(entity, field, value)
        current = apply_one(entity, _record(entity, record_id))
        if _raw(current, field) == new:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "没有改动：{field}与现在的相同"), field=label)
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "请写明更正原因"))
        if len(reason) > 200:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "原因太长（最多 200 字）"))
        previous = newest(entity, [record.id]).get(record.id, {}).get(field)
        entry = Correction.create(entity=entity, record_id=record.id, field=field, value=new, reason=reason, at=at,
                                  staff=session.staff_id,
                                  corrects=previous.id if previous is not None and _counts(record, entity, previous)
                                  else None)
        audit.record(session, "correct", entity, record.id, before={field: _raw(current, field)},
                     after={field: new}, note=reason)
    return entry


def history(entity: str, record_id: int) -> list[CorrectionRow]:
    """Every correction of a record, oldest first, with the value it replaced."""
    record = _record(entity, record_id)
    names = staff_names()
    categories = _category_names()
    shown: dict[str, str] = {}
    rows = []
    for c in (Correction.select().where((Correction.entity == entity) & (Correction.record_id == record.id))
              .order_by(Correction.id)):
        before = shown.get(c.field) if c.corrects_id else _raw(record, c.field)
        rows.append(CorrectionRow(c.id, c.at, names.get(c.staff_id, ""), c.field, FIELDS[entity][c.field][0],
                                  _shown(entity, c.field, before or "", categories),
                                  _shown(entity, c.field, c.value, categories), c.reason))
        shown[c.field] = c.value
    return rows


ENTITY_NAMES = {REPAIR: QT_TRANSLATE_NOOP("service", "报修"), COMPLAINT: QT_TRANSLATE_NOOP("service", "投诉")}
