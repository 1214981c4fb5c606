"""Table models of the admin section: staff and the audit trail."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.db.core import AuditEntry, Staff
from desk.services.core import audit
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.services.core.permissions import ROLES
from desk.ui.models.base import Column, QueryTableModel


def _roles_text(staff) -> str:
    return "、".join(QCoreApplication.translate("roles", ROLES.get(r, r)) for r in staff.role_list)


class StaffTableModel(QueryTableModel):
    def make_columns(self):
        return [
            Column(self.tr("工号"), lambda s: s.code),
            Column(self.tr("姓名"), lambda s: s.name),
            Column(self.tr("角色"), _roles_text),
            Column(self.tr("在岗"), lambda s: self.tr("是") if s.active else self.tr("停用")),
            Column(self.tr("建立时间"), lambda s: s.created_at),
        ]

    def query(self):
        return Staff.select().order_by(Staff.code)


class AuditTableModel(QueryTableModel):
    ACTIONS = {
        "create": QT_TRANSLATE_NOOP("AuditTableModel", "新建"),
        "change": QT_TRANSLATE_NOOP("AuditTableModel", "修改"),
        "correct": QT_TRANSLATE_NOOP("AuditTableModel", "更正"),
        "sign_in": QT_TRANSLATE_NOOP("AuditTableModel", "登录"),
        "sign_in_failed": QT_TRANSLATE_NOOP("AuditTableModel", "登录失败"),
        "reverse": QT_TRANSLATE_NOOP("AuditTableModel", "冲销"),
    }

    def __init__(self, session, parent=None):
        self.session = session
        self.filters: dict = {}
        super().__init__(parent)

    def make_columns(self):
        names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
        return [
            Column(self.tr("时间"), lambda a: a.at),
            Column(self.tr("人员"), lambda a: names.get(a.staff_id, self.tr("系统"))),
            Column(self.tr("操作"), lambda a: QCoreApplication.translate(
                "AuditTableModel", self.ACTIONS.get(a.action, a.action))),
            Column(self.tr("对象"), lambda a: a.entity),
            Column(self.tr("编号"), lambda a: a.entity_id),
            Column(self.tr("之前"), lambda a: _brief(a.before)),
            Column(self.tr("之后"), lambda a: _brief(a.after)),
            Column(self.tr("说明"), lambda a: a.note),
        ]

    def refresh(self):
        self.columns = self.make_columns()
        super().refresh()

    def query(self):
        return audit.browse(self.session, **self.filters)


def _brief(data) -> str:
    if not data:
        return ""
    return "，".join(f"{k}={v}" for k, v in data.items() if v not in (None, ""))[:200]

