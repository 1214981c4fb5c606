"""The water bar (水吧).

- ``stock``: the catalogue, the stock journal, batches and levels; ``count``: shift counts and the
  handover check; ``purchasing``: purchase requests; ``closing``: the day's figures and waste;
  ``alerts``: the bar screen's alert line; ``forms``: its printed forms; ``sheet_rows``: the rows of
  its sheets; ``demo``: its demo data.

Contributes, each declared where it is used: its sheets (``desk/excel/sheets_bar.py``), form
sources (``desk/printing/sources.py``), a condition of handing over a shift
(``desk/services/duty/handover.py``), a demo step (``desk/services/demo.py``).
"""
