"""Signing in, switching person and unlocking: a staff code and a PIN, by keyboard alone, or on a
touch screen (设置 → 触摸屏) by the number pad under the form.

工号 → Enter → PIN → Enter signs in once: Enter in 工号 only moves on (an empty PIN is never sent,
so it is never counted as a wrong one), and the 登录 button is not the dialog's default button
(which Enter would press as well, counting each wrong PIN twice).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QGridLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget,
)

from desk import settings
from desk.services.core import staff as staff_service
from desk.services.core.errors import DeskError
from desk.services.core.session import Session
from desk.ui.errors import message_of
from desk.ui.widgets import DONE, message_line, say

KEY = 64  # px: a key of the touch pad


class NumberPad(QWidget):
    """0–9, 清除 and 下一步 / 登录, typing into the form's 工号 or PIN (whichever has the focus)."""

    def __init__(self, form: "SignInForm"):
        super().__init__(form)
        self.form = form
        grid = QGridLayout(self)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "enter"]):
            text = {"clear": self.tr("清除"), "enter": self.tr("下一步 / 登录")}.get(key, key)
            button = QPushButton(text)
            button.setObjectName(f"key_{key}")
            button.setMinimumHeight(KEY)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
            button.setAutoDefault(False)
            button.setStyleSheet("font-size: 24px;")
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            self.keys[key] = button
            grid.addWidget(button, index // 3, index % 3)

    def field(self) -> QLineEdit:
        """The field the pad types into: the one the window's focus is in (工号 unless it is the PIN)."""
        return self.form.pin if self.form.window().focusWidget() is self.form.pin else self.form.code

    def press(self, key: str) -> None:
        field = self.field()
        if key == "enter":
            (self.form.submit if field is self.form.pin else self.form.code_entered)()
            return
        if key == "clear":
            field.clear()
        else:
            field.insert(key)
        field.setFocus()


class SignInForm(QWidget):
    """工号 → Enter → PIN → Enter. Emits ``signed_in(Session)``."""

    signed_in = Signal(object)

    def __init__(self, parent=None, *, prompt: str | None = None, touch: bool | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt or self.tr("请输入工号和 PIN"))
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.prompt.setFont(font)
        layout.addWidget(self.prompt)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("工号"))
        self.code.setMaxLength(16)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin))
        form.addRow(self.tr("工号"), self.code)
        form.addRow(self.tr("PIN"), self.pin)
        layout.addLayout(form)
        self.message = message_line()
        layout.addWidget(self.message)
        self.button = QPushButton(self.tr("登录"))
        self.button.setAutoDefault(False)  # Enter in the PIN signs in once, through returnPressed only
        layout.addWidget(self.button)
        self.unlock_button = QPushButton(self.tr("主管解锁…"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setAutoDefault(False)  # Enter in the PIN must not open it (it shows after a lock)
        self.unlock_button.hide()  # shown while the 工号 typed is locked
        layout.addWidget(self.unlock_button)
        self.unlock_button.clicked.connect(self.supervisor_unlock)
        self.pad = None
        if settings.get("touch_screen") if touch is None else touch:
            for edit in (self.code, self.pin):
                edit.setMinimumHeight(48)
                edit.setStyleSheet("font-size: 22px;")
            self.pad = NumberPad(self)
            layout.addWidget(self.pad)
        self.code.returnPressed.connect(self.code_entered)
        self.pin.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    def reset(self, code: str = "") -> None:
        self.code.setText(code)
        self.pin.clear()
        self.message.clear()
        self.unlock_button.hide()
        (self.pin if code else self.code).setFocus()

    def code_entered(self) -> None:
        """Enter in 工号: on to the PIN (nothing is checked yet)."""
        if not self.code.text().strip():
            say(self.message, self.tr("请输入工号"))
            self.code.setFocus()
            return
        self.message.clear()
        self.pin.setFocus()

    def submit(self) -> None:
        if not self.code.text().strip():
            self.code_entered()
            return
        if not self.pin.text():
            say(self.message, self.tr("请输入 PIN"))
            self.pin.setFocus()
            return
        try:
            session = staff_service.sign_in(self.code.text(), self.pin.text())
        except DeskError as exc:
            say(self.message, message_of(exc))
            self.unlock_button.setVisible(isinstance(exc, staff_service.SignInLocked))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.unlock_button.hide()
        self.message.clear()
        self.pin.clear()
        self.signed_in.emit(session)


    def supervisor_unlock(self) -> None:
        """A supervisor, at the desk, types their own 工号 and PIN to lift the lock of the 工号 above."""
        answer = SupervisorUnlockDialog.ask(self, self.code.text())
        if answer is None:
            return
        try:
            staff_service.unlock_code(*answer, self.code.text())
        except DeskError as exc:
            say(self.message, message_of(exc))
            return
        self.unlock_button.hide()
        say(self.message, self.tr("已解锁，请重新输入 PIN"), DONE)
        self.pin.setFocus()


class SupervisorUnlockDialog(QDialog):
    """A supervisor's 工号 and PIN, to unlock a locked 工号."""

    def __init__(self, parent, locked_code: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("主管解锁"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("解除工号 {code} 的锁定：请主管输入自己的工号和 PIN").format(code=locked_code)))
        self.code = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        form.addRow(self.tr("主管工号"), self.code)
        form.addRow(self.tr("PIN"), self.pin)
        ok = QPushButton(self.tr("解锁"))
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        form.addRow(ok)
        self.code.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.accept)

    @classmethod
    def ask(cls, parent, locked_code: str) -> tuple[str, str] | None:
        dialog = cls(parent, locked_code)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.code.text(), dialog.pin.text()


class SignInDialog(QDialog):
    def __init__(self, parent=None, *, title: str | None = None, prompt: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("登录 案场助手"))
        self.session: Session | None = None
        layout = QVBoxLayout(self)
        self.form = SignInForm(self, prompt=prompt)
        layout.addWidget(self.form)
        self.form.signed_in.connect(self._accept)
        self.setMinimumWidth(360)
        self.form.reset()

    def _accept(self, session: Session) -> None:
        self.session = session
        self.accept()

    @classmethod
    def ask(cls, parent=None, **kwargs) -> Session | None:
        dialog = cls(parent, **kwargs)
        return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None


class LockPage(QWidget):
    """What the window shows while locked: nothing of the data, only the sign-in form."""

    unlocked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("屏幕已锁定"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.form = SignInForm(self, prompt=self.tr("输入工号和 PIN 继续（可换人登录）"))
        self.form.setMaximumWidth(420)
        layout.addWidget(self.form, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.form.signed_in.connect(self.unlocked.emit)
