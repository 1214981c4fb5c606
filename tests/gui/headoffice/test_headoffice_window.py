"""Head office's window on a head office's database (two sites, no replication: the sites were
filled in place): 全部 shows each site's key figures and the total, a site shows that site's own
overview, the weekly report across sites is written in the background, nothing can be written."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.server_only

SHOTS = os.environ.get("DESK_SCREENSHOTS")
NOW = dt.datetime(2026, 11, 18, 17, 0)  # a Wednesday of the sites' week


@pytest.fixture
def window(qtbot, two_sites_in_one, settings):
    from desk.db.connection import close_database, open_database
    from desk.services.core.session import Session
    from desk.ui.headoffice.window import HeadOfficeWindow

    if SHOTS:  # the bundled font, as the program has it
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication

        from desk.ui.app import load_font

        family = load_font()
        if family:
            QApplication.instance().setFont(QFont(family, 10))
    open_database(two_sites_in_one["url"])
    win = HeadOfficeWindow(Session.head_office(), clock=lambda: NOW)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.timer.stop()
    close_database()


def _cells(model, row):
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_all_sites_side_by_side_with_the_total(window):
    assert [window.site.itemText(i) for i in range(window.site.count())] == ["全部", "GZ02", "SZ01"]
    assert window.stack.currentWidget() is window.all_sites
    model = window.all_sites.model
    assert model.rowCount() == 3
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    groups = header.index("来访组数")
    rows = [_cells(model, r) for r in range(3)]
    assert [r[0] for r in rows] == ["GZ02", "SZ01", "合计"]
    assert int(rows[2][groups]) == int(rows[0][groups]) + int(rows[1][groups]) > 0
    assert window.all_sites.heading.text() == "今日各站点 2026-11-18"
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "hq-all.png"))


def test_a_site_shows_its_own_overview(window, qtbot):
    window.site.setCurrentIndex(window.site.findData("SZ01"))
    qtbot.wait(50)  # the layout catches up with the page shown
    assert window.stack.currentWidget() is window.overview
    shown = window.overview.links["reception.today"].text()
    assert shown.startswith("今日来访 ") and " 组 / " in shown
    assert not window.overview.weekly_button.isVisible()
    figures = window.overview.figures
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "hq-site.png"))
    window.site.setCurrentIndex(window.site.findData("GZ02"))
    assert window.overview.figures["reception"] != figures["reception"]  # another site, another day's work


def test_the_weekly_report_across_sites_from_the_window(window, qtbot, tmp_path, monkeypatch):
    from desk.ui.overview.weekly_dialog import WeeklyDialog

    monkeypatch.setattr(WeeklyDialog, "ask", classmethod(
        lambda cls, parent=None, default_week="": {"week": "2026-W47", "count": 1, "folder": tmp_path, "excel": True}))
    window.weekly_button.click()
    qtbot.waitUntil(lambda: "周报已生成" in window.message.text(), timeout=30_000)
    assert (tmp_path / "各站点周报_2026-W47.pdf").exists() and (tmp_path / "各站点周报_2026-W47.xlsx").exists()


def test_nothing_can_be_written_at_head_office(window):
    from peewee import InternalError, OperationalError, ProgrammingError

    from desk.db.base import db

    with pytest.raises((InternalError, OperationalError, ProgrammingError), match="read-only"):
        db.execute_sql("INSERT INTO site_sz01.visit_source (id, name, sort, active) VALUES (999, 'x', 1, true)")
    assert window.session.roles == ("head_office",)
