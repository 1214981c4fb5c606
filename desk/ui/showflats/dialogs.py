"""Small forms of the show flats: a flat, an item, a worker entering, a quantity confirmation."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from desk.services.showflats import cleaning, photos, flats as showflats, workers
from desk.services.core import staff as staff_service
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError, NotFound
from desk.ui.errors import message_of, show_error
from desk.ui.icons import task_icon
from desk.ui.showflats.check_dialog import choose_photo, flat_combo
from desk.ui.widgets import Notice, TextDialog, fit_hint, message_line


class FormDialog(QDialog):
    """A form with 确定/取消 and a red message line; ``submit()`` calls the service."""

    def __init__(self, session, title: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.result_object = None
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.message = message_line()
        self.layout_.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def line(self, label: str, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        fit_hint(edit)
        self.form.addRow(label, edit)
        edit.returnPressed.connect(self.focusNextChild)
        return edit

    def _accept(self) -> None:
        try:
            self.result_object = self.submit()
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        self.accept()

    def submit(self):
        raise NotImplementedError

    @classmethod
    def ask(cls, parent, session, *args, **kwargs):
        dialog = cls(session, parent, *args, **kwargs)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_object
        return None


class FlatDialog(FormDialog):
    def __init__(self, session, parent=None, copy_from: int | None = None):
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("复制样板间清单") if copy_from else self.tr("新建样板间"))
        self.copy_from = copy_from
        self.name = self.line(self.tr("名称"), "name", self.tr("如 C户型 110㎡"))
        self.rooms = None
        if copy_from is None:
            self.rooms = self.line(self.tr("房间"), "rooms", self.tr("用顿号或逗号分开：客厅、餐厅、主卧"))

    def submit(self):
        if self.copy_from is not None:
            return showflats.copy_flat(self.session, self.copy_from, self.name.text())
        rooms = [r for r in self.rooms.text().replace("，", "、").replace(",", "、").split("、") if r.strip()]
        return showflats.add_flat(self.session, self.name.text(), rooms=rooms)


class ItemDialog(FormDialog):
    """A new item of a flat's list, or (``item``) a change to one. The quantity of an existing item
    is not changed here: that is 确认数量, a supervisor's confirmation with its own journal."""

    def __init__(self, session, parent=None, flat_id: int | None = None, item=None):
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("修改物品") if item is not None else self.tr("新增物品"))
        self.item = item
        self.flat = flat_combo(self, item.flat_id if item is not None else flat_id)
        self.flat.setEnabled(item is None)  # an item moves to another flat by retiring it and adding it there
        self.form.addRow(self.tr("样板间"), self.flat)
        self.room = QComboBox()
        self.room.setEditable(True)
        self.form.addRow(self.tr("房间"), self.room)
        self.name = self.line(self.tr("物品名称"), "name")
        self.category = QComboBox()
        for category in showflats.CATEGORIES:
            self.category.addItem(QCoreApplication.translate("showflats", category), category)
        self.form.addRow(self.tr("类别"), self.category)
        if item is None:
            self.qty = self.line(self.tr("应有数量"), "qty", "1")
        else:
            self.qty = None
            self.form.addRow(self.tr("应有数量"), QLabel(self.tr("{n}（改数量请用“确认数量”）").format(
                n=item.expected_qty)))
        self.value = self.line(self.tr("价值（元）"), "value", "0.00")
        self.note = self.line(self.tr("备注"), "note")
        self.photo_path = None
        self.photo_button = QPushButton(self.tr("选择照片…"))
        self.photo_button.clicked.connect(self.pick_photo)
        self.form.addRow(self.tr("照片"), self.photo_button)
        self.flat.currentIndexChanged.connect(self.load_rooms)
        self.load_rooms()
        if item is not None:
            self.room.setCurrentText(item.room.name)
            self.name.setText(item.name)
            self.category.setCurrentIndex(max(self.category.findData(item.category), 0))
            self.value.setText(f"{item.value:.2f}")
            self.note.setText(item.note or "")
            if item.photo_id:
                self.photo_button.setText(self.tr("更换照片…"))

    def load_rooms(self) -> None:
        self.room.clear()
        if self.flat.currentData() is not None:
            for room in showflats.rooms(self.flat.currentData()):
                self.room.addItem(room.name, room.id)

    def pick_photo(self) -> None:
        path = choose_photo(self)
        if not path:
            return
        try:
            photos.prepare(path)
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        self.photo_path = path
        self.photo_button.setText(path.rsplit("/", 1)[-1])

    def submit(self):
        if self.item is not None:
            return showflats.update_item(self.session, self.item.id, name=self.name.text(),
                                         category=self.category.currentData(), room=self.room.currentText(),
                                         value=self.value.text() or "0", note=self.note.text(), photo=self.photo_path)
        if self.flat.currentData() is None:
            raise NotFound(QT_TRANSLATE_NOOP("desk", "请先选择样板间"))
        return showflats.add_item(self.session, self.flat.currentData(), self.room.currentText(), self.name.text(),
                                  self.category.currentData(), self.qty.text() or "1", self.value.text() or "0",
                                  photo=self.photo_path, note=self.note.text())


class WorkerEntryDialog(FormDialog):
    def __init__(self, session, parent=None, flat_id: int | None = None):
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("施工人员进场登记"))
        self.name = self.line(self.tr("姓名"), "name")
        self.company = self.line(self.tr("单位"), "company")
        self.id_number = self.line(self.tr("证件号码"), "id_number", self.tr("只保存后 4 位"))
        self.purpose = self.line(self.tr("事由"), "purpose", self.tr("如 维修灯具"))
        self.flat = flat_combo(self, flat_id)
        self.flat.insertItem(0, self.tr("（不限）"), None)
        if flat_id is None:
            self.flat.setCurrentIndex(0)
        self.form.addRow(self.tr("样板间"), self.flat)
        self.escort = QComboBox()
        self.escort.addItem(self.tr("（无）"), None)
        for person in staff_service.list_staff(active_only=True):
            self.escort.addItem(person.name, person.id)
        if session.staff_id is not None:
            self.escort.setCurrentIndex(max(0, self.escort.findData(session.staff_id)))
        self.form.addRow(self.tr("陪同人"), self.escort)

    def submit(self):
        return workers.register_entry(self.session, self.name.text(), self.company.text(), self.id_number.text(),
                                      self.purpose.text(), flat_id=self.flat.currentData(),
                                      escort_id=self.escort.currentData())


class QuantityDialog(FormDialog):
    """主管确认数量: the new expected quantity of an item (from an incident, or a purchase)."""

    def __init__(self, session, parent=None, item=None, incident=None):
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("确认应有数量"))
        self.item = item
        self.incident = incident
        self.form.addRow(self.tr("物品"), QLabel(f"{item.flat.name} · {item.room.name} · {item.name}"))
        self.form.addRow(self.tr("现应有"), QLabel(str(item.expected_qty)))
        self.qty = self.line(self.tr("新应有数量"), "qty")
        if incident is not None and incident.proposed_qty is not None:
            self.qty.setText(str(incident.proposed_qty))
        self.reason = self.line(self.tr("原因"), "reason", self.tr("如 确认丢失 / 已补购"))

    def submit(self):
        return showflats.confirm_quantity(self.session, self.item.id, self.qty.text(),
                                          incident_id=self.incident.id if self.incident else None,
                                          reason=self.reason.text())


class CorrectionDialog(FormDialog):
    """更正结果: a supervisor's new answer for one item of a closed check, with a reason."""

    def __init__(self, session, parent=None, check=None):
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("更正检查结果"))
        self.check = check
        kind = QCoreApplication.translate("showflats", showflats.CHECK_KINDS[check.kind])
        self.form.addRow(self.tr("检查"), QLabel(
            f"{kind} {check.serial} · {check.flat.name} · {check.started_at:%Y-%m-%d %H:%M}".replace("  ", " ")))
        self.target = QComboBox()
        for row in showflats.check_sheet(check.id):
            now = QCoreApplication.translate("showflats", row.answer.status) if row.answer else self.tr("未填")
            self.target.addItem(f"{row.label}（{now}）", row.item.id)
        self.form.addRow(self.tr("物品/项目"), self.target)
        self.status = QComboBox()
        for status in showflats.ITEM_STATUSES:
            self.status.addItem(QCoreApplication.translate("showflats", status), status)
        self.form.addRow(self.tr("改为"), self.status)
        self.amount = self.line(self.tr("清点数量"), "amount", self.tr("选填"))
        self.reason = self.line(self.tr("更正原因"), "reason", self.tr("如 盘点时看漏 / 已找回"))

    def submit(self):
        answer = {"item": self.target.currentData(), "status": self.status.currentData(),
                  "counted": self.amount.text().strip() or None}
        return showflats.correct_answers(self.session, self.check.id, [answer], self.reason.text()) or True


class CleaningTaskDialog(FormDialog):
    """A cleaning task of an area with its frequency (每天 / 每周 / 每半月 / 每月)."""

    def __init__(self, session, parent=None):
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("新增保洁任务"))
        self.area = QComboBox()
        self.area.setEditable(True)
        self.area.addItems(list(dict.fromkeys(cleaning.areas() + [f.name for f in showflats.flats()])))
        self.form.addRow(self.tr("区域"), self.area)
        self.name = self.line(self.tr("任务"), "name", self.tr("如 地面清洁"))
        self.frequency = QComboBox()
        for key, label in cleaning.FREQUENCIES.items():
            self.frequency.addItem(QCoreApplication.translate("showflats", label), key)
        self.form.addRow(self.tr("频率"), self.frequency)
        self.icon = QComboBox()
        for key in cleaning.ICONS:
            self.icon.addItem(task_icon(key), QCoreApplication.translate("showflats", cleaning.ICON_NAMES[key]), key)
        self.form.addRow(self.tr("图标"), self.icon)

    def submit(self):
        flat = next((f for f in showflats.flats() if f.name == self.area.currentText().strip()), None)
        return cleaning.add_task(self.session, self.area.currentText(), self.name.text(),
                                 self.frequency.currentData(), icon=self.icon.currentData(),
                                 flat_id=flat.id if flat else None)


class IncidentStep:
    """The note of an incident's next step in the incident flow (登记 → 已上报 → 已处理 → 关闭), of a
    show flat or of any place."""

    @classmethod
    def ask(cls, parent, incident) -> str | None:
        """The note typed (maybe empty); None when the incident is closed or the box is cancelled."""
        flow = showflats.INCIDENT_FLOW
        position = flow.index(incident.status)
        if position + 1 >= len(flow):
            return None
        title = QCoreApplication.translate("IncidentStep", "事件 #{id}").format(id=incident.id)
        prompt = QCoreApplication.translate("IncidentStep", "改为“{status}”，说明：").format(
            status=QCoreApplication.translate("showflats", flow[position + 1]))
        return TextDialog.ask(parent, title, prompt)

    @classmethod
    def advance(cls, parent, incident, step) -> bool:
        """Ask the note, then ``step(note)`` (the service's advance_incident); a refusal is shown.
        True when the incident moved on."""
        note = cls.ask(parent, incident)
        if note is None:
            return False
        try:
            step(note)
        except DeskError as exc:
            show_error(parent, exc)
            return False
        return True


class PhotoDialog(QDialog):
    """Shows a stored photo (already scaled down when it was saved)."""

    def __init__(self, photo, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        pixmap = QPixmap()
        pixmap.loadFromData(bytes(photo.data))
        self.label = QLabel()
        self.label.setPixmap(pixmap.scaled(900, 650, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        layout.addWidget(self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, photo, title: str) -> None:
        """Show ``photo`` (a stored photo), or say there is none."""
        if photo is None:
            Notice.ask(parent, title, QCoreApplication.translate("PhotoDialog", "没有照片"))
            return
        cls(photo, title, parent).exec()
