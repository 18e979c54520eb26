"""The machine-readable data inside each report: round trip, hash, QR code."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from surplus_assets.errors import ServiceError
from surplus_assets.reports.data import ReportData
from surplus_assets.reports.embedded import qr_payload, read_embedded_data
from surplus_assets.reports.rendering import RenderedReport


@pytest.mark.parametrize("kind", ["inventory", "plan", "dossier", "progress"])
def test_embedded_json_round_trips_with_a_valid_hash(
    reports: dict[str, RenderedReport], kind: str
) -> None:
    report = reports[kind]
    data = read_embedded_data(report.pdf)
    assert data == report.data
    assert data.kind == kind
    assert data.hash_ok
    assert data.totals["pages"] == report.page_count
    assert {s.role for s in data.signature_slots} == {"signer", "reviewer"}


def test_inventory_data_lists_every_asset_with_version_and_state(
    reports: dict[str, RenderedReport], sample_assets: list
) -> None:
    data = read_embedded_data(reports["inventory"].pdf)
    covered = {c.id: c for c in data.covered_of("asset")}
    assert len(covered) == len(sample_assets)
    for asset in sample_assets:
        record = covered[asset.id]
        assert (record.code, record.version, record.state) == (
            asset.code,
            asset.version,
            asset.status,
        )


def test_plan_data_covers_the_proposals(reports: dict[str, RenderedReport]) -> None:
    data = read_embedded_data(reports["plan"].pdf)
    assert [p.code for p in data.covered_of("proposal")] == ["PA-0001", "PA-0002", "PA-0003"]


def test_a_changed_record_no_longer_matches_the_hash(reports: dict[str, RenderedReport]) -> None:
    data = reports["plan"].data
    first = data.covered[0]
    tampered = replace(data, covered=(replace(first, version=first.version + 1), *data.covered[1:]))
    assert not tampered.hash_ok
    assert ReportData.from_json_bytes(data.to_json_bytes()) == data


def test_a_foreign_pdf_has_no_report_data() -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = Path(__file__).parent / "_foreign.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "x")
    canvas.save()
    try:
        with pytest.raises(ServiceError, match="không có dữ liệu báo cáo"):
            read_embedded_data(path.read_bytes())
    finally:
        path.unlink()
    with pytest.raises(ServiceError, match="không phải là tệp PDF"):
        read_embedded_data(b"not a pdf at all")


def test_qr_code_on_page_one_carries_report_id_and_hash(
    reports: dict[str, RenderedReport], tmp_path: Path
) -> None:
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg (zbar-tools) or pdftoppm (poppler-utils) is not installed")
    report = reports["progress"]
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(report.pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = next(tmp_path.glob("p*.png"))
    done = subprocess.run(
        ["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == qr_payload(report.data)
    assert report.data.report_id in done.stdout and report.data.data_sha256 in done.stdout
