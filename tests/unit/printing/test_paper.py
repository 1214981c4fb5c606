"""Every form, blank, with its sample and filled from demo records, read back from the PDF as a
manager reads paper: no line starts with closing punctuation, no code, plate or room number is
broken, labels stay whole, signatures share a page with the last table row, pages before the last
are not left half empty, each tick-box group of a filled form has exactly one tick where the record
has a value, and serial numbers have the form ``desk print --list`` gives."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from desk import settings as settings_mod
from desk.db.base import db
from desk.db.connection import close_database, open_database
from desk.printing import format_value, list_forms, load_template, render_form
from desk.printing.engine import sample_documents
from desk.printing.sources import blank_documents, documents_for
from desk.services.core.session import Session

FORMS = [f.key for f in list_forms()]
MODES = ["blank", "sample", "filled"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """Ten days of demo data, made once for the module."""
    from desk.services.demo import fill_demo

    previous = settings_mod.settings.backend
    settings_mod.use_backend(settings_mod.MemoryBackend())
    database = open_database(tmp_path_factory.mktemp("paper") / "desk.db")
    fill_demo(10, seed=20261123)
    yield database
    close_database()
    settings_mod.use_backend(previous)


@pytest.fixture
def demo(demo_db, settings):
    db.initialize(demo_db)
    return demo_db


def _records(key: str) -> dict:
    """Which records to print each form from: a record id or a day with records."""
    from desk.db.bar import PurchaseRequest, StockCount
    from desk.db.core import Shift
    from desk.db.reception import FollowUp, ParkingTicketIssue, Subscription, Visit
    from desk.db.servicedesk import Call, Complaint, FeeNotice, KeyLoan, OwnerVisit, Repair, SurveyResponse
    from desk.db.showflats import Check, WorkerVisit

    def day_of(model, field):
        return getattr(model.select().order_by(field.desc()).first(), field.name).date()

    if key == "repair_slip":
        return {"id": Repair.select().where(Repair.charge > 0, Repair.callback_at.is_null(False)).first().id}
    if key == "repair_charge":
        return {"id": Repair.select().where(Repair.charge > 0).first().id}
    if key == "fee_notice":
        return {"id": FeeNotice.select().order_by(FeeNotice.id.desc()).first().id}
    if key in ("arrears_notice", "special_service_fees"):
        return {"day": dt.date.today()}
    if key == "complaint_record":
        return {"id": Complaint.select().where(Complaint.callback_at.is_null(False)).first().id}
    if key == "complaint_stats":
        return {"day": Complaint.select().order_by(Complaint.id.desc()).first().received_at.date()}
    if key == "call_log":
        return {"day": day_of(Call, Call.at)}
    if key == "key_loans":
        return {"day": day_of(KeyLoan, KeyLoan.out_at)}
    if key == "owner_visits":
        return {"id": OwnerVisit.select().first().id}
    if key == "callback_record":
        return {"day": day_of(Repair, Repair.callback_at)}
    if key == "welcome_letter":
        return {"id": SurveyResponse.select().first().unit_id}
    if key == "opinion_survey":
        response = SurveyResponse.select().first()
        return {"id": response.unit_id, "day": dt.date(response.year, 6, 1)}
    if key == "visitor_register":
        return {"day": Visit.select().order_by(Visit.day.desc()).first().day}
    if key == "bar_count":
        return {"id": StockCount.select().order_by(StockCount.id.desc()).first().id}
    if key == "purchase_request":
        return {"id": PurchaseRequest.select().order_by(PurchaseRequest.id.desc()).first().id}
    if key == "showflat_items":
        return {"id": Check.select().where(Check.kind.in_(["after_group", "handover"])).order_by(Check.id.desc())
                .first().id}
    if key == "showflat_inspection":
        return {"id": Check.select().where(Check.kind == "handover").order_by(Check.id.desc()).first().id}
    if key == "inspection_sheet":
        from desk.db.inspections import Round

        return {"id": Round.select().where(Round.closed_at.is_null(False)).order_by(Round.id.desc()).first().id}
    if key == "worker_log":
        return {"day": day_of(WorkerVisit, WorkerVisit.time_in)}
    if key == "duty_log":
        shift = next(s for s in Shift.select().order_by(Shift.id.desc()) if s.stock_counts.count() and s.closed_at)
        return {"id": shift.id}
    if key == "parking_tickets":
        return {"day": day_of(ParkingTicketIssue, ParkingTicketIssue.at)}
    if key == "customer_file":  # a customer with a 认购 and follow-ups: every table of the file filled
        followed = {f.customer_id for f in FollowUp.select(FollowUp.customer)}
        sub = next(s for s in Subscription.select().order_by(Subscription.id) if s.customer_id in followed)
        return {"id": sub.customer_id}
    raise AssertionError(f"no records chosen for {key}")


def documents(key: str, mode: str, session: Session) -> list[dict]:
    template = load_template(key)
    if mode == "blank":
        return blank_documents(session, key) or [{}]
    if mode == "sample":
        return sample_documents(template)
    return documents_for(session, key, **_records(key))[:3]


def render(key: str, mode: str, docs: list[dict]) -> bytes:
    if mode == "blank":
        return render_form(key, blank=True, documents=docs)
    return render_form(key, documents=docs)


def _last_row_text(template, doc: dict, blank: bool) -> str | None:
    """The widest text of the last row of the form's last list table (what must share the
    signatures' page)."""
    if not template.tables:
        return None
    spec = template.tables[-1]
    rows = ((doc.get("presets") or {}).get(spec.key) if blank else (doc.get("tables") or {}).get(spec.key)) \
        or list(spec.rows)
    count = len(rows) + spec.blank_rows if blank else max(len(rows), spec.min_rows, 1)
    index = next((c for c in spec.columns if c.kind == "index"), None)
    if count > len(rows):
        numbered = blank or count - 1 < spec.min_rows
        return str(count) if index is not None and numbered else None
    row = rows[-1]
    texts = [format_value(row.get(c.key), c.kind) for c in spec.columns if c.kind not in ("index", "check")]
    texts = [t for t in texts if t]
    return max(texts, key=len) if texts else (str(count) if index is not None else None)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", FORMS)
def test_paper(key, mode, demo, paper):
    template = load_template(key)
    session = Session.command_line()
    docs = documents(key, mode, session)
    sheet = paper(render(key, mode, docs))
    # Chinese line breaking
    assert sheet.line_starts() == []
    assert sheet.bad_breaks() == []
    labels = [f.label for f in template.fields if not f.hidden] + [c.label for t in template.tables for c in t.columns]
    assert sheet.split_words(labels) == []
    # no page a document goes on from is left half empty (a table that does not fit starts on page 1)
    for page in sheet.pages:
        if page.continued:
            assert sheet.fill(page.number) > 0.6, f"page {page.number} ({page.footer}) is half empty"
    # the signatures share the page of the last table row (of the last document)
    last = _last_row_text(template, docs[-1], mode == "blank")
    if template.signatures and last:
        sign_page = sheet.last_page_of(template.signatures[0] + "：")
        assert sign_page is not None
        assert sheet.pages[sign_page - 1].squashed().count(re.sub(r"\s", "", last)), (last, sign_page)
    if mode == "blank":
        return
    # one tick per choice with a value, none without
    for f in template.fields:
        if f.kind in ("choice", "yesno") and not f.hidden:
            want = [1 if d.get("fields", {}).get(f.key) not in (None, "") else 0 for d in docs]
            assert sheet.ticks_in_row_of(f.label) == want, f.label
    for spec in template.tables:
        checks = [c for c in spec.columns if c.kind == "check"]
        if checks:
            rows = [r for d in docs for r in (d.get("tables") or {}).get(spec.key, [])]
            answered = sum(1 for r in rows if any(r.get(c.key) for c in checks))
            marks = sheet.column_marks([c.label for c in checks])
            assert marks == [1] * answered, spec.key
    # serial numbers as `desk print --list` gives them: PREFIX-年月日-序号
    if template.serial:
        for doc in docs:
            assert re.fullmatch(rf"{template.serial}-\d{{8}}-\d{{3,}}", doc.get("serial") or ""), doc.get("serial")
            assert sheet.page_of(doc["serial"]) is not None


# -- long tables and long text: page 1 holds rows, the signatures go with the last ones --------------
def _grown(key: str, rows: int, **fields) -> dict:
    doc = sample_documents(load_template(key))[0]
    table = load_template(key).tables[-1].key
    given = doc["tables"][table]
    doc["tables"] = {table: [dict(given[i % len(given)], **({"item": f"物品{i + 1}"} if "item" in given[0] else {}))
                             for i in range(rows)]}
    doc["fields"] = dict(doc.get("fields", {}), **fields)
    return doc


@pytest.mark.parametrize("key,rows", [("purchase_request", 27), ("showflat_items", 38), ("visitor_register", 60)])
def test_long_table_starts_on_page_one_and_ends_with_the_signatures(key, rows, settings, paper):
    template = load_template(key)
    doc = _grown(key, rows)
    sheet = paper(render_form(key, documents=[doc]))
    table = template.tables[-1]
    first = [format_value(v, c.kind) for c in table.columns for k, v in doc["tables"][table.key][0].items()
             if k == c.key and c.kind not in ("index", "check")]
    assert sheet.page_of(max(first, key=len)) == 1  # the table flows from page 1
    assert all(sheet.fill(p.number) > 0.6 for p in sheet.pages[:-1])
    headers = [c.label for c in table.columns]
    for page in sheet.pages:  # the header repeats on every page the table runs over
        if any(s.text.isdigit() for s in page.segments):
            assert all(re.sub(r"\s", "", h) in page.squashed() for h in headers), page.number
    last = _last_row_text(template, doc, False)
    assert sheet.last_page_of(template.signatures[0] + "：") == sheet.last_page_of(last) == len(sheet.pages)


def test_long_repair_description_keeps_signatures_with_the_last_rows(settings, paper):
    doc = sample_documents(load_template("repair_slip"))[0]
    doc["fields"] = dict(doc["fields"], content="卫生间洗手盆下水管漏水，地面有积水；厨房水龙头关不紧。" * 25,
                         result="更换洗手盆下水管及密封圈，试水无渗漏。" * 12)
    sheet = paper(render_form("repair_slip", documents=[doc]))
    assert len(sheet.pages) == 2
    sign_page = sheet.last_page_of("经办人：")
    assert sheet.last_page_of("密封圈") == sign_page  # the last material row
    assert "业主评价" in sheet.pages[sign_page - 1].squashed()  # with the block between them
    assert sheet.fill(1) > 0.6
    assert sheet.line_starts() == [] and sheet.bad_breaks() == []


def test_the_checks_find_what_a_knife_cut_does(settings, paper):
    """The checks themselves: reportlab's own CJK wrapping (cut anywhere) fails them."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from desk.printing.fonts import FONT, register_fonts

    register_fonts()
    knife = ParagraphStyle("knife", fontName=FONT, fontSize=10, leading=13, wordWrap="CJK")

    def cut_badly(text: str, bad) -> Table:
        """``text`` in a cell just so wide that the knife makes the mistake ``bad(lines)`` looks for."""
        for width in range(40, 300):
            para = Paragraph(text, knife)
            para.wrap(width, 1000)
            lines = ["".join(line[1]) if isinstance(line, tuple) else "".join(f.text for f in line.words)
                     for line in para.blPara.lines]
            if bad(lines):
                return Table([[Paragraph(text, knife)]], colWidths=[width + 12], hAlign="LEFT")
        raise AssertionError(text)

    story = [
        cut_badly("经核查，截至2026-11-30，您仍有上表所列费用未缴纳，合计695.25元，请缴清。",
                  lambda lines: any(line[:1] == "，" for line in lines[1:])),
        cut_badly("已开维修单 WX-20261123-001，预约上门", lambda lines: any(line[-1:].isdigit() and nxt[:1].isdigit()
                                                                 for line, nxt in zip(lines, lines[1:]))),
        cut_badly("吴女士（业主之女）", lambda lines: any(line.endswith("（") for line in lines)),
    ]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, topMargin=120).build(story)
    sheet = paper(out.getvalue())
    assert [line for line in sheet.line_starts() if line.startswith("p1: ，")]
    found = " ".join(sheet.bad_breaks())
    assert "code split" in found and "opening bracket" in found


@pytest.mark.parametrize("text,pieces", [
    ("业主意见及建议", ["业主意见及建议"]),
    ("转交 / 处理人", ["转交 / ", "处理人"]),
    ("金额（元）", ["金额", "（元）"]),
])
def test_labels_break_only_at_a_slash_or_a_bracket(text, pieces):
    from desk.printing.linebreak import pieces as cut

    assert cut(text, label=True) == pieces


@pytest.mark.parametrize("text,whole", [
    ("1栋2单元1102", "1栋2单元1102"), ("自驾 赣D91100", "赣D91100"), ("鲁L·8K2**", "鲁L·8K2**"),
    ("已开维修单 BX-20261123-001，预约", "BX-20261123-001，"), ("吴女士（业主之女）", "（业"),
    ("合计5.50 元，请", "5.50 元，"), ("138****5678", "138****5678"), ("A 户型（3栋 101）", "（3栋 101）"),
])
def test_codes_numbers_and_brackets_stay_whole(text, whole):
    from desk.printing.linebreak import pieces

    assert any(whole in piece for piece in pieces(text)), pieces(text)


# -- every inspection template on paper (issue 22: each template prints blank and filled) ------------
def test_every_inspection_template_prints_blank_and_filled(demo, paper):
    """Each template of the site prints its blank sheet (every item, nothing ticked) and a round of it
    (one with a failed item where there is one: √ or 异常 on each line, the follow-up named), and both
    keep the paper rules."""
    from desk.db.inspections import Round, RoundAnswer
    from desk.services.inspections import rounds
    from desk.services.inspections.forms import blank_sheet_document
    from desk.services.inspections.templates import item_standard, items, templates

    session = Session.command_line()
    shown = list(templates())
    assert {t.code for t in shown} >= {"showflat_opening", "patrol_night", "hall_closing", "bar_hygiene"}
    for template in shown:
        standards = [re.sub(r"\s", "", item_standard(i)) for i in items(template.id)]
        blank = paper(render_form("inspection_sheet", documents=[blank_sheet_document(template.id)]))
        done = (Round.select().join(RoundAnswer).where(Round.template == template.id, RoundAnswer.status == "异常",
                                                        Round.closed_at.is_null(False)).order_by(Round.id.desc())
                .first()) or Round.select().where(Round.template == template.id).order_by(Round.id.desc()).first()
        docs = documents_for(session, "inspection_sheet", id=done.id)
        filled = paper(render_form("inspection_sheet", documents=docs))
        for sheet in (blank, filled):
            assert sheet.line_starts() == [] and sheet.bad_breaks() == [], template.name
            assert len(sheet.pages) == 1, template.name
            assert all(s in sheet.pages[0].squashed() for s in standards), template.name
        assert blank.column_marks(["正常", "异常"]) == [] and done.serial not in blank.text
        answered = len(rounds.latest_answers(done.id))
        assert filled.column_marks(["正常", "异常"]) == [1] * answered, template.name
        assert filled.page_of(done.serial) == 1
        assert filled.page_of(template.name) == 1
