"""Reception's public API other parts call (Qt-free).

The figures (``people_count``, ``groups_count``, ``day_figures``, ``range_figures``) live in
``visit_figures``; registration, rotation and the hall in ``visitors``, ``rotation`` and ``hall``.
Their main entry points are re-exported here.
"""
from __future__ import annotations

from desk.services.hall import (  # noqa: F401  (public API)
    board, depart, drink_choices, issue_parking_tickets, move, on_leave_location, refill, refills_due, serve,
)
from desk.services.rotation import next_consultant, skip, return_to_rotation, reorder  # noqa: F401
from desk.services.visit_figures import day_figures, groups_count, people_count, range_figures  # noqa: F401
from desk.services.visitors import (  # noqa: F401
    Registration, anonymise, anonymise_preview, lookup, register_visit, visit_query,
)
