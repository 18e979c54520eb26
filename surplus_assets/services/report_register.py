"""The report register: every PDF this database produced, signed or imported.

A register line keeps the PDF's SHA-256 (so a file can be found again by its bytes), the
hash of the report data, its signing state and the records it covers (at most
REGISTER_RECORD_LIMIT of them: the PDF itself lists them all). The Reports page lists it.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from surplus_assets.db.models import ReportRecord
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _
from surplus_assets.reports.data import REPORT_KINDS, ReportData
from surplus_assets.services.audit import AuditRecorder, json_ready
from surplus_assets.services.context import ServiceContext

if TYPE_CHECKING:
    from surplus_assets.reports.verify import SignatureCheck

REGISTER_RECORD_LIMIT = 5000  # covered records kept in the register row; the PDF has them all


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


def pdf_sha256(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def add_to_register(
    context: ServiceContext,
    audit: AuditRecorder,
    pdf: bytes,
    data: ReportData,
    state: str,
    file_name: str | None,
    signature: SignatureCheck | None = None,
    *,
    action: str | None = None,
) -> RegisterEntry:
    """Record a PDF this database produced, signed or imported, with its audit event in the
    same transaction."""
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
    actor = context.actor
    with context.db.write() as session:
        row = ReportRecord(
            id=uuid.uuid4(), number=data.number or None, kind=data.kind,
            title=data.title[:300], file_name=(file_name or "")[:255] or None,
            sha256=pdf_sha256(pdf), data_sha256=data.data_sha256, state=state,
            signer_name=signature.signer_name if signature else None,
            signed_at=signature.signing_time if signature else None,
            pages=_int(data.totals.get("pages")), covered=covered,
            created_by=actor.user_id, updated_by=actor.user_id,
            origin_id=context.origin_id,
        )  # fmt: skip
        session.add(row)
        session.flush()
        audit.record(
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
        return register_entry(row)


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else None


def register_entry(row: ReportRecord) -> RegisterEntry:
    covered = row.covered or {}
    return RegisterEntry(
        id=row.id, number=row.number, kind=row.kind, title=row.title, file_name=row.file_name,
        sha256=row.sha256, data_sha256=row.data_sha256, state=row.state,
        signer_name=row.signer_name, signed_at=row.signed_at, pages=row.pages,
        created_at=row.created_at, report_id=covered.get("report_id"),
        covered_counts=dict(covered.get("counts", {})),
    )  # fmt: skip
