"""``desk weekly`` (and ``desk print weekly``): the managers' weekly report as PDF and/or Excel.

    desk weekly --week 2026-W47 --out 周报.pdf [--xlsx 周报.xlsx]
    desk weekly --weeks 4 --out 近四周.pdf          # the 4 weeks ending with --week (default: last week)
    desk print weekly --week 2026-W47 --out FILE.pdf

Exit codes: 0 written; 2 bad arguments or data folder; 4 the file could not be written.
"""
from __future__ import annotations

from pathlib import Path

from desk.commands.core import fail
from desk.runtime import DataDirError, open_args
from desk.services.core.errors import DeskError
from desk.services.core.session import Session
from desk.services.overview import weekly


def add_arguments(p) -> None:
    p.add_argument("--week", metavar="YYYY-Www", help="ISO 周，如 2026-W47（默认：上一个完整的周）")
    p.add_argument("--weeks", type=int, default=1, metavar="N", help="连续 N 周（以 --week 为最后一周）合成一份")


def register(sub) -> None:
    p = sub.add_parser("weekly", help="周报：PDF 和/或 Excel（--week 2026-W47 --out 周报.pdf --xlsx 周报.xlsx）")
    add_arguments(p)
    p.add_argument("--out", metavar="FILE.pdf", help="PDF 输出文件")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="Excel 输出文件")
    p.set_defaults(func=run_weekly)


def run_weekly(args) -> int:

    try:
        last = weekly.parse_week(args.week) if getattr(args, "week", None) else weekly.last_complete_week()
        weeks = weekly.weeks_ending(last, 1 if getattr(args, "weeks", None) is None else args.weeks)
    except DeskError as exc:
        return fail(str(exc))
    out = Path(args.out) if getattr(args, "out", None) else None
    xlsx = Path(args.xlsx) if getattr(args, "xlsx", None) else None
    if out is None and xlsx is None:
        name = weeks[0].label if len(weeks) == 1 else f"{weeks[0].label}_{weeks[-1].label}"
        out = Path.cwd() / f"周报_{name}.pdf"
    try:
        open_args(args)
    except DataDirError as exc:
        return fail(str(exc))
    session = Session.system()
    reports = [weekly.report(w, session) for w in weeks]
    try:
        if out is not None:
            from desk.printing.weekly import render_weekly  # lazy: start-up (`desk` loads every command module; bench/startup.py)

            print(f"已生成 {render_weekly(reports, out)}")
        if xlsx is not None:
            from desk.excel.weekly import write_weekly  # lazy: start-up (`desk` loads every command module; bench/startup.py)

            print(f"已生成 {write_weekly(xlsx, reports)}")
    except DeskError as exc:
        return fail(str(exc), 4)
    except OSError as exc:
        return fail(f"无法写入文件：{exc.strerror or exc}", 4)
    return 0


def run_print_weekly(args) -> int:
    """The ``desk print weekly`` hook: the same as ``desk weekly`` (PDF unless --xlsx only)."""
    return run_weekly(args)

