"""The report's data inside its PDF: an embedded JSON file, and a QR code on page 1.

Writing uses reportlab's document objects directly (it has no public API for embedded files):
an /EmbeddedFile stream, a /Filespec with /AFRelationship /Data, listed in the catalog's
/Names /EmbeddedFiles tree and its /AF array (as PDF/A-3 does). Reading uses pypdfium2, which
reads the newest revision, so signed and countersigned files read back the same way.
"""

from __future__ import annotations

from surplus_assets.reports import fonts  # first: registers fonts before reportlab defaults

# isort: split
import hashlib
from datetime import UTC, datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _
from surplus_assets.reports.data import EMBEDDED_FILE_NAME, ReportData
from surplus_assets.reports.layout import MARGIN_BOTTOM, DocumentWriter


def _pdf_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")


def embed_report_data(writer: DocumentWriter, data: ReportData) -> None:
    """Attach `data` as report-data.json to the document being written."""
    doc = writer.canvas._doc
    raw = data.to_json_bytes()
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": "/application#2Fjson",  # PDFName would not escape the "/"
                "Params": PDFDictionary(
                    {
                        "Size": len(raw),
                        "ModDate": PDFString(_pdf_date(data.generated_at)),
                        "CheckSum": PDFString(hashlib.md5(raw, usedforsecurity=False).digest()),
                    }
                ),
            }
        ),
        content=raw,
    )
    stream_ref = doc.Reference(stream)
    filespec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(EMBEDDED_FILE_NAME),
            "UF": PDFString(EMBEDDED_FILE_NAME),
            "Desc": PDFString("Dữ liệu báo cáo (JSON, máy đọc được)"),
            "AFRelationship": PDFName("Data"),
            "EF": PDFDictionary({"F": stream_ref, "UF": stream_ref}),
        }
    )
    filespec_ref = doc.Reference(filespec)
    doc.Catalog.Names = PDFDictionary(
        {
            "EmbeddedFiles": PDFDictionary(
                {"Names": PDFArray([PDFString(EMBEDDED_FILE_NAME), filespec_ref])}
            )
        }
    )
    doc.Catalog.AF = PDFArray([filespec_ref])
    if "AF" not in doc.Catalog.__NoDefault__:
        type(doc.Catalog).__NoDefault__ = [*doc.Catalog.__NoDefault__, "AF"]


def qr_payload(data: ReportData) -> str:
    return f"SA-REPORT:{data.report_id};SHA256:{data.data_sha256}"


def draw_qr_form(writer: DocumentWriter, data: ReportData) -> None:
    """Define the "reportQR" form that page 1 already refers to (see DocumentWriter)."""
    c = writer.canvas
    c.beginForm("reportQR")
    size = 20 * mm
    widget = QrCodeWidget(qr_payload(data), barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    # page 1 is always the first page drawn, so the writer's portrait/landscape at that
    # time decides where the strip is; the form is drawn in page coordinates.
    x = writer.first_page_right - size
    y = MARGIN_BOTTOM + 1 * mm
    renderPDF.draw(drawing, c, x, y)
    c.setFont(fonts.REGULAR, 7.5)
    text_x = x - 3 * mm
    c.drawRightString(text_x, y + size - 8, "Mã báo cáo:")
    c.drawRightString(text_x, y + size - 17, data.report_id)
    c.drawRightString(text_x, y + size - 26, f"SHA-256 dữ liệu: {data.data_sha256[:32]}")
    c.drawRightString(text_x, y + size - 35, data.data_sha256[32:])
    c.endForm()


def read_embedded_data(pdf_bytes: bytes) -> ReportData:
    """The report data embedded in a report PDF (signed or not).

    Raises ServiceError when the file is not a readable PDF or carries no report data. Check
    `hash_ok` on the result: it says whether the JSON still matches its own hash; whether the
    PDF was changed after signing is for reports.verify.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(pdf_bytes)
    except pdfium.PdfiumError as exc:
        raise ServiceError(
            _("The file is not a readable PDF ({reason}).").format(reason=exc)
        ) from exc
    try:
        for index in range(pdf.count_attachments()):
            attachment = pdf.get_attachment(index)
            if attachment.get_name() == EMBEDDED_FILE_NAME:
                raw = bytes(attachment.get_data())
                try:
                    return ReportData.from_json_bytes(raw)
                except (ValueError, KeyError, TypeError) as exc:
                    raise ServiceError(
                        _("The report data inside the PDF is damaged ({reason}).").format(
                            reason=exc
                        )
                    ) from exc
    finally:
        pdf.close()
    raise ServiceError(
        _("This PDF carries no report data: it was not produced by this application.")
    )
