import logging
import sys

from PySide6.QtWidgets import QApplication

from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.ui import errors
from desk.ui.widgets import Notice


def test_unexpected_exception_is_logged_and_shown_with_copyable_details(qtbot, tmp_path, monkeypatch):
    log_file = tmp_path / "desk.log"
    errors.setup_logging(log_file)
    shown = []
    monkeypatch.setattr(errors.ErrorDialog, "ask", classmethod(lambda cls, parent, summary, details:
                                                               shown.append((summary, details))))
    previous = sys.excepthook
    errors.install_excepthook()
    try:
        try:
            {}["missing"]
        except KeyError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown and "KeyError" in shown[0][0] and "Traceback" in shown[0][1]
    for handler in logging.getLogger("desk").handlers:
        handler.flush()
    assert "KeyError" in log_file.read_text(encoding="utf-8")


def test_error_dialog_copies_details(qtbot):
    dialog = errors.ErrorDialog(None, "KeyError: 'x'", "Traceback ... KeyError")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Traceback ... KeyError"


def test_refusal_shows_a_plain_chinese_warning(qtbot, monkeypatch):
    seen = []
    monkeypatch.setattr(Notice, "ask", classmethod(lambda cls, parent, title, text, level: seen.append(text)))
    errors.show_error(None, ValidationError(QT_TRANSLATE_NOOP("desk", "数量须大于 0：{qty}"), qty=-1))
    assert seen == ["数量须大于 0：-1"]
