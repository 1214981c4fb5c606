"""Phone lookup at registration over 100,000 customers and 300,000 visits: the program's
``visitors.lookup`` (peewee, phones masked, owner names, in-hall flag) against raw sqlite3
running the same indexed queries in the same run. Targets: at most 3x, under 30 ms.

The conversion funnel over a year of demo data (visits, talks, follow-ups, 认购 and 签约 as
``desk demo --days 365`` makes them): ``funnel.funnel`` for the year's first visits, grouped by
week, month, 认知途径 and consultant, against one bare SQL statement (sqlite3) computing the same
per-customer flags and grouping them. Target: under 300 ms.

    python bench/reception.py [--customers 100000] [--visits 300000] [--funnel-days 365] [--skip-lookup]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk import settings  # noqa: E402
from desk.db.connection import open_database  # noqa: E402


def build(path: Path, n_customers: int, n_visits: int, rng: random.Random) -> list[str]:
    from desk.db.core import Staff

    open_database(path)
    for i in range(6):
        Staff.create(code=f"6{i}", name=f"顾问{i}", roles="consultant")
    con = sqlite3.connect(path)
    phones, seen = [], set()
    while len(phones) < n_customers:
        p = rng.choice(["138", "139", "186", "150", "177", "199"]) + f"{rng.randrange(10**8):08d}"
        if p not in seen:
            seen.add(p)
            phones.append(p)
    base = dt.datetime(2025, 1, 1, 9)
    con.executemany(
        "INSERT INTO customer (id, surname, title, phone, phone_rev, home_district, work_district, age_band, owner_id,"
        " last_contact_at, last_grade, visit_count, anonymised, created_at) VALUES (?,?,?,?,?,'','','',?,?,?,3,0,?)",
        [(i + 1, "王", "先生", p, p[::-1], rng.randint(1, 6), str(base + dt.timedelta(minutes=i)), "B", str(base))
         for i, p in enumerate(phones)])
    rows = []
    for v in range(n_visits):
        at = base + dt.timedelta(minutes=v)
        rows.append((rng.randint(1, n_customers), str(at.date()), str(at), str(at + dt.timedelta(minutes=40))
                     if v < n_visits - 20 else None, rng.randint(1, 5)))
    con.executemany("INSERT INTO visit (customer_id, day, arrived_at, departed_at, party_size, company, first_visit,"
                    " transport, plate, needs, grade, notes, consultant_id, assignment, location)"
                    " VALUES (?,?,?,?,?,'独自',0,'','','','B','',1,'assign','沙盘')", rows)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return phones


def raw_lookup(con: sqlite3.Connection, digits: str, limit: int = 20):
    """The same indexed statement the program runs, with no ORM and no masking."""
    from desk.services.reception.visitors import LOOKUP_SQL

    r = digits[::-1]
    return con.execute(LOOKUP_SQL, (digits, digits + ":", limit, r, r + ":", limit)).fetchall()


def timed(fn, queries, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        for q in queries:
            t = time.perf_counter()
            fn(q)
            samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), max(samples)


# The same funnel as ``funnel.funnel`` in one statement: each first-visit customer of the span with
# their flags (came back, subscribed and not withdrawn, signed, withdrawn), grouped by week, month,
# source and consultant (the rows are then summed per grouping, a few hundred of them).
FUNNEL_SQL = """
WITH cohort AS (
    SELECT customer_id, MIN(day) AS day, source_id, consultant_id FROM visit
    WHERE first_visit = 1 AND day >= :start AND day <= :end GROUP BY customer_id),
subs AS (
    SELECT customer_id, MAX(withdrawn_at IS NULL OR withdrawn_at >= :cut) AS live FROM subscription
    WHERE day <= :as_of AND status IN ('approved', 'withdrawn') AND decided_at < :cut
      AND customer_id IN (SELECT customer_id FROM cohort) GROUP BY customer_id),
flags AS (
    SELECT c.day, c.source_id, c.consultant_id,
           EXISTS (SELECT 1 FROM visit v WHERE v.customer_id = c.customer_id AND v.first_visit = 0
                   AND v.day <= :as_of) AS ret,
           COALESCE(s.live, 0) AS sub, COALESCE(s.live = 0, 0) AS wd,
           EXISTS (SELECT 1 FROM contract k WHERE k.customer_id = c.customer_id AND k.day <= :as_of
                   AND k.status = 'approved' AND k.decided_at < :cut) AS sign
    FROM cohort c LEFT JOIN subs s ON s.customer_id = c.customer_id)
SELECT strftime('%Y-%W', day), strftime('%Y-%m', day), source_id, consultant_id,
       COUNT(*), SUM(ret), SUM(sub), SUM(sign), SUM(wd)
FROM flags GROUP BY 1, 2, 3, 4
"""


def raw_funnel(con: sqlite3.Connection, start: dt.date, end: dt.date, as_of: dt.date) -> dict:
    cut = str(dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time()))
    groups: dict[str, dict] = {"week": {}, "month": {}, "source": {}, "consultant": {}}
    for week, month, source, consultant, *counts in con.execute(
            FUNNEL_SQL, {"start": str(start), "end": str(end), "as_of": str(as_of), "cut": cut}):
        for group, key in (("week", week), ("month", month), ("source", source), ("consultant", consultant)):
            row = groups[group].setdefault(key, [0] * 5)
            for i, n in enumerate(counts):
                row[i] += n
    return groups


def bench_funnel(days: int, repeat: int) -> tuple[float, float]:
    """A year of demo data (reception and the customer cycle only), then both funnels."""
    from desk.db.connection import close_database
    from desk.services import demo
    from desk.services.core.session import Session
    from desk.services.reception import funnel
    from desk.services.reception.demo import demo_customer_cycle, demo_reception

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        t = time.perf_counter()
        open_database(path)
        ctx = demo.DemoContext(days=days, rng=random.Random(20261123), session=Session.system())
        for step in (demo.demo_staff, demo_reception, demo_customer_cycle):
            demo.run_step(step, ctx)
        today = ctx.today
        start = today - dt.timedelta(days=days - 1)
        print(f"demo data for {days} days in {time.perf_counter() - t:.1f} s")
        con = sqlite3.connect(path)
        result = funnel.funnel(start, today, as_of=today)  # warm both caches, and check they agree
        raw = raw_funnel(con, start, today, today)
        assert sum(r[0] for r in raw["month"].values()) == result.total.first
        assert sum(r[3] for r in raw["month"].values()) == result.total.signed
        samples, raw_samples = [], []
        for _ in range(repeat):
            t = time.perf_counter()
            funnel.funnel(start, today, as_of=today)
            samples.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            raw_funnel(con, start, today, today)
            raw_samples.append((time.perf_counter() - t) * 1000)
        con.close()
        close_database()
        tot = result.total
        print(f"funnel of {tot.first:,} first-visit customers: {tot.returned:,} came back, {tot.subscribed} 认购, "
              f"{tot.signed} 签约, {tot.withdrawn} 退订")
        return statistics.median(samples), statistics.median(raw_samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--funnel-days", type=int, default=365)
    parser.add_argument("--skip-lookup", action="store_true", help="only the funnel")
    args = parser.parse_args()
    settings.use_backend(settings.MemoryBackend())
    ok = True
    if not args.skip_lookup:
        ok = bench_lookup(args)
    prog, raw = bench_funnel(args.funnel_days, args.repeat)
    print(f"program funnel: median {prog:.0f} ms; bare SQL (sqlite3): median {raw:.0f} ms; "
          f"ratio {prog / raw:.2f}x; target < 300 ms")
    return 0 if ok and prog < 300 else 1


def bench_lookup(args) -> bool:
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        t = time.perf_counter()
        phones = build(path, args.customers, args.visits, rng)
        print(f"built {args.customers:,} customers and {args.visits:,} visits in {time.perf_counter() - t:.1f} s")
        from desk.services.reception import visitors
        from desk.services.core.session import Session

        session = Session(None, "前台", ("reception",), frozenset({"reception.register"}))
        sample = rng.sample(phones, 50)
        queries = [p[:4] for p in sample[:15]] + [p[-4:] for p in sample[15:30]] + [p[:7] for p in sample[30:40]] \
            + sample[40:]
        con = sqlite3.connect(path)
        for q in queries[:5]:  # warm both caches
            visitors.lookup(session, q)
            raw_lookup(con, q)
        assert len(visitors.lookup(session, sample[-1])) >= 1
        prog_med, prog_max = timed(lambda q: visitors.lookup(session, q), queries, args.repeat)
        raw_med, raw_max = timed(lambda q: raw_lookup(con, q), queries, args.repeat)
        con.close()
    ratio = prog_med / raw_med if raw_med else float("inf")
    print(f"program lookup: median {prog_med:.2f} ms, max {prog_max:.2f} ms")
    print(f"raw sqlite3:    median {raw_med:.2f} ms, max {raw_max:.2f} ms")
    print(f"ratio {ratio:.2f}x (target <= 3x); absolute {prog_med:.2f} ms (target < 30 ms)")
    return ratio <= 3 and prog_med < 30


if __name__ == "__main__":
    sys.exit(main())
