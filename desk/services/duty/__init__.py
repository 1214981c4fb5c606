"""The duty desk (值班), above the domains: closing a shift once every domain's condition holds
(``handover``: the water-bar count, no worker left in a show flat, no overdue round of a template
that blocks handover) and the printed duty log (``forms``). Opening a shift and the log entries
are in ``desk.services.core.shifts``."""
