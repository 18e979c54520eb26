"""`audit verify | log`: check the hash chains of the audit trail, read recent events.

`audit verify` exits 1 and names the first altered, missing or out-of-place event of each
installation's chain when the trail has been tampered with, and the newest events of this
computer's chain when they are gone (compared with its audit anchor, services/audit_anchor).
"""

from __future__ import annotations

import argparse
import sys

from surplus_assets.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_json_flag,
    open_for,
    print_json,
    print_table,
)
from surplus_assets.domain.deadlines import VIETNAM_TZ
from surplus_assets.i18n import _


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("audit", help=_("the audit trail"))
    commands = parser.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)

    verify = commands.add_parser(
        "verify", help=_("check that no audit event was changed or removed")
    )
    add_json_flag(verify)
    verify.set_defaults(handler=run_verify)

    accept = commands.add_parser(
        "accept-end",
        help=_(
            "after restoring the database by hand: take the end of this computer's audit "
            "chain as it is now"
        ),
    )
    accept.set_defaults(handler=run_accept_end)

    log = commands.add_parser("log", help=_("the most recent audit events"))
    log.add_argument("--limit", type=int, default=50, metavar="N")
    add_json_flag(log)
    log.set_defaults(handler=run_log)


def run_verify(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        report = services.audit.verify()
        if args.json:
            print_json(
                {
                    "ok": report.ok,
                    "events_checked": report.events_checked,
                    "chains": report.chains,
                    "findings": [
                        {
                            "origin_id": f.origin_id,
                            "row_id": f.row_id,
                            "origin_seq": f.origin_seq,
                            "kind": f.kind,
                            "message": f.message,
                            "action": f.action,
                        }
                        for f in report.findings
                    ],
                    "newest_event_check": report.anchor.state if report.anchor else "none",
                    "newest_event_note": report.anchor_note,
                }
            )
        elif report.ok:
            print(
                _("Audit trail intact: {events} events in {chains} chains checked.").format(
                    events=report.events_checked, chains=report.chains
                )
            )
            print(report.anchor_note)
        else:
            for finding in report.findings:
                print(
                    _("Tampering detected: {message}").format(message=finding.message),
                    file=sys.stderr,
                )
                if finding.action:
                    print(finding.action, file=sys.stderr)
            if report.anchor_note:
                print(report.anchor_note, file=sys.stderr)
        return EXIT_OK if report.ok else EXIT_REFUSED
    finally:
        services.close()


def run_accept_end(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        seq = services.audit.accept_current_end()
        print(_("This computer now checks its audit chain up to event {seq}.").format(seq=seq))
        return EXIT_OK
    finally:
        services.close()


def run_log(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        entries = services.audit.recent(args.limit)
        if args.json:
            print_json([e.__dict__ for e in entries])
            return EXIT_OK
        print_table(
            [_("Row"), _("When"), _("Who"), _("Action"), _("Record"), _("Comment")],
            [
                (
                    e.row_id,
                    f"{e.occurred_at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}",
                    e.actor_name,
                    e.action,
                    f"{e.entity_type} {e.entity_code or e.entity_id}",
                    e.comment or "",
                )
                for e in entries
            ],
        )
        return EXIT_OK
    finally:
        services.close()
