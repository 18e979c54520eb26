"""`exchange export | import | conflicts | resolve`: offline packages between laptops.

Import verifies the whole package before touching anything; conflicts (a record changed on
both sides) are listed and kept, unresolved, while the rest is applied; `exchange conflicts`
shows them again and `exchange resolve ID --keep local|incoming` settles one.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from surplus_assets.cli.common import (
    EXIT_OK,
    add_json_flag,
    open_for,
    print_json,
    print_table,
    read_password,
)
from surplus_assets.errors import FieldProblem, ValidationError
from surplus_assets.i18n import _
from surplus_assets.reports.signing import Pkcs12Source
from surplus_assets.services.exchange_results import ConflictView


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("exchange", help=_("exchange packages between laptops"))
    commands = parser.add_subparsers(dest="exchange_command", metavar="COMMAND", required=True)

    export = commands.add_parser("export", help=_("write a package of changed records"))
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "--since",
        metavar="ISO|last|all",
        help=_("changes since a time, the last export to --to, or all"),
    )
    export.add_argument("--to", metavar="DESTINATION", help=_("name of the receiving office"))
    export.add_argument("--sign", metavar="P12", help=_("sign with this .p12/.pfx certificate"))
    export.add_argument(
        "--pass-file", metavar="FILE", help=_("read the certificate passphrase from this file")
    )
    add_json_flag(export)
    export.set_defaults(handler=run_export)

    imp = commands.add_parser("import", help=_("verify and import a package"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help=_("only show what would change"))
    add_json_flag(imp)
    imp.set_defaults(handler=run_import)

    conflicts = commands.add_parser("conflicts", help=_("list unresolved exchange conflicts"))
    add_json_flag(conflicts)
    conflicts.set_defaults(handler=run_conflicts)

    resolve = commands.add_parser("resolve", help=_("settle one exchange conflict"))
    resolve.add_argument("id", metavar="ID")
    resolve.add_argument("--keep", required=True, choices=("local", "incoming"))
    resolve.set_defaults(handler=run_resolve)


def _since(value: str | None) -> datetime | str | None:
    if value in (None, "last", "all"):
        return value
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise ValidationError([FieldProblem("--since", _(
            "Give a date and time (ISO, e.g. 2026-01-31T08:00+07:00), \"last\" or \"all\"."),
            value)]) from None  # fmt: skip
    if parsed.tzinfo is None:
        from surplus_assets.domain.deadlines import VIETNAM_TZ

        parsed = parsed.replace(tzinfo=VIETNAM_TZ)
    return parsed


def run_export(args: argparse.Namespace) -> int:
    signer = None
    if args.sign:
        passphrase = read_password(args.pass_file, None, _("Certificate passphrase: "))
        signer = Pkcs12Source(Path(args.sign), passphrase or None)
    services = open_for(args)
    try:
        result = services.exchange.export(Path(args.out), since=_since(args.since),
                                          destination=args.to, signer=signer)  # fmt: skip
        if args.json:
            print_json({**asdict(result), "path": str(result.path)})
        else:
            print(_("Wrote {path}: {assets} assets, {proposals} proposals, {attachments} "
                    "attachments, {events} audit events{signed}.").format(
                path=result.path, assets=result.counts["assets"],
                proposals=result.counts["proposals"], attachments=result.counts["attachments"],
                events=result.counts["audit_events"],
                signed=_(", signed") if result.signed else ""))  # fmt: skip
        return EXIT_OK
    finally:
        services.close()


def _print_conflicts(conflicts: list[ConflictView]) -> None:
    for conflict in conflicts:
        ident = str(conflict.conflict_id)[:8] if conflict.conflict_id else "-"
        print(_("Conflict {id}: {entity} {code} (here version {local}, incoming version "
                "{incoming})").format(id=ident, entity=conflict.entity_type, code=conflict.code,
                                      local=conflict.local_version,
                                      incoming=conflict.incoming_version))  # fmt: skip
        print_table(
            [_("Field"), _("Here"), _("Incoming")],
            [(d.field, d.local, d.incoming) for d in conflict.differences],
        )


def run_import(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        result = services.exchange.import_package(Path(args.file), dry_run=args.dry_run)
        if args.json:
            print_json({"package_id": result.package_id, "applied": result.applied,
                        "signature": asdict(result.signature), "counts": result.counts,
                        "conflicts": [asdict(c) for c in result.unresolved]})  # fmt: skip
            return EXIT_OK
        print(result.signature.describe())
        if not result.applied and not args.dry_run:
            print(_("This package was already imported; nothing changed."))
            return EXIT_OK
        print_table([_("Records"), _("New"), _("Updated"), _("Identical"), _("Kept here"),
                     _("Conflicts")],
                    [(entity, c.get("new", 0), c.get("updated", 0), c.get("identical", 0),
                      c.get("kept_local", 0), c.get("conflict", 0))
                     for entity, c in result.counts.items()])  # fmt: skip
        _print_conflicts(result.unresolved)
        if result.unresolved and not args.dry_run:
            print(_("{count} conflicts were kept unresolved; settle them with "
                    "`exchange resolve ID --keep local|incoming`.").format(
                        count=len(result.unresolved)))  # fmt: skip
        return EXIT_OK
    finally:
        services.close()


def run_conflicts(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        conflicts = services.exchange.conflicts()
        if args.json:
            print_json([asdict(c) for c in conflicts])
        elif not conflicts:
            print(_("No unresolved exchange conflicts."))
        else:
            _print_conflicts(conflicts)
        return EXIT_OK
    finally:
        services.close()


def run_resolve(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        services.exchange.resolve(args.id, args.keep)
        print(_("Conflict settled."))
        return EXIT_OK
    finally:
        services.close()
