"""Progress report (báo cáo tiến độ xử lý): counts and values by status, by handling form
and by commune, the overdue list, and a chart (reportlab.graphics). Portrait.

The report only aggregates what it is given: which proposals are overdue is decided by the
services from the time limits of Decree 186/2025 (one data table in the domain), not here.
"""

from __future__ import annotations

from surplus_assets.reports import fonts  # first: registers fonts before reportlab defaults

# isort: split
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from surplus_assets.domain.asset_kinds import AssetStatus
from surplus_assets.domain.handling_forms import HandlingForm
from surplus_assets.reports.common import Sums, area_cell, money_cell, vn_sorted
from surplus_assets.reports.data import (
    AssetRow,
    DocumentHeader,
    ProgressData,
    covered_assets,
    covered_proposals,
)
from surplus_assets.reports.formatting import format_date, format_int
from surplus_assets.reports.labels import handling_form_label, status_label
from surplus_assets.reports.layout import DocumentWriter
from surplus_assets.reports.rendering import RenderedReport, finish_report
from surplus_assets.reports.table import Column, Table

KIND = "progress"
STATUS_ORDER = [s.value for s in AssetStatus]
FORM_ORDER = [f.value for f in HandlingForm]
PALETTE = [
    colors.HexColor(c)
    for c in (
        "#1f4e79",
        "#2e75b6",
        "#9dc3e6",
        "#c55a11",
        "#f4b183",
        "#548235",
        "#a9d18e",
        "#7f6000",
        "#bf9000",
        "#7030a0",
        "#595959",
    )
]
SUM_COLUMNS = (
    Column("Nội dung", 34),
    Column("Số tài sản", 11, "right"),
    Column("Diện tích đất (m²)", 15, "right"),
    Column("Nguyên giá (đồng)", 20, "right"),
    Column("Giá trị còn lại (đồng)", 20, "right"),
)


def _by(assets: Iterable[AssetRow], key: str) -> dict[str, Sums]:
    groups: dict[str, Sums] = defaultdict(Sums)
    for asset in assets:
        groups[getattr(asset, key) or ""].add(asset)
    return groups


def _ordered(groups: dict[str, Sums], order: list[str]) -> list[str]:
    return [k for k in order if k in groups] + sorted(k for k in groups if k not in order)


def _sum_table(writer: DocumentWriter, rows: list[tuple[str, Sums]], total: Sums) -> None:
    table = Table(writer, SUM_COLUMNS, size=10)
    for caption, s in rows:
        table.row(
            [
                caption,
                format_int(s.count),
                area_cell(s.land),
                money_cell(s.cost),
                money_cell(s.remaining),
            ]
        )
    table.row(
        [
            "Tổng cộng",
            format_int(total.count),
            area_cell(total.land),
            money_cell(total.cost),
            money_cell(total.remaining),
        ],
        bold=True,
    )
    table.close()


def _chart(by_status: dict[str, Sums], by_form: dict[str, Sums], width: float) -> Drawing:
    """Bars: assets by status; pie: assets with a form, by form."""
    height = 70 * mm
    drawing = Drawing(width, height)
    statuses = _ordered(by_status, STATUS_ORDER)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 30, 40, width * 0.44, height - 70
    bars.data = [[by_status[s].count for s in statuses]]
    bars.categoryAxis.categoryNames = [status_label(s) for s in statuses]
    bars.categoryAxis.labels.fontName = fonts.REGULAR
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.angle = 25
    bars.categoryAxis.labels.boxAnchor = "ne"
    bars.valueAxis.labels.fontName = fonts.REGULAR
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.bars[0].fillColor = PALETTE[1]
    bars.barLabelFormat = "%d"
    bars.barLabels.fontName = fonts.REGULAR
    bars.barLabels.fontSize = 7
    bars.barLabels.nudge = 6
    drawing.add(bars)
    drawing.add(
        String(30, height - 12, "Số tài sản theo tình trạng xử lý", fontName=fonts.BOLD, fontSize=9)
    )
    forms = [f for f in _ordered(by_form, FORM_ORDER) if f]
    if forms:
        pie = Pie()
        size = min(height - 40, width * 0.18)
        pie.x, pie.y, pie.width, pie.height = width * 0.55, 12, size, size
        pie.data = [by_form[f].count for f in forms]
        pie.slices.strokeColor = colors.white
        for i in range(len(forms)):
            pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
        drawing.add(pie)
        legend = Legend()
        legend.x, legend.y = width * 0.55 + size + 14, height - 30
        legend.fontName, legend.fontSize = fonts.REGULAR, 7.5
        legend.dx = legend.dy = 7
        legend.deltay = 11
        legend.columnMaximum = len(forms)
        legend.alignment = "right"
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], f"{handling_form_label(f)} ({by_form[f].count})")
            for i, f in enumerate(forms)
        ]
        drawing.add(legend)
        drawing.add(
            String(
                width * 0.55,
                height - 12,
                "Tài sản đã có hình thức xử lý",
                fontName=fonts.BOLD,
                fontSize=9,
            )
        )
    return drawing


def build_progress_report(
    data: ProgressData,
    header: DocumentHeader,
    *,
    report_id: str | None = None,
    generated_at: datetime | None = None,
) -> RenderedReport:
    writer = DocumentWriter(
        header,
        title=header.summary,
        subject="Báo cáo tiến độ xử lý tài sản công dôi dư",
        keywords="tiến độ xử lý tài sản công dôi dư",
    )
    writer.heading_block()
    total = Sums()
    for asset in data.assets:
        total.add(asset)
    by_status = _by(data.assets, "status")
    handled = by_status.get("handled", Sums()).count
    share = f"{handled * 100 / total.count:.1f}".replace(".", ",") if total.count else "0"
    writer.paragraph(
        f"Tính đến ngày {format_date(data.as_of)}, trên địa bàn có {format_int(total.count)} "
        f"tài sản công dôi dư, tổng giá trị còn lại {format_int(total.remaining)} đồng; đã xử "
        f"lý xong {format_int(handled)} tài sản ({share}%); {format_int(len(data.overdue))} "
        "phương án chậm so với thời hạn quy định. Cụ thể như sau:"
    )

    writer.heading("1. Theo tình trạng xử lý")
    statuses = _ordered(by_status, STATUS_ORDER)
    _sum_table(writer, [(status_label(s), by_status[s]) for s in statuses], total)
    by_form = _by(data.assets, "handling_form")
    drawing = _chart(by_status, by_form, writer.width)
    writer.ensure_space(drawing.height + 6)
    renderPDF.draw(drawing, writer.canvas, writer.left, writer.y - drawing.height)
    writer.space(drawing.height + 8)

    writer.heading("2. Theo hình thức xử lý")
    forms = _ordered(by_form, FORM_ORDER)
    _sum_table(
        writer,
        [(handling_form_label(f) or "Chưa xác định hình thức", by_form[f]) for f in forms],
        total,
    )

    writer.heading("3. Theo đơn vị hành chính")
    table = Table(
        writer,
        (
            Column("STT", 6, "center"),
            Column("Đơn vị", 30),
            Column("Tổng số", 10, "right"),
            Column("Chưa có phương án", 12, "right"),
            Column("Đang xử lý", 11, "right"),
            Column("Đã xử lý xong", 11, "right"),
            Column("Giá trị còn lại (đồng)", 20, "right"),
        ),
        size=9.5,
    )
    units: dict[str, list[AssetRow]] = defaultdict(list)
    for asset in data.assets:
        units[asset.current_unit_name].append(asset)
    for i, unit in enumerate(vn_sorted(units), start=1):
        rows = units[unit]
        count = {s: sum(1 for a in rows if a.status == s) for s in STATUS_ORDER}
        in_progress = count["proposed"] + count["approved"] + count["in_progress"]
        table.row(
            [
                str(i),
                unit,
                format_int(len(rows)),
                format_int(count["surplus"]),
                format_int(in_progress),
                format_int(count["handled"]),
                money_cell(sum(a.remaining_value for a in rows)),
            ]
        )
    table.close()

    writer.heading("4. Danh sách phương án chậm tiến độ")
    late = Table(
        writer,
        (
            Column("STT", 6, "center"),
            Column("Phương án", 34),
            Column("Hình thức", 16),
            Column("Bước", 14),
            Column("Hạn", 11, "center"),
            Column("Số ngày chậm", 9, "right"),
            Column("Người phụ trách", 16),
        ),
        size=9.5,
    )
    for i, item in enumerate(sorted(data.overdue, key=lambda o: -o.days_overdue), start=1):
        late.row(
            [
                str(i),
                f"{item.proposal_code}: {item.proposal_title}",
                handling_form_label(item.form),
                item.step,
                format_date(item.due_date),
                format_int(item.days_overdue),
                item.responsible,
            ]
        )
    if not data.overdue:
        late.row(["", "Không có phương án chậm tiến độ", "", "", "", "", ""])
    late.close()

    return finish_report(
        writer,
        kind=KIND,
        title=header.summary,
        covered=[*covered_proposals(list(data.proposals)), *covered_assets(list(data.assets))],
        totals={
            "assets": total.count,
            "handled": handled,
            "overdue": len(data.overdue),
            "remaining_value": total.remaining,
            "as_of": data.as_of.isoformat(),
        },
        report_id=report_id,
        generated_at=generated_at,
    )
