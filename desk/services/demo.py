"""Realistic demo data: the staff and the duty log here, then each domain's own step.

A step is ``fn(ctx: DemoContext) -> None``; it runs inside one transaction of its own. A new part
of the program appends its step to ``STEPS`` (below, after the steps defined here).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Callable, Iterable

from desk.db.base import db, durability_relaxed
from desk.db.core import Counter, DutyLogEntry, Shift, Staff
from desk.services.bar.demo import demo_bar
from desk.services.core import staff as staff_service
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError
from desk.services.core.session import Session
from desk.services.reception import hall
from desk.services.inspections.demo import demo_inspections
from desk.services.reception.demo import demo_customer_cycle, demo_reception
from desk.services.servicedesk.demo import demo_service
from desk.services.showflats.demo import demo_showflats

DEMO_PIN = "1234"
DEMO_MARK = "demo_data"  # a Counter row: this database was filled with demo data


@dataclass
class DemoContext:
    days: int
    rng: random.Random
    session: Session
    today: dt.date = field(default_factory=dt.date.today)
    progress: Callable[[str], None] = lambda message: None
    # What a step reads of a domain above its own (which it may not import): the water bar books
    # the parking tickets the reception step issued (bar < reception).
    parking_issues: Callable[[dt.date, dt.date], Iterable] = hall.parking_issues

    @property
    def start(self) -> dt.date:
        return self.today - dt.timedelta(days=self.days - 1)

    def dates(self):
        for i in range(self.days):
            yield self.start + dt.timedelta(days=i)


STAFF = [
    # code, name, roles, phone
    ("01", "王建国", ["admin", "supervisor"], "13800000001"),
    ("02", "李淑芬", ["supervisor"], "13911112222"),
    ("10", "陈静", ["reception"], "13612345678"),
    ("11", "刘婷婷", ["reception", "bar"], "13787654321"),
    ("20", "赵小梅", ["bar"], "15098761234"),
    ("21", "孙丽", ["bar"], "15112349876"),
    ("30", "周敏", ["showflat"], "18611223344"),
    ("31", "吴倩", ["showflat"], "18799887766"),
    ("40", "郑桂兰", ["cleaner"], "13500001111"),
    ("41", "冯秀英", ["cleaner"], "13500002222"),
    ("50", "何伟", ["guard"], "13300003333"),
    ("51", "马强", ["guard"], "13300004444"),
    ("60", "张磊", ["consultant"], "13900006001"),
    ("61", "杨帆", ["consultant"], "13900006002"),
    ("62", "黄晓燕", ["consultant"], "13900006003"),
    ("63", "林志强", ["consultant"], "13900006004"),
    ("64", "徐佳", ["consultant"], "13900006005"),
    ("65", "朱海涛", ["consultant"], "13900006006"),
]


def demo_staff(ctx: DemoContext) -> None:
    shared_hash = staff_service.hash_pin(DEMO_PIN)
    for code, name, roles, phone in STAFF:
        if Staff.select().where(Staff.code == code).exists():
            continue
        Staff.create(code=code, name=name, roles=",".join(roles), phone=phone, pin_hash=shared_hash)


def demo_duty_log(ctx: DemoContext) -> None:
    people = list(Staff.select().where(Staff.roles.contains("reception") | Staff.roles.contains("bar")))
    if not people or Shift.select().exists():
        return
    events = [
        ("事件", "上午 10 点团购客户 12 人到访，已安排两位顾问接待"),
        ("设备故障", "洽谈区 3 号空调不制冷，已报工程部"),
        ("遗留问题", "水吧咖啡豆仅剩半包，已提采购申请"),
        ("事件", "样板间 B 户型有工人进场维修灯具，已登记"),
        ("交接", "停车票剩余 62 张，钥匙柜钥匙齐全"),
    ]
    days = list(ctx.dates())[-min(ctx.days, 30):]
    current = dt.datetime.now()
    rows = []
    for day in days:
        for start_hour, end_hour in ((8, 14), (14, 20)):
            opener = ctx.rng.choice(people)
            closer = ctx.rng.choice(people)
            opened = dt.datetime.combine(day, dt.time(start_hour, 0))
            closed = dt.datetime.combine(day, dt.time(end_hour, 0))
            if opened > current:
                continue
            # the shift under way now is open, as the program would have it while groups are in the hall
            rows.append((opened, closed if closed <= current else None, opener, closer))
    for opened, closed, opener, closer in rows:
        shift = Shift.create(opened_at=opened, opened_by=opener, closed_at=closed, closed_by=closer if closed else None,
                             handover_note="物品、钥匙、停车票已核对，无异常" if closed else "")
        for _ in range(ctx.rng.randint(1, 3)):
            kind, text = ctx.rng.choice(events)
            at = opened + dt.timedelta(minutes=ctx.rng.randint(10, 340))
            if at <= current:
                DutyLogEntry.create(shift=shift, at=at, kind=kind, text=text, staff=opener)


# Run in order.
STEPS: list[Callable[[DemoContext], None]] = [
    demo_staff,
    demo_duty_log,
    demo_reception,
    demo_customer_cycle,
    demo_bar,
    demo_showflats,
    demo_service,
    demo_inspections,
]


def step_name(step: Callable) -> str:
    """What the progress line says: ``desk.services.bar.demo:demo_bar``."""
    return f"{step.__module__}:{step.__name__}"


def run_step(step: Callable[[DemoContext], None], ctx: DemoContext) -> None:
    with db.atomic():
        step(ctx)


def holds_demo_data() -> bool:
    return Counter.select().where(Counter.name == DEMO_MARK).exists()


def refuse_real_data() -> None:
    """Demo data (an administrator 01 with PIN 1234) only goes into a new folder, or one that already
    holds demo data: never beside real records."""
    if Staff.select().exists() and not holds_demo_data():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "desk", "这个数据文件夹已有正式数据，不能载入演示数据（演示数据会加入 PIN 为 1234 的管理员）。"
                    "请换一个新的数据文件夹，例如 desk --data-dir 演示 demo"))


def fill_demo(days: int = 30, *, seed: int = 20261123, progress: Callable[[str], None] | None = None,
              today: dt.date | None = None) -> None:
    """Fill a new (or demo) database with demo data; refuses a database that holds real records."""
    refuse_real_data()
    ctx = DemoContext(days=max(1, days), rng=random.Random(seed), session=Session.system(),
                      today=today or dt.date.today())
    if progress:
        ctx.progress = progress
    # Demo data can be made again: skip the per-commit flush to disk while writing it.
    with durability_relaxed():
        Counter.get_or_create(name=DEMO_MARK, defaults={"value": 1})
        for step in STEPS:
            ctx.progress(step_name(step))
            run_step(step, ctx)
