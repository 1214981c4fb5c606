"""What changed, by topic: the short names a write is announced under, so that every screen that
shows it refreshes. The window's hub (``desk.ui.changes``) carries them between its sections; the
same names are meant for telling the other PCs of a site what changed (PostgreSQL LISTEN/NOTIFY),
each with the id of the record when there is one.
"""
from __future__ import annotations

VISITS = "visits"  # registrations, customers, follow-ups, ownership claims, anonymisation
ARRIVALS = "arrivals"  # a group just registered: the water bar's and the consultant's arrival call
ROTATION = "rotation"  # the consultants' rotation: skips, returns, order
HALL = "hall"  # groups in the hall: servings, refills, moves, departures, parking tickets
STOCK = "stock"  # the water bar: stock journal, counts, purchase requests, catalogue
SHOWFLATS = "showflats"  # flats, items, checks, incidents, workers in the flats
CLEANING = "cleaning"  # cleaning tasks and what was signed as done
SERVICE = "service"  # the service desk: units, repairs, complaints, calls, keys, services, fees, surveys
INSPECTIONS = "inspections"  # inspection templates, rounds, place incidents, work orders, the vehicle log
SHIFT = "shift"  # shifts (open, handover) and the duty log
STAFF = "staff"  # staff, their roles and PINs
SETTINGS = "settings"  # settings, and the lists kept with them (认知途径 …)

TOPICS: tuple[str, ...] = (VISITS, ARRIVALS, ROTATION, HALL, STOCK, SHOWFLATS, CLEANING, SERVICE, INSPECTIONS, SHIFT,
                          STAFF, SETTINGS)


def check_topic(topic: str) -> str:
    """``topic`` if it is one of TOPICS (a misspelt topic would refresh nothing, silently)."""
    if topic not in TOPICS:
        raise ValueError(f"unknown change topic: {topic!r}")
    return topic
