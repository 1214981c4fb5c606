"""Foundation tables: staff, audit trail, shifts and the duty log."""
from __future__ import annotations

from peewee import (
    AutoField, BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField,
)

from desk.clock import now
from desk.db.base import BaseModel, JSONField


class Staff(BaseModel):
    id = AutoField()
    code = CharField(unique=True)  # 工号, typed at sign-in
    name = CharField()
    roles = CharField(default="")  # comma-separated role keys, see services.permissions.ROLES
    phone = CharField(default="")
    pin_hash = CharField(default="")  # scrypt$n$r$p$salt$hash
    active = BooleanField(default=True)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    created_at = DateTimeField(default=now)

    @property
    def role_list(self) -> list[str]:
        return [r for r in self.roles.split(",") if r]


class AuditEntry(BaseModel):
    id = AutoField()
    at = DateTimeField(default=now, index=True)
    staff = ForeignKeyField(Staff, null=True, backref="audit_entries")
    action = CharField(index=True)  # create / change / correct / sign_in / ...
    entity = CharField(index=True)  # table or record kind, e.g. "staff"
    entity_id = IntegerField(null=True)
    before = JSONField(null=True)
    after = JSONField(null=True)
    note = TextField(default="")


class Shift(BaseModel):
    id = AutoField()
    opened_at = DateTimeField(default=now, index=True)
    opened_by = ForeignKeyField(Staff, backref="shifts_opened")
    closed_at = DateTimeField(null=True)
    closed_by = ForeignKeyField(Staff, null=True, backref="shifts_closed")
    handover_note = TextField(default="")


class DutyLogEntry(BaseModel):
    """值班日志: one event of a shift. Corrections are new entries pointing at what they correct."""

    id = AutoField()
    shift = ForeignKeyField(Shift, null=True, backref="log_entries")
    at = DateTimeField(default=now, index=True)
    kind = CharField()  # 事件 / 设备故障 / 遗留问题 / 交接 / 更正
    text = TextField()
    staff = ForeignKeyField(Staff, backref="log_entries")
    corrects = ForeignKeyField("self", null=True, backref="corrections")


class Counter(BaseModel):
    """Named counters (serial numbers per form type and day): never reused."""

    name = CharField(primary_key=True)
    value = IntegerField(default=0)


MODELS = [Staff, AuditEntry, Shift, DutyLogEntry, Counter]
