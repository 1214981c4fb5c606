"""Reception subcommands: ``desk visits`` (a day's figures) and ``desk anonymise`` (retention)."""
from __future__ import annotations

import datetime as dt

from desk import settings
from desk.commands.core import _open, fail
from desk.runtime import DataDirError
from desk.services.core.errors import DeskError
from desk.services.core.session import Session
from desk.services.reception import figures


def register(sub) -> None:
    p = sub.add_parser("visits", help="来访统计：某天（或一段日期）的组数、人数、首访/复访、途径、顾问、时段、平均停留")
    p.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--to", help="截止日期 YYYY-MM-DD（含）")
    p.set_defaults(func=run_visits)

    p = sub.add_parser("anonymise", help="来访记录匿名化：超过 N 个月的客户删除姓名与手机号（默认只预览）")
    p.add_argument("--months", type=int, help="保留月数（默认取设置；0 为不启用）")
    p.add_argument("--run", action="store_true", help="真正执行（不可撤销）；不加时只预览")
    p.set_defaults(func=run_anonymise)


def _date(text: str | None, default: dt.date) -> dt.date:
    return dt.date.fromisoformat(text) if text else default


def run_visits(args) -> int:

    try:
        _open(args)
        day_from = _date(args.date, dt.date.today())
        day_to = _date(args.to, day_from)
    except DataDirError as exc:
        return fail(str(exc))
    except ValueError:
        return fail("日期格式应为 YYYY-MM-DD")
    f = figures.range_figures(day_from, day_to)
    dwell = f["average_dwell_minutes"]
    print(f"{day_from} 至 {day_to}：{f['groups']} 组 {f['people']} 人，首访 {f['first']}，复访 {f['return']}，"
          f"在场 {f['in_hall']}，平均停留 {dwell if dwell is not None else '-'} 分钟")
    for title, key in (("认知途径", "by_source"), ("顾问", "by_consultant"), ("时段", "by_hour"), ("意向", "by_grade")):
        print(f"{title}：" + "，".join(f"{k} {v}" for k, v in f[key].items()))
    return 0


def run_anonymise(args) -> int:
    from desk.services.reception import visitors  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        _open(args)
    except DataDirError as exc:
        return fail(str(exc))
    months = settings.get("visit_retention_months") if args.months is None else args.months
    preview = visitors.anonymise_preview(months)
    if not preview["enabled"]:
        print("未启用来访记录匿名化（保留月数为 0）。用 --months N 指定。")
        return 0
    print(f"截止 {preview['cutoff']}：{preview['customers']} 位客户将删除姓名与手机号，"
          f"{preview['visits']} 条来访清除车牌与备注；{preview['old_visits']} 条旧来访保留用于统计。")
    if not args.run:
        print("这只是预览；加 --run 执行。")
        return 0
    try:
        visitors.anonymise(Session.system(), months)
    except DeskError as exc:
        return fail(str(exc))
    print("已完成匿名化。")
    return 0
