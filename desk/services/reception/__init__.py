"""Reception (来访).

- ``visitors``: customers, registration, ownership and claims, 认知途径, retention; ``rotation``:
  the consultants' rotation; ``hall``: the hall board, drinks (booked in the bar's stock), parking
  tickets; ``roster``: the consultants a manager keeps; ``figures``: a day's or a range's figures (a
  leaf the bar's closing reads); ``forms``, ``sheet_rows``, ``demo``.
- The customer cycle: ``completions``: a visit's talk completed and corrected (journal entries);
  ``customers``: 我的客户, follow-ups due and the daily reminders; ``outcomes``: 认购, 签约, 退订
  and their approval; ``funnel``: the conversion funnel and the consultants' league table;
  ``customer_file``: everything about one customer (printed as 客户档案 by ``forms``).

Contributes its sheets (``desk/excel/sheets_reception.py``), form sources, demo steps (the visits,
then the customer cycle) and the ``desk visits`` / ``desk anonymise`` / ``desk funnel`` commands
(``desk/commands/reception.py``).
"""
