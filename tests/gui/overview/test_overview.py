"""概览: figures shown, links open the list behind them, parts hidden by role, 周报 in the background."""
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics

from desk.ui.main_window import MainWindow
from desk.ui.overview.chart import BOTTOM, HCENTER, LEFT, PAD, RIGHT, TOP, VCENTER, BarChart
from desk.ui.overview.section import OverviewSection
from desk.ui.overview.weekly_dialog import WeeklyDialog

NOW = dt.datetime(2026, 11, 16, 16, 0)


def _data(make_staff):
    from desk.db.reception import Customer, Visit, VisitSource
    from desk.db.servicedesk import KeyLoan, Repair, Unit
    from desk.db.bar import Item, StockBalance

    consultant, _ = make_staff("consultant", code="11", name="张伟")
    walk = VisitSource.get(VisitSource.name == "路过")
    for i, (hour, party, departed) in enumerate(((10, 2, True), (14, 3, False), (15, 1, False))):
        at = NOW.replace(hour=hour)
        Visit.create(customer=Customer.create(surname=f"客{i}"), day=NOW.date(), arrived_at=at, party_size=party,
                     source=walk, consultant=consultant, first_visit=i != 2,
                     departed_at=at + dt.timedelta(minutes=30) if departed else None)
    tea = Item.create(name="龙井", category="茶", unit="包", min_stock=10)
    StockBalance.create(item=tea, quantity=Decimal(3))
    unit = Unit.create(building="1", entrance="1", room="101")
    Repair.create(number="WX-1", unit=unit, category="水电", description="漏水", received_at=NOW - dt.timedelta(days=2),
                  due_at=NOW - dt.timedelta(days=1))
    KeyLoan.create(key_label="大门", borrower="装修队", purpose="装修", out_at=NOW - dt.timedelta(hours=6),
                   due_at=NOW - dt.timedelta(hours=2))


def _window(qtbot, session):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    section = window.open_section("overview")
    section.clock = lambda: NOW
    section.refresh()
    return window, section


def test_overview_is_first_and_shows_figures(qtbot, database, admin, make_staff):
    _data(make_staff)
    window, section = _window(qtbot, admin)
    assert window.section_keys()[0] == "overview"
    assert window.current_section_key() == "overview"
    links = section.links
    assert links["reception.today"].text() == "今日来访 3 组 / 6 人"
    assert links["reception.in_hall"].text() == "在场 2 组 / 4 人"
    assert links["reception.first_return"].text() == "首访 2 组 · 复访 1 组"
    assert links["bar.below_minimum"].text() == "低于最低库存 1 种：龙井"
    assert links["service.repairs"].text() == "未完工报修 1 件（超时 1）"
    assert links["service.keys"].text() == "钥匙超时未还 1 把（借出 1）"
    assert section.figures["reception"]["by_hour"] == {10: 1, 14: 1, 15: 1}
    hours = section.hour_chart
    assert hours.categories()[2:4] == ["10", "11"] and hours.values()[2:4] == [1, 0]
    sources = section.source_chart
    assert sources.categories() == ["路过"] and sources.values() == [3]  # all three walked in
    qtbot.waitExposed(window)
    # Chinese source names are shown whole: the chart keeps room for the longest one
    sources.set_bars(["朋友介绍（老业主）", "路过"], [3, 1], "#d9a441", horizontal=True)
    metrics = QFontMetrics(sources.label_font())
    assert sources.label_width() >= metrics.horizontalAdvance("朋友介绍（老业主）")
    assert sources.minimumSizeHint().width() > sources.label_width()
    # on the chart as painted, the long name's first character is there: nothing cut off at the left
    image = sources.grab().toImage()
    first_char = range(PAD, PAD + metrics.horizontalAdvance("朋"))
    ink = [(x, y) for x in first_char for y in range(image.height() // 2)
           if image.pixelColor(x, y).lightness() < 128]
    assert len(ink) > 20


def _pixels_of(image, colour: QColor, tolerance: int = 0) -> int:
    """Pixels of ``colour`` (within ``tolerance`` on each channel: lines are antialiased)."""
    want = colour.getRgb()[:3]
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if all(abs(a - b) <= tolerance for a, b in zip(image.pixelColor(x, y).getRgb()[:3], want)))


def test_chart_paints_bars_axis_and_labels(qtbot):
    chart = BarChart("按小时到访（组）")
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.set_bars(["9", "10", "11"], [2, 12, 0], "#2f6db5")
    image = chart.grab().toImage()
    blue = _pixels_of(image, QColor("#2f6db5"))
    assert blue > 1000  # two bars filled in their colour, the tall one six times the short one's height
    assert _pixels_of(image, QColor("#eeeeee"), tolerance=0x10) > 1000  # the light grey grid lines (text alone: ~300)
    base = chart.palette().base().color()
    assert image.pixelColor(2, 2) == base  # the background
    chart.set_bars(["9", "10", "11"], [0, 0, 0], "#2f6db5")
    assert _pixels_of(chart.grab().toImage(), QColor("#2f6db5")) == 0
    # the labels' alignments are Qt's own flags, passed as ints
    assert (LEFT, RIGHT, HCENTER, TOP, BOTTOM, VCENTER) == tuple(f.value for f in (
        Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter,
        Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignVCenter))


def test_links_show_the_pointing_hand_on_hover(qtbot, database, admin):
    window, section = _window(qtbot, admin)
    window.show()
    qtbot.waitExposed(window)
    link = section.links["reception.today"]
    assert link.cursor().shape() == Qt.CursorShape.ArrowCursor  # not set before the first frame
    qtbot.mouseMove(link)
    qtbot.waitUntil(lambda: link.cursor().shape() == Qt.CursorShape.PointingHandCursor)


def test_links_open_the_list_behind_the_figure(qtbot, database, admin, make_staff):
    _data(make_staff)
    window, section = _window(qtbot, admin)
    section.links["reception.in_hall"].click()
    assert window.current_section_key() == "reception"
    reception = window.section_widget("reception")
    assert reception.tabs.currentWidget() is reception.board
    window.open_section("overview")
    section.links["service.keys"].setFocus()
    qtbot.keyClick(section.links["service.keys"], Qt.Key.Key_Return)  # the keyboard path
    service = window.section_widget("service")
    assert window.current_section_key() == "service" and service.tabs.currentWidget() is service.keys
    window.open_section("overview")
    section.links["bar.expiring"].click()
    bar = window.section_widget("bar")
    assert window.current_section_key() == "bar" and bar.tabs.currentWidget() is bar.expiring_tab
    window.open_section("overview")
    consultant = section.consultant_box.itemAt(0).widget()
    assert consultant.text() == "张伟：3 组"
    consultant.click()
    visits = reception.visits
    assert reception.tabs.currentWidget() is visits and visits.consultant.currentText() == "张伟"
    assert visits.date_from.date().toPython() == NOW.date()
    window.open_section("overview")
    section.links["showflats.incidents"].click()
    flats = window.section_widget("showflats")
    assert window.current_section_key() == "showflats"
    assert flats.tabs.tabText(flats.tabs.currentIndex()) == "损坏与缺失"


def test_parts_hidden_by_role_and_refresh_on_change(qtbot, database, make_staff):
    _data(make_staff)
    _staff, attendant = make_staff("bar")
    _window_, section = _window(qtbot, attendant)
    assert section.boxes["bar"].isVisible()
    assert not section.boxes["reception"].isVisible() and not section.boxes["service"].isVisible()
    assert not section.weekly_button.isVisible()
    assert set(section.figures) == {"day", "at", "bar", "inspections"}  # the bar attendant does rounds too
    from desk.db.bar import StockBalance

    StockBalance.update(quantity=Decimal(20)).execute()
    section.timer.timeout.emit()  # the 30-second refresh
    assert section.links["bar.below_minimum"].text() == "低于最低库存 0 种"
    window = section.window()
    window.open_section("bar")
    StockBalance.update(quantity=Decimal(1)).execute()
    section.timer.timeout.emit()  # hidden: no queries
    assert section.links["bar.below_minimum"].text() == "低于最低库存 0 种"
    window.open_section("overview")  # shown again: up to date at once
    assert section.links["bar.below_minimum"].text() == "低于最低库存 1 种：龙井"


def test_a_figure_that_asks_for_action_is_drawn_red(qtbot, database, make_staff):
    from desk.db.bar import StockBalance

    _data(make_staff)
    _staff, attendant = make_staff("bar")
    _window_, section = _window(qtbot, attendant)
    link = section.links["bar.below_minimum"]

    def tinted(image, channel: int) -> int:  # pixels clearly red (0) or blue (2): the text is antialiased
        pixels = (image.pixelColor(x, y).getRgb()[:3] for x in range(image.width()) for y in range(image.height()))
        return sum(1 for rgb in pixels if rgb[channel] - max(v for i, v in enumerate(rgb) if i != channel) > 40)

    image = link.grab().toImage()
    assert link.text() == "低于最低库存 1 种：龙井" and link.warns()
    assert tinted(image, 0) > 20 and tinted(image, 2) == 0
    assert image.width() >= link.fontMetrics().horizontalAdvance(link.text())  # the whole figure shows
    StockBalance.update(quantity=Decimal(20)).execute()
    section.refresh()
    image = link.grab().toImage()
    assert link.text() == "低于最低库存 0 种" and not link.warns()
    assert tinted(image, 0) == 0 and tinted(image, 2) > 20


def test_weekly_button_writes_pdf_and_workbook_in_background(qtbot, database, admin, make_staff, tmp_path,
                                                            monkeypatch):
    _data(make_staff)
    _window_, section = _window(qtbot, admin)
    asked = {}

    def ask(cls, parent=None, default_week=""):
        asked["default"] = default_week
        return {"week": "2026-W47", "count": 2, "folder": tmp_path, "excel": True}

    monkeypatch.setattr(WeeklyDialog, "ask", classmethod(ask))
    section.weekly_button.click()
    qtbot.waitUntil(lambda: "周报已生成" in section.message.text(), timeout=20000)
    assert asked["default"] == "2026-W46"  # the last complete week before Monday 16 Nov
    assert (tmp_path / "周报_2026-W46_2026-W47.pdf").stat().st_size > 1000
    assert (tmp_path / "周报_2026-W46_2026-W47.xlsx").exists()
    assert section.message.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse  # to copy


def test_weekly_bad_week_is_refused(qtbot, database, admin, monkeypatch, tmp_path):
    window = MainWindow(admin)
    qtbot.addWidget(window)
    section = window.open_section("overview")
    assert isinstance(section, OverviewSection)
    shown = []
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(WeeklyDialog, "ask", classmethod(
        lambda cls, parent=None, default_week="": {"week": "2026-W60", "count": 1, "folder": out, "excel": False}))
    monkeypatch.setattr("desk.ui.overview.weekly_dialog.show_error", lambda parent, exc: shown.append(str(exc)))
    section.weekly_button.click()
    assert shown == ["2026 年没有第 60 周（该年共 53 周）"]
    assert list(out.iterdir()) == []


def test_weekly_dialog_picks_the_week_on_a_calendar_and_says_its_dates(qtbot, tmp_path):
    from PySide6.QtCore import QDate

    dialog = WeeklyDialog(None, "2026-W47", tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.day.date() == QDate(2026, 11, 16) and dialog.day.calendarPopup()
    assert dialog.dates.text() == "2026-11-16 至 2026-11-22（2026 年第 47 周）"
    dialog.day.setDate(QDate(2026, 12, 31))  # any day of the week
    dialog.count.setValue(2)
    assert dialog.dates.text() == "2026-12-21 至 2027-01-03（2 周：第 52 周到第 53 周）"
    assert dialog.choice()["week"] == "2026-W53"
