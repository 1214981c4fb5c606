"""What a sheet of the sync workbook is: a ``SheetSpec`` per kind of record.

A spec names the sheet (Chinese), says what it holds (for the 说明 sheet), lists its columns
(Chinese headers and kinds), gives its rows (a service's query) and, for the managers' lists, an
``ImportSpec``: which columns may be edited, how a new, changed or deactivated row is applied
through the domain's own services (so permissions and the audit trail hold). The sheets
themselves are declared per domain in ``sheets_<domain>.py`` and listed in ``desk.excel.sheets``.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from desk.services.core import inputs
from desk.excel.messages import translate
from desk.services.core.privacy import mask_phone, phone_for

AREA_FORMAT = "#,##0.00"  # ㎡, two decimals
RATE_FORMAT = "0.00##"  # a unit price of up to four decimals, at least two

# Column kinds
TEXT, INT, MONEY, DECIMAL, DATE, DATETIME, TIME, ENUM, BOOL, ID, PHONE = (
    "text", "int", "money", "decimal", "date", "datetime", "time", "enum", "bool", "id", "phone")
KINDS = {TEXT, INT, MONEY, DECIMAL, DATE, DATETIME, TIME, ENUM, BOOL, ID, PHONE}
# Upper bounds of editable numbers (the services check them again).
PRICE_MAX, AREA_MAX, QUANTITY_MAX = float(inputs.PRICE_MAX), float(inputs.AREA_MAX), float(inputs.QUANTITY_MAX)


def named(context: str, names: dict, field: str) -> Callable[[Any], Any]:
    """A column of codes written by their names in the UI's language (``assign`` -> 轮排接待): a
    workbook never shows the program's own words."""
    def get(row):
        value = row[field] if isinstance(row, dict) else getattr(row, field)
        return translate(context, names[value]) if value in names else value
    return get


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
    number_format: str = ""  # a number's Excel format when it is not money (面积 "#,##0.00")

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
    rows: Callable[[], Iterable[Any]]  # the records, from the domain's service (one query)
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
