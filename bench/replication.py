"""Head office by logical replication: how fast a site's records reach head office, and how long
head office takes to catch up after an outage of one hour of a busy Saturday's writes.

The bench starts two throw-away clusters on free local ports (a site and a head office,
``bench/pgcluster.py``; as the postgres user when run as root), fills the site through the services
and adds it with ``desk hq add-site``. Then:

1. live: N groups registered and served at the site while head office is up; rows per second
   replicated (rows written / time from the first write until head office has them all) and the
   lag after the last write;
2. outage: head office stopped, one hour of a busy Saturday written at the site (``--groups`` groups,
   each registered, served a drink per guest and seen off: the services' rows, journal and audit
   included), head office started again; the catch-up time (from head office being up until it
   holds every row) against the target of a minute, and rows per second while catching up;
3. the same row count as bare INSERTs into one table, published and subscribed alone, through the
   same outage: the bare library's catch-up, printed beside ours with the ratio.

    python bench/replication.py [--groups 120] [--live 60]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pgcluster import Clusters, missing, wait_until  # noqa: E402

TARGET_SECONDS = 60
TIMEOUT = 600  # the most a catch-up may take before the bench gives up


def _connect(url: str, **kwargs):
    from desk.db.server import load_driver

    return load_driver().connect(url, connect_timeout=5, **kwargs)


def total_rows(url: str, schema: str) -> int:
    with _connect(url) as conn:
        tables = [t for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,))]
        return sum(conn.execute(f'SELECT COUNT(*) FROM "{schema}"."{t}"').fetchone()[0] for t in tables)


def fingerprint(url: str, schema: str) -> dict[str, int]:
    with _connect(url) as conn:
        tables = [t for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,))]
        return {t: conn.execute(f'SELECT COUNT(*), COALESCE(SUM(hashtext(x::text)), 0) FROM "{schema}"."{t}" x')
                .fetchone() for t in tables}


def same_at_head_office(site: str, hq: str, schema: str) -> bool:
    return fingerprint(site, schema) == fingerprint(hq, schema)


def prepare_site(url: str) -> None:
    from desk.db.connection import close_database, open_database
    from desk.db.core import Staff
    from desk.services.bar import stock
    from desk.services.core.session import Session

    open_database(url, site="SZ01")
    Staff.create(code="10", name="陈静", roles="reception")
    for code, name in (("60", "张磊"), ("61", "杨帆"), ("62", "黄晓燕"), ("63", "刘洋")):
        Staff.create(code=code, name=name, roles="consultant")
    admin = Session.system()
    for name in ("龙井", "咖啡", "矿泉水", "橙汁"):
        item = stock.save_item(admin, name=name, category="饮料", unit="份")
        stock.receive(admin, item.id, 100_000, _signed=True)
    close_database()


def busy_hour(url: str, groups: int, seed: int, start: dt.datetime) -> float:
    """``groups`` groups in one hour (timestamps spread over it), written as fast as the services go:
    registered, a drink booked per guest, seen off. Returns the seconds the writes took."""
    import random

    from desk.db.connection import close_database, open_database
    from desk.db.core import Staff
    from desk.services.bar import stock
    from desk.services.core.session import Session
    from desk.services.reception import hall, visitors

    rng = random.Random(seed)
    open_database(url, site="SZ01")
    host = Session.for_staff(Staff.get(Staff.code == "10"))
    items = [i.id for i in stock.active_items()]
    began = time.perf_counter()
    for n in range(groups):
        at = start + dt.timedelta(seconds=3600 * n / groups)
        visit = visitors.register_visit(host, visitors.Registration(
            phone=f"13{seed:01d}{n:08d}", surname="王", title="先生", party_size=rng.randint(1, 5)), at=at)
        for _guest in range(visit.party_size):
            stock.book_serving(host, rng.choice(items), 1, ref_type="visit", ref_id=visit.id,
                               at=at + dt.timedelta(minutes=3))
        hall.depart(host, visit.id, at=at + dt.timedelta(minutes=40))
    took = time.perf_counter() - began
    close_database()
    return took


def bare_rows(url: str, rows: int) -> None:
    with _connect(url, autocommit=True) as conn:
        with conn.transaction():
            conn.execute("INSERT INTO bare.item (payload) SELECT 'row ' || g FROM generate_series(1, %s) g", (rows,))


def caught_up_after_outage(hq, site_url: str, hq_url: str, schema: str, write) -> tuple[float, float]:
    """Stop head office, ``write()``, start it again. (seconds until head office holds every row,
    counted from it being up again; seconds the start itself took)."""
    hq.stop()
    write()
    began = time.perf_counter()
    hq.start()
    up = time.perf_counter()
    wait_until(lambda: same_at_head_office(site_url, hq_url, schema), TIMEOUT, 0.05, "catch-up")
    return time.perf_counter() - up, up - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=120,
                        help="groups in the busy hour written during the outage (default 120: twice a busy Saturday's peak)")
    parser.add_argument("--live", type=int, default=60, help="groups written while head office is up (default 60)")
    args = parser.parse_args()
    reason = missing()
    if reason:
        print(f"cannot run: {reason}")
        return 2
    from desk import settings
    from desk.cli import main as desk

    settings.use_backend(settings.MemoryBackend())
    clusters = Clusters(prefix="desk-bench-replication-")
    try:
        site, hq = clusters.start("site"), clusters.start("hq")
        for cluster in (site, hq):
            with _connect(cluster.url(), autocommit=True) as conn:
                conn.execute("CREATE DATABASE desk")
                conn.execute("CREATE DATABASE bare")
        site_url, hq_url = site.url("desk"), hq.url("desk")
        schema = "site_sz01"
        prepare_site(site_url)
        with tempfile.TemporaryDirectory() as folder:
            if desk(["--data-dir", folder, "--db", hq_url, "hq", "add-site", "SZ01", site_url]) != 0:
                return 1
        wait_until(lambda: same_at_head_office(site_url, hq_url, schema), TIMEOUT, 0.2, "the first copy")

        # 1. live
        before = total_rows(site_url, schema)
        began = time.perf_counter()
        wrote = busy_hour(site_url, args.live, 1, dt.datetime(2026, 11, 21, 9))
        last_write = time.perf_counter()
        wait_until(lambda: same_at_head_office(site_url, hq_url, schema), TIMEOUT, 0.05, "live")
        done = time.perf_counter()
        live_rows = total_rows(site_url, schema) - before

        # 2. outage: one busy hour written while head office is down
        before = total_rows(site_url, schema)
        write_time = {}

        def outage_writes():
            write_time["s"] = busy_hour(site_url, args.groups, 2, dt.datetime(2026, 11, 21, 14))

        catch_up, start_time = caught_up_after_outage(hq, site_url, hq_url, schema, outage_writes)
        outage_rows = total_rows(site_url, schema) - before

        # 3. the bare library: the same rows into one table, published and subscribed alone
        with _connect(site.url("bare"), autocommit=True) as conn:
            conn.execute("CREATE SCHEMA bare")
            conn.execute("CREATE TABLE bare.item (id serial PRIMARY KEY, payload text)")
            conn.execute("CREATE PUBLICATION bare FOR TABLES IN SCHEMA bare")
        with _connect(hq.url("bare"), autocommit=True) as conn:
            conn.execute("CREATE SCHEMA bare")
            conn.execute("CREATE TABLE bare.item (id integer PRIMARY KEY, payload text)")
            conn.execute(f"CREATE SUBSCRIPTION bare CONNECTION 'host=127.0.0.1 port={site.port} user=postgres "
                         "dbname=bare' PUBLICATION bare")
        wait_until(lambda: same_at_head_office(site.url("bare"), hq.url("bare"), "bare"), TIMEOUT, 0.1, "bare copy")
        bare_catch_up, _ = caught_up_after_outage(hq, site.url("bare"), hq.url("bare"), "bare",
                                                  lambda: bare_rows(site.url("bare"), outage_rows))
    finally:
        clusters.stop_all()

    print(f"PostgreSQL {os.path.basename(os.path.dirname(str(clusters.bin)))}, localhost, two clusters "
          f"(a site and head office; {os.cpu_count()} cores)")
    print(f"live:    {args.live} groups, {live_rows} rows written in {wrote:.1f} s; at head office "
          f"{done - began:.1f} s after the first write ({live_rows / (done - began):,.0f} rows/s), "
          f"{(done - last_write) * 1000:.0f} ms after the last")
    print(f"outage:  one busy hour = {args.groups} groups, {outage_rows} rows (written in {write_time['s']:.1f} s "
          f"while head office was down)")
    print(f"         head office up in {start_time:.1f} s, then caught up in {catch_up:.2f} s "
          f"({outage_rows / catch_up:,.0f} rows/s); target under {TARGET_SECONDS} s: "
          + ("met" if catch_up + start_time < TARGET_SECONDS else "MISSED"))
    print(f"bare:    {outage_rows} rows into one table, same outage: caught up in {bare_catch_up:.2f} s "
          f"({outage_rows / bare_catch_up:,.0f} rows/s)")
    print(f"ratio:   {catch_up / bare_catch_up:.1f}x the bare library's catch-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
