"""Every setting of the program, declared once with its default.

The store is an INI file read and written through ``QSettings`` by the program
(see ``QtSettingsBackend``); services read values through ``settings.get(key)``
and stay free of Qt. Tests use the in-memory backend.

To add a setting, add an ``Option`` to ``OPTIONS``; the settings page lists it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from desk.paths import is_site_code
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError


def _check_site_code(value) -> None:
    if value and not is_site_code(str(value)):
        raise ValidationError(QT_TRANSLATE_NOOP("desk", "站点代码“{code}”不对：应为 2–12 位字母和数字，以字母开头，如 SZ01"),
                              code=str(value))


# The settings page's groups (source texts in context "settings").
SECURITY = QT_TRANSLATE_NOOP("settings", "安全")
BACKUP = QT_TRANSLATE_NOOP("settings", "备份")
EXCEL = QT_TRANSLATE_NOOP("settings", "Excel 同步")
VISITS = QT_TRANSLATE_NOOP("settings", "来访")
BAR = QT_TRANSLATE_NOOP("settings", "水吧")
SHOWFLATS = QT_TRANSLATE_NOOP("settings", "样板间")
SERVICE = QT_TRANSLATE_NOOP("settings", "客服台")
DATABASE = QT_TRANSLATE_NOOP("settings", "数据库")


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    label: str  # Chinese label shown on the settings page (translated in the UI)
    group: str = QT_TRANSLATE_NOOP("settings", "通用")  # source text in context "settings": the settings page's group
    choices: tuple = ()
    minimum: float | None = None
    maximum: float | None = None
    check: Callable[[Any], None] | None = None  # raises ValidationError for a value it refuses
    choice_labels: tuple = ()  # what the settings page shows for each choice (source texts, context "settings")

    @property
    def kind(self) -> type:
        return type(self.default)


OPTIONS: list[Option] = [
    Option("project_name", "盛世中央公馆", QT_TRANSLATE_NOOP("settings", "项目名称")),
    Option("company_name", "物业服务有限公司", QT_TRANSLATE_NOOP("settings", "物业公司名称")),
    Option("logo_path", "", QT_TRANSLATE_NOOP("settings", "标志图片路径")),
    Option("language", "zh_CN", QT_TRANSLATE_NOOP("settings", "界面语言"), choices=("zh_CN", "en"),
           choice_labels=(QT_TRANSLATE_NOOP("settings", "简体中文"), "English")),
    Option("touch_screen", False, QT_TRANSLATE_NOOP("settings", "触摸屏（登录和解锁显示数字键盘，导航与菜单加大）")),
    Option("idle_lock_minutes", 5, QT_TRANSLATE_NOOP("settings", "无操作自动锁屏（分钟，0 为不锁）"),
           group=SECURITY, minimum=0, maximum=240),
    Option("pin_max_attempts", 5, QT_TRANSLATE_NOOP("settings", "PIN 连续错误次数上限"),
           group=SECURITY, minimum=1, maximum=20),
    Option("pin_lock_seconds", 60, QT_TRANSLATE_NOOP("settings", "PIN 错误过多后首次锁定（秒，之后每次加倍，最长一天）"),
           group=SECURITY, minimum=1, maximum=3600),
    Option("pin_min_length", 4, QT_TRANSLATE_NOOP("settings", "新 PIN 至少几位（4 到 8，建议 6）"),
           group=SECURITY, minimum=4, maximum=8),
    Option("backup_keep", 14, QT_TRANSLATE_NOOP("settings", "保留自动备份份数"),
           group=BACKUP, minimum=1, maximum=365),
    Option("backup_daily", True, QT_TRANSLATE_NOOP("settings", "每天自动备份"), group=BACKUP),
    Option("backup_on_exit", True, QT_TRANSLATE_NOOP("settings", "退出时自动备份"), group=BACKUP),
    Option("excel_sync_folder", "", QT_TRANSLATE_NOOP("settings", "同步文件夹（U 盘或共享盘；每天收班时写入同步工作簿，空为不写）"),
           group=EXCEL),
    Option("excel_sync_time", "21:00", QT_TRANSLATE_NOOP("settings", "每天写入同步文件夹的时间（HH:MM；交班或退出时也会写）"),
           group=EXCEL),
    Option("excel_sync_retry_minutes", 10, QT_TRANSLATE_NOOP("settings", "同步文件夹不可用时，几分钟后重试"),
           group=EXCEL, minimum=1, maximum=240),
    Option("ownership_lapse_days", 15, QT_TRANSLATE_NOOP("settings", "客户归属失效天数（无来访或跟进）"),
           group=VISITS, minimum=1, maximum=365),
    Option("refill_paper_minutes", 15, QT_TRANSLATE_NOOP("settings", "纸杯续杯间隔（分钟）"),
           group=VISITS, minimum=1, maximum=120),
    Option("refill_china_minutes", 20, QT_TRANSLATE_NOOP("settings", "瓷杯续杯间隔（分钟）"),
           group=VISITS, minimum=1, maximum=120),
    Option("refill_chime", True, QT_TRANSLATE_NOOP("settings", "续杯到时提示音"), group=VISITS),
    Option("visit_retention_months", 0,
           QT_TRANSLATE_NOOP("settings", "来访记录匿名化（超过 N 个月删除姓名与手机号，0 为不启用）"),
           group=VISITS, minimum=0, maximum=240),
    Option("parking_tickets_max", 3, QT_TRANSLATE_NOOP("settings", "每次最多领用停车票（张）"),
           group=VISITS, minimum=1, maximum=20),
    Option("stock_receipt_signoff", True, QT_TRANSLATE_NOOP("settings", "入库需主管签批"), group=BAR),
    Option("stock_count_blind", False, QT_TRANSLATE_NOOP("settings", "盲盘（盘点时不显示账面数量）"),
           group=BAR),
    Option("stock_count_tolerance", 0.0, QT_TRANSLATE_NOOP("settings", "盘点差异容差（基本单位，超出须保安会签）"),
           group=BAR, minimum=0, maximum=1000),
    Option("stock_handover_cosign", True, QT_TRANSLATE_NOOP("settings", "交班盘点一律须保安会签"), group=BAR),
    Option("stock_count_required", True, QT_TRANSLATE_NOOP("settings", "交班前须完成水吧盘点"), group=BAR),
    Option("stock_expiry_warn_days", 3, QT_TRANSLATE_NOOP("settings", "临期提醒（到期前天数）"),
           group=BAR, minimum=0, maximum=365),
    Option("stock_parking_alert", 50, QT_TRANSLATE_NOOP("settings", "停车票剩余不多于此数时提醒"),
           group=BAR, minimum=0, maximum=10000),
    Option("stock_usage_days", 14, QT_TRANSLATE_NOOP("settings", "采购建议按最近几天的日均用量"),
           group=BAR, minimum=1, maximum=90),
    Option("showflat_stale_days", 7, QT_TRANSLATE_NOOP("settings", "物品超过几天未盘点即提醒"),
           group=SHOWFLATS, minimum=1, maximum=365),
    Option("photo_max_pixels", 1600, QT_TRANSLATE_NOOP("settings", "照片最长边（像素，超过即缩小）"),
           group=SHOWFLATS, minimum=320, maximum=4000),
    Option("photo_max_bytes", 1000000, QT_TRANSLATE_NOOP("settings", "照片最大字节数（压缩后）"),
           group=SHOWFLATS, minimum=100000, maximum=5000000),
    Option("repair_due_hours", 24, QT_TRANSLATE_NOOP("settings", "报修应完工时限（小时）"),
           group=SERVICE, minimum=1, maximum=720),
    Option("callback_days", 3, QT_TRANSLATE_NOOP("settings", "完工/结案后应回访天数"),
           group=SERVICE, minimum=1, maximum=30),
    Option("key_loan_hours", 4, QT_TRANSLATE_NOOP("settings", "钥匙借用默认归还时限（小时）"),
           group=SERVICE, minimum=1, maximum=240),
    Option("fee_unit_price", "1.80", QT_TRANSLATE_NOOP("settings", "物业费默认单价（元/㎡/月）"),
           group=SERVICE),
    Option("service_phone", "", QT_TRANSLATE_NOOP("settings", "客服中心电话"), group=SERVICE),
    # edited on 设置 → 数据库 (with 测试连接), never with a password in it; --db and DESK_DB come first
    Option("database_url", "", QT_TRANSLATE_NOOP("settings", "数据库服务器地址（空为本机 SQLite 文件）"),
           group=DATABASE),
    # edited on 设置 → 数据库; the site's tables are in schema site_<code> on the server (desk.db.server)
    Option("site_code", "", QT_TRANSLATE_NOOP("settings", "站点代码（如 SZ01；各案场数据库汇总到总部时用，重启后生效）"),
           group=DATABASE, check=_check_site_code),
]


class MemoryBackend:
    def __init__(self, values: dict | None = None):
        self.values = dict(values or {})

    def value(self, key: str, default: Any) -> Any:
        return self.values.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value

    def sync(self) -> None:
        pass


class QtSettingsBackend:
    """INI file through QSettings (QtCore only)."""

    def __init__(self, path):
        from PySide6.QtCore import QSettings  # lazy: start-up (Qt after the Qt-free layers, ui/app.py)

        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def value(self, key: str, default: Any) -> Any:
        return self._qs.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


def _coerce(option: Option, raw: Any) -> Any:
    kind = option.kind
    try:
        if kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("1", "true", "yes", "on")
            return bool(raw)
        if kind is int:
            value = int(float(raw))
        elif kind is float:
            value = float(raw)
        else:
            return str(raw) if raw is not None else option.default
    except (TypeError, ValueError):
        return option.default
    if option.minimum is not None and value < option.minimum:
        return option.default
    if option.maximum is not None and value > option.maximum:
        return option.default
    return value


class Settings:
    def __init__(self, backend=None):
        self.backend = backend or MemoryBackend()
        self._listeners: list[Callable[[str, Any], None]] = []

    def option(self, key: str) -> Option:
        for opt in OPTIONS:
            if opt.key == key:
                return opt
        raise KeyError(f"unknown setting {key!r}")

    def get(self, key: str) -> Any:
        opt = self.option(key)
        return _coerce(opt, self.backend.value(key, opt.default))

    def validate(self, key: str, value: Any) -> Any:
        """The value as it would be stored; ValidationError when the option refuses it."""
        opt = self.option(key)
        value = _coerce(opt, value)
        if opt.check is not None:
            opt.check(value)
        return value

    def set(self, key: str, value: Any) -> None:
        value = self.validate(key, value)
        self.backend.set_value(key, value)
        self.backend.sync()
        for listener in list(self._listeners):
            listener(key, value)

    def on_change(self, listener: Callable[[str, Any], None]) -> None:
        self._listeners.append(listener)


settings = Settings()


def use_backend(backend) -> Settings:
    """Point the process-wide settings at a backend (the INI file, or memory in tests)."""
    settings.backend = backend
    return settings


def get(key: str) -> Any:
    return settings.get(key)
