"""Reception tables: customers, visits (groups), the hall, drinks served, the consultant rotation,
ownership claims and parking tickets; the consultant's customer cycle: what the talk taught
(visit completions), follow-ups, and the outcomes 认购 (subscription) and 签约 (contract).

Journals (rotation log, moves, servings, parking tickets, follow-ups, visit completions) are never
edited in place: a completion of a visit is a new row pointing at the visit (and at the completion
it corrects).
"""
from __future__ import annotations

from peewee import (
    AutoField, BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField,
    TextField,
)

from desk.clock import now
from desk.db.base import BaseModel
from desk.db.core import Staff
from desk.db.servicedesk import Money


class VisitSource(BaseModel):
    """认知途径: how a customer heard of the project (an editable list)."""

    id = AutoField()
    name = CharField(unique=True)
    sort = IntegerField(default=0)
    active = BooleanField(default=True)


class Customer(BaseModel):
    id = AutoField()
    surname = CharField(default="", index=True)
    title = CharField(default="")  # 先生 / 女士
    phone = CharField(null=True, index=True)  # 11 digits, NULL for 无手机号 or anonymised
    phone_rev = CharField(null=True, index=True)  # reversed digits: tail lookup with an index
    home_district = CharField(default="")
    work_district = CharField(default="")
    age_band = CharField(default="")
    owner = ForeignKeyField(Staff, null=True, backref="owned_customers")
    owner_since = DateTimeField(null=True)
    last_contact_at = DateTimeField(null=True, index=True)  # last visit or follow-up
    last_grade = CharField(default="")
    visit_count = IntegerField(default=0)
    anonymised = BooleanField(default=False)
    created_at = DateTimeField(default=now)
    # the next step agreed with the customer (from the newest completion or follow-up): state
    next_step = CharField(default="")
    next_due = DateField(null=True)

    @property
    def display_name(self) -> str:
        return f"{self.surname}{self.title}" if self.surname else ""


class Visit(BaseModel):
    """One group's visit: registration, where they are in the hall, departure."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="visits", index=True)
    day = DateField(index=True)
    arrived_at = DateTimeField(index=True)
    departed_at = DateTimeField(null=True)
    party_size = IntegerField(default=1)
    company = CharField(default="独自")  # 独自 / 家人 / 朋友
    first_visit = BooleanField(default=True)
    source = ForeignKeyField(VisitSource, null=True, backref="visits")
    transport = CharField(default="")  # 步行 / 自驾
    plate = CharField(default="")
    needs = TextField(default="")
    grade = CharField(default="")  # A-D
    notes = TextField(default="")
    consultant = ForeignKeyField(Staff, null=True, backref="visits_received")
    assignment = CharField(default="")  # rotation / owner / chosen / claim
    location = CharField(default="沙盘")
    registered_by = ForeignKeyField(Staff, null=True, backref="visits_registered")

# The groups still in the hall: a handful among a year of visits, read by the hall board, the bar's
# refills and the overview on every change (without it each read scans every visit ever made).
VISIT_IN_HALL = Visit.index(Visit.arrived_at, Visit.id, where=Visit.departed_at.is_null(), name="visit_in_hall")
Visit.add_index(VISIT_IN_HALL)


class VisitMove(BaseModel):
    """A group moving between 沙盘, 洽谈区, 样板间, VIP室 (journal)."""

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="moves", index=True)
    at = DateTimeField(default=now)
    from_location = CharField(default="")
    to_location = CharField()
    staff = ForeignKeyField(Staff, null=True)


class Serving(BaseModel):
    """A drink or snack served to one guest of a group; a refill is a new row pointing at the first."""

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="servings", index=True)
    guest_no = IntegerField()  # 1..party_size
    item_id = IntegerField(null=True)  # stock item (water bar)
    item_name = CharField()
    cup = CharField(default="china")  # paper / china / none
    served_at = DateTimeField()
    refill_of = ForeignKeyField("self", null=True, backref="refills")
    stock_entry_id = IntegerField(null=True)  # the stock journal row booked for it
    staff = ForeignKeyField(Staff, null=True)


class FollowUp(BaseModel):
    """A consultant's follow-up with a customer (keeps ownership alive). ``note`` is the outcome."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="follow_ups", index=True)
    staff = ForeignKeyField(Staff)
    at = DateTimeField(default=now)
    note = TextField(default="")
    channel = CharField(default="")  # phone / wechat / visit
    next_step = CharField(default="")
    next_date = DateField(null=True)
    due_on = DateField(null=True)  # the customer's next step due when this follow-up was made


class OwnershipChange(BaseModel):
    """Journal of who owned a customer from when: first registration, lapse, approved claim."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="ownership_changes", index=True)
    at = DateTimeField(default=now)
    from_staff = ForeignKeyField(Staff, null=True, backref="+")
    to_staff = ForeignKeyField(Staff, null=True, backref="+")
    reason = CharField()  # first / lapsed / claim
    by = ForeignKeyField(Staff, null=True, backref="+")


class OwnershipClaim(BaseModel):
    """Another consultant received an owned customer: flagged for the supervisor, never silent."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="claims", index=True)
    visit = ForeignKeyField(Visit, null=True, backref="claims")
    claimant = ForeignKeyField(Staff, backref="+")
    owner = ForeignKeyField(Staff, null=True, backref="+")
    at = DateTimeField(default=now)
    note = TextField(default="")
    status = CharField(default="pending", index=True)  # pending / approved / rejected
    decided_by = ForeignKeyField(Staff, null=True, backref="+")
    decided_at = DateTimeField(null=True)
    decision_note = TextField(default="")


class RotationSlot(BaseModel):
    """A consultant's place in one day's rotation (state; every change is in RotationLog)."""

    id = AutoField()
    day = DateField(index=True)
    staff = ForeignKeyField(Staff, backref="rotation_slots")
    position = IntegerField()
    status = CharField(default="available")  # available / skipped
    reason = CharField(default="")  # 忙 / 外出 / 休息 when skipped

    class Meta:
        indexes = ((("day", "staff"), True),)


class RotationLog(BaseModel):
    """Journal of the rotation: assign, owner, skip, return, reorder, join (fairness reports)."""

    id = AutoField()
    at = DateTimeField(default=now, index=True)
    day = DateField(index=True)
    staff = ForeignKeyField(Staff, null=True, backref="+")
    action = CharField()
    reason = CharField(default="")
    visit = ForeignKeyField(Visit, null=True, backref="+")
    by = ForeignKeyField(Staff, null=True, backref="+")


class ParkingTicketIssue(BaseModel):
    """停车票领用: tickets a consultant took, confirmed with their PIN."""

    id = AutoField()
    at = DateTimeField(default=now, index=True)
    staff = ForeignKeyField(Staff, backref="parking_tickets")
    quantity = IntegerField()
    visit = ForeignKeyField(Visit, null=True, backref="parking_tickets")
    plate = CharField(default="")
    note = TextField(default="")
    stock_entry_id = IntegerField(null=True)
    by = ForeignKeyField(Staff, null=True, backref="+")


class VisitCompletion(BaseModel):
    """What the consultant (or host) learnt in the talk, entered after it: a journal row pointing
    at the visit; a later entry for the same visit ``corrects`` the one before. The visit's own
    registration values stay as they were."""

    id = AutoField()
    visit = ForeignKeyField(Visit, backref="completions", index=True)
    corrects = ForeignKeyField("self", null=True, backref="corrections")
    at = DateTimeField(default=now)
    staff = ForeignKeyField(Staff, null=True, backref="+")
    grade = CharField(default="")  # A-D
    needs = TextField(default="")
    objections = TextField(default="")  # 抗性
    budget = CharField(default="")
    unit_type = CharField(default="")  # preferred 户型
    next_step = CharField(default="")
    next_date = DateField(null=True)
    reason = TextField(default="")  # why a correction was made

    class Meta:
        table_name = "visit_completion"


class Subscription(BaseModel):
    """认购: a customer subscribes to a unit (price, deposit). Recorded by the consultant, approved
    or rejected by a supervisor; an approved one may be withdrawn (退订) with a reason."""

    id = AutoField()
    number = CharField(unique=True)  # RG20261123-001
    customer = ForeignKeyField(Customer, backref="subscriptions", index=True)
    consultant = ForeignKeyField(Staff, backref="+")
    unit = CharField()  # 房号 as sold, e.g. 3-1-1202
    price = Money()
    deposit = Money(default=0)
    day = DateField(index=True)  # 认购日期
    status = CharField(default="pending", index=True)  # pending / approved / rejected / withdrawn
    recorded_at = DateTimeField(default=now)
    recorded_by = ForeignKeyField(Staff, null=True, backref="+")
    decided_at = DateTimeField(null=True)
    decided_by = ForeignKeyField(Staff, null=True, backref="+")
    decision_note = TextField(default="")
    withdrawn_at = DateTimeField(null=True)
    withdrawn_by = ForeignKeyField(Staff, null=True, backref="+")
    withdraw_reason = TextField(default="")


class Contract(BaseModel):
    """签约: the contract that follows an approved 认购; approved or rejected by a supervisor."""

    id = AutoField()
    number = CharField(unique=True)  # QY20261123-001
    subscription = ForeignKeyField(Subscription, backref="contracts", index=True)
    customer = ForeignKeyField(Customer, backref="contracts", index=True)
    consultant = ForeignKeyField(Staff, backref="+")
    day = DateField(index=True)  # 签约日期
    amount = Money()
    status = CharField(default="pending", index=True)  # pending / approved / rejected
    recorded_at = DateTimeField(default=now)
    recorded_by = ForeignKeyField(Staff, null=True, backref="+")
    decided_at = DateTimeField(null=True)
    decided_by = ForeignKeyField(Staff, null=True, backref="+")
    decision_note = TextField(default="")


MODELS = [VisitSource, Customer, Visit, VisitMove, Serving, FollowUp, OwnershipChange, OwnershipClaim,
          RotationSlot, RotationLog, ParkingTicketIssue, VisitCompletion, Subscription, Contract]
# Added by migration step 8 (the customer cycle): new tables, and fields appended to these.
CYCLE_MODELS = [VisitCompletion, Subscription, Contract]
CYCLE_EXTENDED = [Customer, FollowUp]

DEFAULT_SOURCES = ["路过", "朋友介绍", "老带新", "户外广告", "短信", "网络", "电视", "报纸", "电话邀约", "其他"]


def create(database) -> None:
    database.create_tables(MODELS)
    if not VisitSource.select().exists():
        VisitSource.insert_many([{"name": n, "sort": i} for i, n in enumerate(DEFAULT_SOURCES)]).execute()
