"""Excel sync against bare openpyxl, in the same run.

1. Export: 100,000 visits (the reception tables) through ``export_workbook`` (the sheet as
   users get it: styled header, widths, real dates, masked phones) against raw openpyxl
   write-only appending the same cells read by the same SQL. Target ≤ 1.3x, peak memory < 200 MB.
2. Import: a 5,000-row water-bar item sheet read with its preview (``plan_import``: parse, match
   by ID, fingerprints, conflict check, trial) against raw openpyxl read-only reading every cell.
   Target ≤ 2x.

    python bench/excel.py [--visits 100000] [--items 5000] [--runs 3]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from openpyxl import Workbook, load_workbook  # noqa: E402

from desk.db.base import db  # noqa: E402
from desk.db.connection import open_database  # noqa: E402
from desk.db.core import Staff  # noqa: E402
from desk.services.core.privacy import mask_phone  # noqa: E402
from desk.services.core.session import Session  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
DISTRICTS = ["高新区", "滨江区", "老城区", "开发区", "西湖区", "城东", "城南"]


def fill_visits(n: int, rng: random.Random) -> None:
    from desk.db.reception import Customer, Visit, VisitSource

    consultants = []
    for i in range(6):
        consultants.append(Staff.create(code=f"6{i}", name=f"顾问{i}", roles="consultant").id)
    sources = [s.id for s in VisitSource.select()]
    start = dt.datetime(2026, 1, 1, 9, 0)
    with db.atomic():
        customers = []
        for i in range(n // 3):
            customers.append({"surname": rng.choice(SURNAMES), "title": rng.choice(["先生", "女士"]),
                              "phone": f"1{rng.randint(3, 9)}{rng.randint(0, 999999999):09d}",
                              "home_district": rng.choice(DISTRICTS), "work_district": rng.choice(DISTRICTS),
                              "age_band": "25-35岁", "owner": rng.choice(consultants), "visit_count": 1})
        for i in range(0, len(customers), 500):
            Customer.insert_many(customers[i:i + 500]).execute()
        ids = [c.id for c in Customer.select(Customer.id)]
        rows = []
        for i in range(n):
            at = start + dt.timedelta(minutes=i * 4)
            rows.append({"customer": rng.choice(ids), "day": at.date(), "arrived_at": at,
                         "departed_at": at + dt.timedelta(minutes=rng.randint(10, 90)),
                         "party_size": rng.randint(1, 5), "company": rng.choice(["独自", "家人", "朋友"]),
                         "first_visit": rng.random() < 0.6, "source": rng.choice(sources),
                         "transport": rng.choice(["步行", "自驾"]), "plate": "浙A12345" if rng.random() < .3 else "",
                         "needs": "三房，预算 300 万，关注学区", "grade": rng.choice("ABCD"),
                         "notes": "=HYPERLINK(\"x\")" if i % 1000 == 0 else "", "consultant": rng.choice(consultants),
                         "assignment": "rotation", "registered_by": consultants[0]})
            if len(rows) == 500:
                Visit.insert_many(rows).execute()
                rows = []
        if rows:
            Visit.insert_many(rows).execute()


def raw_export(path: Path) -> int:
    """Bare openpyxl: the same SELECT, the same cells (phones masked), appended as they come."""
    from desk.excel import sheets as S
    from desk.services.reception.sheet_rows import visit_select

    spec = S.sheet("visits")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("来访登记")
    ws.append([c.header for c in spec.columns])
    names = [c.key for c in spec.columns]
    phone_at = names.index("phone")
    n = 0
    # The same SELECT, its values converted by peewee (real dates), as tuples.
    for row in visit_select().tuples().iterator():
        row = list(row)
        row[phone_at] = mask_phone(row[phone_at])
        ws.append(row)
        n += 1
    wb.save(path)
    return n


def timed(fn, runs: int):
    times = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def compare(raw, ours, runs: int):
    """Alternate the two (the machine's load hits both alike); medians and the last results."""
    raw_times, our_times = [], []
    raw_result = our_result = None
    for _ in range(runs):
        started = time.perf_counter()
        raw_result = raw()
        raw_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        our_result = ours()
        our_times.append(time.perf_counter() - started)
    return statistics.median(raw_times), raw_result, statistics.median(our_times), our_result


def peak_mb(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def bench_export(tmp: Path, n: int, runs: int) -> None:
    from desk.excel.sync import export_workbook

    rng = random.Random(7)
    started = time.perf_counter()
    fill_visits(n, rng)
    print(f"填充 {n:,} 条来访：{time.perf_counter() - started:.1f} s")
    session = Session.system()
    ours = lambda: export_workbook(session, tmp / "ours.xlsx", keys=["visits"])  # noqa: E731
    raw = lambda: raw_export(tmp / "raw.xlsx")  # noqa: E731
    raw_time, rows, our_time, result = compare(raw, ours, runs)
    assert result.counts["来访登记"] == rows == n
    ratio = our_time / raw_time
    peak = peak_mb(ours)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"导出 {n:,} 条来访：程序 {our_time:.2f} s，裸 openpyxl {raw_time:.2f} s，"
          f"比值 {ratio:.2f}x（目标 ≤ 1.3x）；导出时 Python 分配峰值 {peak:.0f} MB（tracemalloc），"
          f"进程最大常驻内存 {rss:.0f} MB（含填充数据；目标 < 200 MB）")


def fill_items(n: int) -> None:
    from desk.db.bar import Item, StockBalance

    with db.atomic():
        for start in range(0, n, 500):
            rows = [{"name": f"物品{i:05d}", "category": ["茶", "咖啡", "饮料", "水果", "耗材"][i % 5],
                     "unit": "包", "pack_unit": "箱", "pack_factor": 12, "min_stock": 5, "par_level": 20,
                     "shelf_life_days": 180, "place": "吧台", "barcode": f"69{i:011d}", "unit_price": "12.50"}
                    for i in range(start, min(start + 500, n))]
            Item.insert_many(rows).execute()
        StockBalance.insert_from(Item.select(Item.id, 0), [StockBalance.item, StockBalance.quantity]).execute()


def raw_read(path: Path) -> int:
    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    ws = wb["水吧物品"]
    ws.reset_dimensions()
    for row in ws.iter_rows(values_only=True):
        for _v in row:
            pass
        n += 1
    wb.close()
    return n


def bench_import(tmp: Path, n: int, runs: int) -> None:
    from desk.excel.sync import apply_import, export_workbook, plan_import

    fill_items(n)
    session = Session.system()
    export_workbook(session, tmp / "items.xlsx", keys=["stock_items"])
    # A manager's edit: 5 % of the prices changed, 20 new rows.
    wb = load_workbook(tmp / "items.xlsx")
    ws = wb["水吧物品"]
    header = [c.value for c in ws[1]]
    price = header.index("单价") + 1
    for r in range(2, ws.max_row + 1, 20):
        ws.cell(r, price).value = 13.5
    for i in range(20):
        ws.append([None, f"新物品{i}", "茶", "包", "", None, 0, 0, None, None, "吧台", None, 9.9, None, "是"])
    wb.save(tmp / "edited.xlsx")
    raw_time, rows, our_time, plan = compare(lambda: raw_read(tmp / "edited.xlsx"),
                                             lambda: plan_import(session, tmp / "edited.xlsx"), runs)
    counts = plan.counts()
    assert not plan.has_errors and counts["change"] == (n + 19) // 20 and counts["new"] == 20, counts
    ratio = our_time / raw_time
    print(f"导入预览 {n:,} 行物品（修改 {counts['change']}，新增 {counts['new']}）：程序 {our_time:.2f} s，"
          f"裸 openpyxl 只读 {raw_time:.2f} s，比值 {ratio:.2f}x（目标 ≤ 2x）")
    started = time.perf_counter()
    result = apply_import(session, plan)
    print(f"应用（一个事务，逐行经服务与审计）：{time.perf_counter() - started:.2f} s，{result.summary()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-export", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        open_database(tmp / "bench.db")
        if not args.skip_export:
            bench_export(tmp, args.visits, args.runs)
        bench_import(tmp, args.items, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
