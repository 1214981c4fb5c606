"""Reception subcommands: ``desk visits`` (a day's figures), ``desk funnel`` (the conversion funnel)
and ``desk anonymise`` (retention)."""
from __future__ import annotations

import datetime as dt

from desk import settings
from desk.commands.core import NoPerson, _open, add_user_argument, fail, person
from desk.runtime import DataDirError
from desk.services.core.errors import DeskError
from desk.services.reception import figures


def register(sub) -> None:
    p = sub.add_parser("visits", help="来访统计：某天（或一段日期）的组数、人数、首访/复访、途径、顾问、时段、平均停留")
    p.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--to", help="截止日期 YYYY-MM-DD（含）")
    p.set_defaults(func=run_visits)

    p = sub.add_parser("funnel", help="转化漏斗：首访客户至今的复访、认购、签约（按周、月、认知途径或顾问）")
    p.add_argument("--from", dest="day_from", metavar="D", help="首访开始日期 YYYY-MM-DD（默认最近 8 周的第一天）")
    p.add_argument("--to", dest="day_to", metavar="D", help="首访截止日期 YYYY-MM-DD（含，默认今天）")
    p.add_argument("--by", choices=["week", "month", "source", "consultant"], default="week",
                   help="分组：week 按周（默认）、month 按月、source 按认知途径、consultant 按顾问")
    p.add_argument("--as-of", metavar="D", help="统计截至哪一天 YYYY-MM-DD（默认今天）")
    p.set_defaults(func=run_funnel)

    p = sub.add_parser("anonymise", help="来访记录匿名化：超过 N 个月的客户删除姓名与手机号（默认只预览）")
    p.add_argument("--months", type=int, help="保留月数（默认取设置；0 为不启用）")
    p.add_argument("--run", action="store_true", help="真正执行（不可撤销；须 --user 指定有权限的员工）；不加时只预览")
    add_user_argument(p, "--run ")
    p.set_defaults(func=run_anonymise)


def _date(text: str | None, default: dt.date) -> dt.date:
    return dt.date.fromisoformat(text) if text else default


def run_visits(args) -> int:

    try:
        _open(args, check=True)
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


FUNNEL_HEADERS = {"week": "首访周", "month": "首访月", "source": "认知途径", "consultant": "顾问"}


def run_funnel(args) -> int:
    from desk.services.reception import funnel  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        _open(args, check=True)  # figures are never read from a damaged database (as `desk visits`)
        today = dt.date.today()
        day_to = _date(args.day_to, today)
        monday = day_to - dt.timedelta(days=day_to.weekday())
        day_from = _date(args.day_from, monday - dt.timedelta(weeks=7))
        as_of = _date(args.as_of, today)
    except DataDirError as exc:
        return fail(str(exc))
    except ValueError:
        return fail("日期格式应为 YYYY-MM-DD")
    try:
        result = funnel.funnel(day_from, day_to, as_of=as_of)
    except DeskError as exc:
        return fail(str(exc))

    def pct(value) -> str:
        return "-" if value is None else f"{value}%"

    t = result.total
    print(f"{day_from} 至 {day_to} 首访客户 {t.first} 位：复访 {t.returned}（{pct(t.return_rate)}），"
          f"认购 {t.subscribed}（{pct(t.subscribe_rate)}），签约 {t.signed}（{pct(t.sign_rate)}），"
          f"退订 {t.withdrawn}；统计截至 {as_of}")
    print("\t".join([FUNNEL_HEADERS[args.by], "首访", "复访", "复访率", "认购", "认购率", "签约", "签约率", "退订"]))
    for r in getattr(result, f"by_{args.by}"):
        print("\t".join(str(x) for x in (r.key, r.first, r.returned, pct(r.return_rate), r.subscribed,
                                          pct(r.subscribe_rate), r.signed, pct(r.sign_rate), r.withdrawn)))
    return 0


def run_anonymise(args) -> int:
    from desk.services.reception import visitors  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    try:
        _open(args, check=True)
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
        visitors.anonymise(person(args, "settings.edit", "匿名化"), months)
    except (DeskError, NoPerson) as exc:
        return fail(str(exc))
    print("已完成匿名化。")
    return 0
