"""`report inventory | plan | dossier | progress | countersign | import-approval | list`.

    report inventory --out ds.pdf [--kind land ...] [--number 12/BC-STC] [--sign a.p12]
    report plan PA-0001 PA-0002 --out tt.pdf --sign officer.p12 --pass-file pass.txt
    report countersign tt.pdf --out tt-duyet.pdf --sign reviewer.p12 --approve \
        --decision-number 45/QĐ-UBND --decision-date 10/03/2026
    report import-approval tt-duyet.pdf --trust ca.pem
    report list [--json]

Every file written is recorded in the report register. reportlab and pyHanko load only when
a command runs, so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from surplus_assets.cli.common import (
    EXIT_OK,
    add_json_flag,
    open_for,
    print_json,
    print_table,
)
from surplus_assets.cli.signing_options import add_signing_options, sign_options, signer_source
from surplus_assets.domain.asset_kinds import AssetKind, AssetStatus
from surplus_assets.domain.dates import format_date, parse_date
from surplus_assets.domain.handling_forms import HandlingForm
from surplus_assets.errors import FieldProblem, ServiceError, ValidationError
from surplus_assets.i18n import _
from surplus_assets.reports.approval import ApprovalNote
from surplus_assets.reports.formatting import local_time
from surplus_assets.services.catalogue import AssetQuery
from surplus_assets.services.report_requests import (
    DossierRequest,
    InventoryRequest,
    PlanRequest,
    ProgressRequest,
    ReportOptions,
    ReportRequest,
)
from surplus_assets.services.reports import ReportOutcome

KINDS = ("inventory", "plan", "dossier", "progress")


def kind_help(kind: str) -> str:
    """What a report kind is (a function: translated when asked, after --lang is read)."""
    return {
        "inventory": _("inventory of surplus assets"),
        "plan": _("list of assets proposed for handling (form 01/TSC-XLTS)"),
        "dossier": _("dossier of one asset"),
        "progress": _("progress report"),
    }[kind]


def state_label(state: str) -> str:
    return {
        "generated": _("generated"),
        "signed": _("signed"),
        "countersigned": _("countersigned"),
    }.get(state, state)


def _date(value: str | None, field: str) -> Any:
    if not value:
        return None
    try:
        return parse_date(value)
    except ServiceError as error:
        raise ValidationError([FieldProblem(field, error.message, value)]) from error


def _add_header_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(_("document header (default: the settings)"))
    group.add_argument("--number", help=_('document number, e.g. "12/BC-STC"'))
    group.add_argument("--place", help=_("place written before the date"))
    group.add_argument("--date", help=_("document date, dd/mm/yyyy (default: today)"))
    group.add_argument("--signer-name", help=_("name of the person who signs"))
    group.add_argument("--signer-title", help=_('position of the signer, e.g. "PHÓ GIÁM ĐỐC"'))
    group.add_argument("--signer-authority", help=_('signing on behalf, e.g. "KT. GIÁM ĐỐC"'))
    group.add_argument("--summary", help=_("summary line under the document type"))
    group.add_argument(
        "--recipient", action="append", default=[], help=_('a "Nơi nhận" line (repeatable)')
    )


def _add_asset_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(_("which assets (as in `assets list`)"))
    group.add_argument("--search", default="", help=_("words, with or without diacritics"))
    group.add_argument("--kind", action="append", choices=[k.value for k in AssetKind])
    group.add_argument("--status", action="append", choices=[s.value for s in AssetStatus])
    group.add_argument(
        "--form", action="append", choices=[f.value for f in HandlingForm], help=_("handling form")
    )
    group.add_argument("--province", help=_("current province id"))
    group.add_argument("--unit", help=_("current unit id"))
    group.add_argument("--legacy-unit", help=_("former unit id"))


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("report", help=_("signed PDF reports and the report register"))
    commands = parser.add_subparsers(dest="report_command", metavar="COMMAND", required=True)
    for kind in KINDS:
        sub = commands.add_parser(kind, help=kind_help(kind))
        if kind == "plan":
            sub.add_argument(
                "proposals", nargs="+", metavar="PROPOSAL", help=_("proposal codes or ids")
            )
        elif kind == "dossier":
            sub.add_argument("asset", help=_("asset code or id"))
        else:
            _add_asset_filters(sub)
        if kind == "progress":
            sub.add_argument("--as-of", help=_("date of the figures, dd/mm/yyyy (default: today)"))
        sub.add_argument("--out", required=True, metavar="FILE", help=_("PDF file to write"))
        _add_header_options(sub)
        add_signing_options(sub)
        add_json_flag(sub)
        sub.set_defaults(handler=run_generate, report_kind=kind)

    counter = commands.add_parser(
        "countersign", help=_("a reviewer's signature on a signed report")
    )
    counter.add_argument("file", help=_("the signed report (PDF)"))
    counter.add_argument("--out", required=True, metavar="FILE", help=_("PDF file to write"))
    counter.add_argument(
        "--approve",
        action="store_true",
        help=_("the signature approves the proposals of the report"),
    )
    counter.add_argument("--decision-number", help=_("number of the approving decision"))
    counter.add_argument("--decision-date", help=_("date of the decision, dd/mm/yyyy"))
    add_signing_options(counter, required=True)
    add_json_flag(counter)
    counter.set_defaults(handler=run_countersign)

    imp = commands.add_parser(
        "import-approval", help=_("approve the proposals of a report countersigned with approval")
    )
    imp.add_argument("file", help=_("the countersigned report (PDF)"))
    imp.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CA.pem",
        help=_("trusted root certificate (repeatable)"),
    )
    imp.add_argument(
        "--decision-number",
        help=_("number of the approving decision, when the countersignature carries none"),
    )
    imp.add_argument("--decision-date", help=_("date of the decision, dd/mm/yyyy"))
    add_json_flag(imp)
    imp.set_defaults(handler=run_import_approval)

    listing = commands.add_parser("list", help=_("the report register"))
    listing.add_argument("--kind", choices=KINDS)
    listing.add_argument("--limit", type=int, help=_("at most this many, newest first"))
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)


def _options(args: argparse.Namespace) -> ReportOptions:
    return ReportOptions(
        number=args.number,
        place=args.place,
        date=_date(args.date, "date"),
        signer_name=args.signer_name,
        signer_title=args.signer_title,
        signer_authority=args.signer_authority,
        summary=args.summary,
        recipients=tuple(args.recipient),
    )


def _query(args: argparse.Namespace) -> AssetQuery:
    return AssetQuery(
        text=args.search,
        kinds=tuple(args.kind or ()),
        statuses=tuple(args.status or ()),
        handling_forms=tuple(args.form or ()),
        province_id=args.province,
        current_unit_id=args.unit,
        legacy_unit_id=args.legacy_unit,
        sort="code",
    )


def _request(args: argparse.Namespace) -> ReportRequest:
    options = _options(args)
    if args.report_kind == "plan":
        return PlanRequest(tuple(args.proposals), options)
    if args.report_kind == "dossier":
        return DossierRequest(args.asset, options)
    if args.report_kind == "progress":
        return ProgressRequest(_date(args.as_of, "as_of"), _query(args), options)
    return InventoryRequest(_query(args), options)


def _write(path: str, pdf: bytes) -> None:
    """Write through a temporary file, so a failure never leaves half a PDF behind."""
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(pdf)
        tmp.replace(target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ServiceError(
            _("Cannot write {path}: {reason}").format(path=path, reason=error.strerror)
        ) from error


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise ServiceError(
            _("Cannot read {path}: {reason}").format(path=path, reason=error.strerror)
        ) from error


def _print_outcome(args: argparse.Namespace, outcome: ReportOutcome) -> None:
    if args.json:
        print_json({"file": args.out, **outcome.entry.as_json(), "report": outcome.data.payload()})
        return
    entry = outcome.entry
    print(
        _("Wrote {path}: {title}, {pages} page(s).").format(
            path=args.out, title=entry.title, pages=entry.pages or "?"
        )
    )
    if entry.signer_name:
        print(_("Signed by {name}.").format(name=entry.signer_name))
    print(_("Recorded in the report register (SHA-256 {digest}).").format(digest=entry.sha256))


def run_generate(args: argparse.Namespace) -> int:
    request = _request(args)
    source = signer_source(args)  # asks for the passphrase before the long work
    services = open_for(args)
    try:
        outcome = services.reports.generate(
            request,
            signer=source,
            sign_options=sign_options(args) if source else None,
            file_name=Path(args.out).name,
        )
        _write(args.out, outcome.pdf)
        _print_outcome(args, outcome)
        return EXIT_OK
    finally:
        services.close()


def run_countersign(args: argparse.Namespace) -> int:
    pdf = _read(args.file)
    if (args.decision_number or args.decision_date) and not args.approve:
        raise ValidationError(
            [FieldProblem("approve", _("A decision number or date goes with --approve."))]
        )
    approval = (
        ApprovalNote(args.decision_number, _date(args.decision_date, "decision_date"))
        if args.approve
        else None
    )
    source = signer_source(args)
    assert source is not None  # signing_required
    services = open_for(args)
    try:
        outcome = services.reports.countersign(
            pdf,
            source,
            approval=approval,
            options=sign_options(args),
            file_name=Path(args.out).name,
        )
        _write(args.out, outcome.pdf)
        _print_outcome(args, outcome)
        return EXIT_OK
    finally:
        services.close()


def run_import_approval(args: argparse.Namespace) -> int:
    pdf = _read(args.file)
    services = open_for(args)
    try:
        done = services.reports.import_approval(
            pdf,
            trust_roots=[Path(p) for p in args.trust],
            decision_number=args.decision_number,
            decision_date=_date(args.decision_date, "decision_date"),
            file_name=Path(args.file).name,
        )
        if args.json:
            print_json(
                {
                    "approved": [
                        {"id": p.id, "code": p.code, "state": p.state, "version": p.version}
                        for p in done.proposals
                    ],
                    "decision_number": done.decision_number,
                    "decision_date": done.decision_date,
                    "decision_signer": done.decision_signer,
                    "trusted": done.trusted,
                    "register_id": done.entry.id,
                }
            )
            return EXIT_OK
        print(
            _("Approved {count} proposal(s): {codes}.").format(
                count=len(done.proposals), codes=", ".join(p.code for p in done.proposals)
            )
        )
        print(
            _("Decision {number} of {date}, signed by {signer}.").format(
                number=done.decision_number,
                date=format_date(done.decision_date),
                signer=done.decision_signer,
            )
        )
        if done.trusted is None:
            print(
                _(
                    "Warning: the certificate was not checked against a trusted root; give "
                    "--trust CA.pem to check it."
                ),
                file=sys.stderr,
            )
        return EXIT_OK
    finally:
        services.close()


def run_list(args: argparse.Namespace) -> int:
    services = open_for(args)
    try:
        entries = services.reports.register(kind=args.kind, limit=args.limit)
        if args.json:
            print_json([e.as_json() for e in entries])
            return EXIT_OK
        print_table(
            [_("Time"), _("Number"), _("Kind"), _("State"), _("Signer"), _("Pages"), _("SHA-256")],
            [
                (
                    f"{local_time(e.created_at):%d/%m/%Y %H:%M}",
                    e.number or "",
                    e.kind,
                    state_label(e.state),
                    e.signer_name or "",
                    e.pages or "",
                    e.sha256[:16],
                )
                for e in entries
            ],
        )
        return EXIT_OK
    finally:
        services.close()
