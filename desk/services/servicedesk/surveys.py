"""Owner visits (拜访业主记录), welcome letters (欢迎信) and the yearly opinion survey
(业主意见征询表: printed blank, answers entered afterwards, with satisfaction figures)."""
from __future__ import annotations

import datetime as dt

from desk.db.base import db, retrying
from desk.db.servicedesk import OwnerVisit, SurveyResponse, Unit
from desk.services.core import audit
from desk.services.core.days import in_period
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk import settings
from desk.clock import or_now
from desk.services.core.numbers import percent
from desk.services.core.text import required_text
from desk.services.core.session import Session
from desk.services.servicedesk.units import get_unit

QUESTIONS = [
    QT_TRANSLATE_NOOP("service", "客服中心服务态度"),
    QT_TRANSLATE_NOOP("service", "报修处理及时性"),
    QT_TRANSLATE_NOOP("service", "维修质量"),
    QT_TRANSLATE_NOOP("service", "投诉处理"),
    QT_TRANSLATE_NOOP("service", "安全防范"),
    QT_TRANSLATE_NOOP("service", "环境卫生"),
    QT_TRANSLATE_NOOP("service", "绿化养护"),
    QT_TRANSLATE_NOOP("service", "公共设施维护"),
    QT_TRANSLATE_NOOP("service", "停车管理"),
    QT_TRANSLATE_NOOP("service", "社区文化活动"),
]
ANSWERS = [QT_TRANSLATE_NOOP("service", "满意"), QT_TRANSLATE_NOOP("service", "基本满意"),
           QT_TRANSLATE_NOOP("service", "不满意")]
SATISFIED = ("满意", "基本满意")


# -- visits ------------------------------------------------------------------------------------
@retrying
def record_visit(session: Session, unit, purpose: str, content: str, *, opinion: str = "", follow_up: str = "",
                 at: dt.datetime | None = None) -> OwnerVisit:
    session.require("service.desk")
    unit = get_unit(unit)
    purpose = required_text(purpose, "拜访事由")
    with db.atomic():
        visit = OwnerVisit.create(unit=unit, visited_at=or_now(at), visitor=session.staff_id, purpose=purpose,
                                  content=(content or "").strip(), opinion=(opinion or "").strip(),
                                  follow_up=(follow_up or "").strip())
        audit.record(session, "create", "owner_visit", visit.id, after=audit.snapshot(visit))
    return visit


def list_visits(*, since=None, until=None, unit=None):
    query = OwnerVisit.select().order_by(OwnerVisit.visited_at.desc(), OwnerVisit.id.desc())
    if unit is not None:
        query = query.where(OwnerVisit.unit == get_unit(unit))
    query = in_period(query, OwnerVisit.visited_at, since, until)
    return query


# -- welcome letter ------------------------------------------------------------------------------
def welcome_letter(unit) -> dict:
    """The words of a 欢迎信 for one owner."""
    unit = get_unit(unit)
    if not unit.owner_name:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "房号 {room} 尚未登记业主姓名"), room=unit.code)
    return {
        "owner": unit.owner_name, "unit": unit.label, "project": settings.get("project_name"),
        "company": settings.get("company_name"), "phone": settings.get("service_phone"),
        "date": dt.date.today(),
    }


# -- survey --------------------------------------------------------------------------------------
@retrying
def enter_survey(session: Session, unit, year: int, answers: dict, suggestion: str = "") -> SurveyResponse:
    """Answers from a returned paper form. One per unit and year."""
    session.require("service.desk")
    unit = get_unit(unit)
    clean = {}
    for question, answer in (answers or {}).items():
        if question not in QUESTIONS:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "问卷中没有这一项：{question}"), question=question)
        if answer in (None, ""):
            continue
        if answer not in ANSWERS:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "“{question}”的回答只能是满意、基本满意或不满意"),
                                  question=question)
        clean[question] = answer
    if not clean:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "问卷至少要有一项回答"))
    with db.atomic():
        if SurveyResponse.select().where((SurveyResponse.unit == unit) & (SurveyResponse.year == year)).exists():
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "房号 {room} 的 {year} 年问卷已录入"), room=unit.code, year=year)
        response = SurveyResponse.create(unit=unit, year=int(year), answers=clean,
                                         suggestion=(suggestion or "").strip(), entered_by=session.staff_id)
        audit.record(session, "create", "survey", response.id, after=audit.snapshot(response))
    return response


def list_surveys(year: int | None = None):
    query = SurveyResponse.select(SurveyResponse, Unit).join(Unit).order_by(Unit.building, Unit.entrance, Unit.room)
    if year:
        query = query.where(SurveyResponse.year == year)
    return query


def survey_figures(year: int) -> dict:
    """Per question and overall: counts of each answer and the satisfaction rate (满意+基本满意)."""
    per = {q: {a: 0 for a in ANSWERS} for q in QUESTIONS}
    responses = list(SurveyResponse.select().where(SurveyResponse.year == year))
    for response in responses:
        for question, answer in response.answers.items():
            if question in per and answer in per[question]:
                per[question][answer] += 1
    rows = []
    total_yes = total = 0
    for question in QUESTIONS:
        counts = per[question]
        n = sum(counts.values())
        yes = sum(counts[a] for a in SATISFIED)
        total += n
        total_yes += yes
        rows.append({"question": question, **counts, "answered": n, "rate": percent(yes, n)})
    return {"year": year, "responses": len(responses), "rows": rows, "rate": percent(total_yes, total)}
