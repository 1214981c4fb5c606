"""Every template renders blank and with its sample data; the text and fonts are in the PDF."""
import io
import re

import pytest
from pypdf import PdfReader

from desk.printing import format_value, list_forms, load_template, render_form
from desk.printing.fonts import printable
from desk.services.bar import count as bar_count, purchasing
from desk.services.showflats import flats as showflats

CATALOGUE = {
    "repair_slip": ("室内维修联系单", "BX"),
    "repair_charge": ("内部维修收费单", "SF"),
    "special_service_fees": ("特约服务收费标准", ""),
    "fee_notice": ("物业费缴费通知单", "JF"),
    "arrears_notice": ("催缴通知书", "CJ"),
    "complaint_record": ("业主投诉登记表", "TS"),
    "complaint_stats": ("投诉分类统计表", ""),
    "call_log": ("业主来电登记记录表", ""),
    "key_loans": ("业主钥匙借用使用记录", ""),
    "owner_visits": ("拜访业主记录表", ""),
    "callback_record": ("回访记录表", ""),
    "welcome_letter": ("欢迎信", ""),
    "opinion_survey": ("业主意见征询表", ""),
    "visitor_register": ("来访客户登记表", ""),
    "bar_count": ("水吧盘点表", "PD"),
    "purchase_request": ("采购申请单", "CG"),
    "showflat_items": ("样板间物品清单", ""),
    "showflat_inspection": ("样板间巡检表", "XJ"),
    "worker_log": ("施工人员进出登记表", ""),
    "duty_log": ("值班日志/交接班记录", ""),
    "parking_tickets": ("停车票领用登记", ""),
    "inspection_sheet": ("巡检记录表", "XJ"),
}


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return squash("".join(page.extract_text() for page in reader.pages))


def squash(text: str) -> str:
    return re.sub(r"[\s\u00a0]+", "", text)


def unembedded_fonts(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    bad, seen = [], 0
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for name, ref in fonts.items():
            font = ref.get_object()
            seen += 1
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                bad.append(f"{name} {font.get('/BaseFont')}")
    assert seen, "no fonts at all"
    return bad


def expected_values(template) -> list[str]:
    sample = template.sample
    values = []
    for key, value in sample.get("fields", {}).items():
        field = template.field(key)
        if field.kind in ("choice", "yesno"):
            values += [format_value(v) for v in (value if isinstance(value, list) else [value])]
        else:
            values.append(format_value(value, field.kind, field.unit))
    for key, rows in sample.get("tables", {}).items():
        columns = {c.key: c for c in template.table(key).columns}
        for row in rows:
            for col_key, value in row.items():
                col = columns[col_key]
                if col.kind == "check":
                    values.append("√" if value else "")
                elif col.kind != "index":
                    values.append(format_value(value, col.kind))
    values += list(sample.get("text", {}).values())
    values += list(sample.get("signatures", {}).values())
    if sample.get("serial"):
        values.append(sample["serial"])
    return [v for v in values if v]


def test_catalogue_is_complete():
    forms = {f.key: f for f in list_forms()}
    assert set(forms) == set(CATALOGUE)
    for key, (title, serial) in CATALOGUE.items():
        assert forms[key].title == title
        assert forms[key].serial == serial
        assert forms[key].file.name == f"{key}.toml"


@pytest.mark.parametrize("form, prefix", [
    (bar_count.FORM, bar_count.SERIAL), (purchasing.FORM, purchasing.SERIAL),
    (showflats.INSPECTION_FORM, showflats.INSPECTION_SERIAL)])
def test_records_numbered_by_a_service_carry_their_forms_prefix(form, prefix):
    """A service numbers its records with the serial its printed form shows (PD-20261123-001)."""
    assert load_template(form).serial == prefix


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_blank_form(key, settings):
    template = load_template(key)
    data = render_form(key, blank=True)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert squash(template.title) in text
    assert "第1页/共" in text
    for f in template.fields:
        if not f.hidden:
            assert squash(f.label) in text, f.label
    for table in template.tables:
        for col in table.columns:
            assert squash(col.label) in text, col.label
    for label in template.signatures:
        assert squash(label) in text
    assert unembedded_fonts(data) == []
    # the blank paper form fits on one page
    assert len(PdfReader(io.BytesIO(data)).pages) == 1


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_sample_form(key, settings):
    template = load_template(key)
    assert template.sample, f"{key} has no [sample]"
    data = render_form(key, sample=True)
    text = pdf_text(data)
    assert squash(template.title) in text
    # printable(): what the font can draw (℃ prints as °C)
    missing = [v for v in expected_values(template) if squash(printable(v)) not in text]
    assert missing == []
    assert unembedded_fonts(data) == []
