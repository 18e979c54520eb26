"""`verify FILE [--trust CA.pem] [--json] [--compare]`: check the signatures of a PDF offline.

For each signature: signer, time, whether the document was changed after signing, whether
the certificate chains to a trusted root (only checked with --trust), and what could not be
checked offline. Then what the report covers; with --compare (which opens the database and
signs in), which of those records changed since the report was generated.
Exit code 0 only when every signature is intact; 1 otherwise (also for an unsigned file).
Works without a database unless --compare is given, so a reviewer can check a file alone.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from surplus_assets.cli.common import EXIT_OK, EXIT_REFUSED, add_json_flag, open_for, print_json
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _

if TYPE_CHECKING:
    from surplus_assets.reports.data import CoveredChange
    from surplus_assets.reports.verify import ReportVerification, SignatureCheck


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("verify", help=_("check the signatures of a signed PDF"))
    parser.add_argument("file", help=_("the PDF to check"))
    parser.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CA.pem",
        help=_("trusted root certificate (repeatable)"),
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help=_("compare the records the report covers with the database"),
    )
    add_json_flag(parser)
    parser.set_defaults(handler=run_verify)


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def _print_signature(index: int, check: SignatureCheck) -> None:
    from surplus_assets.reports.formatting import format_datetime

    print(
        _("Signature {index} ({field}): {name}").format(
            index=index, field=check.field_name, name=check.signer_name or check.subject
        )
    )
    if check.organisation:
        print("  " + _("Organisation: {org}").format(org=check.organisation))
    when = format_datetime(check.signing_time) if check.signing_time else _("not stated")
    print("  " + _("Signed at: {time} (Viet Nam time)").format(time=when))
    if check.timestamp_time:
        print("  " + _("Timestamp: {time}").format(time=format_datetime(check.timestamp_time)))
    print(
        "  "
        + _("Signed content unchanged: {answer}").format(
            answer=_yes_no(check.intact and check.valid)
        )
    )
    if check.later_changes_allowed:
        later = (
            _("none")
            if check.later_changes == "none"
            else _("only later signatures or form fields")
        )
    else:
        later = _("the document was CHANGED after this signature")
    print("  " + _("Changes after signing: {what}").format(what=later))
    if check.trusted is None:
        trust = _("not checked (give --trust CA.pem)")
    elif check.trusted:
        trust = _("yes")
    else:
        trust = _("no ({problem})").format(problem=check.trust_problem)
    print("  " + _("Certificate chains to a trusted root: {answer}").format(answer=trust))
    if check.reason:
        print("  " + _("Reason: {reason}").format(reason=check.reason))
    for item in check.not_checked:
        print("  " + _("Not checked offline: {what}").format(what=item))


def _print_report(verification: ReportVerification, changes: list[CoveredChange] | None) -> None:
    data = verification.data
    if data is None:
        print(_("The PDF carries no report data of this application."))
        return
    counts: dict[str, int] = {}
    for record in data.covered:
        counts[record.entity] = counts.get(record.entity, 0) + 1
    print(
        _("Report: {title} (number {number}, generated {time} UTC)").format(
            title=data.title, number=data.number, time=f"{data.generated_at:%d/%m/%Y %H:%M}"
        )
    )
    print(
        _("Covers {assets} asset(s) and {proposals} proposal(s); data checksum {state}.").format(
            assets=counts.get("asset", 0),
            proposals=counts.get("proposal", 0),
            state=_("correct") if verification.data_hash_ok else _("WRONG"),
        )
    )
    for record in data.covered_of("proposal")[:50]:
        print(f"  {record.code}  v{record.version}  {record.state}")
    if changes is None:
        return
    if not changes:
        print(_("No covered record changed since the report was generated."))
    for change in changes:
        now = change.current
        print(
            _(
                "Changed since the report: {code} (version {old} → {new}, "
                "{state_old} → {state_new})"
            ).format(
                code=change.record.code,
                old=change.record.version,
                new=now.version if now else "—",
                state_old=change.record.state,
                state_new=now.state if now else _("deleted"),
            )
        )


def run_verify(args: argparse.Namespace) -> int:
    try:
        pdf = Path(args.file).read_bytes()
    except OSError as error:
        raise ServiceError(
            _("Cannot read {path}: {reason}").format(path=args.file, reason=error.strerror)
        ) from error
    changes: list[CoveredChange] | None = None
    output: dict[str, Any]
    if args.compare:
        services = open_for(args)
        try:
            back = services.reports.read_back(pdf, [Path(p) for p in args.trust])
        finally:
            services.close()
        verification, changes, output = back.verification, back.changes, back.to_dict()
    else:
        from surplus_assets.reports.verify import load_trust_roots, verify_report

        verification = verify_report(pdf, load_trust_roots(Path(p) for p in args.trust))
        output = verification.to_dict()
    result = verification.result
    if args.json:
        print_json(output)
    else:
        if not result.signatures:
            print(_("The file has no signature."))
        for index, check in enumerate(result.signatures, start=1):
            _print_signature(index, check)
        _print_report(verification, changes)
        print(
            _("Result: every signature is intact.")
            if result.all_intact
            else _("Result: NOT every signature is intact.")
        )
    return EXIT_OK if result.all_intact else EXIT_REFUSED
