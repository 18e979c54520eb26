"""Which rows below a sheet's header hold assets.

Registers kept by hand mix the assets with blank rows, totals ("Tổng cộng"), group headings
("I. Máy móc văn phòng") and notes or signature lines beside the table: those are left out
of the preview and the import, and counted as skipped. This runs on every row of a sheet of
up to a million rows, so the common case (a row of data) is decided from its first cells.
"""

from __future__ import annotations

import re

from surplus_assets.domain.text import fold
from surplus_assets.exchange import column_mapping as cm
from surplus_assets.exchange.import_results import SheetPlan
from surplus_assets.services.field_values import is_empty

_TOTALS = re.compile(r"(tong cong|tong so|tong|cong|total|totals|grand total|sum)\s*:?")
_HEADING = re.compile(r"([IVXLC]+|[A-Z])\s*[.)]\s.*")
_DIGIT = re.compile("[0-9]")


def data_rows(plan: SheetPlan) -> list[tuple[int, list[object]]]:
    """(sheet row number, cells) of the rows that hold data: blank, totals and heading
    rows are left out."""
    mapped = sorted(c for c, t in plan.mapping.items() if t != cm.ROW_NUMBER)
    kind_columns = [c for c, t in plan.mapping.items() if t in ("kind", "code")]
    result = []
    rows = plan.data.rows
    for index in range(plan.data_start, len(rows)):
        cells = rows[index]
        if _skippable(cells, mapped, kind_columns):
            continue
        result.append((index + 1, cells))
    return result


def _skippable(cells: list[object], mapped: list[int], kind_columns: list[int]) -> bool:
    """Blank, totals, heading and note rows. `mapped`: the mapped columns, in order."""
    # Inline tests for blank cells (see is_empty): this runs on every row of the sheet.
    # A row of data fills at least two mapped cells, usually the first two: then only a
    # totals row is left out, and the rest of the row need not be looked at.
    width = len(cells)
    found = 0
    for i in mapped:
        if i < width:
            c = cells[i]
            if c is not None and c != "" and not (isinstance(c, str) and c.isspace()):
                found += 1
                if found == 2:
                    first_text = next((
                        c for c in cells if isinstance(c, str) and c != "" and not c.isspace()
                    ), None)  # fmt: skip
                    return _is_totals_row(first_text, cells, kind_columns)
    filled = [
        (i, c) for i, c in enumerate(cells)
        if c is not None and c != "" and not (isinstance(c, str) and c.isspace())
    ]  # fmt: skip
    if not filled:
        return True
    first_text = next((c for _i, c in filled if isinstance(c, str)), None)
    if _is_totals_row(first_text, cells, kind_columns):
        return True
    in_table = frozenset(mapped)
    values = [c for i, c in filled if i in in_table]
    if not values:  # notes and signature lines outside the table's columns
        return True
    # A group heading ("I. Máy móc văn phòng", "A. Nhà đất"): one text cell, numbered.
    return len(values) == 1 and isinstance(values[0], str) and bool(
        _HEADING.fullmatch(values[0].strip()) or any(
            isinstance(c, str) and _HEADING.fullmatch(c.strip() + " x") for _i, c in filled
            if c is not values[0]))  # fmt: skip


def _is_totals_row(first_text: str | None, cells: list[object], kind_columns: list[int]) -> bool:
    """A totals row ("Tổng cộng", "Total": its first text) that names no kind or code."""
    # Folding keeps digits, which no totals label has: a code or a number is not one.
    is_totals = first_text is not None and len(first_text) < 20 and not _DIGIT.search(
        first_text) and bool(_TOTALS.fullmatch(fold(first_text).strip()))  # fmt: skip
    return is_totals and not any(not is_empty(cells[c]) for c in kind_columns if c < len(cells))
