"""Render one page of each report kind (and a signed last page) to docs/screenshots/.

Run: python tools/render_report_screenshots.py   (needs pdftoppm from poppler-utils)
Uses the synthetic data of bench/report_data.py and a throw-away test certificate.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report_data import (  # noqa: E402
    make_assets,
    make_dossier,
    make_header,
    make_progress,
    make_proposals,
)
from surplus_assets.reports.data import PhotoItem  # noqa: E402
from tests.core.reports.conftest import jpeg_with_orientation  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def render(pdf: bytes, page: int, name: str, tmp: Path) -> Path:
    source = tmp / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                    "-singlefile", str(source), str(OUT / name)], check=True)  # fmt: skip
    return OUT / f"{name}.png"


def main() -> None:
    from surplus_assets.reports.dossier import build_dossier_report
    from surplus_assets.reports.inventory import build_inventory_report
    from surplus_assets.reports.plan import build_plan_report
    from surplus_assets.reports.progress import build_progress_report
    from surplus_assets.reports.signing import Pkcs12Source, sign_pdf
    from tests.core.reports.pki import make_ca, make_pkcs12

    OUT.mkdir(parents=True, exist_ok=True)
    assets = make_assets(120, seed=5, communes=6)
    proposals = make_proposals(assets[:24], count=3)
    photos = (
        PhotoItem("doc.jpg", jpeg_with_orientation(400, 300, 6), "Mặt trước trụ sở"),
        PhotoItem("ngang.jpg", jpeg_with_orientation(400, 300, 1), "Sân và cổng"),
    )
    inventory = build_inventory_report(assets, make_header())
    plan = build_plan_report(
        proposals,
        make_header("TỜ TRÌNH", "Về việc đề nghị phê duyệt phương án xử lý tài sản dôi dư"),
    )
    dossier = build_dossier_report(
        make_dossier(assets[1], photos), make_header("HỒ SƠ", f"Hồ sơ tài sản {assets[1].code}")
    )
    progress = build_progress_report(
        make_progress(assets, proposals),
        make_header("BÁO CÁO", "Tiến độ xử lý tài sản công dôi dư"),
    )
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name, report, page in (("inventory", inventory, 1), ("plan", plan, 1),
                                   ("dossier", dossier, 2), ("progress", progress, 1)):  # fmt: skip
            print(render(report.pdf, page, f"report-{name}", tmp))
        ca = make_ca(tmp)
        officer = make_pkcs12(ca, tmp, "Nguyễn Văn Hùng", "Sở Tài chính tỉnh Phú Thọ", "a")
        reviewer = make_pkcs12(ca, tmp, "Trần Thị Thu Hương", "UBND tỉnh Phú Thọ", "b")
        signed = sign_pdf(plan.pdf, Pkcs12Source(officer, "a"))
        countersigned = sign_pdf(signed, Pkcs12Source(reviewer, "b"))
        print(render(countersigned, plan.page_count, "report-signed-last-page", tmp))


if __name__ == "__main__":
    main()
