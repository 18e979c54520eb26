"""Decree 30/2020/NĐ-CP (Annex I) layout of an administrative document, on a reportlab canvas.

`DocumentWriter` draws straight onto a canvas with its own cursor: the page-1 heading block
(agency / national title and motto / number and place-date / document type and summary),
body paragraphs, tables (reports.table), then the "Nơi nhận" and signature blocks, and finally
the embedded report data and the QR code (reports.embedded). No platypus: it is slow for long
tables and its styles would drag in reportlab's default fonts.

Page numbers: the decree asks for the page number in Arabic numerals, centred in the top
margin, not shown on page 1; it has no "Trang X/Y" form. We follow the decree (a plain number
from page 2), which also lets each page be written out as soon as it is full, with no second
pass; the page count is recorded in the embedded data for the report register.

Margins (DOMAIN.md section 6): top/bottom 20 mm, left 30 mm (binding), right 15 mm, the same on
landscape pages, which Annex I allows for wide tables.
"""

from __future__ import annotations

from surplus_assets.reports import fonts  # first: registers fonts before reportlab defaults

# isort: split
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from surplus_assets.reports.data import DocumentHeader, SignatureSlot
from surplus_assets.reports.formatting import place_date_line

MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
BODY_SIZE = 13.0
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
QR_STRIP = 24 * mm  # reserved at the foot of page 1 for the QR code
SIGNATURE_BOX = (62 * mm, 24 * mm)  # width, height of a visible signature stamp


@dataclass(frozen=True)
class Line:
    text: str
    font: str = fonts.REGULAR
    size: float = BODY_SIZE


def _slot(role: str, page: int, box: tuple[float, float, float, float]) -> SignatureSlot:
    """A signature slot with its box rounded as it is stored in the embedded JSON."""
    x1, y1, x2, y2 = (round(v, 2) for v in box)
    return SignatureSlot(role, page, (x1, y1, x2, y2))


class DocumentWriter:
    """A canvas with a cursor, margins and the Decree 30/2020 blocks.

    `y` is the baseline-free top of the free space; drawing methods move it down and start a
    new page when something does not fit. `on_new_page` callbacks (e.g. a table's repeated
    header) run after each automatic page break.
    """

    def __init__(
        self,
        header: DocumentHeader,
        *,
        title: str,
        subject: str,
        landscape_pages: bool = False,
        keywords: str = "",
    ) -> None:
        self.header = header
        self.buffer = io.BytesIO()
        self.landscape = landscape_pages
        self.canvas = Canvas(
            self.buffer, pagesize=self._page_size(), lang="vi-VN", pageCompression=1
        )
        c = self.canvas
        c.setTitle(title)
        c.setAuthor(header.author or header.issuing_agency)
        c.setSubject(subject)
        c.setCreator("Surplus Assets (Quản lý tài sản công dôi dư)")
        if keywords:
            c.setKeywords(keywords)
        self.page_index = 0  # 0-based index of the page being drawn
        self.on_new_page: list[Callable[[], None]] = []
        self.first_page_right = self.right
        self._start_page()

    # --- geometry ---------------------------------------------------------------------------

    def _page_size(self) -> tuple[float, float]:
        width, height = landscape(A4) if self.landscape else A4
        return float(width), float(height)

    @property
    def page_width(self) -> float:
        return self._page_size()[0]

    @property
    def page_height(self) -> float:
        return self._page_size()[1]

    @property
    def left(self) -> float:
        return float(MARGIN_LEFT)

    @property
    def right(self) -> float:
        return self.page_width - float(MARGIN_RIGHT)

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def bottom(self) -> float:
        return float(MARGIN_BOTTOM + (QR_STRIP if self.page_index == 0 else 0))

    def _start_page(self) -> None:
        c = self.canvas
        c.setFont(fonts.REGULAR, BODY_SIZE)
        self.y = self.page_height - MARGIN_TOP
        if self.page_index > 0:
            c.drawCentredString(
                self.page_width / 2, self.page_height - MARGIN_TOP / 2 - 4, str(self.page_index + 1)
            )
        else:
            # Page 1 carries the QR code, drawn at the end once the data hash is known.
            c.doForm("reportQR")

    def new_page(self, *, landscape_pages: bool | None = None) -> None:
        self.canvas.showPage()
        if landscape_pages is not None:
            self.landscape = landscape_pages
        self.canvas.setPageSize(self._page_size())
        self.page_index += 1
        self._start_page()
        for callback in self.on_new_page:
            callback()

    def ensure_space(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def space(self, height: float) -> None:
        self.y -= height

    # --- text -------------------------------------------------------------------------------

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        lines: list[str] = []
        for part in text.split("\n"):
            lines.extend(simpleSplit(part, font, size, width) or [""])
        return lines

    def centred_lines(
        self, lines: Sequence[Line], centre: float, width: float, top: float
    ) -> float:
        """Draw wrapped, centred lines from `top`; return the y below the last line."""
        y = top
        for line in lines:
            for part in self.wrap(line.text, line.font, line.size, width):
                y -= line.size * 1.15
                self.canvas.setFont(line.font, line.size)
                self.canvas.drawCentredString(centre, y, part)
        return y

    def rule(self, centre: float, y: float, length: float) -> None:
        self.canvas.setLineWidth(0.6)
        self.canvas.line(centre - length / 2, y, centre + length / 2, y)

    def paragraph(
        self,
        text: str,
        *,
        font: str = fonts.REGULAR,
        size: float = BODY_SIZE,
        first_indent: float = 10 * mm,
        align: str = "justify",
        space_after: float = 6,
        leading: float | None = None,
    ) -> None:
        """A body paragraph: first-line indent, justified (the decree's "căn đều hai lề")."""
        leading = leading or size * 1.25
        c = self.canvas
        words = text.split()
        lines: list[list[str]] = []
        current: list[str] = []
        space_w = stringWidth(" ", font, size)
        line_w = 0.0
        for word in words:
            w = stringWidth(word, font, size)
            limit = self.width - (first_indent if not lines else 0)
            if current and line_w + space_w + w > limit:
                lines.append(current)
                current, line_w = [word], w
            else:
                line_w += (space_w if current else 0) + w
                current.append(word)
        if current:
            lines.append(current)
        c.setFont(font, size)
        for i, line_words in enumerate(lines):
            self.ensure_space(leading)
            self.y -= leading
            x = self.left + (first_indent if i == 0 else 0)
            avail = self.right - x
            last = i == len(lines) - 1
            if align == "justify" and not last and len(line_words) > 1:
                widths = [stringWidth(w, font, size) for w in line_words]
                gap = (avail - sum(widths)) / (len(line_words) - 1)
                for word, w in zip(line_words, widths, strict=True):
                    c.setFont(font, size)
                    c.drawString(x, self.y, word)
                    x += w + gap
            elif align == "center":
                c.drawCentredString(self.left + self.width / 2, self.y, " ".join(line_words))
            else:
                c.drawString(x, self.y, " ".join(line_words))
        self.y -= space_after

    def heading(self, text: str, *, size: float = BODY_SIZE, centred: bool = False) -> None:
        self.ensure_space(size * 3)
        self.y -= size * 1.3
        self.canvas.setFont(fonts.BOLD, size)
        if centred:
            self.canvas.drawCentredString(self.left + self.width / 2, self.y, text)
        else:
            self.canvas.drawString(self.left, self.y, text)
        self.y -= size * 0.4

    # --- Decree 30/2020 blocks --------------------------------------------------------------

    def heading_block(self) -> None:
        """Agency, national title and motto, number, place and date, type and summary."""
        h = self.header
        title_w = stringWidth(NATIONAL_TITLE, fonts.BOLD, 12.5)
        right_w = max(title_w + 8, self.width * 0.58)
        left_w = self.width - right_w
        left_c = self.left + left_w / 2
        right_c = self.right - right_w / 2
        top = self.y
        y_left = self.centred_lines(
            [
                Line(h.parent_agency.upper(), fonts.REGULAR, 12.5),
                Line(h.issuing_agency.upper(), fonts.BOLD, 12.5),
            ],
            left_c,
            left_w - 6,
            top,
        )
        agency_w = stringWidth(h.issuing_agency.upper(), fonts.BOLD, 12.5)
        self.rule(left_c, y_left - 6, min(agency_w, left_w) * 0.45)
        y_right = self.centred_lines(
            [Line(NATIONAL_TITLE, fonts.BOLD, 12.5), Line(MOTTO, fonts.BOLD, 13.5)],
            right_c,
            right_w,
            top,
        )
        self.rule(right_c, y_right - 6, stringWidth(MOTTO, fonts.BOLD, 13.5))
        y = min(y_left, y_right) - 24
        c = self.canvas
        c.setFont(fonts.REGULAR, 13)
        c.drawCentredString(left_c, y, f"Số: {h.number}")
        c.setFont(fonts.ITALIC, 13)
        c.drawCentredString(right_c, y, place_date_line(h.place, h.date))
        y -= 30
        centre = self.left + self.width / 2
        y = self.centred_lines(
            [Line(h.document_type.upper(), fonts.BOLD, 14)], centre, self.width, y
        )
        y = self.centred_lines([Line(h.summary, fonts.BOLD, 14)], centre, self.width * 0.8, y)
        summary_w = max(
            stringWidth(part, fonts.BOLD, 14)
            for part in self.wrap(h.summary, fonts.BOLD, 14, self.width * 0.8)
        )
        self.rule(centre, y - 8, summary_w * 0.4)
        self.y = y - 20

    def closing_block(self) -> list[SignatureSlot]:
        """ "Nơi nhận" on the left, the signature block on the right; returns the two
        signature slots (the signer's stamp in the signature space, a reviewer's
        countersignature under "Nơi nhận")."""
        h = self.header
        c = self.canvas
        col_w = self.width / 2
        recipients = list(h.recipients)
        if h.archive_note and not any(r.lstrip("- ").startswith("Lưu") for r in recipients):
            recipients.append(h.archive_note)
        recipient_lines = [
            part
            for r in recipients
            for part in self.wrap(f"- {r.lstrip('- ')}", fonts.REGULAR, 11, col_w - 10)
        ]
        box_w, box_h = SIGNATURE_BOX
        sig_lines = [t for t in (h.signer_authority, h.signer_title) if t]
        signer_h = len(sig_lines) * 16 + box_h + 16 + 14
        recipients_h = 16 + len(recipient_lines) * 12.5 + 10 + box_h
        self.ensure_space(max(signer_h, recipients_h) + 12)
        top = self.y - 12
        # Nơi nhận
        c.setFont(fonts.BOLD_ITALIC, 12)
        y = top - 12
        c.drawString(self.left, y, "Nơi nhận:")
        c.setFont(fonts.REGULAR, 11)
        for part in recipient_lines:
            y -= 12.5
            c.drawString(self.left, y, part)
        reviewer_top = y - 10
        reviewer = _slot(
            "reviewer",
            self.page_index,
            (self.left, reviewer_top - box_h, self.left + box_w, reviewer_top),
        )
        # Signature block
        centre = self.right - col_w / 2
        y = self.centred_lines(
            [Line(t.upper(), fonts.BOLD, 13) for t in sig_lines], centre, col_w, top
        )
        signer = _slot(
            "signer",
            self.page_index,
            (centre - box_w / 2, y - 8 - box_h, centre + box_w / 2, y - 8),
        )
        y -= box_h + 16 + 14
        c.setFont(fonts.BOLD, 13)
        c.drawCentredString(centre, y, h.signer_name)
        self.y = min(y, reviewer_top - box_h) - 6
        return [signer, reviewer]

    def finish(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()
