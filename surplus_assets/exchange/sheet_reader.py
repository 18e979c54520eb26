"""Reading the cells of an .xlsx workbook (python-calamine) or a .csv file, after the checks.

Every sheet comes back as a grid of plain Python values (str, float, int, bool, date,
datetime; "" for an empty cell) addressed like the spreadsheet: grid row 0 is sheet row 1, so
messages can name the cell the user sees. Merged ranges are reported so that header
detection can spread a merged title over the columns it covers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import python_calamine

from surplus_assets.exchange.file_safety import (
    CheckedFile,
    FileKind,
    UnsafeFileError,
    check_file,
)
from surplus_assets.i18n import _

Cell = object
MergedRange = tuple[tuple[int, int], tuple[int, int]]  # ((first row, first col), (last...))
MAX_CSV_ROWS = 1_048_576


@dataclass
class SheetData:
    name: str
    rows: list[list[Cell]]
    merged: list[MergedRange] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass
class Workbook:
    """An opened spreadsheet: its sheet names, read one at a time on demand."""

    checked: CheckedFile
    sheet_names: list[str]
    _book: python_calamine.CalamineWorkbook | None = None
    _csv: SheetData | None = None

    @property
    def path(self) -> Path:
        return self.checked.path

    def sheet(self, name: str) -> SheetData:
        if self._csv is not None:
            return self._csv
        assert self._book is not None
        try:
            sheet = self._book.get_sheet_by_name(name)
            rows = cast(list[list[Cell]], sheet.to_python(skip_empty_area=False))
            merged = list(sheet.merged_cell_ranges or [])
        except python_calamine.CalamineError as error:
            raise UnsafeFileError(
                _("Sheet {sheet} of {name} cannot be read: {reason}").format(
                    sheet=name, name=self.path.name, reason=error
                )
            ) from None
        return SheetData(name, rows, merged)

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None


def open_workbook(path: Path, progress: Callable[[str], None] | None = None) -> Workbook:
    """Check the file (see file_safety) and open it; sheets are read by Workbook.sheet()."""
    checked = check_file(Path(path))
    if checked.kind is FileKind.CSV:
        sheet = read_csv(checked.path)
        return Workbook(checked, [sheet.name], _csv=sheet)
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(checked.path))
    except python_calamine.PasswordError:
        raise UnsafeFileError(
            _("Workbook {name} is protected by a password; remove the password and retry.").format(
                name=checked.path.name
            )
        ) from None
    except (python_calamine.CalamineError, OSError, ValueError) as error:
        raise UnsafeFileError(
            _("Workbook {name} is damaged and cannot be read ({reason}).").format(
                name=checked.path.name, reason=error
            )
        ) from None
    names = [
        meta.name
        for meta in book.sheets_metadata
        if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
        and meta.visible == python_calamine.SheetVisibleEnum.Visible
    ]
    return Workbook(checked, names, _book=book)


def read_csv(path: Path) -> SheetData:
    """A UTF-8 (optionally with BOM) CSV; the separator (, ; or tab) is detected."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnsafeFileError(
            _(
                'File {name} is not UTF-8 text. In Excel choose File > Save As > "CSV UTF-8 '
                '(Comma delimited)", or save it as an Excel workbook (.xlsx).'
            ).format(name=path.name)
        ) from None
    sample = text[:65536]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Cell]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            rows.append(list(row))
            if len(rows) > MAX_CSV_ROWS:
                raise UnsafeFileError(
                    _("File {name} has more than {limit} rows.").format(
                        name=path.name, limit=MAX_CSV_ROWS
                    )
                )
    except csv.Error as error:
        raise UnsafeFileError(
            _("File {name} is not a valid CSV file ({reason}).").format(
                name=path.name, reason=error
            )
        ) from None
    return SheetData(path.stem, rows)
