"""Demo data for the service desk: three buildings of owners and a season of service work."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk.clock import now
from desk.db.core import Staff
from desk.db.servicedesk import Unit
from desk.services.servicedesk import calls, complaints, fees, keys, repairs, specials, surveys, units
from desk.services.core.session import Session

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "春梅", "国庆", "玉兰", "文斌", "丽娟"]
REPAIR_TEXTS = {
    "水电": ["卫生间灯不亮", "厨房插座没电", "热水器无法点火", "总闸跳闸"],
    "门窗": ["入户门锁卡滞", "阳台推拉门关不严", "纱窗破损", "窗户把手松动"],
    "墙面": ["客厅墙面开裂", "卫生间墙砖空鼓", "天花板渗水发霉"],
    "管道": ["厨房下水道堵塞", "马桶漏水", "暖气片漏水", "洗手盆下水慢"],
    "电器": ["可视对讲不响", "排气扇不转", "空调不制冷"],
    "其他": ["信报箱钥匙丢失", "车位地锁损坏", "楼道声控灯不亮"],
}
COMPLAINTS = [
    ("环境卫生", "楼道垃圾清运不及时，有异味"), ("安全管理", "陌生人随意进出单元门"),
    ("维修服务", "报修两天无人上门"), ("物业服务", "前台电话长时间无人接听"),
    ("邻里纠纷", "楼上夜间噪音影响休息"), ("收费", "对公摊水电费有疑问"),
    ("工程质量", "外墙渗水导致卧室墙面发霉"), ("环境卫生", "小区绿化带有积水蚊虫多"),
]
CALL_TOPICS = [("咨询", "询问物业费缴费方式"), ("报修", "厨房水管漏水"), ("咨询", "装修申请需要哪些材料"),
               ("投诉", "地下车库照明不足"), ("咨询", "快递柜无法取件"), ("建议", "希望增加儿童游乐设施"),
               ("咨询", "车位月卡如何办理"), ("报修", "电梯按钮失灵")]
REPAIR_PRICES = [("更换水龙头", "个", "35"), ("更换灯管", "根", "15"), ("疏通下水道", "次", "80"),
                 ("更换门锁", "把", "120"), ("更换开关插座", "个", "20"), ("更换马桶配件", "套", "60")]
SPECIAL_PRICES = [("开荒保洁", "㎡", "5.50", "含玻璃、厨卫"), ("空调清洗", "台", "60", "挂机"),
                  ("家电清洗", "台", "80", "油烟机/洗衣机"), ("地板打蜡", "㎡", "8", ""),
                  ("窗帘清洗", "㎡", "15", "含拆装"), ("搬家协助", "次", "200", "2 人 4 小时内"),
                  ("代订桶装水", "桶", "18", "")]
WORKERS = ["工程部 李师傅", "工程部 王师傅", "工程部 赵师傅", "工程部 孙师傅"]


def _name(rng) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _phone(rng) -> str:
    return rng.choice(["138", "139", "136", "150", "158", "186", "188"]) + f"{rng.randint(0, 99999999):08d}"


def _at(rng, day: dt.date, start=9, end=17) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(start, end - 1), rng.randint(0, 59)))


def demo_service(ctx) -> None:
    if Unit.select().exists():
        return
    rng = ctx.rng
    system = ctx.session
    desk_staff = [Session.for_staff(s) for s in Staff.select() if "reception" in s.role_list] or [system]
    managers = [Session.for_staff(s) for s in Staff.select() if "supervisor" in s.role_list] or [system]
    moment = now()

    # units: buildings 1-3, entrances 1-2, floors 1-6, rooms x01/x02
    all_units = []
    for b in ("1", "2", "3"):
        for e in ("1", "2"):
            for floor in range(1, 7):
                for r in (1, 2):
                    area = None if rng.random() < 0.03 else Decimal(rng.choice(["89.56", "112.30", "128.75", "143.08"]))
                    move_in = ctx.today - dt.timedelta(days=rng.randint(100, 400))
                    all_units.append(units.add_unit(system, b, e, f"{floor}{r:02d}", area=area, owner_name=_name(rng),
                                                    owner_phone=_phone(rng), move_in=move_in))
    for name, unit_name, price in REPAIR_PRICES:
        specials.add_price_item(system, "repair", name, unit_name, price)
    for name, unit_name, price, note in SPECIAL_PRICES:
        specials.add_price_item(system, "special", name, unit_name, price, note)
    repair_items = list(specials.price_items("repair"))
    special_items = list(specials.price_items("special"))

    span = max(ctx.days, 90)
    days = [ctx.today - dt.timedelta(days=span - 1 - i) for i in range(span)]
    for day in days:
        # repairs
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            at = _at(rng, day)
            if at > moment:
                continue
            category = rng.choice(list(REPAIR_TEXTS))
            clerk = rng.choice(desk_staff)
            unit = rng.choice(all_units)
            r = repairs.receive(clerk, unit, category, rng.choice(REPAIR_TEXTS[category]), at=at)
            t = at + dt.timedelta(minutes=rng.randint(10, 90))
            if t > moment:
                continue
            repairs.dispatch(clerk, r.id, rng.choice(WORKERS), at=t)
            t += dt.timedelta(hours=rng.choice([1, 2, 3, 5, 8, 20, 30]) if rng.random() < 0.1 else rng.randint(1, 6))
            if t > moment:
                continue
            charge_item = rng.choice(repair_items).id if rng.random() < 0.35 else None
            repairs.complete(clerk, r.id, materials="常用配件" if charge_item else "", charge_item=charge_item,
                             quantity=1, at=t)
            t += dt.timedelta(hours=rng.randint(4, 80))
            if t > moment or rng.random() < 0.05:
                continue
            repairs.call_back(clerk, r.id, rng.random() < 0.96, rng.choice(["满意", "师傅很专业", "处理及时", ""]), at=t)
        # calls
        for _ in range(rng.choice([0, 1, 2, 2, 3])):
            at = _at(rng, day, 8, 20)
            if at > moment:
                continue
            clerk = rng.choice(desk_staff)
            topic, content = rng.choice(CALL_TOPICS)
            unit = rng.choice(all_units) if rng.random() < 0.8 else None
            call = calls.take_call(clerk, topic, unit=unit, content=content,
                                   caller="" if unit else _name(rng), phone=_phone(rng), at=at)
            handler = clerk
            if rng.random() < 0.3 and len(desk_staff + managers) > 1:
                target = rng.choice([s for s in desk_staff + managers if s.staff_id != clerk.staff_id])
                calls.hand_on(clerk, call.id, target.staff_id, "转相关负责人处理",
                              at=at + dt.timedelta(minutes=10))
                handler = target
            if (moment - at).days >= 1 or rng.random() < 0.5:
                calls.close_call(handler, call.id, "已答复业主", "" if rng.random() < 0.7 else "三日内回电",
                                 at=at + dt.timedelta(minutes=30))
        # key loans
        if rng.random() < 0.5:
            at = _at(rng, day)
            if at <= moment:
                unit = rng.choice(all_units)
                loan = keys.lend(rng.choice(desk_staff), f"{unit.code} 入户门", _name(rng),
                                 f"1101011980{rng.randint(1, 12):02d}{rng.randint(10, 28)}{rng.randint(1000, 9999)}",
                                 rng.choice(["装修进场", "维修入户", "家政保洁", "代收家具"]), rng.choice(["何伟", "马强"]),
                                 unit=unit, phone=f"139{unit.id:04d}{at.day:02d}{at.hour:02d}", at=at,
                                 due_at=at + dt.timedelta(hours=4))
                back = at + dt.timedelta(hours=rng.choice([1, 2, 3, 3, 5]))
                if back <= moment and day != ctx.today:
                    keys.return_key(rng.choice(desk_staff), loan.id, at=back)
        # special orders
        if rng.random() < 0.12:
            at = _at(rng, day)
            if at <= moment:
                order = specials.order(rng.choice(desk_staff), rng.choice(all_units), rng.choice(special_items).id,
                                       rng.choice(["1", "2", "89.5"]), at=at)
                if at + dt.timedelta(days=1) <= moment:
                    specials.finish_order(rng.choice(desk_staff), order.id, at=at + dt.timedelta(days=1))
        # owner visits
        if rng.random() < 0.15:
            at = _at(rng, day)
            if at <= moment:
                surveys.record_visit(rng.choice(desk_staff), rng.choice(all_units),
                                     rng.choice(["入住回访", "节日慰问", "装修巡查", "意见征询"]),
                                     "了解入住及使用情况", opinion=rng.choice(["", "希望加强夜间巡逻", "电梯等待时间长",
                                                                         "对保洁很满意"]), at=at)
    # an overdue repair still waiting for its part
    late_at = moment - dt.timedelta(days=2, hours=3)
    late = repairs.receive(desk_staff[0], all_units[5], "管道", "主卧卫生间地漏返水", at=late_at)
    repairs.dispatch(desk_staff[0], late.id, WORKERS[0], at=late_at + dt.timedelta(minutes=30))
    # complaints spread over the season, the last few still in hand
    for i in range(24):
        day = days[int(i * len(days) / 24)] if i < 21 else ctx.today - dt.timedelta(days=23 - i)
        at = _at(rng, day)
        if at > moment:
            continue
        category, content = rng.choice(COMPLAINTS)
        clerk = rng.choice(desk_staff)
        channel = complaints.CHANNELS[(1, 0, 1, 3, 1, 2)[at.hour % 6]]  # mostly calls and visits
        c = complaints.receive(clerk, rng.choice(all_units), category, content, channel=channel, at=at)
        age = (moment - at).days
        t = at + dt.timedelta(hours=1)
        if rng.random() < 0.25:
            complaints.judge(clerk, c.id, False, "经核实非物业责任，已向业主解释", at=t)
        else:
            complaints.judge(clerk, c.id, True, "情况属实", at=t)
            if age < 2:
                continue
            complaints.investigate(clerk, c.id, rng.choice(["工程部", "保洁部", "秩序部", "客服部"]), "现场核实", at=t)
            complaints.propose(clerk, c.id, "安排责任部门限期整改", at=t + dt.timedelta(hours=2))
            if age < 4:
                continue
            complaints.approve(rng.choice(managers), c.id, at=t + dt.timedelta(hours=4))
            complaints.implement(clerk, c.id, "已按方案整改", True, at=t + dt.timedelta(days=2))
            complaints.summarize(clerk, c.id, "已整改，纳入日常巡查", at=t + dt.timedelta(days=2, hours=1))
        closed = t + dt.timedelta(days=2, hours=2)
        back = closed + dt.timedelta(days=rng.randint(1, 4))
        if back <= moment and rng.random() < 0.85:
            complaints.call_back(clerk, c.id, rng.random() < 0.9, "业主表示认可", at=back)

    # fee periods: last quarter and this quarter
    this_q = dt.date(ctx.today.year, (ctx.today.month - 1) // 3 * 3 + 1, 1)
    last_q = (this_q - dt.timedelta(days=1)).replace(day=1)
    last_q = dt.date(last_q.year, (last_q.month - 1) // 3 * 3 + 1, 1)
    manager = managers[0]
    paying = rng.choice(desk_staff)
    for start in (last_q, this_q):
        quarter = (start.month - 1) // 3 + 1
        period = fees.create_period(manager, f"{start.year}年第{quarter}季度", start, 3, "1.80",
                                    start + dt.timedelta(days=30))
        fees.issue_notices(manager, period.id)
        for notice in period.notices:
            roll = rng.random()
            pay_at = dt.datetime.combine(min(start + dt.timedelta(days=rng.randint(1, 40)), ctx.today), dt.time(10, 0))
            if pay_at > moment:
                continue
            if roll < (0.75 if start == last_q else 0.45):
                fees.record_payment(paying, notice.unit_id, fees.statement(notice)["current_due"],
                                    method=rng.choice(fees.METHODS), at=pay_at)
            elif roll < 0.82:
                fees.record_payment(paying, notice.unit_id, "200", method="现金", at=pay_at)
    # opinion survey of this year
    for unit in rng.sample(all_units, 30):
        answers = {q: rng.choices(surveys.ANSWERS, weights=[80, 16, 4])[0] for q in surveys.QUESTIONS}
        surveys.enter_survey(rng.choice(desk_staff), unit, ctx.today.year, answers,
                             rng.choice(["", "希望增加健身设施", "停车位紧张", ""]))
