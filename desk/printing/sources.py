"""Where a form's filled data comes from: ``SOURCES = {form_key: "module:function"}``.

A source is ``fn(session, *, id=None, day=None) -> list[dict]`` returning documents in the shape
described in ``forms/README.md`` (``{"fields": {...}, "tables": {...}, "text": {...},
"serial": "...", "signatures": {...}}``). It checks permissions itself (``session.require``),
masks phones with ``privacy.phone_for`` and raises ``NotFound`` / ``ValidationError`` with a
Chinese message. ``id`` selects one record (``desk print FORM --id N``); ``day`` (a date) selects
a day's records (``--date YYYY-MM-DD``).

Each part of the program appends its own entries, e.g.::

    SOURCES["repair_slip"] = "desk.services.servicedesk.repairs:repair_slip_documents"
"""
from __future__ import annotations

import datetime as dt
import importlib
from typing import Callable

from desk.printing.templates import load_template
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

SOURCES: dict[str, str] = {
    "visitor_register": "desk.services.reception.forms:visitor_register_documents",
    "parking_tickets": "desk.services.reception.forms:parking_tickets_documents",
    "customer_file": "desk.services.reception.customer_file:customer_file_documents",
    "duty_log": "desk.services.core.shifts:duty_log_documents",
    "bar_count": "desk.services.bar.forms:bar_count_documents",
    "purchase_request": "desk.services.bar.forms:purchase_request_documents",
    "showflat_items": "desk.services.showflats.forms:showflat_items_documents",
    "showflat_inspection": "desk.services.showflats.forms:showflat_inspection_documents",
    "worker_log": "desk.services.showflats.forms:worker_log_documents",
    # service desk (客服台), see desk/services/servicedesk/forms.py
    "repair_slip": "desk.services.servicedesk.forms:repair_slip_documents",
    "repair_charge": "desk.services.servicedesk.forms:repair_charge_documents",
    "special_service_fees": "desk.services.servicedesk.forms:special_fees_documents",
    "fee_notice": "desk.services.servicedesk.forms:fee_notice_documents",
    "arrears_notice": "desk.services.servicedesk.forms:arrears_notice_documents",
    "complaint_record": "desk.services.servicedesk.forms:complaint_record_documents",
    "complaint_stats": "desk.services.servicedesk.forms:complaint_stats_documents",
    "call_log": "desk.services.servicedesk.forms:call_log_documents",
    "key_loans": "desk.services.servicedesk.forms:key_loans_documents",
    "owner_visits": "desk.services.servicedesk.forms:owner_visits_documents",
    "callback_record": "desk.services.servicedesk.forms:callback_record_documents",
    "welcome_letter": "desk.services.servicedesk.forms:welcome_letter_documents",
    "opinion_survey": "desk.services.servicedesk.forms:opinion_survey_documents",
}


def source_for(key: str) -> Callable | None:
    spec = SOURCES.get(key)
    if not spec:
        return None
    module_name, fn_name = spec.split(":")
    return getattr(importlib.import_module(module_name), fn_name)


def documents_for(session, key: str, *, id: int | None = None, day: dt.date | None = None) -> list[dict]:
    """The documents of form ``key`` for record ``id`` or day ``day``, through its source."""
    template = load_template(key)
    fn = source_for(key)
    if fn is None:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "表单“{title}”还不能从记录打印（尚无数据来源），"
                                                 "可打印空白表或示例"), title=template.title)
    if id is None and day is None:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "请指定记录编号或日期"))
    documents = fn(session, id=id, day=day)
    if not documents:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "没有找到“{title}”的记录"), title=template.title)
    return documents
