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

The steps live here; what they build on lives beside: the records they hand back
(import_results.py), which rows hold data (data_rows.py), what each cell gives its row
(cell_values.py). Here the units a row names are resolved and each problem is located at
its sheet, row and column.
"""

from __future__ import annotations

from pathlib import Path

from surplus_assets.bulk_memory import collector_paused
from surplus_assets.errors import FieldProblem
from surplus_assets.exchange import column_mapping as cm
from surplus_assets.exchange.cell_values import RowReader, kind_from_sheet_name
from surplus_assets.exchange.data_rows import data_rows
from surplus_assets.exchange.header_detection import (
    HeaderNotFoundError,
    detect_header,
    header_at,
)
from surplus_assets.exchange.import_results import (
    ImportProblem,
    ImportReport,
    ImportSummary,
    SheetPlan,
)
from surplus_assets.exchange.sheet_reader import Workbook, column_letter, open_workbook
from surplus_assets.exchange.unit_resolution import UnitResolver
from surplus_assets.i18n import _
from surplus_assets.services import Services
from surplus_assets.services.bulk_import import (
    BulkAssetImport,
    Cancelled,
    IncomingAsset,
    Progress,
)
from surplus_assets.services.field_values import is_empty


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
                if not any(not is_empty(c) for row in data.rows for c in row):
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

    def preview(self, sheet: str, limit: int = 20) -> list[dict[str, object]]:
        plan = self.sheet(sheet)
        return [
            {
                cm.target_label(t): (cells[c] if c < len(cells) else "")
                for c, t in plan.mapping.items()
            }
            for _n, cells in data_rows(plan)[:limit]
        ]

    # ---- step 3: validate ----------------------------------------------------------------

    @property
    def resolver(self) -> UnitResolver:
        if self._resolver is None:
            self._resolver = UnitResolver(self.services.units)
        return self._resolver

    def _incoming(
        self, plan: SheetPlan, number: int, cells: list[object], reader: RowReader
    ) -> IncomingAsset:
        raw, helpers, problems = reader.read(cells)
        if is_empty(raw.get("kind")) and plan.sheet_kind:
            raw["kind"] = plan.sheet_kind
        self._resolve_units(raw, helpers, problems)
        return IncomingAsset(raw, reader.source.format(sheet=plan.name, row=number), problems)

    def _resolve_units(
        self, raw: dict[str, object], helpers: dict[str, str], problems: list[FieldProblem]
    ) -> None:
        resolver = self.resolver
        for name, code_column, current in (
            ("current_unit_id", cm.CURRENT_UNIT_CODE, True),
            ("legacy_unit_id", cm.LEGACY_UNIT_CODE, False),
        ):
            text = helpers.get(code_column) or ("" if is_empty(raw.get(name)) else str(raw[name]))
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
        if is_empty(raw.get("current_unit_id")) and isinstance(legacy, str) and legacy:
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
            rows = data_rows(plan)
            skipped += len(plan.data.rows) - plan.data_start - len(rows)
            reader = RowReader(plan.mapping)
            for number, cells in rows:
                incoming.append(self._incoming(plan, number, cells, reader))
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
