"""The round trip: a plan report countersigned by a reviewer with approval comes back, and
the proposals it covers are approved, with the reviewer's name from the certificate.

Checked before anything is written, each failure a clear refusal:
1. the PDF carries this application's report data, its hash matches, and every signature
   is intact with no change after it other than later signatures;
2. a countersignature (a signature after the first) carries the approval (reports.approval);
   with trust roots given, its certificate must chain to one of them;
3. the report covers at least one proposal, and no covered proposal or asset changed since
   the report was generated (version and state as the report recorded them);
4. the decision number is known (from the countersignature or the caller) and the two agree.
Then every proposal goes through ProposalService.approve (which enforces the signed-in
user's permission and the workflow) inside one transaction with the register entry: all the
proposals are approved or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from surplus_assets.domain.permissions import Permission
from surplus_assets.domain.proposal_workflow import state_label
from surplus_assets.errors import FieldProblem, ServiceError, ValidationError
from surplus_assets.i18n import _
from surplus_assets.reports.approval import ApprovalNote, parse_approval
from surplus_assets.reports.data import CoveredChange
from surplus_assets.services.proposal_views import ProposalRecord

if TYPE_CHECKING:
    from surplus_assets.reports.verify import SignatureCheck
    from surplus_assets.services.proposals import ProposalService
    from surplus_assets.services.report_register import RegisterEntry
    from surplus_assets.services.reports import ReportService


class ApprovalRefused(ServiceError):  # noqa: N818 (reads as what happened)
    """The report cannot approve its proposals; nothing was written."""


@dataclass(frozen=True)
class ApprovalImport:
    proposals: list[ProposalRecord]
    decision_number: str
    decision_date: date
    decision_signer: str
    trusted: bool | None  # None: no trust roots given, the certificate chain was not checked
    entry: RegisterEntry


def _describe(change: CoveredChange) -> str:
    record, now = change.record, change.current
    if now is None:
        return _("{code} no longer exists").format(code=record.code)
    if record.entity == "proposal" and now.state != record.state:
        return _("{code} is now {state} (it was {old} in the report)").format(
            code=record.code, state=state_label(now.state).lower(),
            old=state_label(record.state).lower())  # fmt: skip
    return _("{code} was changed (version {old} in the report, {new} now)").format(
        code=record.code, old=record.version, new=now.version
    )


def _approving_countersignature(signatures: Sequence[SignatureCheck]) -> SignatureCheck:
    for check in reversed(signatures[1:]):
        if parse_approval(check.reason) is not None:
            return check
    raise ApprovalRefused(
        _(
            "The report has no reviewer's countersignature approving it: it has {count} "
            "signature(s), and none after the first says it approves the proposals. Ask the "
            "reviewer to countersign with approval."
        ).format(count=len(signatures))
    )


def _decision(
    note: ApprovalNote, number: str | None, day: date | None, signed: SignatureCheck
) -> tuple[str, date]:
    given = (number or "").strip()
    carried = (note.decision_number or "").strip()
    if given and carried and given != carried:
        raise ApprovalRefused(
            _(
                "The countersignature carries decision number {carried}, but {given} was "
                "given: leave the number out to use the signed one."
            ).format(carried=carried, given=given)
        )
    if note.decision_date and day and note.decision_date != day:
        raise ApprovalRefused(
            _(
                "The countersignature carries decision date {carried:%d/%m/%Y}, but "
                "{given:%d/%m/%Y} was given: leave the date out to use the signed one."
            ).format(carried=note.decision_date, given=day)
        )
    decision_number = carried or given
    if not decision_number:
        raise ValidationError(
            [
                FieldProblem(
                    "decision_number",
                    _(
                        "The countersignature carries no decision number: give the number "
                        "of the approving decision (e.g. 45/QĐ-UBND)."
                    ),
                )
            ]
        )
    signed_day = signed.signing_time.date() if signed.signing_time else None
    decision_date = note.decision_date or day or signed_day
    if decision_date is None:
        raise ValidationError(
            [FieldProblem("decision_date", _("Give the date of the approving decision."))]
        )
    return decision_number, decision_date


def import_approval(
    reports: ReportService,
    proposals: ProposalService,
    pdf: bytes,
    *,
    trust_roots: Sequence[Path] = (),
    decision_number: str | None = None,
    decision_date: date | None = None,
    file_name: str | None = None,
) -> ApprovalImport:
    reports.context.require(Permission.DECIDE_PROPOSALS)
    back = reports.read_back(pdf, trust_roots)
    verification, result = back.verification, back.verification.result
    if not result.signatures:
        raise ApprovalRefused(_("The report is not signed: there is nothing to import."))
    data = verification.data
    if data is None:
        raise ApprovalRefused(
            _("This PDF carries no report data: it was not produced by this application.")
        )
    broken = [s for s in result.signatures if not s.ok]
    if broken:
        names = ", ".join(s.signer_name or s.field_name for s in broken)
        raise ApprovalRefused(
            _(
                "The report was changed after it was signed (signature of {names} no longer "
                "valid): nothing was approved. Ask for the original signed file."
            ).format(names=names)
        )
    if not verification.data_hash_ok:
        raise ApprovalRefused(_("The report data inside the PDF does not match its checksum."))
    countersignature = _approving_countersignature(result.signatures)
    if result.trust_checked and countersignature.trusted is not True:
        raise ApprovalRefused(
            _(
                "The certificate of {name} does not chain to a trusted root ({problem}): "
                "nothing was approved."
            ).format(
                name=countersignature.signer_name,
                problem=countersignature.trust_problem or "UNTRUSTED",
            )
        )
    covered = data.covered_of("proposal")
    if not covered:
        raise ApprovalRefused(_("This report covers no proposal: there is nothing to approve."))
    if back.changes:
        raise ApprovalRefused(
            _(
                "Records changed after the report was generated, so its approval no longer "
                "applies and nothing was approved: {changes}. Generate a new report and have "
                "it signed again."
            ).format(changes="; ".join(_describe(c) for c in back.changes))
        )
    note = parse_approval(countersignature.reason) or ApprovalNote()
    number, day = _decision(note, decision_number, decision_date, countersignature)
    signer = countersignature.signer_name
    with reports.context.db.write():  # one transaction: every proposal approved, or none
        approved = [
            proposals.approve(
                record.id,
                expected_version=record.version,
                decision_number=number,
                decision_date=day,
                decision_signer=signer,
                comment=_("Approved by the countersigned report {number}.").format(
                    number=data.number or data.report_id
                ),
            )
            for record in covered
        ]
        entry = reports.register_import(pdf, data, countersignature, file_name)
    return ApprovalImport(approved, number, day, signer, countersignature.trusted, entry)
