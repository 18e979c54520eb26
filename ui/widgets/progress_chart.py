"""Handling progress as stacked bars: one bar per asset kind, one segment per status.

Drawn with QPainter (QtCharts is not in PySide6-Essentials). Each bar is 100 % of the
assets of its kind, split by status in workflow order, with the share handled written at its
end; a legend names the colours. Clicking a segment emits `segment_clicked(kind, status)`;
hovering one shows its count in a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.figures_format import count_text

# Awaiting → handled: from warm (work to do) to green (done); readable for colour-blind users
# because the order and the legend, not the hue alone, carry the meaning.
STATUS_COLOURS = {
    "surplus": "#d9822b",
    "reviewing": "#e8a95c",
    "temporary_use": "#b07cc6",
    "proposed": "#f2c14e",
    "approved": "#7fb3d5",
    "in_progress": "#2e86c1",
    "handled": "#27ae60",
}
BAR_HEIGHT = 22
ROW_GAP = 12
LABEL_WIDTH = 120
PERCENT_WIDTH = 100


@dataclass(frozen=True)
class Bar:
    key: str  # asset kind, or "" for all kinds
    label: str
    counts: dict[str, int]  # status → count

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class ProgressChart(QWidget):
    segment_clicked = Signal(str, str)  # kind ("" = every kind), status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._bars: list[Bar] = []
        self._statuses: list[tuple[str, str]] = []  # (status, label) in workflow order
        self._handled_text = ""

    def set_data(self, bars: list[Bar], statuses: list[tuple[str, str]], handled_text: str
                 ) -> None:  # fmt: skip
        """`handled_text` has one {percent} placeholder ("{percent} handled")."""
        self._bars, self._statuses, self._handled_text = bars, statuses, handled_text
        self.setAccessibleDescription(
            "; ".join(f"{bar.label}: {self._percent_handled(bar)}" for bar in bars)
        )
        self.updateGeometry()
        self.update()

    def _legend_items(self, width: int) -> list[tuple[str, str, QRect]]:
        """Where each legend entry goes at `width`, wrapping to as many lines as needed."""
        metrics = self.fontMetrics()
        line_height = metrics.height() + 6
        top = 4 + len(self._bars) * (BAR_HEIGHT + ROW_GAP)
        x, y, items = 0, top, []
        for status, label in self._statuses:
            item_width = 20 + metrics.horizontalAdvance(label) + 16
            if x + item_width > width and x > 0:
                x, y = 0, y + line_height
            items.append((status, label, QRect(x, y, item_width, line_height)))
            x += item_width
        return items

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        items = self._legend_items(width)
        bottom = items[-1][2].bottom() if items else len(self._bars) * (BAR_HEIGHT + ROW_GAP)
        return bottom + 8

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(520, self.heightForWidth(520))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, self.heightForWidth(360))

    def _percent_handled(self, bar: Bar) -> str:
        share = bar.counts.get("handled", 0) / bar.total * 100 if bar.total else 0.0
        return self._handled_text.format(percent=f"{share:.0f} %")

    def _label_width(self) -> int:
        """Wide enough for the longest kind name, but never more than half the chart."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0)
        return min(longest + 12, max(self.width() // 2, LABEL_WIDTH))

    def _bar_rect(self, row: int) -> QRectF:
        left = self._label_width()
        width = max(self.width() - left - PERCENT_WIDTH - 8, 40)
        return QRectF(left, 4 + row * (BAR_HEIGHT + ROW_GAP), width, BAR_HEIGHT)

    def _segments(self, row: int) -> list[tuple[str, QRectF]]:
        bar, rect = self._bars[row], self._bar_rect(row)
        result: list[tuple[str, QRectF]] = []
        if not bar.total:
            return result
        x = rect.left()
        for status, _label in self._statuses:
            count = bar.counts.get(status, 0)
            if count:
                width = rect.width() * count / bar.total
                result.append((status, QRectF(x, rect.top(), width, rect.height())))
                x += width
        return result

    def segment_at(self, point: QPointF) -> tuple[Bar, str] | None:
        for row, bar in enumerate(self._bars):
            for status, rect in self._segments(row):
                if rect.contains(point):
                    return bar, status
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        for row, bar in enumerate(self._bars):
            rect = self._bar_rect(row)
            painter.setPen(text_colour)
            label_rect = QRect(0, int(rect.top()), int(rect.left()) - 8, BAR_HEIGHT)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(palette.color(palette.ColorRole.Mid))
            painter.setBrush(palette.color(palette.ColorRole.Base))
            painter.drawRect(rect)
            painter.setPen(Qt.PenStyle.NoPen)
            for status, segment in self._segments(row):
                painter.setBrush(QColor(STATUS_COLOURS.get(status, "#999999")))
                painter.drawRect(segment)
            painter.setPen(text_colour)
            percent_rect = QRect(int(rect.right()) + 8, int(rect.top()), PERCENT_WIDTH, BAR_HEIGHT)
            painter.drawText(percent_rect, Qt.AlignmentFlag.AlignVCenter,
                             self._percent_handled(bar))  # fmt: skip
        for status, label, box in self._legend_items(self.width()):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STATUS_COLOURS.get(status, "#999999")))
            painter.drawRect(QRectF(box.left(), box.top() + (box.height() - 14) / 2, 14, 14))
            painter.setPen(text_colour)
            painter.drawText(box.adjusted(20, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        hit = self.segment_at(event.position())
        shape = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.segment_at(event.position())
            if hit is not None:
                self.segment_clicked.emit(hit[0].key, hit[1])

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            hit = self.segment_at(QPointF(event.pos()))
            if hit is not None:
                bar, status = hit
                label = dict(self._statuses)[status]
                QToolTip.showText(event.globalPos(), f"{bar.label} — {label}: "
                                  f"{count_text(bar.counts.get(status, 0))}", self)  # fmt: skip
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]
