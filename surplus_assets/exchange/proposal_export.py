"""The proposal list (filters applied) as an .xlsx: Vietnamese headers, formats, totals.

One row per proposal as the Proposals page lists it (services.proposals.list_rows), money
as whole VND with thousands separators, dates as real date cells shown dd/mm/yyyy, and a
bold totals row (number of assets, remaining value, estimated value). Text is written the
formula-safe way of xlsx_export.StyledWriter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from surplus_assets.domain.deadlines import vietnam_date
from surplus_assets.domain.handling_forms import form_label
from surplus_assets.domain.proposal_workflow import state_label
from surplus_assets.exchange.sheet_layout import MONEY_FORMAT
from surplus_assets.exchange.xlsx_export import TOTAL_FILL, StyledWriter
from surplus_assets.i18n import _
from surplus_assets.services import Services
from surplus_assets.services.proposal_views import ProposalQuery, ProposalRow

DATE_FORMAT = "dd/mm/yyyy"
Progress = Callable[[int, int], None]


def _columns() -> list[tuple[str, str | None, int, Callable[[ProposalRow], Any]]]:
    """(header, number format, width, value) of each column, headers translated now."""
    return [
        (_("Proposal code"), None, 14, lambda r: r.code),
        (_("Title"), None, 48, lambda r: r.title),
        (_("Handling form"), None, 30, lambda r: form_label(r.form)),
        (_("State"), None, 18, lambda r: state_label(r.state)),
        (_("Number of assets"), MONEY_FORMAT, 12, lambda r: r.asset_count),
        (_("Total remaining value (VND)"), MONEY_FORMAT, 20, lambda r: r.total_remaining_value),
        (_("Estimated value (VND)"), MONEY_FORMAT, 20, lambda r: r.estimated_value),
        (_("Target date"), DATE_FORMAT, 13, lambda r: r.target_date),
        (_("Deadline"), DATE_FORMAT, 13, lambda r: r.deadline.due if r.deadline else None),
        (_("Overdue"), None, 10, lambda r: _("Yes") if r.overdue else ""),
        (_("Decision number"), None, 18, lambda r: r.decision_number),
        (_("Responsible officer"), None, 20, lambda r: r.responsible_officer),
        (_("Last changed"), DATE_FORMAT, 13, lambda r: _local_date(r.updated_at)),
    ]


def _local_date(moment: datetime | None) -> Any:
    return vietnam_date(moment) if moment is not None else None


SUMMED = (4, 5, 6)  # columns with a total


def export_proposals(
    services: Services, query: ProposalQuery, path: Path, *, progress: Progress | None = None
) -> int:
    """Write the proposals `query` selects to `path`; returns how many were written."""
    rows = services.proposals.list_rows(query)
    columns = _columns()
    book = Workbook(write_only=True)
    writer = StyledWriter(book)
    sheet = book.create_sheet(_("Proposals"))
    for index, (_header, _format, width, _get) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(writer.header_row(sheet, [c[0] for c in columns]))
    totals = dict.fromkeys(SUMMED, 0)
    for done, row in enumerate(rows, start=1):
        values = [get(row) for _h, _f, _w, get in columns]
        for index in SUMMED:
            totals[index] += values[index] or 0
        cells = []
        for value, (_h, number_format, _w, _g) in zip(values, columns, strict=True):
            if number_format == DATE_FORMAT and value is not None:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = DATE_FORMAT
                cells.append(cell)
            else:
                cells.append(writer.cell(sheet, value, number_format))
        sheet.append(cells)
        if progress is not None and done % 200 == 0:
            progress(done, len(rows))
    total_cells = []
    for index, (_h, number_format, _w, _g) in enumerate(columns):
        total: Any = totals.get(index)
        if index == 1:
            total = _("Total: {count} proposals").format(count=len(rows))
        cell = WriteOnlyCell(sheet, value=total)
        cell.font = Font(bold=True)
        cell.fill = TOTAL_FILL
        if index in SUMMED and number_format:
            cell.number_format = number_format
        total_cells.append(cell)
    sheet.append(total_cells)
    book.save(path)
    if progress is not None:
        progress(len(rows), len(rows))
    return len(rows)
