"""`units find TEXT` and `units convert LEGACY`."""

from __future__ import annotations

import argparse
from typing import Any

from surplus_assets.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_json_flag,
    open_for,
    print_json,
    print_table,
)
from surplus_assets.i18n import _
from surplus_assets.services.units import Unit, UnitRegistry


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("units", help=_("administrative units"))
    commands = parser.add_subparsers(dest="units_command", metavar="COMMAND", required=True)

    find = commands.add_parser("find", help=_("find units by name or official code"))
    find.add_argument("text", help=_("name (with or without diacritics) or official code"))
    era = find.add_mutually_exclusive_group()
    era.add_argument("--current", action="store_true", help=_("only units since 1 July 2025"))
    era.add_argument("--legacy", action="store_true", help=_("only units before 1 July 2025"))
    find.add_argument("--level", choices=("province", "district", "commune"))
    find.add_argument("--limit", type=int, default=50)
    add_json_flag(find)
    find.set_defaults(handler=run_find)

    convert = commands.add_parser(
        "convert", help=_("the current unit(s) that received a former unit")
    )
    convert.add_argument("legacy", help=_("former unit: id, official code or name"))
    add_json_flag(convert)
    convert.set_defaults(handler=run_convert)


def unit_json(unit: Unit, units: UnitRegistry) -> dict[str, Any]:
    return {
        "id": unit.id, "code": unit.code, "name": unit.name, "level": unit.level,
        "type": unit.unit_type, "era": unit.era, "current": unit.is_current,
        "province": units.label(unit.province_id, with_parent=False),
        "full_name": units.label(unit.id),
    }  # fmt: skip


def run_find(args: argparse.Namespace) -> int:
    services = open_for(args, sign_in=False)  # reference data: open to all
    try:
        units = services.units
        current = True if args.current else False if args.legacy else None
        found = units.find(args.text, current=current, levels=(args.level,) if args.level
                           else (), limit=args.limit)  # fmt: skip
        if args.json:
            print_json([unit_json(u, units) for u in found])
        elif not found:
            print(_('No unit matches "{text}".').format(text=args.text))
        else:
            print_table(
                [_("Code"), _("Name"), _("Part of"), _("Period")],
                [(u.code, u.name, units.label(u.parent_id), _("current") if u.is_current
                  else _("before 1/7/2025")) for u in found],
            )  # fmt: skip
        return EXIT_OK if found else EXIT_REFUSED
    finally:
        services.close()


def run_convert(args: argparse.Namespace) -> int:
    services = open_for(args, sign_in=False)  # reference data: open to all
    try:
        units = services.units
        direct = units.get(args.legacy)
        legacy = [direct] if direct and not direct.is_current else units.find(
            args.legacy, current=False, limit=20)  # fmt: skip
        if not legacy:
            print(_('No former unit matches "{text}".').format(text=args.legacy))
            return EXIT_REFUSED
        results: list[dict[str, Any]] = []
        for unit in legacy:
            successors = units.current_for(unit.id)
            results.append({
                "legacy": unit_json(unit, units),
                "current": [{**unit_json(s.unit, units), "default": s.is_default}
                            for s in successors],
                "divided": len(successors) > 1,
            })  # fmt: skip
        if args.json:
            print_json(results)
            return EXIT_OK
        for item in results:
            print(f"{item['legacy']['full_name']} ({item['legacy']['code']})")
            for target in item["current"]:
                mark = _(" (default)") if target["default"] and item["divided"] else ""
                print(f"  → {target['full_name']} ({target['code']}){mark}")
            if item["divided"]:
                print(_("  This commune was divided: choose the unit that received the asset."))
        return EXIT_OK
    finally:
        services.close()
