"""Figures across the domains: ``today`` (the overview page, 概览) and ``weekly`` (the managers'
weekly report, 周报, printed by ``desk/printing/weekly.py`` and ``desk/excel/weekly.py``)."""
