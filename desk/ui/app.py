"""Starting the program: fonts, translations, one instance per data folder, the database
(with recovery from a backup), first-start demo data, sign-in and the main window."""
from __future__ import annotations

import logging
import sys

from desk import long_lived

with long_lived():
    # The Qt-free layers the first screen needs come before PySide6: once PySide6.QtCore is imported,
    # it reads the source file of every module named in a later import statement (looking for
    # `from __feature__ import`), which costs ~25 ms at start-up for the database, the services and
    # the modules they use (bench/startup.py).
    from desk.services.core import backups  # the database, its migrations and backups
    from desk.excel import folder  # noqa: F401  (the status line's sync folder)
    from desk.excel.messages import tr as excel_text
    from desk.runtime import (
        DataDirError, ensure_writable, open_data, resolve_data_dir, storage_warning, use_settings_file,
    )
    from desk.services.overview import today as overview, weekly  # noqa: F401  (the first frame's figures)
    from desk.services.core import shifts, staff  # noqa: F401  (shifts: the status line)
    from desk.services.core.session import Session
    from desk.services.core import database as opened
    from desk.ui import sections  # noqa: F401  (the navigation's list, Qt-free)

    from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QLockFile, QTimer, QTranslator
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication  # message boxes are imported where used: not needed to start

    from desk import APP_NAME, ORG_NAME, __version__, paths, settings
    from desk.paths import DataDir
    from desk.services.core.errors import DeskError
    from desk.ui.errors import install_excepthook, setup_logging, show_error
    from desk.ui.widgets import Confirm, Notice, TextDialog
    from desk.ui.worker import run_job

log = logging.getLogger("desk")

_font_family: str | None = None


def load_font() -> str | None:
    """Load the bundled CJK font into Qt and make it the application font."""
    global _font_family
    if _font_family is None:
        font_id = QFontDatabase.addApplicationFont(str(paths.font_path()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _font_family = families[0] if families else None
    if _font_family and QApplication.instance() is not None:
        font = QFont(_font_family)
        font.setPointSize(11)
        QApplication.setFont(font)
    return _font_family


_translators: list[QTranslator] = []


def install_translators(language: str) -> None:
    """Qt's own qtbase translation first, then the program's. Chinese is the source language,
    so zh_CN needs only Qt's; English loads desk_en.qm."""
    excel_text.cache_clear()  # the Excel layer's texts, cached in the language they were read in
    app = QCoreApplication.instance()
    for tr in _translators:
        app.removeTranslator(tr)
    _translators.clear()
    locale = QLocale(language)
    QLocale.setDefault(locale)
    qt_tr = QTranslator(app)
    if qt_tr.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        _translators.append(qt_tr)
    if language != "zh_CN":
        own = QTranslator(app)
        if own.load(f"desk_{language}", str(paths.translations_dir())):
            app.installTranslator(own)
            _translators.append(own)


def create_application(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    load_font()
    return app


def acquire_lock(data: DataDir) -> QLockFile | None:
    data.root.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data.lock_file))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    lock.removeStaleLockFile()
    return lock if lock.tryLock(200) else None


def finish_interrupted_work(data: DataDir) -> None:
    """Holding the folder's lock: finish (or undo) a restore a crash interrupted, and remove what
    killed processes left (partial backups, temporary workbooks, temp folders)."""
    try:
        outcome = backups.finish_interrupted_restore(data)
        if outcome:
            log.warning("an interrupted restore was %s at start", outcome)
        backups.clean_leftovers(data, folders=[f for f in (folder.folder(),) if f is not None])
    except OSError:
        log.exception("cleaning up at start failed")


def open_or_recover(data: DataDir) -> bool:
    """Open the database; when it is damaged, offer the newest good backup. False: give up."""
    problems = backups.damaged(data)
    if problems:
        candidate = backups.newest_good_backup(data)
        text = QCoreApplication.translate("app", "数据库损坏或无法读取：\n{problems}").format(problems="\n".join(problems[:5]))
        title = QCoreApplication.translate("app", "数据库损坏")
        if candidate is None:
            Notice.ask(None, title, text + "\n\n" + QCoreApplication.translate(
                "app", "没有找到可用的备份。请联系维护人员；当前文件未做任何改动。"), Notice.CRITICAL)
            return False
        if not Confirm.ask(None, title, text + "\n\n" + QCoreApplication.translate(
                "app", "是否从最新的完好备份恢复？\n{backup}\n当前数据库会另存到 aside 文件夹，不会被覆盖。").format(
                backup=candidate), default_yes=True):
            return False
        backups.recover(data, candidate)
    try:
        open_data(data, ask_password=ask_password, head_office=True)
    except backups.SchemaTooNew as exc:
        Notice.ask(None, QCoreApplication.translate("app", "版本不符"), QCoreApplication.translate(
            "app", "数据库已由更新版本的程序升级（数据库结构版本 {version}），请先升级本机的程序再打开；"
            "为免损坏数据，本程序不会写入。").format(version=exc.version), Notice.CRITICAL)
        return False
    except DataDirError as exc:
        Notice.ask(None, QCoreApplication.translate("app", "无法打开数据库"), str(exc), Notice.CRITICAL)
        return False
    return True


def ask_password() -> str | None:
    """The server's password, asked when neither the address nor .pgpass gives it (kept in memory)."""
    text = TextDialog.ask(None, QCoreApplication.translate("app", "数据库密码"), QCoreApplication.translate(
        "app", "数据库服务器要求密码（不会保存；要免输入，请把密码写在 .pgpass 文件中）："), password=True)
    return text or None


FIRST_START_DEMO_DAYS = 60


class FirstStartChoice:
    """首次使用: "demo" (load demo data), "admin" (create the first administrator) or None."""

    @classmethod
    def ask(cls, parent=None) -> str | None:
        from PySide6.QtWidgets import QMessageBox  # lazy: start-up (QMessageBox's enums; bench/startup.py)

        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("app", "首次使用"))
        box.setText(QCoreApplication.translate(
            "app", "这是一个新的数据文件夹。要载入演示数据看看程序，还是创建第一位管理员开始正式使用？"))
        demo = box.addButton(QCoreApplication.translate("app", "载入演示数据"), QMessageBox.ButtonRole.AcceptRole)
        admin = box.addButton(QCoreApplication.translate("app", "创建管理员"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {id(demo): "demo", id(admin): "admin"}.get(id(box.clickedButton()))


def first_start(parent=None) -> bool:
    """An empty database: demo data, or create the first administrator. False: cancelled."""
    from desk.services.demo import DEMO_PIN, fill_demo  # lazy: start-up (first start only; loads every domain)

    if staff.has_any_staff():
        return True
    choice = FirstStartChoice.ask(parent)
    if choice == "demo":
        loop = QEventLoop()
        outcome: dict = {}

        def work(progress):
            fill_demo(FIRST_START_DEMO_DAYS, progress=lambda step: progress.report(0, 0, QCoreApplication.translate(
                "app", "正在生成演示数据…") + "\n" + step))

        def finished(result, error=None):
            outcome["error"] = error
            loop.quit()

        run_job(parent, QCoreApplication.translate("app", "正在生成演示数据…"), work, finished,
                lambda exc: finished(None, exc), cancellable=False)
        loop.exec()
        if outcome.get("error") is not None:
            show_error(parent, outcome["error"])
            return False
        Notice.ask(parent, QCoreApplication.translate("app", "演示数据"), QCoreApplication.translate(
            "app", "演示数据已载入。管理员工号 01，所有演示员工的 PIN 均为 {pin}。").format(pin=DEMO_PIN))
        return True
    if choice == "admin":
        title = QCoreApplication.translate("app", "创建管理员")
        while True:
            code = TextDialog.ask(parent, title, QCoreApplication.translate("app", "工号"))
            if code is None:
                return False
            name = TextDialog.ask(parent, title, QCoreApplication.translate("app", "姓名"))
            if name is None:
                return False
            pin = TextDialog.ask(parent, title, QCoreApplication.translate("app", "PIN（4–8 位数字）"), password=True)
            if pin is None:
                return False
            try:
                staff.bootstrap_admin(code, name, pin)
                return True
            except DeskError as exc:
                Notice.ask(parent, title, exc.translated(QCoreApplication.translate), Notice.WARNING)
    return False


def daily_backup(data: DataDir) -> None:
    try:
        backups.daily_backup(data)
    except Exception:  # a failed backup must not stop the work; it is logged
        log.exception("daily backup failed")


def exit_backup(data: DataDir) -> None:
    try:
        backups.exit_backup(data)
    except Exception:
        log.exception("backup at exit failed")


def build_main_window(session):
    from desk.ui.main_window import MainWindow  # lazy: start-up (the sign-in shows first)

    return MainWindow(session)


def preload_main_window() -> None:
    """Import the main window and its first section while the sign-in dialog waits for the PIN, so
    that the window opens sooner once the PIN is in (what the imports cost is spent anyway)."""
    try:
        from desk.ui import main_window  # noqa: F401  # lazy: the preload itself (brings the overview with it)
    except Exception:  # building the window will meet the same problem and report it
        log.exception("preloading the main window failed")


def run_head_office(app, lock) -> int:
    """A head office's database: its read-only window, no sign-in (the database's own login is the
    gate; the session may view reports and nothing else), no backups (the sites hold the records)."""
    from desk.ui.headoffice.window import HeadOfficeWindow  # lazy: start-up (head office only)

    window = HeadOfficeWindow(Session.head_office())
    window.show()
    code = app.exec()
    lock.unlock()
    return code


KIOSK_ROLES = {"cleaner": "cleaner", "showflat": "showflat"}  # desk --kiosk KIND: the tablet's role


def kiosk_page(kind: str):
    """The touch page of a kiosk kind, and its window title."""
    if kind == "showflat":
        from desk.ui.showflats.attendant import ShowflatPage  # lazy: start-up (loaded when first used)

        return ShowflatPage, QCoreApplication.translate("app", "案场助手 · 样板间")
    from desk.ui.showflats.cleaner import CleanerPage  # lazy: start-up (loaded when first used)

    return CleanerPage, QCoreApplication.translate("app", "案场助手 · 保洁")


def build_kiosk(kind: str):
    """The touch page alone, for a shared tablet (``desk --kiosk cleaner`` in the cleaners' hands,
    ``--kiosk showflat`` the show-flat attendant's): full screen, no navigation or menus; whoever
    did the work signs it with their PIN on the on-screen pad."""
    from desk.services.core.session import Session  # lazy: start-up (loaded when first used)

    page_class, title = kiosk_page(kind)
    page = page_class(Session.kiosk(KIOSK_ROLES[kind]))
    page.setWindowTitle(title)
    page.fullscreen_button.hide()  # always full screen
    page.on_shown()
    from desk.ui.changes import relay  # lazy: start-up (loaded when first used)
    from desk.ui.live import live  # lazy: start-up (loaded when first used)

    relay(live())  # what another PC writes: the page follows its topics
    return page


def run(data_dir: str | None = None, lang: str | None = None, db_url: str | None = None,
        kiosk: str | None = None) -> int:
    from desk.ui.signin import SignInDialog  # lazy: start-up (loaded when first used)

    app = create_application()
    try:
        data = resolve_data_dir(data_dir, db_url)
        ensure_writable(data)
    except DataDirError as exc:
        Notice.ask(None, QCoreApplication.translate("app", "无法使用数据文件夹"), str(exc), Notice.CRITICAL)
        return 2
    lock = acquire_lock(data)
    if lock is None:
        Notice.ask(None, QCoreApplication.translate("app", "程序已在运行"), QCoreApplication.translate(
            "app", "案场助手已经在使用这个数据文件夹（{root}）。请切换到已打开的窗口。").format(root=data.root), Notice.WARNING)
        return 1
    use_settings_file(data)
    finish_interrupted_work(data)
    install_translators(lang or settings.get("language"))
    setup_logging(data.log_file)
    install_excepthook()
    warning = None if data.on_server else storage_warning(data.root)  # SQLite only
    if warning:
        Notice.ask(None, QCoreApplication.translate("app", "数据文件夹位置"), QCoreApplication.translate("app", warning),
                   Notice.WARNING)
    if not open_or_recover(data):
        return 2
    if opened.is_head_office():
        return run_head_office(app, lock)
    if kiosk:
        page = build_kiosk(kiosk)
        page.showFullScreen()
        code = app.exec()
        lock.unlock()
        return code
    if not first_start():
        return 0
    QTimer.singleShot(300, preload_main_window)  # once the dialog is on screen; nobody types a PIN that fast
    session = SignInDialog.ask()
    if session is None:
        return 0
    window = build_main_window(session)
    window.show()
    QTimer.singleShot(2000, lambda: daily_backup(data))
    code = app.exec()
    try:
        window.folder_sync.write_at_exit()  # the day's sync workbook, if not written yet
    except Exception:
        log.exception("sync folder write at exit failed")
    exit_backup(data)
    lock.unlock()
    return code
