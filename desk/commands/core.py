"""Core subcommands: gui, demo, backup, check, restore, staff."""
from __future__ import annotations

import sys
from pathlib import Path

from desk import settings
from desk.db.backup import BackupError, check_data, make_backup, restore
from desk.paths import redact_url
from desk.runtime import DataDirError, open_args, password_refused, resolve_data_dir, server_message
from desk.services.core import staff as staff_service
from desk.services.core.errors import DeskError
from desk.services.core.permissions import ROLES


def fail(message: str, code: int = 2) -> int:
    print(message, file=sys.stderr)
    return code


def register(sub) -> None:
    p = sub.add_parser("gui", help="启动程序窗口（默认）")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（覆盖设置）")
    p.set_defaults(func=run_gui)

    p = sub.add_parser("demo", help="向数据文件夹填入演示数据（中文姓名、顾问、物品等）")
    p.add_argument("--days", type=int, default=30, help="演示数据覆盖的天数（默认 30）")
    p.add_argument("--seed", type=int, default=20261123, help="随机种子")
    p.set_defaults(func=run_demo)

    p = sub.add_parser("backup", help="备份数据库（SQLite 在线备份接口；服务器数据库用 pg_dump）")
    p.add_argument("--out", metavar="FILE", help="备份文件路径（默认放入数据文件夹的 backups/）")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("check", help="检查数据库完整性与外键（服务器：逐表读取，装有 amcheck 时校验索引）；有问题时退出码非零")
    p.set_defaults(func=run_check)

    p = sub.add_parser("restore", help="从备份文件恢复：先校验，再把当前数据库另存，然后替换")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=run_restore)

    p = sub.add_parser("move-to", help="把数据文件夹的 SQLite 数据库整体搬到一个空的 PostgreSQL 数据库"
                                       "（一个事务，逐表核对行数；原文件不动）")
    p.add_argument("url", metavar="URL", help="postgresql://用户@主机:5432/数据库")
    p.set_defaults(func=run_move_to)

    p = sub.add_parser("copy-to", help="把服务器数据库复制成一个新的 SQLite 文件（离线副本；需 --db）")
    p.add_argument("file", metavar="FILE.db")
    p.set_defaults(func=run_copy_to)

    p = sub.add_parser("staff", help="列出员工，或在空数据库上创建第一位管理员")
    p.add_argument("--init-admin", nargs=3, metavar=("工号", "姓名", "PIN"), help="创建第一位管理员")
    p.set_defaults(func=run_staff)


def run_gui(args) -> int:
    from desk.ui.app import run  # lazy: the other commands run without Qt's widgets

    return run(data_dir=getattr(args, "data_dir", None), lang=getattr(args, "lang", None),
               db_url=getattr(args, "db", None), kiosk=getattr(args, "kiosk", None))


def _open(args):
    return open_args(args)


def run_demo(args) -> int:
    from desk.services.demo import fill_demo  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        data = _open(args)
    except DataDirError as exc:
        return fail(str(exc))
    fill_demo(args.days, seed=args.seed, progress=lambda step: print(f"… {step}", file=sys.stderr))
    print(f"演示数据已写入 {data.database_label}（{args.days} 天）。演示工号 01，PIN 1234。")
    return 0


def run_backup(args) -> int:
    try:
        data = _open(args)
    except DataDirError as exc:
        return fail(str(exc))
    try:
        target = make_backup(data, settings.get("backup_keep"), out=args.out)
    except BackupError as exc:
        return fail(str(exc), 1)
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
        kept = restore(data, source)
    except BackupError as exc:
        return fail(str(exc))
    finally:
        lock.unlock()
    print(f"已从 {source} 恢复。" + (f"原数据库另存为 {kept}" if kept else ""))
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
    try:
        counts = _with_password(lambda password: move_to_server(data.database, args.url, password=password), args.url)
    except (TransferError, DataDirError) as exc:
        return fail(str(exc))
    _print_counts(counts)
    print(f"已搬到 {redact_url(args.url)}；{data.database} 未改动。"
          f"以后请用 desk --db {redact_url(args.url)}（或环境变量 DESK_DB）启动。")
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
        counts = _with_password(lambda password: copy_to_file(data.url, Path(args.file), password=password), data.url)
    except (TransferError, DataDirError) as exc:
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
            person = staff_service.bootstrap_admin(*args.init_admin)
        except DeskError as exc:
            return fail(str(exc))
        print(f"已创建管理员 {person.code} {person.name}")
        return 0
    for person in staff_service.list_staff():
        roles = "、".join(ROLES.get(r, r) for r in person.role_list)
        state = "" if person.active else "（停用）"
        print(f"{person.code}\t{person.name}\t{roles}{state}")
    return 0
