"""What every report function returns, and the common last step that produces it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from surplus_assets.reports.data import CoveredRecord, ReportData
from surplus_assets.reports.layout import DocumentWriter


@dataclass(frozen=True)
class RenderedReport:
    """A generated report: the PDF bytes and the data embedded in them (for the register)."""

    pdf: bytes
    data: ReportData
    page_count: int


def new_report_id() -> str:
    return str(uuid.uuid4())


def finish_report(
    writer: DocumentWriter,
    *,
    kind: str,
    title: str,
    covered: Iterable[CoveredRecord],
    totals: dict[str, int | str],
    report_id: str | None,
    generated_at: datetime | None,
) -> RenderedReport:
    """Draw the closing blocks, embed the data and the QR code, and save the PDF."""
    from surplus_assets.reports.embedded import draw_qr_form, embed_report_data

    slots = writer.closing_block()
    page_count = writer.page_index + 1
    data = ReportData(
        report_id=report_id or new_report_id(),
        kind=kind,
        title=title,
        number=writer.header.number,
        generated_at=(generated_at or datetime.now(UTC)).astimezone(UTC),
        covered=tuple(covered),
        totals={**totals, "pages": page_count},
        signature_slots=tuple(slots),
    ).with_hash()
    draw_qr_form(writer, data)
    embed_report_data(writer, data)
    return RenderedReport(pdf=writer.finish(), data=data, page_count=page_count)
