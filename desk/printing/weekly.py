"""The weekly report (周报) as PDF: reportlab platypus tables and ``reportlab.graphics`` charts.

``render_weekly(reports, out=None, progress=None) -> bytes | Path``: one or more reports from
``desk.services.overview.weekly.report`` (one section per week, each starting on a new page). Uses the
bundled CJK font registered by ``desk.printing.fonts`` (chart labels and legends included);
text passes through ``fonts.printable`` so a character the font lacks shows as 〓, never a box.
"""
from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak, KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from desk.printing.engine import style, write_atomic
from desk.printing.fonts import FONT, printable, register_fonts
from desk.printing.linebreak import Para
from desk.services.overview.weekly import TARGET_MARKS, nice_step

SERIES_COLORS = [colors.HexColor("#2f6db5"), colors.HexColor("#9bbbe0"), colors.HexColor("#d9a441")]
HEADER_BG = colors.HexColor("#e8eef7")
MET = colors.HexColor("#1e7b34")
MISSED = colors.HexColor("#b3261e")
WIDTH = A4[0] - 30 * mm  # frame width with 15 mm margins


def _t(value) -> str:
    """A cell's text."""
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return value.strftime("%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%m-%d")
    if isinstance(value, Decimal):
        return f"{value:,.2f}" if value.as_tuple().exponent == -2 else str(value)
    return str(value)


def _p(text, size: float = 9, align: str = "left", color=colors.black) -> Para:
    return Para(escape(printable(_t(text))), style(size, align, color=color))


def _pct(value) -> str:
    return "—" if value is None else f"{value}%"


def _change(totals: dict, key: str) -> str:
    """较上周 / 较四周前: "—" without visitors to compare with, "数据不足" when the program was not
    yet in use for the whole of that week."""
    if not totals.get(f"{key}_complete", True):
        return "数据不足"
    return _pct(totals[f"change_{key}"])


def _yuan(value) -> str:
    """An amount in yuan, the sign before the currency sign: ¥1,250.00, -¥25.00; None: —."""
    if value is None:
        return "—"
    return f"{'-' if value < 0 else ''}¥{abs(value):,.2f}"


def _heading(text: str) -> list:
    return [CondPageBreak(40 * mm), Spacer(1, 4 * mm), _p(text, 12.5), Spacer(1, 2 * mm)]


def _table(headers: list[str], rows: list[list], widths: list[float], *, numeric_from: int = 1,
           total: bool = False, colours: list[tuple] = (), wrap: tuple[int, ...] = ()) -> Table:
    """A tidy table: shaded header, thin grid, numbers right-aligned, a shaded total row.

    Cells are plain strings in the bundled font (fast); the columns in ``wrap`` hold free text and
    become wrapping paragraphs. ``colours``: ((column, row), colour), row 1 = the first data row."""
    tint = {cell: colour for cell, colour in colours}
    data = [[_p(h, 8.5, "center") for h in headers]]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 10.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, row in enumerate(rows, start=1):
        cells = []
        for i, v in enumerate(row):
            if i in wrap:
                cells.append(_p(v, 8.5, "left", tint.get((i, r), colors.black)))
                continue
            cells.append(printable(_t(v)))
            if i >= numeric_from and _is_number(v):
                commands.append(("ALIGN", (i, r), (i, r), "RIGHT"))
            if (i, r) in tint:
                commands.append(("TEXTCOLOR", (i, r), (i, r), tint[(i, r)]))
        data.append(cells)
    scale = WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    if total and rows:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f3f3")))
    table.setStyle(TableStyle(commands))
    return table


def _is_number(value) -> bool:
    if isinstance(value, (int, float, Decimal)):
        return True
    text = str(value).replace(",", "").replace("%", "").replace("¥", "").strip()
    try:
        float(text)
        return True
    except ValueError:
        return text == "—"


def _value_axis(chart, peak: float) -> None:
    step = nice_step(peak)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (int(peak * 1.1 // step) + 1)


def _axis_fonts(chart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 8


def _visitors_chart(visitors: dict) -> Drawing:
    rows = visitors["rows"]
    drawing = Drawing(WIDTH, 62 * mm)
    drawing.initialFontName = FONT  # the renderer's initial font: never an unembedded Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = WIDTH - 150, 62 * mm - 45
    chart.data = [[r["people"] for r in rows], [r["last_week_people"] for r in rows],
                  [r["month_ago_people"] for r in rows]]
    chart.categoryAxis.categoryNames = [f"{r['weekday']} {r['day']:%m-%d}" for r in rows]
    _value_axis(chart, max([max(s) for s in chart.data] + [1]))
    chart.barSpacing, chart.groupSpacing = 1, 8
    for i, colour in enumerate(SERIES_COLORS):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 6
    _axis_fonts(chart)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = WIDTH - 105, 62 * mm - 25
    legend.fontName, legend.fontSize = FONT, 8.5
    legend.alignment = "right"
    legend.columnMaximum = 3
    legend.colorNamePairs = [(SERIES_COLORS[0], printable(f"本周 {visitors['totals']['people']} 人")),
                             (SERIES_COLORS[1], printable(f"上周 {visitors['totals']['last_week_people']} 人")),
                             (SERIES_COLORS[2], printable(f"四周前 {visitors['totals']['month_ago_people']} 人"))]
    drawing.add(legend)
    drawing.add(String(30, 62 * mm - 10, printable("来访人数（按日）"), fontName=FONT, fontSize=9))
    return drawing


def _hbar_chart(title: str, names: list[str], values: list[int], colour, *, value_format="%d") -> Drawing:
    names = [printable(n) for n in names] or ["—"]
    values = values or [0]
    row = 13
    height = max(40 * mm, row * len(names) + 40)
    drawing = Drawing(WIDTH, height)
    drawing.initialFontName = FONT
    chart = HorizontalBarChart()
    longest = max(len(n) for n in names)
    chart.x = min(30 + longest * 9, 150)
    chart.y = 15
    chart.width = WIDTH - chart.x - 40
    chart.height = height - 40
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    _value_axis(chart, max(values + [1]))
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = value_format
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    _axis_fonts(chart)
    drawing.add(chart)
    drawing.add(String(10, height - 12, printable(title), fontName=FONT, fontSize=9))
    return drawing


def _targets_rows(targets: dict) -> tuple[list[list], list[tuple]]:
    rows, colours = [], []
    for i, key in enumerate(("satisfaction", "complaints_handled", "repairs_on_time")):
        figure = targets[key]
        mark = TARGET_MARKS[figure["met"]]
        goal = f"{figure['target']}%" if figure["target"] >= 100 else f"≥ {figure['target']}%"
        rows.append([figure["label"], goal, _pct(figure["value"]),
                     f"{figure['num']} / {figure['den']}", mark])
        if figure["met"] is not None:
            colours.append(((4, i + 1), MET if figure["met"] else MISSED))
    return rows, colours


def week_story(data: dict) -> list:
    """The flowables of one week's report."""
    story: list = []
    v = data["visitors"]
    t = v["totals"]
    story.append(_p(f"案场周报 {data['label']}", 17, "center"))
    story.append(_p(f"{data['start']:%Y-%m-%d}（周一）至 {data['end']:%Y-%m-%d}（周日）", 9.5, "center"))
    story.append(Spacer(1, 4 * mm))
    conv = data["conversion"]
    bar = data["bar"]
    summary = [
        ["来访组数", t["groups"], "来访人数", t["people"]],
        ["较上周（人数）", _change(t, "last_week"), "较四周前（人数）", _change(t, "month_ago")],
        ["首访 / 复访（组）", f"{conv['first_groups']} / {conv['return_groups']}",
         f"首访客户 {conv['window_days']} 天内复访", f"{conv['came_back']} / {conv['first_customers']}（{_pct(conv['rate'])}）"],
        ["水吧消耗成本", _yuan(bar["cost"]), "人均成本", _yuan(bar["cost_per_visitor"])],
    ]
    story.append(_table(["项目", "数值", "项目", "数值"], summary, [3, 2.2, 3.2, 3], numeric_from=9))
    if not conv["complete"]:
        story.append(_p(f"注：复访统计截至 {data['at']:%Y-%m-%d %H:%M}，观察期未满 {conv['window_days']} 天。", 8))

    story += _heading("一、来访")
    story.append(_visitors_chart(v))
    rows = [[f"{r['weekday']} {r['day']:%m-%d}", r["groups"], r["people"], r["last_week_people"],
             r["month_ago_people"]] for r in v["rows"]]
    rows.append(["合计", t["groups"], t["people"], t["last_week_people"], t["month_ago_people"]])
    story.append(_table(["日期", "组数", "人数", f"上周（{v['last_week']}）", f"四周前（{v['month_ago']}）"],
                        rows, [3, 1.5, 1.5, 2.6, 2.6], total=True))

    story += _heading("二、来源（认知途径）")
    src = data["sources"]
    if src:
        story.append(_hbar_chart("各来源组数", [s["source"] for s in src], [s["groups"] for s in src],
                                 SERIES_COLORS[0]))
        story.append(_table(["来源", "组数", "人数", "占比"],
                            [[s["source"], s["groups"], s["people"], _pct(s["share"])] for s in src], [4, 2, 2, 2]))
    else:
        story.append(_p("本周无来访。"))

    story += _heading("三、置业顾问接待与轮排")
    cons = data["consultants"]
    if cons:
        story.append(_hbar_chart("各顾问接待组数", [c["name"] for c in cons], [c["groups"] for c in cons],
                                 SERIES_COLORS[2]))
        rows = []
        for c in cons:
            reasons = "、".join(f"{k}{n}" for k, n in sorted(c["skip_reasons"].items()) if k) or ""
            rows.append([c["name"], c["groups"], c["people"], c["first"], c["return"], c["assign"], c["owner"],
                         c["skip"], reasons])
        story.append(_table(["顾问", "接待组", "人数", "首访", "复访", "轮到", "老客户", "跳过", "跳过原因"],
                            rows, [2.2, 1.3, 1.2, 1.2, 1.2, 1.2, 1.4, 1.2, 2.6], wrap=(8,)))
    else:
        story.append(_p("本周无接待记录。"))

    story += _heading("四、水吧")
    cons_rows = [[r["name"], r["category"], f"{r['quantity']}{r['unit']}", r["unit_cost"], r["cost"]]
                 for r in bar["consumption"]]
    cons_rows.append(["合计", "", "", "", bar["cost"]])
    story.append(_p(f"消耗 {len(bar['consumption'])} 种物品，成本 {_yuan(bar['cost'])}；来访 {bar['people']} 人，人均 "
                    + _yuan(bar["cost_per_visitor"])
                    + "（单价取入库价加权平均，无入库价时取物品单价）。", 9))
    story.append(Spacer(1, 2 * mm))
    if bar["consumption"]:
        story.append(_table(["物品", "类别", "消耗", "单价（元）", "金额（元）"], cons_rows, [3.2, 2, 2, 2, 2],
                            numeric_from=3, total=True))
    if bar["unpriced"]:
        story.append(_p("无单价（未计入成本）：" + "、".join(bar["unpriced"]), 8))
    story.append(Spacer(1, 3 * mm))
    story.append(_p(f"报损 {len(bar['waste'])} 种，金额 {_yuan(bar['waste_cost'])}"
                    + ("；原因：" + "、".join(f"{k} {n} 笔" for k, n in bar["waste_reasons"].items())
                       if bar["waste_reasons"] else ""), 9.5))
    if bar["waste"]:
        story.append(_table(["物品", "类别", "数量", "单价（元）", "金额（元）"],
                            [[r["name"], r["category"], f"{r['quantity']}{r['unit']}", r["unit_cost"], r["cost"]]
                             for r in bar["waste"]], [3.2, 2, 2, 2, 2], numeric_from=3))
    story.append(Spacer(1, 3 * mm))
    diffs = bar["count_differences"]
    story.append(_p(f"盘点差异 {len(diffs)} 条，金额 {_yuan(bar['difference_value'])}", 9.5))
    if diffs:
        story.append(_table(["时间", "盘点", "物品", "账面", "实盘", "差异", "金额（元）", "原因"],
                            [[d["at"], d["kind"], d["name"], d["expected"], d["counted"], d["difference"],
                              d["value"], d["reason"]] for d in diffs],
                            [2.2, 1.2, 2.4, 1.3, 1.3, 1.3, 1.8, 2.8], numeric_from=3, wrap=(7,)))

    story += _heading("五、样板间")
    inc = data["showflats"]
    summary_text = "、".join(f"{k} {n} 件" for k, n in inc["by_kind"].items()) or "无"
    story.append(_p(f"本周登记损坏/缺失：{summary_text}", 9.5))
    if inc["rows"]:
        story.append(_table(["时间", "样板间", "物品", "类型", "状态", "说明"],
                            [[r["at"], r["flat"], r["item"], r["kind"], r["status"], r["note"]] for r in inc["rows"]],
                            [2.2, 2.6, 2.6, 1.2, 1.4, 4], numeric_from=9, wrap=(1, 2, 5)))

    svc = data["service"]
    part = [_p("六、客服：报修与投诉", 12.5), Spacer(1, 2 * mm)]
    part.append(_p(f"报修：受理 {svc['repairs']['received']} 件，完工 {svc['repairs']['done']} 件，超时 "
                    f"{svc['repairs']['late']} 件。投诉：受理 {svc['complaints']['received']} 件，结案 "
                    f"{svc['complaints']['closed']} 件。", 9.5))
    if svc["complaints"]["by_category"]:
        part.append(_p("投诉分类：" + "、".join(f"{k} {n}" for k, n in svc["complaints"]["by_category"].items()), 9))
    part.append(Spacer(1, 2 * mm))
    rows, colours = _targets_rows(svc["targets"])
    part.append(_table(["指标", "目标", "本周", "分子 / 分母", "结论"], rows, [3, 2, 2, 2.5, 2],
                       numeric_from=9, colours=colours))
    story += [Spacer(1, 4 * mm), KeepTogether(part)]

    story += _heading("七、遗留事项（截至周末）")
    car = data["carried"]
    story.append(_table(["未完工报修", "未结案投诉", "待回访", "未还钥匙", "未关闭样板间事件", "待审批采购"],
                        [[car["repairs"], car["complaints"], car["callbacks"], car["keys_out"], car["incidents"],
                          car["purchase_requests"]]], [1, 1, 1, 1, 1.4, 1.1], numeric_from=0))
    if car["rows"]:
        story.append(Spacer(1, 2 * mm))
        shown = car["rows"][:30]
        story.append(_table(["类别", "编号", "受理时间", "内容", "当前状态"],
                            [[r["kind"], r["number"], r["since"], r["text"], r["status"]] for r in shown],
                            [1.2, 2.6, 2, 6, 1.6], numeric_from=9, wrap=(3,)))
        if len(car["rows"]) > len(shown):
            story.append(_p(f"另有 {len(car['rows']) - len(shown)} 项，见 Excel 周报。", 8))
    return story


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.grey)
    canvas.drawRightString(A4[0] - 15 * mm, 9 * mm, printable(f"第 {doc.page} 页"))
    canvas.drawString(15 * mm, 9 * mm, printable(getattr(doc, "desk_footer", "")))
    canvas.restoreState()


class _Canvas(Canvas):
    def __init__(self, *args, **kwargs):
        kwargs["initialFontName"] = FONT  # no stray unembedded Helvetica
        kwargs["initialFontSize"] = 9
        super().__init__(*args, **kwargs)


def render_weekly(reports: list[dict], out: Path | None = None, progress=None):
    """One PDF with every report (a week per section). Returns bytes, or the written path."""
    register_fonts()
    buffer = io.BytesIO()
    labels = [r["label"] for r in reports]
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                            bottomMargin=16 * mm, title=printable(f"案场周报 {labels[0]}" + (
                                f" 至 {labels[-1]}" if len(labels) > 1 else "")), author="案场助手")
    doc.desk_footer = f"案场周报 {labels[0]}" + (f" — {labels[-1]}" if len(labels) > 1 else "")
    story: list = []
    for i, data in enumerate(reports):
        if progress is not None:
            progress.check()
            progress.report(i, len(reports), data["label"])
        if i:
            story.append(PageBreak())
        story += week_story(data)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer, canvasmaker=_Canvas)
    pdf = buffer.getvalue()
    if out is None:
        return pdf
    return write_atomic(Path(out), pdf)
