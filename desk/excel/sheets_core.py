"""Sheets of the people (人员): the consultants (editable, the reception's roster) and every
member of staff (read-only)."""
from __future__ import annotations

import operator
from typing import Any

from desk.excel.specs import BOOL, DATETIME, ID, PHONE, TEXT, Col, ImportSpec, SheetSpec
from desk.services.core import staff
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.services.core.permissions import ROLES
from desk.services.reception import roster


def _roles_text(person) -> str:
    return "、".join(ROLES.get(r, r) for r in person.role_list)


def _staff_rows():
    return staff.list_staff()


def _consultant_records() -> dict[int, Any]:
    return {s.id: s for s in roster.consultants()}


def _consultant_create(session, values: dict):
    return roster.add_consultant(session, values["code"], values["name"], values.get("phone") or "",
                          values.get("active", True) is not False)


def _consultant_update(session, record, changed: dict):
    return roster.update_consultant(session, record.id, **changed)


def _consultant_deactivate(session, record):
    return roster.deactivate_consultant(session, record.id)


def _consultant_rows():
    return roster.consultants().iterator()


ACTIVE_HEADER = QT_TRANSLATE_NOOP("excel", "在用")


def sheets() -> list[SheetSpec]:
    return [
        SheetSpec(
            "consultants", QT_TRANSLATE_NOOP("excel", "置业顾问"),
            QT_TRANSLATE_NOOP("excel", "置业顾问名单（轮排与客户归属用）。可编辑：新增行留空 ID；"
                                       "把“在用”改为“否”或删除整行即停用（不会删除）。新顾问需由主管在程序中设置 PIN 后才能登录。"),
            [
                Col("id", "ID", ID),
                Col("code", QT_TRANSLATE_NOOP("excel", "工号"), TEXT, editable=True, required=True, max_length=16,
                    narrow=True),
                Col("name", QT_TRANSLATE_NOOP("excel", "姓名"), TEXT, editable=True, required=True, max_length=32),
                Col("phone", QT_TRANSLATE_NOOP("excel", "手机"), PHONE, editable=True,
                    owner=operator.attrgetter("id")),
                Col("active", ACTIVE_HEADER, BOOL, editable=True),
            ],
            _consultant_rows,
            ImportSpec("reception.manage", _consultant_records, _consultant_create, _consultant_update,
                       _consultant_deactivate, unique=("code",), natural=("code",)),
            domain="staff",
        ),
        SheetSpec(
            "staff", QT_TRANSLATE_NOOP("excel", "员工"),
            QT_TRANSLATE_NOOP("excel", "全部员工及角色（不含 PIN）。只读：员工请在程序的“设置”中维护。"),
            [
                Col("id", "ID", ID),
                Col("code", QT_TRANSLATE_NOOP("excel", "工号")),
                Col("name", QT_TRANSLATE_NOOP("excel", "姓名")),
                Col("roles", QT_TRANSLATE_NOOP("excel", "角色"), get=_roles_text),
                Col("phone", QT_TRANSLATE_NOOP("excel", "手机"), PHONE, owner=operator.attrgetter("id")),
                Col("active", ACTIVE_HEADER, BOOL),
                Col("created_at", QT_TRANSLATE_NOOP("excel", "建立时间"), DATETIME),
            ],
            _staff_rows,
            domain="staff",
        ),
    ]
