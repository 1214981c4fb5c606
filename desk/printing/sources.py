"""Where a form's filled data comes from: ``SOURCES = {form_key: fn}``, one entry per form that can
be printed from records, each a function of the domain's ``forms`` module.

A source is ``fn(session, *, id=None, day=None) -> list[dict]`` returning documents in the shape
described in ``forms/README.md`` (``{"fields": {...}, "tables": {...}, "text": {...},
"serial": "...", "signatures": {...}}``). It checks permissions itself (``session.require``),
masks phones with ``privacy.phone_for`` and raises ``NotFound`` / ``ValidationError`` with a
Chinese message. ``id`` selects one record (``desk print FORM --id N``); ``day`` (a date) selects
a day's records (``--date YYYY-MM-DD``). A new form printed from records adds its entry here.

A blank form prints the lists the office keeps in the program (``BLANKS``, ``blank_documents``).
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from desk.printing.templates import load_template
from desk.services.bar import forms as bar_forms
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk.services.duty import forms as duty_forms
from desk.services.inspections import forms as inspections_forms
from desk.services.reception import forms as reception_forms
from desk.services.servicedesk import forms as servicedesk_forms
from desk.services.showflats import forms as showflats_forms

SOURCES: dict[str, Callable[..., list[dict]]] = {
    "visitor_register": reception_forms.visitor_register_documents,
    "parking_tickets": reception_forms.parking_tickets_documents,
    "duty_log": duty_forms.duty_log_documents,
    "bar_count": bar_forms.bar_count_documents,
    "purchase_request": bar_forms.purchase_request_documents,
    "showflat_items": showflats_forms.showflat_items_documents,
    "showflat_inspection": showflats_forms.showflat_inspection_documents,
    "worker_log": showflats_forms.worker_log_documents,
    "inspection_sheet": inspections_forms.inspection_sheet_documents,
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

# What a blank form takes from the program: the lists an office edits in the program rather than
# in the template (complaint categories, the price table, the survey questions, the bar's items,
# the show flats' check points). ``fn() -> dict`` with "options" ({field: [choices]}) and/or
# "presets" ({table: [rows]}).
BLANKS: dict[str, Callable[[], dict]] = {
    "complaint_record": servicedesk_forms.complaint_record_blank,
    "complaint_stats": servicedesk_forms.complaint_stats_blank,
    "opinion_survey": servicedesk_forms.opinion_survey_blank,
    "special_service_fees": servicedesk_forms.special_fees_blank,
    "bar_count": bar_forms.bar_count_blank,
    "showflat_inspection": inspections_forms.showflat_inspection_blank,
}


def blank_documents(session, key: str) -> list[dict] | None:
    """The document a blank form of ``key`` is printed with: the program's own lists (``BLANKS``),
    or None when the template's are used. Pass it as ``render_form(key, blank=True, documents=...)``."""
    session.require("print")
    fn = BLANKS.get(key)
    return [fn()] if fn is not None else None


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
