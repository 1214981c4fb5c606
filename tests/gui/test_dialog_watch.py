"""The GUI tests' guard against a modal dialog nobody answers (tests/gui/conftest.py)."""
from PySide6.QtWidgets import QMessageBox


def test_a_dialog_nobody_answers_is_closed_and_reported(qapp):
    from tests.gui.conftest import DialogWatch

    watch = DialogWatch(patience=0.3, every_ms=50)
    box = QMessageBox(QMessageBox.Icon.Warning, "无法完成", "周报生成失败")
    box.exec()  # would wait for ever: the watch closes it
    watch.stop()
    assert watch.forgotten == ["无法完成: 周报生成失败"]
