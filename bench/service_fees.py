"""Fee notices for 1,000 units: the program (issue_notices + a statement per notice, with arrears)
against bare sqlite3 doing the same arithmetic in one SQL pass. Prints both times and the ratio.

    python bench/service_fees.py
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desk.db.connection import open_database  # noqa: E402
from desk.services.servicedesk import fees, units  # noqa: E402
from desk.services.core.session import Session  # noqa: E402

N = 1000


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    open_database(folder / "desk.db")
    system = Session.system()
    for i in range(N):
        units.add_unit(system, str(i // 100 + 1), "1", f"{i % 100 + 101}", area=f"{80 + i % 70}.{i % 100:02d}")
    q3 = fees.create_period(system, "Q3", dt.date(2026, 7, 1), 3, "1.80", dt.date(2026, 7, 31))
    q4 = fees.create_period(system, "Q4", dt.date(2026, 10, 1), 3, "1.80", dt.date(2026, 10, 31))
    fees.issue_notices(system, q3.id)

    start = time.perf_counter()
    fees.issue_notices(system, q4.id)
    totals = [fees.statement(n)["total_due"] for n in fees.list_notices(period_id=q4.id)]
    program = time.perf_counter() - start

    con = sqlite3.connect(folder / "bare.db")
    con.execute("create table u (id integer primary key, area text)")
    con.executemany("insert into u values (?, ?)", [(i, f"{80 + i % 70}.{i % 100:02d}") for i in range(N)])
    con.execute("create table n (unit integer, period integer, amount text)")
    fen = Decimal("0.01")
    q3_rows = [(i, 3, str((Decimal(a) * Decimal("1.80") * 3).quantize(fen, ROUND_HALF_UP)))
               for i, a in con.execute("select id, area from u")]
    con.executemany("insert into n values (?, ?, ?)", q3_rows)
    con.commit()
    start = time.perf_counter()
    rows = [(i, 4, str((Decimal(a) * Decimal("1.80") * 3).quantize(fen, ROUND_HALF_UP)))
            for i, a in con.execute("select id, area from u")]
    con.executemany("insert into n values (?, ?, ?)", rows)
    con.commit()
    bare_totals = [sum((Decimal(a) for (a,) in con.execute("select amount from n where unit = ?", (i,))), Decimal(0))
                   for i in range(N)]
    bare = time.perf_counter() - start
    assert sum(totals) == sum(bare_totals), (sum(totals), sum(bare_totals))
    print(f"{N} units: program {program:.3f} s, bare sqlite3 {bare:.3f} s, ratio {program / bare:.1f}x")


if __name__ == "__main__":
    main()
