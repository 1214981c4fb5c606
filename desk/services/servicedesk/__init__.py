"""The owner service desk (客服台).

- ``units`` (and owners), ``repairs``, ``complaints``, ``calls``, ``keys``, ``specials`` (special
  services and the fee tables), ``fees`` (notices, payments, arrears), ``callbacks``, ``surveys``,
  ``targets`` (the three service targets); ``stages`` (a repair's or complaint's status at a past
  moment); ``forms``, ``sheet_rows``, ``demo``.

Contributes its sheets (``desk/excel/sheets_servicedesk.py``), form sources and a demo step.
"""
