"""Writing .xlsx files: the asset list (filters applied), the import template, error lists.

openpyxl in write-only mode streams rows to disk, so 200,000 assets take constant memory.
Text that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
return) is always written as a text cell with the quote-prefix style, never as a formula, so
an exported name like "=HYPERLINK(...)" cannot run when the file is opened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from surplus_assets.domain.asset_kinds import FieldType
from surplus_assets.exchange.sheet_layout import Column, cell_getter, columns_for, sheet_title
from surplus_assets.exchange.xlsx_stream import CellStyle, SheetStream, XlsxStream
from surplus_assets.i18n import _
from surplus_assets.services import Services
from surplus_assets.services.bulk_import import kinds_by_id, records_by_id
from surplus_assets.services.catalogue import RECORD_FIELDS, AssetQuery

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER_RGB, TOTAL_RGB = "DDEBF7", "F2F2F2"
HEADER_FILL = PatternFill("solid", start_color=HEADER_RGB)
TOTAL_FILL = PatternFill("solid", start_color=TOTAL_RGB)
_HEADER_STYLE = CellStyle(bold=True, fill=HEADER_RGB, wrap=True)
_QUOTED = CellStyle(quote_prefix=True)  # text that looks like a formula stays text
_SUMMED = (FieldType.MONEY, FieldType.AREA)
Progress = Callable[[int, int], None]


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


class StyledWriter:
    """Cells for a write-only sheet, with shared styles (header, text-safe, number formats)."""

    def __init__(self, book: Workbook) -> None:
        self.book = book

    def cell(self, sheet: Worksheet, value: object, number_format: str | None = None) -> Any:
        if is_formula_like(value):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # never a formula
            cell.quotePrefix = True  # and stays text when the user edits it
            return cell
        if (
            number_format is not None
            and isinstance(value, int | float | Decimal)
            and not (isinstance(value, bool))
        ):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = number_format
            return cell
        return value

    def header_row(self, sheet: Worksheet, headers: Sequence[str]) -> list[Any]:
        row = []
        for text in headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if is_formula_like(text):
                cell.data_type = "s"
            row.append(cell)
        return row


def export_assets(
    services: Services,
    query: AssetQuery,
    path: Path,
    *,
    progress: Progress | None = None,
    batch: int = 2000,
) -> int:
    """Write the assets the query selects, one sheet per kind with a totals row; the count."""
    ids = services.catalogue.search_ids(query)
    return export_asset_ids(services, ids, path, progress=progress, batch=batch)


def export_asset_ids(
    services: Services,
    ids: Sequence[Any],
    path: Path,
    *,
    progress: Progress | None = None,
    batch: int = 2000,
) -> int:
    """Write the assets `ids` (a selection, in that order) like export_assets; the count.

    Ids of assets deleted meanwhile are left out, so the count is what the file holds.
    """
    by_kind: dict[str, list[Any]] = {}
    kinds_of = kinds_by_id(services.context, list(ids))  # live assets only
    ids = [i for i in ids if i in kinds_of]
    for asset_id in ids:
        by_kind.setdefault(kinds_of[asset_id], []).append(asset_id)
    done = 0
    # Streamed by xlsx_stream (openpyxl costs ~5 µs a cell: minutes for 200,000 assets).
    with XlsxStream(path) as book:
        for kind, kind_ids in by_kind.items():
            columns = columns_for(kind)
            sheet = book.add_sheet(sheet_title(kind), [c.width for c in columns])
            sheet.append([c.header for c in columns], [_HEADER_STYLE] * len(columns))
            getters = [cell_getter(c, services.units) for c in columns]
            number_ids = sheet.style_ids([
                CellStyle(number_format=c.number_format) if c.number_format else None
                for c in columns
            ])  # fmt: skip
            summed = [i for i, c in enumerate(columns) if c.spec and c.spec.type in _SUMMED]
            totals: dict[int, Any] = {}
            for start in range(0, len(kind_ids), batch):
                chunk = kind_ids[start : start + batch]
                for values in records_by_id(services.context, chunk):
                    row = [get(values) for get in getters]
                    for index in summed:
                        if row[index]:
                            totals[index] = totals.get(index, 0) + row[index]
                    sheet.append(row, number_ids=number_ids, text_style=_QUOTED,
                                 quote=FORMULA_STARTS)  # fmt: skip
                done += len(chunk)
                if progress is not None:
                    progress(done, len(ids))
            _totals_row(sheet, columns, totals)
        if not by_kind:
            sheet = book.add_sheet(_("Assets"), freeze_header=False)
            sheet.append([_("No assets match the filters.")])
    return len(ids)


def _totals_row(sheet: SheetStream, columns: Sequence[Column], totals: dict[int, Any]) -> None:
    values: list[Any] = []
    styles: list[CellStyle | None] = []
    for index, column in enumerate(columns):
        value: Any = totals.get(index)
        if column.target == "name":
            value = _("Total")
        number_format = (
            column.number_format
            if column.number_format and value is not None and column.target != "name"
            else None
        )
        values.append(value)
        styles.append(CellStyle(bold=True, fill=TOTAL_RGB, number_format=number_format))
    sheet.append(values, styles)


def write_rows(path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
               formats: Sequence[str | None] | None = None) -> None:  # fmt: skip
    """A plain one-sheet workbook (used for proposals and small lists)."""
    book = Workbook(write_only=True)
    writer = StyledWriter(book)
    sheet = book.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    sheet.append(writer.header_row(sheet, headers))
    for values in rows:
        sheet.append([
            writer.cell(sheet, v, formats[i] if formats else None) for i, v in enumerate(values)
        ])  # fmt: skip
    book.save(path)


__all__ = ["RECORD_FIELDS", "export_asset_ids", "export_assets", "is_formula_like", "write_rows"]
