"""What the spreadsheet import works on and hands back, as plain records.

SheetPlan: a sheet as the import will read it (its header rows, the editable column
mapping); ImportProblem: one problem, located by sheet, row and column so the user can find
the cell; ImportReport: every row checked, before anything is written; ImportSummary: what
the commit wrote. The wizard, the CLI and the template's self-check read these; the pipeline
that makes them is spreadsheet_import.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from surplus_assets.exchange.sheet_reader import SheetData
from surplus_assets.services.bulk_import import REJECTED, BulkPlan


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


def problems_json(problems: list[ImportProblem]) -> list[dict[str, Any]]:
    return [p.__dict__ for p in problems]
