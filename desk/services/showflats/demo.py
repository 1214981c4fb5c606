"""Demo data for the show flats: two flats with realistic items, a history of checks, a few
incidents, cleaning tasks and records, and workers (one still inside)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk.db.core import Staff
from desk.db.showflats import (
    Check, CheckAnswer, CleaningRecord, CleaningTask, Flat, Incident, IncidentEvent, Item, Room, WorkerVisit,
)
from desk.services.showflats import flats as showflats

# room -> [(name, category, qty, value)]
FLAT_A = ("A户型 128㎡", {
    "客厅": [("三人位布艺沙发", "家私", 1, "12800"), ("大理石茶几", "家私", 1, "4600"), ("电视柜", "家私", 1, "3200"),
           ("65 寸液晶电视", "电器", 1, "5999"), ("羊毛地毯", "软装", 1, "2800"), ("抱枕", "软装", 6, "180"),
           ("落地灯", "电器", 1, "1280"), ("装饰画（山水）", "饰品", 2, "960"), ("陶瓷花瓶", "饰品", 2, "420"),
           ("仿真绿植", "软装", 3, "260"), ("窗帘（客厅）", "布草", 2, "1500")],
    "餐厅": [("实木餐桌", "家私", 1, "5600"), ("餐椅", "家私", 6, "780"), ("餐具套装", "饰品", 6, "120"),
           ("水晶吊灯", "电器", 1, "3600"), ("桌旗", "布草", 1, "150"), ("红酒杯", "饰品", 6, "68")],
    "主卧": [("1.8 米双人床", "家私", 1, "9800"), ("床垫", "家私", 1, "6800"), ("床头柜", "家私", 2, "1600"),
           ("四件套床品", "布草", 1, "1680"), ("床旗", "布草", 1, "220"), ("衣柜", "家私", 1, "8600"),
           ("台灯", "电器", 2, "460"), ("梳妆台", "家私", 1, "2300")],
    "次卧": [("1.5 米床", "家私", 1, "5200"), ("书桌", "家私", 1, "1900"), ("书椅", "家私", 1, "680"),
           ("床品套件", "布草", 1, "980"), ("装饰摆件", "饰品", 3, "150")],
    "厨房": [("冰箱", "电器", 1, "6999"), ("微波炉", "电器", 1, "899"), ("锅具套装", "饰品", 1, "1200"),
           ("刀具架", "饰品", 1, "380")],
    "卫生间": [("浴巾", "布草", 4, "120"), ("毛巾", "布草", 4, "45"), ("洗漱套装", "饰品", 2, "160"),
            ("地垫", "布草", 2, "80")],
})
FLAT_B = ("B户型 89㎡", {
    "客厅": [("双人位皮沙发", "家私", 1, "8600"), ("圆形茶几", "家私", 1, "2100"), ("55 寸液晶电视", "电器", 1, "3999"),
           ("抱枕", "软装", 4, "160"), ("装饰画（抽象）", "饰品", 1, "680"), ("窗帘（客厅）", "布草", 2, "1100")],
    "餐厅": [("小方餐桌", "家私", 1, "2600"), ("餐椅", "家私", 4, "560"), ("餐具套装", "饰品", 4, "110"),
           ("吊灯", "电器", 1, "1300")],
    "主卧": [("1.8 米双人床", "家私", 1, "7600"), ("床头柜", "家私", 2, "1200"), ("四件套床品", "布草", 1, "1280"),
           ("衣柜", "家私", 1, "5600"), ("台灯", "电器", 2, "380")],
    "儿童房": [("1.2 米儿童床", "家私", 1, "3600"), ("儿童书桌", "家私", 1, "1400"), ("毛绒玩具", "饰品", 5, "90"),
            ("卡通床品", "布草", 1, "620")],
    "卫生间": [("浴巾", "布草", 2, "120"), ("毛巾", "布草", 2, "45"), ("香薰", "饰品", 1, "220")],
})

CLEANING = [
    # area, name, frequency, icon
    ("大堂", "地面清洁", "daily", "floor"), ("大堂", "扶手擦拭", "daily", "rail"),
    ("大堂", "窗台清洁", "daily", "window"), ("大堂", "玻璃门擦拭", "weekly", "glass"),
    ("大堂", "灯具除尘", "weekly", "lamp"), ("大堂", "2 米以上部位除尘", "half_monthly", "high"),
    ("大堂", "大理石养护", "monthly", "marble"),
    ("洽谈区", "地面清洁", "daily", "floor"), ("洽谈区", "桌椅擦拭", "daily", "table"),
    ("洽谈区", "天花清洁", "weekly", "ceiling"),
    ("卫生间", "洁具清洁", "daily", "toilet"), ("卫生间", "地面清洁", "daily", "floor"),
    ("卫生间", "镜面玻璃", "weekly", "glass"),
]
FLAT_CLEANING = [("地面清洁", "daily", "floor"), ("家具除尘", "daily", "sofa"), ("窗台清洁", "daily", "window"),
                 ("灯具除尘", "weekly", "lamp"), ("玻璃擦拭", "weekly", "glass"),
                 ("2 米以上部位除尘", "half_monthly", "high"), ("大理石养护", "monthly", "marble")]

WORKERS = [("刘师傅", "宏达装饰工程公司", "110105198003154512", "维修灯具"),
           ("王师傅", "美家软装公司", "320102198506231234", "更换窗帘"),
           ("陈工", "格力空调售后", "440106199001017788", "空调保养"),
           ("赵师傅", "宏达装饰工程公司", "11010519750920301X", "墙面补漆")]


def demo_showflats(ctx) -> None:
    if Flat.select().exists():
        return
    session = ctx.session
    attendants = list(Staff.select().where(Staff.roles.contains("showflat"))) or list(Staff.select().limit(1))
    cleaners = list(Staff.select().where(Staff.roles.contains("cleaner"))) or attendants
    supervisors = list(Staff.select().where(Staff.roles.contains("supervisor"))) or attendants
    flats = []
    for name, room_items in (FLAT_A, FLAT_B):
        flat = Flat.create(name=name, note="售楼处二层" if name.startswith("A") else "售楼处三层")
        for sort, (room_name, rows) in enumerate(room_items.items()):
            room = Room.create(flat=flat, name=room_name, sort=sort)
            for i, (item_name, category, qty, value) in enumerate(rows):
                Item.create(flat=flat, room=room, name=item_name, category=category, expected_qty=qty,
                            value=Decimal(value), sort=i,
                            created_at=dt.datetime.combine(ctx.start, dt.time(8)))
        flats.append(flat)
    start = dt.datetime.combine(ctx.start, dt.time(8))
    for area, name, freq, icon in CLEANING:
        CleaningTask.create(area=area, name=name, frequency=freq, icon=icon, sort=CleaningTask.select().count(),
                            created_at=start)
    for flat in flats:
        for i, (name, freq, icon) in enumerate(FLAT_CLEANING):
            CleaningTask.create(area=flat.name, flat=flat, name=name, frequency=freq, icon=icon, sort=i,
                                created_at=start)
    if not attendants:
        return
    rng = ctx.rng
    now = dt.datetime.now().replace(microsecond=0)
    tasks = list(CleaningTask.select())
    days = list(ctx.dates())[-min(ctx.days, 30):]
    for day in days:
        for flat in flats:
            staff = rng.choice(attendants)
            flat_items = list(Item.select().where(Item.flat == flat))
            # the opening and closing checks are inspection rounds (desk.services.inspections.demo)
            at = dt.datetime.combine(day, dt.time(14, rng.randint(0, 20)))
            if at <= now:
                check = Check.create(flat=flat, kind="handover", started_at=at, started_by=staff,
                                     closed_at=at + dt.timedelta(minutes=15), closed_by=staff,
                                     serial=showflats._serial("handover", at))
                rows = [dict(check=check, item=item, status="正常", counted=item.expected_qty, at=at, staff=staff,
                             note="") for item in flat_items]
                for s in range(0, len(rows), 100):
                    CheckAnswer.insert_many(rows[s:s + 100]).execute()
            for _ in range(rng.randint(2, 5)):
                at = dt.datetime.combine(day, dt.time(rng.randint(10, 17), rng.randint(0, 59)))
                if at > now:
                    continue
                check = Check.create(flat=flat, kind="after_group", started_at=at, started_by=staff,
                                     closed_at=at + dt.timedelta(minutes=3), closed_by=staff)
                CheckAnswer.insert_many([dict(check=check, item=item, status="正常", at=at, staff=staff, note="")
                                         for item in flat_items]).execute()
        for task in tasks:
            period = {"daily": 1, "weekly": 7, "half_monthly": 15, "monthly": 30}[task.frequency]
            if (day - ctx.start).days % period == 0 and rng.random() < 0.9 and day < now.date():
                CleaningRecord.create(task=task, day=day, staff=rng.choice(cleaners),
                                      at=dt.datetime.combine(day, dt.time(rng.randint(7, 9), rng.randint(0, 59))))
    # a few incidents, at different stages
    stories = [(flats[0], "陶瓷花瓶", "损坏", "瓶口磕破一角，客户小孩碰倒", 3),
               (flats[0], "抱枕", "缺失", "少一个，已问保洁未找到", 2),
               (flats[1], "毛绒玩具", "缺失", "儿童房少一只小熊", 1),
               (flats[1], "吊灯", "损坏", "一个灯泡不亮", 0)]
    for flat, item_name, kind, note, stage in stories:
        item = Item.get((Item.flat == flat) & (Item.name == item_name))
        at = now - dt.timedelta(days=stage, hours=2)
        staff = rng.choice(attendants)
        check = Check.create(flat=flat, kind="after_group", started_at=at, started_by=staff,
                             closed_at=at + dt.timedelta(minutes=4), closed_by=staff)
        answer = CheckAnswer.create(check=check, item=item, status=kind, at=at, staff=staff, note=note,
                                    counted=item.expected_qty - 1 if kind == "缺失" else None)
        # the rest of the flat counted as well (as after_group_check marks it)
        CheckAnswer.insert_many([dict(check=check, item=other, status="正常", at=at, staff=staff, note="")
                                 for other in Item.select().where((Item.flat == flat) & (Item.id != item.id)
                                                                  & (Item.active == True))]).execute()  # noqa: E712
        incident = Incident.create(flat=flat, item=item, check=check, answer=answer, kind=kind,
                                   status=showflats.INCIDENT_FLOW[stage], note=note, opened_at=at, opened_by=staff,
                                   proposed_qty=item.expected_qty - 1 if kind == "缺失" else None)
        for i in range(stage + 1):
            IncidentEvent.create(incident=incident, status=showflats.INCIDENT_FLOW[i],
                                 at=at + dt.timedelta(hours=i), note=note if i == 0 else "",
                                 staff=staff if i < 2 else rng.choice(supervisors))
    for i, (name, company, number, purpose) in enumerate(WORKERS):
        time_in = now.replace(hour=9, minute=30) - dt.timedelta(days=len(WORKERS) - 1 - i)
        if time_in > now:
            time_in = now - dt.timedelta(minutes=30)
        time_out = None if i == len(WORKERS) - 1 else time_in + dt.timedelta(hours=2, minutes=15)
        WorkerVisit.create(name=name, company=company, id_last4=number[-4:], purpose=purpose,
                           flat=flats[i % 2], escort=rng.choice(attendants), time_in=time_in, time_out=time_out,
                           registered_by=rng.choice(attendants), out_by=rng.choice(attendants) if time_out else None)
