"""The main window: navigation on the left, one section at a time, the person and shift on top.

Start-up (bench/startup.py): the window and the overview it opens on are the first frame, and
they stay clear of two PySide6 costs that would land in it. The ``Qt`` namespace: importing it
or passing any of its enums builds all ~95 of its enum classes (~40 ms); the sign-in and lock
screens, which need it, are imported when first used. ``QStyle``: its ~15 enum classes cost
~15 ms, so the navigation's icons are PNG files read by name (``desk.ui.icons``), never the style's.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QVBoxLayout,
    QWidget,
)

from desk import settings
from desk.services.core import changes, shifts
from desk.services.core.permissions import ROLES
from desk.services.core.session import Session
from desk.ui.changes import follow, relay
from desk.ui.excel.folder import FolderSyncController
from desk.ui.icons import icon, nav_icon
from desk.ui.live import live
from desk.ui.reception.arrivals import ArrivalCalls
from desk.ui.sections import SectionSpec, visible_sections

class IdleWatcher(QObject):
    """Emits ``idle`` after the configured minutes without a key press or mouse use.

    It watches the windows that take the focus (the main window, every dialog) rather than the
    whole application: real input reaches a window before its widgets, and a filter on the
    application would bring every event of every object through Python (tens of milliseconds
    at start-up alone)."""

    idle = Signal()
    INPUT = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin)

    def __init__(self, parent=None, clock=None):
        super().__init__(parent)
        self.clock = clock or dt.datetime.now
        self.last_activity = self.clock()
        self.timer = QTimer(self)
        self.timer.setInterval(5000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QGuiApplication.instance()
        app.focusWindowChanged.connect(self.watch)
        self.watch(app.focusWindow())

    def watch(self, window: QWindow | None) -> None:
        """Count input to ``window`` as activity (installing twice is harmless)."""
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in self.INPUT:
            self.last_activity = self.clock()
        return False

    def check(self) -> None:
        minutes = settings.get("idle_lock_minutes")
        if minutes and (self.clock() - self.last_activity).total_seconds() >= minutes * 60:
            self.last_activity = self.clock()
            self.idle.emit()

    def stop(self) -> None:
        if not self.timer.isActive():
            return  # stopped already (a window may be closed twice)
        self.timer.stop()
        app = QGuiApplication.instance()
        app.focusWindowChanged.disconnect(self.watch)
        for window in app.allWindows():
            window.removeEventFilter(self)


class MainWindow(QMainWindow):
    session_changed = Signal(object)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("案场助手 · {project}").format(project=settings.get("project_name")))
        self.resize(1280, 800)
        self._widgets: dict[str, QWidget] = {}
        self._specs: list[SectionSpec] = []

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(24, 24))  # the icons are drawn at 24 px (and 48 px at 2x)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.lock_page = None  # built when the screen first locks
        self.outer = QStackedWidget()
        self.outer.addWidget(central)
        # the server lost: said at once, above whatever is on screen (what was typed stays there)
        self.connection_banner = QLabel(self.tr("连接中断，正在重连…"))
        self.connection_banner.setObjectName("connection_banner")
        self.connection_banner.setStyleSheet("QLabel#connection_banner { background: #c62828; color: white;"
                                             " font-size: 15px; padding: 6px 12px; }")
        self.connection_banner.hide()
        frame = QWidget()
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.setSpacing(0)
        frame_layout.addWidget(self.connection_banner)
        # a group just registered: the water bar prepares drinks, the consultant comes (non-modal)
        self.arrival_calls = ArrivalCalls(session)
        frame_layout.addWidget(self.arrival_calls)
        frame_layout.addWidget(self.outer, 1)
        self.setCentralWidget(frame)
        self.live = live()
        self.live.lost.connect(self.connection_banner.show)
        self.live.restored.connect(self._connection_restored)
        relay(self.live)  # the other PCs' changes refresh the screens here as this PC's own do

        self.person_label = QLabel()
        self.shift_label = QLabel()
        self.statusBar().addPermanentWidget(self.shift_label)
        self.statusBar().addPermanentWidget(self.person_label)

        self.nav.currentRowChanged.connect(self._show_row)

        self.switch_action = QAction(icon("switch-person"), self.tr("切换人员"), self)
        # setShortcuts, not setShortcut: the latter's overload check builds the Qt namespace (see above).
        self.switch_action.setShortcuts([QKeySequence("Ctrl+Shift+S")])
        self.switch_action.triggered.connect(self.switch_person)
        self.lock_action = QAction(icon("lock"), self.tr("锁屏"), self)
        self.lock_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.lock_action.triggered.connect(self.lock)
        menu = self.menuBar().addMenu(self.tr("人员"))
        menu.addAction(self.switch_action)
        menu.addAction(self.lock_action)
        self.addAction(self.switch_action)
        self.addAction(self.lock_action)
        for n in range(1, 10):
            act = QAction(self)
            act.setShortcuts([QKeySequence(f"Ctrl+{n}")])
            act.triggered.connect(lambda _=False, row=n - 1: self.nav.setCurrentRow(row)
                                  if row < self.nav.count() else None)
            self.addAction(act)

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.folder_sync = FolderSyncController(self)  # the daily sync workbook (Excel 同步)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(30000)
        self.status_timer.timeout.connect(self.update_status)
        self.status_timer.start()
        follow(self, {changes.SHIFT}, self.update_status)
        follow(self, {changes.SETTINGS}, self.apply_touch)
        self.apply_touch()
        self._rebuild_nav()
        self.update_status()

    # -- touch screen ------------------------------------------------------------------------
    def apply_touch(self) -> None:
        """On a touch screen (设置 → 触摸屏) the navigation's rows and the menu are finger-sized."""
        if settings.get("touch_screen"):
            self.nav.setFixedWidth(180)
            self.nav.setStyleSheet("QListWidget#nav { font-size: 20px; } QListWidget#nav::item { padding: 18px 8px; }")
            self.menuBar().setStyleSheet("QMenuBar { font-size: 20px; } QMenuBar::item { padding: 14px 22px; }"
                                         "QMenu { font-size: 20px; } QMenu::item { padding: 16px 28px; }")
        else:
            self.nav.setFixedWidth(150)
            self.nav.setStyleSheet("QListWidget#nav { font-size: 15px; } QListWidget#nav::item { padding: 10px 6px; }")
            self.menuBar().setStyleSheet("")

    def set_full_screen(self, on: bool) -> None:
        """The window alone on the screen, without navigation, menu and status line (the cleaner's
        tablet); the page in it offers the way back."""
        for part in (self.nav, self.menuBar(), self.statusBar()):
            part.setVisible(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- sections ------------------------------------------------------------------------
    def _rebuild_nav(self) -> None:
        current = self.current_section_key()
        self._specs = visible_sections(self.session)
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in self._specs:
            item = QListWidgetItem(QCoreApplication.translate("sections", spec.title))
            item.setIcon(nav_icon(spec.key))
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        keys = [s.key for s in self._specs]
        # A person who may not see a section loses its widget (and what it showed).
        for key in list(self._widgets):
            if key not in keys:
                widget = self._widgets.pop(key)
                self.stack.removeWidget(widget)
                widget.deleteLater()
        row = keys.index(current) if current in keys else 0
        if self._specs:
            if self.nav.currentRow() == row:
                self._show_row(row)
            else:
                self.nav.setCurrentRow(row)  # shows it through currentRowChanged

    def section_keys(self) -> list[str]:
        return [s.key for s in self._specs]

    def current_section_key(self) -> str | None:
        row = self.nav.currentRow() if hasattr(self, "nav") else -1
        return self._specs[row].key if 0 <= row < len(self._specs) else None

    def open_section(self, key: str) -> QWidget | None:
        """Show a section by key (refused silently when the person may not see it)."""
        keys = self.section_keys()
        if key not in keys:
            return None
        self.nav.setCurrentRow(keys.index(key))
        return self._widgets.get(key)

    def section_widget(self, key: str) -> QWidget | None:
        return self._widgets.get(key)

    def _show_row(self, row: int) -> None:
        if row < 0 or row >= len(self._specs):
            return
        spec = self._specs[row]
        widget = self._widgets.get(spec.key)
        if widget is None:
            widget = spec.load()(self.session, self)
            widget.setObjectName(f"section_{spec.key}")
            self._widgets[spec.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if hasattr(widget, "on_shown"):
            widget.on_shown()

    # -- people --------------------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        self.session = session
        self.arrival_calls.set_session(session)
        for widget in self._widgets.values():
            if hasattr(widget, "set_session"):
                widget.set_session(session)
        self._rebuild_nav()
        self.update_status()
        self.session_changed.emit(session)

    def switch_person(self) -> None:
        from desk.ui.signin import SignInDialog  # lazy: start-up (loaded when first used)

        session = SignInDialog.ask(self, title=self.tr("切换人员"))
        if session is not None:
            self.set_session(session)

    def is_locked(self) -> bool:
        return self.lock_page is not None and self.outer.currentWidget() is self.lock_page

    def lock(self) -> None:
        if self.is_locked():
            return
        QApplication.instance().setProperty("desk_locked", True)
        for widget in QApplication.topLevelWidgets():
            # Close dialogs left open; they must not show data over the lock.
            if widget is not self and widget.isVisible() and widget.isModal():
                widget.close()
        self.menuBar().setEnabled(False)
        if self.lock_page is None:
            from desk.ui.signin import LockPage  # lazy: start-up (loaded when first used)

            self.lock_page = LockPage()
            self.lock_page.unlocked.connect(self._unlocked)
            self.outer.addWidget(self.lock_page)
        self.outer.setCurrentWidget(self.lock_page)
        self.lock_page.form.reset()
        self.arrival_calls.retell()  # no customer's name above the lock page

    def _unlocked(self, session: Session) -> None:
        self.outer.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        QApplication.instance().setProperty("desk_locked", False)
        if session.staff_id != self.session.staff_id:
            self.set_session(session)  # the calls were for the one before: they go
        else:
            self.arrival_calls.retell()

    def update_status(self) -> None:
        roles = "、".join(QCoreApplication.translate("roles", ROLES.get(r, r)) for r in self.session.roles)
        self.person_label.setText(self.tr("当前：{name}（{roles}）").format(name=self.session.name, roles=roles))
        shift = shifts.current_shift()
        if shift is None:
            self.shift_label.setText(self.tr("未开班"))
        else:
            self.shift_label.setText(self.tr("班次自 {time} 起").format(time=shift.opened_at.strftime("%m-%d %H:%M")))
        if getattr(self, "folder_sync", None) is not None:
            self.folder_sync.tick()  # a handover just now makes the day's sync workbook due

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.idle.watch(self.windowHandle())

    def _connection_restored(self) -> None:
        self.connection_banner.hide()
        self.update_status()
        widget = self.stack.currentWidget()
        if hasattr(widget, "on_shown"):
            widget.on_shown()  # what changed while the server was away

    def closeEvent(self, event) -> None:  # noqa: N802
        self.idle.stop()
        self.folder_sync.stop()
        self.status_timer.stop()
        super().closeEvent(event)
