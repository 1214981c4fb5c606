"""The import preview: counts, each row's change, conflicts side by side with a choice per row."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSplitter, QVBoxLayout, QWidget,
)

from desk.excel import sync
from desk.ui.models.excel import ConflictSidesModel, PreviewModel
from desk.ui.widgets import fit_columns, make_table_view, message_line


@dataclass
class PreviewAnswer:
    apply: bool
    confirm_deactivate: bool = False


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: sync.ImportPlan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("导入预览 · {name}").format(name=plan.path.name))
        self.resize(1100, 680)
        layout = QVBoxLayout(self)

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setStyleSheet("font-size: 15px;")
        layout.addWidget(self.counts)

        messages = [self.tr("注意：") + n for n in plan.notes] + [i.text() for i in plan.issues]
        self.messages = QPlainTextEdit("\n".join(messages))
        self.messages.setReadOnly(True)
        self.messages.setMaximumHeight(70)
        self.messages.setVisible(bool(messages))
        layout.addWidget(self.messages)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示")))
        self.filter = QComboBox()
        for action in PreviewModel.FILTERS:
            label = self.tr("全部") if action is None else QCoreApplication.translate(
                "excel", sync.ACTION_NAMES[action])
            self.filter.addItem(label, action)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.workbook_button = QPushButton(self.tr("以表格为准(&T)"))
        self.program_button = QPushButton(self.tr("以程序为准(&P)"))
        self.all_workbook_button = QPushButton(self.tr("冲突全部以表格为准"))
        self.all_program_button = QPushButton(self.tr("冲突全部以程序为准"))
        for b in (self.workbook_button, self.program_button, self.all_workbook_button, self.all_program_button):
            b.setVisible(bool(plan.conflicts))
            bar.addWidget(b)
        layout.addLayout(bar)

        self.model = PreviewModel(plan, self)
        self.view = make_table_view(self.model, self)
        self.view.setSelectionMode(self.view.SelectionMode.ExtendedSelection)
        self.model.modelReset.connect(lambda: fit_columns(self.view, 260))
        fit_columns(self.view, 260)
        self.sides = ConflictSidesModel(self)
        self.sides_view = make_table_view(self.sides, self)
        self.sides_view.setColumnWidth(0, 110)
        self.sides_view.setColumnWidth(1, 300)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        side_box = QWidget()
        side_layout = QVBoxLayout(side_box)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.sides_title = QLabel(self.tr("选中一行，这里并排显示程序中和表格中的内容"))
        self.sides_title.setWordWrap(True)
        self.sides_title.setStyleSheet("font-weight: bold;")
        side_layout.addWidget(self.sides_title)
        side_layout.addWidget(self.sides_view)
        splitter.addWidget(side_box)
        splitter.setSizes([420, 180])
        layout.addWidget(splitter, 1)

        self.deactivate_box = QCheckBox()
        self.deactivate_box.setVisible(bool(plan.deactivations))
        self.deactivate_box.setText(self.tr("确认停用 {n} 行（表中已删除或“在用”改为否的记录只停用，不删除）").format(
            n=len(plan.deactivations)))
        layout.addWidget(self.deactivate_box)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.reason = message_line("reason")
        foot = QHBoxLayout()
        foot.addWidget(self.reason, 1)
        foot.addWidget(self.buttons)
        layout.addLayout(foot)

        self.filter.currentIndexChanged.connect(lambda _i: self.model.set_filter(self.filter.currentData()))
        self.view.selectionModel().currentRowChanged.connect(self._show_sides)
        self.workbook_button.clicked.connect(lambda: self.choose(sync.WORKBOOK))
        self.program_button.clicked.connect(lambda: self.choose(sync.PROGRAM))
        self.all_workbook_button.clicked.connect(lambda: self.choose_all(sync.WORKBOOK))
        self.all_program_button.clicked.connect(lambda: self.choose_all(sync.PROGRAM))
        self.deactivate_box.toggled.connect(lambda _c: self.update_state())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=lambda: self.choose(sync.WORKBOOK))
        QShortcut(QKeySequence("Ctrl+P"), self, activated=lambda: self.choose(sync.PROGRAM))
        if plan.has_errors:
            self.filter.setCurrentIndex(PreviewModel.FILTERS.index(sync.ERROR))
        elif plan.conflicts:
            self.filter.setCurrentIndex(PreviewModel.FILTERS.index(sync.CONFLICT))
        if self.model.rowCount():
            self.view.selectRow(0)
        self.view.setFocus()
        self.update_state()

    def _show_sides(self, current, _previous=None) -> None:
        change = self.model.change(current.row()) if current.isValid() and current.row() < self.model.rowCount() \
            else None
        self.sides.set_change(change)
        if change is not None:
            text = self.tr("{sheet} 第 {row} 行：{label}").format(
                sheet=change.sheet_title, row=change.row or "-", label=change.label)
            if change.issues:
                text += "\n" + "\n".join(i.text() for i in change.issues)
            self.sides_title.setText(text)

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return rows

    def choose(self, choice: str) -> None:
        self.model.set_choice(self.selected_rows(), choice)
        self.update_state()

    def choose_all(self, choice: str) -> None:
        for c in self.plan.conflicts:
            c.choice = choice
        self.model.set_filter(self.model.action_filter)
        self.update_state()

    def blocking_reason(self) -> str:
        if self.plan.has_errors:
            return self.tr("有 {n} 处错误：请在 Excel 中改正后重新导入，未导入任何内容").format(n=self.error_count())
        if self.plan.unresolved:
            return self.tr("还有 {n} 个冲突未选择").format(n=len(self.plan.unresolved))
        if self.plan.deactivations and not self.deactivate_box.isChecked():
            return self.tr("请确认停用")
        if not self.plan.pending:
            return self.tr("没有需要导入的改动")
        return ""

    def error_count(self) -> int:
        """The errors as the counts line at the top says them: rows in error and sheets in error."""
        return self.plan.counts()[sync.ERROR] + len(self.plan.issues)

    def update_state(self) -> None:
        c = self.plan.counts()
        self.counts.setText(self.tr(
            "新增 {new}　修改 {change}　停用 {deactivate}　冲突 {conflict}（未选 {open}）　错误 {error}　未变 {same}").format(
            new=c[sync.NEW], change=c[sync.CHANGE], deactivate=c[sync.DEACTIVATE], conflict=c[sync.CONFLICT],
            open=len(self.plan.unresolved), error=self.error_count(), same=c[sync.SAME]))
        reason = self.blocking_reason()
        self.reason.setText(reason)
        self.apply_button.setEnabled(not reason)

    def answer(self) -> PreviewAnswer:
        return PreviewAnswer(True, self.deactivate_box.isChecked())

    @classmethod
    def ask(cls, parent, plan: sync.ImportPlan) -> PreviewAnswer:
        dialog = cls(plan, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.answer()
        return PreviewAnswer(False)
