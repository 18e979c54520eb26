"""What the cells of an imported spreadsheet row give the asset they describe.

A cell becomes a value for clean_asset (text fields as text, a date typed where a year is
asked reduced to its year), the text of a unit helper column (province, district, unit
code), or a problem: text left in a legacy Vietnamese encoding (TCVN3, VNI), a date that
cannot be read. The cells of a register repeat (kinds, units, years), so RowReader reads
each distinct value of a column once. Nothing here looks at the database: the units are
resolved by the import itself.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from surplus_assets.domain.asset_kinds import FIELDS_BY_NAME, AssetKind, FieldType, kind_label
from surplus_assets.domain.dates import parse_date
from surplus_assets.domain.format_errors import DateFormatError
from surplus_assets.domain.text import fold, nfc
from surplus_assets.errors import FieldProblem
from surplus_assets.exchange import column_mapping as cm
from surplus_assets.exchange.legacy_encoding import detect_legacy
from surplus_assets.i18n import _
from surplus_assets.services.field_values import is_empty

_LATIN1 = re.compile("[\u00a1-\u00ff]")
_KIND_WORDS = (
    (AssetKind.HOUSING, ("nha cong vu", "official housing", "housing")),
    (AssetKind.LAND, ("tru so", "nha dat", "co so nha dat", "headquarters", "house and land",
                      "land")),
    (AssetKind.CAR, ("o to", "xe", "car", "cars")),
    (AssetKind.EQUIPMENT, ("may moc", "thiet bi", "tai san khac", "equipment")),
)  # fmt: skip
_DATE_LIKE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*")

_RAW, _HELPER, _PROBLEM, _ROW_DEPENDENT = "raw", "helper", "problem", "row dependent"
_MEMO_LIMIT = 4096  # distinct values remembered per column (names and serials do not repeat)


@lru_cache(maxsize=256)
def kind_from_sheet_name(name: str) -> str | None:
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(name)).split())
    for kind in AssetKind:
        if folded == fold(kind_label(kind)):
            return kind.value
    words = f" {folded} "
    for kind, phrases in _KIND_WORDS:
        if any(f" {p} " in words for p in phrases):
            return kind.value
    return None


class RowReader:
    """Reads the mapped cells of a sheet's rows, with read_cell results remembered per
    mapped column and distinct value: the cells of a register repeat. `columns`: [column,
    target, {value: _read_any_row result}]; a column that reaches _MEMO_LIMIT distinct
    values (names, serials, amounts) is read without a memo from then on (its dict becomes
    None). `source`: how a row is named, translated once."""

    def __init__(self, mapping: dict[int, str]) -> None:
        self.columns: list[list[Any]] = [
            [c, t, {}] for c, t in mapping.items() if t != cm.ROW_NUMBER
        ]
        self.source = _("sheet {sheet}, row {row}")

    def read(
        self, cells: list[object]
    ) -> tuple[dict[str, object], dict[str, str], list[FieldProblem]]:
        """(values for clean_asset, texts of the unit helper columns, problems) of a row."""
        raw: dict[str, object] = {}
        helpers: dict[str, str] = {}
        problems: list[FieldProblem] = []
        suspect: bool | None = None  # characters of legacy encodings in the row: if asked
        width = len(cells)
        for entry in self.columns:
            column, target, known = entry
            value = cells[column] if column < width else ""
            if known is None:  # a column of (nearly) all different values: no memo
                found = _read_any_row(target, value)
            else:
                # Text is its own key; other values go with their type (1, 1.0, True equal).
                key = value if type(value) is str else (type(value), value)
                found = known.get(key)
                if found is None:
                    found = known[key] = _read_any_row(target, value)
                    if len(known) >= _MEMO_LIMIT:
                        entry[2] = None
            place, result = found
            if place is _ROW_DEPENDENT:
                if suspect is None:  # one search per row, as read_cell expects
                    suspect = bool(_LATIN1.search("".join(
                        [c for c in cells if isinstance(c, str)])))  # fmt: skip
                place, result = result[0 if suspect else 1]  # type: ignore[index]
            if place is _RAW:
                raw[target] = result
            elif place is _HELPER:
                helpers[target] = result  # type: ignore[assignment]
            else:
                problems.append(FieldProblem(target, *result))  # type: ignore[misc]
        return raw, helpers, problems


def read_cell(target: str, value: object, suspect: bool) -> tuple[str, object]:
    """What one cell gives its row: (_RAW, value for clean_asset), (_HELPER, text of a unit
    helper column) or (_PROBLEM, (message, value)). `suspect`: the row has characters that
    legacy Vietnamese encodings leave."""
    if isinstance(value, str):
        value = nfc(value)
        legacy = detect_legacy(value) if suspect else None
        if legacy is not None:
            return _PROBLEM, (_(
                'The text "{text}" is in the old {encoding} encoding; it probably reads '
                '"{reading}". Convert the sheet to Unicode (for example with Unikey\'s '
                "converter) and import it again."
            ).format(text=value, encoding=legacy.encoding, reading=legacy.reading),
                value)  # fmt: skip
    if target in cm.HELPER_LABELS:
        return _HELPER, "" if is_empty(value) else _cell_text(value)
    if target == "kind" and isinstance(value, str):
        value = kind_from_sheet_name(value) or value  # "Thiết bị", "Ô tô"...
    try:
        return _RAW, _field_value(target, value)
    except DateFormatError as error:
        return _PROBLEM, (error.message, value)


def _read_any_row(target: str, value: object) -> tuple[str, object]:
    """read_cell(target, value, suspect) for a cell of any row, when `suspect` (the row has
    characters legacy encodings leave) makes no difference, which is nearly always: for a
    value that is not text; for text with such characters, whose row is suspect; for NFC text
    without them, in which detect_legacy finds nothing. Otherwise (text that NFC turns into
    such characters) both results: (_ROW_DEPENDENT, (if suspect, if not))."""
    if isinstance(value, str):
        if _LATIN1.search(value):
            return read_cell(target, value, True)
        if not unicodedata.is_normalized("NFC", value):
            if_suspect, otherwise = read_cell(target, value, True), read_cell(target, value, False)
            return (
                otherwise if if_suspect == otherwise else (_ROW_DEPENDENT, (if_suspect, otherwise))
            )
    return read_cell(target, value, False)


def _cell_text(value: object) -> str:
    """Text of a cell read as a code or a name: 1234.0 → "1234", dates as dd/mm/yyyy."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


_TEXT_TARGETS = frozenset(
    name for name, spec in FIELDS_BY_NAME.items()
    if spec.type in (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.UNIT, FieldType.CHOICE)
)  # fmt: skip
_YEAR_TARGETS = frozenset(n for n, s in FIELDS_BY_NAME.items() if s.type is FieldType.YEAR)


def _field_value(target: str, value: object) -> object:
    """A cell as clean_asset expects it: text fields as text, numbers as they are, dates for
    year fields reduced to their year (a date typed where a year is asked)."""
    if is_empty(value):
        return None
    if target in _TEXT_TARGETS:
        return _cell_text(value)
    if target in _YEAR_TARGETS:
        return _year(value)
    if isinstance(value, bool):
        return str(value)
    return value


def _year(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.year
    if isinstance(value, str) and _DATE_LIKE.fullmatch(value.strip()):
        parsed = parse_date(value)  # DateFormatError names the value and the expected form
        return parsed.year if parsed else None
    return value
