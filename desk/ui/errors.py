"""Showing errors: a refusal as a clear Chinese message, a bug as a dialog with 复制详情.

Unexpected exceptions are written to the log file in the data folder and the program keeps
running.
"""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desk.services.core.errors import for_user
from desk.services.core.live import is_connection_lost
from desk.services.core.progress import Cancelled
from desk.ui.widgets import Notice

log = logging.getLogger("desk")


def message_of(exc: BaseException) -> str:
    """The user's message for an exception (translated when it is one of ours; 磁盘已满 for a full disk)."""
    user_error = for_user(exc)
    if user_error is not None:
        return user_error.translated(QCoreApplication.translate)
    return str(exc)


def setup_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("desk")
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.FileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class ErrorDialog(QDialog):
    def __init__(self, parent: QWidget | None, summary: str, details: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("出错了"))
        self.details = details
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("程序遇到了意外错误，已记录到日志。您可以继续使用；"
                               "如反复出现，请把详情发给维护人员。\n\n{summary}").format(summary=summary))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(560, 220)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("复制详情"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)

    @classmethod
    def ask(cls, parent, summary: str, details: str) -> None:
        dialog = cls(parent, summary, details)
        dialog.exec()


def connection_lost(parent: QWidget | None) -> None:
    """A write met a lost server: nothing was saved, what was typed is still on screen; the window's
    banner says the server is away and goes when it is back."""
    from desk.ui.live import live  # lazy: start-up (the listener is made when the window is)

    live().report_lost()
    Notice.ask(parent, QCoreApplication.translate("errors", "连接中断"), QCoreApplication.translate(
        "errors", "与数据库服务器的连接中断，这次操作没有保存。已填写的内容仍在，连接恢复后请再点一次。"), Notice.WARNING)


def lost_in_background(exc: BaseException) -> bool:
    """A read nobody asked for (a page's timed refresh) met a lost server: the window's banner says
    so, no dialog; the next refresh catches up. True when that was it."""
    if not is_connection_lost(exc):
        return False
    from desk.ui.live import live  # lazy: start-up (the listener is made when the window is)

    live().report_lost()
    return True


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A refusal (DeskError) as a warning, a lost server as the banner; anything else as the error dialog."""
    if isinstance(exc, Cancelled):
        return
    if is_connection_lost(exc):
        connection_lost(parent)
        return
    if for_user(exc) is not None:  # a refusal, or a full disk: a warning that says so
        Notice.ask(parent, QCoreApplication.translate("errors", "无法完成"), message_of(exc), Notice.WARNING)
        return
    details = getattr(exc, "details", None) or "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error\n%s", details)
    ErrorDialog.ask(parent, f"{type(exc).__name__}: {exc}", details)


def install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if is_connection_lost(exc):
            connection_lost(QApplication.activeWindow())
            return
        if for_user(exc) is not None:
            Notice.ask(QApplication.activeWindow(), QCoreApplication.translate("errors", "无法完成"),
                       message_of(exc), Notice.WARNING)
            return
        log.error("unexpected error\n%s", details)
        try:
            ErrorDialog.ask(QApplication.activeWindow(), f"{exc_type.__name__}: {exc}", details)
        except Exception:  # never let the hook itself crash the program
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
