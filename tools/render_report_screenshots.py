"""Render one page of each report kind (and a countersigned last page) to docs/screenshots/.

Run: python tools/render_report_screenshots.py   (needs pdftoppm from poppler-utils)
Uses a throw-away database with the application's demo data (services.demo), two submitted
proposals and the report service, so the pictures show what users get; the certificates
are throw-away test certificates.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"


def render(pdf: bytes, page: int, name: str, tmp: Path) -> Path:
    source = tmp / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                    "-singlefile", str(source), str(OUT / name)], check=True)  # fmt: skip
    return OUT / f"{name}.png"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["SURPLUS_ASSETS_HOME"] = str(tmp)  # installation id, backups: throw-away
        render_all(tmp)


def _demo_services(tmp: Path) -> object:
    from surplus_assets.services import open_services
    from surplus_assets.services.catalogue import AssetQuery
    from surplus_assets.services.demo import DEFAULT_PROVINCE, load_demo

    services = open_services(f"sqlite:///{tmp / 'demo.sqlite3'}")
    load_demo(services.context, services.units, count=400, seed=1, province_id=DEFAULT_PROVINCE)
    services.settings.set(
        {
            "parent_agency": "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
            "document_place": "Phú Thọ",
            "signer_name": "Nguyễn Văn Hùng",
            "signer_title": "PHÓ GIÁM ĐỐC",
            "signer_authority": "KT. GIÁM ĐỐC",
        }
    )
    pick = services.catalogue.list_rows
    for form, kind, extra in (
        ("chuyen_doi_cong_nang", "land", {"target_use": "health"}),
        ("dieu_chuyen", "equipment", {"recipient_name": "Trường THCS Hòa Bình"}),
        ("ban", "car", {"sale_method": "auction"}),
    ):
        rows = pick(AssetQuery(kinds=(kind,), sort="code"), limit=3)
        proposal = services.proposals.create(
            {"form": form, "assets": [r.code for r in rows], **extra}
        )
        services.proposals.submit(proposal.id, expected_version=proposal.version)
    return services


def render_all(tmp: Path) -> None:
    from surplus_assets.reports.approval import ApprovalNote
    from surplus_assets.reports.signing import Pkcs12Source, sign_pdf
    from surplus_assets.services import Services
    from surplus_assets.services.catalogue import AssetQuery
    from surplus_assets.services.report_requests import (
        DossierRequest,
        InventoryRequest,
        PlanRequest,
        ProgressRequest,
        ReportOptions,
    )
    from tests.core.reports.pki import make_ca, make_pkcs12

    OUT.mkdir(parents=True, exist_ok=True)
    services = _demo_services(tmp)
    assert isinstance(services, Services)
    try:
        day = ReportOptions(number="12/BC-STC", date=date(2026, 3, 5))
        codes = tuple(r.code for r in services.proposals.list_rows())
        land = services.catalogue.list_rows(AssetQuery(kinds=("land",), sort="code"), limit=1)
        reports = services.reports
        requests = (
            ("inventory", InventoryRequest(options=day), 1),
            (
                "plan",
                PlanRequest(codes, ReportOptions(number="12/TTr-STC", date=date(2026, 3, 5))),
                1,
            ),
            ("dossier", DossierRequest(land[0].code, day), 1),
            ("progress", ProgressRequest(as_of=date(2026, 3, 5), options=day), 1),
        )
        pdfs = {}
        for name, request, page in requests:
            pdf, data = reports.render(request)
            pdfs[name] = (pdf, int(data.totals["pages"]))
            print(render(pdf, page, f"report-{name}", tmp))
    finally:
        services.close()
    ca = make_ca(tmp)
    officer = make_pkcs12(ca, tmp, "Nguyễn Văn Hùng", "Sở Tài chính tỉnh Phú Thọ", "a")
    reviewer = make_pkcs12(ca, tmp, "Trần Thị Thu Hương", "UBND tỉnh Phú Thọ", "b")
    plan, pages = pdfs["plan"]
    signed = sign_pdf(plan, Pkcs12Source(officer, "a"))
    from surplus_assets.reports.signing import SignOptions

    approval = ApprovalNote("45/QĐ-UBND", date(2026, 3, 10)).reason()
    countersigned = sign_pdf(
        signed, Pkcs12Source(reviewer, "b"), SignOptions(reason=approval, role="reviewer")
    )
    print(render(countersigned, pages, "report-signed-last-page", tmp))


if __name__ == "__main__":
    main()
