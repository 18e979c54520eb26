"""What a reader of the PDFs sees: embedded fonts, exact Vietnamese text, layout furniture."""

from __future__ import annotations

import re

import pytest

from bench.report_data import make_dossier
from surplus_assets.reports.rendering import RenderedReport
from tests.core.reports.poppler import fonts, is_nfc, pdftotext, run

KINDS = ["inventory", "plan", "dossier", "progress"]


@pytest.mark.parametrize("kind", KINDS)
def test_only_embedded_liberation_fonts(reports: dict[str, RenderedReport], kind: str) -> None:
    listed = fonts(reports[kind].pdf)
    assert listed, "pdffonts listed no fonts"
    for font_name, embedded in listed:
        assert embedded == "yes", f"{font_name} is not embedded"
        assert "LiberationSerif" in font_name, f"unexpected font {font_name}"


@pytest.mark.parametrize("kind", KINDS)
def test_decree_30_heading_and_closing_text(reports: dict[str, RenderedReport], kind: str) -> None:
    text = pdftotext(reports[kind].pdf)
    assert is_nfc(text)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "UBND TỈNH PHÚ THỌ",
        "SỞ TÀI CHÍNH",
        "Số: 12/BC-STC",
        "Phú Thọ, ngày 05 tháng 3 năm 2026",
        "Nơi nhận:",
        "- Lưu: VT.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn Hùng",
    ):
        assert expected in text, f"{expected!r} missing from the {kind} report"


def test_inventory_shows_assets_groups_and_totals(
    reports: dict[str, RenderedReport], sample_assets: list
) -> None:
    text = pdftotext(reports["inventory"].pdf)
    flat = re.sub(r"\s+", " ", text)
    for asset in sample_assets[:10]:
        assert asset.code in text
    assert sample_assets[0].current_unit_name in flat
    assert f"Tiếp nhận từ: {sample_assets[0].legacy_unit_name}" in flat
    total = sum(a.remaining_value for a in sample_assets)
    assert f"{total:,}".replace(",", ".") in text  # grand total of remaining value
    assert "TỔNG CỘNG" in text


def test_long_table_repeats_its_header_and_numbers_pages(
    reports: dict[str, RenderedReport],
) -> None:
    report = reports["inventory"]
    assert report.page_count >= 3
    first = pdftotext(report.pdf, 1, 1)
    second = pdftotext(report.pdf, 2, 2)
    assert "Tên tài sản" in second and "Giá trị còn lại" in second
    # Decree 30: no number on page 1, plain number centred at the top from page 2
    assert second.strip().splitlines()[0].strip() == "2"
    assert not first.strip().splitlines()[0].strip().isdigit()


def test_pdf_metadata_and_language(reports: dict[str, RenderedReport]) -> None:
    info = run("pdfinfo", reports["plan"].pdf)
    assert "Title:           Về việc đề nghị phê duyệt phương án xử lý tài sản dôi dư" in info
    assert "Author:          Sở Tài chính" in info
    assert "Subject:         Danh mục tài sản đề nghị xử lý (01/TSC-XLTS)" in info
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    assert str(PdfFileReader(BytesIO(reports["plan"].pdf)).root["/Lang"]) == "vi-VN"


def test_plan_lists_each_proposal_with_subtotal(reports: dict[str, RenderedReport]) -> None:
    text = re.sub(r"\s+", " ", pdftotext(reports["plan"].pdf))
    for code in ("PA-0001", "PA-0002", "PA-0003"):
        assert f"Phương án {code}" in text
        assert f"Cộng phương án {code}" in text
    assert "Mẫu số 01/TSC-XLTS" in text


def test_dossier_photo_is_upright_and_attachments_listed(
    reports: dict[str, RenderedReport], sample_assets: list
) -> None:
    images = run("pdfimages", reports["dossier"].pdf, "-list").splitlines()[2:]
    sizes = sorted((int(line.split()[3]), int(line.split()[4])) for line in images)
    # the 400x300 photo with EXIF orientation 6 is stored turned upright: 300 wide, 400 high
    assert (300, 400) in sizes and (400, 300) in sizes
    text = pdftotext(reports["dossier"].pdf)
    assert "giay-chung-nhan-QSDĐ.pdf" in text
    for attachment in make_dossier(sample_assets[1]).attachments:
        # SHA-256 printed in full, over two lines
        assert attachment.sha256[:32] in text and attachment.sha256[32:] in text


def test_progress_counts_and_overdue_list(reports: dict[str, RenderedReport]) -> None:
    text = re.sub(r"\s+", " ", pdftotext(reports["progress"].pdf))
    assert "Số tài sản theo tình trạng xử lý" in text  # the chart's title
    assert "Danh sách phương án chậm tiến độ" in text
    assert "PA-0001: Phương án xử lý tài sản dôi" in text  # an overdue proposal
    assert "120 tài sản công dôi dư" in text
