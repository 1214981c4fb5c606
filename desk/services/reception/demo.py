"""Demo step: a realistic history of visits (about 50–300 groups a day, weekends busier), with
Chinese surnames, sources, grades, return visitors going back to their owners, the rotation
journal and today's groups still in the hall with drinks served. Bulk inserts keep a 365-day
demo to seconds."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk.db.base import insert_rows
from desk.db.core import Staff
from desk.db.reception import (
    Contract, Customer, FollowUp, OwnershipChange, ParkingTicketIssue, RotationLog, Serving, Subscription, Visit,
    VisitCompletion, VisitSource,
)
from desk.services.core.serials import next_record_number

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


# -- the customer cycle: talks completed, follow-ups, 认购 and 签约 ---------------------------------
OBJECTIONS = ["单价偏高", "离地铁远", "交房时间晚", "首付压力大", "周边配套未成熟", "担心学位", "楼间距小", "物业费偏高",
              "想等降价", ""]
BUDGETS = ["150 万内", "150–200 万", "200–250 万", "250–300 万", "300 万以上"]
UNIT_TYPES = ["A1 两房两厅 89㎡", "B2 三房两厅 110㎡", "C2 三房两厅 125㎡", "D1 四房两厅 143㎡"]
AREAS = {"A1": 89, "B2": 110, "C2": 125, "D1": 143}
NEXT_STEPS = ["电话回访", "微信发户型图和价格单", "约周末看样板间", "带家人复访", "算价", "约认购"]
OUTCOMES = {
    "phone": ["客户说周末带家人再来", "在比较两个楼盘，下周答复", "对首付比例有顾虑，已解释分期", "未接，稍后再打",
              "已约看样板间"],
    "wechat": ["发了户型图和价格单，客户已读", "客户问车位价格，已回复", "发了样板间视频", "客户要求优惠，已报主管"],
    "visit": ["上门送资料，客户有意向", "在客户单位附近面谈，谈了付款方式"],
}
CORRECTION_REASONS = ["客户当晚来电补充了预算", "复核后调整意向等级", "户型记错，已更正", "抗性漏记"]
WITHDRAW_REASONS = ["贷款审批未通过", "家庭意见不统一", "改买其他楼盘", "资金周转困难"]
SUBSCRIBE_SHARE = 0.035  # of first-visit customers: a few percent subscribe
SIGN_SHARE = 0.8  # of approved 认购
WITHDRAW_SHARE = 0.08


def demo_customer_cycle(ctx) -> None:
    """After demo_reception: about two thirds of the talks completed (a few corrected), follow-ups
    for A and B customers (mostly on time), 认购 for a few percent of first-visit customers, most of
    them signed, a few withdrawn; the newest ones still waiting for the supervisor."""
    if VisitCompletion.select().exists() or Subscription.select().exists():
        return
    rng = ctx.rng
    real_now = dt.datetime.now().replace(microsecond=0)
    end_now = real_now if ctx.today == real_now.date() else dt.datetime.combine(ctx.today, dt.time(18, 30))
    approvers = [s.id for s in Staff.select().where(Staff.active == True) if "supervisor" in s.role_list  # noqa: E712
                 and "admin" not in s.role_list] or [None]
    visits = list(Visit.select(Visit.id, Visit.customer, Visit.day, Visit.arrived_at, Visit.departed_at, Visit.grade,
                               Visit.needs, Visit.consultant, Visit.first_visit)
                  .where(Visit.departed_at.is_null(False)).order_by(Visit.arrived_at).tuples())
    by_customer: dict[int, list[tuple]] = {}
    for v in visits:
        by_customer.setdefault(v[1], []).append(v)
    lapse = dt.timedelta(days=15)
    completions, follow_ups = [], []
    state: dict[int, dict] = {}  # customer -> newest contact (at, next_step, next_date), owner's last contact
    next_completion = (VisitCompletion.select(VisitCompletion.id).order_by(VisitCompletion.id.desc()).scalar() or 0) + 1

    def at_most_now(moment: dt.datetime) -> bool:
        return moment <= end_now

    for cid, rows in by_customer.items():
        for i, (vid, _c, day, arrived, departed, grade, needs, consultant, first) in enumerate(rows):
            day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
            later = rows[i + 1][3] if i + 1 < len(rows) else None
            info = state.setdefault(cid, {"contact": None, "owner_last": arrived})
            info["owner_last"] = max(info["owner_last"], arrived)
            info["contact"] = (arrived, "", None)
            if rng.random() > 0.65:
                continue
            talk_at = departed + dt.timedelta(minutes=rng.randint(5, 90))
            if not at_most_now(talk_at):
                continue
            grade = grade or rng.choice("BCCD")
            hot = grade in "AB"
            unit_type = rng.choice(UNIT_TYPES) if grade != "D" else ""
            next_date = day + dt.timedelta(days=rng.randint(1, 5)) if hot else None
            row = {"id": next_completion, "visit": vid, "corrects": None, "at": talk_at, "staff": consultant,
                   "grade": grade, "needs": needs or rng.choice(NEEDS), "objections": rng.choice(OBJECTIONS),
                   "budget": rng.choice(BUDGETS) if grade != "D" else "", "unit_type": unit_type,
                   "next_step": rng.choice(NEXT_STEPS) if hot else "", "next_date": next_date, "reason": ""}
            completions.append(row)
            next_completion += 1
            info["contact"] = (arrived, row["next_step"], next_date)
            if rng.random() < 0.03:  # corrected the next day: a new entry pointing at the first
                fixed = dict(row, id=next_completion, corrects=row["id"], at=talk_at + dt.timedelta(days=1),
                             grade=rng.choice("AB") if grade != "A" else "B", reason=rng.choice(CORRECTION_REASONS))
                if at_most_now(fixed["at"]):
                    completions.append(fixed)
                    next_completion += 1
                    info["contact"] = (arrived, fixed["next_step"], fixed["next_date"])
            # follow-ups until the next visit: only while the owner's last visit keeps them the owner
            due, step = next_date, 0
            last = departed
            while due is not None and step < 3:
                on_time = rng.random() < 0.78
                when = dt.datetime.combine(due if on_time else due + dt.timedelta(days=rng.randint(1, 4)),
                                           dt.time(rng.randint(9, 19), rng.randrange(60)))
                if when <= last:
                    when = last + dt.timedelta(hours=2)
                if not at_most_now(when) or (later is not None and when >= later) or when - arrived > lapse \
                        or rng.random() < 0.12:
                    break
                channel = rng.choices(["phone", "wechat", "visit"], weights=[55, 40, 5])[0]
                again = rng.random() < 0.5
                nxt = when.date() + dt.timedelta(days=rng.randint(2, 6)) if again else None
                follow_ups.append({"customer": cid, "staff": consultant, "at": when,
                                   "note": rng.choice(OUTCOMES[channel]), "channel": channel,
                                   "next_step": rng.choice(NEXT_STEPS) if again else "", "next_date": nxt,
                                   "due_on": due})
                info["contact"] = (when, follow_ups[-1]["next_step"], nxt)
                info["owner_last"] = max(info["owner_last"], when)
                last, due, step = when, nxt, step + 1
    # 认购 for a few percent of first-visit customers, warm and returning ones most likely
    grades = {}
    for row in completions:
        grades[row["visit"]] = row["grade"]
    firsts = [cid for cid, rows in by_customer.items() if rows[0][8]]
    weight = {cid: (3 if len(rows) > 1 else 1) * (3 if any(grades.get(r[0]) == "A" or r[5] == "A" for r in rows)
                                                   else 1)
              for cid, rows in by_customer.items()}
    chosen: set[int] = set()
    target = round(len(firsts) * SUBSCRIBE_SHARE)
    pool = [c for c in firsts if any((grades.get(r[0]) or r[5]) in ("A", "B") for r in by_customer[c])]
    while pool and len(chosen) < target:
        cid = rng.choices(pool, weights=[weight[c] for c in pool])[0]
        chosen.add(cid)
        pool.remove(cid)
    newest = {}
    for row in completions:
        newest[row["visit"]] = row
    for cid in chosen:  # the talk of the visit that ended in a 认购
        vid, _c, day, arrived, departed, _g, needs, consultant, _f = by_customer[cid][-1]
        talk = newest.get(vid)
        if talk is None:
            talk = {"id": next_completion, "visit": vid, "corrects": None, "staff": consultant,
                    "at": departed + dt.timedelta(minutes=5), "needs": needs or rng.choice(NEEDS),
                    "objections": "", "budget": rng.choice(BUDGETS), "unit_type": rng.choice(UNIT_TYPES),
                    "reason": ""}
            next_completion += 1
            completions.append(talk)
        talk.update(grade="A", next_step="约签约", next_date=None)
        state[cid]["contact"] = (state[cid]["contact"][0], "约签约", None)
    insert_rows(VisitCompletion, completions)
    insert_rows(FollowUp, follow_ups)
    for cid, info in state.items():
        at, next_step, next_due = info["contact"]
        Customer.update(last_contact_at=info["owner_last"], next_step=next_step or "", next_due=next_due).where(
            Customer.id == cid).execute()
    grades = {c["visit"]: c["grade"] for c in completions}
    for cid, rows in by_customer.items():
        graded = [grades.get(r[0]) or r[5] for r in reversed(rows) if grades.get(r[0]) or r[5]]
        if graded:
            Customer.update(last_grade=graded[0]).where(Customer.id == cid).execute()

    subs, contracts = [], []
    units_taken: set[str] = set()
    next_sub = (Subscription.select(Subscription.id).order_by(Subscription.id.desc()).scalar() or 0) + 1
    for cid in sorted(chosen, key=lambda c: by_customer[c][-1][3]):
        vid, _c, day, arrived, departed, _g, _n, consultant, _f = by_customer[cid][-1]
        day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
        while True:
            unit = f"{rng.randint(1, 8)}-{rng.randint(1, 2)}-{rng.randint(2, 30)}{rng.randint(1, 4):02d}"
            if unit not in units_taken:
                units_taken.add(unit)
                break
        area = AREAS[rng.choice(list(AREAS))]
        price = Decimal(area * rng.randrange(18000, 26000, 100))
        recorded = departed + dt.timedelta(minutes=rng.randint(10, 60))
        decided = recorded + dt.timedelta(hours=rng.randint(1, 5))
        sub = {"id": next_sub, "number": next_record_number("RG", day), "customer": cid, "consultant": consultant, "unit": unit,
               "price": price, "deposit": Decimal(rng.choice([20000, 30000, 50000])), "day": day,
               "status": "approved", "recorded_at": recorded, "recorded_by": consultant, "decided_at": decided,
               "decided_by": rng.choice(approvers), "decision_note": "", "withdrawn_at": None, "withdrawn_by": None,
               "withdraw_reason": ""}
        next_sub += 1
        if not at_most_now(decided):
            sub.update(status="pending", decided_at=None, decided_by=None)
        elif rng.random() < 0.03:
            sub.update(status="rejected", decision_note="价格低于底价，请重新核价")
        subs.append(sub)
        if sub["status"] != "approved":
            continue
        withdrawn_at = decided + dt.timedelta(days=rng.randint(3, 20), hours=rng.randint(0, 6))
        if rng.random() < WITHDRAW_SHARE and at_most_now(withdrawn_at):
            sub.update(status="withdrawn", withdrawn_at=withdrawn_at, withdrawn_by=rng.choice(approvers),
                       withdraw_reason=rng.choice(WITHDRAW_REASONS))
            continue
        sign_day = day + dt.timedelta(days=rng.randint(7, 30))
        signed_at = dt.datetime.combine(sign_day, dt.time(rng.randint(9, 16), rng.randrange(60)))
        if rng.random() > SIGN_SHARE or not at_most_now(signed_at):
            continue
        approved = signed_at + dt.timedelta(hours=2)
        contracts.append({"number": next_record_number("QY", sign_day), "subscription": sub["id"], "customer": cid,
                          "consultant": consultant, "day": sign_day, "amount": price - Decimal(rng.choice([0, 0, 5000])),
                          "status": "approved" if at_most_now(approved) else "pending", "recorded_at": signed_at,
                          "recorded_by": consultant, "decided_at": approved if at_most_now(approved) else None,
                          "decided_by": rng.choice(approvers) if at_most_now(approved) else None,
                          "decision_note": ""})
    insert_rows(Subscription, subs)
    insert_rows(Contract, contracts)
    signed = [c["customer"] for c in contracts]
    for start in range(0, len(signed), 500):  # signed: nothing more to arrange
        Customer.update(next_step="", next_due=None).where(Customer.id.in_(signed[start:start + 500])).execute()
