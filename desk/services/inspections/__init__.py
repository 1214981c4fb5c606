"""Inspections (巡检): templates a supervisor edits (``templates``), when their rounds fall due
(``schedule``), doing a round (``rounds``), incidents at any place (``incidents``), the hall's own
work orders (``workorders``), the guard's vehicle log (``vehicles``) and printable sheets (``forms``)."""
