"""The weekly report across sites (Qt-free): one column per site plus the company's total.

``sites_report(week, session, at=None) -> dict``. Each site's column is built from that site's own
weekly report (``desk.services.overview.weekly.report`` run on the site's copy at head office),
so it equals the report the site prints. The total adds up the parts (groups, people, costs,
numerators and denominators) and computes every ratio again from the sums: a ratio is never an
average of the sites' ratios.

``rows`` lists the report's lines in order: ``{"key", "label", "kind", "values": [per site…],
"total"}``; kind ``count`` (an integer), ``money`` (Decimal yuan), ``ratio`` (``{"num", "den",
"value"}``, value in per cent or None) and ``heading`` (a section title).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk.clock import now
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.services.core.money import to_money
from desk.services.core.numbers import percent
from desk.services.core.session import Session
from desk.services.headoffice.sites import scope, sites
from desk.services.overview import weekly
from desk.services.showflats.flats import DAMAGED, MISSING


def site_parts(data: dict) -> dict:
    """The additive parts of one site's weekly report (``weekly.report``'s dict)."""
    totals = data["visitors"]["totals"]
    conv = data["conversion"]
    bar = data["bar"]
    svc = data["service"]
    targets = svc["targets"]
    by_kind = data["showflats"]["by_kind"]
    return {
        "groups": totals["groups"], "people": totals["people"],
        "first_groups": conv["first_groups"], "return_groups": conv["return_groups"],
        "first_customers": conv["first_customers"], "came_back": conv["came_back"],
        "sources": {row["source"]: (row["first_customers"], row["came_back"]) for row in conv["by_source"]},
        "bar_cost": bar["cost"], "waste_cost": bar["waste_cost"],
        "damaged": by_kind.get(DAMAGED, 0), "missing": by_kind.get(MISSING, 0),
        "repairs_received": svc["repairs"]["received"],
        "on_time": (targets["repairs_on_time"]["num"], targets["repairs_on_time"]["den"]),
        "complaints_received": svc["complaints"]["received"], "complaints_closed": svc["complaints"]["closed"],
        "handled": (targets["complaints_handled"]["num"], targets["complaints_handled"]["den"]),
        "satisfaction": (targets["satisfaction"]["num"], targets["satisfaction"]["den"]),
    }


def add_parts(parts: list[dict]) -> dict:
    """The company's parts: every part summed (the sources by name)."""
    total: dict = {}
    for key in ("groups", "people", "first_groups", "return_groups", "first_customers", "came_back",
                "damaged", "missing", "repairs_received", "complaints_received", "complaints_closed"):
        total[key] = sum(p[key] for p in parts)
    for key in ("bar_cost", "waste_cost"):
        total[key] = to_money(sum((p[key] for p in parts), Decimal(0)))
    for key in ("on_time", "handled", "satisfaction"):
        total[key] = (sum(p[key][0] for p in parts), sum(p[key][1] for p in parts))
    sources: dict[str, tuple[int, int]] = {}
    for p in parts:
        for name, (first, back) in p["sources"].items():
            had = sources.get(name, (0, 0))
            sources[name] = (had[0] + first, had[1] + back)
    total["sources"] = sources
    return total


def _ratio(num, den) -> dict:
    return {"num": num, "den": den, "value": percent(num, den)}


def _lines(parts: list[dict], total: dict) -> list[dict]:
    columns = parts + [total]

    def line(key, label, kind, value):
        values = [value(p) for p in columns]
        return {"key": key, "label": label, "kind": kind, "values": values[:-1], "total": values[-1]}

    def heading(key, label):
        return {"key": key, "label": label, "kind": "heading", "values": [None] * len(parts), "total": None}

    rows = [
        heading("visitors", QT_TRANSLATE_NOOP("desk", "来访")),
        line("groups", QT_TRANSLATE_NOOP("desk", "来访组数"), "count", lambda p: p["groups"]),
        line("people", QT_TRANSLATE_NOOP("desk", "来访人数"), "count", lambda p: p["people"]),
        line("first_groups", QT_TRANSLATE_NOOP("desk", "首访（组）"), "count", lambda p: p["first_groups"]),
        line("return_groups", QT_TRANSLATE_NOOP("desk", "复访（组）"), "count", lambda p: p["return_groups"]),
        line("return_share", QT_TRANSLATE_NOOP("desk", "复访占比"), "ratio",
             lambda p: _ratio(p["return_groups"], p["first_groups"] + p["return_groups"])),
        line("conversion", QT_TRANSLATE_NOOP("desk", "首访客户 {days} 天内复访"), "ratio",
             lambda p: _ratio(p["came_back"], p["first_customers"])),
    ]
    names = sorted(total["sources"], key=lambda n: (-total["sources"][n][0], n))
    for name in names:
        rows.append(line(f"source:{name}", name, "ratio",
                         lambda p, n=name: _ratio(p["sources"].get(n, (0, 0))[1], p["sources"].get(n, (0, 0))[0])))
        rows[-1]["source"] = True
    rows += [
        heading("bar", QT_TRANSLATE_NOOP("desk", "水吧")),
        line("bar_cost", QT_TRANSLATE_NOOP("desk", "消耗成本"), "money", lambda p: p["bar_cost"]),
        line("cost_per_visitor", QT_TRANSLATE_NOOP("desk", "人均成本"), "money",
             lambda p: to_money(p["bar_cost"] / p["people"]) if p["people"] else None),
        line("waste_cost", QT_TRANSLATE_NOOP("desk", "报损金额"), "money", lambda p: p["waste_cost"]),
        heading("showflats", QT_TRANSLATE_NOOP("desk", "样板间")),
        line("damaged", QT_TRANSLATE_NOOP("desk", "损坏（件）"), "count", lambda p: p["damaged"]),
        line("missing", QT_TRANSLATE_NOOP("desk", "缺失（件）"), "count", lambda p: p["missing"]),
        heading("service", QT_TRANSLATE_NOOP("desk", "客服")),
        line("repairs_received", QT_TRANSLATE_NOOP("desk", "报修受理"), "count", lambda p: p["repairs_received"]),
        line("repairs_on_time", QT_TRANSLATE_NOOP("desk", "维修及时率"), "ratio", lambda p: _ratio(*p["on_time"])),
        line("complaints_received", QT_TRANSLATE_NOOP("desk", "投诉受理"), "count",
             lambda p: p["complaints_received"]),
        line("complaints_closed", QT_TRANSLATE_NOOP("desk", "投诉结案"), "count", lambda p: p["complaints_closed"]),
        line("complaints_handled", QT_TRANSLATE_NOOP("desk", "投诉处理率"), "ratio", lambda p: _ratio(*p["handled"])),
        line("satisfaction", QT_TRANSLATE_NOOP("desk", "满意率"), "ratio", lambda p: _ratio(*p["satisfaction"])),
    ]
    return rows


def sites_report(week, session: Session, *, at: dt.datetime | None = None) -> dict:
    """The weekly report of ``week`` ("2026-W47" or an IsoWeek) for every site and the company."""
    session.require("reports.view")
    week = weekly.parse_week(week)
    at = at or now()
    codes = sites(session)
    reports = {}
    for code in codes:
        with scope(code):
            reports[code] = weekly.report(week, session, at=at)
    parts = [site_parts(reports[code]) for code in codes]
    total = add_parts(parts)
    return {"week": week, "label": week.label, "start": week.start, "end": week.end, "at": at,
            "sites": codes, "reports": reports, "parts": parts, "total": total,
            "rows": _lines(parts, total), "window_days": weekly.RETURN_WINDOW_DAYS}
