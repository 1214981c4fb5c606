"""Where a form's filled data comes from: ``SOURCES = {form_key: fn}``, one entry per form that can
be printed from records, each a function of the domain's ``forms`` module.

A source is ``fn(session, *, id=None, day=None) -> list[dict]`` returning documents in the shape
described in ``forms/README.md`` (``{"fields": {...}, "tables": {...}, "text": {...},
"serial": "...", "signatures": {...}}``). It checks permissions itself (``session.require``),
masks phones with ``privacy.phone_for`` and raises ``NotFound`` / ``ValidationError`` with a
Chinese message. ``id`` selects one record (``desk print FORM --id N``); ``day`` (a date) selects
a day's records (``--date YYYY-MM-DD``). A new form printed from records adds its entry here.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from desk.printing.templates import load_template
from desk.services.bar import forms as bar_forms
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.duty import forms as duty_forms
from desk.services.reception import forms as reception_forms
from desk.services.servicedesk import forms as servicedesk_forms
from desk.services.showflats import forms as showflats_forms


def _showflat_inspection(session, *, id=None, day=None) -> list[dict]:
    """The inspection sheet's check rows are the template's (``forms/showflat_inspection.toml``,
    where the office words them); the service fills in each row's result."""
    checklist = [dict(row) for table in load_template("showflat_inspection").tables if table.key == "checks"
                 for row in table.rows]
    return showflats_forms.showflat_inspection_documents(session, id=id, day=day, checklist=checklist)


SOURCES: dict[str, Callable[..., list[dict]]] = {
    "visitor_register": reception_forms.visitor_register_documents,
    "parking_tickets": reception_forms.parking_tickets_documents,
    "duty_log": duty_forms.duty_log_documents,
    "bar_count": bar_forms.bar_count_documents,
    "purchase_request": bar_forms.purchase_request_documents,
    "showflat_items": showflats_forms.showflat_items_documents,
    "showflat_inspection": _showflat_inspection,
    "worker_log": showflats_forms.worker_log_documents,
    "repair_slip": servicedesk_forms.repair_slip_documents,
    "repair_charge": servicedesk_forms.repair_charge_documents,
    "special_service_fees": servicedesk_forms.special_fees_documents,
    "fee_notice": servicedesk_forms.fee_notice_documents,
    "arrears_notice": servicedesk_forms.arrears_notice_documents,
    "complaint_record": servicedesk_forms.complaint_record_documents,
    "complaint_stats": servicedesk_forms.complaint_stats_documents,
    "call_log": servicedesk_forms.call_log_documents,
    "key_loans": servicedesk_forms.key_loans_documents,
    "owner_visits": servicedesk_forms.owner_visits_documents,
    "callback_record": servicedesk_forms.callback_record_documents,
    "welcome_letter": servicedesk_forms.welcome_letter_documents,
    "opinion_survey": servicedesk_forms.opinion_survey_documents,
}


def documents_for(session, key: str, *, id: int | None = None, day: dt.date | None = None) -> list[dict]:
    """The documents of form ``key`` for record ``id`` or day ``day``, through its source."""
    template = load_template(key)
    fn = SOURCES.get(key)
    if fn is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "表单“{title}”还不能从记录打印（尚无数据来源），"
                                                 "可打印空白表或示例"), title=template.title)
    if id is None and day is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请指定记录编号或日期"))
    documents = fn(session, id=id, day=day)
    if not documents:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "没有找到“{title}”的记录"), title=template.title)
    return documents
