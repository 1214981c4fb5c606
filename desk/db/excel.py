"""Excel sync bookkeeping: each export of the sync workbook and, per importable row, a
fingerprint of what was exported, so an import can tell a row changed in the workbook from one
changed in the program since (a conflict when both)."""
from __future__ import annotations

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desk.clock import now
from desk.db.base import BaseModel
from desk.db.core import Staff


class SyncExport(BaseModel):
    id = AutoField()
    token = CharField(unique=True)  # random; written into the workbook's hidden _同步 sheet
    at = DateTimeField(default=now, index=True)
    staff = ForeignKeyField(Staff, null=True, backref="excel_exports")
    path = TextField(default="")
    sheets = TextField(default="")  # comma-separated sheet keys with fingerprints
    rows = IntegerField(default=0)
    reason = CharField(default="manual")  # manual / daily / cli


class SyncFingerprint(BaseModel):
    """One exported row of an importable sheet: digests of the program's values and of the
    cells as written (phones masked as exported)."""

    id = AutoField()
    export = ForeignKeyField(SyncExport, backref="fingerprints", on_delete="CASCADE")
    sheet = CharField()
    record_id = IntegerField()
    program_digest = CharField()
    sheet_digest = CharField()

    class Meta:
        indexes = ((("export", "sheet", "record_id"), True),)


MODELS = [SyncExport, SyncFingerprint]


def migrate_v7(database, migrator) -> None:
    database.create_tables(MODELS)
