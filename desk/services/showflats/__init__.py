"""Show flats (样板间).

- ``flats``: flats, rooms and items, checks, incidents, quantities, reports; ``cleaning``: cleaning
  tasks and their journal; ``workers``: the worker log and the handover check; ``photos``;
  ``forms``, ``sheet_rows``, ``demo``.

Contributes its sheets (``desk/excel/sheets_showflats.py``), form sources, a condition of handing
over a shift (``desk/services/duty/handover.py``) and a demo step.
"""
