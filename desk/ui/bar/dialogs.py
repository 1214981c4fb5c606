"""Dialogs of the water bar: a stock movement (入库/报损/调拨), a catalogue item, the guard's
co-signature of a count, a supervisor's override. Each has ``ask()`` so tests can answer it."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox,
    QVBoxLayout,
)

from desk.services.bar import stock
from desk.services.core import staff as staff_service
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError, ValidationError
from desk.ui.errors import message_of
from desk.ui.models.bar import t
from desk.ui.widgets import message_line, ok_cancel

QTY_RE = r"[0-9]{0,9}([.][0-9]{0,3})?"


def item_combo(parent=None, items=None, current=None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for item in items if items is not None else stock.active_items():
        combo.addItem(f"{item.name}（{item.unit}）", item.id)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def scanned() -> None:  # a barcode scanner types the code and Enter into the field
        try:
            item = stock.find_item(combo.currentText())
        except DeskError:
            return
        combo.setCurrentIndex(max(0, combo.findData(item.id)))

    combo.lineEdit().returnPressed.connect(scanned)
    return combo


class MovementDialog(QDialog):
    """入库 (with unit, best-before, supplier, price), 报损 (with reason) or 调拨."""

    def __init__(self, parent, session, kind: str, item_id: int | None = None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.result_entries = []
        self.setWindowTitle(t(kind))
        form = QFormLayout(self)
        self.item = item_combo(self, current=item_id)
        form.addRow(self.tr("物品"), self.item)
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("quantity")
        form.addRow(self.tr("数量"), self.quantity)
        self.unit = QComboBox()
        self.best_before = QDateEdit()
        self.best_before.setCalendarPopup(True)
        self.best_before.setDisplayFormat("yyyy-MM-dd")
        self.has_best_before = QCheckBox(self.tr("有保质期"))
        self.supplier = QLineEdit()
        self.price = QLineEdit()
        self.reason = QComboBox()
        self.note = QLineEdit()
        self.direction = QComboBox()
        if kind == stock.RECEIPT:
            form.addRow(self.tr("单位"), self.unit)
            form.addRow(self.has_best_before, self.best_before)
            form.addRow(self.tr("供应商"), self.supplier)
            form.addRow(self.tr("单价（元）"), self.price)
        elif kind == stock.WASTE:
            self.reason.addItem(self.tr("（请选择原因）"), "")  # a reason must be chosen, never assumed
            for reason in stock.WASTE_REASONS:
                self.reason.addItem(t(reason), reason)
            form.addRow(self.tr("原因"), self.reason)
        elif kind == stock.TRANSFER:
            self.direction.addItem(self.tr("储物间 → 吧台"), ("储物间", "吧台"))
            self.direction.addItem(self.tr("吧台 → 储物间"), ("吧台", "储物间"))
            form.addRow(self.tr("方向"), self.direction)
        form.addRow(self.tr("说明"), self.note)
        self.message = message_line()
        form.addRow(self.message)
        form.addRow(ok_cancel(self))
        self.item.currentIndexChanged.connect(self._item_changed)
        self._item_changed()
        self.quantity.returnPressed.connect(self.accept)
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _item_changed(self) -> None:
        item_id = self.item.currentData()
        self.unit.clear()
        if item_id is None:
            return
        item = stock.get_item(item_id)
        for unit in stock.receipt_units(item):
            self.unit.addItem(unit)
        if item.pack_unit and item.pack_unit != item.unit:
            self.unit.setCurrentText(item.pack_unit)
        days = item.shelf_life_days
        self.has_best_before.setChecked(bool(days))
        self.best_before.setDate(QDate.currentDate().addDays(days or 180))

    def book(self):
        item_id = self.item.currentData()
        if item_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "请选择物品"))
        note = self.note.text()
        if self.kind == stock.RECEIPT:
            best = self.best_before.date().toPython() if self.has_best_before.isChecked() else None
            return [stock.receive(self.session, item_id, self.quantity.text(), self.unit.currentText(),
                                  best_before=best, supplier=self.supplier.text(),
                                  unit_price=self.price.text() or None, note=note)]
        if self.kind == stock.WASTE:
            return stock.book_waste(self.session, item_id, self.quantity.text(), self.reason.currentData(), note=note)
        from_place, to_place = self.direction.currentData()
        return [stock.transfer(self.session, item_id, self.quantity.text(), from_place, to_place, note=note)]

    def accept(self) -> None:
        try:
            self.result_entries = self.book()
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent, session, kind, item_id=None):
        dialog = cls(parent, session, kind, item_id)
        return dialog.result_entries if dialog.exec() == QDialog.DialogCode.Accepted else None


class ItemDialog(QDialog):
    """Add or change a catalogue item."""

    def __init__(self, parent, session, item=None):
        super().__init__(parent)
        self.session = session
        self.item = item
        self.saved = None
        self.setWindowTitle(self.tr("新增物品") if item is None else self.tr("修改物品"))
        form = QFormLayout(self)
        self.name = QLineEdit(item.name if item else "")
        self.category = QComboBox()
        for name in stock.categories():
            self.category.addItem(t(name), name)
        if item:
            self.category.setCurrentIndex(max(0, self.category.findData(item.category)))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(stock.UNITS)
        self.unit.setCurrentText(item.unit if item else "瓶")
        self.pack_unit = QComboBox()
        self.pack_unit.setEditable(True)
        self.pack_unit.addItems(["", "箱", "盒", "包", "袋", "件", "提"])
        self.pack_unit.setCurrentText(item.pack_unit if item else "")
        self.pack_factor = QSpinBox()
        self.pack_factor.setRange(1, 10000)
        self.pack_factor.setValue(item.pack_factor if item else 1)
        num = QRegularExpressionValidator(QTY_RE)
        self.min_stock = QLineEdit(str(stock.qty_value(item.min_stock)) if item else "0")
        self.par_level = QLineEdit(str(stock.qty_value(item.par_level)) if item else "0")
        for edit in (self.min_stock, self.par_level):
            edit.setValidator(num)
        self.shelf = QSpinBox()
        self.shelf.setRange(0, 3650)
        self.shelf.setSpecialValueText(self.tr("不限"))
        self.shelf.setValue(item.shelf_life_days or 0 if item else 0)
        self.open_shelf = QSpinBox()
        self.open_shelf.setRange(0, 365)
        self.open_shelf.setSpecialValueText(self.tr("不限"))
        self.open_shelf.setValue(item.open_shelf_days or 0 if item else 0)
        self.place = QComboBox()
        for place in stock.PLACES:
            self.place.addItem(t(place), place)
        if item:
            self.place.setCurrentIndex(max(0, self.place.findData(item.place)))
        self.barcode = QLineEdit(item.barcode or "" if item else "")
        self.price = QLineEdit(str(item.unit_price) if item and item.unit_price is not None else "")
        self.active = QCheckBox(self.tr("在用"))
        self.active.setChecked(item.active if item else True)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("基本单位"), self.unit)
        form.addRow(self.tr("采购包装"), self.pack_unit)
        form.addRow(self.tr("每包装含基本单位"), self.pack_factor)
        form.addRow(self.tr("最低库存"), self.min_stock)
        form.addRow(self.tr("标准库存"), self.par_level)
        form.addRow(self.tr("保质期（天）"), self.shelf)
        form.addRow(self.tr("开封后可用（天）"), self.open_shelf)
        form.addRow(self.tr("存放位置"), self.place)
        form.addRow(self.tr("条码"), self.barcode)
        form.addRow(self.tr("单价（元）"), self.price)
        form.addRow("", self.active)
        self.message = message_line()
        form.addRow(self.message)
        form.addRow(ok_cancel(self))

    def values(self) -> dict:
        return dict(name=self.name.text(), category=self.category.currentData(), unit=self.unit.currentText(),
                    pack_unit=self.pack_unit.currentText(), pack_factor=self.pack_factor.value(),
                    min_stock=self.min_stock.text() or 0, par_level=self.par_level.text() or 0,
                    shelf_life_days=self.shelf.value() or None, open_shelf_days=self.open_shelf.value() or None,
                    place=self.place.currentData(), barcode=self.barcode.text(), unit_price=self.price.text(),
                    active=self.active.isChecked())

    def accept(self) -> None:
        try:
            self.saved = stock.save_item(self.session, self.item.id if self.item else None, **self.values())
        except DeskError as exc:
            self.message.setText(message_of(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent, session, item=None):
        dialog = cls(parent, session, item)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


COUNT_REASONS = ["漏记出品", "破损未登记", "过期未报损", "上班交接差错", "赠送/试饮", "原因待查"]


class CosignDialog(QDialog):
    """与当班保安核对: reasons for the differences beyond tolerance, then the guard's code and PIN.
    By keyboard: each reason list (↑↓, or type), Enter → 工号, Enter → PIN, Enter."""

    def __init__(self, parent, rows, counter_id: int | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("与当班保安核对"))
        self.counter_id = counter_id
        self.cosigner = None
        self.reasons: dict[int, str] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("以下差异需要填写原因，并由当班保安输入工号和 PIN 会签。")
                       if rows else self.tr("交班盘点须由当班保安输入工号和 PIN 会签。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason_boxes: dict[int, QComboBox] = {}
        for item_id, label in rows:
            box = QComboBox()
            box.setEditable(True)
            box.addItems([self.tr(r) for r in COUNT_REASONS])
            box.setCurrentIndex(-1)  # a reason must be chosen (↓ for the usual ones) or typed, never assumed
            box.lineEdit().setPlaceholderText(self.tr("选择或填写原因"))
            self.reason_boxes[item_id] = box
            form.addRow(label, box)
        self.code = QLineEdit()
        self.code.setObjectName("guard_code")
        self.code.setPlaceholderText(self.tr("保安工号"))
        self.pin = QLineEdit()
        self.pin.setObjectName("guard_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin))
        form.addRow(self.tr("保安工号"), self.code)
        form.addRow(self.tr("PIN"), self.pin)
        layout.addLayout(form)
        self.message = message_line()
        layout.addWidget(self.message)
        buttons = ok_cancel(self)
        for button in buttons.buttons():  # Enter moves through the fields, it does not press OK
            button.setAutoDefault(False)
            button.setDefault(False)
        layout.addWidget(buttons)
        self.fields = [*self.reason_boxes.values(), self.code, self.pin]
        for box, following in zip(self.fields, self.fields[1:]):
            edit = box.lineEdit() if isinstance(box, QComboBox) else box
            edit.returnPressed.connect(following.setFocus)
        self.pin.returnPressed.connect(self.accept)
        first = next(iter(self.reason_boxes.values()), None)
        (first or self.code).setFocus()

    def accept(self) -> None:
        reasons = {k: box.currentText().strip() for k, box in self.reason_boxes.items()}
        if any(not r for r in reasons.values()):
            self.message.setText(self.tr("请为每项差异填写原因"))
            return
        try:
            cosigner = staff_service.verify_cosigner(self.code.text(), self.pin.text(), "stock.cosign")
        except DeskError as exc:
            self.message.setText(message_of(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        if self.counter_id is not None and cosigner.staff_id == self.counter_id:
            self.message.setText(self.tr("会签人不能是盘点人本人"))
            return
        self.cosigner = cosigner
        self.reasons = reasons
        super().accept()

    @classmethod
    def ask(cls, parent, rows, counter_id):
        """-> (cosigner session, {item_id: reason}) or None when cancelled."""
        dialog = cls(parent, rows, counter_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.cosigner, dialog.reasons
        return None


class OverrideDialog(QDialog):
    """库存不足: a supervisor allows serving below zero with a reason, by code and PIN."""

    def __init__(self, parent, text: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("库存不足，需主管确认"))
        self.approver = None
        self.reason_text = ""
        form = QFormLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        form.addRow(label)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("新货已到未入库"), self.tr("账实不符待盘点"), self.tr("客户急需")])
        self.reason.setCurrentText("")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("主管工号"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}", self.pin))
        form.addRow(self.tr("原因"), self.reason)
        form.addRow(self.tr("主管工号"), self.code)
        form.addRow(self.tr("PIN"), self.pin)
        self.message = message_line()
        form.addRow(self.message)
        buttons = ok_cancel(self)
        for button in buttons.buttons():
            button.setAutoDefault(False)
        form.addRow(buttons)
        self.reason.lineEdit().returnPressed.connect(self.code.setFocus)
        self.code.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.accept)
        self.reason.setFocus()

    def accept(self) -> None:
        reason = self.reason.currentText().strip()
        if not reason:
            self.message.setText(self.tr("请填写原因"))
            return
        try:
            self.approver = staff_service.verify_cosigner(self.code.text(), self.pin.text(), "stock.adjust")
        except DeskError as exc:
            self.message.setText(message_of(exc))
            self.pin.clear()
            return
        self.reason_text = reason
        super().accept()

    @classmethod
    def ask(cls, parent, text: str):
        """-> (supervisor session, reason) or None."""
        dialog = cls(parent, text)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.approver, dialog.reason_text
        return None
