"""What the screens share: a table view set up the same way everywhere, the message line's styles,
and the small dialogs every section uses (a message, a yes/no question, a line of text, a reason).

Every dialog here is opened through its ``ask()`` classmethod (pytest-qt's pattern): tests
monkeypatch ``Notice.ask``, ``Confirm.ask``, ``TextDialog.ask`` or ``ReasonDialog.ask``, never
``QMessageBox`` or ``QInputDialog``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

# -- the message line ---------------------------------------------------------------------------
ERROR, DONE, NOTE = "error", "done", "note"
COLORS = {ERROR: "#b00020", DONE: "#1b5e20", NOTE: "#8a5300"}


def set_style(label: QLabel, kind: str = ERROR, *, bold: bool = False) -> QLabel:
    """Colour a message line: an error red, what was done green, something due amber."""
    label.setStyleSheet(f"color: {COLORS[kind]};" + (" font-weight: bold;" if bold else ""))
    return label


def say(label: QLabel, text: str, kind: str = ERROR, *, bold: bool = False) -> None:
    """Put ``text`` on a message line in the style of its kind."""
    label.setText(text)
    set_style(label, kind, bold=bold)


def fit_hint(edit: QLineEdit) -> None:
    """A field at least as wide as its hint (placeholder), so that the hint is read whole."""
    edit.setMinimumWidth(max(edit.minimumWidth(), edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24))


def message_line(name: str = "message") -> QLabel:
    """A red, wrapped line under a form for what went wrong (empty until then)."""
    label = QLabel("")
    label.setObjectName(name)
    label.setWordWrap(True)
    return set_style(label)


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that sizes it to its width (a page taller than the screen)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


# -- grids ----------------------------------------------------------------------------------------
def make_table_view(model, parent=None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(120)
    ColumnFitter(view)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


HEADER_MARGIN = 12  # px a header needs beyond its text


class ColumnFitter(QObject):
    """Keeps a grid's columns inside it: each column as wide as what it shows (from ``fit_columns``);
    when together they are wider than the grid, the widest are narrowed first (their cells elided,
    never a header), so that no header ends up cut off behind a sideways scroll bar and short
    values stay whole. Refits when the grid is resized."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.natural: list[int] = []
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self.natural:
            self.apply()
        return False

    def apply(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        model = view.model()
        columns = [c for c in range(len(self.natural)) if not header.isSectionHidden(c)]
        room = view.viewport().width()
        total = sum(self.natural[c] for c in columns)
        if room <= 0 or total <= room:
            widths = {c: self.natural[c] for c in columns}
        else:
            metrics = header.fontMetrics()
            least = {c: min(self.natural[c], metrics.horizontalAdvance(
                str(model.headerData(c, header.orientation()) or "")) + HEADER_MARGIN) for c in columns}
            # The widest columns give way first, down to a common cap: a short column (a status, a
            # time, a name) keeps its whole text while a long one (a description) is elided.
            def fitted(cap: int) -> dict[int, int]:
                return {c: max(least[c], min(self.natural[c], cap)) for c in columns}

            low, high = 0, max(self.natural[c] for c in columns)
            while low < high:
                cap = (low + high + 1) // 2
                if sum(fitted(cap).values()) <= room:
                    low = cap
                else:
                    high = cap - 1
            widths = fitted(low)
        for column, width in widths.items():
            header.resizeSection(column, width)


def fit_columns(view: QTableView, max_width: int = 360) -> None:
    """Size columns to what they show (sampled rows), capped so one long text cannot take the grid,
    and (for a grid made by ``make_table_view``) narrowed to fit in it."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(50)
    view.resizeColumnsToContents()
    for col in range(view.model().columnCount()):
        if header.sectionSize(col) > max_width:
            header.resizeSection(col, max_width)
    fitter = view.findChild(ColumnFitter)
    if fitter is not None:
        fitter.natural = [header.sectionSize(c) for c in range(view.model().columnCount())]
        fitter.apply()


def selected_object(view: QTableView):
    """The row object selected in ``view`` (or the current row's), None when there is none: for
    reading the selection. A button that acts on a row asks ``need_selection``."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        index = view.currentIndex()
        if not index.isValid():
            return None
        return view.model().row_object(index.row())
    return view.model().row_object(rows[0].row())


def need_selection(view: QTableView, parent: QWidget):
    """The row object a button acts on; with no row selected it says so (请先在列表中选择一行)
    rather than doing nothing, and gives None."""
    chosen = selected_object(view)
    if chosen is None:
        Notice.ask(parent, QCoreApplication.translate("widgets", "请先选择"),
                   QCoreApplication.translate("widgets", "请先在列表中选择一行"))
    return chosen


class FieldsDialog(QDialog):
    """A dialog of fields where Enter moves on to the next field and saves from the last one (wire
    that with ``returnPressed``); Ctrl+Enter saves anywhere. Its buttons are never the default, so
    Enter in a field never clicks 保存 behind the person's back."""

    def add_buttons(self, layout, ok_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        self.buttons = buttons
        return buttons

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        for button in self.buttons.buttons():  # the button box makes OK the default when shown
            button.setAutoDefault(False)
            button.setDefault(False)


# -- dialogs --------------------------------------------------------------------------------------
def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """确定 / 取消 wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _message_box(parent, title: str, text: str, icon_name: str):
    from PySide6.QtWidgets import QMessageBox  # lazy: start-up (QMessageBox's enums; bench/startup.py)

    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    box.setIcon(getattr(QMessageBox.Icon, icon_name))
    return box


class Notice:
    """A message the person reads and closes: information, a warning or a critical problem."""

    INFORMATION, WARNING, CRITICAL = "Information", "Warning", "Critical"

    @classmethod
    def ask(cls, parent, title: str, text: str, level: str = INFORMATION) -> None:
        _message_box(parent, title, text, level).exec()


class Confirm:
    """A yes/no question (or 重试/取消 with ``retry``); True when the person agrees."""

    @classmethod
    def ask(cls, parent, title: str, text: str, *, default_yes: bool = False, retry: bool = False,
            level: str = "Question") -> bool:
        from PySide6.QtWidgets import QMessageBox  # lazy: start-up (QMessageBox's enums; bench/startup.py)

        box = _message_box(parent, title, text, level)
        yes = QMessageBox.StandardButton.Retry if retry else QMessageBox.StandardButton.Yes
        no = QMessageBox.StandardButton.Cancel if retry else QMessageBox.StandardButton.No
        box.setStandardButtons(yes | no)
        box.setDefaultButton(yes if default_yes else no)
        return box.exec() == yes


class TextDialog(QDialog):
    """A line (or, ``multiline``, a few lines) of text; None when cancelled."""

    def __init__(self, parent, title: str, label: str, *, text: str = "", multiline: bool = False,
                 password: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        if multiline:
            self.edit = QPlainTextEdit(text)
            self.edit.setTabChangesFocus(True)
            self.edit.setFixedHeight(100)
        else:
            self.edit = QLineEdit(text)
            if password:
                self.edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.edit.returnPressed.connect(self.accept)
        self.edit.setObjectName("text")
        layout.addWidget(self.edit)
        layout.addWidget(ok_cancel(self))
        self.edit.setFocus()

    def value(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()

    @classmethod
    def ask(cls, parent, title: str, label: str, **kwargs) -> str | None:
        dialog = cls(parent, title, label, **kwargs)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReasonDialog(QDialog):
    """A short reason, typed or picked from ``choices``; None when cancelled."""

    def __init__(self, parent, title: str, prompt: str, choices=()):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.text = QComboBox()
        self.text.setEditable(True)
        self.text.addItems(list(choices))
        self.text.setCurrentText("")
        form.addRow(prompt, self.text)
        form.addRow(ok_cancel(self))
        self.text.lineEdit().returnPressed.connect(self.accept)

    @classmethod
    def ask(cls, parent, title, prompt, choices=()):
        dialog = cls(parent, title, prompt, choices)
        return dialog.text.currentText().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None

