"""Every screen of the program, reached the way a person would: each section of the window and
each tab in it (nested tabs too), for the person signed in. Shared by the gallery
(``python -m desk.tools.gallery``) and the screen check in the tests."""
from __future__ import annotations

import re
from typing import Iterator

from PySide6.QtCore import QEventLoop, QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QCheckBox, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
    QTabBar, QTabWidget, QWidget,
)

from desk.services.inspections import incidents

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


def _cleaner_pages(page) -> Iterator[str]:
    """The cleaner's pages past the first: an area's tasks, signing, and 报告损坏's three steps
    (nothing is signed, so nothing is written)."""
    areas = list(page.area_buttons)
    if areas:
        page.show_tasks(areas[0])
        yield "tasks"
        for button in list(page.task_buttons.values())[:1]:
            button.setChecked(True)
        if page.chosen_tasks():
            page.show_sign()
            yield "sign"
    page.show_report_places()
    yield "report-place"
    if areas:
        page.show_report_things(areas[0])
        yield "report-what"
        page.choose_thing(incidents.DAMAGE_THINGS[0])
        yield "report-photo"
    page.show_areas()


def _touch_round_pages(page) -> Iterator[str]:
    """巡检 on the tablet: one round open, and its number pad (nothing is saved)."""
    if not page.due_buttons:
        return
    page.due_buttons[0].click()
    yield "round"
    row = next((n for n, line in enumerate(page.model.lines) if line.kind in ("reading", "count")), None)
    if row is not None:
        page.open_pad(row)
        yield "pad"
    page.show_due()


def _showflat_pages(page) -> Iterator[str]:
    """The show-flat attendant's tablet: a flat's items with one tapped, signing (nothing is signed),
    the rounds due."""
    flats = list(page.flat_buttons.values())
    if not flats:
        return
    flats[0].click()
    yield "flat"
    for button in list(page.item_buttons.values())[:1]:
        button.click()
    page.sign_button.click()
    yield "sign"
    page.rounds_button.click()
    yield "rounds"
    page.show_home()


# The pages of a touch section beyond the one it opens on (they are not tabs).
PAGES = {"cleaning": _cleaner_pages, "rounds": _touch_round_pages}
# The same for a tablet's page (``desk --kiosk KIND``).
KIOSK_PAGES = {"cleaner": _cleaner_pages, "showflat": _showflat_pages}


def screens(window) -> Iterator[tuple[str, QWidget]]:
    """Show each section and each of its tabs (and a touch section's pages) in turn; yields (name,
    section widget) while it shows."""
    for number, key in enumerate(window.section_keys(), start=1):
        section = window.open_section(key)
        settle()
        for parts in _tabs_of(section, [f"{number:02d}-{key}"]):
            yield "-".join(parts), section
        for page in PAGES.get(key, lambda _s: iter(()))(section):
            settle()
            yield f"{number:02d}-{key}-{page}", section


# -- the screen check ------------------------------------------------------------------------------
# What a Chinese screen must never show: a program name (snake_case, not part of a path or file
# name), a {placeholder} left unformatted, Python's own words or a repr.
IDENTIFIER = re.compile(r"(?<![\w/\\.:-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/\\.-])")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
REPR = re.compile(r"\b(?:None|True|False)\b|\{'|\['|<[\w.]+ object at 0x")
MARGIN = 4  # px a header or a button needs beyond its text (frame, sort indicator)


def raw_text(text: str) -> str | None:
    """Why ``text`` must not be on a Chinese screen (None: it may be)."""
    for pattern, why in ((IDENTIFIER, "identifier"), (PLACEHOLDER, "placeholder"), (REPR, "Python")):
        found = pattern.search(text or "")
        if found:
            return f"{why} {found.group(0)!r} in {text!r}"
    return None


def _name(widget: QWidget) -> str:
    chain, w = [], widget
    while w is not None and len(chain) < 4:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(chain))


def _shown(widget: QWidget) -> bool:
    """On screen: visible, and not scrolled or squeezed out of its window."""
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0 and not widget.visibleRegion().isEmpty()


def problems(top: QWidget, screen: tuple[int, int] = (1366, 768)) -> list[str]:
    """What is wrong with a window (or a dialog) as it shows now: larger than the screen, a label,
    header, tab, button or hint cut off, program text showing. Empty when all is well."""
    found: list[str] = []
    size = top.size()  # what the window asks of the screen, its frame aside (a system's frame differs)
    if size.width() > screen[0] or size.height() > screen[1]:
        found.append(f"{_name(top)}: {size.width()}x{size.height()} is larger than the screen {screen[0]}x{screen[1]}")

    def text_problem(widget, text):
        why = raw_text(text)
        if why:
            found.append(f"{_name(widget)}: {why}")

    for label in top.findChildren(QLabel):
        if not _shown(label) or not label.text():
            continue
        rich = label.textFormat().name == "RichText" or (label.textFormat().name == "AutoText" and "<" in label.text())
        text = re.sub(r"<[^>]+>", "", label.text()) if rich else label.text()
        text_problem(label, text.replace("&nbsp;", " "))
        if rich or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        metrics = label.fontMetrics()
        room = label.contentsRect()
        if label.wordWrap():
            if label.heightForWidth(room.width()) > room.height() + 1:
                found.append(f"{_name(label)}: {label.text()!r} cut off at the bottom")
        else:
            widest = max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
            if widest > room.width() + 1:
                found.append(f"{_name(label)}: {label.text()!r} cut off ({widest} px in {room.width()})")
            if metrics.lineSpacing() * len(label.text().split("\n")) > room.height() + metrics.leading() + 2:
                found.append(f"{_name(label)}: {label.text()!r} cut off at the bottom")
    for button in top.findChildren(QAbstractButton):
        if not _shown(button) or not button.text() or isinstance(button, QTabBar):
            continue
        text_problem(button, button.text().replace("&", ""))
        if isinstance(button, QCheckBox) or button.parentWidget() is not None and \
                isinstance(button.parentWidget(), QHeaderView):
            continue
        if button.width() + 1 < button.minimumSizeHint().width():
            found.append(f"{_name(button)}: {button.text()!r} squeezed ({button.width()} px, needs "
                         f"{button.minimumSizeHint().width()})")
    for box in top.findChildren(QGroupBox):
        if _shown(box):
            text_problem(box, box.title())
    for bar in top.findChildren(QTabBar):
        if not _shown(bar):
            continue
        for i in range(bar.count()):
            if not bar.isTabVisible(i):
                continue
            text_problem(bar, bar.tabText(i))
            need = bar.fontMetrics().horizontalAdvance(bar.tabText(i).replace("&", ""))
            if bar.tabRect(i).width() < need:
                found.append(f"{_name(bar)}: tab {bar.tabText(i)!r} cut off")
    for edit in top.findChildren(QLineEdit):
        if not _shown(edit) or isinstance(edit.parentWidget(), (QComboBox,)) and edit.parentWidget().isEditable() \
                and not edit.placeholderText():
            continue
        text_problem(edit, edit.text() if edit.echoMode() == QLineEdit.EchoMode.Normal else "")
        if edit.placeholderText() and not edit.text():
            text_problem(edit, edit.placeholderText())
            room = edit.width() - 12  # the frame and the text margins
            if edit.fontMetrics().horizontalAdvance(edit.placeholderText()) > room:
                found.append(f"{_name(edit)}: hint {edit.placeholderText()!r} cut off")
    for combo in top.findChildren(QComboBox):
        if _shown(combo):
            for i in range(combo.count()):
                text_problem(combo, combo.itemText(i))
    for view in top.findChildren(QAbstractItemView):
        if not _shown(view) or view.model() is None:
            continue
        model = view.model()
        try:
            columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
        except TypeError:  # one of Qt's own models that does not say (the PDF view's)
            continue
        header = getattr(view, "horizontalHeader", lambda: None)()
        if header is not None and header.isVisible():
            metrics = header.fontMetrics()
            for column in range(columns):
                if header.isSectionHidden(column):
                    continue
                text = str(model.headerData(column, header.orientation()) or "")
                text_problem(view, text)
                if header.sectionSize(column) < metrics.horizontalAdvance(text) + MARGIN:
                    found.append(f"{_name(view)}: header {text!r} cut off ({header.sectionSize(column)} px)")
            shown_columns = [c for c in range(columns) if not header.isSectionHidden(c)]
            need = sum(metrics.horizontalAdvance(str(model.headerData(c, header.orientation()) or "")) + 2 * MARGIN
                       for c in shown_columns)
            if view.horizontalScrollBar().isVisible() and need <= view.viewport().width():
                found.append(f"{_name(view)}: scrolls sideways though its headers fit ({need} px in "
                             f"{view.viewport().width()}): the last ones are cut off")
        for row in range(min(rows, 50)):
            for column in range(columns):
                value = model.data(model.index(row, column))
                if isinstance(value, str):
                    text_problem(view, value)
    return found
