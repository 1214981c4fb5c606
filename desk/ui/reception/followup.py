"""The dialogs of the customer cycle, answered through their ``ask()`` classmethods (tests replace
them): 记录跟进 (channel, outcome, next step and date) and 洽谈补录 (what a visit's talk taught,
with every earlier entry shown below it — a completed visit is corrected with a reason).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QRadioButton, QVBoxLayout, QWidget,
)

from desk.services.core.errors import DeskError
from desk.services.reception import completions, customers, visitors
from desk.ui.errors import show_error
from desk.ui.models.reception import TalkHistoryModel, tr_r
from desk.ui.widgets import FieldsDialog, fit_columns, make_table_view

FOLLOW_UP_DAYS = 3  # the next follow-up offered by default



class NextDate(QWidget):
    """A date that may be left out: a check box, then the date."""

    def __init__(self, label: str, default: dt.date | None, minimum: dt.date, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(QDate(minimum))
        self.edit.setDate(QDate(default or minimum))
        self.check.setChecked(default is not None)
        self.edit.setEnabled(default is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None


class FollowUpDialog(FieldsDialog):
    """记录跟进: channel (Alt+1 电话, Alt+2 微信, Alt+3 面访), outcome, next step and date.
    Enter moves on; Enter in the last field (or Ctrl+Enter anywhere) saves."""

    def __init__(self, parent, row: customers.CustomerRow, today: dt.date):
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录跟进 — {name}").format(name=row.name or self.tr("（未留姓）")))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        facts = [row.phone]
        if row.next_due:
            facts.append(self.tr("应跟进 {day}").format(day=row.next_due.strftime("%Y-%m-%d")))
        if row.days_left is not None and row.days_left >= 0:
            facts.append(self.tr("归属剩 {n} 天").format(n=row.days_left))
        info = QLabel("　".join(f for f in facts if f))
        layout.addWidget(info)
        form = QFormLayout()
        layout.addLayout(form)
        channels = QHBoxLayout()
        self.channels = QButtonGroup(self)
        for i, (key, name) in enumerate(visitors.CHANNELS.items(), start=1):
            button = QRadioButton(f"{tr_r(name)}（Alt+{i}）")
            button.setObjectName(f"channel_{key}")
            button.setProperty("key", key)
            self.channels.addButton(button)
            channels.addWidget(button)
            if i == 1:
                button.setChecked(True)
            QShortcut(QKeySequence(f"Alt+{i}"), self, activated=button.click)
        channels.addStretch(1)
        form.addRow(self.tr("方式"), channels)
        self.outcome = QLineEdit()
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("客户怎么说、约了什么"))
        form.addRow(self.tr("跟进结果"), self.outcome)
        self.next_date = NextDate(self.tr("下次跟进"), today + dt.timedelta(days=FOLLOW_UP_DAYS), today)
        self.next_date.setObjectName("next_date")
        form.addRow(self.tr("日期"), self.next_date)
        self.next_step = QLineEdit()
        self.next_step.setObjectName("next_step")
        self.next_step.setPlaceholderText(self.tr("如：约周末看样板间"))
        form.addRow(self.tr("下一步"), self.next_step)
        self.add_buttons(layout, self.tr("保存"))
        self.outcome.returnPressed.connect(self.next_step.setFocus)
        self.next_step.returnPressed.connect(self.accept)
        self.outcome.setFocus()

    def values(self) -> dict:
        channel = self.channels.checkedButton()
        return {"channel": channel.property("key") if channel else "", "note": self.outcome.text().strip(),
                "next_date": self.next_date.value(), "next_step": self.next_step.text().strip()}

    @classmethod
    def ask(cls, parent, row: customers.CustomerRow, today: dt.date) -> dict | None:
        dialog = cls(parent, row, today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


class TalkDialog(FieldsDialog):
    """洽谈补录: what the talk taught, with every earlier entry below (nothing is overwritten). A
    completed visit is corrected: the reason is required."""

    def __init__(self, parent, visit_label: str, talk: completions.Talk, history: list, minimum: dt.date):
        super().__init__(parent)
        correcting = talk.completed
        self.setWindowTitle(self.tr("更正洽谈记录") if correcting else self.tr("洽谈补录"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(visit_label))
        form = QFormLayout()
        layout.addLayout(form)
        self.grade = QComboBox()
        self.grade.setObjectName("grade")
        self.grade.addItem(self.tr("未评"), "")
        for key in completions.GRADES:
            self.grade.addItem(tr_r(completions.GRADE_NAMES[key]), key)
        self.grade.setCurrentIndex(max(self.grade.findData(talk.grade), 0))
        form.addRow(self.tr("意向等级"), self.grade)
        self.edits: dict[str, QLineEdit] = {}
        for key, label, hint in (
                ("needs", self.tr("需求"), self.tr("面积、房型、学区、楼层…")),
                ("objections", self.tr("抗性"), self.tr("价格、位置、交房时间…")),
                ("budget", self.tr("预算"), self.tr("如：总价 200 万内")),
                ("unit_type", self.tr("意向户型"), self.tr("如：C2 三房两厅")),
                ("next_step", self.tr("下一步"), self.tr("如：带父母看样板间"))):
            edit = QLineEdit(getattr(talk, key))
            edit.setObjectName(key)
            edit.setPlaceholderText(hint)
            self.edits[key] = edit
            form.addRow(label, edit)
        self.next_date = NextDate(self.tr("约定日期"), talk.next_date, minimum)
        form.addRow(self.tr("跟进日期"), self.next_date)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("更正须写明原因：原记录保留在下方"))
        if correcting:
            form.addRow(self.tr("更正原因"), self.reason)
        else:
            self.reason.hide()
        layout.addWidget(QLabel(self.tr("历次记录（登记、补录、更正，均保留）")))
        self.history = TalkHistoryModel(self)
        self.history.set_rows(history)
        view = make_table_view(self.history, self)
        view.setObjectName("talk_history")
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        fit_columns(view)
        layout.addWidget(view, 1)
        self.add_buttons(layout, self.tr("保存"))
        order = list(self.edits.values()) + ([self.reason] if correcting else [])
        for edit, following in zip(order, order[1:]):
            edit.returnPressed.connect(following.setFocus)
        order[-1].returnPressed.connect(self.accept)
        self.grade.setFocus()

    def values(self) -> dict:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        values.update(grade=self.grade.currentData() or "", next_date=self.next_date.value(),
                      reason=self.reason.text().strip())
        return values

    @classmethod
    def ask(cls, parent, visit_label: str, talk, history, minimum: dt.date) -> dict | None:
        dialog = cls(parent, visit_label, talk, history, minimum)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


def log_follow_up(parent, session, row: customers.CustomerRow, clock) -> bool:
    """Ask for a follow-up of ``row`` and record it; True when one was recorded."""
    now = clock()
    values = FollowUpDialog.ask(parent, row, now.date())
    if values is None:
        return False
    try:
        visitors.add_follow_up(session, row.id, values["note"], channel=values["channel"],
                               next_date=values["next_date"], next_step=values["next_step"], at=now)
    except DeskError as exc:
        show_error(parent, exc)
        return False
    return True


def complete_talk(parent, session, visit_id: int, label: str, clock) -> bool:
    """Ask for (or correct) what a visit's talk taught; True when saved."""
    try:
        talk = completions.talk(visit_id)
        history = completions.history(visit_id)
        minimum = completions.get_visit(visit_id).day
    except DeskError as exc:
        show_error(parent, exc)
        return False
    values = TalkDialog.ask(parent, label, talk, history, minimum)
    if values is None:
        return False
    try:
        completions.complete_visit(session, visit_id, at=clock(), **values)
    except DeskError as exc:
        show_error(parent, exc)
        return False
    return True
