"""The sections of the main window. A section appears when it works: add it here when it does.

A section widget is built on first show as ``cls(session, parent)``; it may define
``set_session(session)`` (called when the person changes) and ``on_shown()``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from desk.services.core.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str  # source text in context "sections"
    widget: str  # "module:Class"
    permissions: frozenset  # visible when the session has any of these
    icon: str = ""  # one of Qt's own style images, e.g. "viewdetailed" (see main_window.nav_icon)

    def load(self):
        module_name, cls_name = self.widget.split(":")
        return getattr(importlib.import_module(module_name), cls_name)


# The order of the navigation. Append new sections where they belong.
SECTIONS: list[SectionSpec] = [
    SectionSpec("overview", QT_TRANSLATE_NOOP("sections", "概览"), "desk.ui.overview.section:OverviewSection",
                frozenset({"reports.view", "reception.register", "stock.serve", "showflat.check", "service.desk"}),
                "computer"),
    SectionSpec("cleaning", QT_TRANSLATE_NOOP("sections", "保洁"), "desk.ui.showflats.cleaner:CleanerPage",
                frozenset({"showflat.clean"}), "standardbutton-clear"),
    SectionSpec("reception", QT_TRANSLATE_NOOP("sections", "来访"), "desk.ui.reception.section:ReceptionSection",
                frozenset({"reception.register"}), "standardbutton-yes"),
    SectionSpec("bar", QT_TRANSLATE_NOOP("sections", "水吧"), "desk.ui.bar.section:BarSection",
                frozenset({"stock.serve", "stock.count", "stock.receive", "stock.adjust"}), "standardbutton-apply"),
    SectionSpec("service", QT_TRANSLATE_NOOP("sections", "客服台"), "desk.ui.servicedesk.section:ServiceSection",
                frozenset({"service.desk", "service.manage"}), "standardbutton-help"),
    SectionSpec("forms", QT_TRANSLATE_NOOP("sections", "表单"), "desk.ui.forms.section:FormsSection",
                frozenset({"print"}), "filecontents"),
    SectionSpec("excel", QT_TRANSLATE_NOOP("sections", "Excel 同步"), "desk.ui.excel.section:ExcelSection",
                frozenset({"export", "import"}), "standardbutton-save"),
    SectionSpec("duty", QT_TRANSLATE_NOOP("sections", "值班"), "desk.ui.duty.section:DutySection",
                frozenset({"shift.run"}), "viewdetailed"),
    SectionSpec("showflats", QT_TRANSLATE_NOOP("sections", "样板间"), "desk.ui.showflats.section:ShowflatsSection",
                frozenset({"showflat.check", "showflat.manage"}), "dirclosed"),
    SectionSpec("rounds", QT_TRANSLATE_NOOP("sections", "巡检"), "desk.ui.inspections.touch:TouchRoundsPage",
                frozenset({"inspection.do"}), "standardbutton-ok"),
    SectionSpec("inspections", QT_TRANSLATE_NOOP("sections", "巡检管理"), "desk.ui.inspections.section:InspectionsSection",
                frozenset({"inspection.manage", "workorder.report"}), "viewlist"),
    SectionSpec("settings", QT_TRANSLATE_NOOP("sections", "设置"), "desk.ui.admin.section:AdminSection",
                frozenset({"settings.edit", "staff.manage", "audit.view", "backup.run"}),
                "fileinfo"),
]


# The navigation's order, whatever the order of SECTIONS above (unknown keys go last).
NAV_ORDER = ["overview", "reception", "bar", "showflats", "cleaning", "rounds", "service", "forms", "excel", "duty",
             "inspections", "settings"]
SECTIONS.sort(key=lambda s: NAV_ORDER.index(s.key) if s.key in NAV_ORDER else len(NAV_ORDER))


def visible_sections(session) -> list[SectionSpec]:
    return [s for s in SECTIONS if any(session.can(p) for p in s.permissions)]
