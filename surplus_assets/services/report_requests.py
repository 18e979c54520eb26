"""What a report is asked for: its kind, what it covers, and its Decree 30/2020 header.

The report dialog and the CLI build a request (InventoryRequest, PlanRequest,
DossierRequest, ProgressRequest) with ReportOptions; what the options leave out is taken
from the settings (document_header). The service that renders them is reports.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from surplus_assets.domain.deadlines import today_in_vietnam
from surplus_assets.reports.data import DocumentHeader
from surplus_assets.services.catalogue import AssetQuery

# kind → (document type, its abbreviation in the number, default summary); Decree 30/2020.
DOCUMENTS = {
    "inventory": ("BÁO CÁO", "BC", "Danh mục tài sản công dôi dư sau sắp xếp đơn vị hành chính"),
    "plan": ("TỜ TRÌNH", "TTr", "Về việc đề nghị phê duyệt phương án xử lý tài sản công dôi dư"),
    "dossier": ("HỒ SƠ", "HS", "Hồ sơ tài sản {code}"),
    "progress": ("BÁO CÁO", "BC", "Tiến độ xử lý tài sản công dôi dư"),
}
BLANK = "………"  # a field left to be written by hand (no place or signer in the settings)


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


def document_header(
    kind: str, options: ReportOptions, settings: Mapping[str, object], **summary_values: str
) -> DocumentHeader:
    """The Decree 30/2020 header of a `kind` report: the dialog's values over `settings`."""
    document_type, abbreviation, summary = DOCUMENTS[kind]
    s = settings
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
