"""设置: staff and PINs, the audit trail, settings, backups."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget,
)

from desk import runtime, settings
from desk.services.core import audit, backups, options
from desk.services.core import live as live_service
from desk.services.core import staff as staff_service
from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.services.core.permissions import STAFF_ROLES
from desk.ui.changes import announce, follow
from desk.ui.errors import message_of, show_error
from desk.ui.models import audit_text
from desk.ui.models.admin import AuditTableModel, StaffTableModel
from desk.ui.icons import icon
from desk.ui.widgets import (
    DONE, ERROR, Confirm, Notice, TextDialog, make_table_view, need_selection, say, scrolling,
)


class StaffDialog(QDialog):
    """Add or edit a person. For a new person the PIN is required."""

    def __init__(self, parent=None, staff=None):
        super().__init__(parent)
        self.staff = staff
        self.setWindowTitle(self.tr("新增员工") if staff is None else self.tr("修改员工"))
        form = QFormLayout(self)
        self.code = QLineEdit(staff.code if staff else "")
        self.code.setEnabled(staff is None)
        self.name = QLineEdit(staff.name if staff else "")
        self.phone = QLineEdit(staff.phone if staff else "")
        form.addRow(self.tr("工号"), self.code)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("手机"), self.phone)
        grid = QGridLayout()
        self.role_boxes: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(STAFF_ROLES.items()):
            box = QCheckBox(QCoreApplication.translate("roles", label))
            box.setChecked(bool(staff and key in staff.role_list))
            self.role_boxes[key] = box
            grid.addWidget(box, i // 4, i % 4)
        form.addRow(self.tr("角色"), grid)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        if staff is None:
            form.addRow(self.tr("PIN（4–8 位数字）"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def roles(self) -> list[str]:
        return [k for k, box in self.role_boxes.items() if box.isChecked()]


class StaffTab(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新增员工"))
        self.edit_button = QPushButton(self.tr("修改"))
        self.pin_button = QPushButton(self.tr("重设 PIN"))
        self.toggle_button = QPushButton(self.tr("停用 / 启用"))
        for b in (self.add_button, self.edit_button, self.pin_button, self.toggle_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = StaffTableModel(self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.pin_button.clicked.connect(self.reset_pin)
        self.toggle_button.clicked.connect(self.toggle)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        follow(self, {changes.STAFF}, self.model.refresh)
        self.model.refresh()

    def add(self) -> None:
        dialog = StaffDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                staff = staff_service.add_staff(self.session, dialog.code.text(), dialog.name.text(), dialog.roles(),
                                                dialog.pin.text(), dialog.phone.text())
            except DeskError as exc:
                show_error(self, exc)
                continue
            announce(changes.STAFF, staff.id)
            return

    def edit(self) -> None:
        staff = need_selection(self.view, self)
        if staff is None:
            return
        dialog = StaffDialog(self, staff)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                staff_service.update_staff(self.session, staff.id, name=dialog.name.text(), roles=dialog.roles(),
                                           phone=dialog.phone.text())
            except DeskError as exc:
                show_error(self, exc)
                continue
            announce(changes.STAFF, staff.id)
            return

    def reset_pin(self) -> None:
        staff = need_selection(self.view, self)
        if staff is None:
            return
        pin = TextDialog.ask(self, self.tr("重设 PIN"), self.tr("{name} 的新 PIN（4–8 位数字）").format(name=staff.name),
                             password=True)
        if pin is None:
            return
        try:
            staff_service.set_pin(self.session, staff.id, pin)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.STAFF, staff.id)

    def toggle(self) -> None:
        staff = need_selection(self.view, self)
        if staff is None:
            return
        try:
            staff_service.update_staff(self.session, staff.id, active=not staff.active)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.STAFF, staff.id)


class AuditTab(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.entity = QComboBox()
        self.person = QComboBox()
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("包含文字"))
        self.apply_button = QPushButton(self.tr("筛选"))
        for label, w in ((self.tr("对象"), self.entity), (self.tr("人员"), self.person),
                         (self.tr("从"), self.since), (self.tr("到"), self.until)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.apply_button)
        layout.addLayout(bar)
        self.model = AuditTableModel(session, self)
        self.view = make_table_view(self.model, self)
        layout.addWidget(self.view)
        self.apply_button.clicked.connect(self.apply)
        self.text.returnPressed.connect(self.apply)
        follow(self, changes.TOPICS, self.apply)  # every write leaves an audit entry
        follow(self, {changes.STAFF}, self.reload_choices)
        self.reload_choices()
        self.apply()

    def reload_choices(self) -> None:
        self.entity.clear()
        self.entity.addItem(self.tr("全部"), None)
        for name in sorted(audit.entities(), key=audit_text.entity_text):
            self.entity.addItem(audit_text.entity_text(name), name)
        self.person.clear()
        self.person.addItem(self.tr("全部"), None)
        for s in staff_service.list_staff():
            self.person.addItem(f"{s.code} {s.name}", s.id)

    def apply(self) -> None:
        since = self.since.date().toPython()
        until = self.until.date().toPython() + dt.timedelta(days=1)
        self.model.filters = dict(
            entity=self.entity.currentData(), staff_id=self.person.currentData(),
            since=dt.datetime.combine(since, dt.time()), until=dt.datetime.combine(until, dt.time()),
            text=self.text.text().strip() or None,
        )
        try:
            self.model.refresh()
        except DeskError as exc:
            show_error(self, exc)


class SettingsTab(QWidget):
    """Every declared option by its group, edited in place and saved with one button (which stays in
    sight: the groups scroll above it)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        body = QWidget()
        column = QVBoxLayout(body)
        layout.addWidget(scrolling(body), 1)
        self.groups: dict[str, QGroupBox] = {}
        self.editors = {}
        for opt in settings.OPTIONS:
            if opt.group == settings.DATABASE:
                continue  # on its own page (数据库): the server, tried with 测试连接, and the site code
            box = self.groups.get(opt.group)
            if box is None:
                box = self.groups[opt.group] = QGroupBox(QCoreApplication.translate("settings", opt.group))
                box.setObjectName(f"group_{len(self.groups)}")
                QFormLayout(box)
            form = box.layout()
            if opt.choices:
                editor = QComboBox()
                labels = opt.choice_labels or opt.choices
                for choice, label in zip(opt.choices, labels):
                    editor.addItem(QCoreApplication.translate("settings", label), choice)
            elif opt.kind is bool:
                editor = QCheckBox()
            elif opt.kind is int:
                editor = QSpinBox()
                editor.setRange(int(opt.minimum if opt.minimum is not None else -10**6),
                                int(opt.maximum if opt.maximum is not None else 10**6))
            else:
                editor = QLineEdit()
            editor.setObjectName(f"opt_{opt.key}")
            self.editors[opt.key] = editor
            form.addRow(QCoreApplication.translate("settings", opt.label), editor)
        for box in self.groups.values():
            column.addWidget(box)
        column.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.setEnabled(session.can("settings.edit"))
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        follow(self, {changes.SETTINGS}, self.load)
        self.load()

    def load(self) -> None:
        """Every editor shows the stored value."""
        for key, editor in self.editors.items():
            value = settings.get(key)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            else:
                editor.setText(str(value))

    def save(self) -> None:
        values = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                values[key] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                values[key] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                values[key] = editor.value()
            else:
                values[key] = editor.text()
        try:
            options.change_many(self.session, values)
        except DeskError as exc:
            show_error(self, exc)
            return
        announce(changes.SETTINGS)
        Notice.ask(self, self.tr("设置"), self.tr("设置已保存。界面语言在下次启动时生效。"))


class BackupTab(QWidget):
    """立即备份, 检查数据库, and 从备份恢复… (what ``desk restore`` does: the file checked first, the
    current database kept in aside/); after a restore everyone signs in again."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.data = runtime.current
        layout = QVBoxLayout(self)
        where = QLabel(self.tr("数据文件夹：{root}").format(root=self.data.root if self.data else "-") + (
            "\n" + self.tr("数据库：{where}").format(where=self.data.database_label) if self.data else ""))
        where.setWordWrap(True)
        layout.addWidget(where)
        bar = QHBoxLayout()
        self.backup_button = QPushButton(icon("backup"), self.tr("立即备份"))
        self.check_button = QPushButton(self.tr("检查数据库"))
        self.restore_button = QPushButton(icon("restore"), self.tr("从备份恢复…"))
        bar.addWidget(self.backup_button)
        bar.addWidget(self.check_button)
        bar.addWidget(self.restore_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("备份（最新在前）：选中一份，点“从备份恢复…”")))
        self.list = QListWidget()
        layout.addWidget(self.list)
        self.backup_button.clicked.connect(self.backup_now)
        self.check_button.clicked.connect(self.check_now)
        self.restore_button.clicked.connect(self.restore)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore())
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for path in (backups.backups(self.data) if self.data else []):
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def backup_now(self) -> None:
        try:
            target = backups.make_backup(self.session, self.data)
        except DeskError as exc:  # refused, or the backup failed (its reason said)
            show_error(self, exc)
            return
        self.reload()
        Notice.ask(self, self.tr("备份"), self.tr("已备份到 {path}").format(path=target))

    def check_now(self) -> None:
        try:
            problems = backups.check(self.session, self.data)
        except DeskError as exc:
            show_error(self, exc)
            return
        if problems:
            Notice.ask(self, self.tr("检查数据库"), "\n".join(problems), Notice.WARNING)
        else:
            Notice.ask(self, self.tr("检查数据库"), self.tr("数据库完好。"))

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            Notice.ask(self, self.tr("从备份恢复"), self.tr("请先在列表中选中一份备份"))
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        if not Confirm.ask(self, self.tr("从备份恢复"), self.tr(
                "用备份 {name} 替换当前数据库吗？\n此后录入的内容将不在恢复后的数据库里；当前数据库会另存到 aside 文件夹，"
                "不会被覆盖。恢复后请重新登录。").format(name=path.name), level="Warning"):
            return
        try:
            kept = backups.restore_backup(self.session, self.data, path)
        except DeskError as exc:
            show_error(self, exc)
            return
        Notice.ask(self, self.tr("从备份恢复"), self.tr("已从 {name} 恢复。原数据库已另存为 {kept}。请重新登录。").format(
            name=path.name, kept=kept or "-"))
        for topic in changes.TOPICS:  # every screen shows the restored data
            announce(topic)
        window = self.window()
        if hasattr(window, "lock"):
            window.lock()  # who may work is what the restored database says


class DatabaseTab(QWidget):
    """设置 → 数据库: which database this PC uses (the SQLite file here, or the site's PostgreSQL
    server), tried with 测试连接 before it is saved; used from the next start."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        data = runtime.current
        layout = QVBoxLayout(self)
        self.current = QLabel(self.tr("现在使用：{where}").format(where=data.database_label if data else "-"))
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        form = QFormLayout()
        self.url = QLineEdit(settings.get("database_url"))
        self.url.setPlaceholderText("postgresql://desk@192.168.1.10:5432/desk")
        form.addRow(self.tr("数据库服务器地址"), self.url)
        self.site = QLineEdit(settings.get("site_code"))
        self.site.setObjectName("site_code")
        self.site.setPlaceholderText("SZ01")
        form.addRow(self.tr("站点代码"), self.site)
        layout.addLayout(form)
        hint = QLabel(self.tr("多台电脑共用时填写服务器地址；空为本机 SQLite 文件。密码不要写进地址，"
                              "请写在 .pgpass 文件中。启动时的 --db 或环境变量 DESK_DB 优先。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        site_hint = QLabel(self.tr("站点代码：几个案场汇总到总部时，每个案场一个代码（2–12 位字母和数字，如 SZ01），"
                                   "本案场的表放在服务器上以此代码命名的模式中。数据库里只有一个站点时，其他电脑无需填写。"
                                   "服务器上已有记录时，请在所有电脑退出后运行 desk --db 地址 site-code SZ01。"))
        site_hint.setWordWrap(True)
        layout.addWidget(site_hint)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("测试连接"))
        self.save_button = QPushButton(self.tr("保存"))
        row.addWidget(self.test_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.test_button.clicked.connect(self.try_now)
        self.save_button.clicked.connect(self.save)

    def try_now(self) -> bool:
        try:
            version = live_service.try_connection(self.url.text())
        except DeskError as exc:
            say(self.result, message_of(exc), ERROR)
            return False
        say(self.result, self.tr("连接成功：PostgreSQL {version}").format(version=version), DONE)
        return True

    def save(self) -> None:
        try:
            self.session.require("settings.edit")
            code = settings.settings.validate("site_code", self.site.text().strip())
        except DeskError as exc:
            self.site.setFocus()
            show_error(self, exc)
            return
        if self.url.text().strip() and not self.try_now():
            return  # an address that does not work is not saved
        try:
            live_service.save_server(self.session, self.url.text())
        except DeskError as exc:
            show_error(self, exc)
            return
        try:
            options.change_many(self.session, {"site_code": code})
        except DeskError as exc:
            show_error(self, exc)
            return
        say(self.result, (self.result.text() + "\n" if self.url.text().strip() else "")
            + self.tr("已保存，重新启动程序后生效。"), DONE)
        announce(changes.SETTINGS)


class AdminSection(QWidget):
    TABS = [
        ("staff.manage", StaffTab, "员工"),
        ("audit.view", AuditTab, "审计记录"),
        ("settings.edit", SettingsTab, "设置"),
        ("settings.edit", DatabaseTab, "数据库"),
        ("backup.run", BackupTab, "备份"),
    ]

    def __init__(self, session, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.set_session(session)

    def set_session(self, session) -> None:
        self.session = session
        current = self.tabs.currentIndex()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        titles = {"员工": self.tr("员工"), "审计记录": self.tr("审计记录"), "设置": self.tr("设置"),
                  "数据库": self.tr("数据库"), "备份": self.tr("备份")}
        for permission, cls, title in self.TABS:
            if session.can(permission):
                self.tabs.addTab(cls(session, self), titles[title])
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
