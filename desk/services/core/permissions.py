"""Roles and what each may do. Checked in the services, not only by hiding buttons."""
from __future__ import annotations

from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError

# role key -> Chinese name (UI)
ROLES: dict[str, str] = {
    "reception": QT_TRANSLATE_NOOP("roles", "前台"),
    "bar": QT_TRANSLATE_NOOP("roles", "水吧客服"),
    "showflat": QT_TRANSLATE_NOOP("roles", "样板间客服"),
    "cleaner": QT_TRANSLATE_NOOP("roles", "保洁"),
    "guard": QT_TRANSLATE_NOOP("roles", "安防"),
    "consultant": QT_TRANSLATE_NOOP("roles", "置业顾问"),
    "supervisor": QT_TRANSLATE_NOOP("roles", "主管/经理"),
    "admin": QT_TRANSLATE_NOOP("roles", "管理员"),
}

# permission key -> Chinese description
PERMISSIONS: dict[str, str] = {
    "staff.manage": QT_TRANSLATE_NOOP("roles", "管理员工与 PIN"),
    "settings.edit": QT_TRANSLATE_NOOP("roles", "修改设置"),
    "audit.view": QT_TRANSLATE_NOOP("roles", "查看审计记录"),
    "backup.run": QT_TRANSLATE_NOOP("roles", "备份与恢复"),
    "shift.run": QT_TRANSLATE_NOOP("roles", "开班、交班与值班日志"),
    "phone.full": QT_TRANSLATE_NOOP("roles", "查看完整手机号"),
    "export": QT_TRANSLATE_NOOP("roles", "导出 Excel"),
    "import": QT_TRANSLATE_NOOP("roles", "从 Excel 导入名单"),
    "print": QT_TRANSLATE_NOOP("roles", "打印表单"),
    "reception.register": QT_TRANSLATE_NOOP("roles", "来访登记"),
    "reception.manage": QT_TRANSLATE_NOOP("roles", "调整轮排与客户归属"),
    "stock.serve": QT_TRANSLATE_NOOP("roles", "水吧出品"),
    "stock.count": QT_TRANSLATE_NOOP("roles", "水吧盘点"),
    "stock.receive": QT_TRANSLATE_NOOP("roles", "水吧入库、报损"),
    "stock.adjust": QT_TRANSLATE_NOOP("roles", "调整库存、签批、维护物品"),
    "stock.cosign": QT_TRANSLATE_NOOP("roles", "盘点差异会签"),
    "showflat.check": QT_TRANSLATE_NOOP("roles", "样板间盘点与巡检"),
    "showflat.clean": QT_TRANSLATE_NOOP("roles", "保洁任务"),
    "showflat.manage": QT_TRANSLATE_NOOP("roles", "样板间物品维护、事件处理"),
    "service.desk": QT_TRANSLATE_NOOP("roles", "客服台：报修、投诉、来电、钥匙"),
    "service.manage": QT_TRANSLATE_NOOP("roles", "客服台审批与收费标准"),
    "reports.view": QT_TRANSLATE_NOOP("roles", "查看报表"),
    "inspection.do": QT_TRANSLATE_NOOP("roles", "巡检"),
    "inspection.manage": QT_TRANSLATE_NOOP("roles", "巡检模板、事件与工程维修单管理"),
    "incident.report": QT_TRANSLATE_NOOP("roles", "报告损坏与异常"),
    "workorder.report": QT_TRANSLATE_NOOP("roles", "工程报修"),
    "vehicle.log": QT_TRANSLATE_NOOP("roles", "车辆登记"),
}
# Who does rounds also reports what they find.
_ROUNDS = {"inspection.do", "incident.report", "workorder.report"}

_ALL = set(PERMISSIONS)

ROLE_PERMISSIONS: dict[str, set[str]] = {
    "reception": {"shift.run", "print", "reception.register", "stock.serve", "showflat.check",
                  "service.desk", "vehicle.log"} | _ROUNDS,
    "bar": {"shift.run", "print", "stock.serve", "stock.count", "stock.receive"} | _ROUNDS,
    "showflat": {"shift.run", "print", "showflat.check", "showflat.clean"} | _ROUNDS,
    "cleaner": {"showflat.clean", "incident.report"},
    "guard": {"shift.run", "stock.cosign", "vehicle.log"} | _ROUNDS,
    "consultant": {"reception.register", "print"},
    "supervisor": _ALL - {"staff.manage"},
    "admin": _ALL,
}


def permissions_for(roles) -> set[str]:
    result: set[str] = set()
    for role in roles:
        result |= ROLE_PERMISSIONS.get(role, set())
    return result


def validate_roles(roles) -> list[str]:
    roles = [r.strip() for r in roles if r and r.strip()]
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "未知角色：{roles}"), roles="、".join(unknown))
    if not roles:
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "至少选择一个角色"))
    return roles
