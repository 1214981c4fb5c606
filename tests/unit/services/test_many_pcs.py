"""Several PCs writing at once: each test starts processes on the run's database (the SQLite file,
or the PostgreSQL server with DESK_TEST_DB), releases them together and checks what a sales
center would notice: stock that does not add up, a consultant served twice in a row, two open
shifts, an entry reversed twice."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest

PCS = 4

PC = textwrap.dedent("""
    import json, random, sys
    from desk.db.connection import open_database
    from desk.db.core import Staff
    from desk.services.core.errors import DeskError
    from desk.services.core.session import Session

    target, task, args = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    open_database(target)
    me = Session.for_staff(Staff.get(Staff.code == args["staff"]))
    done = {"ok": 0, "refused": 0}
    print("ready", flush=True)
    sys.stdin.readline()  # every PC starts at once

    def attempt(work):
        try:
            work()
            done["ok"] += 1
        except DeskError:
            done["refused"] += 1

    if task == "stock":
        from desk.services.bar import stock
        rng = random.Random(args["seed"])
        for n in range(args["n"]):
            item = rng.choice(args["items"])
            if rng.random() < 0.5:
                attempt(lambda: stock.book_serving(me, item, 1, ref_type="visit", ref_id=n))
            else:
                attempt(lambda: stock.receive(me, item, 1, _signed=True))
    elif task == "register":
        import datetime as dt
        from desk.services.reception import visitors
        at = dt.datetime.fromisoformat(args["at"])
        for n in range(args["n"]):
            reg = visitors.Registration(no_phone=True, surname="王", title="先生")
            attempt(lambda: visitors.register_visit(me, reg, at=at))
    elif task == "open_shift":
        from desk.services.core import shifts
        attempt(lambda: shifts.open_shift(me))
    elif task == "reverse":
        from desk.services.bar import stock
        attempt(lambda: stock.reverse_entry(me, args["entry"], "录错"))
    elif task == "serve_last":
        from desk.services.bar import stock
        for _ in range(args["n"]):
            attempt(lambda: stock.book_serving(me, args["item"], 1))
    print(json.dumps(done), flush=True)
""")


def run_pcs(target, task: str, args_for) -> list[dict]:
    """Start PCS processes on ``target``, release them together, return what each reports."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [os.getcwd(), os.environ.get("PYTHONPATH")])))
    pcs = [subprocess.Popen([sys.executable, "-c", PC, str(target), task, json.dumps(args_for(i))],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
           for i in range(PCS)]
    for pc in pcs:
        assert pc.stdout.readline().strip() == "ready"
    for pc in pcs:
        pc.stdin.write("go\n")
        pc.stdin.flush()
    results = []
    for pc in pcs:
        out, _err = pc.communicate(timeout=600)
        assert pc.returncode == 0, out
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


@pytest.fixture
def bar(database, make_staff):
    from desk.services.bar import stock

    attendant = make_staff("bar", "supervisor", code="20", name="赵敏")[1]
    items = [stock.save_item(attendant, name=n, category="饮料", unit="瓶") for n in ("矿泉水", "可乐", "橙汁")]
    for item in items:
        stock.receive(attendant, item.id, 20, _signed=True)
    return attendant, [i.id for i in items]


def test_servings_and_receipts_on_four_pcs_add_up(bar, data_dir):
    from desk.db.bar import StockBatch
    from desk.services.bar import stock

    _attendant, items = bar
    results = run_pcs(data_dir.target, "stock", lambda i: {"staff": "20", "items": items, "n": 200, "seed": i})
    assert sum(r["ok"] + r["refused"] for r in results) == PCS * 200
    levels, journal = stock.stock_levels(), stock.journal_levels()
    for item in items:
        assert levels[item] == journal[item], "balance equals the sum of the journal"
        batches = sum((b.remaining for b in StockBatch.select().where(StockBatch.item == item)), Decimal(0))
        assert Decimal(levels[item]) == batches, "what the batches hold is the balance"
        assert levels[item] >= 0
    assert StockBatch.select().where(StockBatch.remaining < 0).count() == 0


def test_the_last_bottles_are_served_once(bar, data_dir):
    from desk.services.bar import stock

    _attendant, items = bar
    results = run_pcs(data_dir.target, "serve_last", lambda i: {"staff": "20", "item": items[0], "n": 8})
    assert sum(r["ok"] for r in results) == 20 and sum(r["refused"] for r in results) == PCS * 8 - 20
    assert stock.stock_level(items[0]) == 0


def test_four_reception_pcs_share_the_rotation_fairly(database, data_dir, make_staff):
    from desk.db.reception import RotationLog, Visit

    for code, name in (("60", "张磊"), ("61", "杨帆"), ("62", "黄晓燕")):
        make_staff("consultant", code=code, name=name)
    make_staff("reception", code="10", name="陈静")
    at = dt.datetime.combine(dt.date.today(), dt.time(10, 0))
    results = run_pcs(data_dir.target, "register", lambda i: {"staff": "10", "n": 30, "at": at.isoformat()})
    assert sum(r["ok"] for r in results) == PCS * 30
    turns = [log.staff_id for log in RotationLog.select().where(RotationLog.action == "assign")
             .order_by(RotationLog.id)]
    assert len(turns) == PCS * 30 == Visit.select().count()
    twice = sum(1 for a, b in zip(turns, turns[1:]) if a == b)
    assert twice == 0, "nobody gets two groups in a row while the others are free"
    assert all(len(set(turns[i:i + 3])) == 3 for i in range(len(turns) - 2)), "strict turn order"


def test_two_pcs_never_open_two_shifts(database, data_dir, make_staff):
    from desk.db.core import Shift

    make_staff("reception", code="10", name="陈静")
    results = run_pcs(data_dir.target, "open_shift", lambda i: {"staff": "10"})
    assert sum(r["ok"] for r in results) == 1 and sum(r["refused"] for r in results) == PCS - 1
    assert Shift.select().where(Shift.closed_at.is_null()).count() == 1


def test_an_entry_is_reversed_once_however_many_pcs_try(bar, data_dir):
    from desk.db.bar import StockEntry
    from desk.services.bar import stock

    attendant, items = bar
    entry = stock.book_serving(attendant, items[1], 2)[0]
    results = run_pcs(data_dir.target, "reverse", lambda i: {"staff": "20", "entry": entry.id})
    assert sum(r["ok"] for r in results) == 1
    assert StockEntry.select().where(StockEntry.reverses == entry.id).count() == 1
    assert stock.stock_level(items[1]) == 20
