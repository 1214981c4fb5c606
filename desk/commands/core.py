"""Core subcommands: gui, demo, backup, check, restore, staff; and signing a person in by ``--user``.

Commands that change data, reveal full phone numbers or copy the data out of the data folder act
as a person: ``--user 工号`` with the PIN from the environment variable ``DESK_PIN`` or typed at a
prompt. Read-only, masked commands run without one.
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from desk import settings
from desk.db import backup, server
from desk.db.backup import check_data, recover_restore
from desk.db.connection import close_database, open_database
from desk.paths import redact_url
from desk.runtime import (DataDirError, open_args, open_data, password_refused, resolve_data_dir, server_message,
                          use_settings_file, use_temp_folder)
from desk.services.core import audit
from desk.services.core import staff as staff_service
from desk.services.core.backups import make_backup, restore
from desk.services.core.errors import DeskError
from desk.services.core.permissions import ROLES, permissions_for
from desk.services.core.session import Session
from desk.services.core.staff import sign_in


def fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code


class NoPerson(Exception):
    """The command needs a person's 工号 and PIN and did not get them (message in Chinese)."""


def add_user_argument(p, needed_for: str = "") -> None:
    help_text = "以此员工身份操作（PIN 从环境变量 DESK_PIN 读取，否则在终端提示输入）"
    if needed_for:
        help_text += f"；{needed_for}须指定"
    p.add_argument("--user", metavar="工号", help=help_text)


def read_pin(code: str) -> str:
    """The PIN from DESK_PIN, else typed at the terminal; NoPerson when there is no terminal to ask."""
    pin = os.environ.get("DESK_PIN")
    if pin:
        return pin
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        raise NoPerson(f"需要工号 {code} 的 PIN，但没有可输入的终端：请在环境变量 DESK_PIN 中提供 PIN。")
    try:
        return getpass.getpass(f"工号 {code} 的 PIN：")
    except (EOFError, OSError):
        raise NoPerson(f"没有读到工号 {code} 的 PIN：请在终端输入，或在环境变量 DESK_PIN 中提供。") from None


def person(args, permission: str | None, action: str):
    """The session of the person ``--user`` names, signed in with their PIN, who may ``permission``.
    Raises NoPerson or DeskError (wrong PIN, locked, not allowed) with a message for the terminal."""
    code = getattr(args, "user", None)
    if not code:
        raise NoPerson(f"{action}需要有权限的员工确认：请加 --user 工号（PIN 从终端输入或环境变量 DESK_PIN 读取）。")
    session = sign_in(code, read_pin(code))
    if permission:
        session.require(permission)
    return session


def session_for(args, permission: str | None = None, action: str = ""):
    """``--user``'s session when given (or when ``permission`` is needed), else the command line's."""
    if permission or getattr(args, "user", None):
        return person(args, permission, action)
    return Session.command_line()


def register(sub) -> None:
    p = sub.add_parser("gui", help="启动程序窗口（默认）")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（覆盖设置）")
    p.set_defaults(func=run_gui)

    p = sub.add_parser("demo", help="向新的数据文件夹填入演示数据（已有正式数据的文件夹会拒绝）")
    p.add_argument("--days", type=int, default=30, help="演示数据覆盖的天数（默认 30）")
    p.add_argument("--seed", type=int, default=20261123, help="随机种子")
    p.set_defaults(func=run_demo)

    p = sub.add_parser("backup", help="备份数据库（SQLite 在线备份接口；服务器数据库用 pg_dump）；先检查，损坏的数据库不会备份")
    p.add_argument("--out", metavar="FILE", help="备份文件路径（默认放入数据文件夹的 backups/；"
                                               "备份到其他位置须 --user）")
    add_user_argument(p, "--out ")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("check", help="检查数据库完整性与外键（服务器：逐表读取，装有 amcheck 时校验索引）；有问题时退出码非零")
    p.set_defaults(func=run_check)

    p = sub.add_parser("restore", help="从备份文件恢复：先校验，再把当前数据库另存，然后替换（须 --user）")
    p.add_argument("file", metavar="FILE")
    add_user_argument(p, "恢复")
    p.set_defaults(func=run_restore)

    p = sub.add_parser("move-to", help="把数据文件夹的 SQLite 数据库整体搬到一个空的 PostgreSQL 数据库"
                                       "（一个事务，逐表核对行数；原文件不动；须 --user 主管）")
    p.add_argument("url", metavar="URL", help="postgresql://用户@主机:5432/数据库")
    p.add_argument("--site", metavar="CODE", help="站点代码（如 SZ01）：记录放进模式 site_sz01，以后可汇总到总部")
    add_user_argument(p, "搬迁")
    p.set_defaults(func=run_move_to)

    p = sub.add_parser("site-code", help="把服务器数据库的记录归到站点 CODE（移入模式 site_<code>；须所有电脑先退出，"
                                         "须 --user 主管），并记入本机设置")
    p.add_argument("code", metavar="CODE", help="站点代码，如 SZ01")
    add_user_argument(p, "设置站点代码")
    p.set_defaults(func=run_site_code)

    p = sub.add_parser("copy-to", help="把服务器数据库复制成一个新的 SQLite 文件（离线副本；需 --db，须 --user 主管）")
    p.add_argument("file", metavar="FILE.db")
    add_user_argument(p, "复制")
    p.set_defaults(func=run_copy_to)

    p = sub.add_parser("staff", help="列出员工，或在空数据库上创建第一位管理员")
    p.add_argument("--init-admin", nargs=3, metavar=("工号", "姓名", "PIN"), help="创建第一位管理员")
    p.set_defaults(func=run_staff)


def run_gui(args) -> int:
    from desk.ui.app import run  # lazy: the other commands run without Qt's widgets

    return run(data_dir=getattr(args, "data_dir", None), lang=getattr(args, "lang", None),
               db_url=getattr(args, "db", None), kiosk=getattr(args, "kiosk", None))


def _open(args, *, check: bool = False):
    return open_args(args, check=check)


def run_demo(args) -> int:
    from desk.services.demo import fill_demo, refuse_real_data  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        data = _open(args)
        refuse_real_data()
    except DataDirError as exc:
        return fail(str(exc))
    except DeskError as exc:
        return fail(f"{exc}（{data.root}）")
    fill_demo(args.days, seed=args.seed, progress=lambda step: print(f"… {step}", file=sys.stderr))
    print(f"演示数据已写入 {data.database_label}（{args.days} 天）。演示工号 01，PIN 1234。")
    return 0


def run_backup(args) -> int:
    try:
        data = _open(args)
        session = session_for(args, "backup.run" if args.out else None, "备份到数据文件夹以外")
        target = make_backup(session, data, out=args.out)
    except (DataDirError, NoPerson) as exc:
        return fail(str(exc))
    except DeskError as exc:
        return fail(str(exc))
    print(f"已备份到 {target}")
    return 0


def run_check(args) -> int:
    try:
        data = resolve_data_dir(args.data_dir, getattr(args, "db", None))
    except DataDirError as exc:
        return fail(str(exc))
    if not data.on_server and not data.database.exists():
        return fail(f"数据库不存在：{data.database}", 2)
    problems = check_data(data)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"数据库完好：{data.database_label}")
    return 0


def _restoring_person(args, data, source):
    """Who restores: a person allowed to in the current database, or, when that one is missing or
    damaged (nobody can sign in to it), in the backup being restored."""
    if data.on_server or (data.database.exists() and not backup.check_database(data.database)):
        try:
            open_data(data, migrate=False)
            return person(args, "backup.restore", "恢复")
        finally:
            close_database()
    return person_in_file(args, source, "backup.restore", "恢复")


def person_in_file(args, path: Path, permission: str, action: str) -> Session:
    """``--user``'s session checked against the staff of the SQLite file ``path``, read only (the
    file is not changed: no sign-in is written to it). Raises NoPerson or DeskError."""
    if not getattr(args, "user", None):
        raise NoPerson(f"{action}需要有权限的员工确认：请加 --user 工号（PIN 从终端输入或环境变量 DESK_PIN 读取）。")
    row = backup.staff_of(path, args.user)
    pin = read_pin(args.user)
    if row is None or not row[2] or not staff_service.verify_pin(pin, row[0]):
        raise DeskError("工号或 PIN 不正确")
    session = Session(None, f"工号 {args.user}", tuple(r for r in row[1].split(",") if r),
                      frozenset(permissions_for(row[1].split(","))))
    session.require(permission)
    return session


def _record_copy(target, code: str, note: str) -> None:
    """The audit trail of the database at ``target`` (a path or a URL, opened as it is) names the
    person (工号 ``code``) who copied its records out, and where to."""
    from desk.db.core import Staff  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    open_database(target, migrate=False)
    try:
        someone = Staff.get_or_none(Staff.code == code)
        audit.record(Session(someone.id if someone else None, f"工号 {code}", ()), "copy_out", "database", None,
                     note=note)
    finally:
        close_database()


def _record_restore(args, session, source) -> None:
    """The restored database's audit trail says who put it back, and from where."""
    open_args(args)
    try:
        audit.record(Session(None, session.name, ()), "restore", "database", None,
                     note=f"由 {session.name} 从 {source} 恢复")
    finally:
        close_database()


def run_restore(args) -> int:
    from PySide6.QtCore import QLockFile  # lazy: the other commands run without Qt

    try:
        data = resolve_data_dir(args.data_dir, getattr(args, "db", None))
    except DataDirError as exc:
        return fail(str(exc))
    source = Path(args.file)
    if not source.is_file():
        return fail(f"找不到备份文件：{source}")
    data.root.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data.lock_file))
    if not lock.tryLock(100):
        return fail("程序正在使用这个数据文件夹，请先退出程序再恢复。")
    try:
        if not data.on_server:
            recover_restore(data)  # one a crash interrupted comes first
        session = _restoring_person(args, data, source)
        kept = restore(session, data, source)
        _record_restore(args, session, source)
    except (NoPerson, DataDirError) as exc:
        return fail(str(exc))
    except DeskError as exc:
        return fail(str(exc))
    finally:
        lock.unlock()
    print(f"已从 {source} 恢复（{session.name}）。" + (f"原数据库另存为 {kept}" if kept else ""))
    return 0


def _with_password(work, url: str):
    """Run ``work(password)``; when the server refuses for want of a password, ask on a terminal."""
    import getpass  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    from peewee import OperationalError  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    from desk.db.server import is_connection_lost  # lazy: start-up (`desk` loads every command module; bench/startup.py)


    password = None
    while True:
        try:
            return work(password)
        except OperationalError as exc:
            if password is None and password_refused(exc) and sys.stdin is not None and sys.stdin.isatty():
                password = getpass.getpass("数据库密码：")
                continue
            if password_refused(exc) or is_connection_lost(exc):
                raise DataDirError(server_message(url, exc)) from exc
            raise DataDirError(f"复制失败，目标未改动：{exc}") from exc


def _print_counts(counts: dict[str, int]) -> None:
    for table, n in counts.items():
        if n:
            print(f"{table}\t{n} 行")
    print(f"合计 {sum(counts.values())} 行，{len(counts)} 张表，逐表核对一致。")


def run_move_to(args) -> int:
    from desk.db.server import is_server_url  # lazy: start-up (`desk` loads every command module; bench/startup.py)
    from desk.db.transfer import TransferError, move_to_server  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    data = resolve_data_dir(args.data_dir)
    if not is_server_url(args.url):
        return fail(f"数据库地址无法识别：{args.url}（应为 postgresql://用户@主机:5432/数据库）")
    target = args.url
    try:
        if args.site:
            code = server.normalize_site_code(args.site)
            target = server.site_url(args.url, code)
        if not data.database.is_file():
            raise TransferError(f"数据库文件不存在：{data.database}")
        # every record, phones in full, leaves the data folder: a supervisor's 工号 and PIN
        person_in_file(args, data.database, "backup.run", "搬迁数据库")
        use_temp_folder(data)  # the copy it reads from stays in the data folder, not the system's temp folder
        counts = _with_password(lambda password: move_to_server(data.database, target, password=password), target)
        _record_copy(target, args.user, f"由 {data.database} 搬到此服务器")
    except NoPerson as exc:
        return fail(str(exc))
    except (TransferError, DataDirError, server.SiteError, DeskError) as exc:
        return fail(str(exc))
    _print_counts(counts)
    if args.site:
        use_settings_file(data)
        settings.settings.set("site_code", code)
    print(f"已搬到 {redact_url(args.url)}" + (f"（站点 {code}，模式 {server.site_schema(code)}）" if args.site else "")
          + f"；{data.database} 未改动。以后请用 desk --db {redact_url(args.url)}（或环境变量 DESK_DB）启动。")
    return 0


def run_site_code(args) -> int:
    from desk.db.transfer import site_models  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        data = resolve_data_dir(args.data_dir, getattr(args, "db", None))
        if not data.on_server:
            return fail("站点代码用于服务器数据库：desk --db postgresql://… site-code SZ01")
        code = server.normalize_site_code(args.code)
        # every PC's records change schema: a supervisor's 工号 and PIN (signed in where they are now)
        open_args(args)
        try:
            person(args, "settings.edit", "设置站点代码")
        finally:
            close_database()  # its connection would count as a PC still using the database
        moved = server.move_into_site(data.url, code, {m._meta.table_name for m in site_models()})
    except NoPerson as exc:
        return fail(str(exc))
    except (DataDirError, server.SiteError, DeskError) as exc:
        return fail(str(exc))
    use_settings_file(data)
    settings.settings.set("site_code", code)
    print(f"已把 {len(moved)} 张表移入站点 {code} 的模式 {server.site_schema(code)}，本机设置已记下站点代码。"
          "其他电脑无需设置：数据库里只有一个站点时自动找到它。")
    return 0


def run_copy_to(args) -> int:
    from desk.db.transfer import TransferError, copy_to_file  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        data = resolve_data_dir(args.data_dir, getattr(args, "db", None))
    except DataDirError as exc:
        return fail(str(exc))
    if not data.on_server:
        return fail("copy-to 复制的是服务器数据库：请用 desk --db postgresql://… copy-to 文件.db")
    try:
        # every record, phones in full, into a file anywhere: a supervisor's 工号 and PIN
        open_args(args)
        try:
            person(args, "backup.run", "复制数据库")
        finally:
            close_database()
        counts = _with_password(lambda password: copy_to_file(data.url, Path(args.file), password=password), data.url)
        _record_copy(data.url, args.user, f"复制到 {Path(args.file).resolve()}")
    except NoPerson as exc:
        return fail(str(exc))
    except (TransferError, DataDirError, DeskError) as exc:
        return fail(str(exc))
    _print_counts(counts)
    print(f"已复制到 {args.file}。用 desk --data-dir 目录 打开时，把它放进该目录并命名为 desk.db。")
    return 0


def run_staff(args) -> int:
    try:
        _open(args)
    except DataDirError as exc:
        return fail(str(exc))
    if args.init_admin:
        try:
            admin = staff_service.bootstrap_admin(*args.init_admin)
        except DeskError as exc:
            return fail(str(exc))
        print(f"已创建管理员 {admin.code} {admin.name}")
        return 0
    for someone in staff_service.list_staff():
        roles = "、".join(ROLES.get(r, r) for r in someone.role_list)
        state = "" if someone.active else "（停用）"
        print(f"{someone.code}\t{someone.name}\t{roles}{state}")
    return 0
