"""Demo step: a realistic history of visits (about 50–300 groups a day, weekends busier), with
Chinese surnames, sources, grades, return visitors going back to their owners, the rotation
journal and today's groups still in the hall with drinks served. Bulk inserts keep a 365-day
demo to seconds."""
from __future__ import annotations

import datetime as dt

from desk.db.base import insert_rows
from desk.db.core import Staff
from desk.db.reception import (
    Customer, OwnershipChange, ParkingTicketIssue, RotationLog, Serving, Visit, VisitSource,
)

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔")
PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
            "157", "158", "159", "166", "176", "177", "180", "181", "182", "183", "186", "187", "188", "189",
            "191", "198", "199"]
DISTRICTS = ["高新区", "天河区", "海珠区", "越秀区", "番禺区", "白云区", "黄埔区", "南沙区", "经开区", "老城区", "滨江新城"]
SOURCE_WEIGHTS = {"路过": 14, "朋友介绍": 16, "老带新": 10, "户外广告": 12, "短信": 6, "网络": 22, "电视": 3,
                  "报纸": 2, "电话邀约": 10, "其他": 5}
NEEDS = ["三房两厅，预算 200 万内", "关注学区", "想要南北通透", "改善型，四房", "首套刚需，小户型", "关心交房时间",
         "嫌单价偏高", "比较周边楼盘", "关注车位配比", "投资，看租金回报", "父母同住，要电梯低楼层", "关注物业费"]
HOURS = [9, 10, 10, 10, 11, 11, 11, 12, 13, 14, 14, 14, 15, 15, 15, 16, 16, 17, 17, 18]
DRINKS = [("龙井", "china"), ("铁观音", "china"), ("咖啡", "paper"), ("矿泉水", "none"), ("果汁", "paper")]
CHUNK = 400


def demo_reception(ctx) -> None:
    if Visit.select().exists():
        return
    rng = ctx.rng
    consultants = [s for s in Staff.select().order_by(Staff.code) if "consultant" in s.role_list]
    hosts = [s.id for s in Staff.select() if "reception" in s.role_list] or [None]
    if not consultants:
        return
    cons_ids = [c.id for c in consultants]
    sources = {s.name: s.id for s in VisitSource.select()}
    src_names = [n for n in SOURCE_WEIGHTS if n in sources] or list(sources)
    src_weights = [SOURCE_WEIGHTS.get(n, 5) for n in src_names]
    lapse = dt.timedelta(days=15)
    real_now = dt.datetime.now().replace(microsecond=0)
    end_now = real_now if ctx.today == real_now.date() else dt.datetime.combine(ctx.today, dt.time(18, 30))

    next_customer = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
    next_visit = (Visit.select(Visit.id).order_by(Visit.id.desc()).scalar() or 0) + 1
    phones: set[str] = set(p for (p,) in Customer.select(Customer.phone).tuples() if p)
    customers: list[dict] = []
    recent: list[dict] = []  # customers likely to come back
    visits: list[dict] = []
    logs: list[dict] = []
    changes: list[dict] = []
    open_groups: list[dict] = []
    order = list(cons_ids)

    def new_phone() -> str:
        while True:
            p = rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}"
            if p not in phones:
                phones.add(p)
                return p

    for day in ctx.dates():
        weekend = day.weekday() >= 5
        base = rng.randint(150, 300) if weekend else rng.randint(50, 120)
        if day.month in (5, 10) and day.day <= 7:  # holidays
            base = int(base * 1.3)
        order = order[:]  # a new day keeps yesterday's order
        skipped = set(rng.sample(cons_ids, k=min(len(cons_ids) - 1, rng.choice([0, 0, 1, 1, 2]))))
        for sid in skipped:
            logs.append({"at": dt.datetime.combine(day, dt.time(9, 0)), "day": day, "staff": sid, "action": "skip",
                         "reason": rng.choice(["忙", "外出", "休息"]), "visit": None, "by": None, "_k": 0})
        cutoff = dt.datetime.combine(day, dt.time()) - dt.timedelta(days=90)
        recent[:] = [c for c in recent if c["last"] is None or c["last"] >= cutoff]
        times = sorted(dt.datetime.combine(day, dt.time(rng.choice(HOURS), rng.randrange(60), rng.randrange(60)))
                       for _ in range(base))
        for at in times:
            if at > end_now:
                break
            is_return = recent and rng.random() < 0.28
            if is_return:
                cust = rng.choice(recent)
                if cust["in_hall_until"] and cust["in_hall_until"] > at:
                    is_return = False
            if not is_return:
                has_phone = rng.random() > 0.04
                phone = new_phone() if has_phone else None
                cust = {"id": next_customer, "surname": rng.choice(SURNAMES), "title": rng.choice(["先生", "女士"]),
                        "phone": phone, "phone_rev": phone[::-1] if phone else None,
                        "home_district": rng.choice(DISTRICTS), "work_district": rng.choice(DISTRICTS),
                        "age_band": rng.choice(["25岁以下", "25-35岁", "25-35岁", "36-45岁", "36-45岁", "46-55岁",
                                                "55岁以上"]),
                        "owner": None, "owner_since": None, "last": None, "grade": "", "visits": 0,
                        "created_at": at, "in_hall_until": None}
                next_customer += 1
                customers.append(cust)
                recent.append(cust)
            live = cust["owner"] is not None and cust["last"] is not None and at - cust["last"] <= lapse
            available = [s for s in order if s not in skipped] or order
            if live:
                consultant, action = cust["owner"], "owner"
            else:
                consultant, action = available[0], "assign"
                order.remove(consultant)
                order.append(consultant)
                reason = "first" if cust["owner"] is None else "lapsed"
                if cust["owner"] != consultant:
                    changes.append({"customer": cust["id"], "at": at, "from_staff": cust["owner"],
                                    "to_staff": consultant, "reason": reason, "by": None})
                    cust["owner"], cust["owner_since"] = consultant, at
            size = rng.choices([1, 2, 3, 4, 5, 6], weights=[28, 38, 18, 10, 4, 2])[0]
            company = "独自" if size == 1 else rng.choice(["家人", "家人", "朋友"])
            grade = rng.choices(["A", "B", "C", "D"], weights=[8, 22, 40, 30])[0]
            if cust["visits"]:
                grade = rng.choice(["A", "B", "B", "C"])
            dwell = dt.timedelta(minutes=int(rng.triangular(10, 150, 40)))
            departed = at + dwell
            if departed > end_now:
                departed = None
            drive = rng.random() < 0.55
            visit = {"id": next_visit, "customer": cust["id"], "day": day, "arrived_at": at, "departed_at": departed,
                     "party_size": size, "company": company, "first_visit": cust["visits"] == 0,
                     "source": sources.get(rng.choices(src_names, weights=src_weights)[0]) if src_names else None,
                     "transport": "自驾" if drive else "步行",
                     "plate": (rng.choice("粤湘赣闽桂") + rng.choice("ABCDEF") + f"{rng.randrange(10**5):05d}")
                     if drive and rng.random() < 0.6 else "",
                     "needs": rng.choice(NEEDS) if rng.random() < 0.7 else "", "grade": grade, "notes": "",
                     "consultant": consultant, "assignment": action,
                     "location": rng.choice(["沙盘", "洽谈区", "洽谈区", "样板间", "VIP室"]) if departed is None
                     else "洽谈区", "registered_by": rng.choice(hosts)}
            next_visit += 1
            visits.append(visit)
            logs.append({"at": at, "day": day, "staff": consultant, "action": action, "reason": "",
                         "visit": visit["id"], "by": visit["registered_by"], "_k": 1})
            cust["visits"] += 1
            cust["last"] = at
            cust["grade"] = grade
            cust["in_hall_until"] = departed or end_now + dt.timedelta(days=1)
            if departed is None:
                open_groups.append(visit)
        ctx.progress(f"来访 {day}")

    insert_rows(Customer, [{
        "id": c["id"], "surname": c["surname"], "title": c["title"], "phone": c["phone"],
        "phone_rev": c["phone_rev"], "home_district": c["home_district"], "work_district": c["work_district"],
        "age_band": c["age_band"], "owner": c["owner"], "owner_since": c["owner_since"],
        "last_contact_at": c["last"], "last_grade": c["grade"], "visit_count": c["visits"],
        "created_at": c["created_at"]} for c in customers])
    insert_rows(Visit, visits)
    insert_rows(OwnershipChange, changes)
    for row in logs:
        row.pop("_k", None)
    insert_rows(RotationLog, logs)

    servings = []
    for v in open_groups:
        for guest in range(1, v["party_size"] + 1):
            name, cup = rng.choice(DRINKS)
            served = v["arrived_at"] + dt.timedelta(minutes=rng.randint(2, 6))
            if served <= end_now:
                servings.append({"visit": v["id"], "guest_no": guest, "item_name": name, "cup": cup,
                                 "served_at": served, "staff": rng.choice(hosts)})
    insert_rows(Serving, servings)
    tickets = []  # (the water bar's step books them out of its stock)
    for v in visits[-min(len(visits), 3000):]:
        if v["plate"] and rng.random() < 0.15:
            tickets.append({"at": v["arrived_at"] + dt.timedelta(minutes=5), "staff": v["consultant"],
                            "quantity": rng.choice([1, 1, 2, 3]), "visit": v["id"], "plate": v["plate"],
                            "note": "", "by": v["registered_by"]})
    insert_rows(ParkingTicketIssue, tickets)
