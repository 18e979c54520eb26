"""The spreadsheet import pipeline, driven step by step by the CLI and the GUI wizard.

    job = SpreadsheetImport(services, path)
    job.open()                          # check and open the file; find each sheet's header
    job.sheets                          # SheetPlan: header rows, guessed mapping (editable)
    job.set_mapping(sheet, {0: "name", 3: "current_unit_id"})
    job.preview(sheet, limit=20)        # the first rows as they will be read
    report = job.validate(progress, cancelled)   # every row checked; problems listed
    summary = job.commit(report)        # one transaction: all rows or none

validate() and commit() take a progress callback (done, total) and a cancel check, so a
worker thread can run them; cancelling raises ImportCancelledError with nothing written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from surplus_assets.bulk_memory import collector_paused
from surplus_assets.domain.asset_kinds import FIELDS_BY_NAME, AssetKind, FieldType, kind_label
from surplus_assets.domain.dates import parse_date
from surplus_assets.domain.format_errors import DateFormatError
from surplus_assets.domain.text import fold, nfc
from surplus_assets.errors import FieldProblem
from surplus_assets.exchange import column_mapping as cm
from surplus_assets.exchange.header_detection import (
    HeaderNotFoundError,
    detect_header,
    header_at,
)
from surplus_assets.exchange.legacy_encoding import detect_legacy
from surplus_assets.exchange.sheet_reader import SheetData, Workbook, column_letter, open_workbook
from surplus_assets.exchange.unit_resolution import UnitResolver
from surplus_assets.i18n import _
from surplus_assets.services import Services
from surplus_assets.services.bulk_import import (
    REJECTED,
    BulkAssetImport,
    BulkPlan,
    Cancelled,
    IncomingAsset,
    Progress,
)

_LATIN1 = re.compile("[\u00a1-\u00ff]")
_TOTALS = re.compile(r"(tong cong|tong so|tong|cong|total|totals|grand total|sum)\s*:?")
_HEADING = re.compile(r"([IVXLC]+|[A-Z])\s*[.)]\s.*")
_KIND_WORDS = (
    (AssetKind.HOUSING, ("nha cong vu", "official housing", "housing")),
    (AssetKind.LAND, ("tru so", "nha dat", "co so nha dat", "headquarters", "house and land",
                      "land")),
    (AssetKind.CAR, ("o to", "xe", "car", "cars")),
    (AssetKind.EQUIPMENT, ("may moc", "thiet bi", "tai san khac", "equipment")),
)  # fmt: skip
_DIGIT = re.compile("[0-9]")
_DATE_LIKE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*")


@dataclass
class SheetPlan:
    name: str
    data: SheetData
    header_rows: tuple[int, ...]
    data_start: int
    headers: list[str]
    mapping: dict[int, str]  # column → target (see column_mapping)
    sheet_kind: str | None  # kind implied by the sheet name ("Ô tô" → car)
    remembered: bool = False

    @property
    def header_row_numbers(self) -> list[int]:
        return [r + 1 for r in self.header_rows]


@dataclass(frozen=True)
class ImportProblem:
    sheet: str
    row: int  # sheet row number (1-based)
    column: str  # column letter, "" when the problem concerns the whole row
    header: str
    value: object
    message: str


@dataclass
class ImportReport:
    plan: BulkPlan
    rows: list[tuple[str, int]]  # (sheet, row number) of each planned row
    problems: list[ImportProblem]
    skipped_rows: int  # blank, totals and heading rows

    @property
    def counts(self) -> dict[str, int]:
        return self.plan.counts

    @property
    def ok(self) -> bool:
        return self.plan.count(REJECTED) == 0


@dataclass
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    rejected: int
    written: bool
    problems: list[ImportProblem] = field(default_factory=list)


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


def _is_totals_row(first_text: str | None, cells: list[object], kind_columns: list[int]) -> bool:
    """A totals row ("Tổng cộng", "Total": its first text) that names no kind or code."""
    # Folding keeps digits, which no totals label has: a code or a number is not one.
    is_totals = first_text is not None and len(first_text) < 20 and not _DIGIT.search(
        first_text) and bool(_TOTALS.fullmatch(fold(first_text).strip()))  # fmt: skip
    return is_totals and not any(not _blank(cells[c]) for c in kind_columns if c < len(cells))


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class SpreadsheetImport:
    def __init__(
        self, services: Services, path: Path | str, memory: cm.MappingMemory | None = None
    ) -> None:
        self.services = services
        self.path = Path(path)
        self.memory = memory or cm.MappingMemory()
        self.sheets: list[SheetPlan] = []
        self.skipped_sheets: list[tuple[str, str]] = []  # (sheet, why)
        self._workbook: Workbook | None = None
        self._resolver: UnitResolver | None = None

    # ---- step 1: open, find headers, guess mappings -------------------------------------

    def open(self, only_sheet: str | None = None) -> list[SheetPlan]:
        with collector_paused():  # the cells of every sheet: millions of objects, no cycles
            return self._open(only_sheet)

    def _open(self, only_sheet: str | None) -> list[SheetPlan]:
        workbook = open_workbook(self.path)
        self._workbook = workbook
        try:
            names = workbook.sheet_names
            if only_sheet is not None:
                if only_sheet not in names:
                    raise HeaderNotFoundError(only_sheet)
                names = [only_sheet]
            for name in names:
                data = workbook.sheet(name)
                if not any(not _blank(c) for row in data.rows for c in row):
                    continue
                try:
                    header = detect_header(data)
                except HeaderNotFoundError as error:
                    self.skipped_sheets.append((name, str(error)))
                    continue
                mapping = {g.column: g.target for g in header.guesses if g.target}
                recalled = self.memory.recall(header.headers)
                if "name" not in (recalled or mapping).values():
                    # Lists, instructions, summaries: sheets without asset names.
                    self.skipped_sheets.append((name, _(
                        "no column of asset names was found, so it is not read as a list of "
                        "assets."
                    )))  # fmt: skip
                    continue
                self.sheets.append(SheetPlan(
                    name, data, header.header_rows, header.data_start, header.headers,
                    recalled if recalled is not None else mapping,
                    kind_from_sheet_name(name), recalled is not None,
                ))  # fmt: skip
        finally:
            workbook.close()
        return self.sheets

    def sheet(self, name: str) -> SheetPlan:
        for plan in self.sheets:
            if plan.name == name:
                return plan
        raise KeyError(name)

    def set_mapping(self, sheet: str, mapping: dict[int, str]) -> None:
        known = set(cm.all_targets())
        unknown = sorted(set(mapping.values()) - known)
        if unknown:
            raise ValueError(", ".join(unknown))
        self.sheet(sheet).mapping = dict(mapping)

    def set_header_rows(self, sheet: str, first_row: int, count: int = 1) -> SheetPlan:
        """Read the header from sheet row `first_row` (1-based, `count` rows) instead of the
        detected one; the mapping is guessed again from those headers (or recalled)."""
        plan = self.sheet(sheet)
        header = header_at(plan.data, first_row - 1, count)
        recalled = self.memory.recall(header.headers)
        plan.header_rows, plan.data_start = header.header_rows, header.data_start
        plan.headers = header.headers
        plan.mapping = recalled if recalled is not None else {
            g.column: g.target for g in header.guesses if g.target
        }  # fmt: skip
        plan.remembered = recalled is not None
        return plan

    # ---- step 2: preview -----------------------------------------------------------------

    def data_rows(self, plan: SheetPlan) -> list[tuple[int, list[object]]]:
        """(sheet row number, cells) of the rows that hold data: blank, totals and heading
        rows are left out."""
        mapped = sorted(c for c, t in plan.mapping.items() if t != cm.ROW_NUMBER)
        kind_columns = [c for c, t in plan.mapping.items() if t in ("kind", "code")]
        result = []
        rows = plan.data.rows
        for index in range(plan.data_start, len(rows)):
            cells = rows[index]
            if self._skippable(cells, mapped, kind_columns):
                continue
            result.append((index + 1, cells))
        return result

    @staticmethod
    def _skippable(cells: list[object], mapped: list[int], kind_columns: list[int]) -> bool:
        """Blank, totals, heading and note rows. `mapped`: the mapped columns, in order."""
        # Inline tests for blank cells (see _blank): this runs on every row of the sheet.
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

    def preview(self, sheet: str, limit: int = 20) -> list[dict[str, object]]:
        plan = self.sheet(sheet)
        return [
            {
                cm.target_label(t): (cells[c] if c < len(cells) else "")
                for c, t in plan.mapping.items()
            }
            for _n, cells in self.data_rows(plan)[:limit]
        ]

    # ---- step 3: validate ----------------------------------------------------------------

    @property
    def resolver(self) -> UnitResolver:
        if self._resolver is None:
            self._resolver = UnitResolver(self.services.units)
        return self._resolver

    def _incoming(
        self, plan: SheetPlan, number: int, cells: list[object], memo: _CellMemo
    ) -> IncomingAsset:
        raw: dict[str, object] = {}
        helpers: dict[str, str] = {}
        problems: list[FieldProblem] = []
        suspect: bool | None = None  # characters of legacy encodings in the row: if asked
        width = len(cells)
        for entry in memo.columns:
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
        if _blank(raw.get("kind")) and plan.sheet_kind:
            raw["kind"] = plan.sheet_kind
        self._resolve_units(raw, helpers, problems)
        return IncomingAsset(raw, memo.source.format(sheet=plan.name, row=number), problems)

    def _resolve_units(
        self, raw: dict[str, object], helpers: dict[str, str], problems: list[FieldProblem]
    ) -> None:
        resolver = self.resolver
        for name, code_column, current in (
            ("current_unit_id", cm.CURRENT_UNIT_CODE, True),
            ("legacy_unit_id", cm.LEGACY_UNIT_CODE, False),
        ):
            text = helpers.get(code_column) or ("" if _blank(raw.get(name)) else str(raw[name]))
            if not text:
                raw.pop(name, None) if name == "legacy_unit_id" and name in raw else None
                continue
            result = resolver.resolve(
                text, current=current,
                province=helpers.get(cm.CURRENT_PROVINCE if current else cm.LEGACY_PROVINCE, ""),
                district="" if current else helpers.get(cm.LEGACY_DISTRICT, ""),
            )  # fmt: skip
            if result.unit_id is None:
                problems.append(FieldProblem(name, result.message or "", text))
                raw.pop(name, None)
            else:
                raw[name] = result.unit_id
        legacy = raw.get("legacy_unit_id")
        if _blank(raw.get("current_unit_id")) and isinstance(legacy, str) and legacy:
            receivers = self.services.units.current_for(legacy)
            communes = [s.unit for s in receivers]
            if len(communes) == 1:
                raw["current_unit_id"] = communes[0].id
            elif communes:
                names = "; ".join(self.services.units.label(u.id) for u in communes)
                problems.append(FieldProblem("current_unit_id", _(
                    "{legacy} was divided in the 2025 reorganisation; choose the current unit "
                    "that holds the asset: {candidates}."
                ).format(legacy=self.services.units.label(legacy), candidates=names)))  # fmt: skip

    def validate(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> ImportReport:
        with collector_paused():  # row records by the hundred thousand, freed by refcount
            return self._validate(progress, cancelled)

    def _validate(self, progress: Progress | None, cancelled: Cancelled | None) -> ImportReport:
        incoming: list[IncomingAsset] = []
        where: list[tuple[SheetPlan, int]] = []
        skipped = 0
        for plan in self.sheets:
            rows = self.data_rows(plan)
            skipped += len(plan.data.rows) - plan.data_start - len(rows)
            memo = _CellMemo(plan.mapping)
            for number, cells in rows:
                incoming.append(self._incoming(plan, number, cells, memo))
                where.append((plan, number))
        bulk = BulkAssetImport(self.services.context, self.services.units)
        planned = bulk.plan(incoming, progress=progress, cancelled=cancelled)
        problems: list[ImportProblem] = []
        for outcome in planned.outcomes:
            plan, number = where[outcome.index]
            unit_failed = any(p.field == "legacy_unit_id" for p in outcome.problems)
            reported: set[str] = set()
            for problem in outcome.problems:
                # "Required" only because the cell was refused already (legacy encoding,
                # unknown unit) or the current unit could not be derived: say it once.
                if problem.value is None and (problem.field in reported or (
                        unit_failed and problem.field == "current_unit_id")):  # fmt: skip
                    continue
                reported.add(problem.field)
                problems.append(self._locate(plan, number, problem))
        return ImportReport(planned, [(p.name, n) for p, n in where], problems, skipped)

    def _locate(self, plan: SheetPlan, number: int, problem: FieldProblem) -> ImportProblem:
        field_name = problem.field
        columns = {t: c for c, t in plan.mapping.items()}
        column = columns.get(field_name)
        if column is None and field_name == "current_unit_id":
            column = columns.get(cm.CURRENT_UNIT_CODE)
        if column is None and field_name == "legacy_unit_id":
            column = columns.get(cm.LEGACY_UNIT_CODE)
        cells = plan.data.rows[number - 1]
        header = plan.headers[column] if column is not None else cm.target_label(field_name) \
            if field_name in cm.all_targets() else field_name  # fmt: skip
        value = cells[column] if column is not None and column < len(cells) else problem.value
        return ImportProblem(
            plan.name,
            number,
            column_letter(column) if column is not None else "",
            header,
            "" if value is None else value,
            problem.message,
        )

    # ---- step 4: commit ------------------------------------------------------------------

    def commit(self, report: ImportReport, *, skip_invalid: bool = False) -> ImportSummary:
        counts = report.counts
        if not report.ok and not skip_invalid:
            return ImportSummary(0, 0, counts["unchanged"], counts["rejected"], False,
                                 report.problems)  # fmt: skip
        bulk = BulkAssetImport(self.services.context, self.services.units)
        comment = _("Imported from {file}").format(file=self.path.name)
        written = bulk.commit(report.plan, comment=comment, skip_invalid=skip_invalid)
        for plan in self.sheets:
            self.memory.remember(plan.headers, plan.mapping)
        return ImportSummary(written["add"], written["update"], written["unchanged"],
                             written["rejected"], True, report.problems)  # fmt: skip


_RAW, _HELPER, _PROBLEM, _ROW_DEPENDENT = "raw", "helper", "problem", "row dependent"
_MEMO_LIMIT = 4096  # distinct values remembered per column (names and serials do not repeat)


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
        return _HELPER, "" if _blank(value) else _cell_text(value)
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


class _CellMemo:
    """read_cell results per mapped column and distinct value: the cells of a register
    repeat. `columns`: [column, target, {value: _read_any_row result}]; a column that
    reaches _MEMO_LIMIT distinct values (names, serials, amounts) is read without a memo
    from then on (its dict becomes None). `source`: how a row is named, translated once."""

    def __init__(self, mapping: dict[int, str]) -> None:
        self.columns: list[list[Any]] = [
            [c, t, {}] for c, t in mapping.items() if t != cm.ROW_NUMBER
        ]
        self.source = _("sheet {sheet}, row {row}")


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
    if _blank(value):
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


def problems_json(problems: list[ImportProblem]) -> list[dict[str, Any]]:
    return [p.__dict__ for p in problems]
