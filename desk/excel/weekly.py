"""The weekly report (周报) as an Excel workbook: the same data as the PDF, one sheet per table.

``weekly_sheets(reports) -> list[SheetData]`` and ``write_weekly(target, reports, progress=None)``.
Several weeks go into the same sheets with a 周 column first, so a manager can filter or pivot.
``write_sites_weekly(target, reports)``: head office's report across sites
(``desk.services.headoffice.weekly.sites_report``): a sheet with a column per site and the total,
and a long sheet (周, 项目, 站点, 数值, 分子, 分母) to pivot.
"""
from __future__ import annotations

from pathlib import Path

from desk.excel.writer import SheetData, write_workbook
from desk.services.overview.weekly import TARGET_MARKS


def _pct(value):
    """Percentages as numbers of percent (95.0), the header says （%）."""
    return None if value is None else value


def weekly_sheets(reports: list[dict]) -> list[SheetData]:
    summary, days, sources, consultants, consumption, waste, diffs = [], [], [], [], [], [], []
    source_conversion = []
    incidents, targets, carried, carried_rows = [], [], [], []
    league, funnel_rows = [], []
    for data in reports:
        w = data["label"]
        t = data["visitors"]["totals"]
        conv = data["conversion"]
        bar = data["bar"]
        svc = data["service"]
        summary.append([w, data["start"], data["end"], t["groups"], t["people"], t["last_week_people"],
                        t["month_ago_people"], conv["first_groups"], conv["return_groups"], conv["first_customers"],
                        conv["came_back"], bar["cost"], bar["cost_per_visitor"], bar["waste_cost"],
                        bar["difference_value"], svc["repairs"]["received"], svc["complaints"]["received"]])
        for r in data["visitors"]["rows"]:
            days.append([w, r["day"], r["weekday"], r["groups"], r["people"], r["last_week_groups"],
                         r["last_week_people"], r["month_ago_groups"], r["month_ago_people"]])
        for s in data["sources"]:
            sources.append([w, s["source"], s["groups"], s["people"], _pct(s["share"])])
        for r in conv["by_source"]:
            source_conversion.append([w, r["source"], r["first_customers"], r["came_back"], _pct(r["rate"])])
        for c in data["consultants"]:
            reasons = "、".join(f"{k}{n}" for k, n in sorted(c["skip_reasons"].items()) if k)
            consultants.append([w, c["name"], c["groups"], c["people"], c["first"], c["return"], c["assign"],
                                c["owner"], c["chosen"], c["skip"], reasons])
        fair = {c["staff_id"]: c for c in data["consultants"]}
        for i, r in enumerate(data["sales"]["league"], start=1):
            f = fair.get(r.staff_id, {})
            league.append([w, i, r.name, r.receptions, r.first, r.follow_ups, r.due, r.kept, _pct(r.on_time_rate),
                           r.subscriptions, r.contracts, r.average_days, f.get("assign", 0), f.get("owner", 0),
                           f.get("chosen", 0), f.get("skip", 0)])
        for r in data["sales"]["funnel"].by_week:
            funnel_rows.append([w, r.key, r.first, r.returned, _pct(r.return_rate), r.subscribed,
                                _pct(r.subscribe_rate), r.signed, _pct(r.sign_rate), r.withdrawn])
        for r in bar["consumption"]:
            consumption.append([w, r["name"], r["category"], r["quantity"], r["unit"], r["unit_cost"], r["cost"]])
        for r in bar["waste"]:
            waste.append([w, r["name"], r["category"], r["quantity"], r["unit"], r["unit_cost"], r["cost"]])
        for d in bar["count_differences"]:
            diffs.append([w, d["at"], d["kind"], d["serial"], d["name"], d["unit"], d["expected"], d["counted"],
                          d["difference"], d["value"], d["reason"]])
        for r in data["showflats"]["rows"]:
            incidents.append([w, r["at"], r["flat"], r["item"], r["kind"], r["status"], r["note"]])
        for key in ("satisfaction", "complaints_handled", "repairs_on_time"):
            f = svc["targets"][key]
            targets.append([w, f["label"], _pct(f["target"]), _pct(f["value"]), f["num"], f["den"],
                            TARGET_MARKS[f["met"]]])
        car = data["carried"]
        carried.append([w, car["repairs"], car["complaints"], car["callbacks"], car["keys_out"], car["incidents"],
                        car["purchase_requests"]])
        for r in car["rows"]:
            carried_rows.append([w, r["kind"], r["number"], r["since"], r["text"], r["status"]])
    return [
        SheetData("汇总", ["周", "周一", "周日", "来访组数", "来访人数", "上周人数", "四周前人数", "首访组", "复访组",
                         "首访客户", "其中已复访", "水吧成本", "人均成本", "报损金额", "盘点差异金额", "报修受理",
                         "投诉受理"], summary, money_columns={11, 12, 13, 14}),
        SheetData("来访按日", ["周", "日期", "星期", "组数", "人数", "上周组数", "上周人数", "四周前组数", "四周前人数"], days),
        SheetData("来源", ["周", "来源", "组数", "人数", "占比（%）"], sources),
        SheetData("来源转化", ["周", "首访客户的来源", "首访客户", "已复访", "复访率（%）"], source_conversion),
        SheetData("顾问接待", ["周", "顾问", "接待组", "人数", "首访", "复访", "轮到", "老客户", "指定", "跳过", "跳过原因"],
                  consultants),
        SheetData("顾问排行", ["周", "名次", "顾问", "接待组", "其中首访", "跟进", "到期跟进", "按时跟进", "按时率（%）",
                           "认购", "签约", "平均认购天数", "轮到", "老客户", "指定", "跳过"], league),
        SheetData("转化漏斗", ["周", "首访周", "首访", "复访", "复访率（%）", "认购", "认购率（%）", "签约", "签约率（%）",
                           "退订"], funnel_rows),
        SheetData("水吧消耗", ["周", "物品", "类别", "数量", "单位", "单价", "金额"], consumption, money_columns={5, 6}),
        SheetData("报损", ["周", "物品", "类别", "数量", "单位", "单价", "金额"], waste, money_columns={5, 6}),
        SheetData("盘点差异", ["周", "时间", "盘点", "编号", "物品", "单位", "账面", "实盘", "差异", "金额", "原因"], diffs,
                  money_columns={9}),
        SheetData("样板间事件", ["周", "时间", "样板间", "物品", "类型", "状态", "说明"], incidents),
        SheetData("客服目标", ["周", "指标", "目标（%）", "实际（%）", "分子", "分母", "结论"], targets),
        SheetData("遗留事项", ["周", "未完工报修", "未结案投诉", "待回访", "未还钥匙", "未关闭样板间事件", "待审批采购"], carried),
        SheetData("遗留明细", ["周", "类别", "编号", "受理时间", "内容", "当前状态"], carried_rows),
    ]


def write_weekly(target: Path, reports: list[dict], progress=None) -> Path:
    return write_workbook(Path(target), weekly_sheets(reports), progress)


def sites_sheets(reports: list[dict]) -> list[SheetData]:
    """Head office's weekly report: 各站点 (a column per site and 合计, a block per week) and 明细."""
    table, long = [], []
    sites = reports[0]["sites"] if reports else []
    for data in reports:
        w = data["label"]
        for line in data["rows"]:
            if line["kind"] == "heading":
                continue
            label = line["label"].format(days=data["window_days"])
            if line.get("source"):
                label = f"复访率 · 来源：{label}"
            cells = []
            for site, value in zip([*data["sites"], "合计"], [*line["values"], line["total"]]):
                if line["kind"] == "ratio":
                    cells.append(_pct(value["value"]))
                    long.append([w, label, site, _pct(value["value"]), value["num"], value["den"]])
                else:
                    cells.append(value)
                    long.append([w, label, site, value, None, None])
            table.append([w, label, *cells])
    return [
        SheetData("各站点", ["周", "项目", *sites, "合计"], table),
        SheetData("明细", ["周", "项目", "站点", "数值（比率为 %）", "分子", "分母"], long),
    ]


def write_sites_weekly(target: Path, reports: list[dict], progress=None) -> Path:
    return write_workbook(Path(target), sites_sheets(reports), progress)
