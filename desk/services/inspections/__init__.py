"""Inspections (巡检), above the show flats (a failed item follows their incident flow).

- ``templates``: templates a supervisor edits; ``schedule``: when their rounds fall due (and the
  handover check); ``rounds``: doing a round; ``incidents``: incidents at any place;
  ``workorders``: the hall's own work orders (工程维修单); ``vehicles``: the guard's vehicle log;
  ``flat_rounds``: the show flats' opening and closing rounds with what each flat owes and its
  history; ``forms``, ``sheet_rows``, ``demo``.

Contributes its sheets (``desk/excel/sheets_inspections.py``), the ``inspection_sheet`` form source
(``desk/printing/sources.py``), a condition of handing over a shift
(``desk/services/duty/handover.py``), a demo step (``desk/services/demo.py``) and its overview
figures (``desk/services/overview/today.py``).
"""
