"""What every service-desk tab shares: a tool row, a search box, one grid and 导出 Excel."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.services.servicedesk.reveal import reveal_phone
from desk.ui.changes import announce, follow
from desk.ui.errors import show_error
from desk.ui.export import export_button
from desk.ui.icons import icon
from desk.ui.widgets import Notice, make_table_view, need_selection, selected_object
from desk.ui.worker import run_job


class GridPanel(QWidget):
    """A tool row over one grid. Subclasses add buttons with ``add_button``."""

    title = ""  # used for the export file name
    money_columns: set[int] = set()

    def __init__(self, section, model, parent=None, *, search: bool = True):
        super().__init__(parent)
        self.section = section
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tools = QHBoxLayout()  # actions, then 导出 Excel
        layout.addLayout(self.tools)
        self.extra = QHBoxLayout()  # search and filters
        layout.addLayout(self.extra)
        self.search = None
        if search:
            self.search = QLineEdit()
            self.search.setObjectName("search")
            self.search.setClearButtonEnabled(True)
            self.search.setPlaceholderText(self.tr("搜索，回车查找"))
            self.search.setMinimumWidth(260)
            self.search.setMaximumWidth(480)
            self.search.returnPressed.connect(self.apply_search)
            self.extra.addWidget(self.search)
        self.view = make_table_view(model, self)
        self.view.doubleClicked.connect(lambda *_: self.on_activate())
        layout.addWidget(self.view, 1)
        follow(self, {changes.SERVICE}, self.refresh)

    @property
    def session(self):
        return self.section.session

    def finish_tools(self) -> None:
        self.extra.addStretch(1)
        self.tools.addStretch(1)
        self.export = export_button(self, lambda: self.session, self.model, self.title or self.windowTitle(),
                                    self.money_columns)
        self.tools.addWidget(self.export)

    def add_button(self, text: str, slot, shortcut: str | None = None, *, permission: str | None = None,
                   name: str | None = None) -> QPushButton:
        button = QPushButton(text)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(shortcut)
        button.clicked.connect(lambda *_: slot())
        if name:
            button.setObjectName(name)
        button.permission = permission
        self.tools.addWidget(button)
        return button

    def add_check(self, text: str, key: str) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(lambda on: self._set_filter(key, on))
        self.extra.addWidget(box)
        return box

    def _set_filter(self, key, on) -> None:
        if on:
            self.model.filters[key] = True
        else:
            self.model.filters.pop(key, None)
        self.refresh()

    def apply_search(self) -> None:
        self.model.filters["text"] = self.search.text().strip()
        self.refresh()

    def selected(self):
        return selected_object(self.view)

    def refresh(self) -> None:
        current = self.selected()
        self.model.refresh()  # the grid fits its columns to what they show (make_table_view)
        if current is not None and hasattr(current, "id"):
            for row in range(self.model.rowCount()):
                if getattr(self.model.row_object(row), "id", None) == current.id:
                    self.view.selectRow(row)
                    break
        self.update_buttons()

    def update_buttons(self) -> None:
        for i in range(self.tools.count()):
            widget = self.tools.itemAt(i).widget()
            permission = getattr(widget, "permission", None)
            if permission:
                widget.setVisible(self.session.can(permission))

    def act(self, fn, *args, **kwargs):
        """Run one service write; a refusal is shown and nothing else happens."""
        try:
            result = fn(self.session, *args, **kwargs)
        except DeskError as exc:
            show_error(self, exc)
            return None
        announce(changes.SERVICE, getattr(result, "id", None))
        return result

    def need_selection(self):
        return need_selection(self.view, self)

    def on_activate(self) -> None:
        pass

    def add_reveal(self, kind_of) -> QPushButton:
        """显示号码 for the chosen row (``kind_of(row) -> (kind, id, who)``): the whole number, once asked
        for, written to the audit trail; the list itself stays masked."""
        def reveal():
            row = self.need_selection()
            if row is None:
                return
            kind, record_id, who = kind_of(row)
            try:
                phone = reveal_phone(self.session, kind, record_id)
            except DeskError as exc:
                show_error(self, exc)
                return
            Notice.ask(self, self.tr("显示号码"), self.tr("{who}：{phone}\n（已记入审计记录）").format(
                who=who, phone=phone))

        button = self.add_button(self.tr("显示号码"), reveal, "Ctrl+D", permission="service.desk", name="reveal")
        button.setIcon(icon("reveal"))
        return button

    # -- printing through the forms engine ------------------------------------------------------
    def add_print(self, text: str, slot, *, name: str | None = None) -> QPushButton:
        button = self.add_button(text, slot, permission="print", name=name)
        button.setIcon(icon("print"))
        return button

    def print_form(self, key: str, documents, *, title: str | None = None):
        """Render ``documents(session, progress) -> list`` with form ``key`` in the background
        (progress and cancel), then open the preview with 打印 / 另存为 PDF."""
        from desk.ui.forms.batch import print_batch  # lazy: reportlab loads with the first print

        session = self.session
        try:
            session.require("print")
        except DeskError as exc:
            show_error(self, exc)
            return None
        return print_batch(self, key, lambda progress: documents(session, progress), title=title)

    def print_record(self, key: str, *, id=None, day=None):
        from desk.printing.sources import documents_for  # lazy: reportlab loads with the first print

        return self.print_form(key, lambda session, progress: documents_for(session, key, id=id, day=day))

    def print_blank(self, key: str):
        from desk.printing import load_template, render_form  # lazy: reportlab loads with the first print
        from desk.printing.sources import blank_documents  # lazy: reportlab loads with the first print
        from desk.ui.forms.preview import PreviewDialog  # lazy: QtPdf loads with the first preview

        title = load_template(key).title
        documents = blank_documents(self.session, key)
        run_job(self, self.tr("正在生成空白表…"), lambda progress: render_form(key, blank=True, documents=documents),
                lambda data: PreviewDialog.open_pdf(self, data, title))

    def on_shown(self) -> None:
        self.refresh()


def focus_search_shortcut(widget: QWidget, panel_getter) -> None:
    QShortcut(QKeySequence("Ctrl+F"), widget, activated=lambda: panel_getter().search
              and panel_getter().search.setFocus(Qt.FocusReason.ShortcutFocusReason))
