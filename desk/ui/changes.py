"""One signal for "something changed", so that the sections of the window never call each other.

A widget that wrote announces the topic (``desk.services.core.changes``) with the record's id when
it has one; every screen that shows the topic follows it and refreshes itself: at once when it is
on screen, else the next time it shows (a section that refreshes itself whenever it shows, in
``on_shown``, passes ``shown_refreshes=True`` and is left alone while hidden)::

    announce(changes.HALL, visit_id)                            # after a write
    follow(self, {changes.HALL, changes.VISITS}, self.refresh)  # in a screen's __init__

A change made on another PC arrives as the same signal: the services publish the same topics
(``desk.db.base.publish``, a PostgreSQL NOTIFY) and ``relay`` passes what the window's listener
(``desk.ui.live``) hears on to the hub.
"""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from desk.services.core.changes import TOPICS, check_topic


class ChangeHub(QObject):
    changed = Signal(str, object)  # topic, record id (or None)


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    """The application's one hub (made on first use, owned by the application)."""
    global _hub
    if _hub is None:
        _hub = ChangeHub(QCoreApplication.instance())
    return _hub


def announce(topic: str, record_id: int | None = None) -> None:
    """Tell every screen that ``topic`` changed (after the write has been committed)."""
    hub().changed.emit(check_topic(topic), record_id)


def _from_elsewhere(topic: str, record_id) -> None:
    if topic in TOPICS:  # a newer PC's topic this one does not know: nothing here shows it
        hub().changed.emit(topic, record_id)


def relay(source: QObject) -> None:
    """Pass ``source.changed`` (topic, record id: the other PCs' changes, ``desk.ui.live``) on to
    the hub, once however often it is asked."""
    if source.property("relayed_to_hub"):
        return
    source.changed.connect(_from_elsewhere)
    source.setProperty("relayed_to_hub", True)


class Follower(QObject):
    """Refreshes ``widget`` when one of ``topics`` changes; lives and dies with the widget."""

    def __init__(self, widget: QWidget, topics: Iterable[str], refresh: Callable[[], None],
                 shown_refreshes: bool = False):
        super().__init__(widget)
        self.widget = widget
        self.topics = frozenset(check_topic(t) for t in topics)
        self.refresh = refresh
        self.shown_refreshes = shown_refreshes
        self.stale = False
        hub().changed.connect(self.on_changed)
        if not shown_refreshes:
            widget.installEventFilter(self)

    def on_changed(self, topic: str, _record_id) -> None:
        if topic not in self.topics:
            return
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        elif not self.shown_refreshes:
            self.stale = True  # refreshed when it next shows

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if self.stale and obj is self.widget and event.type() == QEvent.Type.Show:
            self.stale = False
            self.refresh()
        return False


def follow(widget: QWidget, topics: Iterable[str], refresh: Callable[[], None], *,
           shown_refreshes: bool = False) -> Follower:
    """Refresh ``widget`` (by calling ``refresh``) whenever one of ``topics`` is announced."""
    return Follower(widget, topics, refresh, shown_refreshes)
