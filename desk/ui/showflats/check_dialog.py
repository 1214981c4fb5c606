"""The check dialogs: after a group (一客一盘点) and handover (full count). The opening and closing
checks are inspection rounds (``desk.ui.inspections.round_dialog.RoundDialog``).

By keyboard: ↑/↓ choose an item; 1 正常, 2 损坏, 3 缺失, 4 移位 (Alt+1…4 anywhere); at handover
type the count and Enter; Ctrl+Enter saves (after a group: everything not marked is 正常).
The reception board calls ``AfterGroupCheckDialog.ask(parent, session, flat_id)``.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk.services.showflats import photos, flats as showflats
from desk.services.core.errors import DeskError
from desk.ui.errors import message_of, show_error
from desk.ui.models.showflats import CheckSheetModel, tr_sf
from desk.ui.widgets import make_table_view, message_line

STATUS_KEYS = {Qt.Key.Key_1: showflats.OK, Qt.Key.Key_2: showflats.DAMAGED,
               Qt.Key.Key_3: showflats.MISSING, Qt.Key.Key_4: showflats.MOVED}


def flat_combo(parent: QWidget, flat_id: int | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for flat in showflats.flats():
        combo.addItem(flat.name, flat.id)
    if flat_id is not None:
        combo.setCurrentIndex(combo.findData(flat_id))  # -1 (nothing) for an unknown flat
    return combo


def choose_photo(parent: QWidget) -> str | None:
    """The file dialog for a photo; tests monkeypatch this."""
    path, _ = QFileDialog.getOpenFileName(parent, parent.tr("选择照片"), "",
                                          parent.tr("图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"))
    return path or None


class ItemCheckDialog(QDialog):
    kind = "after_group"

    def __init__(self, session, parent=None, flat_id: int | None = None):
        super().__init__(parent)
        self.session = session
        self.check = None
        self.group_ref: int | None = None
        self.setWindowTitle(tr_sf(showflats.CHECK_KINDS[self.kind]))
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("样板间")))
        self.flat = flat_combo(self, flat_id)
        self.flat.setObjectName("flat")
        top.addWidget(self.flat, 1)
        layout.addLayout(top)
        self.hint = QLabel(self.hint_text())
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.model = CheckSheetModel(self.kind, self)
        self.view = make_table_view(self.model, self)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setTabKeyNavigation(False)
        self.view.installEventFilter(self)
        layout.addWidget(self.view, 1)

        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("所选物品的备注（回车回到清单）"))
        self.photo_button = QPushButton(self.tr("附照片…"))
        row.addWidget(QLabel(self.tr("备注")))
        row.addWidget(self.note, 1)
        row.addWidget(self.photo_button)
        layout.addLayout(row)

        self.message = message_line()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.status_buttons = {}
        for key, status in STATUS_KEYS.items():
            number = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}[key]
            button = QPushButton(f"{number} {tr_sf(status)}")
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, s=status: self.mark_current(s))
            buttons.addWidget(button)
            self.status_buttons[status] = button
            QShortcut(QKeySequence(Qt.Modifier.ALT | key), self, lambda s=status: self.mark_current(s))
        buttons.addStretch(1)
        self.save_button = QPushButton(self.save_text())
        self.save_button.setObjectName("save")
        self.save_button.setMinimumHeight(40)
        self.cancel_button = QPushButton(self.tr("取消"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        for seq in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(seq), self, self.save)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.photo_button.clicked.connect(self.attach_photo)
        self.flat.currentIndexChanged.connect(self.load)
        self.note.editingFinished.connect(self._store_note)
        self.note.returnPressed.connect(self.view.setFocus)
        self.note.installEventFilter(self)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the note goes back to the list, never clicks
        self.load()
        if flat_id is not None and self.flat.currentIndex() < 0:
            self.message.setText(self.tr("找不到样板间：{ref}").format(ref=flat_id))

    # -- texts of the kind --------------------------------------------------------------------
    def hint_text(self) -> str:
        return self.tr("全部正常直接按 Ctrl+Enter 保存。有异常：↑↓ 选物品，按 2 损坏、3 缺失、4 移位"
                       "（1 改回正常），可填实点数量和备注、附照片。损坏和缺失会登记事件并通知主管。")

    def save_text(self) -> str:
        return self.tr("保存（其余全部正常）Ctrl+Enter")

    # -- behaviour ----------------------------------------------------------------------------
    def load(self) -> None:
        self.model.load(self.flat.currentData())
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, self.start_column()))
        self.view.setFocus()
        self.message.clear()

    def start_column(self) -> int:
        return CheckSheetModel.COL_STATUS

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj in (self.view, self.note) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.ControlModifier:
                self.save()  # the item view would otherwise swallow Ctrl+Enter
                return True
        if obj is self.view and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in STATUS_KEYS and mods == Qt.KeyboardModifier.NoModifier and \
                    self.view.currentIndex().column() != CheckSheetModel.COL_COUNT:
                self.mark_current(STATUS_KEYS[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier \
                    and self.view.state() != QAbstractItemView.State.EditingState:
                self.note.setFocus()
                return True
        return super().eventFilter(obj, event)

    def mark_current(self, status: str) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.set_status(row, status)
        self.note.setText(self.model.lines[row].note)
        if row + 1 < self.model.rowCount() and status == showflats.OK:
            self.view.setCurrentIndex(self.model.index(row + 1, self.view.currentIndex().column()))

    def _store_note(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.setData(self.model.index(row, CheckSheetModel.COL_NOTE), self.note.text())

    def attach_photo(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        path = choose_photo(self)
        if not path:
            return
        try:
            photos.prepare(path)  # refuse at once what is not an image
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        self.model.set_photo(row, path)

    def answers(self) -> tuple[list[dict], bool]:
        return self.model.answers(only_exceptions=True), True

    def save(self) -> None:
        self._store_note()
        flat_id = self.flat.currentData()
        if flat_id is None:
            self.message.setText(self.tr("请先选择样板间"))
            return
        answers, rest_ok = self.answers()
        try:
            self.check = showflats.record_check(self.session, flat_id, self.kind, answers, all_ok_rest=rest_ok,
                                                group_ref=self.group_ref)
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        except Exception as exc:  # a bug: show it, keep the dialog
            show_error(self, exc)
            return
        self.accept()

    @classmethod
    def ask(cls, parent, session, flat_id: int | None = None, *, group_ref: int | None = None):
        """Run the dialog; returns the saved check or None. ``group_ref``: the reception visit."""
        dialog = cls(session, parent, flat_id)
        dialog.group_ref = group_ref
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.check
        return None


class AfterGroupCheckDialog(ItemCheckDialog):
    """一客一盘点 after a group leaves a show flat."""

    kind = "after_group"


class HandoverCheckDialog(ItemCheckDialog):
    """交接盘点: every item counted."""

    kind = "handover"

    def hint_text(self) -> str:
        return self.tr("逐件清点：在“实点数量”列直接输入数量后回车，少于应有即记为缺失；"
                       "损坏、移位按 Alt+2、Alt+4。全部清点后 Ctrl+Enter 保存。")

    def save_text(self) -> str:
        return self.tr("保存并结束 Ctrl+Enter")

    def start_column(self) -> int:
        return CheckSheetModel.COL_COUNT

    def load(self) -> None:
        super().load()
        delegate = self.view.itemDelegate()
        if not getattr(self, "_delegate_hooked", False):
            delegate.closeEditor.connect(self._editor_closed)
            self._delegate_hooked = True

    def _editor_closed(self, editor, hint) -> None:
        """A count typed and Enter: go to the next item's count, ready to type."""
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            return
        row = self.current_row()
        if 0 <= row and row + 1 < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row + 1, CheckSheetModel.COL_COUNT))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.view and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not (event.modifiers() & Qt.KeyboardModifier.ControlModifier) and \
                self.view.state() != QAbstractItemView.State.EditingState:
            row = self.current_row()
            if row + 1 < self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(row + 1, CheckSheetModel.COL_COUNT))
            return True
        return super().eventFilter(obj, event)

    def answers(self) -> tuple[list[dict], bool]:
        missing = self.model.unanswered()
        if missing:
            raise_incomplete = showflats.CheckIncomplete(missing)
            self.message.setText(message_of(raise_incomplete))
            return [], False
        return self.model.answers(only_exceptions=False), False

    def save(self) -> None:
        if self.model.unanswered():
            self.message.setText(message_of(showflats.CheckIncomplete(self.model.unanswered())))
            return
        super().save()
