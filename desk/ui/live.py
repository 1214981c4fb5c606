"""The site's other PCs, live in this window: a QSocketNotifier on the listening connection's
socket wakes the event loop when PostgreSQL delivers a NOTIFY (no polling), and ``changed`` carries
each (topic, record id) on to the screens that show it. When the server goes away (the socket
closes, or a write meets it) ``lost`` fires and the window says so; every few seconds it tries
again, and ``restored`` fires once it is back. Nothing of this runs on SQLite."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

from desk.services.core.live import change_listener, is_connection_lost, reconnect


class LiveChanges(QObject):
    changed = Signal(str, object)  # topic, record id (or None)
    lost = Signal()
    restored = Signal()
    RETRY_MS = 2000

    def __init__(self, parent=None):
        super().__init__(parent)
        self.listener = None
        self.notifier = None
        self.down = False
        self.retry = QTimer(self)
        self.retry.setInterval(self.RETRY_MS)
        self.retry.timeout.connect(self.try_again)
        self._listen()

    @property
    def active(self) -> bool:
        return self.listener is not None or self.down

    def _listen(self) -> None:
        self.listener = change_listener()
        if self.listener is not None:
            self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self._arrived)

    def _drop_listener(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            try:
                self.listener.close()
            except Exception:  # closing a connection the server already dropped
                pass
            self.listener = None

    def _arrived(self, *_args) -> None:
        try:
            arrived = self.listener.pending()
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            self.report_lost()
            return
        for topic, record_id in arrived:
            self.changed.emit(topic, record_id)

    def report_lost(self) -> None:
        """The server is gone (seen by the listener, or by a write that failed): say so, keep trying."""
        if self.down:
            return
        self.down = True
        self._drop_listener()
        self.lost.emit()
        self.retry.start()

    def try_again(self) -> None:
        try:
            reconnect()
            self._listen()
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            self._drop_listener()
            return
        self.down = False
        self.retry.stop()
        self.restored.emit()

    def close(self) -> None:
        self.retry.stop()
        self._drop_listener()


_live: LiveChanges | None = None


def live() -> LiveChanges:
    """The application's one listener (made on first use, owned by the application)."""
    global _live
    if _live is None:
        _live = LiveChanges(QCoreApplication.instance())
    return _live


def forget() -> None:
    """Drop the application's listener (the database it listened to was closed)."""
    global _live
    if _live is not None:
        _live.close()
        _live = None
