"""The plain data the report functions take, and the data a report carries inside its PDF.

Services build these frozen dataclasses from the database (or tests build them directly);
the report modules never touch the session or the models. Money is integer VND, areas are
Decimal m², text is NFC. Codes (kind, status, handling form, proposal state) are the
database codes; reports turn them into Vietnamese labels (reports.labels).

`ReportData` is what travels inside every PDF as an embedded JSON file: which records the
report covers, in which version and state, so that a signed report read back later can tell
whether the records changed since. Its `data_sha256` is the SHA-256 of the canonical JSON of
everything else in it (see `canonical_json`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

REPORT_KINDS = ("inventory", "plan", "dossier", "progress")
DATA_FORMAT = "surplus-assets/report-data"
DATA_FORMAT_VERSION = 1
EMBEDDED_FILE_NAME = "report-data.json"


@dataclass(frozen=True)
class DocumentHeader:
    """What Decree 30/2020 puts around the body: from settings and the report dialog.

    `signer_authority` is the whole first line of a signature block signed on someone's
    behalf ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"); leave it empty when the head signs in
    their own name. `signer_title` is the signer's own position ("PHÓ GIÁM ĐỐC").
    """

    parent_agency: str  # "UBND TỈNH PHÚ THỌ"
    issuing_agency: str  # "SỞ TÀI CHÍNH"
    number: str  # "12/BC-STC"
    place: str  # "Phú Thọ"
    date: date
    document_type: str  # "BÁO CÁO"
    summary: str  # "Danh mục tài sản công dôi dư sau sắp xếp đơn vị hành chính"
    signer_title: str
    signer_name: str
    signer_authority: str = ""
    recipients: tuple[str, ...] = ()  # "Nơi nhận" lines; "Lưu: VT, ..." is added if missing
    archive_note: str = "Lưu: VT."
    author: str = ""  # PDF metadata author; the issuing agency when empty


@dataclass(frozen=True)
class AssetRow:
    """One asset as reports show it (the common attributes of DOMAIN.md section 3)."""

    id: str
    code: str
    name: str
    kind: str
    current_unit_name: str
    legacy_unit_name: str = ""
    province_name: str = ""
    address: str = ""
    year_in_use: int | None = None
    cost_budget: int = 0
    cost_other: int = 0
    remaining_value: int = 0
    land_area: Decimal | None = None
    floor_area: Decimal | None = None
    quantity: int = 1
    count_unit: str = ""
    status: str = "surplus"
    handling_form: str | None = None
    current_use: str = ""
    notes: str = ""
    version: int = 1

    @property
    def original_cost(self) -> int:
        return self.cost_budget + self.cost_other


@dataclass(frozen=True)
class ProposalRow:
    """One handling proposal (phương án xử lý) with the assets it covers."""

    id: str
    code: str
    title: str
    form: str
    state: str
    assets: tuple[AssetRow, ...]
    version: int = 1
    sale_method: str | None = None
    target_use: str = ""  # planned use after handling (change of use, handover...)
    recipient_name: str = ""
    justification: str = ""  # lý do xử lý
    estimated_value: int | None = None
    target_date: date | None = None


@dataclass(frozen=True)
class BuildingRow:
    name: str
    grade: str = ""
    year_built: int | None = None
    floors: int | None = None
    construction_area: Decimal | None = None
    floor_area: Decimal | None = None


@dataclass(frozen=True)
class AssetDetails:
    """Kind-specific attributes of one asset for its dossier (None = not recorded)."""

    land_certificate: str = ""
    land_use: tuple[tuple[str, Decimal], ...] = ()  # (use code, m²): office, vacant...
    buildings: tuple[BuildingRow, ...] = ()
    car_brand: str = ""
    licence_plate: str = ""
    seats: int | None = None
    load_tonnes: Decimal | None = None
    origin_country: str = ""
    manufacture_year: int | None = None
    engine_capacity_cc: int | None = None
    user_title: str = ""
    category: str = ""
    serial_number: str = ""
    purchase_year: int | None = None
    condition: str = ""
    custodian: str = ""
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class PhotoItem:
    file_name: str
    data: bytes  # JPEG/PNG as stored; EXIF orientation is applied when drawn
    caption: str = ""


@dataclass(frozen=True)
class AttachmentItem:
    file_name: str
    category: str  # photo | land_certificate | decision | other
    size_bytes: int
    sha256: str
    caption: str = ""


@dataclass(frozen=True)
class HistoryEntry:
    occurred_at: datetime  # aware (UTC or local); shown in Asia/Ho_Chi_Minh
    actor_name: str
    action: str  # "Tạo mới", "Sửa", "Chuyển trạng thái" ... (already a Vietnamese label)
    summary: str = ""


@dataclass(frozen=True)
class AssetDossier:
    asset: AssetRow
    details: AssetDetails = AssetDetails()
    photos: tuple[PhotoItem, ...] = ()
    attachments: tuple[AttachmentItem, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    proposals: tuple[ProposalRow, ...] = ()  # proposals that include this asset


@dataclass(frozen=True)
class OverdueItem:
    proposal_code: str
    proposal_title: str
    form: str
    due_date: date
    days_overdue: int
    responsible: str = ""
    step: str = ""  # which time limit was missed ("Quyết định xử lý", "Bàn giao"...)


@dataclass(frozen=True)
class ProgressData:
    """Input of the progress report. Overdue items come from the services' time-limit rules."""

    as_of: date
    assets: tuple[AssetRow, ...]
    proposals: tuple[ProposalRow, ...] = ()
    overdue: tuple[OverdueItem, ...] = ()


# --- What travels inside the PDF ----------------------------------------------------------


@dataclass(frozen=True)
class CoveredRecord:
    """An asset or proposal a report covers, as it was when the report was generated."""

    entity: str  # "asset" | "proposal"
    id: str
    code: str
    version: int
    state: str  # asset status or proposal state


@dataclass(frozen=True)
class SignatureSlot:
    """Where a visible signature goes: page index (0-based) and box in PDF points."""

    role: str  # "signer" (beside the signature block) | "reviewer" (countersignature)
    page: int
    box: tuple[float, float, float, float]  # x1, y1, x2, y2


@dataclass(frozen=True)
class ReportData:
    report_id: str
    kind: str
    title: str
    number: str
    generated_at: datetime  # aware, UTC
    covered: tuple[CoveredRecord, ...]
    totals: dict[str, int | str] = field(default_factory=dict)  # e.g. asset count, value
    signature_slots: tuple[SignatureSlot, ...] = ()
    data_sha256: str = ""

    def payload(self) -> dict[str, Any]:
        """Everything but the hash, as JSON-ready values."""
        return {
            "format": DATA_FORMAT,
            "format_version": DATA_FORMAT_VERSION,
            "report_id": self.report_id,
            "kind": self.kind,
            "title": self.title,
            "number": self.number,
            "generated_at": self.generated_at.isoformat(),
            "covered": [
                {
                    "entity": c.entity,
                    "id": c.id,
                    "code": c.code,
                    "version": c.version,
                    "state": c.state,
                }
                for c in self.covered
            ],
            "totals": dict(self.totals),
            "signature_slots": [
                {"role": s.role, "page": s.page, "box": [round(v, 2) for v in s.box]}
                for s in self.signature_slots
            ],
        }

    def computed_sha256(self) -> str:
        return hashlib.sha256(canonical_json(self.payload())).hexdigest()

    def with_hash(self) -> ReportData:
        from dataclasses import replace

        return replace(self, data_sha256=self.computed_sha256())

    @property
    def hash_ok(self) -> bool:
        return bool(self.data_sha256) and self.data_sha256 == self.computed_sha256()

    def to_json_bytes(self) -> bytes:
        document = self.payload()
        document["data_sha256"] = self.data_sha256 or self.computed_sha256()
        return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode()

    @classmethod
    def from_json_bytes(cls, raw: bytes) -> ReportData:
        """Parse the embedded JSON (raises ValueError/KeyError/TypeError when malformed)."""
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != DATA_FORMAT:
            raise ValueError("not a surplus-assets report data file")
        return cls(
            report_id=str(doc["report_id"]),
            kind=str(doc["kind"]),
            title=str(doc["title"]),
            number=str(doc["number"]),
            generated_at=datetime.fromisoformat(doc["generated_at"]),
            covered=tuple(
                CoveredRecord(
                    str(c["entity"]),
                    str(c["id"]),
                    str(c["code"]),
                    int(c["version"]),
                    str(c["state"]),
                )
                for c in doc["covered"]
            ),
            totals=dict(doc.get("totals", {})),
            signature_slots=tuple(
                SignatureSlot(
                    str(s["role"]),
                    int(s["page"]),
                    (
                        float(s["box"][0]),
                        float(s["box"][1]),
                        float(s["box"][2]),
                        float(s["box"][3]),
                    ),
                )
                for s in doc.get("signature_slots", [])
            ),
            data_sha256=str(doc.get("data_sha256", "")),
        )

    def covered_of(self, entity: str) -> tuple[CoveredRecord, ...]:
        return tuple(c for c in self.covered if c.entity == entity)


def canonical_json(value: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no insignificant whitespace: the hashed form."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def covered_assets(assets: tuple[AssetRow, ...] | list[AssetRow]) -> list[CoveredRecord]:
    return [CoveredRecord("asset", a.id, a.code, a.version, a.status) for a in assets]


def covered_proposals(
    proposals: tuple[ProposalRow, ...] | list[ProposalRow],
) -> list[CoveredRecord]:
    return [CoveredRecord("proposal", p.id, p.code, p.version, p.state) for p in proposals]


@dataclass(frozen=True)
class CoveredChange:
    """A covered record whose version or state differs from the report's (or is gone)."""

    record: CoveredRecord
    current: CoveredRecord | None  # None: no longer exists (or deleted)

    @property
    def missing(self) -> bool:
        return self.current is None


def changed_since(
    data: ReportData, current: Iterable[CoveredRecord], entity: str | None = None
) -> list[CoveredChange]:
    """Records of `data` (optionally of one entity type) that changed since the report.

    `current` is what the database holds now for those ids (services build it with the same
    covered_assets/covered_proposals helpers). The round-trip import approves proposals only
    when this is empty for them.
    """
    now = {(c.entity, c.id): c for c in current}
    changes = []
    for record in data.covered:
        if entity is not None and record.entity != entity:
            continue
        found = now.get((record.entity, record.id))
        if found is None or (found.version, found.state) != (record.version, record.state):
            changes.append(CoveredChange(record, found))
    return changes
