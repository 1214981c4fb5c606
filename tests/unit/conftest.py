"""Reading a printed form back from its PDF, by text and geometry (pdfplumber), to check what a
manager would check on paper: lines that start with a comma, codes broken across lines, signatures
alone on a page, tick boxes. ``paper(pdf_bytes)`` gives a ``Paper``."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import pdfplumber
import pytest

MM = 72 / 25.4
# Chinese typesetting: what may not start a line, what may not end one (independent of the engine's lists)
NO_START = set("，。、；：？！）》」』】〕〉”’…%％)!,.:;?]")
NO_END = set("（《「『【〔〈“‘([")
CODE = re.compile(r"[A-Za-z0-9*]")
# codes that must stay whole: room numbers, plates, serials and other Latin/digit runs
TOKENS = [re.compile(p) for p in (r"\d+栋\s?\d+(?:单元\d+)?", r"[\u4e00-\u9fff][A-Z]·?[A-Z0-9*]{4,6}",
                                  r"[A-Z]{2}-\d{8}-\d{3,}")]


@dataclass
class Segment:
    """A run of characters on one line of the page, within one cell."""
    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class Page:
    number: int
    width: float
    height: float
    segments: list[Segment] = field(default_factory=list)
    hrules: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1)
    vrules: list[tuple[float, float, float]] = field(default_factory=list)  # (x, top, bottom)
    chars: list[dict] = field(default_factory=list)
    footer: str = ""  # 第 1 页 / 共 2 页 (counted per document)

    @property
    def continued(self) -> bool:
        """Its document goes on over the next page."""
        found = re.search(r"第(\d+)页/共(\d+)页", squash(self.footer))
        return bool(found) and found.group(1) != found.group(2)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)

    def squashed(self) -> str:
        return squash(self.text)

    def find(self, text: str) -> Segment | None:
        return next((s for s in self.segments if text in s.text), None)


def squash(text: str) -> str:
    return re.sub(r"[\s\u00a0]+", "", text)


class Paper:
    def __init__(self, data: bytes):
        self.pages: list[Page] = []
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for n, p in enumerate(pdf.pages, 1):
                page = Page(n, float(p.width), float(p.height))
                top, bottom = 21 * MM, page.height - 13 * MM  # inside the running header and footer
                for e in p.edges:
                    if e["orientation"] == "h" and e["x1"] - e["x0"] > 5:
                        page.hrules.append((e["top"], e["x0"], e["x1"]))
                    elif e["orientation"] == "v" and e["bottom"] - e["top"] > 5:
                        page.vrules.append((e["x0"], e["top"], e["bottom"]))
                page.chars = [c for c in p.chars if top < c["top"] and c["bottom"] < bottom]
                page.footer = "".join(c["text"] for c in p.chars if c["top"] >= bottom)
                page.segments = self._segments(page, page.chars)
                self.pages.append(page)

    @staticmethod
    def _segments(page: Page, chars: list[dict]) -> list[Segment]:
        rows: list[list[dict]] = []
        for c in sorted(chars, key=lambda c: (round(c["bottom"]), c["x0"])):
            for row in rows:
                if abs(row[0]["bottom"] - c["bottom"]) < 2.0:
                    row.append(c)
                    break
            else:
                rows.append([c])
        segments = []
        for row in rows:
            row.sort(key=lambda c: c["x0"])
            run = [row[0]]
            for c in row[1:]:
                prev = run[-1]
                rule = any(prev["x1"] - 0.5 <= x <= c["x0"] + 0.5 and t <= c["top"] + 1 and b >= c["bottom"] - 1
                           for x, t, b in page.vrules)
                if c["x0"] - prev["x1"] > 0.6 * max(c["size"], 6) or rule:
                    segments.append(_segment(page.number, run))
                    run = [c]
                else:
                    run.append(c)
            segments.append(_segment(page.number, run))
        return sorted(segments, key=lambda s: (s.top, s.x0))

    @property
    def text(self) -> str:
        return "".join(p.squashed() for p in self.pages)

    def page_of(self, text: str) -> int | None:
        """The first page whose text holds ``text`` (whitespace ignored)."""
        want = squash(text)
        return next((p.number for p in self.pages if want in p.squashed()), None)

    # -- the checks ------------------------------------------------------------------------------
    def line_starts(self) -> list[str]:
        """Lines (within a cell or paragraph) that start with closing punctuation."""
        return [f"p{s.page}: {s.text}" for p in self.pages for s in p.segments
                if s.text and s.text.lstrip()[:1] in NO_START]

    def continuations(self):
        """(upper, lower) segments where the lower line continues the upper one (a wrapped line)."""
        for p in self.pages:
            for a in p.segments:
                for b in p.segments:
                    gap = b.top - a.top
                    if not (0.9 * a.size <= gap <= 1.9 * a.size) or abs(a.size - b.size) > 0.6:
                        continue
                    if b.x1 <= a.x0 or b.x0 >= a.x1 or abs(b.x0 - a.x0) > 2.2 * a.size:
                        continue  # not below it, or not where a wrapped line would start
                    if any(a.bottom - 1 <= y <= b.top + 1 and x0 <= max(a.x0, b.x0) and x1 >= min(a.x1, b.x1)
                           for y, x0, x1 in p.hrules):
                        continue  # a rule between them: another row or field
                    yield a, b

    def bad_breaks(self) -> list[str]:
        """Wrapped lines that break where Chinese typesetting forbids: after an opening bracket,
        inside a code, a number, a room number or a plate."""
        problems = []
        for a, b in self.continuations():
            end, start = a.text.rstrip(), b.text.lstrip()
            if not end or not start:
                continue
            join = end[-12:] + start[:12]
            cut = len(end[-12:])
            if end[-1] in NO_END:
                problems.append(f"opening bracket ends a line: {end!r} / {start!r}")
            elif CODE.match(end[-1]) and CODE.match(start[0]):
                problems.append(f"code split: {end!r} / {start!r}")
            elif any(m.start() < cut < m.end() for t in TOKENS for m in t.finditer(join)):
                problems.append(f"number split: {end!r} / {start!r}")
        return problems

    def split_words(self, labels) -> list[str]:
        """Labels (field labels, column headers) that do not appear whole on one line, unless
        they break at " / " or before a bracket."""
        problems = []
        for label in labels:
            parts = [q for q in re.split(r"\s*/\s*|(?=（)", label) if q.strip()]
            for part in parts:
                if not any(squash(part) in squash(s.text) for p in self.pages for s in p.segments):
                    problems.append(f"{label!r}: {part!r} broken")
        return problems

    def last_page_of(self, text: str) -> int | None:
        want = squash(text)
        return next((p.number for p in reversed(self.pages) if want in p.squashed()), None)

    def fill(self, number: int = 1) -> float:
        """How far down page ``number`` its content reaches (0 to 1)."""
        p = self.pages[number - 1]
        body_top, body_bottom = 21 * MM, p.height - 16 * MM
        lowest = max([s.bottom for s in p.segments] + [y for y, _a, _b in p.hrules if y < body_bottom])
        return (lowest - body_top) / (body_bottom - body_top)

    def ticks_in_row_of(self, label: str, mark: str = "■") -> list[int]:
        """How many ``mark`` stand in the field grid row of each occurrence of ``label`` (to the
        right of it, between the rules above and below)."""
        counts = []
        for p in self.pages:
            for s in p.segments:
                if squash(s.text) != squash(label):
                    continue
                above = max([y for y, x0, x1 in p.hrules if y <= s.top + 1 and x0 <= s.x1 <= x1], default=0)
                below = min([y for y, x0, x1 in p.hrules if y >= s.bottom - 1 and x0 <= s.x1 <= x1],
                            default=p.height)
                # the value cell: from the rule right of the label to the next one
                borders = sorted({round(x, 1) for x, t, b in p.vrules if x > s.x1 and t <= s.top + 1 and b >= s.bottom - 1})
                right = borders[1] if len(borders) > 1 else p.width
                counts.append(sum(1 for c in p.chars if c["text"] == mark and above < c["top"] < below
                                  and s.x1 < c["x0"] < right))
        return counts

    def column_marks(self, headers: list[str], mark: str = "√") -> list[int]:
        """Table rows that have a ``mark`` in the columns headed ``headers``: the number of marks
        on each line that has one."""
        lines: dict[tuple[int, int], int] = {}
        for p in self.pages:
            spans = []
            for h in headers:
                seg = next((s for s in p.segments if squash(s.text) == squash(h)), None)
                if seg is not None:
                    left = max([x for x, _t, _b in p.vrules if x <= seg.x0 + 1], default=seg.x0 - 5)
                    right = min([x for x, _t, _b in p.vrules if x >= seg.x1 - 1], default=seg.x1 + 5)
                    spans.append((left, right, seg.bottom))
            for c in p.chars:
                if c["text"] == mark and any(left < c["x0"] < right and c["top"] > top for left, right, top in spans):
                    key = (p.number, round(c["top"] / 3))
                    lines[key] = lines.get(key, 0) + 1
        return list(lines.values())


def _segment(page: int, chars: list[dict]) -> Segment:
    return Segment(page, "".join(c["text"] for c in chars), chars[0]["x0"], chars[-1]["x1"],
                   min(c["top"] for c in chars), max(c["bottom"] for c in chars), chars[0]["size"])


@pytest.fixture
def paper():
    return Paper
