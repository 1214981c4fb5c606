"""The Excel sync's bookkeeping: each export of the sync workbook (token, who, file, which editable
sheets) and, per exported row of an editable sheet, fingerprints of the program's values and of
the cells as written, so an import can tell a row changed in the workbook from one changed in the
program since (``desk.excel.sync``)."""
from __future__ import annotations

import datetime as dt

from desk.db.base import db
from desk.db.excel import SyncExport, SyncFingerprint
from desk.services.core.session import Session


def record_export(session: Session, *, token: str, path: str, rows: int, sheets: list[str], reason: str,
                  prints: list[tuple[str, int, str, str]]) -> SyncExport:
    """Remember a written workbook and its rows' fingerprints ``(sheet, record id, program digest,
    sheet digest)``, in one transaction."""
    with db.atomic():
        export = SyncExport.create(token=token, staff=session.staff_id, path=path, rows=rows,
                                   sheets=",".join(sheets), reason=reason)
        batch = [{"export": export.id, "sheet": k, "record_id": rid, "program_digest": p, "sheet_digest": sd}
                 for k, rid, p, sd in prints]
        for i in range(0, len(batch), 500):
            SyncFingerprint.insert_many(batch[i:i + 500]).execute()
    return export


def export_with_token(token: str | None) -> SyncExport | None:
    return SyncExport.get_or_none(SyncExport.token == token) if token else None


def fingerprints(export_id: int, sheet: str) -> dict:
    """The fingerprints of one sheet of an export by record id (``program_digest``, ``sheet_digest``)."""
    return {f.record_id: f for f in SyncFingerprint.select(
        SyncFingerprint.record_id, SyncFingerprint.program_digest, SyncFingerprint.sheet_digest).where(
        (SyncFingerprint.export == export_id) & (SyncFingerprint.sheet == sheet)).namedtuples()}


def refresh_fingerprint(export_id: int, sheet: str, record_id: int, program_digest: str, sheet_digest: str) -> None:
    """After a workbook row was applied, the workbook and the program agree on it."""
    SyncFingerprint.update(program_digest=program_digest, sheet_digest=sheet_digest).where(
        (SyncFingerprint.export == export_id) & (SyncFingerprint.sheet == sheet)
        & (SyncFingerprint.record_id == record_id)).execute()


def exports():
    """Every sync workbook written, newest first (Excel 同步's history)."""
    return SyncExport.select().order_by(SyncExport.id.desc())


def last_export_at(reason: str) -> dt.datetime | None:
    """When a workbook was last written for ``reason`` (the sync folder's "daily")."""
    row = SyncExport.select(SyncExport.at).where(SyncExport.reason == reason).order_by(SyncExport.at.desc()).first()
    return row.at if row else None


def set_export_time(token: str, at: dt.datetime) -> None:
    SyncExport.update(at=at).where(SyncExport.token == token).execute()
