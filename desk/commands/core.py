"""Core subcommands: gui, demo, backup, check, restore, staff."""
from __future__ import annotations

import sys
from pathlib import Path

from desk import settings
from desk.db.backup import BackupError, check_database, make_backup, restore
from desk.runtime import DataDirError, open_data, resolve_data_dir
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

    p = sub.add_parser("backup", help="用 SQLite 在线备份接口备份数据库")
    p.add_argument("--out", metavar="FILE", help="备份文件路径（默认放入数据文件夹的 backups/）")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("check", help="检查数据库完整性与外键；有问题时退出码非零")
    p.set_defaults(func=run_check)

    p = sub.add_parser("restore", help="从备份文件恢复：先校验，再把当前数据库另存，然后替换")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=run_restore)

    p = sub.add_parser("staff", help="列出员工，或在空数据库上创建第一位管理员")
    p.add_argument("--init-admin", nargs=3, metavar=("工号", "姓名", "PIN"), help="创建第一位管理员")
    p.set_defaults(func=run_staff)


def run_gui(args) -> int:
    from desk.ui.app import run  # lazy: the other commands run without Qt's widgets

    return run(data_dir=getattr(args, "data_dir", None), lang=getattr(args, "lang", None))


def _open(args):
    data = resolve_data_dir(args.data_dir)
    open_data(data)
    return data


def run_demo(args) -> int:
    from desk.services.demo import fill_demo  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        data = _open(args)
    except DataDirError as exc:
        return fail(str(exc))
    fill_demo(args.days, seed=args.seed, progress=lambda step: print(f"… {step}", file=sys.stderr))
    print(f"演示数据已写入 {data.database}（{args.days} 天）。演示工号 01，PIN 1234。")
    return 0


def run_backup(args) -> int:
    try:
        data = _open(args)
    except DataDirError as exc:
        return fail(str(exc))
    target = make_backup(data, settings.get("backup_keep"), out=args.out)
    print(f"已备份到 {target}")
    return 0


def run_check(args) -> int:
    data = resolve_data_dir(args.data_dir)
    if not data.database.exists():
        return fail(f"数据库不存在：{data.database}", 2)
    problems = check_database(data.database)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"数据库完好：{data.database}")
    return 0


def run_restore(args) -> int:
    from PySide6.QtCore import QLockFile  # lazy: the other commands run without Qt

    data = resolve_data_dir(args.data_dir)
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
