"""`template`, `import` and `export`: spreadsheets from the command line.

`import FILE` checks every row and writes nothing unless all are valid (exit code 1 and the
problem list otherwise); `--dry-run` only checks; `--skip-invalid` writes the valid rows and
leaves the refused ones out (still in one transaction); `--errors FILE.xlsx` saves the
refused rows with their cells highlighted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from surplus_assets.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_json_flag,
    open_for,
    print_json,
    print_table,
)
from surplus_assets.domain.asset_kinds import AssetKind, AssetStatus
from surplus_assets.exchange.import_results import ImportProblem, problems_json
from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport
from surplus_assets.i18n import _
from surplus_assets.services.catalogue import AssetQuery


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    template = subparsers.add_parser("template", help=_("write the Excel import template"))
    template.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    template.add_argument("--province", help=_("list only this province's units (id or code)"))
    template.set_defaults(handler=run_template)

    importing = subparsers.add_parser("import", help=_("import assets from .xlsx or .csv"))
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true",
                           help=_("check every row, write nothing"))  # fmt: skip
    importing.add_argument("--sheet", help=_("import only this sheet"))
    importing.add_argument("--mapping", type=Path, metavar="FILE.json", help=_(
        'column mapping as JSON: {"sheet": {"column letter or header": "field"}}'))  # fmt: skip
    importing.add_argument(
        "--skip-invalid",
        action="store_true",
        help=_("import the valid rows and leave out the refused ones"),
    )
    importing.add_argument(
        "--errors",
        type=Path,
        metavar="FILE.xlsx",
        help=_("save the refused rows with the bad cells highlighted"),
    )
    add_json_flag(importing)
    importing.set_defaults(handler=run_import)

    export = subparsers.add_parser("export", help=_("export the asset list to .xlsx"))
    export.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    export.add_argument("--search", default="")
    export.add_argument("--kind", action="append", choices=[k.value for k in AssetKind])
    export.add_argument("--status", action="append", choices=[s.value for s in AssetStatus])
    export.add_argument("--province", help=_("current province id"))
    export.add_argument("--unit", help=_("current unit id"))
    export.add_argument("--legacy-unit", help=_("former unit id"))
    export.add_argument("--sort", default="code")
    export.set_defaults(handler=run_export)


def run_template(args: argparse.Namespace) -> int:
    from surplus_assets.exchange.xlsx_template import write_template

    services = open_for(args)
    try:
        write_template(args.out, services.units, args.province)
        print(_("Template written to {path}.").format(path=args.out))
        return EXIT_OK
    finally:
        services.close()


def _apply_mapping_file(job: SpreadsheetImport, path: Path) -> None:
    from openpyxl.utils import column_index_from_string

    given = json.loads(path.read_text(encoding="utf-8"))
    for plan in job.sheets:
        columns = given.get(plan.name, given.get("*"))
        if not isinstance(columns, dict):
            continue
        mapping: dict[int, str] = {}
        for key, target in columns.items():
            if key in plan.headers:
                mapping[plan.headers.index(key)] = target
            elif key.isalpha():
                mapping[column_index_from_string(key.upper()) - 1] = target
        job.set_mapping(plan.name, mapping)


def run_import(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        job = SpreadsheetImport(services, args.file)
        job.open(args.sheet)
        if args.mapping:
            _apply_mapping_file(job, args.mapping)
        for sheet, why in job.skipped_sheets:
            print(_("Sheet {sheet} skipped: {why}").format(sheet=sheet, why=why), file=sys.stderr)
        report = job.validate()
        if args.errors and report.problems:
            from surplus_assets.exchange.xlsx_template import write_error_list

            write_error_list(args.errors, job, report.problems)
        written = False
        counts = dict(report.counts)
        if not args.dry_run and (report.ok or args.skip_invalid):
            summary = job.commit(report, skip_invalid=args.skip_invalid)
            written = summary.written
        result = {
            "file": str(args.file), "dry_run": args.dry_run, "written": written,
            "added": counts["add"], "updated": counts["update"],
            "unchanged": counts["unchanged"], "rejected": counts["rejected"],
            "skipped_rows": report.skipped_rows,
            "sheets": [{"name": p.name, "header_rows": p.header_row_numbers,
                        "mapping": {p.headers[c]: t for c, t in sorted(p.mapping.items())}}
                       for p in job.sheets],
            "problems": problems_json(report.problems),
        }  # fmt: skip
        if args.json:
            print_json(result)
        else:
            _print_summary(result, report.problems)
        return EXIT_OK if report.ok else EXIT_REFUSED
    finally:
        services.close()


def _print_summary(result: dict[str, object], problems: Sequence[ImportProblem]) -> None:
    if problems:
        print_table(
            [_("Sheet"), _("Row"), _("Column"), _("Header"), _("Value"), _("Problem")],
            [(p.sheet, p.row, p.column, p.header, p.value, p.message) for p in problems],
        )  # fmt: skip
    counts = _(
        "{added} to add, {updated} to update, {unchanged} unchanged, {rejected} refused."
    ).format(**result)
    if result["written"]:
        print(_("Imported: {counts}").format(counts=counts))
    elif result["dry_run"]:
        print(_("Checked, nothing written: {counts}").format(counts=counts))
    else:
        print(_("Nothing was written because some rows were refused: {counts}").format(
            counts=counts))  # fmt: skip


def run_export(args: argparse.Namespace) -> int:
    from surplus_assets.exchange.xlsx_export import export_assets

    query = AssetQuery(
        text=args.search, kinds=tuple(args.kind or ()), statuses=tuple(args.status or ()),
        province_id=args.province, current_unit_id=args.unit,
        legacy_unit_id=args.legacy_unit, sort=args.sort,
    )  # fmt: skip
    services = open_for(args)
    try:
        count = export_assets(services, query, args.out)
        print(_("Exported {count} assets to {path}.").format(count=count, path=args.out))
        return EXIT_OK
    finally:
        services.close()
