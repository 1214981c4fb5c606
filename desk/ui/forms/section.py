"""表单: every printable form, previewed inside the program, printed, saved as PDF.

Pick a form on the left (arrow keys), then 空白表 (Ctrl+B) or 示例 (Ctrl+E); forms whose records can
be printed take a record number or a date (按编号 / 按日期, rendered in the background).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateEdit, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QSplitter,
    QVBoxLayout, QWidget,
)

from desk.printing import list_forms, load_template, render_form
from desk.printing.sources import SOURCES, blank_documents, documents_for
from desk.services.core.errors import DeskError
from desk.ui.errors import show_error
from desk.ui.forms.batch import render_job
from desk.ui.forms.preview import PdfPreview

log = logging.getLogger("desk.ui.forms")


class FormsSection(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.current_key: str | None = None
        self.mode = "blank"
        self.job = None

        self.forms = QListWidget()
        self.forms.setObjectName("forms_list")
        self.forms.setMinimumWidth(230)
        self.forms.setStyleSheet("QListWidget#forms_list::item { padding: 4px 6px; }")
        category = None
        for info in list_forms():
            if info.category != category:
                category = info.category
                header = QListWidgetItem(QCoreApplication.translate("forms", category))
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not selectable
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.forms.addItem(header)
            item = QListWidgetItem("  " + info.title)
            item.setData(Qt.ItemDataRole.UserRole, info.key)
            item.setToolTip(f"forms/{info.key}.toml" + (f" · 编号 {info.serial}" if info.serial else ""))
            self.forms.addItem(item)

        self.title = QLabel()
        self.title.setObjectName("form_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.blank_button = QPushButton(self.tr("空白表"))
        self.blank_button.setShortcut(QKeySequence("Ctrl+B"))
        self.blank_button.setToolTip(self.tr("打印空白表，断网或停电时手写（Ctrl+B）"))
        self.sample_button = QPushButton(self.tr("示例"))
        self.sample_button.setShortcut(QKeySequence("Ctrl+E"))
        self.sample_button.setToolTip(self.tr("用模板自带的示例数据填写（Ctrl+E）"))
        self.record_id = QSpinBox()
        self.record_id.setRange(1, 2_000_000_000)
        self.record_id.setPrefix(self.tr("编号 "))
        self.by_id_button = QPushButton(self.tr("按编号"))
        self.record_day = QDateEdit(QDate.currentDate())
        self.record_day.setCalendarPopup(True)
        self.record_day.setDisplayFormat("yyyy-MM-dd")
        self.by_day_button = QPushButton(self.tr("按日期"))
        self.source_note = QLabel()
        self.source_note.setStyleSheet("color: #666;")
        self.message = QLabel()
        self.message.setObjectName("form_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a15c00;")
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.blank_button)
        top.addWidget(self.sample_button)
        records = QHBoxLayout()
        records.addWidget(QLabel(self.tr("从记录打印：")))
        records.addWidget(self.record_id)
        records.addWidget(self.by_id_button)
        records.addSpacing(12)
        records.addWidget(self.record_day)
        records.addWidget(self.by_day_button)
        records.addWidget(self.source_note, 1)

        self.preview = PdfPreview(self)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addLayout(records)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(self.forms)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.forms.currentRowChanged.connect(self._row_changed)
        self.forms.itemActivated.connect(lambda _item: self.show_blank())
        self.blank_button.clicked.connect(self.show_blank)
        self.sample_button.clicked.connect(self.show_sample)
        self.by_id_button.clicked.connect(self.print_by_id)
        self.by_day_button.clicked.connect(self.print_by_day)
        self.record_id.lineEdit().returnPressed.connect(self.print_by_id)
        if self.keys():
            self.select_form(self.keys()[0])

    # -- the section protocol --------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session

    def on_shown(self) -> None:
        self.forms.setFocus()

    # -- choosing and rendering ------------------------------------------------------------
    def keys(self) -> list[str]:
        """The form keys in list order (headings left out)."""
        return [k for k in self._row_keys() if k]

    def _row_keys(self) -> list[str | None]:
        return [self.forms.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.forms.count())]

    def select_form(self, key: str) -> bool:
        rows = self._row_keys()
        if key not in rows:
            return False
        self.forms.setCurrentRow(rows.index(key))
        return True

    def _row_changed(self, row: int) -> None:
        item = self.forms.item(row)
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        self.current_key = item.data(Qt.ItemDataRole.UserRole)
        has_source = self.current_key in SOURCES
        for widget in (self.record_id, self.by_id_button, self.record_day, self.by_day_button):
            widget.setEnabled(has_source)
        self.source_note.setText("" if has_source else self.tr("此表单尚不能从记录打印"))
        self.render_current()

    def show_blank(self) -> None:
        self.mode = "blank"
        self.render_current()

    def show_sample(self) -> None:
        self.mode = "sample"
        self.render_current()

    def render_current(self) -> bool:
        """Render the chosen form blank or with its sample into the preview (fast: on this thread)."""
        key = self.current_key
        if key is None:
            return False
        warnings: list[str] = []
        try:
            self.session.require("print")
            template = load_template(key)
            if self.mode == "blank":
                data = render_form(key, blank=True, documents=blank_documents(self.session, key), warnings=warnings)
            else:
                data = render_form(key, sample=True, warnings=warnings)
        except DeskError as exc:
            self.preview.clear()
            self.title.setText(key)
            self._show_message(self._message(exc))
            return False
        mode = self.tr("空白表") if self.mode == "blank" else self.tr("示例")
        self.title.setText(f"{template.title} · {mode}")
        self._show_message("\n".join(warnings))
        return self.preview.set_pdf(data, f"{template.title}-{mode}")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @staticmethod
    def _message(exc: DeskError) -> str:
        return exc.translated(QCoreApplication.translate)

    # -- from records ------------------------------------------------------------------------
    def print_by_id(self) -> None:
        self._print_records(id=self.record_id.value())

    def print_by_day(self) -> None:
        self._print_records(day=self.record_day.date().toPython())

    def _print_records(self, **where) -> None:
        key = self.current_key
        if key is None or key not in SOURCES:
            return
        try:
            self.session.require("print")
            template = load_template(key)
            documents = documents_for(self.session, key, **where)  # read on the UI thread's connection
        except DeskError as exc:
            show_error(self, exc)
            return
        warnings: list[str] = []
        label = where.get("id") or where.get("day")

        def done(data: bytes) -> None:
            self.job = None
            self.title.setText(f"{template.title} · {label}")
            self._show_message("\n".join(warnings))
            self.preview.set_pdf(data, f"{template.title}-{label}")

        def failed(exc: BaseException) -> None:
            self.job = None
            show_error(self, exc)

        self.job = render_job(self, key, documents, done, failed, warnings=warnings)
