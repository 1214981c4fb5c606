"""Reception tables: customers, visits (groups), the hall, drinks served, the consultant rotation,
ownership claims and parking tickets.

Journals (rotation log, moves, servings, parking tickets, follow-ups) are never edited in place.
"""
from __future__ import annotations

from peewee import (
    AutoField, BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField,
    TextField,
)

from desk.clock import now
from desk.db.base import BaseModel
from desk.db.core import Staff


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
    """A consultant's follow-up with a customer (keeps ownership alive)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="follow_ups", index=True)
    staff = ForeignKeyField(Staff)
    at = DateTimeField(default=now)
    note = TextField(default="")


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


MODELS = [VisitSource, Customer, Visit, VisitMove, Serving, FollowUp, OwnershipChange, OwnershipClaim,
          RotationSlot, RotationLog, ParkingTicketIssue]

DEFAULT_SOURCES = ["路过", "朋友介绍", "老带新", "户外广告", "短信", "网络", "电视", "报纸", "电话邀约", "其他"]


def create(database) -> None:
    database.create_tables(MODELS)
    if not VisitSource.select().exists():
        VisitSource.insert_many([{"name": n, "sort": i} for i, n in enumerate(DEFAULT_SOURCES)]).execute()
