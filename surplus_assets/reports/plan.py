"""List of assets proposed for handling, in the shape of form 01/TSC-XLTS, landscape.

One or several proposals: each proposal is a group (code, title, state) with its assets and a
subtotal; a grand total closes the table. Buildings show land and floor area; the proposed
form names the sale method, the planned use or the recipient where the proposal has one.
"""

from __future__ import annotations

from surplus_assets.reports import fonts  # first: registers fonts before reportlab defaults

# isort: split
from collections.abc import Sequence
from datetime import datetime

from surplus_assets.reports.common import Sums, area_cell, money_cell, roman
from surplus_assets.reports.data import (
    DocumentHeader,
    ProposalRow,
    covered_assets,
    covered_proposals,
)
from surplus_assets.reports.formatting import format_int
from surplus_assets.reports.labels import (
    handling_form_label,
    kind_label,
    proposal_state_label,
    target_use_label,
)
from surplus_assets.reports.layout import DocumentWriter
from surplus_assets.reports.rendering import RenderedReport, finish_report
from surplus_assets.reports.table import Column, Table

KIND = "plan"
FORM_CODE = "Mẫu số 01/TSC-XLTS"
COLUMNS = (  # points of the 714-pt landscape frame
    Column("STT", 20, "center"),
    Column("Tên tài sản", 100),
    Column("Loại tài sản", 50),
    Column("Đơn vị quản lý, sử dụng", 64),
    Column("Số lượng", 26, "center"),
    Column("Năm sử dụng", 26, "center"),
    Column("Nguyên giá - ngân sách (đồng)", 66, "right"),
    Column("Nguyên giá - nguồn khác (đồng)", 62, "right"),
    Column("Giá trị còn lại (đồng)", 64, "right"),
    Column("Diện tích đất (m²)", 40, "right"),
    Column("Diện tích sàn (m²)", 40, "right"),
    Column("Hiện trạng sử dụng", 50),
    Column("Hình thức xử lý đề nghị", 56),
    Column("Lý do xử lý", 50),
)
DEFAULT_INTRO = (
    "Căn cứ Luật Quản lý, sử dụng tài sản công và Nghị định số 186/2025/NĐ-CP của Chính phủ, "
    "{agency} đề nghị xử lý các tài sản công dôi dư theo danh mục dưới đây:"
)


def _proposal_form(p: ProposalRow) -> str:
    text = handling_form_label(p.form, p.sale_method)
    if p.target_use:
        text += f": {target_use_label(p.target_use)}"
    if p.recipient_name:
        text += f" cho {p.recipient_name}"
    return text


def build_plan_report(
    proposals: Sequence[ProposalRow],
    header: DocumentHeader,
    *,
    intro: Sequence[str] = (),
    report_id: str | None = None,
    generated_at: datetime | None = None,
) -> RenderedReport:
    writer = DocumentWriter(
        header,
        title=header.summary,
        subject="Danh mục tài sản đề nghị xử lý (01/TSC-XLTS)",
        landscape_pages=True,
        keywords="phương án xử lý tài sản công; 01/TSC-XLTS",
    )
    writer.heading_block()
    for text in intro or (DEFAULT_INTRO.format(agency=header.issuing_agency),):
        writer.paragraph(text)
    writer.canvas.setFont(fonts.ITALIC, 11)
    writer.canvas.drawRightString(writer.right, writer.y - 11, FORM_CODE)
    writer.space(16)

    table = Table(writer, COLUMNS, size=8)
    total = Sums()
    cost_budget = cost_other = 0
    number = 0
    for gi, proposal in enumerate(proposals, start=1):
        table.group_row(
            f"{roman(gi)}. Phương án {proposal.code}: {proposal.title} "
            f"({proposal_state_label(proposal.state)})"
        )
        sums = Sums()
        budget = other = 0
        form = _proposal_form(proposal)
        for position, asset in enumerate(proposal.assets):
            number += 1
            reason = proposal.justification if position == 0 else "Như trên"

            sums.add(asset)
            budget += asset.cost_budget
            other += asset.cost_other
            quantity = f"{asset.quantity} {asset.count_unit}".strip()
            table.row(
                [
                    str(number),
                    asset.name,
                    kind_label(asset.kind),
                    asset.current_unit_name,
                    quantity,
                    str(asset.year_in_use or ""),
                    money_cell(asset.cost_budget),
                    money_cell(asset.cost_other),
                    money_cell(asset.remaining_value),
                    area_cell(asset.land_area),
                    area_cell(asset.floor_area),
                    asset.current_use,
                    form,
                    reason,
                ]
            )
        table.row(
            [
                "",
                f"Cộng phương án {proposal.code}",
                "",
                "",
                format_int(sums.count),
                "",
                money_cell(budget),
                money_cell(other),
                money_cell(sums.remaining),
                area_cell(sums.land),
                area_cell(sums.floor),
                "",
                "",
                "",
            ],
            bold=True,
        )
        total.merge(sums)
        cost_budget += budget
        cost_other += other
    table.row(
        [
            "",
            "TỔNG CỘNG",
            "",
            "",
            format_int(total.count),
            "",
            money_cell(cost_budget),
            money_cell(cost_other),
            money_cell(total.remaining),
            area_cell(total.land),
            area_cell(total.floor),
            "",
            "",
            "",
        ],
        bold=True,
    )
    table.close()
    writer.paragraph(
        f"Tổng số {format_int(len(proposals))} phương án, {format_int(total.count)} tài sản "
        f"đề nghị xử lý; tổng nguyên giá {format_int(total.cost)} đồng, giá trị còn lại "
        f"{format_int(total.remaining)} đồng. Kính đề nghị cấp có thẩm quyền xem xét, "
        "phê duyệt."
    )
    assets = [a for p in proposals for a in p.assets]
    return finish_report(
        writer,
        kind=KIND,
        title=header.summary,
        covered=[*covered_proposals(list(proposals)), *covered_assets(assets)],
        totals={
            "proposals": len(proposals),
            "assets": total.count,
            "original_cost": total.cost,
            "remaining_value": total.remaining,
        },
        report_id=report_id,
        generated_at=generated_at,
    )
