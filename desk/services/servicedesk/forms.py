"""Printable documents of the service desk, for the forms engine (``desk/printing/sources.py``).

Each source is ``fn(session, *, id=None, day=None) -> list[document]`` (see forms/README.md):
phones through ``privacy.phone_for``, ID numbers through ``privacy.mask_id``.
"""
from __future__ import annotations

import datetime as dt
import re

from desk import settings
from desk.db.servicedesk import (
    Call, Complaint, FeeNotice, FeePeriod, KeyLoan, OwnerVisit, Repair, SurveyResponse, Unit,
)
from desk.services.servicedesk import calls as calls_service
from desk.services.servicedesk import complaints as complaints_service
from desk.services.servicedesk import fees, specials, surveys
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.core.money import money_in_words
from desk.services.core.privacy import mask_id, phone_for
from desk.services.core.progress import NO_PROGRESS, Progress
from desk.services.core.days import day_range, month_range
from desk.services.core.staff import staff_name
from desk.services.core.session import Session

OFFICE_HOURS = "每日 8:30—17:30"


def _need(session: Session) -> None:
    session.require("print")


def _signer(session: Session) -> str:
    """Who fills the form in: the signed-in person; blank (to sign by hand) for the command line."""
    return session.name if session.staff_id else ""


def _one(model, id, what: str):
    record = model.get_or_none(model.id == id)
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到{what}：{id}"), what=what, id=id)
    return record


def _in_day(field, day: dt.date):
    start, end = day_range(day)
    return (field >= start) & (field < end)


def _satisfaction(value) -> str:
    return "" if value is None else ("满意" if value else "不满意")


# -- repairs -----------------------------------------------------------------------------------
def _repair_doc(session, r: Repair) -> dict:
    materials = []
    if r.charge_item_id:
        materials.append({"name": r.charge_item.name, "spec": r.charge_item.unit_name, "qty": r.charge_quantity,
                          "price": r.charge_item.price, "amount": r.charge})
    elif r.materials:
        materials.append({"name": r.materials})
    callback = ""
    if r.callback_at:
        callback = f"{r.callback_at:%Y-%m-%d %H:%M} {staff_name(r.callback_by_id)}"
    return {
        "serial": r.number,
        "fields": {
            "owner": r.reporter, "room": r.unit.label, "phone": phone_for(session, r.reporter_phone),
            "reported_at": r.received_at, "reception": staff_name(r.received_by_id),
            "paid": None if r.done_at is None else ("有偿" if r.charge else "无偿"),
            "content": f"{r.category}：{r.description}", "worker": r.worker, "dispatched_at": r.dispatched_at,
            "finished_at": r.done_at, "result": r.done_note or (r.materials if r.done_at else ""),
            "fee": r.charge if r.done_at else None, "satisfaction": _satisfaction(r.satisfied),
            "opinion": r.callback_comment, "callback": callback,
        },
        "tables": {"materials": materials},
        "signatures": {"经办人": staff_name(r.received_by_id)},
    }


def repair_slip_documents(session, *, id=None, day=None) -> list[dict]:
    """室内维修联系单: one repair, or every repair received on a day."""
    _need(session)
    if id is not None:
        return [_repair_doc(session, _one(Repair, id, "报修单"))]
    return [_repair_doc(session, r) for r in Repair.select().where(_in_day(Repair.received_at, day))
            .order_by(Repair.received_at)]


def charge_number(repair_number: str) -> str:
    """The 内部维修收费单 number of a repair: its own date and sequence under SF (one charge slip
    per repair, the same number on every reprint): BX-20261123-004 -> SF-20261123-004."""
    found = re.search(r"(\d{8})-(\d+)$", repair_number or "")
    return f"SF-{found.group(1)}-{found.group(2)}" if found else ""


def _charge_doc(session, r: Repair) -> dict:
    if not r.charge:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "报修单 {number} 没有收费，无需打印收费单"), number=r.number)
    items = []
    if r.charge_item_id:
        # an item of the 内部维修收费 table is a service (materials are bought by the owner or billed apart)
        items.append({"kind": "人工", "item": r.charge_item.name,
                      "unit": r.charge_item.unit_name, "qty": r.charge_quantity, "price": r.charge_item.price,
                      "amount": r.charge})
    else:
        items.append({"kind": "人工", "item": r.done_note or r.category, "unit": "次", "qty": 1,
                      "price": r.charge, "amount": r.charge})
    return {
        "serial": charge_number(r.number),
        "fields": {"owner": r.reporter, "room": r.unit.label, "phone": phone_for(session, r.reporter_phone),
                   "repair_no": r.number, "finished_on": r.done_at.date() if r.done_at else None,
                   "worker": r.worker, "content": f"{r.category}：{r.description}",
                   "total_words": money_in_words(r.charge), "total": r.charge},
            "tables": {"items": items},
    }


def repair_charge_documents(session, *, id=None, day=None) -> list[dict]:
    """内部维修收费单: one repair with a charge, or every charged repair finished on a day."""
    _need(session)
    if id is not None:
        return [_charge_doc(session, _one(Repair, id, "报修单"))]
    return [_charge_doc(session, r) for r in Repair.select().where(_in_day(Repair.done_at, day) & (Repair.charge > 0))
            .order_by(Repair.done_at)]


# -- special services -----------------------------------------------------------------------------
def special_fees_documents(session, *, id=None, day=None) -> list[dict]:
    """特约服务收费标准: the current fee table (id and day are not needed)."""
    _need(session)
    return [{"fields": {"effective_from": day or dt.date.today(), "service_phone": settings.get("service_phone")},
             "tables": {"fees": _fee_rows()}}]


def _fee_rows() -> list[dict]:
    return [{"category": "特约服务", "item": p.name, "unit": p.unit_name, "price": p.price, "note": p.note}
            for p in specials.price_items("special")]


def special_fees_blank() -> dict:
    """The blank 特约服务收费标准 lists the program's own price table."""
    rows = _fee_rows()
    return {"presets": {"fees": rows}} if rows else {}


# -- fees -----------------------------------------------------------------------------------------------
def _notice_serials(notices) -> dict[int, str]:
    """``JF-年月日-序号``: the period's start and the notice's place among the period's notices (in the
    order they were issued): the same number on every reprint."""
    serials: dict[int, str] = {}
    for period_id in {n.period_id for n in notices}:
        start = FeePeriod.get_by_id(period_id).start
        ids = [i for (i,) in FeeNotice.select(FeeNotice.id).where(FeeNotice.period == period_id)
               .order_by(FeeNotice.id).tuples()]
        width = max(3, len(str(len(ids))))
        serials.update({i: f"JF-{start:%Y%m%d}-{n:0{width}d}" for n, i in enumerate(ids, 1)})
    return serials


def _notice_doc(session, notice: FeeNotice, st: dict, serial: str) -> dict:
    period = notice.period
    items = [{"item": "物业服务费", "period": period.name,
              "basis": f"{notice.area}㎡ × {notice.unit_price.normalize():f} 元 × {notice.months} 月",
              "amount": notice.amount}]
    if st["paid"]:
        items.append({"item": "本期已缴", "period": period.name, "amount": -st["paid"]})
    for other, due in st["earlier"]:
        items.append({"item": "往期欠费", "period": other.period.name, "amount": due})
    doc = {
        "serial": serial,
        "fields": {"owner": notice.unit.owner_name, "room": notice.unit.label, "area": f"{notice.area}",
                   "rate": f"{notice.unit_price.normalize():f}", "period": period.name,
                   "due_date": period.due_date},
        "tables": {"items": items},
    }
    if st["total_due"] <= 0:
        doc["text"] = {"body": SETTLED}
    return doc


SETTLED = "您好！感谢您对{company}工作的支持。您本期物业服务费等费用已全部结清（应缴合计 0.00 元），无需再缴。\n特此告知，谢谢合作！"


def _notice_docs(session, notices, *, skip_settled: bool, progress: Progress = NO_PROGRESS) -> list[dict]:
    """The documents of ``notices`` (a few queries, not two per notice). In a batch the notices of
    owners who owe nothing are left out; one such notice printed alone says 已结清."""
    statements = fees.statements(notices)
    serials = _notice_serials(notices)
    documents = []
    for i, notice in enumerate(notices):
        progress.check()
        progress.report(i, len(notices), notice.unit.code)
        st = statements[notice.id]
        if skip_settled and st["total_due"] <= 0:
            continue
        documents.append(_notice_doc(session, notice, st, serials[notice.id]))
    return documents


def fee_notice_documents(session, *, id=None, day=None) -> list[dict]:
    """物业费缴费通知单: one notice (id), or every notice still owing of the periods starting on ``day``."""
    _need(session)
    if id is not None:
        return _notice_docs(session, [_one(FeeNotice, id, "缴费通知")], skip_settled=False)
    query = (FeeNotice.select(FeeNotice, FeePeriod, Unit).join(FeePeriod).switch(FeeNotice).join(Unit)
             .where(FeePeriod.start == day).order_by(Unit.building, Unit.entrance, Unit.room))
    return _notice_docs(session, list(query), skip_settled=True)


def building_fee_notices(session, period_id: int, building: str | None,
                         progress: Progress = NO_PROGRESS) -> list[dict]:
    """Every notice of a period for one building (all when None) still owing, as documents for one
    PDF (owners who have paid everything get no notice)."""
    _need(session)
    notices = list(fees.list_notices(period_id=period_id, building=building))
    if not notices:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "该期间和楼栋还没有缴费通知，请先生成通知"))
    documents = _notice_docs(session, notices, skip_settled=True, progress=progress)
    if not documents:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "该期间和楼栋的业主都已结清，没有要打印的缴费通知"))
    return documents


def _arrears_doc(session, row: dict, as_of: dt.date) -> dict:
    unit = row["unit"]
    items = []
    for notice, due in fees._unit_dues(unit.id):
        if due > 0 and notice.period.due_date < as_of:
            items.append({"item": "物业服务费", "period": notice.period.name, "amount": due})
    return {"serial": row["reminder"].number,
            "fields": {"owner": unit.owner_name, "room": unit.label, "as_of": as_of, "total": row["amount"],
                       "due_date": as_of + dt.timedelta(days=15), "reminders": row["count"]},
            "tables": {"items": items}}


def arrears_notice_documents(session, *, id=None, day=None) -> list[dict]:
    """催缴通知书: one unit (id = unit id) or every unit in arrears as of ``day``. Printing them issues
    the reminders (numbered, counted per unit; the same ones again for the same day)."""
    _need(session)
    as_of = day or dt.date.today()
    rows = fees.issue_reminders(session, as_of, unit_id=id)
    if id is not None and not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "该房号没有逾期欠费"))
    return [_arrears_doc(session, r, as_of) for r in rows]


# -- complaints -------------------------------------------------------------------------------------
def _category_names() -> list[str]:
    return [c.name for c in complaints_service.categories()]


def _complaint_doc(session, c: Complaint, names: list[str]) -> dict:
    judgement = None if c.valid is None else ("有效投诉" if c.valid else "无效投诉")
    return {
        "serial": c.number,
        # the boxes are the program's categories (a retired one still printed for its complaints)
        "options": {"category": names + ([c.category.name] if c.category.name not in names else [])},
        "fields": {
            "owner": c.complainant, "room": c.unit.label if c.unit_id else "", "phone": phone_for(session, c.phone),
            "received_at": c.received_at, "receiver": staff_name(c.received_by_id), "category": c.category.name,
            "channel": c.channel,
            "content": c.content, "judgment": judgement, "handler": c.department,
            "investigation": c.investigation or c.judgement,
            "plan": c.plan + (f"（{staff_name(c.approved_by_id)} 批准）" if c.approved_by_id else ""),
            "result": c.implementation + ("（业主已确认）" if c.customer_confirmed else ""),
            "closed_at": c.closed_at.date() if c.closed_at else None,
            "callback_at": c.callback_at.date() if c.callback_at else None,
            "callback_by": staff_name(c.callback_by_id), "satisfaction": _satisfaction(c.satisfied),
            "summary": c.summary,
        },
    }


def complaint_record_documents(session, *, id=None, day=None) -> list[dict]:
    _need(session)
    names = _category_names()
    if id is not None:
        return [_complaint_doc(session, _one(Complaint, id, "投诉"), names)]
    return [_complaint_doc(session, c, names) for c in Complaint.select().where(_in_day(Complaint.received_at, day))
            .order_by(Complaint.received_at)]


def complaint_record_blank() -> dict:
    """The blank 业主投诉登记表 ticks from the program's own (editable) category list."""
    return {"options": {"category": _category_names()}}


def complaint_stats_blank() -> dict:
    """The blank 投诉分类统计表 has a row per category of the program's list."""
    return {"presets": {"stats": [{"category": name} for name in _category_names()]}}


def complaint_stats_documents(session, *, id=None, day=None) -> list[dict]:
    """投诉分类统计表 for the month of ``day`` (default this month)."""
    _need(session)
    day = day or dt.date.today()
    rows = complaints_service.category_statistics(day.year, day.month)
    total = sum(r["received"] for r in rows)
    first, last = month_range(day.year, day.month)
    start, end = day_range(first, last)
    on_time = {}
    for c in Complaint.select().where((Complaint.received_at >= start) & (Complaint.received_at < end)
                                      & Complaint.closed_at.is_null(False)):
        if (c.closed_at - c.received_at) <= dt.timedelta(days=7):
            on_time[c.category_id] = on_time.get(c.category_id, 0) + 1
    names = {c.name: c.id for c in complaints_service.categories(active_only=False)}
    table = [{"category": r["category"], "count": r["received"],
              "share": f"{r['received'] * 100 / total:.1f}%" if total else "",
              "closed": r["closed"], "on_time": on_time.get(names.get(r["category"]), 0), "satisfied": r["satisfied"]}
             for r in rows]
    return [{"fields": {"period": f"{day.year}年{day.month}月", "made_on": dt.date.today()},
             "tables": {"stats": table}}]


# -- calls, keys, visits, call-backs ---------------------------------------------------------------------
def call_log_documents(session, *, id=None, day=None) -> list[dict]:
    """业主来电登记记录表: the calls of a day (or one call)."""
    _need(session)
    query = Call.select().order_by(Call.at)
    query = query.where(Call.id == id) if id is not None else query.where(_in_day(Call.at, day))
    rows = [{"time": c.at.strftime("%H:%M") if day else c.at.strftime("%m-%d %H:%M"), "caller": c.caller,
             "room": c.unit.code if c.unit_id else "", "phone": phone_for(session, c.phone), "kind": c.topic,
             "content": c.content, "passed_to": calls_service.chain(c), "result": c.result,
             "replied": c.closed_at.strftime("%H:%M") if c.closed_at else ""} for c in query]
    if id is not None and not rows:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "找不到来电记录：{id}"), id=id)
    return [{"fields": {"period": f"{day:%Y-%m-%d}" if day else "", "recorder": _signer(session)},
             "tables": {"calls": rows}}] if rows else []


def key_loans_documents(session, *, id=None, day=None) -> list[dict]:
    """业主钥匙借用使用记录: the loans of a day (or one loan); ID numbers as their last 4 digits."""
    _need(session)
    query = KeyLoan.select().order_by(KeyLoan.out_at)
    query = query.where(KeyLoan.id == id) if id is not None else query.where(_in_day(KeyLoan.out_at, day))
    rows = [{"room": k.unit.code if k.unit_id else "", "key_no": k.key_label, "borrower": k.borrower,
             "id_no": mask_id(k.borrower_id_number), "phone": phone_for(session, k.borrower_phone),
             "purpose": k.purpose, "out_at": k.out_at.strftime("%m-%d %H:%M"), "witness": k.witness,
             "back_at": k.returned_at.strftime("%m-%d %H:%M") if k.returned_at else "",
             "received_by": staff_name(k.returned_to_id)} for k in query]
    return [{"tables": {"loans": rows}}] if rows else []


def _visit_doc(session, v: OwnerVisit) -> dict:
    return {"fields": {"owner": v.unit.owner_name, "room": v.unit.label, "phone": phone_for(session, v.unit.owner_phone),
                       "visit_at": v.visited_at, "visitors": staff_name(v.visitor_id), "kind": v.purpose,
                       "topics": v.content, "opinion": v.opinion, "follow_up": v.follow_up}}


def owner_visits_documents(session, *, id=None, day=None) -> list[dict]:
    _need(session)
    if id is not None:
        return [_visit_doc(session, _one(OwnerVisit, id, "拜访记录"))]
    return [_visit_doc(session, v) for v in OwnerVisit.select().where(_in_day(OwnerVisit.visited_at, day))
            .order_by(OwnerVisit.visited_at)]


def callback_record_documents(session, *, id=None, day=None) -> list[dict]:
    """回访记录表: the call-backs made on a day (repairs and complaints)."""
    _need(session)
    if day is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "回访记录表按日期打印，请指定日期"))
    rows = []
    for r in Repair.select().where(_in_day(Repair.callback_at, day)):
        rows.append((r.callback_at, {"owner": r.reporter, "room": r.unit.code,
                                     "phone": phone_for(session, r.reporter_phone), "subject": f"报修·{r.category}",
                                     "ref": r.number, "content": r.callback_comment,
                                     "satisfaction": _satisfaction(r.satisfied), "by": staff_name(r.callback_by_id)}))
    for c in Complaint.select().where(_in_day(Complaint.callback_at, day)):
        rows.append((c.callback_at, {"owner": c.complainant, "room": c.unit.code if c.unit_id else "",
                                     "phone": phone_for(session, c.phone), "subject": f"投诉·{c.category.name}",
                                     "ref": c.number, "content": c.callback_comment,
                                     "satisfaction": _satisfaction(c.satisfied), "by": staff_name(c.callback_by_id)}))
    rows.sort(key=lambda x: x[0])
    table = [dict(row, date=at.strftime("%m-%d %H:%M")) for at, row in rows]
    return [{"fields": {"period": f"{day:%Y-%m-%d}", "recorder": _signer(session)},
             "tables": {"callbacks": table}}] if table else []


# -- welcome letter and survey ---------------------------------------------------------------------------
def welcome_letter_documents(session, *, id=None, day=None) -> list[dict]:
    """欢迎信: one owner (id = unit id) or every owner moving in on ``day``."""
    _need(session)
    unit_list = [_one(Unit, id, "房号")] if id is not None else list(Unit.select().where(Unit.move_in == day))
    docs = []
    for unit in unit_list:
        letter = surveys.welcome_letter(unit)
        docs.append({"fields": {"owner": letter["owner"], "room": letter["unit"],
                                "service_phone": letter["phone"], "office_hours": OFFICE_HOURS}})
    return docs


def opinion_survey_documents(session, *, id=None, day=None) -> list[dict]:
    """业主意见征询表 for one unit (id = unit id), with the answers when they were entered this year."""
    _need(session)
    unit = _one(Unit, id, "房号") if id is not None else None
    if unit is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请指定房号；空白问卷请用“打印空白表”"))
    year = (day or dt.date.today()).year
    response = SurveyResponse.get_or_none((SurveyResponse.unit == unit) & (SurveyResponse.year == year))
    answers = response.answers if response else {}
    rows = [{"item": q, "very": answers.get(q) == "满意", "fair": answers.get(q) == "基本满意",
             "poor": answers.get(q) == "不满意"} for q in surveys.QUESTIONS]
    doc = {"fields": {"year": f"{year}", "owner": unit.owner_name, "room": unit.label,
                      "phone": phone_for(session, unit.owner_phone)},
           "tables": {"ratings": rows}}
    if response and response.suggestion:
        doc["text"] = {"suggestions": response.suggestion}
    return [doc]


def opinion_survey_blank() -> dict:
    """The blank 业主意见征询表 asks the program's questions (the ones its answers are entered under)."""
    return {"presets": {"ratings": [{"item": q} for q in surveys.QUESTIONS]}}
