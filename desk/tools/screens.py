"""Every screen of the program, reached the way a person would: each section of the window and
each tab in it (nested tabs too), for the person signed in. Shared by the gallery
(``python -m desk.tools.gallery``) and the screen check in the tests."""
from __future__ import annotations

import re
from typing import Iterator

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

# The demo staff (desk.services.demo.STAFF), one per role, by 工号.
ROLES: list[tuple[str, str]] = [
    ("admin", "01"), ("supervisor", "02"), ("reception", "10"), ("bar", "20"), ("showflat", "30"),
    ("cleaner", "40"), ("guard", "50"), ("consultant", "60"),
]


def settle(ms: int = 0) -> None:
    """Let layouts, queued refreshes and deferred deletes run (and wait ``ms`` for work in threads:
    a PDF preview renders its pages in the background)."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
        app.sendPostedEvents(None, 0)
    if ms:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        app.processEvents()


def slug(text: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\s（）()]+", "_", text).strip("_") or "tab"


def _tab_widgets(widget: QWidget) -> list[QTabWidget]:
    """The tab widgets on the page now showing in ``widget``, outermost first (not nested ones)."""
    found = []
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisibleTo(widget):
            continue
        parent = tabs.parentWidget()
        nested = False
        while parent is not None and parent is not widget:
            if isinstance(parent, QTabWidget):
                nested = True
                break
            parent = parent.parentWidget()
        if not nested:
            found.append(tabs)
    return found


def _tabs_of(widget: QWidget, name: list[str]) -> Iterator[list[str]]:
    tab_widgets = _tab_widgets(widget)
    if not tab_widgets:
        yield name
        return
    tabs = tab_widgets[0]
    for index in range(tabs.count()):
        if not tabs.isTabVisible(index):
            continue
        tabs.setCurrentIndex(index)
        settle()
        yield from _tabs_of(tabs.widget(index), name + [slug(tabs.tabText(index))])


def screens(window) -> Iterator[tuple[str, QWidget]]:
    """Show each section and each of its tabs in turn; yields (name, section widget) while it shows."""
    for number, key in enumerate(window.section_keys(), start=1):
        section = window.open_section(key)
        settle()
        for parts in _tabs_of(section, [f"{number:02d}-{key}"]):
            yield "-".join(parts), section
