"""Table models of the admin section: staff and the audit trail."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.services.core import audit, staff as staff_service
from desk.services.core.permissions import ROLES
from desk.ui.models import audit_text
from desk.ui.models.base import Column, ListTableModel, QueryTableModel


def _roles_text(staff) -> str:
    return "、".join(QCoreApplication.translate("roles", ROLES.get(r, r)) for r in staff.role_list)


class StaffTableModel(ListTableModel):
    def make_columns(self):
        return [
            Column(self.tr("工号"), lambda s: s.code),
            Column(self.tr("姓名"), lambda s: s.name),
            Column(self.tr("角色"), _roles_text),
            Column(self.tr("在岗"), lambda s: self.tr("是") if s.active else self.tr("停用")),
            Column(self.tr("建立时间"), lambda s: s.created_at),
        ]

    def refresh(self) -> None:
        self.set_rows(staff_service.list_staff())


class AuditTableModel(QueryTableModel):
    """The audit trail in Chinese (``audit_text``): action, record kind, before and after as labels."""

    def __init__(self, session, parent=None):
        self.session = session
        self.filters: dict = {}
        super().__init__(parent)

    def make_columns(self):
        names = staff_service.staff_names()
        return [
            Column(self.tr("时间"), lambda a: a.at),
            Column(self.tr("人员"), lambda a: names.get(a.staff_id, self.tr("系统"))),
            Column(self.tr("操作"), lambda a: audit_text.action_text(a.action)),
            Column(self.tr("对象"), lambda a: audit_text.entity_text(a.entity)),
            Column(self.tr("编号"), lambda a: a.entity_id),
            Column(self.tr("之前"), lambda a: _brief(audit_text.describe(a.before, a.entity, names))),
            Column(self.tr("之后"), lambda a: _brief(audit_text.describe(a.after, a.entity, names))),
            Column(self.tr("说明"), lambda a: a.note),
        ]

    def refresh(self):
        self.columns = self.make_columns()
        super().refresh()

    def query(self):
        return audit.browse(self.session, **self.filters)


def _brief(text: str) -> str:
    return text if len(text) <= 200 else text[:199] + "…"
