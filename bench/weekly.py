"""Bench: the weekly report (周报) and the overview on a year of demo data. Target: the weekly
report (figures + PDF) under 2 s; the overview's figures well under 0.5 s.

Prints the total time, the share spent in queries vs rendering, and a baseline: raw sqlite3
running the report's main aggregate queries in the same run (ratio = desk queries / raw queries).

    python -m desk --data-dir /tmp/year demo --days 365      # once
    python bench/weekly.py /tmp/year [2026-W47]
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk.runtime import open_data, resolve_data_dir  # noqa: E402

ROUNDS = 5


def raw_queries(path: Path, start: dt.date, end: dt.date) -> None:
    """The report's main aggregates in plain SQL (no Decimal, no names, no carried-over lists)."""
    conn = sqlite3.connect(str(path))
    month_ago = start - dt.timedelta(days=28)
    s, e = start.isoformat(), end.isoformat()
    e_next = (end + dt.timedelta(days=1)).isoformat()
    conn.execute("SELECT day, COUNT(*), SUM(party_size) FROM visit WHERE day BETWEEN ? AND ? GROUP BY day",
                 (month_ago.isoformat(), e)).fetchall()
    conn.execute("SELECT source_id, COUNT(*), SUM(party_size) FROM visit WHERE day BETWEEN ? AND ? GROUP BY source_id",
                 (s, e)).fetchall()
    conn.execute("SELECT consultant_id, first_visit, COUNT(*), SUM(party_size) FROM visit WHERE day BETWEEN ? AND ? "
                 "GROUP BY consultant_id, first_visit", (s, e)).fetchall()
    conn.execute("SELECT staff_id, action, reason, COUNT(*) FROM rotation_log WHERE day BETWEEN ? AND ? "
                 "GROUP BY staff_id, action, reason", (s, e)).fetchall()
    for kind in ("出库", "报损"):
        conn.execute("SELECT item_id, SUM(quantity) FROM stock_entry WHERE kind = ? AND at >= ? AND at < ? "
                     "GROUP BY item_id", (kind, s, e_next)).fetchall()
    conn.execute("SELECT item_id, unit_price, quantity, received_unit FROM stock_entry WHERE kind = '入库' "
                 "AND unit_price IS NOT NULL AND at < ?", (e_next,)).fetchall()
    conn.execute("SELECT COUNT(*) FROM repair WHERE received_at >= ? AND received_at < ?", (s, e_next)).fetchall()
    conn.execute("SELECT status FROM complaint WHERE received_at >= ? AND received_at < ?", (s, e_next)).fetchall()
    conn.close()


def main() -> int:
    data = resolve_data_dir(sys.argv[1] if len(sys.argv) > 1 else None)
    open_data(data)
    from desk.db.reception import Visit
    from desk.excel.weekly import write_weekly
    from desk.printing.weekly import render_weekly
    from desk.services.overview import today as overview, weekly

    visits = Visit.select().count()
    if not visits:
        print("数据文件夹里没有来访数据：先运行 python -m desk --data-dir DIR demo --days 365")
        return 2
    week = weekly.parse_week(sys.argv[2]) if len(sys.argv) > 2 else weekly.last_complete_week()
    first = Visit.select(Visit.day).order_by(Visit.day).first().day
    print(f"数据：{visits} 组来访，自 {first} 起；周报 {week.label}（{week.start} – {week.end}）")

    render_weekly([weekly.report(week)])  # warm up: fonts, imports, page cache
    queries, renders, excels, totals, raws, overviews = [], [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            report = weekly.report(week)
            t1 = time.perf_counter()
            render_weekly([report], Path(tmp) / "周报.pdf")
            t2 = time.perf_counter()
            write_weekly(Path(tmp) / "周报.xlsx", [report])
            t3 = time.perf_counter()
            raw_queries(data.database, week.start, week.end)
            t4 = time.perf_counter()
            overview.today()
            t5 = time.perf_counter()
            queries.append(t1 - t0)
            renders.append(t2 - t1)
            excels.append(t3 - t2)
            totals.append(t2 - t0)
            raws.append(t4 - t3)
            overviews.append(t5 - t4)
    med = statistics.median
    total = med(totals)
    q, r = med(queries), med(renders)
    print(f"周报（查询 + PDF）：{total * 1000:.0f} ms（中位数，{ROUNDS} 轮）  目标 < 2000 ms  "
          f"{'达标' if total < 2 else '未达标'}")
    print(f"  查询 {q * 1000:.0f} ms（{q / (q + r):.0%}）  PDF 排版 {r * 1000:.0f} ms（{r / (q + r):.0%}）")
    print(f"  Excel {med(excels) * 1000:.0f} ms")
    print(f"  裸 sqlite3 同样的主要聚合：{med(raws) * 1000:.1f} ms，desk 查询是其 {q / med(raws):.1f} 倍")
    print(f"概览 overview.today()：{med(overviews) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
