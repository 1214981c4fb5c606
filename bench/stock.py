"""Booking one serving and reading every item's stock level, on a journal of 200,000 entries,
against raw sqlite3 doing the equivalent insert and aggregate in the same run.

    python bench/stock.py [--entries 200000] [--runs 300]

Sales Desk: ``stock.book_serving`` (permission check, item, balance, oldest batch, entry, batch and
balance update, one transaction) then ``stock.stock_levels()`` (the running balances).
Raw: one INSERT into the journal in a transaction, then ``SELECT item_id, SUM(quantity) … GROUP BY``.
Both on their own copy of the same database file, same pragmas (WAL, synchronous=FULL).
Targets: ratio ≤ 3x, under 50 ms per booking.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk import settings  # noqa: E402
from desk.db.base import PRAGMAS  # noqa: E402
from desk.db.connection import close_database, open_database  # noqa: E402


def build(path: Path, entries: int) -> list[int]:
    """A database with 40 items and ``entries`` journal rows (bulk-inserted), balances consistent."""
    from desk.db.bar import StockBalance
    from desk.services.bar import stock
    from desk.services.core.session import Session

    open_database(path)
    admin = Session.system()
    ids = []
    for n in range(40):
        item = stock.save_item(admin, name=f"物品{n:02d}", category="饮料", unit="瓶", par_level=100)
        stock.receive(admin, item.id, 1_000_000, _signed=True, at=dt.datetime(2025, 11, 1, 8))
        ids.append(item.id)
    close_database()
    conn = sqlite3.connect(path)
    start = dt.datetime(2025, 11, 1, 9)
    rows = []
    for i in range(entries - len(ids)):
        item_id = ids[i % len(ids)]
        at = (start + dt.timedelta(seconds=i * 150)).strftime("%Y-%m-%d %H:%M:%S")
        rows.append((at, "出库", item_id, -1, item_id))
    with conn:
        conn.executemany(
            "INSERT INTO stock_entry (at, kind, item_id, quantity, batch_id, reason, note, ref_type, supplier, "
            "received_unit, needs_signoff, override_reason, from_place, to_place) "
            "VALUES (?, ?, ?, ?, ?, '', '', 'visit', '', '', 0, '', '', '')", rows)
        conn.execute("UPDATE stock_batch SET remaining = quantity - (SELECT COUNT(*) FROM stock_entry e "
                     "WHERE e.batch_id = stock_batch.id AND e.kind = '出库')")
        conn.execute("UPDATE stock_balance SET quantity = (SELECT SUM(quantity) FROM stock_entry e "
                     "WHERE e.item_id = stock_balance.item_id)")
        conn.execute("ANALYZE")
    conn.close()
    del StockBalance
    return ids


def bench_desk(path: Path, ids: list[int], runs: int) -> list[float]:
    from desk.services.bar import stock
    from desk.services.core.session import Session

    open_database(path)
    session = Session.system()
    times = []
    for i in range(runs):
        t = time.perf_counter()
        stock.book_serving(session, ids[i % len(ids)], 1, ref_type="visit", ref_id=i)
        levels = stock.stock_levels()
        times.append(time.perf_counter() - t)
    assert len(levels) == len(ids)
    assert levels == stock.journal_levels(), "running balances disagree with the journal"
    close_database()
    return times


def bench_raw(path: Path, ids: list[int], runs: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    for key, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {key} = {value}")
    times = []
    for i in range(runs):
        item_id = ids[i % len(ids)]
        t = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO stock_entry (at, kind, item_id, quantity, batch_id, reason, note, ref_type, ref_id, "
            "supplier, received_unit, needs_signoff, override_reason, from_place, to_place) "
            "VALUES (?, '出库', ?, -1, ?, '', '', 'visit', ?, '', '', 0, '', '', '')",
            (dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"), item_id, item_id, i))
        conn.execute("COMMIT")
        levels = dict(conn.execute("SELECT item_id, SUM(quantity) FROM stock_entry GROUP BY item_id").fetchall())
        times.append(time.perf_counter() - t)
    assert len(levels) == len(ids)
    conn.close()
    return times


def bench_raw_balance(path: Path, ids: list[int], runs: int) -> list[float]:
    """The same design as Sales Desk, bare: insert, update the batch and the running balance,
    read all balances."""
    conn = sqlite3.connect(path, isolation_level=None)
    for key, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {key} = {value}")
    times = []
    for i in range(runs):
        item_id = ids[i % len(ids)]
        t = time.perf_counter()
        conn.execute("BEGIN")
        batch = conn.execute("SELECT id FROM stock_batch WHERE item_id = ? AND remaining > 0 "
                             "ORDER BY best_before IS NULL, best_before, received_at, id LIMIT 1",
                             (item_id,)).fetchone()[0]
        conn.execute(
            "INSERT INTO stock_entry (at, kind, item_id, quantity, batch_id, reason, note, ref_type, ref_id, "
            "supplier, received_unit, needs_signoff, override_reason, from_place, to_place) "
            "VALUES (?, '出库', ?, -1, ?, '', '', 'visit', ?, '', '', 0, '', '', '')",
            (dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"), item_id, batch, i))
        conn.execute("UPDATE stock_batch SET remaining = remaining - 1 WHERE id = ?", (batch,))
        conn.execute("UPDATE stock_balance SET quantity = quantity - 1 WHERE item_id = ?", (item_id,))
        conn.execute("COMMIT")
        levels = dict(conn.execute("SELECT item_id, quantity FROM stock_balance").fetchall())
        times.append(time.perf_counter() - t)
    assert len(levels) == len(ids)
    conn.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    settings.use_backend(settings.MemoryBackend())
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-stock-"))
    try:
        base = folder / "base.db"
        t = time.perf_counter()
        ids = build(base, args.entries)
        print(f"built a journal of {args.entries:,} entries in {time.perf_counter() - t:.1f} s")
        desk_db, raw_db, bal_db = folder / "desk.db", folder / "raw.db", folder / "bal.db"
        for target in (desk_db, raw_db, bal_db):
            shutil.copy(base, target)
        bench_raw(raw_db, ids, 5)  # warm the file cache
        bench_raw_balance(bal_db, ids, 5)
        bench_desk(desk_db, ids, 5)
        raw = bench_raw(raw_db, ids, args.runs)
        bal = bench_raw_balance(bal_db, ids, args.runs)
        desk = bench_desk(desk_db, ids, args.runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    d_ms, r_ms = statistics.median(desk) * 1000, statistics.median(raw) * 1000
    b_ms = statistics.median(bal) * 1000
    ratio = d_ms / r_ms
    print(f"Sales Desk: book_serving + stock_levels  median {d_ms:.2f} ms  (p95 "
          f"{sorted(desk)[int(len(desk) * .95)] * 1000:.2f} ms)")
    print(f"raw sqlite3: INSERT + SUM GROUP BY          median {r_ms:.2f} ms  (p95 "
          f"{sorted(raw)[int(len(raw) * .95)] * 1000:.2f} ms)")
    print(f"raw sqlite3: same design (batch + balance)  median {b_ms:.2f} ms")
    print(f"ratio {ratio:.2f}x vs insert + aggregate (target ≤ 3x); {d_ms / b_ms:.2f}x vs the bare same "
          f"design (the ORM's own cost); {d_ms:.2f} ms per booking (target < 50 ms)")
    return 0 if ratio <= 3 and d_ms < 50 else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
