"""Who may see a number, in one place: phones as 138****0000, ID numbers as their last 4 digits.

Use ``phone_for(session, phone, owner_id=...)`` wherever a phone is shown, printed or exported; a
service that lists personal data returns ``MaskedQuery`` / ``masked`` records for the session.
Supervisors (``phone.full``) and a customer's own consultant see full phone numbers; nobody sees a
whole ID number.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field


def mask_phone(phone: str | None) -> str:
    if phone and "*" in phone:
        return phone  # masked already
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


def id_for(session, number: str | None) -> str:
    """An ID card number as anyone sees it on screen, paper or Excel: its last 4 digits."""
    return mask_id(number)


# -- records and queries as a session may see them ----------------------------------------------------
@dataclass(frozen=True)
class Mask:
    """Which fields of a record hold personal data: ``phones`` (shown by ``phone_for``, with ``owner``
    naming the field of the staff id who owns them), ``ids`` (ID numbers, last 4 digits) and
    ``related`` records read through an attribute (a visit's customer)."""

    phones: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    owner: str | None = None
    related: dict[str, "Mask"] = field(default_factory=dict)


class Masked:
    """A record as a session may see it: masked fields replaced, everything else read through.
    Read-only: a masked number can never be written back by saving what was shown."""

    __slots__ = ("_record", "_shown", "_again")

    def __init__(self, record, shown: dict, again=None):
        object.__setattr__(self, "_record", record)
        object.__setattr__(self, "_shown", shown)
        object.__setattr__(self, "_again", again)  # () -> shown, read again from the record

    @property
    def __class__(self):
        # isinstance(row, Repair) holds, so that a query given the row (``Call.unit == row``) reads its id.
        return object.__getattribute__(self, "_record").__class__

    def __getattr__(self, name):
        shown = object.__getattribute__(self, "_shown")
        if name in shown:
            return shown[name]
        return getattr(object.__getattribute__(self, "_record"), name)

    def __setattr__(self, name, value):
        raise AttributeError(f"{name}: a record shown masked is read-only")

    def save(self, *args, **kwargs):
        raise AttributeError("a record shown masked cannot be saved")

    def __eq__(self, other):
        record = object.__getattribute__(self, "_record")
        if isinstance(other, Masked):
            other = object.__getattribute__(other, "_record")
        return record == other

    def __hash__(self):
        return hash(object.__getattribute__(self, "_record"))

    def __repr__(self):
        return f"Masked({object.__getattribute__(self, '_record')!r})"


def masked(session, record, mask: Mask):
    """``record`` (None stays None) with ``mask``'s fields as ``session`` may see them."""
    if record is None:
        return None
    owner = getattr(record, mask.owner) if mask.owner else None
    shown = {name: phone_for(session, getattr(record, name), owner) for name in mask.phones}
    shown.update({name: id_for(session, getattr(record, name)) for name in mask.ids})
    shown.update({name: masked(session, getattr(record, name), inner) for name, inner in mask.related.items()})
    return Masked(record, shown, lambda: object.__getattribute__(masked(session, record, mask), "_shown"))


def record_of(row):
    """The loaded record behind a row shown masked (any other row is its own record)."""
    return object.__getattribute__(row, "_record") if isinstance(row, Masked) else row


def reshown(row) -> None:
    """After the record behind ``row`` changed in memory (its corrections shown), mask it again:
    a corrected phone is shown as the session may see it, not as the first value's mask."""
    if isinstance(row, Masked):
        again = object.__getattribute__(row, "_again")
        if again is not None:
            object.__setattr__(row, "_shown", again())


class MaskedQuery:
    """A query whose rows come back masked for a session. Lists page through it as through the query:
    ``offset``/``limit``/``paginate``/``where``/``order_by`` give another MaskedQuery, ``count`` and
    ``exists`` read the query, iterating yields ``Masked`` rows."""

    def __init__(self, session, query, mask: Mask):
        self.session, self.query, self.mask = session, query, mask

    def _with(self, query) -> "MaskedQuery":
        return MaskedQuery(self.session, query, self.mask)

    def offset(self, n):
        return self._with(self.query.offset(n))

    def limit(self, n):
        return self._with(self.query.limit(n))

    def paginate(self, page, size):
        return self._with(self.query.paginate(page, size))

    def where(self, *conditions):
        return self._with(self.query.where(*conditions))

    def order_by(self, *fields):
        return self._with(self.query.order_by(*fields))

    def count(self) -> int:
        return self.query.count()

    def exists(self) -> bool:
        return self.query.exists()

    def first(self):
        return masked(self.session, self.query.first(), self.mask)

    def __iter__(self):
        session, mask = self.session, self.mask
        for record in self.query.iterator():
            yield masked(session, record, mask)

    iterator = __iter__

    def __len__(self) -> int:
        return self.query.count()


_NUMBER_IN_TEXT = re.compile(r"(?<![0-9０-９])[+＋]?[0-9０-９](?:[0-9０-９\s\-－]{5,}[0-9０-９Xx])(?![0-9０-９])")


def scrub_numbers(text: str | None) -> str:
    """Free text with every phone or ID number in it (7 digits or more) replaced by ****."""
    if not text:
        return text or ""
    return _NUMBER_IN_TEXT.sub("****", text)


def scrub_snapshot(data, fields: set[str]):
    """An audit snapshot with ``fields`` emptied and numbers removed from the rest of its text."""
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        if key in fields:
            value = None if value is None else ""
        elif isinstance(value, str):
            value = scrub_numbers(value)
        out[key] = value
    return out


def phone_condition(session, field, text: str):
    """The condition that finds ``text``'s digits in a phone column as far as ``session`` may search:
    4 or more digits anywhere for who sees numbers, else only a whole number (a masked number is then
    not rebuilt by searching one digit at a time). None when the text is no such search."""
    digits = re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", text or ""))
    if may_see_phone(session) and len(digits) >= 4:
        return field.contains(digits)
    if len(digits) >= 7:
        return field == digits
    return None
