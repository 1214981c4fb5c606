"""One screen per round, by keyboard: ↑/↓ choose an item; 1 正常, 2 异常 (a yes/no item: 1 its normal
answer, 2 the other); on a reading or a count type the number and Enter; an 异常 that needs a note
puts the cursor in the note (Enter goes back to the list). Ctrl+Enter is 全部正常 and 完成: every
item not yet answered that needs no reading is 正常, and the round is saved when nothing is left
(else the cursor goes to the first item still to answer). Ctrl+S saves as it stands.

``RoundDialog.ask(parent, session, template_id, flat_id=None)`` returns the saved round or None.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from desk.services.core.errors import DeskError
from desk.services.inspections import rounds, templates
from desk.services.showflats import flats as showflats, photos
from desk.ui.errors import message_of, show_error
from desk.ui.models.inspections import RoundSheetModel, schedule_words, tr_in
from desk.ui.widgets import make_table_view, message_line

MARK_KEYS = {Qt.Key.Key_1: rounds.OK, Qt.Key.Key_2: rounds.FAULT}
DIGITS = {getattr(Qt.Key, f"Key_{n}") for n in range(10)} | {Qt.Key.Key_Period, Qt.Key.Key_Minus}


def choose_photo(parent: QWidget) -> str | None:
    """The file dialog for a photo; tests monkeypatch this."""
    path, _ = QFileDialog.getOpenFileName(parent, parent.tr("选择照片"), "",
                                          parent.tr("图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"))
    return path or None


class RoundDialog(QDialog):
    def __init__(self, session, template_id: int, parent=None, flat_id: int | None = None):
        super().__init__(parent)
        self.session = session
        self.template = templates.get_template(template_id)
        self.round = None
        self.setWindowTitle(self.tr("巡检：{name}").format(name=self.template.name))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(f"<b>{self.template.name}</b>　{schedule_words(self.template)}")
        top.addWidget(title, 1)
        self.flat = QComboBox()
        self.flat.setObjectName("flat")
        if self.template.place_kind == "showflat" and self.template.flat_id is None:
            for flat in showflats.flats():
                self.flat.addItem(flat.name, flat.id)
            if flat_id is not None:
                self.flat.setCurrentIndex(max(0, self.flat.findData(flat_id)))
            top.addWidget(QLabel(self.tr("样板间")))
            top.addWidget(self.flat)
        else:
            self.flat.hide()
            top.addWidget(QLabel(self.tr("地点：{place}").format(place=templates.place_text(self.template))))
        layout.addLayout(top)
        hint = QLabel(self.tr("↑↓ 选项目，按 1 正常、2 异常；读数、数量直接输入后回车。异常须写明情况（回车回到清单）。"
                              "Ctrl+Enter：其余全部正常并完成。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.model = RoundSheetModel(self)
        self.view = make_table_view(self.model, self)
        self.model.load(templates.items(self.template.id))  # (after the view: its columns fit the rows)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(RoundSheetModel.COL_NOTE, header.ResizeMode.Stretch)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setTabKeyNavigation(False)
        self.view.installEventFilter(self)
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        layout.addWidget(self.view, 1)

        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("所选项目的异常情况及处理（回车回到清单）"))
        self.photo_button = QPushButton(self.tr("附照片…"))
        row.addWidget(QLabel(self.tr("备注")))
        row.addWidget(self.note, 1)
        row.addWidget(self.photo_button)
        layout.addLayout(row)
        self.message = message_line()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        for key, status in MARK_KEYS.items():
            button = QPushButton(f"{1 if status == rounds.OK else 2} {tr_in(status)}")
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, s=status: self.mark_current(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.all_ok_button = QPushButton(self.tr("其余全部正常并完成 Ctrl+Enter"))
        self.all_ok_button.setObjectName("all_ok")
        self.all_ok_button.setMinimumHeight(40)
        self.save_button = QPushButton(self.tr("完成 Ctrl+S"))
        self.save_button.setObjectName("save")
        self.save_button.setMinimumHeight(40)
        cancel = QPushButton(self.tr("取消"))
        for b in (self.all_ok_button, self.save_button, cancel):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the note goes back to the list, never clicks

        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.all_ok_and_save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.all_ok_button.clicked.connect(self.all_ok_and_save)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.photo_button.clicked.connect(self.attach_photo)
        self.note.editingFinished.connect(self._store_note)
        self.note.returnPressed.connect(self._note_done)
        self.note.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_note(current.row()))
        if self.model.rowCount():
            self.go_to(0)
        self.view.setFocus()

    # -- moving about -----------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def go_to(self, row: int) -> None:
        """Put the cursor on a row: on its value cell when it wants a number (typing edits it)."""
        line = self.model.lines[row]
        column = RoundSheetModel.COL_VALUE if line.kind in ("reading", "count") else RoundSheetModel.COL_RESULT
        self.view.setCurrentIndex(self.model.index(row, column))

    def _show_note(self, row: int) -> None:
        if 0 <= row < len(self.model.lines):
            self.note.setText(self.model.lines[row].note)

    def _next(self, row: int) -> None:
        if row + 1 < self.model.rowCount():
            self.go_to(row + 1)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and obj in (self.view, self.note):
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.ControlModifier:
                self.all_ok_and_save()  # the item view would otherwise swallow Ctrl+Enter
                return True
        if obj is self.view and event.type() == QEvent.Type.KeyPress \
                and self.view.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            row = self.current_row()
            line = self.model.lines[row] if row >= 0 else None
            if line is not None and mods == Qt.KeyboardModifier.NoModifier:
                wants_number = line.kind in ("reading", "count")
                if key in MARK_KEYS and not wants_number:
                    self.mark_current(MARK_KEYS[key])
                    return True
                if wants_number and key in DIGITS and self.view.currentIndex().column() != RoundSheetModel.COL_VALUE:
                    self.go_to(row)  # the number goes to the value cell
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if line.status() == rounds.FAULT:
                        self.note.setFocus()
                    else:
                        self._next(row)
                    return True
        return super().eventFilter(obj, event)

    def _editor_closed(self, _editor, hint) -> None:
        """A reading or count typed and Enter: on to the next item (or to the note when 异常)."""
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            return
        row = self.current_row()
        if row < 0:
            return
        line = self.model.lines[row]
        if line.status() == rounds.FAULT and line.item.note_on_fail and not line.note:
            self.message.setText(self.tr("“{label}”异常，请写明情况").format(label=line.item.label))
            self.note.setFocus()
        else:
            self._next(row)

    # -- answering --------------------------------------------------------------------------
    def mark_current(self, status: str) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.mark(row, status)
        self.message.clear()
        line = self.model.lines[row]
        if status == rounds.FAULT and line.item.note_on_fail and not line.note:
            self.note.setFocus()
        elif status == rounds.OK:
            self._next(row)

    def _store_note(self) -> None:
        row = self.current_row()
        if row >= 0 and self.note.text().strip() != self.model.lines[row].note:
            self.model.set_note(row, self.note.text())

    def _note_done(self) -> None:
        self._store_note()
        row = self.current_row()
        self.view.setFocus()
        if row >= 0:
            self._next(row)

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

    def all_ok_and_save(self) -> None:
        self._store_note()
        self.model.mark_rest_ok()
        self.save()

    def save(self) -> None:
        self._store_note()
        missing = self.model.unanswered()
        if missing:
            names = "、".join(self.model.lines[r].item.label for r in missing[:8])
            self.message.setText(self.tr("还有 {n} 项未检查：{names}").format(n=len(missing), names=names))
            self.go_to(missing[0])
            self.view.setFocus()
            return
        flat_id = self.flat.currentData() if self.flat.count() else None
        try:
            self.round = rounds.record_round(self.session, self.template.id, self.model.answers(), flat_id=flat_id)
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        except Exception as exc:  # a bug: show it, keep the dialog
            show_error(self, exc)
            return
        self.accept()

    @classmethod
    def ask(cls, parent, session, template_id: int, flat_id: int | None = None):
        try:
            dialog = cls(session, template_id, parent, flat_id)
        except DeskError as exc:
            show_error(parent, exc)
            return None
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.round
        return None
