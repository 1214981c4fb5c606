"""Bench: open a 200-item handover check and save it, and open a 40-item inspection round and save
it, against raw sqlite3 doing the same reads and writes in the same run. Targets (both): open
< 300 ms, save < 100 ms.

    python bench/showflats.py
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

from desk import settings  # noqa: E402
from desk.db.connection import open_database  # noqa: E402
from desk.db.core import Staff  # noqa: E402
from desk.services.inspections import rounds as inspection_rounds, templates  # noqa: E402
from desk.services.showflats import flats as showflats  # noqa: E402
from desk.services.core.session import Session  # noqa: E402

ITEMS = 200
ROUND_ITEMS = 40
ROUNDS = 15


def setup(path: Path):
    settings.use_backend(settings.MemoryBackend())
    open_database(path)
    boss = Staff.create(code="01", name="主管", roles="supervisor")
    who = Staff.create(code="30", name="周敏", roles="showflat")
    sup = Session.for_staff(boss)
    flat = showflats.add_flat(sup, "A户型 128㎡", rooms=[f"房间{i}" for i in range(8)])
    for i in range(ITEMS):
        showflats.add_item(sup, flat.id, f"房间{i % 8}", f"物品{i}", showflats.CATEGORIES[i % 5], 1 + i % 4, "100")
    return flat, Session.for_staff(who)


def setup_template(boss: Session) -> int:
    """A 40-item template: ok/fault points, readings with limits, counts, yes/no."""
    specs = []
    for i in range(ROUND_ITEMS):
        kind = ("ok", "ok", "ok", "reading", "count", "yesno", "ok", "ok")[i % 8]
        specs.append(templates.ItemSpec(f"检查项目{i}", kind=kind, area=f"区域{i % 6}", low="25" if kind == "reading" else None,
                                        high="27" if kind == "reading" else None, unit="°C" if kind == "reading" else "",
                                        expected=2 if kind == "count" else None))
    spec = templates.TemplateSpec("四十项巡检", "hall", "guard", "hourly", at_time="00:00")
    return templates.create_template(boss, spec, specs).id


def desk_inspection(template_id: int, session):
    t0 = time.perf_counter()
    started = inspection_rounds.start_round(session, template_id)
    sheet = inspection_rounds.round_sheet(started.id)
    t1 = time.perf_counter()
    answers = [dict(item=r.item.id, status="正常", reading="26" if r.item.kind == "reading" else None,
                    counted=r.item.expected, choice="是" if r.item.kind == "yesno" else None) for r in sheet]
    inspection_rounds.save_answers(session, started.id, answers)
    inspection_rounds.close_round(session, started.id)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def raw_inspection(conn: sqlite3.Connection, template_id: int, staff_id: int):
    now = dt.datetime.now().replace(microsecond=0).isoformat(" ")
    t0 = time.perf_counter()
    with conn:
        name = f"form:showflat_inspection:{dt.date.today():%Y%m%d}"
        conn.execute("INSERT INTO counter (name, value) VALUES (?, 1) "
                     "ON CONFLICT (name) DO UPDATE SET value = value + 1", (name,))
        value = conn.execute("SELECT value FROM counter WHERE name = ?", (name,)).fetchone()[0]
        cur = conn.execute("INSERT INTO inspection_round (template_id, place, started_at, started_by_id, serial, note) "
                           "VALUES (?, '销售大厅', ?, ?, ?, '')", (template_id, now, staff_id, f"XJ-{value:03d}"))
        round_id = cur.lastrowid
    items = conn.execute("SELECT * FROM inspection_template_item WHERE template_id = ? AND active = 1 "
                         "ORDER BY sort, id", (template_id,)).fetchall()
    conn.execute("SELECT * FROM inspection_answer WHERE round_id = ? ORDER BY id", (round_id,)).fetchall()
    t1 = time.perf_counter()
    with conn:
        conn.execute("SELECT * FROM inspection_answer WHERE round_id = ? ORDER BY id", (round_id,)).fetchall()
        conn.executemany("INSERT INTO inspection_answer (round_id, item_id, status, reading, counted, choice, note, "
                         "at, staff_id) VALUES (?, ?, '正常', NULL, NULL, '', '', ?, ?)",
                         [(round_id, i[0], now, staff_id) for i in items])
        conn.execute("SELECT * FROM inspection_answer WHERE round_id = ? ORDER BY id", (round_id,)).fetchall()
        conn.execute("UPDATE inspection_round SET closed_at = ?, closed_by_id = ? WHERE id = ?",
                     (now, staff_id, round_id))
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def desk_round(flat, session):
    t0 = time.perf_counter()
    check = showflats.start_check(session, flat.id, "handover")
    sheet = showflats.check_sheet(check.id)
    t1 = time.perf_counter()
    answers = [dict(item=row.item.id, status="正常", counted=row.item.expected_qty) for row in sheet]
    showflats.save_answers(session, check.id, answers)
    showflats.close_check(session, check.id)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def raw_round(conn: sqlite3.Connection, flat_id: int, staff_id: int):
    now = dt.datetime.now().replace(microsecond=0).isoformat(" ")
    t0 = time.perf_counter()
    with conn:  # the inspection sheet number, as the program takes it
        name = f"form:showflat_inspection:{dt.date.today():%Y%m%d}"
        conn.execute("INSERT INTO counter (name, value) VALUES (?, 1) "
                     "ON CONFLICT (name) DO UPDATE SET value = value + 1", (name,))
        value = conn.execute("SELECT value FROM counter WHERE name = ?", (name,)).fetchone()[0]
        cur = conn.execute("INSERT INTO showflat_check (flat_id, kind, started_at, started_by_id, note, serial) "
                           "VALUES (?, 'handover', ?, ?, '', ?)", (flat_id, now, staff_id, f"XJ-{value:03d}"))
        check_id = cur.lastrowid
    items = conn.execute("SELECT i.id, i.name, i.expected_qty, r.name "
                         "FROM showflat_item i JOIN showflat_room r ON r.id = i.room_id "
                         "WHERE i.flat_id = ? AND i.active = 1 ORDER BY r.sort, r.id, i.sort, i.id",
                         (flat_id,)).fetchall()
    conn.execute("SELECT * FROM showflat_check_answer WHERE check_id = ? ORDER BY id", (check_id,)).fetchall()
    t1 = time.perf_counter()
    with conn:
        conn.execute("SELECT * FROM showflat_check_answer WHERE check_id = ? ORDER BY id", (check_id,)).fetchall()
        conn.executemany("INSERT INTO showflat_check_answer (check_id, item_id, status, counted, note, at, staff_id) "
                         "VALUES (?, ?, '正常', ?, '', ?, ?)",
                         [(check_id, i[0], i[2], now, staff_id) for i in items])
        conn.execute("SELECT * FROM showflat_check_answer WHERE check_id = ? ORDER BY id", (check_id,)).fetchall()
        conn.execute("UPDATE showflat_check SET closed_at = ?, closed_by_id = ? WHERE id = ?", (now, staff_id, check_id))
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        flat, session = setup(Path(tmp) / "bench.db")
        template_id = setup_template(Session.for_staff(Staff.get(Staff.code == "01")))
        guard = Session.for_staff(Staff.create(code="50", name="何伟", roles="guard"))
        conn = sqlite3.connect(Path(tmp) / "bench.db")
        conn.execute("PRAGMA journal_mode=wal")
        conn.execute("PRAGMA synchronous=2")
        desk_open, desk_save, raw_open, raw_save = [], [], [], []
        round_open, round_save, raw_round_open, raw_round_save = [], [], [], []
        for _ in range(ROUNDS):
            o, s = desk_round(flat, session)
            desk_open.append(o)
            desk_save.append(s)
            o, s = raw_round(conn, flat.id, session.staff_id)
            raw_open.append(o)
            raw_save.append(s)
            o, s = desk_inspection(template_id, guard)
            round_open.append(o)
            round_save.append(s)
            o, s = raw_inspection(conn, template_id, guard.staff_id)
            raw_round_open.append(o)
            raw_round_save.append(s)
        conn.close()
    med = statistics.median
    ok = True
    for label, desk, raw, target in (("打开 200 件交接盘点", desk_open, raw_open, 0.300),
                                     ("保存并结束", desk_save, raw_save, 0.100),
                                     ("打开 40 项巡检", round_open, raw_round_open, 0.300),
                                     ("保存并结束巡检", round_save, raw_round_save, 0.100)):
        d, r = med(desk), med(raw)
        passed = d < target
        ok &= passed
        print(f"{label}: 程序 {d * 1000:.1f} ms，裸 sqlite3 {r * 1000:.1f} ms，倍数 {d / r:.1f}×，"
              f"目标 < {target * 1000:.0f} ms {'达标' if passed else '未达标'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
