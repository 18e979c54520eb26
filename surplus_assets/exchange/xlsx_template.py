"""The import template and the error list, as .xlsx files.

Template: one sheet per asset kind with the Vietnamese headers of exchange.sheet_layout
(frozen, bold), number formats on the value columns, drop-down lists (data validation) for
kinds, units, conditions, statuses and handling forms drawn from a "Danh mục" (lists) sheet,
and an instructions sheet first.

Error list: the rows that were refused, as they were in the file, with each offending cell
filled red and its message in a comment, plus a sheet listing every problem.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from surplus_assets.domain.asset_kinds import (
    AssetKind,
    AssetStatus,
    Condition,
    condition_label,
    kind_label,
    status_label,
)
from surplus_assets.exchange.import_results import ImportProblem
from surplus_assets.exchange.sheet_layout import columns_for, instructions, sheet_title
from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport
from surplus_assets.exchange.xlsx_export import HEADER_FILL, is_formula_like
from surplus_assets.i18n import _
from surplus_assets.services.units import UnitRegistry

TEMPLATE_ROWS = 1000  # rows prepared with drop-downs and formats
ERROR_FILL = PatternFill("solid", start_color="FFC7CE")
# Handling forms (Law 15/2017 art. 40, Decree 186/2025): the labels officers write.
HANDLING_FORMS = (
    "Giữ lại tiếp tục sử dụng", "Chuyển đổi công năng", "Điều chuyển",
    "Chuyển giao về địa phương quản lý, xử lý", "Thu hồi", "Bán", "Thanh lý", "Tiêu hủy",
    "Xử lý khi bị mất, bị hủy hoại", "Hình thức khác",
)  # fmt: skip
COUNT_UNITS = ("bộ", "chiếc", "cái", "hệ thống", "máy", "tấm", "m²", "m")


def write_template(path: Path, units: UnitRegistry, province_id: str | None = None) -> None:
    book = Workbook()
    guide = book.active
    assert guide is not None
    guide.title = _("Instructions")
    for index, line in enumerate(instructions(), start=1):
        cell = guide.cell(index, 1, line)
        cell.alignment = Alignment(wrap_text=True)
        if index == 1:
            cell.font = Font(bold=True, size=14)
    guide.column_dimensions["A"].width = 110

    lists = book.create_sheet(_("Lists"))
    list_columns = {
        "kind": [kind_label(k) for k in AssetKind],
        "condition": [condition_label(c) for c in Condition],
        "status": [status_label(s) for s in AssetStatus],
        "handling_form": list(HANDLING_FORMS),
        "count_unit": list(COUNT_UNITS),
        "current_unit_id": _unit_names(units, province_id, current=True),
        "legacy_unit_id": _unit_names(units, province_id, current=False),
    }
    titles = {
        "kind": _("Asset kind"), "condition": _("Condition"), "status": _("Status"),
        "handling_form": _("Handling form"), "count_unit": _("Unit of count"),
        "current_unit_id": _("Current unit"), "legacy_unit_id": _("Former (legacy) unit"),
    }  # fmt: skip
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(list_columns.items(), start=1):
        letter = get_column_letter(index)
        lists.cell(1, index, titles[name]).font = Font(bold=True)
        for row, value in enumerate(values, start=2):
            lists.cell(row, index, value)
        lists.column_dimensions[letter].width = 30
        ranges[name] = f"{quote_sheetname(lists.title)}!${letter}$2:${letter}${len(values) + 1}"

    for kind in AssetKind:
        sheet = book.create_sheet(sheet_title(kind))
        columns = columns_for(kind)
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(1, index, column.header)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            letter = get_column_letter(index)
            sheet.column_dimensions[letter].width = column.width
            span = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
            if column.number_format:
                for row in range(2, TEMPLATE_ROWS + 2):
                    sheet.cell(row, index).number_format = column.number_format
            if column.target in ranges:
                # Units allow other names (with the province column); the rest must match.
                strict = column.target not in ("current_unit_id", "legacy_unit_id")
                validation = DataValidation(
                    type="list", formula1=ranges[column.target], allow_blank=True,
                    showErrorMessage=strict, errorStyle="stop" if strict else "warning",
                )  # fmt: skip
                validation.add(span)
                sheet.add_data_validation(validation)
        sheet.freeze_panes = "A2"
        sheet.row_dimensions[1].height = 45
    book.save(path)


def _unit_names(units: UnitRegistry, province_id: str | None, *, current: bool) -> list[str]:
    found = [
        u for u in units.units.values()
        if u.level == "commune" and u.is_current == current
        and (province_id is None or u.province_id == province_id)
    ]  # fmt: skip
    return [u.name for u in sorted(found, key=lambda u: u.sort_key)]


def write_error_list(path: Path, job: SpreadsheetImport, problems: Sequence[ImportProblem]) -> None:
    """The refused rows with the offending cells highlighted, and the list of problems."""
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = _("Problems")
    headers = [_("Sheet"), _("Row"), _("Column"), _("Header"), _("Value"), _("Problem")]
    summary.append(headers)
    for cell in summary[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for problem in problems:
        row = [problem.sheet, problem.row, problem.column, problem.header, problem.value,
               problem.message]  # fmt: skip
        summary.append(["" if v is None else v for v in row])
        for cell in summary[summary.max_row]:
            if is_formula_like(cell.value):
                cell.data_type = "s"
    for letter, width in zip("ABCDEF", (20, 8, 8, 28, 28, 90), strict=True):
        summary.column_dimensions[letter].width = width
    by_sheet: dict[str, list[ImportProblem]] = defaultdict(list)
    for problem in problems:
        by_sheet[problem.sheet].append(problem)
    for plan in job.sheets:
        found = by_sheet.get(plan.name)
        if not found:
            continue
        sheet = book.create_sheet(plan.name[:31])
        for index in plan.header_rows:
            sheet.append(["" if v is None else v for v in plan.data.rows[index]])
        numbers = sorted({p.row for p in found})
        position = {n: len(plan.header_rows) + i + 1 for i, n in enumerate(numbers)}
        for number in numbers:
            values = ["" if v is None else v for v in plan.data.rows[number - 1]]
            sheet.append(values)
            for cell in sheet[sheet.max_row]:
                if is_formula_like(cell.value):
                    cell.data_type = "s"
        for problem in found:
            if not problem.column:
                continue
            cell = sheet[f"{problem.column}{position[problem.row]}"]
            cell.fill = ERROR_FILL
            note = problem.message if cell.comment is None else (
                cell.comment.text + "\n" + problem.message)  # fmt: skip
            cell.comment = Comment(note, "Surplus Assets")
        sheet.freeze_panes = sheet.cell(len(plan.header_rows) + 1, 1)
    book.save(path)
