"""The foundation every domain builds on.

- ``staff`` (sign-in, PINs, names), ``session``, ``permissions``, ``privacy`` (masked phones and ID
  numbers), ``audit``, ``errors`` (``DeskError`` … and ``QT_TRANSLATE_NOOP``), ``progress``;
- ``shifts``: opening a shift, the current one, the duty log (closing is ``desk.services.duty``);
- the nouns every domain shares: ``text``, ``numbers``, ``money``, ``days``, ``serials``,
  ``named_lists``;
- for the layers above: ``database`` (one transaction around several calls), ``sync_exports``
  (the Excel sync's bookkeeping).

Contributes the staff and consultant sheets (``desk/excel/sheets_core.py``) and the demo's staff
(``desk/services/demo.py``).
"""
