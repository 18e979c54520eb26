"""`assets add | list | show`: the register from the command line.

`add` takes one option per register field, generated from domain.asset_kinds.FIELDS, so the
CLI, the editor and the Excel template always offer the same fields.
"""

from __future__ import annotations

import argparse
from typing import Any

from surplus_assets.cli.common import EXIT_OK, add_json_flag, open_for, print_json, print_table
from surplus_assets.domain.asset_kinds import (
    BUILDING_FIELDS,
    FIELDS,
    AssetKind,
    AssetStatus,
    kind_label,
    status_label,
)
from surplus_assets.domain.numbers import format_decimal, format_money
from surplus_assets.errors import FieldProblem, ValidationError
from surplus_assets.i18n import _
from surplus_assets.services import Services
from surplus_assets.services.catalogue import AssetQuery, AssetRow, CatalogueService

TABLE_LIMIT = 100


def _option(name: str) -> str:
    return "--" + name.removesuffix("_id").replace("_", "-")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("assets", help=_("the asset register"))
    commands = parser.add_subparsers(dest="assets_command", metavar="COMMAND", required=True)

    add = commands.add_parser("add", help=_("record a new asset"))
    for spec in FIELDS:
        add.add_argument(_option(spec.name), dest=spec.name, metavar=spec.type.upper(),
                         help=spec.label())  # fmt: skip
    add.add_argument("--building", action="append", default=[], metavar="FIELD=VALUE;...",
                     help=_("a building of a house-and-land asset; fields: {fields}").format(
                         fields=", ".join(s.name for s in BUILDING_FIELDS)))  # fmt: skip
    add_json_flag(add)
    add.set_defaults(handler=run_add)

    listing = commands.add_parser("list", help=_("list and search assets"))
    listing.add_argument("--search", default="", help=_("words, with or without diacritics"))
    listing.add_argument("--kind", action="append", choices=[k.value for k in AssetKind])
    listing.add_argument("--status", action="append", choices=[s.value for s in AssetStatus])
    listing.add_argument("--province", help=_("current province id"))
    listing.add_argument("--unit", help=_("current unit id"))
    listing.add_argument("--legacy-unit", help=_("former unit id"))
    listing.add_argument("--sort", default="code")
    listing.add_argument("--limit", type=int, help=_(
        "at most this many (default: all with --json, {count} otherwise)").format(
            count=TABLE_LIMIT))  # fmt: skip
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help=_("one asset in full, with its history"))
    show.add_argument("asset", help=_("asset code or id"))
    add_json_flag(show)
    show.set_defaults(handler=run_show)


def parse_building(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep:
            raise ValidationError(
                [
                    FieldProblem(
                        "building",
                        _('Write each building field as FIELD=VALUE, separated by ";".'),
                        part,
                    )
                ]
            )
        values[key.strip()] = value.strip()
    return values


def run_add(args: argparse.Namespace) -> int:
    raw: dict[str, Any] = {
        spec.name: getattr(args, spec.name) for spec in FIELDS
        if getattr(args, spec.name) is not None
    }  # fmt: skip
    if args.building:
        raw["buildings"] = [parse_building(text) for text in args.building]
    services = open_for(args)
    try:
        record = services.catalogue.create(raw)
        if args.json:
            print_json(record.as_json())
        else:
            print(_("Recorded {code}: {name}").format(code=record.code, name=record.values["name"]))
        return EXIT_OK
    finally:
        services.close()


def row_json(row: AssetRow, services: Services) -> dict[str, Any]:
    units = services.units
    return {
        "id": row.id, "code": row.code, "name": row.name, "kind": row.kind,
        "status": row.status, "handling_form": row.handling_form,
        "current_unit": units.label(row.current_unit_id, with_parent=False),
        "current_unit_id": row.current_unit_id,
        "legacy_unit": units.label(row.legacy_unit_id, with_parent=False),
        "legacy_unit_id": row.legacy_unit_id, "year_in_use": row.year_in_use,
        "original_cost": row.original_cost, "remaining_value": row.remaining_value,
        "land_area": row.land_area, "version": row.version,
    }  # fmt: skip


def run_list(args: argparse.Namespace) -> int:
    query = AssetQuery(
        text=args.search, kinds=tuple(args.kind or ()), statuses=tuple(args.status or ()),
        province_id=args.province, current_unit_id=args.unit,
        legacy_unit_id=args.legacy_unit, sort=args.sort,
    )  # fmt: skip
    limit = args.limit if args.limit is not None else None if args.json else TABLE_LIMIT
    services = open_for(args)
    try:
        catalogue: CatalogueService = services.catalogue
        rows = catalogue.list_rows(query, limit=limit)
        if args.json:
            print_json([row_json(r, services) for r in rows])
            return EXIT_OK
        print_table(
            [_("Code"), _("Name"), _("Kind"), _("Status"), _("Current unit"),
             _("Remaining value")],
            [(r.code, r.name, kind_label(r.kind), status_label(r.status),
              services.units.label(r.current_unit_id, with_parent=False),
              format_money(r.remaining_value)) for r in rows],
        )  # fmt: skip
        total = catalogue.count_assets(query)
        if total > len(rows):
            print(_("Showing {shown} of {total} assets; use --limit or --json for all.")
                  .format(shown=len(rows), total=total))  # fmt: skip
        return EXIT_OK
    finally:
        services.close()


def _display(value: object) -> str:
    from decimal import Decimal

    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return format_money(value)
    return "" if value is None else str(value)


def run_show(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        record = services.catalogue.get(args.asset)
        history = services.catalogue.history(record.id)
        if args.json:
            print_json({**record.as_json(), "history": [h.__dict__ for h in history]})
            return EXIT_OK
        labels = {spec.name: spec.label() for spec in FIELDS}
        print(f"{record.code} — {record.values['name']}")
        for name, value in record.values.items():
            if value is None or name in ("name", "province_id"):
                continue
            if name.endswith("unit_id"):
                value = services.units.label(str(value))
            elif name == "kind":
                value = kind_label(str(value))
            elif name == "status":
                value = status_label(str(value))
            print(f"  {labels.get(name, name)}: {_display(value)}")
        for building in record.buildings:
            print("  " + _("Building: {name}").format(name=building["name"]))
        print(_("History:"))
        for entry in history:
            print(f"  {entry.occurred_at:%d/%m/%Y %H:%M} UTC  {entry.actor_name}  {entry.action}")
        return EXIT_OK
    finally:
        services.close()
