"""Benchmark the forms engine against bare reportlab, in the same run.

1. One repair slip (室内维修联系单, sample data) through ``render_form`` against bare reportlab
   drawing the same boxed field grid and materials table with the same font (target: ratio <= 1.5).
2. A batch of 500 fee notices into one PDF, with progress (target: under 15 s).

Run from the repository root: ``python bench/forms.py [--repeat 30] [--batch 500]``.
"""
from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

from desk.printing import load_template, render_form  # noqa: E402
from desk.printing.engine import format_value  # noqa: E402
from desk.printing.fonts import FONT, register_fonts  # noqa: E402
from desk.services.core.progress import Progress  # noqa: E402


def bare_repair_slip(template) -> bytes:
    """What a programmer would write by hand with reportlab for the same slip, with no template:
    the same header and page number, title, field grid, materials table with its total, notes and
    signature lines, all Paragraphs in one Table per part."""
    sample = template.sample
    fields = sample["fields"]
    style = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=13, wordWrap="CJK")
    small = ParagraphStyle("s", fontName=FONT, fontSize=8.5, leading=12, wordWrap="CJK")
    title = ParagraphStyle("t", fontName=FONT, fontSize=18, leading=24, alignment=1)
    width = A4[0] - 30 * mm

    def p(text, st=style):
        return Paragraph(str(text), st)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 11)
        canvas.drawString(15 * mm, A4[1] - 13.5 * mm, "物业服务有限公司")
        canvas.setFont(FONT, 9)
        canvas.drawString(15 * mm, A4[1] - 18.3 * mm, "盛世中央公馆")
        canvas.line(15 * mm, A4[1] - 20.5 * mm, A4[0] - 15 * mm, A4[1] - 20.5 * mm)
        canvas.drawCentredString(A4[0] / 2, 9 * mm, f"第 {doc.page} 页 / 共 1 页")
        canvas.restoreState()

    grid_style = TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    label_w = 22 * mm
    value_w = width / 3 - label_w
    story = [Paragraph("室内维修联系单", title), p(f"编号：{sample['serial']}")]
    for group in ("main", "work", "owner"):
        rows = []
        grid = [f for f in template.fields if f.group == group]
        for i in range(0, len(grid), 3):
            row = []
            for f in grid[i:i + 3]:
                row += [p(f.label), p(format_value(fields.get(f.key), f.kind, f.unit))]
            row += [""] * (6 - len(row))
            rows.append(row)
        story += [Table(rows, colWidths=[label_w, value_w] * 3, minRowHeights=[8 * mm] * len(rows),
                        style=grid_style), Spacer(1, 3 * mm)]
    spec = template.tables[0]
    data = [[p(c.label) for c in spec.columns]]
    for n, r in enumerate(sample["tables"]["materials"], 1):
        data.append([p(n if c.kind == "index" else format_value(r.get(c.key), c.kind)) for c in spec.columns])
    data.append([p("合计")] + [""] * (len(spec.columns) - 2)
                + [p(format_value(sum(r["amount"] for r in sample["tables"]["materials"]), "money"))])
    total = sum(c.width for c in spec.columns)
    story.append(LongTable(data, colWidths=[width * c.width / total for c in spec.columns], repeatRows=1,
                           style=grid_style))
    story.append(p("注：", small))
    for note in template.notes:
        story.append(p(note, small))
    sig = [[p(f"{label}："), "", p("日期："), ""] for label in template.signatures]
    story.append(Table(sig, colWidths=[25 * mm, 40 * mm, 15 * mm, 40 * mm],
                       style=TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                                         ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
                                         ("FONTNAME", (0, 0), (-1, -1), FONT)])))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=24 * mm,
                      bottomMargin=16 * mm, pageCompression=1, initialFontName=FONT).build(
        story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def timed_pair(first, second, repeat: int) -> tuple[float, float]:
    """Best per-call time of each, measured in alternating rounds (fair under a busy machine)."""
    first()
    second()  # warm up: font registration, template parse
    best = [float("inf"), float("inf")]
    for _ in range(5):
        for k, fn in enumerate((first, second)):
            start = time.perf_counter()
            for _ in range(repeat):
                fn()
            best[k] = min(best[k], (time.perf_counter() - start) / repeat)
    return best[0], best[1]


def fee_documents(n: int) -> list[dict]:
    docs = []
    for i in range(n):
        building, unit, floor = 1 + i // 100, 1 + (i // 25) % 4, 1 + i % 25
        area = 85 + (i * 7) % 60
        docs.append({
            "serial": f"JF-20261123-{i + 1:03d}",
            "fields": {"owner": f"业主{i + 1:03d}", "room": f"{building}栋{unit}单元{floor:02d}01", "area": area,
                       "rate": "2.20", "period": "2026年10月—2026年12月", "due_date": "2026-12-15"},
            "tables": {"items": [
                {"item": "物业服务费", "period": "2026-10-01 至 2026-12-31", "basis": f"{area}㎡ × 2.20 × 3",
                 "amount": round(area * 2.2 * 3, 2)},
                {"item": "公共能耗分摊", "period": "2026-10-01 至 2026-12-31", "basis": "按户分摊", "amount": 36},
            ]},
        })
    return docs


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    register_fonts()
    template = load_template("repair_slip")

    ours, bare = timed_pair(lambda: render_form("repair_slip", sample=True), lambda: bare_repair_slip(template),
                            args.repeat)
    ratio = ours / bare
    print(f"repair slip: render_form {ours * 1000:.1f} ms, bare reportlab {bare * 1000:.1f} ms, "
          f"ratio {ratio:.2f}x (target <= 1.5x) {'OK' if ratio <= 1.5 else 'SLOW'}")

    docs = fee_documents(args.batch)
    last = [0.0]

    def report(done, total, _text):
        now = time.perf_counter()
        if done == total or now - last[0] > 1:
            last[0] = now
            print(f"  … {done}/{total}", flush=True)

    start = time.perf_counter()
    data = render_form("fee_notice", documents=docs, progress=Progress(report))
    seconds = time.perf_counter() - start
    print(f"batch: {args.batch} fee notices in {seconds:.2f} s ({len(data) / 1e6:.1f} MB, "
          f"{seconds / args.batch * 1000:.1f} ms each; target < 15 s) {'OK' if seconds < 15 else 'SLOW'}")
    return 0 if ratio <= 1.5 and seconds < 15 else 1


if __name__ == "__main__":
    sys.exit(main())
