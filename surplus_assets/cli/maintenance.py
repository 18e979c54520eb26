"""`backup`, `restore FILE`, `check`: keeping the data safe.

    surplus-assets-cli backup [--out FILE] [--encrypt [--passphrase-file FILE]]
    surplus-assets-cli restore FILE [--passphrase-file FILE]
    surplus-assets-cli check [--full] [--json]

Exit codes: 0 done / no problem found, 1 refused / problems found. Restoring needs the
"back up and restore" permission when the current database opens and has accounts; when it is
too damaged to open, restoring is allowed without signing in (whoever can replace the file
could do so anyway), so that a damaged database can always be recovered.
Passphrases come from --passphrase-file (first line), else SURPLUS_ASSETS_PASSPHRASE, else a
prompt; they are never stored or logged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from surplus_assets.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_json_flag,
    open_for,
    print_json,
    read_password,
)
from surplus_assets.db.file_check import DatabaseDamagedError
from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _
from surplus_assets.services.context import SYSTEM_ACTOR, Actor

PASSPHRASE_ENV = "SURPLUS_ASSETS_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", help=_("back up the database and attachments"))
    backup.add_argument("--out", metavar="FILE", help=_("where to write the backup file "
                        "(default: the backup folder)"))  # fmt: skip
    backup.add_argument("--encrypt", action="store_true",
                        help=_("encrypt the backup with a passphrase"))  # fmt: skip
    _passphrase_option(backup)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help=_("check a backup file, keep the current database, then restore")
    )
    restore.add_argument("file", metavar="FILE", help=_("the backup file"))
    _passphrase_option(restore)
    restore.set_defaults(handler=run_restore)

    check = subparsers.add_parser(
        "check", help=_("check the database, attachments and audit trail for damage")
    )
    check.add_argument("--full", action="store_true", help=_(
        "also check every index and the hash of every attachment (slower)"))  # fmt: skip
    add_json_flag(check)
    check.set_defaults(handler=run_check)


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE", help=_(
        "read the passphrase from the first line of this file (else "
        "SURPLUS_ASSETS_PASSPHRASE, else a prompt)"))  # fmt: skip


def _passphrase(args: argparse.Namespace) -> str:
    return read_password(args.passphrase_file, PASSPHRASE_ENV, _("Passphrase: "))


def run_backup(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        passphrase = _passphrase(args) if args.encrypt else None
        path = services.backup.create(Path(args.out) if args.out else None, passphrase=passphrase)
        print(_("Backup written: {path}").format(path=path))
        return EXIT_OK
    finally:
        services.close()


def run_restore(args: argparse.Namespace) -> int:
    from surplus_assets.crypto_envelope import file_is_encrypted
    from surplus_assets.services.restore import restore_database

    source = Path(args.file)
    if not source.is_file():
        raise ServiceError(_("No backup file {path}.").format(path=source))
    actor = _restore_actor(args)
    passphrase = _passphrase(args) if file_is_encrypted(source) else None
    result = restore_database(source, url=args.db, passphrase=passphrase, actor=actor)
    if result.previous_copy is not None:
        print(_("The database as it was is kept in {path}.").format(path=result.previous_copy))
    counts = result.row_counts
    print(_("Restored {database}: {assets} assets, {events} audit events, {files} attachment "
            "files put back.").format(
        database=result.database, assets=counts.get("assets", 0),
        events=counts.get("audit_events", 0), files=result.attachments_restored))  # fmt: skip
    return EXIT_OK


def _restore_actor(args: argparse.Namespace) -> Actor:
    try:
        services = open_for(args)
    except DatabaseDamagedError:
        return SYSTEM_ACTOR  # nothing to sign in to: see the module docstring
    try:
        services.context.require(Permission.MAINTAIN)
        return services.actor
    finally:
        services.close()


def run_check(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        report = services.integrity.check("full" if args.full else "quick")
    finally:
        services.close()
    if args.json:
        print_json({"ok": report.ok, "mode": report.mode, "checked": report.checked,
                    "seconds": round(report.seconds, 3),
                    "problems": [p.to_dict() for p in report.problems],
                    "latest_backup": str(report.latest_backup) if report.latest_backup else None,
                    })  # fmt: skip
    elif report.ok:
        print(_("No problem found ({checked}; {seconds:.1f} s).").format(
            checked=", ".join(report.checked), seconds=report.seconds))  # fmt: skip
    else:
        for problem in report.problems:
            print(_("Problem: {message} What to do: {action}").format(
                message=problem.message, action=problem.action), file=sys.stderr)  # fmt: skip
    return EXIT_OK if report.ok else EXIT_REFUSED
