"""Finding the header of a sheet as people really lay it out.

Sheets start with titles ("DANH SÁCH TÀI SẢN DÔI DƯ..."), put the header on row 4 or 6,
merge a group title over two sub-columns ("Nguyên giá" over "Ngân sách" and "Nguồn khác"),
merge one header vertically over two rows, and number the columns in the row below
("(1) (2) (3)"). The header is the row, or pair of rows, whose cells name the most known
columns; merged cells are spread over the cells they cover first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from surplus_assets.exchange.column_mapping import (
    ROW_NUMBER,
    ColumnGuess,
    candidate_targets,
    guess_mapping,
    normalise_header,
)
from surplus_assets.exchange.sheet_reader import SheetData
from surplus_assets.i18n import _

SCAN_ROWS = 30
MIN_MATCHES = 2
_COLUMN_NUMBER = re.compile(r"\(?\s*\d{1,2}\s*\)?|[A-Z]|\(?[a-z]\)?")


@dataclass(frozen=True)
class HeaderInfo:
    header_rows: tuple[int, ...]  # 0-based grid rows (sheet row = index + 1)
    data_start: int  # first grid row of data
    headers: list[str]  # one label per column, header rows joined
    guesses: list[ColumnGuess]

    @property
    def matched(self) -> int:
        return sum(1 for g in self.guesses if g.target and g.target != ROW_NUMBER)


class HeaderNotFoundError(ValueError):
    def __init__(self, sheet: str) -> None:
        super().__init__(
            _(
                "Sheet {sheet}: no header row was recognised in its first {rows} rows. Make "
                "sure one row names the columns (for example Tên tài sản, Loại tài sản, Đơn vị "
                "hiện tại), or choose the columns by hand."
            ).format(sheet=sheet, rows=SCAN_ROWS)
        )
        self.sheet = sheet


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def spread_merged(sheet: SheetData, last_row: int) -> list[list[object]]:
    """A copy of the first rows with each merged range's value copied into all its cells."""
    top = [list(row) for row in sheet.rows[:last_row]]
    for (r0, c0), (r1, c1) in sheet.merged:
        if r0 >= len(top):
            continue
        value = top[r0][c0] if c0 < len(top[r0]) else ""
        for r in range(r0, min(r1, len(top) - 1) + 1):
            row = top[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = value
    return top


def _labels(rows: list[list[object]], indexes: tuple[int, ...], width: int) -> list[str]:
    labels: list[str] = []
    for column in range(width):
        parts: list[str] = []
        for r in indexes:
            cell = _text(rows[r][column]) if column < len(rows[r]) else ""
            if cell and (not parts or normalise_header(parts[-1]) != normalise_header(cell)):
                parts.append(cell)
        labels.append(" ".join(parts))
    return labels


def _score(labels: list[str]) -> int:
    """Columns that get a field of their own (a merged group title counts once)."""
    if not any(candidate_targets(normalise_header(label)) for label in labels):
        return 0
    return sum(1 for guess in guess_mapping(labels) if guess.target)


def _is_numbering_row(row: list[object]) -> bool:
    """The "(1) (2) (3)" or "1 2 3" row many forms put under the header."""
    cells = [c for c in row if not (isinstance(c, str) and not c.strip()) and c is not None]
    if len(cells) < 3:
        return False
    for cell in cells:
        if isinstance(cell, float | int) and not isinstance(cell, bool):
            if float(cell) != int(cell) or not 0 < cell < 100:
                return False
        elif not (isinstance(cell, str) and _COLUMN_NUMBER.fullmatch(cell.strip())):
            return False
    return True


def detect_header(sheet: SheetData) -> HeaderInfo:
    """The header row(s) and the guessed mapping; HeaderNotFoundError when none fits."""
    limit = min(SCAN_ROWS + 1, len(sheet.rows))
    rows = spread_merged(sheet, limit)
    width = max((len(r) for r in rows), default=0)
    best: tuple[int, int, tuple[int, ...]] | None = None
    for r in range(limit):
        if not any(_text(c) for c in rows[r]):
            continue  # a blank row above the header is not part of it
        candidates: list[tuple[int, ...]] = [(r,)]
        if r + 1 < limit:
            candidates.append((r, r + 1))
        for indexes in candidates:
            score = _score(_labels(rows, indexes, width))
            # Prefer more matches, then the earlier row (a header merged over two rows repeats
            # in the second), then a single row (a first data row adds nothing to a header).
            key = (score, -r, -len(indexes))
            if best is None or key > (best[0], -best[2][0], -len(best[2])):
                best = (score, r, indexes)
    if best is None or best[0] < MIN_MATCHES:
        raise HeaderNotFoundError(sheet.name)
    indexes = best[2]
    headers = _labels(rows, indexes, width)
    data_start = indexes[-1] + 1
    if data_start < len(sheet.rows) and _is_numbering_row(sheet.rows[data_start]):
        data_start += 1
    return HeaderInfo(indexes, data_start, headers, guess_mapping(headers))


def header_at(sheet: SheetData, first: int, count: int = 1) -> HeaderInfo:
    """The header the user chose: `count` rows from 0-based grid row `first`, guessed anew."""
    if not 0 <= first < len(sheet.rows) or count not in (1, 2):
        raise ValueError(first)
    indexes = tuple(range(first, min(first + count, len(sheet.rows))))
    rows = spread_merged(sheet, indexes[-1] + 1)
    width = max((len(r) for r in sheet.rows), default=0)
    headers = _labels(rows, indexes, width)
    data_start = indexes[-1] + 1
    if data_start < len(sheet.rows) and _is_numbering_row(sheet.rows[data_start]):
        data_start += 1
    return HeaderInfo(indexes, data_start, headers, guess_mapping(headers))
