"""Rotation panel (轮排), visit list with figures (来访记录), claims (归属申请) and reception
upkeep (认知途径, anonymisation)."""
from __future__ import annotations


from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from desk import settings
from desk.clock import now
from desk.services.reception import customers, figures, rotation, visitors
from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.ui.changes import announce, follow
from desk.ui.errors import show_error
from desk.ui.export import export_button
from desk.ui.icons import icon
from desk.ui.models.reception import ClaimModel, RotationModel, VisitListModel, tr_r
from desk.ui.reception.customer_file import CustomerFileDialog
from desk.ui.reception.followup import complete_talk, log_follow_up
from desk.ui.widgets import Confirm, Notice, TextDialog, make_table_view, need_selection, selected_object


class RotationPanel(QWidget):
    def __init__(self, session, parent=None, clock=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or now
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("今日轮排")))
        self.model = RotationModel(self)
        self.view = make_table_view(self.model, self)
        self.view.setObjectName("rotation")
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.skip_buttons = []
        for reason in rotation.SKIP_REASONS:
            b = QPushButton(self.tr("跳过：{r}").format(r=tr_r(reason)))
            b.clicked.connect(lambda _=False, r=reason: self.skip(r))
            row.addWidget(b)
            self.skip_buttons.append(b)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.return_button = QPushButton(self.tr("归位"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        for b in (self.return_button, self.up_button, self.down_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.return_button.clicked.connect(self.back)
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button.clicked.connect(lambda: self.shift(1))
        follow(self, {changes.ROTATION, changes.VISITS, changes.STAFF}, self.refresh)
        self.set_session(session)

    def set_session(self, session) -> None:
        self.session = session
        manage = session.can("reception.manage")
        self.up_button.setVisible(manage)
        self.down_button.setVisible(manage)
        self.refresh()

    def refresh(self) -> None:
        current = selected_object(self.view) if self.model.rowCount() else None
        self.model.set_rows(rotation.board(self.clock().date()))
        if current is not None:
            for i, s in enumerate(self.model.rows()):
                if s.staff_id == current.staff_id:
                    self.view.selectRow(i)

    def _act(self, fn) -> None:
        try:
            fn()
        except DeskError as exc:
            show_error(self, exc)
        announce(changes.ROTATION)

    def skip(self, reason: str) -> None:
        slot = need_selection(self.view, self)
        if slot is not None:
            self._act(lambda: rotation.skip(self.session, slot.staff_id, reason, day=self.clock().date()))

    def back(self) -> None:
        slot = need_selection(self.view, self)
        if slot is not None:
            self._act(lambda: rotation.return_to_rotation(self.session, slot.staff_id, day=self.clock().date()))

    def shift(self, step: int) -> None:
        slot = need_selection(self.view, self)
        if slot is None:
            return
        order = [s.staff_id for s in self.model.rows()]
        i = order.index(slot.staff_id)
        j = i + step
        if not 0 <= j < len(order):
            return
        order[i], order[j] = order[j], order[i]
        self._act(lambda: rotation.reorder(self.session, order, day=self.clock().date()))


def _fmt_counts(counts: dict) -> str:
    return "，".join(f"{k} {v}" for k, v in counts.items()) or "-"


class VisitsPanel(QWidget):
    """来访记录: filters, the paged list, 导出 Excel, and the figures of the span."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        today = QDate.currentDate()
        self.date_from = QDateEdit(today)
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.consultant = QComboBox()
        self.source = QComboBox()
        self.grade = QComboBox()
        self.grade.addItem(self.tr("全部意向"), "")
        for g in visitors.GRADES:
            self.grade.addItem(g, g)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("手机号（完整或 4 位以上）或姓氏"))
        self.search_button = QPushButton(self.tr("查询"))
        for label, w in ((self.tr("从"), self.date_from), (self.tr("到"), self.date_to),
                         (self.tr("顾问"), self.consultant), (self.tr("途径"), self.source),
                         (self.tr("意向"), self.grade)):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addWidget(self.text, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.model = VisitListModel(session, self)
        self.view = make_table_view(self.model, self)
        self.view.setObjectName("visits")
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.figures = QLabel()
        self.figures.setObjectName("figures")
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.figures, 1)
        buttons = QVBoxLayout()
        self.export = export_button(self, lambda: self.session, self.model, self.tr("来访记录"))
        self.follow_button = QPushButton(self.tr("记录跟进…"))
        self.talk_button = QPushButton(self.tr("补录洽谈…"))
        self.file_button = QPushButton(self.tr("客户档案…"))
        self.claim_button = QPushButton(self.tr("申请归属…"))
        self.follow_button.clicked.connect(self.follow_up)
        self.talk_button.clicked.connect(self.complete_talk)
        self.file_button.clicked.connect(self.open_file)
        self.view.activated.connect(lambda *_: self.open_file())
        self.claim_button.clicked.connect(self.claim)
        for b in (self.follow_button, self.talk_button, self.file_button, self.claim_button):
            buttons.addWidget(b)
        self.print_register = QPushButton(icon("print"), self.tr("打印来访登记表"))
        self.print_parking = QPushButton(icon("print"), self.tr("打印停车票领用登记"))
        for b in (self.export, self.print_register, self.print_parking):
            buttons.addWidget(b)
        buttons.addStretch(1)
        bottom.addLayout(buttons)
        self.print_register.clicked.connect(lambda: self.print_form("visitor_register"))
        self.print_parking.clicked.connect(lambda: self.print_form("parking_tickets"))
        layout.addLayout(bottom)
        self.search_button.clicked.connect(self.refresh)
        self.text.returnPressed.connect(self.refresh)
        for w in (self.consultant, self.source, self.grade):
            w.currentIndexChanged.connect(lambda *_: self.refresh())
        self.date_from.dateChanged.connect(lambda *_: self.refresh())
        self.date_to.dateChanged.connect(lambda *_: self.refresh())
        follow(self, {changes.VISITS, changes.HALL, changes.ROTATION}, self.refresh)
        follow(self, {changes.SETTINGS, changes.STAFF}, self.reload_lists)
        self.reload_lists()

    def set_session(self, session) -> None:
        self.session = session
        self.model.session = session
        self.refresh()

    def _who(self, visit) -> str:
        """The customer of a visit as the list shows them (name, masked phone)."""
        row = self.view.currentIndex().row()
        name = self.model.raw_value(row, 3) if row >= 0 else ""
        phone = self.model.raw_value(row, 4) if row >= 0 else ""
        return " ".join(x for x in (name, phone) if x) or self.tr("该客户")

    def show_day(self, day, consultant_id: int | None = None) -> None:
        for edit in (self.date_from, self.date_to):
            edit.setDate(QDate(day))
        index = self.consultant.findData(consultant_id)
        self.consultant.setCurrentIndex(max(index, 0))

    def follow_up(self) -> None:
        """The signed-in consultant records a follow-up (call, message) with the selected customer."""
        visit = need_selection(self.view, self)
        if visit is None:
            return
        try:
            row = customers.customer_row(self.session, visit.customer_id)
        except DeskError as exc:
            show_error(self, exc)
            return
        if log_follow_up(self, self.session, row, now):
            announce(changes.VISITS, visit.customer_id)

    def complete_talk(self) -> None:
        """洽谈补录 (or its correction) for the selected visit."""
        visit = need_selection(self.view, self)
        if visit is None:
            return
        label = self.tr("{name}　{day} {time} 的来访").format(
            name=visit.customer.display_name, day=visit.day, time=visit.arrived_at.strftime("%H:%M"))
        if complete_talk(self, self.session, visit.id, label, now):
            announce(changes.VISITS, visit.customer_id)

    def open_file(self) -> None:
        visit = need_selection(self.view, self)
        if visit is not None and CustomerFileDialog.open_for(self, self.session, visit.customer_id):
            announce(changes.VISITS, visit.customer_id)

    def claim(self) -> None:
        """The signed-in consultant claims the selected customer: flagged for the supervisor."""
        visit = need_selection(self.view, self)
        if visit is None:
            return
        note = TextDialog.ask(self, self.tr("申请归属 · {customer}").format(customer=self._who(visit)),
                              self.tr("申请 {customer} 归属于您的理由（主管审核，不会自动改归属）").format(
                                  customer=self._who(visit)))
        if note is None:
            return
        try:
            visitors.claim_customer(self.session, visit.customer_id, note)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.VISITS, visit.customer_id)
        Notice.ask(self, self.tr("申请归属"), self.tr("已提交，等待主管处理"))

    def print_form(self, key: str):
        """Print the form for the first day of the filter, into the shared preview window."""
        from desk.ui.forms.batch import print_record  # lazy: reportlab loads with the first print

        return print_record(self, self.session, key, day=self.date_from.date().toPython())

    def reload_lists(self) -> None:
        for combo, items, blank in (
            (self.consultant, [(s.name, s.id) for s in rotation.consultants()], self.tr("全部顾问")),
            (self.source, [(s.name, s.id) for s in visitors.sources(active_only=False)], self.tr("全部途径")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, None)
            for name, key in items:
                combo.addItem(name, key)
            combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        d1, d2 = self.date_from.date().toPython(), self.date_to.date().toPython()
        self.model.filter = visitors.VisitFilter(day_from=d1, day_to=d2, consultant_id=self.consultant.currentData(),
                                                 source_id=self.source.currentData(),
                                                 grade=self.grade.currentData() or "", text=self.text.text())
        self.model.refresh()
        f = figures.range_figures(d1, d2)
        dwell = f["average_dwell_minutes"]
        hours = "，".join(f"{h}时 {n}" for h, n in f["by_hour"].items()) or "-"
        fair = "，".join(self.tr("{name} 轮排{a}/老客{o}/指定{c}/跳过{s}").format(
            name=r["name"], a=r["assign"], o=r["owner"], c=r["chosen"], s=r["skip"])
            for r in rotation.fairness(d1, d2)) or "-"
        self.figures.setText(self.tr(
            "{groups} 组 {people} 人（首访 {first}，复访 {ret}，在场 {inside}）；平均停留 {dwell}\n"
            "途径：{sources}\n顾问：{consultants}\n轮排：{fair}\n时段：{hours}\n意向：{grades}").format(
            groups=f["groups"], people=f["people"], first=f["first"], ret=f["return"], inside=f["in_hall"],
            dwell=self.tr("{m} 分钟").format(m=dwell) if dwell is not None else "-",
            sources=_fmt_counts(f["by_source"]), consultants=_fmt_counts(f["by_consultant"]),
            hours=hours, grades=_fmt_counts(f["by_grade"]), fair=fair))


class ClaimsPanel(QWidget):
    """归属申请: claims by another consultant, approved or rejected by the supervisor."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.status = QComboBox()
        for key, name in (("pending", self.tr("待处理")), (None, self.tr("全部"))):
            self.status.addItem(name, key)
        self.approve_button = QPushButton(self.tr("同意改归属"))
        self.reject_button = QPushButton(self.tr("驳回（保持原归属）"))
        row.addWidget(self.status)
        row.addStretch(1)
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        layout.addLayout(row)
        self.model = ClaimModel(session, self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view, 1)
        layout.addWidget(export_button(self, lambda: self.session, self.model, self.tr("归属申请")))
        self.status.currentIndexChanged.connect(lambda *_: self.refresh())
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        follow(self, {changes.VISITS}, self.refresh)
        self.set_session(session)

    def set_session(self, session) -> None:
        self.session = session
        self.model.session = session
        manage = session.can("reception.manage")
        self.approve_button.setEnabled(manage)
        self.reject_button.setEnabled(manage)
        self.refresh()

    def refresh(self) -> None:
        self.model.status = self.status.currentData()
        self.model.refresh()

    def decide(self, approve: bool) -> None:
        claim = need_selection(self.view, self)
        if claim is None:
            return
        note = TextDialog.ask(self, self.tr("处理归属申请"), self.tr("处理意见"))
        if note is None:
            return
        try:
            visitors.decide_claim(self.session, claim.id, approve, note)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.VISITS, claim.customer_id)


class UpkeepPanel(QWidget):
    """认知途径 list and the retention (anonymisation) preview and run."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QHBoxLayout(self)
        box = QGroupBox(self.tr("认知途径"))
        bl = QVBoxLayout(box)
        self.sources = QListWidget()
        bl.addWidget(self.sources, 1)
        row = QHBoxLayout()
        self.new_source = QLineEdit()
        self.new_source.setPlaceholderText(self.tr("新途径，回车添加"))
        self.add_button = QPushButton(self.tr("添加"))
        self.toggle_button = QPushButton(self.tr("停用/启用所选"))
        row.addWidget(self.new_source, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.toggle_button)
        bl.addLayout(row)
        layout.addWidget(box, 1)

        box = QGroupBox(self.tr("来访记录匿名化"))
        rl = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("超过多少个月")))
        self.months = QSpinBox()
        self.months.setRange(0, 240)
        self.months.setValue(settings.get("visit_retention_months") or 24)
        row.addWidget(self.months)
        self.preview_button = QPushButton(self.tr("预览"))
        self.run_button = QPushButton(self.tr("执行匿名化…"))
        row.addWidget(self.preview_button)
        row.addWidget(self.run_button)
        rl.addLayout(row)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        rl.addWidget(self.preview, 1)
        layout.addWidget(box, 1)

        self.add_button.clicked.connect(self.add_source)
        self.new_source.returnPressed.connect(self.add_source)
        self.toggle_button.clicked.connect(self.toggle_source)
        self.preview_button.clicked.connect(self.show_preview)
        self.run_button.clicked.connect(self.run)
        follow(self, {changes.SETTINGS}, self.refresh)
        self.set_session(session)

    def set_session(self, session) -> None:
        self.session = session
        self.run_button.setEnabled(session.can("settings.edit"))
        self.refresh()

    def refresh(self) -> None:
        self.sources.clear()
        for s in visitors.sources(active_only=False):
            item = QListWidgetItem(s.name if s.active else self.tr("{name}（已停用）").format(name=s.name))
            item.setData(Qt.ItemDataRole.UserRole, (s.id, s.active))
            self.sources.addItem(item)

    def add_source(self) -> None:
        try:
            visitors.add_source(self.session, self.new_source.text())
        except DeskError as exc:
            show_error(self, exc)
            return
        self.new_source.clear()
        announce(changes.SETTINGS)

    def toggle_source(self) -> None:
        item = self.sources.currentItem()
        if item is None:
            return
        sid, active = item.data(Qt.ItemDataRole.UserRole)
        try:
            visitors.set_source_active(self.session, sid, not active)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.SETTINGS)

    def preview_text(self) -> str:
        p = visitors.anonymise_preview(self.months.value())
        if not p["enabled"]:
            return self.tr("保留月数为 0：不匿名化任何记录。")
        return self.tr("将删除 {cutoff} 之前来访、此后再未来访的 {customers} 位客户的姓名与手机号，"
                       "并清除 {visits} 条来访的车牌和备注。\n{old} 条来访记录保留（人数、途径、意向、顾问、"
                       "时间不变），统计数字不受影响。").format(
            cutoff=p["cutoff"], customers=p["customers"], visits=p["visits"], old=p["old_visits"])

    def show_preview(self) -> None:
        self.preview.setPlainText(self.preview_text())

    def run(self) -> None:
        text = self.preview_text()
        self.preview.setPlainText(text)
        if not self.months.value():
            return
        if not Confirm.ask(self, self.tr("执行匿名化"), text + "\n\n" + self.tr("此操作不可撤销，继续吗？"),
                           default_yes=True):
            return
        try:
            visitors.anonymise(self.session, self.months.value())
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.VISITS)
        self.preview.setPlainText(self.tr("已完成。") + "\n" + self.preview_text())
