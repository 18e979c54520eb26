"""A fast table drawn straight onto the canvas of a DocumentWriter.

Fixed column widths, wrapping with `simpleSplit` (cached: unit names repeat thousands of
times), its own page breaks with the header row repeated, full-width group header rows and
bold subtotal/total rows. Text goes through one text object per row and the grid is drawn
as few long lines as possible: platypus LongTable takes ~3 s for 5,000 rows, this ~1 s.
"""

from __future__ import annotations

from surplus_assets.reports import fonts  # first: registers fonts before reportlab defaults

# isort: split
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from surplus_assets.reports.layout import DocumentWriter

PAD_X = 2.5
PAD_Y = 1.8


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the table width
    align: str = "left"  # left | right | center


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


@lru_cache(maxsize=65536)
def _wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    if _width(text, font, size) <= width and "\n" not in text:
        return (text,)
    lines: list[str] = []
    for part in text.split("\n"):
        lines.extend(simpleSplit(part, font, size, width) or [""])
    return tuple(lines)


class _RawText:
    """PDF text operators for one row, written straight into the page content.

    reportlab's PDFTextObject formats every coordinate with its pure-Python fp_str and
    re-measures each string it draws; in a 5,000-row table that was over half of the time.
    This emits what PDFTextObject emits for a TrueType font (subset selection, Tf, Tj), with
    each string's encoding cached per document, so repeated unit names cost nothing.
    """

    def __init__(self, table: Table) -> None:
        self.table = table
        self.parts: list[str] = ["BT"]
        self.current = ""

    def add(self, x: float, y: float, text: str, font: str, size: float) -> None:
        parts = self.parts
        parts.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for subset_name, escaped in self.table.encoded(font, text):
            selector = f"{subset_name} {size:g} Tf"
            if selector != self.current:
                parts.append(selector)
                self.current = selector
            parts.append(f"({escaped}) Tj")

    def draw(self) -> None:
        self.parts.append("ET")
        self.table.w.canvas._code.append("\n".join(self.parts))


class Table:
    """Rows drawn one at a time; call `close()` at the end to finish the grid."""

    def __init__(
        self,
        writer: DocumentWriter,
        columns: Sequence[Column],
        *,
        size: float = 9.0,
        show_header: bool = True,
    ) -> None:
        self.w = writer
        self.columns = list(columns)
        self.size = size
        self.leading = size * 1.15
        total = sum(col.weight for col in self.columns)
        self.widths = [writer.width * col.weight / total for col in self.columns]
        self.xs = [writer.left]
        for width in self.widths:
            self.xs.append(self.xs[-1] + width)
        self._top: float | None = None  # top of the table part on this page
        self._run_top: float | None = None  # top of the current run of ordinary rows
        self._page_hook = self._continue_on_new_page
        self.show_header = show_header
        self._encoded: dict[tuple[str, str], list[tuple[str, str]]] = {}
        writer.on_new_page.append(self._page_hook)
        self.header()

    def encoded(self, font_name: str, text: str) -> list[tuple[str, str]]:
        """(subset font name, escaped bytes) pieces of `text`, as reportlab would write them."""
        key = (font_name, text)
        pieces = self._encoded.get(key)
        if pieces is None:
            font = getFont(font_name)
            canvas = self.w.canvas
            doc = canvas._doc
            pieces = [
                (font.getSubsetInternalName(subset, doc), canvas._escape(chunk))
                for subset, chunk in font.splitString(text, doc)
            ]
            self._encoded[key] = pieces
        return pieces

    # --- grid bookkeeping ------------------------------------------------------------------

    def _flush_verticals(self) -> None:
        """Inner vertical lines for the run of ordinary rows just drawn."""
        if self._run_top is not None and self._run_top > self.w.y:
            c = self.w.canvas
            c.lines([(x, self._run_top, x, self.w.y) for x in self.xs[1:-1]])
        self._run_top = self.w.y

    def _close_page_part(self) -> None:
        if self._top is None:
            return
        self._flush_verticals()
        c = self.w.canvas
        c.setLineWidth(0.5)
        c.lines(
            [
                (self.xs[0], self._top, self.xs[0], self.w.y),
                (self.xs[-1], self._top, self.xs[-1], self.w.y),
            ]
        )
        self._top = None

    def _continue_on_new_page(self) -> None:
        self.header()

    def _make_room(self, height: float) -> None:
        if self.w.y - height < self.w.bottom:
            self._close_page_part()
            self.w.new_page()  # runs the hook, which draws the header again

    # --- rows ------------------------------------------------------------------------------

    def header(self) -> None:
        c = self.w.canvas
        if not self.show_header:
            c.setLineWidth(0.5)
            c.line(self.xs[0], self.w.y, self.xs[-1], self.w.y)
            self._top = self._run_top = self.w.y
            return
        font = fonts.BOLD
        wrapped = [
            _wrap(col.title, font, self.size, width - 2 * PAD_X)
            for col, width in zip(self.columns, self.widths, strict=True)
        ]
        height = max(len(lines) for lines in wrapped) * self.leading + 2 * PAD_Y
        top = self.w.y
        c.setLineWidth(0.5)
        c.setFillGray(0.92)
        c.rect(self.xs[0], top - height, self.xs[-1] - self.xs[0], height, stroke=1, fill=1)
        c.setFillGray(0)
        text = c.beginText()
        text.setFont(font, self.size)
        for lines, x0, width in zip(wrapped, self.xs[:-1], self.widths, strict=True):
            # centre the block of lines vertically in the header cell
            y = top - PAD_Y - (height - 2 * PAD_Y - len(lines) * self.leading) / 2
            for line in lines:
                y -= self.leading
                text.setTextOrigin(
                    x0 + (width - stringWidth(line, font, self.size)) / 2, y + self.leading * 0.22
                )
                text.textOut(line)
        c.drawText(text)
        c.lines([(x, top, x, top - height) for x in self.xs[1:-1]])
        self._top = top
        self.w.y = top - height
        self._run_top = self.w.y

    def row(self, cells: Sequence[str], *, bold: bool = False) -> None:
        font = fonts.BOLD if bold else fonts.REGULAR
        wrapped = [
            _wrap(text, font, self.size, width - 2 * PAD_X)
            for text, width in zip(cells, self.widths, strict=True)
        ]
        height = max(len(lines) for lines in wrapped) * self.leading + 2 * PAD_Y
        self._make_room(height)
        c = self.w.canvas
        top = self.w.y
        size = self.size
        text = _RawText(self)
        for lines, col, x0, width in zip(
            wrapped, self.columns, self.xs[:-1], self.widths, strict=True
        ):
            y = top - PAD_Y + self.leading * 0.22
            for line in lines:
                y -= self.leading
                if not line:
                    continue
                if col.align == "right":
                    x = x0 + width - PAD_X - _width(line, font, size)
                elif col.align == "center":
                    x = x0 + (width - _width(line, font, size)) / 2
                else:
                    x = x0 + PAD_X
                text.add(x, y, line, font, size)
        text.draw()
        self.w.y = y = top - height
        # the row's bottom rule, written raw for the same reason as _RawText
        c._code.append(f"{self.xs[0]:.2f} {y:.2f} m {self.xs[-1]:.2f} {y:.2f} l S")

    def group_row(self, label: str, *, level: int = 0) -> None:
        """A full-width row naming the group the following rows belong to."""
        font = fonts.BOLD if level == 0 else fonts.BOLD_ITALIC
        width = self.xs[-1] - self.xs[0] - 2 * PAD_X - level * 8
        lines = _wrap(label, font, self.size, width)
        height = len(lines) * self.leading + 2 * PAD_Y
        # keep a group header with its first rows (and a sub-group header with it)
        follow = (self.leading * 2 + 2 * PAD_Y) * (2 if level == 0 else 1)
        self._make_room(height + follow)
        self._flush_verticals()
        c = self.w.canvas
        top = self.w.y
        if level == 0:
            c.setFillGray(0.96)
            c.rect(self.xs[0], top - height, self.xs[-1] - self.xs[0], height, stroke=0, fill=1)
            c.setFillGray(0)
        text = c.beginText()
        text.setFont(font, self.size)
        y = top - PAD_Y
        for line in lines:
            y -= self.leading
            text.setTextOrigin(self.xs[0] + PAD_X + level * 8, y + self.leading * 0.22)
            text.textOut(line)
        c.drawText(text)
        self.w.y = top - height
        c.line(self.xs[0], self.w.y, self.xs[-1], self.w.y)
        self._run_top = self.w.y

    def close(self) -> None:
        self._close_page_part()
        self.w.on_new_page.remove(self._page_hook)
        self.w.y -= 8
