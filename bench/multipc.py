"""Several PCs on one PostgreSQL server: N = 1, 2, 4, 8 processes each registering visits (the
rotation picks the consultant) and booking a drink for each group out of the water-bar stock, all
at once, in two rounds: saturation (each PC's next group as soon as the last is done: throughput,
and the most the locks are tried) and paced (each PC a group every ``--pace`` seconds: the latency a
person at a PC meets, target under 50 ms p95). Prints per N the throughput, p50/p95 latency per
operation, and the two numbers that must be 0: lost updates (stock balance vs journal vs batches)
and double turns (a consultant given two groups in a row while others were free). Then, in the
same run, the latency of a phone lookup and of a booking on the server against the same on SQLite
(target ≤ 3x; every operation under 50 ms p95 on localhost), and the time from a registration's
commit to another connection reading its NOTIFY (target < 1 s).

    python bench/multipc.py --db postgresql://postgres@127.0.0.1:5432/desk_bench [--ops 60] [--pace 0.25]

The server database may hold other data: the bench works in a schema of its own, dropped at the end.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONSULTANTS = [("60", "张磊"), ("61", "杨帆"), ("62", "黄晓燕"), ("63", "刘洋"), ("64", "周婷")]
DRINKS = ["龙井", "咖啡", "矿泉水", "橙汁"]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else float("nan")


# -- one PC ---------------------------------------------------------------------------------------
def pc(target: str, ops: int, seed: int, pace: float = 0.0) -> None:
    """A worker: waits for 'go', then registers ``ops`` groups and books a drink for each: one group
    every ``pace`` seconds (from a random moment in the first), or one after the other when 0."""
    import random

    from desk.db.connection import open_database
    from desk.db.core import Staff
    from desk.services.bar import stock
    from desk.services.core.session import Session
    from desk.services.reception import visitors

    open_database(target)
    host = Session.for_staff(Staff.get(Staff.code == "10"))
    bar = Session.for_staff(Staff.get(Staff.code == "20"))
    items = [i.id for i in stock.active_items()]
    rng = random.Random(seed)
    timings: dict[str, list[float]] = {"register": [], "serve": []}
    print("ready", flush=True)
    sys.stdin.readline()
    start = time.perf_counter()
    offset = rng.uniform(0, pace)
    for n in range(ops):
        if pace:
            time.sleep(max(0.0, start + offset + n * pace - time.perf_counter()))
        phone = f"139{seed:02d}{n:06d}"
        t = time.perf_counter()
        visit = visitors.register_visit(host, visitors.Registration(phone=phone, surname="王", title="先生"))
        timings["register"].append(time.perf_counter() - t)
        t = time.perf_counter()
        stock.book_serving(bar, rng.choice(items), 1, ref_type="visit", ref_id=visit.id)
        timings["serve"].append(time.perf_counter() - t)
    print(json.dumps({"seconds": time.perf_counter() - start, **timings}), flush=True)


# -- the site ---------------------------------------------------------------------------------------
def prepare(target: str) -> None:
    from desk.db.connection import close_database, open_database
    from desk.db.core import Staff
    from desk.services.bar import stock
    from desk.services.core.session import Session
    from desk.services.core.staff import hash_pin

    open_database(target)
    pin = hash_pin("1234")
    Staff.create(code="10", name="陈静", roles="reception", pin_hash=pin)
    Staff.create(code="20", name="赵敏", roles="bar,supervisor", pin_hash=pin)
    for code, name in CONSULTANTS:
        Staff.create(code=code, name=name, roles="consultant", pin_hash=pin)
    admin = Session.system()
    for name in DRINKS:
        item = stock.save_item(admin, name=name, category="饮料", unit="份")
        stock.receive(admin, item.id, 100_000, _signed=True)
    close_database()


def check(target: str) -> tuple[int, int]:
    """(lost updates, double turns) in the database after a run."""
    from decimal import Decimal

    from desk.db.bar import StockBatch
    from desk.db.connection import close_database, open_database
    from desk.db.reception import RotationLog
    from desk.services.bar import stock

    open_database(target)
    levels, journal = stock.stock_levels(), stock.journal_levels()
    lost = 0
    for item_id, level in levels.items():
        batches = sum((b.remaining for b in StockBatch.select().where(StockBatch.item == item_id)), Decimal(0))
        lost += abs(Decimal(level) - Decimal(journal.get(item_id, 0))) + abs(Decimal(level) - batches)
    turns = [r.staff_id for r in RotationLog.select().where(RotationLog.action == "assign").order_by(RotationLog.id)]
    double = sum(1 for a, b in zip(turns, turns[1:]) if a == b)
    close_database()
    return int(lost), double


def run_pcs(target: str, n: int, ops: int, pace: float = 0.0) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, __file__, "--pc", target, "--ops", str(ops), "--seed", str(i),
                               "--pace", str(pace)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env) for i in range(n)]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    start = time.perf_counter()
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = [json.loads(p.communicate(timeout=1800)[0].strip().splitlines()[-1]) for p in procs]
    wall = time.perf_counter() - start
    merged = {k: [v for o in outs for v in o[k]] for k in ("register", "serve")}
    return {"wall": wall, **merged}


# -- server vs file ---------------------------------------------------------------------------------
def single_latencies(target: str, runs: int) -> dict[str, list[float]]:
    """One PC alone: a phone lookup (4 digits, as typed) and a booking, ``runs`` times each, on a
    database with 5,000 customers."""
    import random

    from desk.db.base import db
    from desk.db.connection import close_database, open_database
    from desk.db.core import Staff
    from desk.db.reception import Customer
    from desk.services.bar import stock
    from desk.services.core.session import Session
    from desk.services.reception import visitors

    open_database(target)
    rng = random.Random(7)
    with db.atomic():
        Customer.insert_many([{"surname": "李", "title": "女士", "phone": p, "phone_rev": p[::-1],
                               "created_at": dt.datetime(2026, 1, 1)}
                              for p in (f"13{rng.randrange(10**9):09d}" for _ in range(5000))]).execute()
    bar = Session.for_staff(Staff.get(Staff.code == "20"))
    me = Session.for_staff(Staff.get(Staff.code == "10"))
    item = stock.active_items()[0].id
    out: dict[str, list[float]] = {"lookup": [], "booking": []}
    for _ in range(runs):
        digits = f"13{rng.randrange(100):02d}"
        t = time.perf_counter()
        visitors.lookup(me, digits)
        out["lookup"].append(time.perf_counter() - t)
        t = time.perf_counter()
        stock.book_serving(bar, item, 1)
        out["booking"].append(time.perf_counter() - t)
    close_database()
    return out


def arrival_latency(target: str, runs: int = 20) -> list[float]:
    """Seconds from a registration's commit on one connection to its NOTIFY read on another's socket."""
    import select

    from desk.db.connection import close_database, open_database
    from desk.db.core import Staff
    from desk.db.server import ChangeListener
    from desk.services.core.session import Session
    from desk.services.reception import visitors

    open_database(target)
    host = Session.for_staff(Staff.get(Staff.code == "10"))
    other = ChangeListener(target)
    out = []
    for n in range(runs):
        visitors.register_visit(host, visitors.Registration(phone=f"13700{n:06d}", surname="赵", title="女士"))
        committed = time.perf_counter()
        while not any(topic == "hall" for topic, _id in other.pending()):
            select.select([other.fileno()], [], [], 1.0)
        out.append(time.perf_counter() - committed)
    other.close()
    close_database()
    return out


def fresh_schema(url: str) -> tuple[str, callable]:
    from desk.db.server import load_driver

    psycopg = load_driver()
    name = f"bench_{os.getpid()}_{int(time.time() * 1000) % 10**8}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')

    def drop():
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')

    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{name}", drop


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("DESK_BENCH_DB"),
                        help="a PostgreSQL database to work in (or DESK_BENCH_DB)")
    parser.add_argument("--ops", type=int, default=60, help="groups each PC registers (default 60)")
    parser.add_argument("--pcs", default="1,2,4,8")
    parser.add_argument("--runs", type=int, default=200, help="lookups and bookings for the ratio")
    parser.add_argument("--pc", help=argparse.SUPPRESS)
    parser.add_argument("--pace", type=float, default=0.25,
                        help="the paced round: seconds between a PC's groups (default 0.25)")
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pc:
        pc(args.pc, args.ops, args.seed, args.pace)
        return 0
    if not args.db:
        parser.error("give a PostgreSQL database: --db postgresql://… (or DESK_BENCH_DB)")
    from desk import settings

    settings.use_backend(settings.MemoryBackend())
    worst_p95 = 0.0
    failed = False
    rounds = (
        (0.0, "Saturation: every PC registers its next group as soon as the last is done. The time per "
              "registration is\nmostly waiting (for the CPU, and for the day's rotation, taken one PC at a "
              "time): about PCs / throughput."),
        (args.pace, f"Paced: each PC registers a group every {args.pace:g} s ({1 / args.pace:g} a second per PC; "
                    f"a busy sales center sees one a minute).\nTarget: every operation under 50 ms p95."),
    )
    for pace, title in rounds:
        print(title)
        print(f"{'PCs':>3} {'groups/s':>9} {'register p50/p95 ms':>20} {'serve p50/p95 ms':>17} "
              f"{'lost updates':>12} {'double turns':>12}")
        for n in [int(x) for x in args.pcs.split(",")]:
            target, drop = fresh_schema(args.db)
            try:
                prepare(target)
                result = run_pcs(target, n, args.ops, pace)
                lost, double = check(target)
            finally:
                drop()
            reg, serve = result["register"], result["serve"]
            if pace:
                worst_p95 = max(worst_p95, pct(reg, 0.95), pct(serve, 0.95))
            failed |= bool(lost or double)
            print(f"{n:>3} {len(reg) / result['wall']:>9.1f} {ms(pct(reg, .5)):>9}/{ms(pct(reg, .95)):<10} "
                  f"{ms(pct(serve, .5)):>8}/{ms(pct(serve, .95)):<8} {lost:>12} {double:>12}")
        print()

    target, drop = fresh_schema(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            prepare(target)
            on_server = single_latencies(target, args.runs)
            arrivals = arrival_latency(target)
        finally:
            drop()
        sqlite_file = str(Path(tmp) / "desk.db")
        prepare(sqlite_file)
        on_file = single_latencies(sqlite_file, args.runs)
    print(f"{'one PC':<8} {'server p50/p95 ms':>18} {'SQLite p50/p95 ms':>18} {'ratio (p50)':>11}")
    for key, label in (("lookup", "lookup"), ("booking", "booking")):
        s, f = on_server[key], on_file[key]
        worst_p95 = max(worst_p95, pct(s, 0.95))
        print(f"{label:<8} {ms(pct(s, .5)):>8}/{ms(pct(s, .95)):<9} {ms(pct(f, .5)):>8}/{ms(pct(f, .95)):<9} "
              f"{pct(s, .5) / pct(f, .5):>10.1f}x")
    print(f"\nworst p95, paced and one PC: {ms(worst_p95)} ms (target < 50 ms); lost updates and double turns: "
          f"{'none' if not failed else 'FOUND'}")
    print(f"a registration seen on another PC's connection (NOTIFY): p50 {ms(pct(arrivals, .5))} ms, "
          f"p95 {ms(pct(arrivals, .95))} ms (target < 1 s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
