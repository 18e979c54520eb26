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
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from surplus_assets.db.models import ReportRecord
from surplus_assets.domain.deadlines import today_in_vietnam
from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _
from surplus_assets.progress import NO_PROGRESS, Progress
from surplus_assets.reports.approval import ApprovalNote
from surplus_assets.reports.data import (
    REPORT_KINDS,
    CoveredChange,
    DocumentHeader,
    ReportData,
    changed_since,
)
from surplus_assets.services.audit import AuditRecorder, json_ready
from surplus_assets.services.catalogue import AssetQuery, CatalogueService
from surplus_assets.services.context import ServiceContext
from surplus_assets.services.report_inputs import ReportInputs
from surplus_assets.services.settings import SettingsService
from surplus_assets.services.units import UnitRegistry

if TYPE_CHECKING:
    from surplus_assets.reports.signing import SignerSource, SignOptions
    from surplus_assets.reports.verify import ReportVerification, SignatureCheck
    from surplus_assets.services.proposals import ProposalService
    from surplus_assets.services.report_approval import ApprovalImport

# kind → (document type, its abbreviation in the number, default summary); Decree 30/2020.
DOCUMENTS = {
    "inventory": ("BÁO CÁO", "BC", "Danh mục tài sản công dôi dư sau sắp xếp đơn vị hành chính"),
    "plan": ("TỜ TRÌNH", "TTr", "Về việc đề nghị phê duyệt phương án xử lý tài sản công dôi dư"),
    "dossier": ("HỒ SƠ", "HS", "Hồ sơ tài sản {code}"),
    "progress": ("BÁO CÁO", "BC", "Tiến độ xử lý tài sản công dôi dư"),
}
BLANK = "………"  # a field left to be written by hand (no place or signer in the settings)
REGISTER_RECORD_LIMIT = 5000  # covered records kept in the register row; the PDF has them all


@dataclass(frozen=True)
class ReportOptions:
    """What the report dialog (or the CLI) sets; None falls back to the settings."""

    number: str | None = None  # "12/BC-STC"; default "/BC-STC" for the clerk to number
    place: str | None = None
    date: date | None = None  # default: today in Viet Nam
    signer_name: str | None = None
    signer_title: str | None = None
    signer_authority: str | None = None  # "KT. GIÁM ĐỐC"
    summary: str | None = None
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class InventoryRequest:
    query: AssetQuery = field(default_factory=lambda: AssetQuery(sort="code"))
    options: ReportOptions = field(default_factory=ReportOptions)
    kind: str = field(default="inventory", init=False)


@dataclass(frozen=True)
class PlanRequest:
    proposals: tuple[str, ...]  # codes or ids
    options: ReportOptions = field(default_factory=ReportOptions)
    kind: str = field(default="plan", init=False)


@dataclass(frozen=True)
class DossierRequest:
    asset: str  # code or id
    options: ReportOptions = field(default_factory=ReportOptions)
    kind: str = field(default="dossier", init=False)


@dataclass(frozen=True)
class ProgressRequest:
    as_of: date | None = None
    query: AssetQuery = field(default_factory=lambda: AssetQuery(sort="code"))
    options: ReportOptions = field(default_factory=ReportOptions)
    kind: str = field(default="progress", init=False)


ReportRequest = InventoryRequest | PlanRequest | DossierRequest | ProgressRequest


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the report register (the Reports page)."""

    id: uuid.UUID
    number: str | None
    kind: str
    title: str
    file_name: str | None
    sha256: str
    data_sha256: str
    state: str  # generated | signed | countersigned
    signer_name: str | None
    signed_at: datetime | None
    pages: int | None
    created_at: datetime
    report_id: str | None
    covered_counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        result: dict[str, Any] = json_ready(self.__dict__)
        return result


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


def pdf_sha256(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


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

    # ---- header ---------------------------------------------------------------------------

    def header(self, kind: str, options: ReportOptions, **summary_values: str) -> DocumentHeader:
        """The Decree 30/2020 header of a `kind` report: the dialog's values over settings."""
        document_type, abbreviation, summary = DOCUMENTS[kind]
        s = self.settings.all()
        return DocumentHeader(
            parent_agency=str(s["parent_agency"]),
            issuing_agency=str(s["issuing_agency"]),
            number=options.number or f"/{abbreviation}-{s['agency_abbreviation']}",
            place=options.place or str(s["document_place"] or "") or BLANK,
            date=options.date or today_in_vietnam(),
            document_type=document_type,
            summary=options.summary or summary.format(**summary_values),
            signer_title=options.signer_title or str(s["signer_title"]),
            signer_name=options.signer_name or str(s["signer_name"] or "") or BLANK,
            signer_authority=(
                options.signer_authority
                if options.signer_authority is not None
                else str(s["signer_authority"] or "")
            ),
            recipients=options.recipients,
        )

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
            header = self.header("inventory", request.options)
            progress.check_cancelled()
            progress.report(0, 0, _("Drawing the report"))
            rendered = build_inventory_report(assets, header)
        elif isinstance(request, PlanRequest):
            from surplus_assets.reports.plan import build_plan_report

            if not request.proposals:
                raise ServiceError(_("Choose at least one proposal for the plan report."))
            proposals = self.inputs.plan(request.proposals)
            progress.report(0, 0, _("Drawing the report"))
            rendered = build_plan_report(proposals, self.header("plan", request.options))
        elif isinstance(request, DossierRequest):
            from surplus_assets.reports.dossier import build_dossier_report

            dossier = self.inputs.dossier(request.asset)
            header = self.header("dossier", request.options, code=dossier.asset.code)
            progress.report(0, 0, _("Drawing the report"))
            rendered = build_dossier_report(dossier, header)
        else:
            from surplus_assets.reports.progress import build_progress_report

            data = self.inputs.progress(request.as_of, request.query, progress)
            header = self.header("progress", request.options)
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
            return ReportOutcome(pdf, data, self._register(pdf, data, "generated", file_name))
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
        entry = self._register(signed, before.data, state, file_name, last)
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
            return [_entry(r) for r in session.scalars(statement)]

    def find_in_register(self, pdf: bytes) -> RegisterEntry | None:
        """The register line of exactly these bytes, if this database produced them."""
        digest = pdf_sha256(pdf)
        with self.context.db.read() as session:
            row = session.scalar(select(ReportRecord).where(ReportRecord.sha256 == digest))
            return _entry(row) if row is not None else None

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
        return self._register(
            pdf, data, "countersigned", file_name, signature, action="import_approval"
        )

    def _register(
        self,
        pdf: bytes,
        data: ReportData,
        state: str,
        file_name: str | None,
        signature: SignatureCheck | None = None,
        *,
        action: str | None = None,
    ) -> RegisterEntry:
        if data.kind not in REPORT_KINDS:
            raise ServiceError(_("Unknown report kind {kind}.").format(kind=data.kind))
        records = [[c.entity, c.id, c.code, c.version, c.state] for c in data.covered]
        counts: dict[str, int] = {}
        for c in data.covered:
            counts[c.entity] = counts.get(c.entity, 0) + 1
        covered = {
            "report_id": data.report_id,
            "counts": counts,
            "records": records[:REGISTER_RECORD_LIMIT],
            "truncated": len(records) > REGISTER_RECORD_LIMIT,
        }
        actor = self.context.actor
        with self.context.db.write() as session:
            row = ReportRecord(
                id=uuid.uuid4(), number=data.number or None, kind=data.kind,
                title=data.title[:300], file_name=(file_name or "")[:255] or None,
                sha256=pdf_sha256(pdf), data_sha256=data.data_sha256, state=state,
                signer_name=signature.signer_name if signature else None,
                signed_at=signature.signing_time if signature else None,
                pages=_int(data.totals.get("pages")), covered=covered,
                created_by=actor.user_id, updated_by=actor.user_id,
                origin_id=self.context.origin_id,
            )  # fmt: skip
            session.add(row)
            session.flush()
            self.audit.record(
                session,
                action=action or {"generated": "generate"}.get(state, "sign"),
                entity_type="report",
                entity_id=row.id,
                entity_code=data.number or data.kind,
                after={
                    "kind": data.kind, "title": data.title, "state": state,
                    "sha256": row.sha256, "data_sha256": data.data_sha256,
                    "signer": row.signer_name, "pages": row.pages, "file_name": row.file_name,
                    "report_id": data.report_id, "covered": counts,
                },
            )  # fmt: skip
            return _entry(row)


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else None


def _entry(row: ReportRecord) -> RegisterEntry:
    covered = row.covered or {}
    return RegisterEntry(
        id=row.id, number=row.number, kind=row.kind, title=row.title, file_name=row.file_name,
        sha256=row.sha256, data_sha256=row.data_sha256, state=row.state,
        signer_name=row.signer_name, signed_at=row.signed_at, pages=row.pages,
        created_at=row.created_at, report_id=covered.get("report_id"),
        covered_counts=dict(covered.get("counts", {})),
    )  # fmt: skip
