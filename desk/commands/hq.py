"""``desk --db HQ_URL hq …``: head office, where every site's database is replicated.

    desk --db postgresql://postgres@hq/desk_hq hq add-site SZ01 postgresql://postgres@10.1.0.5/desk
    desk --db … hq sites                     # state and lag of every site
    desk --db … hq remove-site SZ01          # stop replicating; the copy stays at head office
    desk --db … hq upgrade                   # after upgrading head office's program, before the sites'
    desk --db … hq resync SZ01               # copy a site afresh (its slot was lost)
    desk --db … hq weekly --week 2026-W47 --out 周报.pdf --xlsx 周报.xlsx

Exit codes: 0 done; 1 done, but a site needs attention (hq sites, hq upgrade); 2 bad arguments or
database; 3 head office or a site refused; 4 a file could not be written.
"""
from __future__ import annotations

from pathlib import Path

from desk.commands.core import fail
from desk.commands.weekly import add_arguments as week_arguments, write_files
from desk.db.connection import close_database, open_database
from desk.db.server import SiteError
from desk.runtime import DataDirError, resolve_data_dir
from desk.services.core.errors import DeskError
from desk.services.core.session import Session
from desk.services.overview import weekly

KEEP_WAL = "4GB"  # what desk.db.headoffice keeps by default (max_slot_wal_keep_size), for the help text


def register(sub) -> None:
    p = sub.add_parser("hq", help="总部：汇总各案场（站点）的数据库（--db 为总部的 PostgreSQL 数据库）")
    hq = p.add_subparsers(dest="hq_command", metavar="命令")

    c = hq.add_parser("add-site", help="添加站点：在站点发布、在总部建副本并订阅（两边都须 PostgreSQL 15+、超级用户）")
    c.add_argument("code", metavar="CODE", help="站点代码，如 SZ01（与站点 设置 → 数据库 的站点代码相同）")
    c.add_argument("site_url", metavar="SITE_URL", help="总部服务器连站点用的地址，如 postgresql://postgres@10.1.0.5:5432/desk")
    c.add_argument("--keep-wal", metavar="SIZE",
                   help=f"总部断线时站点最多为它保留的 WAL（max_slot_wal_keep_size，默认 {KEEP_WAL}）")
    c.set_defaults(func=run_add_site)

    c = hq.add_parser("sites", help="各站点的同步状态与延迟")
    c.add_argument("--no-site", action="store_true", help="不连接站点（只看总部这边）")
    c.set_defaults(func=run_sites)

    c = hq.add_parser("remove-site", help="停止复制某站点（删除订阅，总部保留其数据）")
    c.add_argument("code", metavar="CODE")
    c.set_defaults(func=run_remove_site)

    c = hq.add_parser("upgrade", help="按本程序的版本升级总部的各站点副本，并刷新订阅（先于各站点升级）")
    c.set_defaults(func=run_upgrade)

    c = hq.add_parser("resync", help="重新同步一个站点：清空总部副本，重新订阅并全量复制（复制槽失效后）")
    c.add_argument("code", metavar="CODE")
    c.add_argument("--site-url", metavar="URL", help="站点地址（订阅已删除时须给出）")
    c.add_argument("--keep-wal", metavar="SIZE", help=f"同 add-site（默认 {KEEP_WAL}）")
    c.set_defaults(func=run_resync)

    c = hq.add_parser("weekly", help="各站点周报：每个站点一列，另加全公司合计（PDF 和/或 Excel）")
    week_arguments(c)
    c.add_argument("--out", metavar="FILE.pdf", help="PDF 输出文件")
    c.add_argument("--xlsx", metavar="FILE.xlsx", help="Excel 输出文件")
    c.set_defaults(func=run_weekly)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _url(args) -> str:
    data = resolve_data_dir(getattr(args, "data_dir", None), getattr(args, "db", None))
    if not data.on_server:
        raise DataDirError("总部命令需要总部的 PostgreSQL 数据库：desk --db postgresql://用户@主机:5432/数据库 hq …")
    return data.url


def _headoffice():
    """desk.db.headoffice, imported when an hq command runs."""
    from desk.db import headoffice  # lazy: start-up (`desk` loads every command module; bench/startup.py)

    return headoffice


def _run(work) -> int:
    headoffice = _headoffice()
    try:
        return work(headoffice)
    except DataDirError as exc:
        return fail(str(exc))
    except (headoffice.HeadOfficeError, SiteError) as exc:
        return fail(str(exc), 3)


def run_add_site(args) -> int:
    def work(headoffice):
        added = headoffice.add_site(_url(args), args.code, args.site_url,
                                    keep_wal=args.keep_wal or headoffice.DEFAULT_KEEP_WAL)
        print(f"已添加站点 {added.code}（站点数据库结构版本 {added.site_version}）。"
              + ("总部原有的副本已清空，重新从站点复制。" if added.emptied else "")
              + "正在复制站点的现有数据；用 desk hq sites 查看进度。")
        return 0
    return _run(work)


def run_remove_site(args) -> int:
    def work(headoffice):
        code = headoffice.normalize_site_code(args.code)
        slot_dropped = headoffice.remove_site(_url(args), code)
        print(f"已停止复制站点 {code}；总部保留其数据（模式 {headoffice.site_schema(code)}），不再列入汇总。")
        if not slot_dropped:
            print(f"站点连接不上：它的复制槽仍在，会一直保留 WAL（最多到 max_slot_wal_keep_size）。"
                  f"请在站点执行：SELECT pg_drop_replication_slot('{headoffice.replication_name(code)}');")
            return 1
        return 0
    return _run(work)


def run_resync(args) -> int:
    def work(headoffice):
        added = headoffice.resync(_url(args), args.code, args.site_url,
                                  keep_wal=args.keep_wal or headoffice.DEFAULT_KEEP_WAL)
        print(f"站点 {added.code} 已重新订阅：总部副本已清空，正在从站点全量复制；用 desk hq sites 查看进度。")
        return 0
    return _run(work)


def run_upgrade(args) -> int:
    def work(headoffice):
        status = 0
        for result in headoffice.upgrade_copies(_url(args)):
            what = "、".join(result.added) if result.added else "无需改动"
            line = f"{result.code}：副本 {what}"
            if result.refreshed:
                line += "；订阅已刷新"
            else:
                line += f"；订阅未能刷新（{result.message}），站点连通后再运行 desk hq upgrade"
                status = 1
            print(line)
        print("总部已就绪：现在可以升级各站点的程序。")
        return status
    return _run(work)


def size_text(n: int | None) -> str:
    if n is None:
        return "—"
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} B"


def state_words(state) -> list[str]:
    """What ``hq sites`` says about a site, most urgent first."""
    words = []
    if state.slot_lost:
        words.append(f"站点的复制槽已失效（总部断线太久，超过 max_slot_wal_keep_size）：请运行 desk hq resync {state.code}")
    if state.newer_than_head_office:
        words.append(f"site newer than head office：站点数据库结构版本 {state.version_seen} 高于总部副本 "
                     f"{state.copy_version}，请升级总部的程序后运行 desk hq upgrade")
    if state.unsubscribed:
        words.append(f"站点有新表尚未订阅（{'、'.join(state.unsubscribed[:5])}）：请运行 desk hq upgrade")
    if not state.subscribed:
        words.append("未订阅：desk hq resync " + state.code + " --site-url 站点地址")
    elif not state.enabled:
        words.append("订阅已停用")
    elif state.copying:
        total = sum(state.tables.values())
        words.append(f"正在复制初始数据（{total - state.copying}/{total} 表已完成）")
    elif state.streaming:
        words.append("正常同步")
    else:
        words.append("未连接：站点不可达或出错，总部每隔几秒重试" if state.reachable is not False
                     else f"未连接：站点连不上（{state.site_error}）；站点恢复后自动续传")
    if state.apply_errors or state.sync_errors:
        words.append(f"出错 {state.apply_errors + state.sync_errors} 次（详见总部 PostgreSQL 日志）")
    return words


def run_sites(args) -> int:
    def work(headoffice):
        states = headoffice.site_states(_url(args), ask_sites=not args.no_site)
        if not states:
            print("总部还没有站点：desk --db 总部地址 hq add-site 代码 站点地址")
            return 0
        attention = False
        for state in states:
            words = state_words(state)
            attention |= words != ["正常同步"]
            print(f"{state.code}\t" + "；".join(words))
            total = sum(state.tables.values())
            ready = state.tables.get("r", 0)
            received = f"{state.last_receipt:%Y-%m-%d %H:%M:%S}" if state.last_receipt else "—"
            print(f"\t表 {ready}/{total} 已同步；最后收到站点消息 {received}；"
                  f"副本版本 {state.copy_version}，站点版本 {state.version_seen if state.version_seen is not None else '—'}")
            if state.reachable:
                if state.slot:
                    kept = {"reserved": "正常保留", "extended": "超出 max_wal_size 仍保留",
                            "unreserved": "即将失效", "lost": "已失效"}.get(state.wal_status, state.wal_status or "—")
                    print(f"\t站点复制槽 {state.slot_name}：{'在用' if state.slot_active else '空闲'}，WAL {kept}，"
                          f"落后 {size_text(state.behind_bytes)}，失效前还可积累 {size_text(state.safe_wal_bytes)}")
                else:
                    print(f"\t站点上没有复制槽 {state.slot_name}")
            elif state.reachable is False:
                print(f"\t站点连接不上：{state.site_error}")
        return 1 if attention else 0
    return _run(work)


def run_weekly(args) -> int:
    try:
        last = weekly.parse_week(args.week) if getattr(args, "week", None) else weekly.last_complete_week()
        weeks = weekly.weeks_ending(last, args.weeks or 1)
        url = _url(args)
    except DeskError as exc:
        return fail(str(exc))
    except DataDirError as exc:
        return fail(str(exc))
    out = Path(args.out) if args.out else None
    xlsx = Path(args.xlsx) if args.xlsx else None
    if out is None and xlsx is None:
        name = weeks[0].label if len(weeks) == 1 else f"{weeks[0].label}_{weeks[-1].label}"
        out = Path.cwd() / f"各站点周报_{name}.pdf"
    try:
        database = open_database(url, migrate=False)
    except Exception as exc:  # noqa: BLE001 - peewee's OperationalError or SiteError: said in Chinese
        return fail(f"无法打开总部数据库 {_headoffice().shown(url)}：{str(exc).strip().splitlines()[0]}")
    try:
        if not database.head_office:
            return fail("这不是总部的数据库（还没有添加站点）：先运行 desk --db 总部地址 hq add-site 代码 站点地址")
        from desk.services.headoffice import weekly as hq_weekly  # lazy: start-up (`desk` loads every command module; bench/startup.py)

        session = Session.head_office()
        reports = [hq_weekly.sites_report(w, session) for w in weeks]
        if not reports[0]["sites"]:
            return fail("总部还没有站点：先运行 desk hq add-site")
        return write_files(reports, out, xlsx, across_sites=True)
    finally:
        close_database()
