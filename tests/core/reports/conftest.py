"""Report fixtures: one report of each kind built from bench data (PKI and token fixtures
live in tests/core/signing_fixtures.py, shared with the report service tests)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bench.report_data import (
    make_assets,
    make_dossier,
    make_header,
    make_progress,
    make_proposals,
)
from surplus_assets.reports.data import PhotoItem
from surplus_assets.reports.rendering import RenderedReport
from tests.core.signing_fixtures import OFFICER, PASSPHRASE, REVIEWER, Pki, Token

__all__ = ["OFFICER", "PASSPHRASE", "REVIEWER", "Pki", "Token"]


def jpeg_with_orientation(width: int, height: int, orientation: int) -> bytes:
    """A photo with a black block in its stored top-left corner and an EXIF orientation."""
    image = Image.new("RGB", (width, height), (190, 120, 70))
    image.paste((0, 0, 0), (0, 0, width // 4, height // 6))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


@pytest.fixture(scope="session")
def sample_assets():  # type: ignore[no-untyped-def]
    return make_assets(120, seed=5, communes=6)


@pytest.fixture(scope="session")
def reports(sample_assets) -> dict[str, RenderedReport]:  # type: ignore[no-untyped-def]
    """One small report of each kind, built once."""
    from surplus_assets.reports.dossier import build_dossier_report
    from surplus_assets.reports.inventory import build_inventory_report
    from surplus_assets.reports.plan import build_plan_report
    from surplus_assets.reports.progress import build_progress_report

    proposals = make_proposals(sample_assets[:24], count=3)
    photos = (
        PhotoItem("doc.jpg", jpeg_with_orientation(400, 300, 6), "Mặt trước trụ sở"),
        PhotoItem("ngang.jpg", jpeg_with_orientation(400, 300, 1), "Sân và cổng"),
    )
    return {
        "inventory": build_inventory_report(sample_assets, make_header()),
        "plan": build_plan_report(
            proposals,
            make_header("TỜ TRÌNH", "Về việc đề nghị phê duyệt phương án xử lý tài sản dôi dư"),
        ),
        "dossier": build_dossier_report(
            make_dossier(sample_assets[1], photos),
            make_header("HỒ SƠ", f"Hồ sơ tài sản {sample_assets[1].code}"),
        ),
        "progress": build_progress_report(
            make_progress(sample_assets, proposals),
            make_header("BÁO CÁO", "Tiến độ xử lý tài sản công dôi dư"),
        ),
    }
