"""Exports of a selection of assets and of the proposal list, as an officer opens them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from surplus_assets.exchange.proposal_export import export_proposals
from surplus_assets.exchange.xlsx_export import export_asset_ids
from surplus_assets.services import Services
from surplus_assets.services.proposal_views import ProposalQuery
from tests.core.proposal_helpers import add_asset, draft, proposal_in


def _column(sheet, header: str) -> list[object]:  # type: ignore[no-untyped-def]
    headers = [c.value for c in sheet[1]]
    index = headers.index(header) + 1
    return [sheet.cell(r, index).value for r in range(2, sheet.max_row + 1)]


def test_selection_export_holds_exactly_the_chosen_assets(
    services: Services, tmp_path: Path
) -> None:
    codes = [add_asset(services) for _ in range(4)] + [add_asset(services, "car")]
    chosen = [services.catalogue.get(c).id for c in (codes[3], codes[1], codes[4])]
    deleted = services.catalogue.get(codes[0])
    services.catalogue.delete(deleted.id, expected_version=deleted.version)
    path = tmp_path / "selection.xlsx"
    assert export_asset_ids(services, [*chosen, deleted.id], path) == 3
    book = openpyxl.load_workbook(path)
    assert [s.title for s in book.worksheets] == ["Máy móc, thiết bị", "Xe ô tô"]
    equipment, cars = book.worksheets
    assert _column(equipment, "Mã tài sản") == [codes[3], codes[1], None]  # then the totals
    assert _column(equipment, "Tên tài sản *")[-1] == "Tổng cộng"
    assert _column(cars, "Mã tài sản")[:-1] == [codes[4]]


def test_proposal_export_has_vietnamese_headers_formats_and_totals(
    services: Services, tmp_path: Path
) -> None:
    first = draft(services, title="Điều chuyển máy photocopy", target_date="30/09/2026")
    second = draft(
        services,
        form="thanh_ly",
        title="Thanh lý máy cũ",
        justification="Hư hỏng, không sửa được (Điều 45 Luật 15/2017)",
    )
    proposal_in(services, "cancelled")
    path = tmp_path / "proposals.xlsx"
    count = export_proposals(services, ProposalQuery(states=("draft",)), path)
    assert count == 2
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.title == "Đề xuất"
    headers = [c.value for c in sheet[1]]
    assert headers[:6] == ["Mã đề xuất", "Tiêu đề", "Hình thức xử lý", "Trạng thái",
                           "Số tài sản", "Tổng giá trị còn lại (đồng)"]  # fmt: skip
    assert sorted(_column(sheet, "Mã đề xuất")[:-1]) == sorted([first.code, second.code])
    assert set(_column(sheet, "Trạng thái")[:-1]) == {"Dự thảo"}
    values = _column(sheet, "Tổng giá trị còn lại (đồng)")
    assert values == [30_000_000, 30_000_000, 60_000_000]  # the last row is the total
    total_row = sheet.max_row
    assert sheet.cell(total_row, 2).value == "Tổng cộng: 2 đề xuất"
    assert sheet.cell(total_row, 6).number_format == "#,##0"
    assert sheet.cell(2, 6).number_format == "#,##0"
    target = headers.index("Thời hạn dự kiến") + 1
    dated = [sheet.cell(r, target) for r in range(2, total_row) if sheet.cell(r, target).value]
    assert [c.value for c in dated] == [dt.datetime(2026, 9, 30)]
    assert dated[0].number_format == "dd/mm/yyyy"
