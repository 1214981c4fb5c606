"""Excel sync from the command line: ``desk export FILE.xlsx`` and ``desk import FILE.xlsx``."""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from desk.commands.core import fail
from desk.runtime import DataDirError, open_args
from desk.services.core.errors import DeskError
from desk.services.core.session import Session
from desk.services.core.staff import sign_in

IMPORT_EPILOG = """退出码：
  0  已导入（全部生效）
  1  没有需要导入的改动；或 --dry-run 且有改动（只预览，未导入）
  2  有错误或冲突（未导入任何内容），或文件无法读取、无权操作"""


def register(sub) -> None:
    p = sub.add_parser("export", help="导出同步工作簿（每类记录一张表，另有“说明”表）",
                       description="导出同步工作簿：每类记录一张工作表，另有“说明”表。手机号默认打码。",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="退出码：0 已导出；2 出错（例如文件正被 Excel 打开）")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--full-phones", action="store_true", help="写入完整手机号（需要“查看完整手机号”权限）")
    _add_user(p)
    p.set_defaults(func=run_export)

    p = sub.add_parser("import", help="从同步工作簿导入可编辑的名单（先预览）",
                       description="导入同步工作簿中可编辑的名单（置业顾问、物品、认知途径、收费标准、房号与业主、巡检模板与巡检项目…）。"
                                   "按 ID 对应；没有 ID 的行为新增；从表中删除的行会停用（需 --yes 确认）。"
                                   "全部生效或全部不生效。",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=IMPORT_EPILOG)
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="只显示预览，不导入")
    p.add_argument("--yes", action="store_true", help="确认停用表中已删除的行")
    p.add_argument("--prefer", choices=["workbook", "program"],
                   help="冲突时以哪边为准：workbook 表格，program 程序（不指定则冲突时不导入）")
    _add_user(p)
    p.set_defaults(func=run_import)


def _add_user(p) -> None:
    p.add_argument("--user", metavar="工号",
                   help="以此员工身份操作（PIN 从环境变量 DESK_PIN 读取，否则提示输入）；不指定则以“命令行”身份（手机号打码）")


def _session(args):
    if not args.user:
        return Session.command_line(full_phones=getattr(args, "full_phones", False))
    pin = os.environ.get("DESK_PIN") or getpass.getpass(f"工号 {args.user} 的 PIN：")
    return sign_in(args.user, pin)


def run_export(args) -> int:
    from desk.excel.sync import export_workbook  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        open_args(args)
        session = _session(args)
        result = export_workbook(session, args.file, full_phones=args.full_phones, reason="cli")
    except DataDirError as exc:
        return fail(str(exc))
    except DeskError as exc:
        return fail(str(exc))
    for title, n in result.counts.items():
        print(f"{title}\t{n} 行")
    print(f"已导出到 {result.path}")
    return 0


def print_plan(plan, out=None) -> None:
    from desk.excel.sync import SAME  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    out = out or sys.stdout
    for note in plan.notes:
        print(f"注意：{note}", file=out)
    for issue in plan.issues:
        print(f"错误\t{issue.text()}", file=out)
    for change in plan.changes:
        if change.action == SAME:
            continue
        where = f"{change.sheet_title} 第 {change.row} 行" if change.row else f"{change.sheet_title} ID {change.record_id}"
        label = f"（{change.label}）" if change.label else ""
        print(f"{change.action_name}\t{where}{label}\t{change.summary()}", file=out)
        if change.action == "conflict":
            for key, (a, b) in change.changed.items():
                print(f"\t\t{key}：程序 {a or '（空）'} ｜ 表格 {b or '（空）'}", file=out)
    print(f"合计：{plan.summary()}", file=out)


def run_import(args) -> int:
    from desk.excel.sync import PROGRAM, WORKBOOK, apply_import, plan_import  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        open_args(args)
        session = _session(args)
        plan = plan_import(session, args.file)
    except DataDirError as exc:
        return fail(str(exc))
    except DeskError as exc:
        return fail(str(exc))
    print_plan(plan)
    if plan.has_errors:
        return fail("有错误，未导入任何内容。", 2)
    if plan.conflicts:
        if not args.prefer:
            return fail(f"有 {len(plan.conflicts)} 个冲突（导出后程序和表格都改过），未导入。"
                        "请用 --prefer workbook 或 --prefer program 选择，或在程序中逐行选择。", 2)
        for change in plan.conflicts:
            change.choice = WORKBOOK if args.prefer == "workbook" else PROGRAM
    if plan.nothing_to_do:
        print("没有需要导入的改动。")
        return 1
    if args.dry_run:
        print("预览（--dry-run）：未导入。")
        return 1
    confirm = args.yes
    if plan.deactivations and not confirm:
        if sys.stdin.isatty():
            answer = input(f"将停用 {len(plan.deactivations)} 行（表中已删除）。确认吗？[y/N] ")
            confirm = answer.strip().lower() in ("y", "yes", "是")
        if not confirm:
            return fail(f"有 {len(plan.deactivations)} 行将被停用，未确认，未导入。可加 --yes 确认。", 2)
    try:
        result = apply_import(session, plan, confirm_deactivate=confirm)
    except DeskError as exc:
        return fail(str(exc))
    print(f"已导入：{result.summary()}")
    return 0
