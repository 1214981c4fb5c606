"""``desk print``: list the forms, print one blank, with its sample data, or from records.

Exit codes: 0 printed; 1 no records to print; 2 bad command, unknown form or broken template;
3 the form cannot be printed from records yet (no data source).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from desk.commands.core import fail
from desk.commands.weekly import add_arguments as weekly_arguments, run_print_weekly
from desk.runtime import DataDirError, open_args, resolve_data_dir, use_settings_file
from desk.services.core.errors import DeskError, NotFound
from desk.services.core.progress import Progress
from desk.services.core.session import Session


def register(sub) -> None:
    p = sub.add_parser(
        "print", help="打印表单：--list 列出表单；FORM --blank/--sample/--id/--date 生成 PDF",
        description="把表单印成 PDF。空白表（--blank）用于断电断网时手写；示例（--sample）用模板自带数据；"
                    "--id / --date 从记录打印（需该表单已有数据来源）。",
    )
    p.add_argument("form", nargs="?", metavar="FORM", help="表单代号，如 repair_slip（desk print --list 查看）")
    p.add_argument("--list", action="store_true", help="列出全部表单")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--blank", action="store_true", help="空白表")
    mode.add_argument("--sample", action="store_true", help="用模板的示例数据填写")
    mode.add_argument("--id", type=int, metavar="N", help="打印第 N 号记录")
    mode.add_argument("--date", metavar="YYYY-MM-DD", help="打印这一天的记录")
    p.add_argument("--full-phones", action="store_true",
                   help="从记录打印时显示完整手机号（默认打码为 138****0000）")
    p.add_argument("--out", metavar="FILE.pdf", help="输出文件（默认当前文件夹下的 表单代号.pdf）")
    # desk print weekly --week 2026-W47 [--weeks N] [--xlsx FILE] (see desk.commands.weekly)
    weekly_arguments(p)
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="周报：同时写出 Excel")
    p.set_defaults(func=run_print)


def _use_settings(args) -> None:
    """Company, project and logo come from the data folder's settings when it has them."""
    try:
        data = resolve_data_dir(args.data_dir)
    except Exception:
        return
    if data.settings_file.exists():
        use_settings_file(data)


def run_print(args) -> int:
    from desk.printing import TemplateError, list_forms, render_form  # lazy: start-up (`desk` loads every command module; bench/startup.py)
    from desk.printing.sources import SOURCES  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    if args.list:
        for info in list_forms():
            serial = f"编号 {info.serial}-年月日-序号" if info.serial else ""
            source = "可从记录打印" if info.key in SOURCES else ""
            print("\t".join(x for x in (info.key, info.title, serial, source) if x))
        return 0
    if args.form == "weekly":
        return run_print_weekly(args)
    if not args.form:
        return fail("请指定表单代号，或用 desk print --list 查看全部表单。")
    if not (args.blank or args.sample or args.id is not None or args.date):
        return fail("请选择 --blank、--sample、--id N 或 --date YYYY-MM-DD 之一。")
    out = Path(args.out) if args.out else Path.cwd() / f"{args.form}.pdf"
    warnings: list[str] = []
    try:
        if args.sample:
            _use_settings(args)
            path = render_form(args.form, out, sample=True, warnings=warnings)
        elif args.blank:
            _use_settings(args)
            path = render_form(args.form, out, blank=True, documents=_blank_documents(args), warnings=warnings)
        else:
            path = _print_records(args, out, warnings)
            if isinstance(path, int):
                return path
    except TemplateError as exc:
        return fail(str(exc))
    except NotFound as exc:
        known = {f.key for f in list_forms()}
        if args.form not in known:
            return fail(f"{exc}。用 desk print --list 查看全部表单。")
        return fail(str(exc), 3)
    except DeskError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"无法写入 {out}：{exc.strerror or exc}")
    for warning in warnings:
        print(f"注意：{warning}", file=sys.stderr)
    print(f"已生成 {path}")
    return 0


def _blank_documents(args):
    """The program's own lists for a blank form (complaint categories, prices, …) when the data
    folder has a database (a server's always does); else the template's."""
    from desk.printing.sources import BLANKS, blank_documents  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    if args.form not in BLANKS:
        return None
    try:
        data = resolve_data_dir(getattr(args, "data_dir", None), getattr(args, "db", None))
        if not data.on_server and not data.database.exists():
            return None
        open_args(args)
    except DataDirError:
        return None
    return blank_documents(Session.command_line(), args.form)


def _print_records(args, out: Path, warnings: list[str]):
    from desk.printing import load_template, render_form  # lazy: start-up (`desk` loads every command module; bench/startup.py)
    from desk.printing.sources import SOURCES, documents_for  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    template = load_template(args.form)
    if args.form not in SOURCES:
        return fail(f"表单“{template.title}”还不能从记录打印（尚无数据来源），可用 --blank 或 --sample。", 3)
    day = None
    if args.date:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            return fail(f"日期格式不对：{args.date}（应为 YYYY-MM-DD）")
    try:
        open_args(args)
    except DataDirError as exc:
        return fail(str(exc))
    try:
        documents = documents_for(Session.command_line(full_phones=args.full_phones), args.form, id=args.id, day=day)
    except NotFound as exc:
        return fail(str(exc), 1)

    def report(done, total, _text):
        if total > 1:
            print(f"\r… {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    return render_form(args.form, out, documents=documents, warnings=warnings, progress=Progress(report))
