"""The sites of a head office's database and each one's figures of today (Qt-free).

``site_today(session, code, day, at)`` is the overview page's ``today`` run on site ``code``'s copy;
``key_figures(session, day, at)`` the few figures a manager compares across sites, one row per
site and the company's total (sums; nothing averaged).
"""
from __future__ import annotations

import contextlib
import datetime as dt

from desk.db import headoffice
from desk.db.server import SiteError
from desk.services.core.errors import QT_TRANSLATE_NOOP, NotFound
from desk.services.core.session import Session
from desk.services.overview import today as overview


def sites(session: Session) -> list[str]:
    """The sites' codes, by code (SZ01, GZ02 …)."""
    session.require("reports.view")
    return headoffice.site_codes()


@contextlib.contextmanager
def scope(code: str):
    """Inside: the services read site ``code``'s copy (read-only)."""
    try:
        with headoffice.site_scope(code):
            yield
    except (headoffice.HeadOfficeError, SiteError):
        raise NotFound(QT_TRANSLATE_NOOP("desk", "总部没有站点 {code}"), code=code) from None


def site_today(session: Session, code: str, day: dt.date, *, at: dt.datetime | None = None) -> dict:
    """The overview of ``day`` at site ``code`` (the same dict as ``overview.today.today``)."""
    session.require("reports.view")
    with scope(code):
        return overview.today(day, session, at=at)


# (key, label): the columns of the 全部 page, each a sum over sites
KEY_FIGURES: list[tuple[str, str]] = [
    ("groups", QT_TRANSLATE_NOOP("desk", "来访组数")),
    ("people", QT_TRANSLATE_NOOP("desk", "来访人数")),
    ("in_hall", QT_TRANSLATE_NOOP("desk", "在场组数")),
    ("first", QT_TRANSLATE_NOOP("desk", "首访组")),
    ("return", QT_TRANSLATE_NOOP("desk", "复访组")),
    ("servings", QT_TRANSLATE_NOOP("desk", "水吧出品")),
    ("below_minimum", QT_TRANSLATE_NOOP("desk", "低于最低库存")),
    ("open_incidents", QT_TRANSLATE_NOOP("desk", "样板间未关闭事件")),
    ("open_repairs", QT_TRANSLATE_NOOP("desk", "未完工报修")),
    ("overdue_repairs", QT_TRANSLATE_NOOP("desk", "超时报修")),
    ("open_complaints", QT_TRANSLATE_NOOP("desk", "未结案投诉")),
    ("callbacks_pending", QT_TRANSLATE_NOOP("desk", "待回访")),
]


def _key_row(figures: dict) -> dict:
    r, b, s, d = (figures.get(part, {}) for part in ("reception", "bar", "showflats", "service"))
    return {
        "groups": r.get("groups", 0), "people": r.get("people", 0), "in_hall": r.get("in_hall_groups", 0),
        "first": r.get("first", 0), "return": r.get("return", 0), "servings": r.get("servings", 0),
        "below_minimum": len(b.get("below_minimum", [])), "open_incidents": s.get("open_incidents", 0),
        "open_repairs": d.get("open_repairs", 0), "overdue_repairs": d.get("overdue_repairs", 0),
        "open_complaints": d.get("open_complaints", 0), "callbacks_pending": d.get("callbacks_pending", 0),
    }


def key_figures(session: Session, day: dt.date, *, at: dt.datetime | None = None) -> dict:
    """{"day", "rows": [{"site": code, "heard": when head office last heard from it, key: value …}],
    "total": {key: sum}} for every site."""
    session.require("reports.view")
    heard = headoffice.last_receipts()
    rows = [{"site": code, "heard": heard.get(code), **_key_row(site_today(session, code, day, at=at))}
            for code in sites(session)]
    total = {key: sum(row[key] for row in rows) for key, _label in KEY_FIGURES}
    return {"day": day, "rows": rows, "total": total}
