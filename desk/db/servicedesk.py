"""Owner service desk (客服台) tables: units and owners, repairs, complaints, calls, key loans,
price lists and special-service orders, property-fee periods, notices and payments, owner visits
and opinion surveys.

Records are evidence: workflow rows move forward through their states (each change audited);
nothing is deleted. Price-list rows are deactivated, never removed.
"""
from __future__ import annotations

from peewee import (
    AutoField, BooleanField, CharField, DateField, DateTimeField, DecimalField, ForeignKeyField,
    IntegerField, TextField,
)

from desk.clock import now
from desk.db.base import BaseModel, JSONField
from desk.db.core import Staff


def Money(**kw):  # noqa: N802 - a field factory
    return DecimalField(max_digits=12, decimal_places=2, auto_round=True, **kw)


class Unit(BaseModel):
    """房号 and its owner."""

    id = AutoField()
    building = CharField()  # 栋, e.g. "3"
    entrance = CharField()  # 单元, e.g. "1"
    room = CharField()  # 室, e.g. "1202"
    area = DecimalField(max_digits=10, decimal_places=2, null=True, auto_round=True)  # 建筑面积 ㎡
    owner_name = CharField(default="")
    owner_phone = CharField(default="")
    move_in = DateField(null=True)
    note = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("building", "entrance", "room"), True),)

    @property
    def code(self) -> str:
        return f"{self.building}-{self.entrance}-{self.room}"

    @property
    def label(self) -> str:
        return f"{self.building}栋{self.entrance}单元{self.room}"


class PriceItem(BaseModel):
    """A row of a price list: kind "repair" (内部维修收费) or "special" (特约服务收费标准)."""

    id = AutoField()
    kind = CharField(index=True)
    name = CharField()
    unit_name = CharField(default="次")  # 单位
    price = Money()
    note = TextField(default="")
    active = BooleanField(default=True)
    sort = IntegerField(default=0)


class Repair(BaseModel):
    """报修 → 派工 → 完工 → 回访."""

    id = AutoField()
    number = CharField(unique=True)
    unit = ForeignKeyField(Unit, backref="repairs")
    reporter = CharField(default="")
    reporter_phone = CharField(default="")
    category = CharField()
    description = TextField()
    status = CharField(default="received", index=True)  # received/dispatched/done/called_back
    received_at = DateTimeField(default=now, index=True)
    received_by = ForeignKeyField(Staff, null=True, backref="+")
    due_at = DateTimeField()
    worker = CharField(default="")  # 维修人员 (engineering)
    dispatched_at = DateTimeField(null=True)
    dispatched_by = ForeignKeyField(Staff, null=True, backref="+")
    done_at = DateTimeField(null=True, index=True)
    materials = TextField(default="")
    charge_item = ForeignKeyField(PriceItem, null=True, backref="+")
    charge_quantity = DecimalField(max_digits=10, decimal_places=2, null=True)
    charge = Money(default=0)
    done_note = TextField(default="")
    callback_at = DateTimeField(null=True, index=True)
    callback_by = ForeignKeyField(Staff, null=True, backref="+")
    satisfied = BooleanField(null=True)
    callback_comment = TextField(default="")


class ComplaintCategory(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    active = BooleanField(default=True)
    sort = IntegerField(default=0)


class Complaint(BaseModel):
    """受理 → 判断 → 调查 → 方案 (主管批准) → 实施 (客户确认) → 总结 → 回访."""

    id = AutoField()
    number = CharField(unique=True)
    unit = ForeignKeyField(Unit, null=True, backref="complaints")
    complainant = CharField()
    phone = CharField(default="")
    category = ForeignKeyField(ComplaintCategory, backref="complaints")
    content = TextField()
    status = CharField(default="received", index=True)
    received_at = DateTimeField(default=now, index=True)
    received_by = ForeignKeyField(Staff, null=True, backref="+")
    valid = BooleanField(null=True)
    judgement = TextField(default="")
    judged_at = DateTimeField(null=True)
    department = CharField(default="")
    investigation = TextField(default="")
    investigated_at = DateTimeField(null=True)
    plan = TextField(default="")
    planned_at = DateTimeField(null=True)
    approved_by = ForeignKeyField(Staff, null=True, backref="+")
    approved_at = DateTimeField(null=True)
    implementation = TextField(default="")
    implemented_at = DateTimeField(null=True)
    customer_confirmed = BooleanField(default=False)
    summary = TextField(default="")
    closed_at = DateTimeField(null=True, index=True)
    closed_by = ForeignKeyField(Staff, null=True, backref="+")
    callback_at = DateTimeField(null=True, index=True)
    callback_by = ForeignKeyField(Staff, null=True, backref="+")
    satisfied = BooleanField(null=True)
    callback_comment = TextField(default="")
    channel = CharField(default="")  # 投诉方式: 来访 / 来电 / 信函 / 网络 / 其他 (step 12)


class Call(BaseModel):
    """来电登记, with 首问负责: ``responsible`` is whoever holds it now."""

    id = AutoField()
    at = DateTimeField(default=now, index=True)
    caller = CharField(default="")
    phone = CharField(default="")
    unit = ForeignKeyField(Unit, null=True, backref="calls")
    topic = CharField()
    content = TextField(default="")
    taken_by = ForeignKeyField(Staff, backref="+")
    responsible = ForeignKeyField(Staff, backref="+")
    result = TextField(default="")
    follow_up = TextField(default="")
    closed_at = DateTimeField(null=True)


class CallHandOn(BaseModel):
    id = AutoField()
    call = ForeignKeyField(Call, backref="hand_ons")
    at = DateTimeField(default=now)
    from_staff = ForeignKeyField(Staff, backref="+")
    to_staff = ForeignKeyField(Staff, backref="+")
    note = TextField(default="")


class KeyLoan(BaseModel):
    """业主钥匙借用. The ID number is kept as evidence and shown only as its last 4 digits."""

    id = AutoField()
    key_label = CharField()
    unit = ForeignKeyField(Unit, null=True, backref="key_loans")
    borrower = CharField()
    borrower_id_number = CharField(default="")
    borrower_phone = CharField(default="")
    purpose = CharField()
    out_at = DateTimeField(default=now, index=True)
    due_at = DateTimeField()
    witness = CharField(default="")
    lent_by = ForeignKeyField(Staff, null=True, backref="+")
    returned_at = DateTimeField(null=True, index=True)
    returned_to = ForeignKeyField(Staff, null=True, backref="+")
    return_note = TextField(default="")


class SpecialOrder(BaseModel):
    """特约服务 order, priced from the special-service fee table."""

    id = AutoField()
    number = CharField(unique=True)
    unit = ForeignKeyField(Unit, backref="special_orders")
    item = ForeignKeyField(PriceItem, backref="+")
    item_name = CharField()  # as priced at ordering
    unit_price = Money()
    quantity = DecimalField(max_digits=10, decimal_places=2)
    amount = Money()
    note = TextField(default="")
    ordered_at = DateTimeField(default=now)
    ordered_by = ForeignKeyField(Staff, null=True, backref="+")
    done_at = DateTimeField(null=True)
    done_by = ForeignKeyField(Staff, null=True, backref="+")


class FeePeriod(BaseModel):
    id = AutoField()
    name = CharField(unique=True)  # e.g. 2026年第四季度
    start = DateField()
    months = IntegerField()
    unit_price = DecimalField(max_digits=10, decimal_places=4)  # 元/㎡/月
    due_date = DateField()
    created_at = DateTimeField(default=now)
    created_by = ForeignKeyField(Staff, null=True, backref="+")


class FeeNotice(BaseModel):
    """One unit's charge for one period (area, price and months as charged)."""

    id = AutoField()
    period = ForeignKeyField(FeePeriod, backref="notices")
    unit = ForeignKeyField(Unit, backref="fee_notices")
    area = DecimalField(max_digits=10, decimal_places=2)
    unit_price = DecimalField(max_digits=10, decimal_places=4)
    months = IntegerField()
    amount = Money()
    issued_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("period", "unit"), True),)


class FeePayment(BaseModel):
    """A payment applied to one notice. A correction is a negative row pointing at what it reverses."""

    id = AutoField()
    notice = ForeignKeyField(FeeNotice, backref="payments")
    amount = Money()
    paid_at = DateTimeField(default=now, index=True)
    method = CharField(default="现金")
    received_by = ForeignKeyField(Staff, null=True, backref="+")
    note = TextField(default="")
    reverses = ForeignKeyField("self", null=True, backref="reversals")


class OwnerVisit(BaseModel):
    """拜访业主记录."""

    id = AutoField()
    unit = ForeignKeyField(Unit, backref="visits")
    visited_at = DateTimeField(default=now, index=True)
    visitor = ForeignKeyField(Staff, null=True, backref="+")
    purpose = CharField(default="")
    content = TextField(default="")
    opinion = TextField(default="")  # 业主意见
    follow_up = TextField(default="")


class SurveyResponse(BaseModel):
    """业主意见征询表 answers, entered after the paper comes back."""

    id = AutoField()
    unit = ForeignKeyField(Unit, backref="surveys")
    year = IntegerField(index=True)
    answers = JSONField()  # {question: "满意" / "基本满意" / "不满意"}
    suggestion = TextField(default="")
    entered_at = DateTimeField(default=now)
    entered_by = ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        indexes = ((("unit", "year"), True),)


class ArrearsReminder(BaseModel):
    """A 催缴通知书 issued to a unit on a day: its number, what was owed, and who issued it. The
    count of a unit's reminders is the 催缴次数 printed on the next one."""

    id = AutoField()
    unit = ForeignKeyField(Unit, backref="reminders")
    as_of = DateField()
    number = CharField(unique=True)
    amount = Money()
    issued_at = DateTimeField(default=now)
    issued_by = ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        indexes = ((("unit", "as_of"), True),)


MODELS = [Unit, PriceItem, Repair, ComplaintCategory, Complaint, Call, CallHandOn, KeyLoan,
          SpecialOrder, FeePeriod, FeeNotice, FeePayment, OwnerVisit, SurveyResponse, ArrearsReminder]

DEFAULT_COMPLAINT_CATEGORIES = ["工程质量", "维修服务", "物业服务", "收费", "安全管理", "环境卫生",
                                "邻里纠纷", "其他"]


def migrate(database, migrator) -> None:
    database.create_tables(MODELS)
    for i, name in enumerate(DEFAULT_COMPLAINT_CATEGORIES):
        ComplaintCategory.create(name=name, sort=i)
