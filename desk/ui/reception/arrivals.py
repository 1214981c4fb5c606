"""The arrival call: when the host registers a group, the water bar's PC shows and chimes
"3 位客人到沙盘，请准备饮品" and the assigned consultant's PC shows who is waiting where.

The registration is announced under ``changes.ARRIVALS`` with the visit's id: on this PC by the
registration form through the change hub, from the site's other PCs through PostgreSQL's NOTIFY
(``desk.ui.live``, relayed to the same hub). The service decides who is called
(``hall.arrival_call``); here a line above the window's pages says it, with 知道了 to dismiss it.
Nothing modal: the host and everyone else keep working; a line also goes by itself after a while.
The lines stay above the lock screen (the bar is called while its PC is locked), then without the
customer's name.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services.core import changes
from desk.services.reception import hall
from desk.ui.changes import hub

log = logging.getLogger("desk")

STYLE = """
QWidget#arrival_bar { background: #fff3cd; border-bottom: 2px solid #e0a800; }
QWidget#arrival_consultant { background: #dbeafe; border-bottom: 2px solid #1f4e79; }
QLabel { font-size: 18px; font-weight: bold; color: #3d2c00; padding: 4px 8px; }
QWidget#arrival_consultant QLabel { color: #12324f; }
QPushButton { font-size: 15px; padding: 4px 16px; }
"""


class ArrivalCalls(QWidget):
    """The calls of this PC's session, newest first, each until 知道了 or ``SHOW_MINUTES``."""

    SHOW_MINUTES = 10  # by then the group has been served and met
    MOST = 4  # lines kept on screen; an older call goes when a fifth comes

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setStyleSheet(STYLE)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(0)
        self.lines: list[QWidget] = []
        self.hide()
        hub().changed.connect(self.on_changed)

    def set_session(self, session) -> None:
        """Another person at the PC: the calls were for the one before."""
        self.session = session
        for line in list(self.lines):
            self.dismiss(line)

    def on_changed(self, topic: str, record_id) -> None:
        if topic != changes.ARRIVALS:
            return
        try:
            call = hall.arrival_call(self.session, record_id)
        except Exception:  # the call is a courtesy: a failed lookup must not interrupt anybody
            log.exception("arrival call for visit %s", record_id)
            return
        if call is None:
            return
        if call.for_bar:
            self.add_line("arrival_bar", self.bar_text(call))
        if call.for_consultant:
            self.add_line("arrival_consultant", self.consultant_text(call)).call = call
        self.chime()

    def retell(self) -> None:
        """Say the consultants' calls again as the screen is now: the customer's name leaves them when
        the screen locks (they stay above the lock page) and comes back when it is unlocked."""
        for line in self.lines:
            if getattr(line, "call", None) is not None:
                line.label.setText(self.consultant_text(line.call))

    def bar_text(self, call: hall.ArrivalCall) -> str:
        text = self.tr("{n} 位客人到{place}，请准备饮品").format(
            n=call.party_size, place=QCoreApplication.translate("reception", call.location))
        return text + (self.tr("（顾问 {name}）").format(name=call.consultant) if call.consultant else "")

    def consultant_text(self, call: hall.ArrivalCall) -> str:
        kind = self.tr("首访") if call.first_visit else self.tr("复访")
        locked = getattr(self.window(), "is_locked", lambda: False)()  # the screen locked: no names on it
        return self.tr("请接待：{name}（{kind}，{n} 人）在{place}等候").format(
            name=(not locked and call.customer) or self.tr("客户"), kind=kind, n=call.party_size,
            place=QCoreApplication.translate("reception", call.location))

    def add_line(self, kind: str, text: str) -> QWidget:
        line = QWidget()
        line.setObjectName(kind)
        line.setAutoFillBackground(True)
        layout = QHBoxLayout(line)
        layout.setContentsMargins(8, 2, 8, 2)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        ok = QPushButton(self.tr("知道了"))
        ok.clicked.connect(lambda: self.dismiss(line))
        layout.addWidget(ok)
        line.label, line.ok = label, ok
        self.rows.insertWidget(0, line)
        self.lines.insert(0, line)
        while len(self.lines) > self.MOST:
            self.dismiss(self.lines[-1])
        QTimer.singleShot(self.SHOW_MINUTES * 60_000, line, lambda: self.dismiss(line))
        self.show()
        return line

    def dismiss(self, line: QWidget) -> None:
        if line not in self.lines:
            return
        self.lines.remove(line)
        line.hide()
        line.deleteLater()
        self.setVisible(bool(self.lines))

    def texts(self) -> list[str]:
        """What the calls on screen say, newest first."""
        return [line.label.text() for line in self.lines]

    def chime(self) -> None:
        QApplication.beep()
