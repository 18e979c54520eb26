"""`proposals list | show | create | edit | submit | approve | reject | return | revise |
start | complete | cancel`: handling proposals and their workflow from the command line.

Workflow commands act on the proposal's current version (read just before), so they are
refused only when the workflow or the caller's role does not allow the step.
"""

from __future__ import annotations

import argparse
from typing import Any

from surplus_assets.cli.common import EXIT_OK, add_json_flag, open_for, print_json, print_table
from surplus_assets.domain.dates import format_date
from surplus_assets.domain.handling_forms import (
    HandlingForm,
    SaleMethod,
    TargetUse,
    form_label,
    sale_method_label,
    target_use_label,
)
from surplus_assets.domain.numbers import format_money
from surplus_assets.domain.proposal_workflow import ProposalAction, ProposalState, state_label
from surplus_assets.i18n import N_, _
from surplus_assets.services.proposal_views import ProposalQuery, ProposalRecord

# Help texts are marked here and translated when the parser is built, after --lang is read.
EDIT_OPTIONS = (
    ("--title", "title", N_("title (default: the form and the asset)")),
    ("--target-use", "target_use", N_("new use, for a change of use")),
    ("--recipient-unit", "recipient_unit_id", N_("unit id receiving the assets")),
    ("--recipient", "recipient_name", N_("body receiving the assets (transfer, handover)")),
    ("--sale-method", "sale_method", N_("auction (default), posted, direct or demolition")),
    ("--justification", "justification", N_("reason and legal basis")),
    ("--estimated-value", "estimated_value", N_("estimated value or proceeds, VND")),
    ("--officer", "responsible_officer", N_("user name of the responsible officer")),
    ("--target-date", "target_date", N_("target date, dd/mm/yyyy")),
)
WORKFLOW = (
    (ProposalAction.SUBMIT, N_("submit a draft for decision")),
    (ProposalAction.REJECT, N_("reject a submitted proposal (comment required)")),
    (ProposalAction.RETURN, N_("return a submitted proposal for revision (comment required)")),
    (ProposalAction.REVISE, N_("take a returned proposal back to draft to revise it")),
    (ProposalAction.START, N_("start handling an approved proposal")),
    (ProposalAction.COMPLETE, N_("record that handling is complete")),
    (ProposalAction.CANCEL, N_("cancel a draft or returned proposal (comment required)")),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("proposals", help=_("handling proposals"))
    commands = parser.add_subparsers(dest="proposals_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help=_("list proposals"))
    listing.add_argument("--search", default="", help=_("code, title or decision number"))
    listing.add_argument("--state", action="append", choices=[s.value for s in ProposalState])
    listing.add_argument("--form", action="append", choices=[f.value for f in HandlingForm])
    listing.add_argument("--province", help=_("province id"))
    listing.add_argument("--commune", help=_("current commune id of an asset"))
    listing.add_argument("--overdue", action="store_true", help=_("only overdue proposals"))
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help=_("one proposal with its assets and history"))
    show.add_argument("proposal", help=_("proposal code or id"))
    add_json_flag(show)
    show.set_defaults(handler=run_show)

    create = commands.add_parser("create", help=_("draft a proposal for one or more assets"))
    create.add_argument("--form", required=True, choices=[f.value for f in HandlingForm])
    create.add_argument(
        "--asset",
        action="append",
        required=True,
        metavar="CODE",
        help=_("an asset code (repeat for several)"),
    )
    _edit_options(create)
    add_json_flag(create)
    create.set_defaults(handler=run_create)

    edit = commands.add_parser("edit", help=_("change a draft proposal"))
    edit.add_argument("proposal")
    edit.add_argument("--form", choices=[f.value for f in HandlingForm])
    edit.add_argument(
        "--asset",
        action="append",
        metavar="CODE",
        help=_("replace the assets (repeat for several)"),
    )
    _edit_options(edit)
    add_json_flag(edit)
    edit.set_defaults(handler=run_edit)

    approve = commands.add_parser("approve", help=_("approve a submitted proposal"))
    approve.add_argument("proposal")
    approve.add_argument("--decision-number", required=True, help=_('e.g. "123/QĐ-UBND"'))
    approve.add_argument("--decision-date", help=_("dd/mm/yyyy (default: today)"))
    approve.add_argument("--signer", required=True, help=_("who signed the decision"))
    approve.add_argument("--comment")
    add_json_flag(approve)
    approve.set_defaults(handler=run_step, action=ProposalAction.APPROVE)

    for action, help_text in WORKFLOW:
        step = commands.add_parser(action.value, help=_(help_text))
        step.add_argument("proposal")
        step.add_argument("--comment")
        add_json_flag(step)
        step.set_defaults(handler=run_step, action=action)


def _edit_options(parser: argparse.ArgumentParser) -> None:
    for flag, dest, help_text in EDIT_OPTIONS:
        choices = {
            "target_use": [u.value for u in TargetUse],
            "sale_method": [m.value for m in SaleMethod],
        }.get(dest)
        parser.add_argument(flag, dest=dest, help=_(help_text), choices=choices)


def _raw(args: argparse.Namespace) -> dict[str, Any]:
    raw: dict[str, Any] = {
        dest: getattr(args, dest)
        for _flag, dest, _help in EDIT_OPTIONS
        if getattr(args, dest) is not None
    }
    if args.form is not None:
        raw["form"] = args.form
    if args.asset:
        raw["assets"] = args.asset
    return raw


def run_list(args: argparse.Namespace) -> int:
    query = ProposalQuery(
        text=args.search,
        states=tuple(args.state or ()),
        forms=tuple(args.form or ()),
        province_id=args.province,
        commune_id=args.commune,
        overdue_only=args.overdue,
    )
    services = open_for(args)
    try:
        rows = services.proposals.list_rows(query)
        if args.json:
            print_json([row.as_json() for row in rows])
            return EXIT_OK
        print_table(
            [_("Code"), _("Title"), _("Form"), _("State"), _("Assets"), _("Due"), _("Overdue")],
            [
                (
                    r.code,
                    r.title,
                    form_label(r.form),
                    state_label(r.state),
                    r.asset_count,
                    format_date(r.deadline.due) if r.deadline else "",
                    _("OVERDUE") if r.overdue else "",
                )
                for r in rows
            ],
        )
        return EXIT_OK
    finally:
        services.close()


def run_show(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        record = services.proposals.get(args.proposal)
        history = services.proposals.history(record.id)
        if args.json:
            print_json({**record.as_json(), "history": [h.__dict__ for h in history]})
            return EXIT_OK
        print_record(record, services.units.label)
        print(_("History:"))
        for entry in history:
            comment = f" — {entry.comment}" if entry.comment else ""
            print(
                f"  {entry.occurred_at:%d/%m/%Y %H:%M} UTC  {entry.actor_name}  "
                f"{entry.action}{comment}"
            )
        return EXIT_OK
    finally:
        services.close()


def print_record(record: ProposalRecord, unit_label: Any) -> None:
    values = record.values
    print(f"{record.code} — {values['title']}")
    print("  " + _("State: {state}").format(state=state_label(record.state)))
    print("  " + _("Form: {form}").format(form=form_label(record.form)))
    if values.get("target_use"):
        print("  " + _("New use: {use}").format(use=target_use_label(values["target_use"])))
    if values.get("sale_method"):
        print(
            "  "
            + _("Sale method: {method}").format(method=sale_method_label(values["sale_method"]))
        )
    recipient = values.get("recipient_name") or (
        unit_label(values["recipient_unit_id"]) if values.get("recipient_unit_id") else None
    )
    if recipient:
        print("  " + _("Recipient: {name}").format(name=recipient))
    if values.get("estimated_value") is not None:
        print(
            "  "
            + _("Estimated value: {value}").format(value=format_money(values["estimated_value"]))
        )
    if values.get("responsible_officer"):
        print("  " + _("Responsible officer: {name}").format(name=values["responsible_officer"]))
    if record.decision_number:
        print(
            "  "
            + _("Decision {number} of {date}, signed by {signer}").format(
                number=record.decision_number,
                date=format_date(record.decision_date),
                signer=record.decision_signer,
            )
        )
    if record.deadline:
        flag = " — " + _("OVERDUE") if record.overdue else ""
        print(
            "  "
            + _("Due: {date} ({reason}){flag}").format(
                date=format_date(record.deadline.due), reason=record.deadline.reason, flag=flag
            )
        )
    print("  " + _("Assets:"))
    for asset in record.assets:
        print(f"    {asset.code}  {asset.name}  ({format_money(asset.remaining_value)})")


def run_create(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        record = services.proposals.create(_raw(args))
        _report(args, record, _("Drafted {code}: {title}"))
        return EXIT_OK
    finally:
        services.close()


def run_edit(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        current = services.proposals.get(args.proposal)
        record = services.proposals.update(current.id, _raw(args), expected_version=current.version)
        _report(args, record, _("Saved {code}: {title}"))
        return EXIT_OK
    finally:
        services.close()


def run_step(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        current = services.proposals.get(args.proposal)
        decision = None
        if args.action == ProposalAction.APPROVE:
            decision = {
                "number": args.decision_number,
                "date": args.decision_date,
                "signer": args.signer,
            }
        record = services.proposals.transition(
            current.id,
            args.action,
            expected_version=current.version,
            comment=args.comment,
            decision=decision,
        )
        _report(args, record, _("{code} is now: {state}"))
        return EXIT_OK
    finally:
        services.close()


def _report(args: argparse.Namespace, record: ProposalRecord, message: str) -> None:
    if args.json:
        print_json(record.as_json())
    else:
        print(
            message.format(
                code=record.code,
                title=record.values["title"],
                state=state_label(record.state).lower(),
            )
        )
