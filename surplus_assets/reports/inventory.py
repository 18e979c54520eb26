"""Inventory of surplus assets (danh mục tài sản công dôi dư), landscape.

Grouped by current commune (Roman numerals) then by the legacy commune the asset came from,
with a subtotal after each group and a grand total: count, land and floor area, original cost
and remaining value.
"""

from __future__ import annotations

# isort: split
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from surplus_assets.reports.common import Sums, area_cell, money_cell, roman, vn_sorted
from surplus_assets.reports.data import AssetRow, DocumentHeader, covered_assets
from surplus_assets.reports.formatting import format_area, format_int
from surplus_assets.reports.labels import handling_form_label, kind_label, status_label
from surplus_assets.reports.layout import DocumentWriter
from surplus_assets.reports.rendering import RenderedReport, finish_report
from surplus_assets.reports.table import Column, Table

KIND = "inventory"
COLUMNS = (  # weights in points of the 714-pt landscape frame, fitted to 8-pt text
    Column("STT", 21, "center"),
    Column("Mã tài sản", 72),  # fits "NCV-DEMO-00001" (station codes are 13-14 characters)
    Column("Tên tài sản", 126),
    Column("Loại tài sản", 63),
    Column("Năm sử dụng", 26, "center"),
    Column("Diện tích đất (m²)", 42, "right"),
    Column("Diện tích sàn (m²)", 42, "right"),
    Column("Nguyên giá (đồng)", 66, "right"),
    Column("Giá trị còn lại (đồng)", 66, "right"),
    Column("Tình trạng xử lý", 68),
    Column("Hình thức xử lý", 60),
    Column("Ghi chú", 62),
)
DEFAULT_INTRO = (
    "Thực hiện chỉ đạo về sắp xếp, xử lý tài sản công dôi dư sau sắp xếp đơn vị hành chính, "
    "{agency} báo cáo danh mục tài sản công dôi dư trên địa bàn như sau:"
)


def _sum_cells(caption: str, sums: Sums) -> list[str]:
    return [
        "",
        "",
        caption,
        f"{format_int(sums.count)} tài sản",
        "",
        area_cell(sums.land),
        area_cell(sums.floor),
        money_cell(sums.cost),
        money_cell(sums.remaining),
        "",
        "",
        "",
    ]


def build_inventory_report(
    assets: Sequence[AssetRow],
    header: DocumentHeader,
    *,
    intro: Sequence[str] = (),
    report_id: str | None = None,
    generated_at: datetime | None = None,
) -> RenderedReport:
    writer = DocumentWriter(
        header,
        title=header.summary,
        subject="Danh mục tài sản công dôi dư",
        landscape_pages=True,
        keywords="tài sản công dôi dư; danh mục",
    )
    writer.heading_block()
    for text in intro or (DEFAULT_INTRO.format(agency=header.issuing_agency),):
        writer.paragraph(text)

    groups: dict[str, dict[str, list[AssetRow]]] = defaultdict(lambda: defaultdict(list))
    for asset in assets:
        groups[asset.current_unit_name][asset.legacy_unit_name].append(asset)

    table = Table(writer, COLUMNS, size=8)
    total = Sums()
    number = 0
    for gi, current in enumerate(vn_sorted(groups), start=1):
        table.group_row(f"{roman(gi)}. {current}")
        current_sums = Sums()
        legacy_groups = groups[current]
        for li, legacy in enumerate(vn_sorted(legacy_groups), start=1):
            table.group_row(f"{gi}.{li}. Tiếp nhận từ: {legacy or 'không rõ đơn vị cũ'}", level=1)
            legacy_sums = Sums()
            for asset in sorted(legacy_groups[legacy], key=lambda a: a.code):
                number += 1
                legacy_sums.add(asset)
                table.row(
                    [
                        str(number),
                        asset.code,
                        asset.name,
                        kind_label(asset.kind),
                        str(asset.year_in_use or ""),
                        area_cell(asset.land_area),
                        area_cell(asset.floor_area),
                        money_cell(asset.original_cost),
                        money_cell(asset.remaining_value),
                        status_label(asset.status),
                        handling_form_label(asset.handling_form),
                        asset.notes,
                    ]
                )
            if len(legacy_groups) > 1:
                table.row(
                    _sum_cells(f"Cộng {legacy or 'không rõ đơn vị cũ'}", legacy_sums), bold=True
                )
            current_sums.merge(legacy_sums)
        table.row(_sum_cells(f"Cộng {roman(gi)}", current_sums), bold=True)
        total.merge(current_sums)
    table.row(_sum_cells("TỔNG CỘNG", total), bold=True)
    table.close()

    writer.paragraph(
        f"Tổng số {format_int(total.count)} tài sản; tổng diện tích đất "
        f"{format_area(total.land)} m², diện tích sàn {format_area(total.floor)} m²; tổng "
        f"nguyên giá {format_int(total.cost)} đồng; giá trị còn lại "
        f"{format_int(total.remaining)} đồng."
    )
    return finish_report(
        writer,
        kind=KIND,
        title=header.summary,
        covered=covered_assets(list(assets)),
        totals={
            "assets": total.count,
            "original_cost": total.cost,
            "remaining_value": total.remaining,
            "land_area": str(total.land),
            "floor_area": str(total.floor),
        },
        report_id=report_id,
        generated_at=generated_at,
    )
