"""概览: today at a glance. Every figure is a link to the list behind it.

The figures come from ``desk.services.overview.today.today`` (one Qt-free call of cheap aggregate
queries); the page refreshes when shown and every 30 seconds. Parts the person may not see are
hidden. The 周报 button writes the weekly report (PDF, optionally Excel) in the background; its
dialog lives in ``weekly_dialog``, imported when the button is pressed.

This page is the first frame of the program: like the main window, it keeps clear of the ``Qt``
namespace until after it (see ``desk/ui/main_window.py``), so ``Qt`` is imported where it is used.
"""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QRectF, QSize, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPainterPath, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desk.services.overview import today as overview
from desk.services.core import changes
from desk.services.core.errors import DeskError
from desk.ui.changes import follow
from desk.ui.errors import lost_in_background
from desk.ui.icons import icon
from desk.ui.widgets import scrolling
from desk.ui.overview.chart import LEFT, VCENTER, BarChart, solid

REFRESH_MS = 30_000
HOURS = list(range(8, 21))
LINK_COLOUR = QColor("#1a55a0")
WARN_COLOUR = QColor("#b3261e")  # a figure that asks for action
LINK_BACKGROUND = QColor("#eef3fb")  # under the pointer or the keyboard focus
PAD_X, PAD_Y = 4, 2


class Link(QAbstractButton):
    """A figure that opens the list behind it (click, Enter or Space), drawn as link text: blue,
    red when it asks for action, underlined on a light ground under the pointer or the keyboard
    focus. Painted here rather than styled: thirty widget style sheets cost ~10 ms of the first
    frame (bench/startup.py). Like the chart, it paints without the ``Qt`` namespace (see
    ``chart.py``): the text colour is the palette's (the painter's default pen), the ground a path."""

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.setObjectName(f"link_{key}")
        self._hand = False
        self._hover = False
        self._warn = None
        self.set_warn(False)

    def warns(self) -> bool:
        """Drawn in red: the figure asks for action."""
        return self._warn

    def enterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self._hand:  # the pointing hand on the first hover, not before the first frame
            from PySide6.QtCore import Qt  # lazy: start-up (Qt's enums, not built for the first frame)

            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self._hand = True
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._hover = False
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import Qt  # lazy: start-up (Qt's enums, not built for the first frame)

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text()) + 2 * PAD_X, metrics.height() + 2 * PAD_Y)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()  # the whole figure, never cut

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        if self._hover or self.hasFocus():
            ground = QPainterPath()
            ground.addRect(QRectF(self.rect()))
            painter.fillPath(ground, solid(LINK_BACKGROUND))
            font = QFont(self.font())
            font.setUnderline(True)
            painter.setFont(font)
        # int alignment flags, not Qt's enums: the overload check would build the Qt namespace (chart.py)
        painter.drawText(QRectF(PAD_X, 0, self.width() - PAD_X, self.height()), LEFT | VCENTER, self.text())
        painter.end()

    def set_figure(self, text: str, warn: bool = False) -> None:
        self.setText(text)
        self.set_warn(warn)

    def set_warn(self, warn: bool) -> None:
        if warn != self._warn:
            self._warn = warn
            palette = self.palette()
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
                palette.setColor(role, WARN_COLOUR if warn else LINK_COLOUR)
            self.setPalette(palette)


class OverviewSection(QWidget):
    """``source(day, session, at) -> dict``: where the figures come from (default: this site's
    ``overview.today``; head office passes a selected site's)."""

    def __init__(self, session, parent=None, clock=None, source=None):
        super().__init__(parent)
        self.session = session
        self.clock = clock or dt.datetime.now
        self.source = source or (lambda day, session, at: overview.today(day, session, at=at))
        self.own_site = source is None  # the consultants' part reads this site's records only
        self.links: dict[str, Link] = {}
        self.figures: dict = {}
        self._job = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading)
        top.addStretch(1)
        self.stamp = QLabel()
        top.addWidget(self.stamp)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("刷新（F5）"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        self.weekly_button = QPushButton(icon("report"), self.tr("周报…"))
        self.weekly_button.setObjectName("weekly_button")
        self.weekly_button.clicked.connect(self.weekly_report)
        top.addWidget(self.weekly_button)
        outer.addLayout(top)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)

        body = QWidget()
        self.grid = grid = QGridLayout(body)
        outer.addWidget(scrolling(body), 1)

        self.boxes: dict[str, QGroupBox] = {}
        self.boxes["reception"] = self._reception_box()
        self.boxes["bar"] = self._box("bar", self.tr("水吧"), [
            ("bar.refills", "bar", "hall_tab"),
            ("bar.below_minimum", "bar", "stock_tab"), ("bar.expiring", "bar", "expiring_tab"),
            ("bar.expired", "bar", "expiring_tab"), ("bar.servings", "bar", "journal_tab"),
            ("bar.waste", "bar", "closing_tab")])
        self.boxes["showflats"] = self._box("showflats", self.tr("样板间"), [
            ("showflats.incidents", "showflats", "incidents_tab"), ("showflats.checks", "showflats", "checks_tab"),
            ("showflats.cleaning", "cleaning", None), ("showflats.workers", "showflats", "workers_tab")])
        self.checks_detail = QLabel()
        self.checks_detail.setWordWrap(True)
        self.boxes["showflats"].layout().addWidget(self.checks_detail)
        self.boxes["service"] = self._box("service", self.tr("客服台"), [
            ("service.repairs", "service", "repairs"), ("service.complaints", "service", "complaints"),
            ("service.keys", "service", "keys"), ("service.callbacks", "service", "owners")])
        self.boxes["sales"] = self._sales_box()
        self.boxes["league"] = self._league_box()
        self.boxes["inspections"] = self._box("inspections", self.tr("巡检与设施"), [
            ("inspections.overdue", "inspections", "due"), ("inspections.missed", "inspections", "rounds_tab"),
            ("inspections.incidents", "inspections", "incidents_tab"),
            ("inspections.orders", "inspections", "orders_tab"), ("inspections.vehicles", "duty", "vehicles")])
        self.rounds_detail = QLabel()
        self.rounds_detail.setWordWrap(True)
        self.boxes["inspections"].layout().addWidget(self.rounds_detail)
        grid.addWidget(self.boxes["reception"], 0, 0, 1, 4)
        grid.addWidget(self.boxes["bar"], 1, 0)
        grid.addWidget(self.boxes["showflats"], 1, 1)
        grid.addWidget(self.boxes["service"], 1, 2)
        grid.addWidget(self.boxes["inspections"], 1, 3)
        grid.addWidget(self.boxes["sales"], 2, 0)
        grid.addWidget(self.boxes["league"], 2, 1, 1, 3)
        grid.setRowStretch(3, 1)
        self.sales: dict = {}
        self._sales_timer = QTimer(self)  # the consultants' part fills in right after the first frame
        self._sales_timer.setSingleShot(True)
        self._sales_timer.setInterval(0)
        self._sales_timer.timeout.connect(self.refresh_sales)
        self._painted = False
        self._sales_waiting = False

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        follow(self, changes.TOPICS, self.refresh, shown_refreshes=True)
        self.set_session(session)

    # -- building ------------------------------------------------------------------------
    def _link(self, key: str, section: str, target) -> Link:
        link = Link(key)
        link.clicked.connect(lambda _checked=False, s=section, t=target: self.open_list(s, t))
        self.links[key] = link
        return link

    def _box(self, name: str, title: str, links: list[tuple]) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName(f"box_{name}")
        layout = QVBoxLayout(box)
        for key, section, target in links:
            layout.addWidget(self._link(key, section, target))
        return box

    def _reception_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("来访"))
        box.setObjectName("box_reception")
        layout = QHBoxLayout(box)
        figures = QVBoxLayout()
        for key, target in (("reception.today", "visits"), ("reception.in_hall", "board"),
                            ("reception.first_return", "visits"), ("reception.servings", "board")):
            figures.addWidget(self._link(key, "reception", target))
        caption = QLabel(self.tr("今日各顾问接待"))
        figures.addWidget(caption)
        self.consultant_box = QVBoxLayout()
        figures.addLayout(self.consultant_box)
        figures.addStretch(1)
        layout.addLayout(figures, 1)
        self.hour_chart = BarChart(self.tr("按小时到访（组）"))
        self.hour_chart.setObjectName("hour_chart")
        self.source_chart = BarChart(self.tr("按来源（组）"))
        self.source_chart.setObjectName("source_chart")
        layout.addWidget(self.hour_chart, 2)
        layout.addWidget(self.source_chart, 2)
        return box

    def _sales_box(self) -> QGroupBox:
        box = self._box("sales", self.tr("客户跟进提醒"), [("sales.pending", "reception", "outcomes")])
        for key, view in (("sales.lapsing", "lapsing"), ("sales.overdue", "due"), ("sales.returned", "returned")):
            link = Link(key)
            link.clicked.connect(lambda _checked=False, v=view: self.open_customers(v))
            self.links[key] = link
            box.layout().insertWidget(box.layout().count() - 1, link)
        self.sales_detail = QLabel()
        self.sales_detail.setObjectName("sales_detail")
        self.sales_detail.setWordWrap(True)
        box.layout().addWidget(self.sales_detail)
        return box

    def _league_box(self) -> QGroupBox:
        box = self._box("league", self.tr("顾问排行（近 7 天）与转化"), [("league.funnel", "reception", "conversion")])
        self.league_table = QLabel()
        self.league_table.setObjectName("league_table")
        box.layout().addWidget(self.league_table)
        return box

    # -- session and refresh -------------------------------------------------------------
    def set_session(self, session) -> None:
        self.session = session
        shown = {}
        for part, box in self.boxes.items():
            if part == "sales":
                shown[part] = self.own_site and overview.may_see_sales(session)
            elif part == "league":
                shown[part] = self.own_site and overview.may_see_league(session)
            else:
                shown[part] = overview.may_see(session, part)
            box.setVisible(shown[part])
        # below today's visitors: the boxes this person sees, four to a row across the page (the last
        # of a row takes what is left); the league table takes the rest of the last row, or a row
        parts = ("bar", "showflats", "service", "inspections", "sales", "league")
        for part in parts:
            self.grid.removeWidget(self.boxes[part])
        boxes = [self.boxes[p] for p in parts if shown[p]]
        row, column = 1, 0
        for i, box in enumerate(boxes):
            if column == 4:
                row, column = row + 1, 0
            last = i == len(boxes) - 1
            self.grid.addWidget(box, row, column, 1, 4 - column if last else 1)
            column += 1
        for r in range(1, 5):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch(row + 1, 1)
        self.weekly_button.setVisible(session.can("reports.view"))
        # No refresh here: the main window calls on_shown when the page shows (once at start).

    def on_shown(self) -> None:
        self.refresh()

    def _tick(self) -> None:
        """The 30-second refresh, only while the page is on screen (on_shown catches up)."""
        if self.isVisible():
            self.refresh()

    def _read(self, read, *args, **kwargs) -> dict | None:
        """A timed read's figures, or None: a refusal is said on the page, a lost server is left
        to the window's banner (the next refresh catches up)."""
        try:
            return read(*args, **kwargs)
        except DeskError as exc:
            self.say(str(exc))
        except Exception as exc:
            if not lost_in_background(exc):
                raise
        return None

    def refresh(self) -> None:
        now = self.clock()
        figures = self._read(self.source, now.date(), self.session, now)
        if figures is None:
            return
        self.figures = figures
        self.heading.setText(self.tr("今日概览 {day}").format(day=now.strftime("%Y-%m-%d")))
        self.stamp.setText(self.tr("更新于 {time}").format(time=now.strftime("%H:%M:%S")))
        if "reception" in self.figures:
            self._show_reception(self.figures["reception"])
        if "bar" in self.figures:
            self._show_bar(self.figures["bar"])
        if "showflats" in self.figures:
            self._show_showflats(self.figures["showflats"])
        if "service" in self.figures:
            self._show_service(self.figures["service"])
        if "inspections" in self.figures:
            self._show_inspections(self.figures["inspections"])
        if self.own_site and (overview.may_see_sales(self.session) or overview.may_see_league(self.session)):
            if self._painted:
                self._sales_timer.start()
            else:
                self._sales_waiting = True  # started by the first paint: never in the first frame

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._sales_waiting:
                self._sales_waiting = False
                QTimer.singleShot(0, self._sales_timer.start)  # after this frame is done

    def refresh_sales(self) -> None:
        """Reminders, approvals waiting and this week's league table (after the first frame)."""
        sales = self._read(overview.sales_today, self.session, at=self.clock())
        if sales is None:
            return
        self.sales = sales
        if "reminders" in self.sales:
            self._show_reminders(self.sales["reminders"])
        self.links["sales.pending"].setVisible("pending" in self.sales)
        if "pending" in self.sales:
            n = self.sales["pending"]
            self.links["sales.pending"].set_figure(self.tr("认购/签约待审批 {n} 件").format(n=n), bool(n))
        if "league" in self.sales:
            self._show_league(self.sales)

    def _show_reminders(self, r) -> None:
        self.links["sales.lapsing"].set_figure(self.tr("归属 3 天内失效 {n} 位").format(n=len(r.lapsing)),
                                               bool(r.lapsing))
        self.links["sales.overdue"].set_figure(self.tr("跟进逾期 {n} 位").format(n=len(r.overdue)), bool(r.overdue))
        self.links["sales.returned"].set_figure(
            self.tr("近 7 天退回公共池（A/B 类）{n} 位").format(n=len(r.returned)))
        if r.scope == "own":
            warm = sorted(r.lapsing, key=lambda c: (c.grade or "E", c.days_left))
            lines = [self.tr("{name}（{grade}）归属剩 {n} 天").format(name=c.name, grade=c.grade or "-", n=c.days_left)
                     for c in warm[:3]]
            lines += [self.tr("{name}（{grade}）应于 {day} 跟进：{step}").format(
                name=c.name, grade=c.grade or "-", day=c.next_due.strftime("%m-%d"), step=c.next_step)
                for c in r.overdue[:3]]
        else:
            per: dict[str, list[int]] = {}
            for i, rows in enumerate((r.lapsing, r.overdue, r.returned)):
                for c in rows:
                    per.setdefault(c.owner_name, [0, 0, 0])[i] += 1
            lines = [self.tr("{name}：失效 {a} · 逾期 {b} · 退回 {c}").format(name=name, a=a, b=b, c=c)
                     for name, (a, b, c) in sorted(per.items(), key=lambda kv: -sum(kv[1]))[:6]]
        self.sales_detail.setText("\n".join(lines) or self.tr("今天没有需要提醒的客户"))

    def _show_league(self, data: dict) -> None:
        t = data["funnel"]
        start, _day = data["funnel_span"]
        self.links["league.funnel"].set_figure(self.tr(
            "{start} 以来首访客户 {first} 位 → 复访 {ret} → 认购 {sub} → 签约 {sign}（转化分析…）").format(
            start=start.strftime("%m-%d"), first=t.first, ret=t.returned, sub=t.subscribed, sign=t.signed))
        head = [self.tr("顾问"), self.tr("接待"), self.tr("按时跟进"), self.tr("认购"), self.tr("签约"),
                self.tr("平均认购天数"), self.tr("轮排/老客/跳过")]
        rows = []
        for r in data["league"][:8]:
            fair = data["fairness"].get(r.staff_id, {})
            rows.append([r.name, r.receptions, f"{r.kept}/{r.due}" if r.due else "—", r.subscriptions, r.contracts,
                         "—" if r.average_days is None else r.average_days,
                         f"{fair.get('assign', 0)}/{fair.get('owner', 0)}/{fair.get('skip', 0)}"])
        cell = "<td style='padding:1px 8px; text-align:{align}'>{text}</td>"
        html = ["<table cellspacing='0'>", "<tr>" + "".join(
            f"<th style='padding:1px 8px; color:#555'>{escape(h)}</th>" for h in head) + "</tr>"]
        for row in rows:
            html.append("<tr>" + "".join(cell.format(align="left" if i == 0 else "right", text=escape(str(v)))
                                         for i, v in enumerate(row)) + "</tr>")
        html.append("</table>")
        self.league_table.setText("".join(html) if rows else self.tr("本周暂无数据"))

    def _show_reception(self, r: dict) -> None:
        self.links["reception.today"].set_figure(
            self.tr("今日来访 {groups} 组 / {people} 人").format(groups=r["groups"], people=r["people"]))
        self.links["reception.in_hall"].set_figure(
            self.tr("在场 {groups} 组 / {people} 人").format(groups=r["in_hall_groups"], people=r["in_hall_people"]))
        self.links["reception.first_return"].set_figure(
            self.tr("首访 {first} 组 · 复访 {ret} 组").format(first=r["first"], ret=r["return"]))
        self.links["reception.servings"].set_figure(self.tr("大厅饮品 {n} 杯次（含续杯）").format(n=r["servings"]))
        while self.consultant_box.count():
            item = self.consultant_box.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        for row in r["consultants"][:12]:
            link = Link(f"consultant_{row['staff_id']}")
            link.set_figure(self.tr("{name}：{n} 组").format(name=row["name"], n=row["groups"]))
            link.clicked.connect(lambda _c=False, sid=row["staff_id"]: self.open_consultant(sid))
            self.consultant_box.addWidget(link)
        if not r["consultants"]:
            self.consultant_box.addWidget(QLabel(self.tr("暂无")))
        by_hour = r["by_hour"]
        hours = sorted(set(HOURS) | set(by_hour))
        self.hour_chart.set_bars([f"{h}" for h in hours], [by_hour.get(h, 0) for h in hours], "#2f6db5")
        sources = list(r["by_source"].items())[:8]
        self.source_chart.set_bars([s for s, _n in sources], [n for _s, n in sources], "#d9a441", horizontal=True)

    def _show_bar(self, b: dict) -> None:
        due = b.get("refills_due", 0)
        self.links["bar.refills"].set_figure(self.tr("大厅续杯到时 {n} 位").format(n=due), bool(due))
        below = b["below_minimum"]
        names = "、".join(x["name"] for x in below[:4]) + ("…" if len(below) > 4 else "")
        self.links["bar.below_minimum"].set_figure(
            self.tr("低于最低库存 {n} 种").format(n=len(below)) + (f"：{names}" if below else ""), bool(below))
        self.links["bar.expiring"].set_figure(self.tr("临期 {n} 种").format(n=len(b["expiring"])))
        self.links["bar.expired"].set_figure(self.tr("已过期 {n} 种").format(n=len(b["expired"])),
                                             bool(b["expired"]))
        self.links["bar.servings"].set_figure(
            self.tr("今日出库 {n} 种物品（饮品 {d} 份，含吧台直接出品）").format(n=b["items_out"], d=b["drinks_out"]))
        self.links["bar.waste"].set_figure(self.tr("今日报损 {n} 种").format(n=len(b["waste"])))

    def _show_showflats(self, s: dict) -> None:
        self.links["showflats.incidents"].set_figure(
            self.tr("未关闭的损坏/缺失 {n} 件").format(n=s["open_incidents"]), bool(s["open_incidents"]))
        self.links["showflats.checks"].set_figure(self.tr("待做检查 {n} 项").format(n=len(s["checks_due"])),
                                                  bool(s["checks_due"]))
        self.checks_detail.setText("\n".join(s["checks_due"][:5]))
        self.checks_detail.setVisible(bool(s["checks_due"]))
        self.links["showflats.cleaning"].set_figure(
            self.tr("保洁待办 {n} 项（逾期 {o}）").format(n=s["cleaning_due"], o=s["cleaning_overdue"]),
            bool(s["cleaning_overdue"]))
        self.links["showflats.workers"].set_figure(self.tr("施工人员在场 {n} 人").format(n=s["workers_inside"]))

    def _show_service(self, d: dict) -> None:
        self.links["service.repairs"].set_figure(
            self.tr("未完工报修 {n} 件（超时 {o}）").format(n=d["open_repairs"], o=d["overdue_repairs"]),
            bool(d["overdue_repairs"]))
        self.links["service.complaints"].set_figure(self.tr("未结案投诉 {n} 件").format(n=d["open_complaints"]),
                                                    bool(d["open_complaints"]))
        self.links["service.keys"].set_figure(
            self.tr("钥匙超时未还 {n} 把（借出 {out}）").format(n=d["overdue_keys"], out=d["keys_out"]),
            bool(d["overdue_keys"]))
        self.links["service.callbacks"].set_figure(
            self.tr("待回访 {n} 件（超期 {o}）").format(n=d["callbacks_pending"], o=d["callbacks_overdue"]),
            bool(d["callbacks_overdue"]))

    def _show_inspections(self, d: dict) -> None:
        self.links["inspections.overdue"].set_figure(
            self.tr("逾期巡检 {n} 项（待做 {due}）").format(n=len(d["overdue"]), due=d["due"]), bool(d["overdue"]))
        self.links["inspections.missed"].set_figure(self.tr("今日漏检 {n} 次").format(n=len(d["missed"])),
                                                    bool(d["missed"]))
        self.links["inspections.incidents"].set_figure(
            self.tr("未关闭的事件 {n} 件").format(n=d["open_incidents"]), bool(d["open_incidents"]))
        self.links["inspections.orders"].set_figure(
            self.tr("未完工工程维修 {n} 件（超时 {o}）").format(n=d["open_orders"], o=d["overdue_orders"]),
            bool(d["overdue_orders"]))
        self.links["inspections.vehicles"].set_figure(self.tr("场内车辆 {n} 辆").format(n=d["vehicles_inside"]))
        self.rounds_detail.setText("\n".join(d["overdue"][:5]))
        self.rounds_detail.setVisible(bool(d["overdue"]))

    # -- links ---------------------------------------------------------------------------
    def open_list(self, section: str, target=None) -> QWidget | None:
        """Open a section and, when it has one, the tab of the list behind the figure.

        ``target`` is the attribute naming the tab's widget (``board``, ``repairs``, ``incidents_tab``).
        The cleaning section falls back to 样板间 when hidden."""
        window = self.window()
        if not hasattr(window, "open_section"):
            return None
        widget = window.open_section(section)
        if widget is None and section == "cleaning":
            widget = window.open_section("showflats")
        tabs = getattr(widget, "tabs", None)
        if widget is None or tabs is None or target is None:
            return widget
        page = getattr(widget, target, None)
        index = tabs.indexOf(page) if isinstance(page, QWidget) else -1
        if index >= 0 and tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
        return widget

    def open_customers(self, view: str) -> None:
        """我的客户 showing one list of the reminders (due, lapsing or returned)."""
        widget = self.open_list("reception", "customers")
        panel = getattr(widget, "customers", None)
        choice = getattr(panel, "view_choice", None)
        if choice is not None:
            choice.setCurrentIndex(max(choice.findData(view), 0))

    def open_consultant(self, staff_id: int | None) -> None:
        """来访记录 of today filtered to one consultant."""
        widget = self.open_list("reception", "visits")
        if widget is not None:
            widget.show_visits(self.clock().date(), staff_id)

    def say(self, text: str) -> None:
        """The line under the heading (an error, the weekly report's files): selectable, to copy."""
        from PySide6.QtCore import Qt  # lazy: start-up (Qt's enums, not built for the first frame)

        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setText(text)

    # -- weekly report -------------------------------------------------------------------
    def weekly_report(self) -> None:
        from desk.ui.overview.weekly_dialog import start_weekly_report  # lazy: start-up (not on the first screen)

        self._job = start_weekly_report(self, self.session, self.clock().date(), self.say)
