"""A small bar chart painted with QPainter: the overview's arrivals by hour and by source.

One series of bars with their values, category labels never shortened (long Chinese source
names get the room they need), a value axis with round steps. Painting it directly costs a few
milliseconds where QtCharts' graphics scene cost tens at start-up.

The chart is in the program's first frame, so it paints without PySide6's ``Qt`` namespace (whose
~95 enum classes cost ~40 ms when first touched, see ``desk/ui/main_window.py``): the usual calls
``painter.setPen(colour)``, ``fillRect(rect, colour)`` and ``QBrush(colour)`` all reach it through
their overloads. Bars are filled paths with a brush taken from a palette (``solid``), lines are
stroked paths, text takes the widget's text colour as the painter's default pen, and alignments
are ``drawText``'s plain int flags (Qt's values, checked by the tests).
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desk.services.overview.weekly import nice_step

PAD = 6
TICK = 4
# drawText's alignment flags (the values of Qt.AlignmentFlag)
LEFT, RIGHT, HCENTER, TOP, BOTTOM, VCENTER = 0x1, 0x2, 0x4, 0x20, 0x40, 0x80


def solid(colour: QColor) -> QBrush:
    """A brush of one colour, made without ``QBrush(colour)`` (see the module docstring)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, colour)
    return palette.window()


def line_pen(colour: QColor) -> QPen:
    pen = QPen()
    pen.setColor(colour)
    return pen


class BarChart(QWidget):
    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self._title = title
        self._categories: list[str] = []
        self._values: list[int] = []
        self._colour = QColor("#2f6db5")
        self._horizontal = False
        self.setAccessibleName(title)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setForegroundRole(QPalette.ColorRole.Text)  # the painter's default pen: the labels
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data ----------------------------------------------------------------------------
    def set_bars(self, categories: list[str], values: list[int], colour: str, *, horizontal: bool = False) -> None:
        """Replace the bars. Horizontal bars list the first category on top."""
        self._categories = [str(c) for c in categories]
        self._values = [int(v) for v in values]
        self._colour = QColor(colour)
        self._horizontal = horizontal
        figures = "\n".join(f"{c}：{v}" for c, v in zip(self._categories, self._values))
        self.setToolTip(figures)
        self.setAccessibleDescription(figures)
        self.updateGeometry()
        self.update()

    def categories(self) -> list[str]:
        return list(self._categories)

    def values(self) -> list[int]:
        return list(self._values)

    # -- geometry ------------------------------------------------------------------------
    def label_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        return small

    def label_width(self) -> int:
        """The room the category labels take on the left of horizontal bars (whole names)."""
        metrics = QFontMetrics(self.label_font())
        return max((metrics.horizontalAdvance(c) for c in self._categories or ["—"]), default=0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        if self._horizontal:
            return QSize(self.label_width() + 120, 220)
        return QSize(200, 220)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(max(360, self.minimumSizeHint().width()), 240)

    def _scale(self) -> tuple[int, int]:
        """(step, top) of the value axis."""
        highest = max(self._values + [1])
        step = nice_step(highest)
        ticks = int(highest * 1.15 // step) + 1
        return step, step * ticks

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)  # pen: the text colour (foreground role); background filled by Qt
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        title_h = painter.fontMetrics().height()
        painter.drawText(QRectF(0, PAD, self.width(), title_h), HCENTER, self._title)
        painter.setFont(self.label_font())
        area = QRectF(PAD, PAD + title_h + PAD, self.width() - 2 * PAD, self.height() - title_h - 3 * PAD)
        if self._horizontal:
            self._paint_horizontal(painter, area)
        else:
            self._paint_vertical(painter, area)
        painter.end()

    def _paint_vertical(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        step, top = self._scale()
        text_h = metrics.height()
        axis_w = metrics.horizontalAdvance(str(top)) + TICK + 2
        plot = QRectF(area.left() + axis_w, area.top() + text_h, area.width() - axis_w, area.height() - 2 * text_h - 2)
        self._grid(painter, plot, step, top, vertical=True)
        n = max(len(self._values), 1)
        slot = plot.width() / n
        bars = QPainterPath()
        for i, (label, value) in enumerate(zip(self._categories, self._values)):
            height = plot.height() * value / top
            bar = QRectF(plot.left() + slot * (i + 0.15), plot.bottom() - height, slot * 0.7, height)
            bars.addRect(bar)
            if value:
                painter.drawText(QRectF(bar.left() - slot * 0.15, bar.top() - text_h, slot, text_h),
                                 HCENTER | BOTTOM, str(value))
            painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, text_h), HCENTER | TOP, label)
        painter.fillPath(bars, solid(self._colour))

    def _paint_horizontal(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        step, top = self._scale()
        text_h = metrics.height()
        label_w = self.label_width() + TICK + 2
        value_w = metrics.horizontalAdvance(str(top)) + 4
        plot = QRectF(area.left() + label_w, area.top(), area.width() - label_w - value_w, area.height() - text_h - 2)
        self._grid(painter, plot, step, top, vertical=False)
        categories = self._categories or ["—"]
        values = self._values or [0]
        slot = plot.height() / len(categories)
        bars = QPainterPath()
        for i, (label, value) in enumerate(zip(categories, values)):
            width = plot.width() * value / top
            bar = QRectF(plot.left(), plot.top() + slot * (i + 0.15), width, slot * 0.7)
            bars.addRect(bar)
            row = QRectF(area.left(), plot.top() + slot * i, label_w - TICK - 2, slot)
            painter.drawText(row, RIGHT | VCENTER, label)
            if value:
                painter.drawText(QRectF(bar.right() + 3, bar.top(), value_w + 20, bar.height()), LEFT | VCENTER,
                                 str(value))
        painter.fillPath(bars, solid(self._colour))

    def _grid(self, painter: QPainter, plot: QRectF, step: int, top: int, *, vertical: bool) -> None:
        """Value axis with a light line per step, labelled."""
        metrics = painter.fontMetrics()
        grid, axis = QPainterPath(), QPainterPath()
        for value in range(0, top + 1, step):
            lines = grid if value else axis
            if vertical:
                y = plot.bottom() - plot.height() * value / top
                lines.moveTo(int(plot.left()), int(y))
                lines.lineTo(int(plot.right()), int(y))
                painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - TICK, metrics.height()),
                                 RIGHT | VCENTER, str(value))
            else:
                x = plot.left() + plot.width() * value / top
                lines.moveTo(int(x), int(plot.top()))
                lines.lineTo(int(x), int(plot.bottom()))
                painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, metrics.height()), HCENTER | TOP, str(value))
        axis.moveTo(int(plot.left()), int(plot.top()))  # the category axis
        axis.lineTo(int(plot.left()), int(plot.bottom()))
        painter.strokePath(grid, line_pen(QColor("#dddddd")))
        painter.strokePath(axis, line_pen(self.palette().mid().color()))
