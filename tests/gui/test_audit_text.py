"""The audit trail reads in Chinese: every action and kind of record the services write has a label,
every field of every record is labelled (or deliberately hidden), codes are shown by their names."""
import ast
import inspect
import re
from pathlib import Path

import peewee

from desk.db import bar, core, inspections, reception, servicedesk, showflats
from desk.ui.models import audit_text

ROOT = Path(__file__).resolve().parents[2] / "desk"
KEYS = re.compile(r'(?:before|after)=\{\s*"([a-z_]+)"|^\s*"([a-z_]+)": ', re.M)


def _constants(tree) -> dict[str, str]:
    """A module's names bound to a string (``SUBSCRIPTION, CONTRACT = "subscription", "contract"``)."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                pairs = (zip(target.elts, node.value.elts) if isinstance(target, ast.Tuple)
                         and isinstance(node.value, ast.Tuple) else [(target, node.value)])
                for name, value in pairs:
                    if isinstance(name, ast.Name) and isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found[name.id] = value.value
    return found


def _words(node, constants) -> set[str]:
    """The strings an argument can be: a literal, either side of ``a if c else b``, a module constant."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _words(node.body, constants) | _words(node.orelse, constants)
    if isinstance(node, ast.Name) and node.id in constants:
        return {constants[node.id]}
    return set()


def written():
    """Every action and kind of record an ``audit.record(session, action, entity, …)`` call writes
    (whatever the session argument is: ``Session(None, name, ())`` too)."""
    actions, entities = set(), set()
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "record"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"
                    and len(node.args) >= 3):
                actions |= _words(node.args[1], constants)
                entities |= _words(node.args[2], constants)
    return actions, entities


def test_every_action_and_kind_of_record_has_its_chinese_name():
    actions, entities = written()
    assert actions and entities
    assert actions - audit_text.ACTIONS.keys() == set()
    assert entities - audit_text.ENTITIES.keys() == set()


def test_every_field_of_every_record_is_labelled_or_hidden():
    missing = []
    for module in (core, bar, reception, showflats, servicedesk, inspections):
        for _name, model in inspect.getmembers(module, inspect.isclass):
            if issubclass(model, peewee.Model) and model.__module__ == module.__name__:
                missing += [f"{model.__name__}.{f}" for f in model._meta.fields
                            if f not in audit_text.FIELDS and f not in audit_text.HIDDEN]
    assert not missing, missing


def test_the_dicts_services_write_themselves_are_labelled():
    keys = set()
    for path in (ROOT / "services").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for call in re.findall(r"audit\.record\((.*?)\)\n", text, re.S):
            keys |= {k for pair in re.findall(r'(?:before|after)=\{([^}]*)\}', call)
                     for k in re.findall(r'"([a-z_]+)":', pair)}
    assert keys and keys - audit_text.FIELDS.keys() - audit_text.HIDDEN == set()


def test_before_and_after_read_as_labels_and_names(qapp):
    assert audit_text.describe({"id": 128, "amount": "483.62", "method": "现金", "note": ""}, "fee_payment") == \
        "金额：483.62，方式：现金"
    assert audit_text.describe({"assignment": "assign", "party_size": 3, "first_visit": True}, "visit") == \
        "分配方式：轮排接待，人数：3，首访：是"
    assert audit_text.describe({"roles": "reception,bar", "name": "陈静"}, "staff") == "角色：前台、水吧客服，姓名：陈静"
    assert audit_text.describe({"language": "en"}, "setting") == "界面语言：English"
    assert audit_text.describe({"served_at": "2026-11-23T10:05:00", "cup": "china"}, "serving") == \
        "出品时间：2026-11-23 10:05，杯型：瓷杯"
    assert audit_text.action_text("anonymise") == "匿名化" and audit_text.entity_text("survey") == "意见征询"
    assert audit_text.describe({"answers": {"维修服务": "满意", "保洁服务": ""}, "entered_by": 4}, "survey",
                               {4: "刘婷婷"}) == "答卷：（维修服务：满意），录入人：刘婷婷"


def test_the_audit_tab_shows_no_program_names(qtbot, database, admin, make_staff):
    from desk.services.core import staff
    from desk.services.reception import visitors
    from desk.services.reception.visitors import Registration
    from desk.ui.admin.section import AuditTab

    make_staff("consultant", name="张磊")
    visitors.register_visit(admin, Registration(phone="13912345678", surname="王", title="先生", party_size=2))
    staff.add_staff(admin, "10", "陈静", ["reception"], "2468")
    tab = AuditTab(admin)
    qtbot.addWidget(tab)
    model = tab.model
    assert model.rowCount() >= 2
    identifier = re.compile(r"\b[a-z]+_[a-z_]+\b|[a-z_]+=|\{'")
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = model.data(model.index(row, column)) or ""
            assert not identifier.search(text), text
    entities = [tab.entity.itemText(i) for i in range(tab.entity.count())]
    assert "员工" in entities and "来访" in entities and not any(identifier.search(e) for e in entities)
