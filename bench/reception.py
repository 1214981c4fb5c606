"""Phone lookup at registration over 100,000 customers and 300,000 visits: the program's
``visitors.lookup`` (peewee, phones masked, owner names, in-hall flag) against raw sqlite3
running the same indexed queries in the same run. Targets: at most 3x, under 30 ms.

    python bench/reception.py [--customers 100000] [--visits 300000]
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    settings.use_backend(settings.MemoryBackend())
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
    return 0 if ratio <= 3 and prog_med < 30 else 1


if __name__ == "__main__":
    sys.exit(main())
