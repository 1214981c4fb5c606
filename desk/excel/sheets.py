"""The sheet registry: one ``SheetSpec`` per kind of record in the sync workbook.

A spec names the sheet (Chinese), says what it holds (for the 说明 sheet), lists its columns
(Chinese headers and kinds), gives the query of its rows and, for the managers' lists, an
``ImportSpec``: which columns may be edited, how a new, changed or deactivated row is applied
through the domain's own services (so permissions and the audit trail hold).

Each part of the program adds its sheets in its own module listed in ``SHEET_MODULES``; a module
whose tables are not there yet (its branch not merged) is skipped.
"""
from __future__ import annotations

import importlib
import logging
import operator
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from desk.services.core import inputs
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.services.core.privacy import mask_phone, phone_for

# Column kinds
TEXT, INT, MONEY, DECIMAL, DATE, DATETIME, TIME, ENUM, BOOL, ID, PHONE = (
    "text", "int", "money", "decimal", "date", "datetime", "time", "enum", "bool", "id", "phone")
KINDS = {TEXT, INT, MONEY, DECIMAL, DATE, DATETIME, TIME, ENUM, BOOL, ID, PHONE}
# Upper bounds of editable numbers (the services check them again).
PRICE_MAX, AREA_MAX, QUANTITY_MAX = float(inputs.PRICE_MAX), float(inputs.AREA_MAX), float(inputs.QUANTITY_MAX)


@dataclass(frozen=True)
class Col:
    key: str  # the value's name in the import dict (and the attribute read by default)
    header: str  # Chinese header, context "excel"
    kind: str = TEXT
    get: Callable[[Any], Any] | None = None  # value of a row object; default: attribute ``key``
    choices: Sequence[str] | Callable[[], Sequence[str]] = ()  # enum: fixed or read at export/import
    editable: bool = False
    required: bool = False
    max_length: int = 200
    minimum: float | None = None
    maximum: float | None = None  # numbers: the largest allowed (default for money and decimals: 1e8)
    owner: Callable[[Any], int | None] | None = None  # phone: the owning staff id (sees it in full)
    width: float | None = None
    narrow: bool = False  # codes: full-width digits and letters read as ASCII

    def getter(self) -> Callable[[Any], Any]:
        return self.get or operator.attrgetter(self.key)

    def choice_list(self) -> list[str]:
        choices = self.choices() if callable(self.choices) else self.choices
        return [str(c) for c in choices]


@dataclass
class ImportSpec:
    """How rows of an editable sheet reach the program. Every callable goes through services."""

    permission: str  # what the applying session needs (the service checks it again)
    records: Callable[[], dict[int, Any]]  # current records by id
    create: Callable[[Any, dict], Any]  # (session, values) -> record
    update: Callable[[Any, Any, dict], Any]  # (session, record, changed values) -> record
    deactivate: Callable[[Any, Any], Any]  # (session, record)
    is_active: Callable[[Any], bool] = lambda r: bool(getattr(r, "active", True))
    unique: tuple[str, ...] = ()  # column keys that must be unique within the sheet
    # Column keys that name a record when its row has no ID: a row imported before (or typed in
    # again) then stands for that record instead of adding a twin of it.
    natural: tuple[str, ...] = ()
    check: Callable[[dict, Any], list[tuple[str, str]]] | None = None  # (values, record|None) -> [(key, marked msg)]


@dataclass
class SheetSpec:
    key: str
    title: str  # Chinese sheet name (≤ 31 characters)
    description: str  # for the 说明 sheet
    columns: list[Col]
    rows: Callable[["ExportContext"], Iterable[Any]]  # the query
    importer: ImportSpec | None = None
    domain: str = "core"
    permission: str | None = None  # needed besides "export" to get this sheet
    money_columns: set[int] = field(default_factory=set)

    def __post_init__(self):
        self.money_columns = {i for i, c in enumerate(self.columns) if c.kind == MONEY}
        assert all(c.kind in KINDS for c in self.columns), self.key
        if self.importer is not None:
            assert self.columns[0].kind == ID, "an editable sheet starts with its ID column"

    @property
    def editable(self) -> bool:
        return self.importer is not None

    @property
    def editable_columns(self) -> list[Col]:
        return [c for c in self.columns if c.editable]

    def column(self, key: str) -> Col:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


@dataclass
class ExportContext:
    """Who exports, and whether a manager confirmed full phone numbers."""

    session: Any
    full_phones: bool = False

    def phone(self, phone: str | None, owner_id: int | None = None) -> str:
        if self.full_phones:
            return phone or ""
        if self.session is not None and self.session.can("phone.full"):
            return mask_phone(phone)  # a manager sees full numbers only after confirming
        return phone_for(self.session, phone, owner_id)


# -- the registry ---------------------------------------------------------------------------------
_REGISTRY: dict[str, SheetSpec] = {}

# Modules defining ``sheets() -> list[SheetSpec]``, in workbook order.
SHEET_MODULES = [
    "desk.excel.sheets_reception",
    "desk.excel.sheets_bar",
    "desk.excel.sheets_showflats",
    "desk.excel.sheets_servicedesk",
    "desk.excel.sheets",  # staff last
]


def register(spec: SheetSpec) -> SheetSpec:
    _REGISTRY[spec.key] = spec
    return spec


SKIPPED: dict[str, str] = {}  # sheet module -> why it is left out (for the log and tests)


def all_sheets() -> list[SheetSpec]:
    """Every sheet whose part of the program is present, in workbook order."""
    specs: list[SheetSpec] = []
    for name in SHEET_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # Only "that part is not merged yet" is tolerated: the sheet module itself or the
            # domain modules it imports are missing.
            if exc.name and (exc.name == name or exc.name.startswith("desk.")):
                SKIPPED[name] = f"missing {exc.name}"
                continue
            raise
        except ImportError as exc:  # a domain renamed a model: leave its sheets out, keep the rest
            if name not in SKIPPED:
                logging.getLogger("desk").error("Excel sheets %s left out: %s", name, exc)
            SKIPPED[name] = str(exc)
            continue
        specs.extend(module.sheets())
    for spec in specs:
        _REGISTRY.setdefault(spec.key, spec)
    return specs


def sheet(key: str) -> SheetSpec:
    if key not in _REGISTRY:
        all_sheets()
    return _REGISTRY[key]


def sheets_for(session) -> list[SheetSpec]:
    return [s for s in all_sheets() if s.permission is None or session.can(s.permission)]


# -- staff (the foundation) -----------------------------------------------------------------------
def _roles_text(staff) -> str:
    from desk.services.core.permissions import ROLES

    return "、".join(ROLES.get(r, r) for r in staff.role_list)


def _staff_rows(ctx: ExportContext):
    from desk.db.core import Staff

    return Staff.select().order_by(Staff.code).iterator()


def _consultant_records() -> dict[int, Any]:
    from desk.services.reception.roster import consultants

    return {s.id: s for s in consultants()}


def _consultant_create(session, values: dict):
    from desk.services.reception.roster import add_consultant

    return add_consultant(session, values["code"], values["name"], values.get("phone") or "",
                          values.get("active", True) is not False)


def _consultant_update(session, record, changed: dict):
    from desk.services.reception.roster import update_consultant

    return update_consultant(session, record.id, **changed)


def _consultant_deactivate(session, record):
    from desk.services.reception.roster import deactivate_consultant

    return deactivate_consultant(session, record.id)


def _consultant_rows(ctx: ExportContext):
    from desk.services.reception.roster import consultants

    return consultants().iterator()


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
