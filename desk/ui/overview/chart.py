"""A small bar chart painted with QPainter: the overview's arrivals by hour and by source.

One series of bars with their values, category labels never shortened (long Chinese source
names get the room they need), a value axis with round steps. Painting it directly costs a few
milliseconds where QtCharts' graphics scene cost tens at start-up.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desk.services.weekly import nice_step

PAD = 6
TICK = 4


class BarChart(QWidget):
    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self._title = title
        self._categories: list[str] = []
        self._values: list[int] = []
        self._colour = QColor("#2f6db5")
        self._horizontal = False
        self.setAccessibleName(title)
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
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        title_h = painter.fontMetrics().height()
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(0, PAD, self.width(), title_h), Qt.AlignmentFlag.AlignHCenter, self._title)
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
        text = self.palette().text().color()
        for i, (label, value) in enumerate(zip(self._categories, self._values)):
            height = plot.height() * value / top
            bar = QRectF(plot.left() + slot * (i + 0.15), plot.bottom() - height, slot * 0.7, height)
            painter.fillRect(bar, self._colour)
            painter.setPen(text)
            if value:
                painter.drawText(QRectF(bar.left() - slot * 0.15, bar.top() - text_h, slot, text_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(value))
            painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, text_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

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
        text = self.palette().text().color()
        for i, (label, value) in enumerate(zip(categories, values)):
            width = plot.width() * value / top
            bar = QRectF(plot.left(), plot.top() + slot * (i + 0.15), width, slot * 0.7)
            painter.fillRect(bar, self._colour)
            painter.setPen(text)
            row = QRectF(area.left(), plot.top() + slot * i, label_w - TICK - 2, slot)
            painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            if value:
                painter.drawText(QRectF(bar.right() + 3, bar.top(), value_w + 20, bar.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value))

    def _grid(self, painter: QPainter, plot: QRectF, step: int, top: int, *, vertical: bool) -> None:
        """Value axis with a light line per step, labelled."""
        metrics = painter.fontMetrics()
        grid = QPen(QColor("#dddddd"))
        axis = QPen(self.palette().mid().color())
        text = self.palette().text().color()
        for value in range(0, top + 1, step):
            painter.setPen(grid if value else axis)
            if vertical:
                y = plot.bottom() - plot.height() * value / top
                painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
                painter.setPen(text)
                painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - TICK, metrics.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
            else:
                x = plot.left() + plot.width() * value / top
                painter.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))
                painter.setPen(text)
                painter.drawText(QRectF(x - 30, plot.bottom() + 2, 60, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(value))
        painter.setPen(axis)  # the category axis
        painter.drawLine(int(plot.left()), int(plot.top()), int(plot.left()), int(plot.bottom()))
