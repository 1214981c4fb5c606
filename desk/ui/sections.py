"""The sections of the main window, in the navigation's order. A section appears when it works: add
it here when it does.

A section widget is built on first show as ``cls(session, parent)``; it may define
``set_session(session)`` (called when the person changes) and ``on_shown()``.

The overview is the first frame (bench/startup.py); every other section is imported when first
shown, by a loader below: importing one costs 25–220 ms (the forms' QtPdf, openpyxl for Excel).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtWidgets import QWidget

from desk.ui.overview.section import OverviewSection

from desk.services.core.errors import QT_TRANSLATE_NOOP


def cleaning_page():
    from desk.ui.showflats.cleaner import CleanerPage  # lazy: not in the first frame (bench/startup.py)

    return CleanerPage


def reception_section():
    from desk.ui.reception.section import ReceptionSection  # lazy: not in the first frame (bench/startup.py)

    return ReceptionSection


def bar_section():
    from desk.ui.bar.section import BarSection  # lazy: not in the first frame (bench/startup.py)

    return BarSection


def service_section():
    from desk.ui.servicedesk.section import ServiceSection  # lazy: not in the first frame (bench/startup.py)

    return ServiceSection


def forms_section():
    from desk.ui.forms.section import FormsSection  # lazy: QtPdf and reportlab, ~160 ms (bench/startup.py)

    return FormsSection


def excel_section():
    from desk.ui.excel.section import ExcelSection  # lazy: openpyxl, ~220 ms (bench/startup.py)

    return ExcelSection


def duty_section():
    from desk.ui.duty.section import DutySection  # lazy: not in the first frame (bench/startup.py)

    return DutySection


def showflats_section():
    from desk.ui.showflats.section import ShowflatsSection  # lazy: not in the first frame (bench/startup.py)

    return ShowflatsSection


def rounds_page():
    from desk.ui.inspections.touch import TouchRoundsPage  # lazy: not in the first frame (bench/startup.py)

    return TouchRoundsPage


def inspections_section():
    from desk.ui.inspections.section import InspectionsSection  # lazy: not in the first frame (bench/startup.py)

    return InspectionsSection


def admin_section():
    from desk.ui.admin.section import AdminSection  # lazy: not in the first frame (bench/startup.py)

    return AdminSection


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str  # source text in context "sections"
    widget: type[QWidget] | Callable[[], type[QWidget]]  # the section's class, or its loader
    permissions: frozenset  # visible when the session has any of these (its icon: resources/icons/nav-<key>.png)

    def load(self) -> type[QWidget]:
        return self.widget if isinstance(self.widget, type) else self.widget()


# The navigation, in order.
SECTIONS: list[SectionSpec] = [
    SectionSpec("overview", QT_TRANSLATE_NOOP("sections", "概览"), OverviewSection,
                frozenset({"reports.view", "reception.register", "stock.serve", "showflat.check", "service.desk"})),
    SectionSpec("reception", QT_TRANSLATE_NOOP("sections", "来访"), reception_section,
                frozenset({"reception.register"})),
    SectionSpec("bar", QT_TRANSLATE_NOOP("sections", "水吧"), bar_section,
                frozenset({"stock.serve", "stock.count", "stock.receive", "stock.adjust"})),
    SectionSpec("showflats", QT_TRANSLATE_NOOP("sections", "样板间"), showflats_section,
                frozenset({"showflat.check", "showflat.manage"})),
    SectionSpec("cleaning", QT_TRANSLATE_NOOP("sections", "保洁"), cleaning_page,
                frozenset({"showflat.clean"})),
    SectionSpec("rounds", QT_TRANSLATE_NOOP("sections", "巡检"), rounds_page,
                frozenset({"inspection.do"})),
    SectionSpec("service", QT_TRANSLATE_NOOP("sections", "客服台"), service_section,
                frozenset({"service.desk", "service.manage"})),
    SectionSpec("forms", QT_TRANSLATE_NOOP("sections", "表单"), forms_section,
                frozenset({"print"})),
    SectionSpec("excel", QT_TRANSLATE_NOOP("sections", "Excel 同步"), excel_section,
                frozenset({"export", "import"})),
    SectionSpec("duty", QT_TRANSLATE_NOOP("sections", "值班"), duty_section,
                frozenset({"shift.run"})),
    SectionSpec("inspections", QT_TRANSLATE_NOOP("sections", "巡检管理"), inspections_section,
                frozenset({"inspection.manage", "workorder.report"})),
    SectionSpec("settings", QT_TRANSLATE_NOOP("sections", "设置"), admin_section,
                frozenset({"settings.edit", "staff.manage", "audit.view", "backup.run"})),
]


def visible_sections(session) -> list[SectionSpec]:
    return [s for s in SECTIONS if any(session.can(p) for p in s.permissions)]
