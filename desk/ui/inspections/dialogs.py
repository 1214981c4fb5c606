"""Forms of the inspections: a template, one of its items, a work order and its steps, a correction
of a closed round. Each ``ask()`` returns what the service saved, or None."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QSpinBox

from desk.services.core.permissions import ROLES
from desk.services.inspections import rounds, templates, workorders
from desk.services.inspections.templates import ItemSpec, TemplateSpec
from desk.services.showflats import flats as showflats
from desk.ui.models.inspections import tr_in
from desk.ui.showflats.dialogs import FormDialog


def _combo(choices: dict, current: str | None = None, context: str = "inspections") -> QComboBox:
    combo = QComboBox()
    for key, text in choices.items():
        combo.addItem(QCoreApplication.translate(context, text), key)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class TemplateDialog(FormDialog):
    """A new template (its items are added after, in the list below it) or a change to one."""

    def __init__(self, session, parent=None, template=None):
        super().__init__(session, "", parent)
        self.template = template
        self.setWindowTitle(self.tr("修改巡检模板") if template is not None else self.tr("新建巡检模板"))
        spec = templates.template_spec(template) if template is not None else \
            TemplateSpec(name="", place_kind="hall", role="reception", schedule="daily")
        self.name = self.line(self.tr("名称"), "name", self.tr("如 消防设施周检"))
        self.name.setText(spec.name)
        self.place_kind = _combo(templates.PLACE_KINDS, spec.place_kind)
        self.form.addRow(self.tr("适用地点"), self.place_kind)
        self.place = self.line(self.tr("地点"), "place", self.tr("如 销售大厅、夜间巡逻路线"))
        self.place.setText(spec.place)
        self.flat = QComboBox()
        self.flat.addItem(self.tr("全部样板间"), None)
        for flat in showflats.flats():
            self.flat.addItem(flat.name, flat.id)
        self.flat.setCurrentIndex(max(0, self.flat.findData(spec.flat_id)))
        self.form.addRow(self.tr("样板间"), self.flat)
        self.schedule = _combo(templates.SCHEDULES, spec.schedule)
        self.form.addRow(self.tr("周期"), self.schedule)
        self.at_time = self.line(self.tr("时间"), "at_time", "08:30")
        self.at_time.setText(spec.at_time)
        self.every_hours = _spin(1, 24, int(spec.every_hours or 1), self.tr(" 小时"))
        self.form.addRow(self.tr("间隔"), self.every_hours)
        self.until_time = self.line(self.tr("结束时间"), "until_time", self.tr("如 07:00（可跨零点；空为全天）"))
        self.until_time.setText(spec.until_time)
        self.weekday = QComboBox()
        for n, day in enumerate(templates.WEEKDAYS, 1):
            self.weekday.addItem(tr_in(day), n)
        self.weekday.setCurrentIndex(int(spec.weekday or 1) - 1)
        self.form.addRow(self.tr("星期"), self.weekday)
        self.month_day = _spin(1, 31, int(spec.month_day or 1), self.tr(" 日"))
        self.form.addRow(self.tr("每月"), self.month_day)
        self.grace = _spin(0, 24 * 60, int(spec.grace_minutes or 30), self.tr(" 分钟"))
        self.form.addRow(self.tr("逾期宽限"), self.grace)
        self.role = QComboBox()
        for key in templates.ROUND_ROLES:
            self.role.addItem(QCoreApplication.translate("roles", ROLES[key]), key)
        self.role.setCurrentIndex(max(0, self.role.findData(spec.role)))
        self.form.addRow(self.tr("执行角色"), self.role)
        self.blocks = QCheckBox(self.tr("逾期未做不能交班"))
        self.blocks.setChecked(bool(spec.blocks_handover))
        self.form.addRow("", self.blocks)
        self.note = self.line(self.tr("备注"), "note")
        self.note.setText(spec.note)
        self.place_kind.currentIndexChanged.connect(self._update)
        self.schedule.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        showflat = self.place_kind.currentData() == "showflat"
        kind = self.schedule.currentData()
        for widget, visible in ((self.place, not showflat), (self.flat, showflat),
                                (self.every_hours, kind == "hourly"), (self.until_time, kind == "hourly"),
                                (self.weekday, kind == "weekly"), (self.month_day, kind == "monthly")):
            widget.setVisible(visible)
            self.form.labelForField(widget).setVisible(visible)

    def spec(self) -> TemplateSpec:
        return TemplateSpec(name=self.name.text(), place_kind=self.place_kind.currentData(), role=self.role.currentData(),
                            schedule=self.schedule.currentData(), place=self.place.text(), flat_id=self.flat.currentData(),
                            every_hours=self.every_hours.value(), at_time=self.at_time.text(),
                            until_time=self.until_time.text(), weekday=self.weekday.currentData(),
                            month_day=self.month_day.value(), grace_minutes=self.grace.value(),
                            blocks_handover=self.blocks.isChecked(), note=self.note.text())

    def submit(self):
        if self.template is not None:
            return templates.update_template(self.session, self.template.id, self.spec())
        return templates.create_template(self.session, self.spec())


class TemplateItemDialog(FormDialog):
    """A new item of a template, or a change to one."""

    def __init__(self, session, parent=None, template_id: int | None = None, item=None):
        super().__init__(session, "", parent)
        self.template_id = template_id
        self.item = item
        self.setWindowTitle(self.tr("修改检查项目") if item is not None else self.tr("新增检查项目"))
        spec = templates.item_spec(item) if item is not None else ItemSpec(label="")
        self.area = self.line(self.tr("区域/巡逻点"), "area", self.tr("如 大厅、配电间"))
        self.area.setText(spec.area)
        self.label = self.line(self.tr("检查项目及标准"), "label", self.tr("如 灭火器在位，压力在绿区"))
        self.label.setText(spec.label)
        self.kind = _combo(templates.ANSWER_KINDS, spec.kind)
        self.form.addRow(self.tr("答案类型"), self.kind)
        self.low = self.line(self.tr("下限"), "low", "25")
        self.high = self.line(self.tr("上限"), "high", "27")
        self.unit = self.line(self.tr("单位"), "unit", "°C")
        for edit, value in ((self.low, spec.low), (self.high, spec.high)):
            edit.setText("" if value is None else f"{value.normalize():f}" if hasattr(value, "normalize") else str(value))
        self.unit.setText(spec.unit)
        self.expected = _spin(0, 100000, int(spec.expected or 0))
        self.form.addRow(self.tr("应有数量"), self.expected)
        self.normal = QComboBox()
        for answer in (templates.YES, templates.NO):
            self.normal.addItem(tr_in(answer), answer)
        self.normal.setCurrentIndex(max(0, self.normal.findData(spec.normal_answer)))
        self.form.addRow(self.tr("正常答案"), self.normal)
        self.note_on_fail = QCheckBox(self.tr("异常须写明情况"))
        self.note_on_fail.setChecked(bool(spec.note_on_fail))
        self.photo_on_fail = QCheckBox(self.tr("异常须拍照"))
        self.photo_on_fail.setChecked(bool(spec.photo_on_fail))
        self.form.addRow("", self.note_on_fail)
        self.form.addRow("", self.photo_on_fail)
        self.on_fail = _combo(templates.ON_FAIL, spec.on_fail)
        self.form.addRow(self.tr("异常后续"), self.on_fail)
        if item is not None and templates.has_answers(item.id):
            self.kind.setEnabled(False)
            self.kind.setToolTip(self.tr("已有巡检记录，答案类型不能改"))
        self.kind.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        kind = self.kind.currentData()
        for widget, visible in ((self.low, kind == "reading"), (self.high, kind == "reading"),
                                (self.unit, kind in ("reading", "count")), (self.expected, kind == "count"),
                                (self.normal, kind == "yesno")):
            widget.setVisible(visible)
            self.form.labelForField(widget).setVisible(visible)

    def spec(self) -> ItemSpec:
        return ItemSpec(label=self.label.text(), kind=self.kind.currentData(), area=self.area.text(),
                        low=self.low.text(), high=self.high.text(), unit=self.unit.text(),
                        expected=self.expected.value(), normal_answer=self.normal.currentData(),
                        note_on_fail=self.note_on_fail.isChecked(), photo_on_fail=self.photo_on_fail.isChecked(),
                        on_fail=self.on_fail.currentData())

    def submit(self):
        if self.item is not None:
            return templates.update_item(self.session, self.item.id, self.spec())
        return templates.add_item(self.session, self.template_id, self.spec())


class WorkOrderDialog(FormDialog):
    """报修 a work order: the place, the asset, what is wrong (from an incident: filled in)."""

    def __init__(self, session, parent=None, incident=None):
        super().__init__(session, "", parent)
        self.incident = incident
        self.setWindowTitle(self.tr("工程报修"))
        self.place = QComboBox()
        self.place.setEditable(True)
        self.place.addItems(templates.places())
        self.place.setCurrentText(incident.place if incident is not None else "")
        self.form.addRow(self.tr("地点"), self.place)
        self.asset = self.line(self.tr("设施设备"), "asset", self.tr("如 洽谈区 3 号空调"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setFixedHeight(80)
        self.form.addRow(self.tr("报修内容"), self.description)
        if incident is not None:
            self.asset.setText(incident.what)
            self.description.setPlainText(incident.note)
        self.resize(480, self.sizeHint().height())

    def submit(self):
        return workorders.create_order(self.session, self.place.currentText(), self.description.toPlainText(),
                                       asset=self.asset.text(),
                                       incident_id=self.incident.id if self.incident is not None else None)


class CompleteOrderDialog(FormDialog):
    """完工: cost, materials and a note."""

    def __init__(self, session, parent=None, order=None):
        super().__init__(session, "", parent)
        self.order = order
        self.setWindowTitle(self.tr("完工：{number}").format(number=order.number))
        self.cost = self.line(self.tr("费用（元）"), "cost", "0.00")
        self.materials = self.line(self.tr("材料"), "materials")
        self.note = self.line(self.tr("说明"), "done_note")

    def submit(self):
        return workorders.complete(self.session, self.order.id, cost=self.cost.text(),
                                   materials=self.materials.text(), note=self.note.text())


class CorrectRoundDialog(FormDialog):
    """更正 a closed round's item (a supervisor, with a reason): a new answer, nothing overwritten."""

    def __init__(self, session, parent=None, round_=None):
        super().__init__(session, "", parent)
        self.round = round_
        self.setWindowTitle(self.tr("更正巡检结果：{serial}").format(serial=round_.serial))
        self.target = QComboBox()
        self.rows = rounds.round_sheet(round_.id)
        for row in self.rows:
            now = row.answer.status if row.answer is not None else ""
            value = row.value_text
            self.target.addItem(f"{row.item.label}（{tr_in(now)}{' ' + value if value else ''}）", row.item.id)
        self.form.addRow(self.tr("项目"), self.target)
        self.status = QComboBox()
        for status in rounds.STATUSES:
            self.status.addItem(tr_in(status), status)
        self.form.addRow(self.tr("改为"), self.status)
        self.value = self.line(self.tr("读数/数量/是否"), "value", self.tr("读数、数量或 是/否 的项目填写"))
        self.reason = self.line(self.tr("更正原因"), "reason")

    def submit(self):
        row = self.rows[self.target.currentIndex()]
        kind = row.item.kind
        value = self.value.text().strip()
        answer = dict(item=row.item.id, status=self.status.currentData(),
                      reading=value if kind == "reading" else None, counted=value if kind == "count" else None,
                      choice=value if kind == "yesno" else None)
        if kind == "yesno" and not value:
            answer["choice"] = None
        return rounds.correct_answers(self.session, self.round.id, [answer], self.reason.text()) or True
