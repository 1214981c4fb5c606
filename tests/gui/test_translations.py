"""The English translation: the compiled file loads and switches the UI, and the source file is
complete. Whoever adds a user-facing string must translate it: run
``python resources/translations/update.py``, fill desk_en.ts, then ``update.py --release``."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desk import paths

TS = paths.translations_dir() / "desk_en.ts"
QM = paths.translations_dir() / "desk_en.qm"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def messages():
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.find("translation")


@pytest.fixture
def english(qapp):
    from desk.ui.app import install_translators

    install_translators("en")
    yield
    install_translators("zh_CN")


def test_qm_exists_and_loads(qapp):
    assert QM.is_file()
    translator = QTranslator()
    assert translator.load(str(QM))
    assert not translator.isEmpty()
    assert translator.translate("sections", "设置") == "Settings"


def test_install_english_translates_and_back(english):
    assert QCoreApplication.translate("sections", "设置") == "Settings"
    assert QCoreApplication.translate("desk", "工号或 PIN 不正确") == "Wrong staff no. or PIN"
    from desk.ui.app import install_translators

    install_translators("zh_CN")
    assert QCoreApplication.translate("sections", "设置") == "设置"
    install_translators("en")
    assert QCoreApplication.translate("sections", "设置") == "Settings"


def test_sign_in_dialog_in_english(english, database, qtbot):
    from desk.ui.signin import SignInDialog

    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sign in to Sales Desk"
    assert dialog.form.button.text() == "Sign in"
    assert dialog.form.code.placeholderText() == "Staff no."


def test_translation_error_message(english):
    from desk.services.core.errors import ValidationError, QT_TRANSLATE_NOOP

    err = ValidationError(QT_TRANSLATE_NOOP("desk", "工号 {code} 已存在"), code="07")
    assert err.translated(QCoreApplication.translate) == "Staff no. 07 already exists"


def test_every_message_translated_with_same_placeholders():
    problems = []
    count = 0
    for context, source, translation in messages():
        count += 1
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            problems.append(f"untranslated [{context}] {source!r}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ [{context}] {source!r} -> {text!r}")
        if source.count("&") != text.count("&"):
            problems.append(f"'&' (accelerator) differs [{context}] {source!r} -> {text!r}")
        if source.count("%n") != text.count("%n"):
            problems.append(f"%n differs [{context}] {source!r} -> {text!r}")
    assert count > 0
    assert not problems, "desk_en.ts needs work:\n" + "\n".join(problems)


def test_qm_is_not_older_than_ts():
    """The committed .qm is built from the committed .ts (update.py --release after editing)."""
    ts_finished = sum(1 for _, _, t in messages() if t.get("type") is None and (t.text or "").strip())
    translator = QTranslator()
    assert translator.load(str(QM))
    missing = [(c, s) for c, s, t in messages()
               if t.get("type") is None and translator.translate(c, s) != t.text]
    assert ts_finished and not missing, f"desk_en.qm is stale: rebuild with update.py --release ({missing[:5]})"


def test_sync_workbook_and_its_import_messages_in_english(english, admin, make_staff, tmp_path):
    """The Excel layer speaks the UI's language: sheet names, headers, the 说明 sheet, import errors."""
    import openpyxl

    from desk.db.bar import Item
    from desk.excel import sync

    make_staff("consultant", code="61", name="张磊", phone="13900006001")
    Item.create(name="龙井", category="茶", unit="包", min_stock=10)
    result = sync.export_workbook(admin, tmp_path / "sync.xlsx")
    wb = openpyxl.load_workbook(result.path)
    assert "Consultants" in wb.sheetnames and "Water-bar items" in wb.sheetnames
    items = wb["Water-bar items"]
    header = [c.value for c in items[1]]
    assert header[:3] == ["ID", "Name", "Category"] and "Min. stock" in header
    info = [r for r in wb["说明"].iter_rows(values_only=True)]
    assert info[0][0] == "Sheet" and any(r[0] == "How to edit" for r in info)
    assert any(r[0] == "Water-bar items" and r[2] == "Editable" for r in info)
    items.cell(row=2, column=header.index("Min. stock") + 1, value="lots")
    wb.save(tmp_path / "edited.xlsx")
    plan = sync.plan_import(admin, tmp_path / "edited.xlsx")
    texts = [i.text() for i in plan.all_issues]
    assert 'Sheet "Water-bar items" row 2 column "Min. stock": should be a number' in texts
    assert plan.summary() == "New 0, Changed 0, Deactivated 0, Conflict 0, Error 1"


def test_show_flat_report_columns_in_english(english):
    """Module-level ``tr()`` texts are filed under the empty context: the columns are looked up there."""
    from desk.ui.models.showflats import report_columns

    assert [c.header for c in report_columns("cleaning")][:3] == ["Area", "Task", "Frequency"]
    assert "Result" in [c.header for c in report_columns("cleaning_records")]
