"""The sheets of the sync workbook, in workbook order: each domain declares its own in
``sheets_<domain>.py`` (a ``sheets() -> list[SheetSpec]``, see ``desk.excel.specs``); a new part of
the program adds its module to ``SHEET_MODULES``."""
from __future__ import annotations

from desk.excel import (
    sheets_bar, sheets_core, sheets_inspections, sheets_reception, sheets_servicedesk, sheets_showflats,
)
from desk.excel.specs import SheetSpec

SHEET_MODULES = [sheets_reception, sheets_bar, sheets_showflats, sheets_servicedesk, sheets_inspections,
                 sheets_core]  # people last

_BY_KEY: dict[str, SheetSpec] = {}


def all_sheets() -> list[SheetSpec]:
    """Every sheet, in workbook order."""
    specs = [spec for module in SHEET_MODULES for spec in module.sheets()]
    for spec in specs:
        _BY_KEY.setdefault(spec.key, spec)
    return specs


def sheet(key: str) -> SheetSpec:
    if key not in _BY_KEY:
        all_sheets()
    return _BY_KEY[key]


def sheets_for(session) -> list[SheetSpec]:
    return [s for s in all_sheets() if s.permission is None or session.can(s.permission)]
