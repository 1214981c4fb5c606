"""The server goes away and comes back (a TCP proxy in front of the test server is stopped and
started): the window says so at once, a write meanwhile changes nothing and is refused in plain
words, and once the server is back the banner goes and writing works again."""
from __future__ import annotations

import socket
import threading
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.server_only


class Proxy:
    """127.0.0.1:port -> the server; ``stop()`` drops every connection and refuses new ones."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.port = None
        self.sockets: list[socket.socket] = []
        self.listener = None
        self.start()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port or 0))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src, dst) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def stop(self) -> None:
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread waiting in accept()
        except OSError:
            pass
        self.listener.close()
        for s in self.sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass
        self.sockets.clear()


def test_the_banner_shows_while_the_server_is_away(qtbot, database, admin, data_dir, monkeypatch):
    from desk.db.connection import open_database
    from desk.db.core import DutyLogEntry
    from desk.services.core import shifts
    from desk.services.core.live import ServerUnavailable
    from desk.ui import live as live_mod
    from desk.ui.errors import show_error
    from desk.ui.main_window import MainWindow
    from desk.ui.widgets import Notice

    parts = urlsplit(data_dir.url)
    proxy = Proxy(parts.hostname, parts.port or 5432)
    url = parts._replace(netloc=f"{parts.username}@127.0.0.1:{proxy.port}").geturl()
    open_database(url, migrate=False)
    live_mod.forget()
    monkeypatch.setattr(live_mod.LiveChanges, "RETRY_MS", 200)
    warned = []
    monkeypatch.setattr(Notice, "ask", classmethod(lambda cls, parent, title, text, *a: warned.append(text)))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.live.active and not window.connection_banner.isVisible()
        proxy.stop()
        qtbot.waitUntil(window.connection_banner.isVisible, timeout=5000)
        assert window.connection_banner.text() == "连接中断，正在重连…"
        overview = window.section_widget("overview")
        overview.refresh()  # the page's timed reads meanwhile: no dialog, no error, the banner stays
        overview.refresh_sales()
        assert window.connection_banner.isVisible()
        with pytest.raises(ServerUnavailable) as refused:
            shifts.add_log_entry(admin, "事件", "服务器断开时写的")
        show_error(window, refused.value)  # as a dialog's save would: a plain warning, not a bug report
        assert warned and "没有保存" in warned[-1]
        proxy.start()
        qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=10000)
        shifts.add_log_entry(admin, "事件", "恢复后写的")
        assert [e.text for e in DutyLogEntry.select()] == ["恢复后写的"], "nothing of the failed write"
    finally:
        window.close()
        live_mod.forget()
        proxy.stop()
