"""Reports as the application makes them: input from the database, header from settings and
the report dialog, optional signing, and the report register.

    reports = services.reports
    out = reports.generate(PlanRequest(("PA-0001",), ReportOptions(number="12/TTr-STC")),
                           signer=Pkcs12Source(path, passphrase))    # ReportOutcome(pdf, ...)
    reviewer.reports.countersign(out.pdf, source, approval=ApprovalNote("45/QĐ-UBND", day))
    reviewer.reports.import_approval(pdf, trust_roots=[ca_pem])      # approves the proposals
    reports.register()                                                # the Reports page list

Work runs in the caller's thread (the GUI calls from a worker with its Progress). Every PDF
this service produces is recorded in the register (ReportRecord) with an audit event in the
same transaction. reportlab and pyHanko are imported only inside the calls that need them.
The round-trip import (services.report_approval) approves proposals only when every
signature is intact, a reviewer's countersignature carries the approval, and no covered
record changed since the report was generated.

What a report is asked for (requests, options, the document header) is in
report_requests.py; the register's lines, and how one is added, in report_register.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from surplus_assets.db.models import ReportRecord
from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _
from surplus_assets.progress import NO_PROGRESS, Progress
from surplus_assets.reports.approval import ApprovalNote
from surplus_assets.reports.data import CoveredChange, ReportData, changed_since
from surplus_assets.services.audit import AuditRecorder
from surplus_assets.services.catalogue import CatalogueService
from surplus_assets.services.context import ServiceContext
from surplus_assets.services.report_inputs import ReportInputs
from surplus_assets.services.report_register import (
    RegisterEntry,
    add_to_register,
    pdf_sha256,
    register_entry,
)
from surplus_assets.services.report_requests import (
    DossierRequest,
    InventoryRequest,
    PlanRequest,
    ReportRequest,
    document_header,
)
from surplus_assets.services.settings import SettingsService
from surplus_assets.services.units import UnitRegistry

if TYPE_CHECKING:
    from surplus_assets.reports.signing import SignerSource, SignOptions
    from surplus_assets.reports.verify import ReportVerification, SignatureCheck
    from surplus_assets.services.proposals import ProposalService
    from surplus_assets.services.report_approval import ApprovalImport


@dataclass(frozen=True)
class ReportOutcome:
    pdf: bytes
    data: ReportData
    entry: RegisterEntry


@dataclass(frozen=True)
class ReadBack:
    """A verified report, what it covers, and what changed in the database since."""

    verification: ReportVerification
    changes: list[CoveredChange]

    def to_dict(self) -> dict[str, Any]:
        out = self.verification.to_dict()
        out["changed_since"] = [
            {
                "entity": c.record.entity,
                "code": c.record.code,
                "id": c.record.id,
                "version_in_report": c.record.version,
                "state_in_report": c.record.state,
                "version_now": c.current.version if c.current else None,
                "state_now": c.current.state if c.current else None,
            }
            for c in self.changes
        ]
        return out


class ReportService:
    def __init__(
        self,
        context: ServiceContext,
        units: UnitRegistry,
        catalogue: CatalogueService,
        proposals: ProposalService,
    ) -> None:
        self.context = context
        self.proposals = proposals
        self.inputs = ReportInputs(context, units, catalogue)
        self.settings = SettingsService(context)
        self.audit = AuditRecorder(context)

    # ---- generating and signing -----------------------------------------------------------

    def render(self, request: ReportRequest, progress: Progress = NO_PROGRESS) -> tuple[
        bytes, ReportData
    ]:  # fmt: skip
        """Build the PDF of `request` (not recorded: generate() records it)."""
        self.context.require(Permission.VIEW)
        progress.report(0, 0, _("Reading the data of the report"))
        if isinstance(request, InventoryRequest):
            from surplus_assets.reports.inventory import build_inventory_report

            assets = self.inputs.inventory(request.query, progress)
            header = document_header("inventory", request.options, self.settings.all())
            progress.check_cancelled()
            progress.report(0, 0, _("Drawing the report"))
            rendered = build_inventory_report(assets, header)
        elif isinstance(request, PlanRequest):
            from surplus_assets.reports.plan import build_plan_report

            if not request.proposals:
                raise ServiceError(_("Choose at least one proposal for the plan report."))
            proposals = self.inputs.plan(request.proposals)
            progress.report(0, 0, _("Drawing the report"))
            header = document_header("plan", request.options, self.settings.all())
            rendered = build_plan_report(proposals, header)
        elif isinstance(request, DossierRequest):
            from surplus_assets.reports.dossier import build_dossier_report

            dossier = self.inputs.dossier(request.asset)
            header = document_header(
                "dossier", request.options, self.settings.all(), code=dossier.asset.code
            )
            progress.report(0, 0, _("Drawing the report"))
            rendered = build_dossier_report(dossier, header)
        else:
            from surplus_assets.reports.progress import build_progress_report

            data = self.inputs.progress(request.as_of, request.query, progress)
            header = document_header("progress", request.options, self.settings.all())
            progress.check_cancelled()
            progress.report(0, 0, _("Drawing the report"))
            rendered = build_progress_report(data, header)
        progress.check_cancelled()
        return rendered.pdf, rendered.data

    def generate(
        self,
        request: ReportRequest,
        *,
        signer: SignerSource | None = None,
        sign_options: SignOptions | None = None,
        file_name: str | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> ReportOutcome:
        """Render `request`, sign it when `signer` is given, and record it in the register."""
        if signer is not None:
            self.context.require(Permission.SIGN_REPORTS)  # before the work, not after
        pdf, data = self.render(request, progress)
        if signer is None:
            entry = add_to_register(self.context, self.audit, pdf, data, "generated", file_name)
            return ReportOutcome(pdf, data, entry)
        progress.report(0, 0, _("Signing the report"))
        return self.sign(pdf, signer, sign_options, file_name=file_name)

    def sign(
        self,
        pdf: bytes,
        signer: SignerSource,
        options: SignOptions | None = None,
        *,
        file_name: str | None = None,
        approval: ApprovalNote | None = None,
    ) -> ReportOutcome:
        """Add a signature to a report of this application (a countersignature when it is
        signed already, refused if an existing signature is broken) and record the result.
        `approval` writes the reviewer's approval into the signature (reports.approval)."""
        from surplus_assets.reports.signing import SignOptions, sign_pdf
        from surplus_assets.reports.verify import verify_report

        self.context.require(Permission.SIGN_REPORTS)
        before = verify_report(pdf)
        if before.data is None:
            raise ServiceError(
                _("This PDF carries no report data: it was not produced by this application.")
            )
        broken = [s for s in before.result.signatures if not s.ok]
        if broken:
            raise ServiceError(
                _(
                    "The signature of {name} is no longer valid: the file was changed after "
                    "signing. Do not sign it; ask for the original file."
                ).format(name=broken[0].signer_name or broken[0].field_name)
            )
        options = options or SignOptions()
        if approval is not None:
            options = replace(options, reason=approval.reason(), role="reviewer")
        signed = sign_pdf(pdf, signer, options)
        last = verify_report(signed).result.signatures[-1]
        state = "countersigned" if before.result.signatures else "signed"
        entry = add_to_register(
            self.context, self.audit, signed, before.data, state, file_name, last
        )
        return ReportOutcome(signed, before.data, entry)

    def countersign(
        self,
        pdf: bytes,
        signer: SignerSource,
        *,
        approval: ApprovalNote | None = None,
        options: SignOptions | None = None,
        file_name: str | None = None,
    ) -> ReportOutcome:
        """A reviewer's second signature on a signed report, optionally approving it."""
        from surplus_assets.reports.verify import verify_pdf

        if not verify_pdf(pdf).signatures:
            raise ServiceError(
                _(
                    "This report is not signed yet: a countersignature goes on a report the "
                    "officer has signed."
                )
            )
        return self.sign(pdf, signer, options, file_name=file_name, approval=approval)

    # ---- reading back ---------------------------------------------------------------------

    def read_back(self, pdf: bytes, trust_roots: Sequence[Path] = ()) -> ReadBack:
        """Verify `pdf` and compare the records it covers with the database now."""
        from surplus_assets.reports.verify import load_trust_roots, verify_report

        self.context.require(Permission.VIEW)
        verification = verify_report(pdf, load_trust_roots(trust_roots))
        changes: list[CoveredChange] = []
        if verification.data is not None:
            data = verification.data
            changes = changed_since(data, self.inputs.current_records(data.covered))
        return ReadBack(verification, changes)

    def import_approval(
        self,
        pdf: bytes,
        *,
        trust_roots: Sequence[Path] = (),
        decision_number: str | None = None,
        decision_date: date | None = None,
        file_name: str | None = None,
    ) -> ApprovalImport:
        """Approve the proposals of a countersigned plan report (services.report_approval)."""
        from surplus_assets.services.report_approval import import_approval

        return import_approval(
            self, self.proposals, pdf, trust_roots=trust_roots,
            decision_number=decision_number, decision_date=decision_date, file_name=file_name,
        )  # fmt: skip

    # ---- the register ---------------------------------------------------------------------

    def register(self, *, kind: str | None = None, limit: int | None = None) -> list[RegisterEntry]:
        """Recorded reports, newest first."""
        self.context.require(Permission.VIEW)
        statement = select(ReportRecord).where(ReportRecord.deleted_at.is_(None))
        if kind is not None:
            statement = statement.where(ReportRecord.kind == kind)
        statement = statement.order_by(ReportRecord.created_at.desc(), ReportRecord.id)
        if limit is not None:
            statement = statement.limit(limit)
        with self.context.db.read() as session:
            return [register_entry(r) for r in session.scalars(statement)]

    def find_in_register(self, pdf: bytes) -> RegisterEntry | None:
        """The register line of exactly these bytes, if this database produced them."""
        digest = pdf_sha256(pdf)
        with self.context.db.read() as session:
            row = session.scalar(select(ReportRecord).where(ReportRecord.sha256 == digest))
            return register_entry(row) if row is not None else None

    def register_import(
        self, pdf: bytes, data: ReportData, signature: SignatureCheck, file_name: str | None
    ) -> RegisterEntry:
        """Record an imported countersigned report (unless these bytes are registered)."""
        known = self.find_in_register(pdf)
        with self.context.db.write() as session:
            if known is not None:
                self.audit.record(session, action="import_approval", entity_type="report",
                                  entity_id=known.id, entity_code=data.number or data.kind,
                                  after={"sha256": known.sha256})  # fmt: skip
                return known
        return add_to_register(
            self.context,
            self.audit,
            pdf,
            data,
            "countersigned",
            file_name,
            signature,
            action="import_approval",
        )
