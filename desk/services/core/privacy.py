"""Masking personal data: phones as 138****0000, ID numbers as their last 4 digits.

Use ``phone_for(session, phone, owner_id=...)`` wherever a phone is shown, printed or exported.
"""
from __future__ import annotations

import re


def mask_phone(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    if not digits:
        return ""
    if len(digits) >= 11:
        return digits[:3] + "****" + digits[-4:]
    if len(digits) > 4:
        return "*" * (len(digits) - 4) + digits[-4:]
    return "****"


def mask_id(number: str | None) -> str:
    """An ID card number shown only as its last 4 digits."""
    text = (number or "").strip()
    if not text:
        return ""
    return "****" + text[-4:]


def may_see_phone(session, owner_id: int | None = None) -> bool:
    """Supervisors (phone.full) and the owning consultant see full numbers."""
    if session is None:
        return False
    if session.can("phone.full"):
        return True
    return owner_id is not None and session.staff_id == owner_id


def phone_for(session, phone: str | None, owner_id: int | None = None) -> str:
    return (phone or "") if may_see_phone(session, owner_id) else mask_phone(phone)
