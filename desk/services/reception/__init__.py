"""Reception (来访).

- ``visitors``: customers, registration, ownership and claims, 认知途径, retention; ``rotation``:
  the consultants' rotation; ``hall``: the hall board, drinks (booked in the bar's stock), parking
  tickets; ``roster``: the consultants a manager keeps; ``figures``: a day's or a range's figures (a
  leaf the bar's closing reads); ``forms``, ``sheet_rows``, ``demo``.

Contributes its sheets (``desk/excel/sheets_reception.py``), form sources, a demo step and the
``desk visits`` / ``desk anonymise`` commands (``desk/commands/reception.py``).
"""
