"""Asset dossier (hồ sơ tài sản): one asset with all its attributes, photos, attachments
(with their SHA-256, so a printed dossier identifies the exact files) and its history.
Portrait. Photos are turned upright by their EXIF orientation and scaled to fit.
"""

from __future__ import annotations

from surplus_assets.reports import fonts  # first: registers fonts before reportlab defaults

# isort: split
import io
from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from surplus_assets.reports.data import (
    AssetDossier,
    DocumentHeader,
    PhotoItem,
    covered_assets,
    covered_proposals,
)
from surplus_assets.reports.formatting import (
    format_area,
    format_datetime,
    format_decimal,
    format_int,
    format_money,
)
from surplus_assets.reports.labels import (
    attachment_category_label,
    condition_label,
    handling_form_label,
    kind_label,
    land_use_label,
    proposal_state_label,
    status_label,
)
from surplus_assets.reports.layout import DocumentWriter
from surplus_assets.reports.rendering import RenderedReport, finish_report
from surplus_assets.reports.table import Column, Table

KIND = "dossier"
PHOTO_BOX = (78 * mm, 58 * mm)
PHOTO_PIXELS = 900  # longest side kept in the PDF: ~290 dpi at 78 mm


def _attributes(dossier: AssetDossier) -> list[tuple[str, str]]:
    a, d = dossier.asset, dossier.details
    rows: list[tuple[str, str | None]] = [
        ("Mã tài sản", a.code),
        ("Tên tài sản", a.name),
        ("Loại tài sản", kind_label(a.kind)),
        ("Đơn vị đang quản lý", a.current_unit_name),
        ("Đơn vị quản lý trước sắp xếp", a.legacy_unit_name),
        ("Cơ quan giữ tài sản", d.custodian),
        ("Tỉnh, thành phố", a.province_name),
        ("Địa chỉ", a.address),
        (
            "Tọa độ",
            f"{d.latitude:.6f}, {d.longitude:.6f}"
            if d.latitude is not None and d.longitude is not None
            else None,
        ),
        ("Năm đưa vào sử dụng", str(a.year_in_use) if a.year_in_use else None),
        ("Nguyên giá - nguồn ngân sách", format_money(a.cost_budget)),
        ("Nguyên giá - nguồn khác", format_money(a.cost_other)),
        ("Nguyên giá - tổng cộng", format_money(a.original_cost)),
        ("Giá trị còn lại", format_money(a.remaining_value)),
        ("Diện tích khuôn viên đất", f"{format_area(a.land_area)} m²" if a.land_area else None),
        ("Tổng diện tích sàn", f"{format_area(a.floor_area)} m²" if a.floor_area else None),
        ("Giấy chứng nhận / quyết định giao đất", d.land_certificate),
        ("Nhãn hiệu xe", d.car_brand),
        ("Biển kiểm soát", d.licence_plate),
        ("Số chỗ ngồi", str(d.seats) if d.seats else None),
        ("Tải trọng", f"{format_decimal(d.load_tonnes, 2)} tấn" if d.load_tonnes else None),
        ("Nước sản xuất", d.origin_country),
        ("Năm sản xuất", str(d.manufacture_year) if d.manufacture_year else None),
        (
            "Dung tích xi lanh",
            f"{format_int(d.engine_capacity_cc)} cm³" if d.engine_capacity_cc else None,
        ),
        ("Chức danh sử dụng xe", d.user_title),
        ("Nhóm tài sản", d.category),
        ("Số lượng", f"{a.quantity} {a.count_unit}".strip() if a.kind == "equipment" else None),
        ("Số hiệu (serial)", d.serial_number),
        ("Năm mua sắm", str(d.purchase_year) if d.purchase_year else None),
        ("Hiện trạng sử dụng", a.current_use),
        ("Tình trạng kỹ thuật", condition_label(d.condition)),
        ("Tình trạng xử lý", status_label(a.status)),
        ("Hình thức xử lý", handling_form_label(a.handling_form)),
        ("Ghi chú", a.notes),
        ("Phiên bản bản ghi", str(a.version)),
    ]
    return [(k, v) for k, v in rows if v]


def _prepared_image(photo: PhotoItem) -> ImageReader | None:
    """The photo upright (EXIF orientation applied), RGB, at most PHOTO_PIXELS wide."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(photo.data)) as original:
            image = ImageOps.exif_transpose(original)
            image = image.convert("RGB")
    except (UnidentifiedImageError, OSError):
        return None
    image.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    out.seek(0)
    return ImageReader(out)


def _photos(writer: DocumentWriter, photos: Sequence[PhotoItem]) -> None:
    box_w, box_h = PHOTO_BOX
    gap = writer.width - 2 * box_w
    for i, photo in enumerate(photos):
        column = i % 2
        if column == 0:
            writer.ensure_space(box_h + 22)
            row_top = writer.y
        x0 = writer.left + column * (box_w + gap)
        image = _prepared_image(photo)
        c = writer.canvas
        if image is None:
            c.setFont(fonts.ITALIC, 10)
            c.drawString(x0, row_top - 14, f"Không đọc được ảnh {photo.file_name}")
        else:
            iw, ih = image.getSize()
            scale = min(box_w / iw, box_h / ih)
            w, h = iw * scale, ih * scale
            c.drawImage(image, x0 + (box_w - w) / 2, row_top - h, w, h)
        c.setFont(fonts.ITALIC, 10)
        caption = f"Ảnh {i + 1}. {photo.caption or photo.file_name}"
        c.drawCentredString(x0 + box_w / 2, row_top - box_h - 12, caption[:70])
        if column == 1 or i == len(photos) - 1:
            writer.y = row_top - box_h - 20


def build_dossier_report(
    dossier: AssetDossier,
    header: DocumentHeader,
    *,
    report_id: str | None = None,
    generated_at: datetime | None = None,
) -> RenderedReport:
    a, d = dossier.asset, dossier.details
    writer = DocumentWriter(
        header,
        title=f"Hồ sơ tài sản {a.code} - {a.name}",
        subject="Hồ sơ tài sản công",
        keywords=f"hồ sơ tài sản; {a.code}",
    )
    writer.heading_block()
    writer.heading("I. THÔNG TIN CHUNG")
    info = Table(writer, (Column("", 38), Column("", 62)), size=11, show_header=False)
    for key, value in _attributes(dossier):
        info.row([key, value])
    info.close()

    section = 2
    if d.land_use or d.buildings:
        writer.heading(f"{'I' * section}. NHÀ, ĐẤT")
        section += 1
        if d.land_use:
            land = Table(
                writer,
                (Column("Hiện trạng sử dụng đất", 60), Column("Diện tích (m²)", 40, "right")),
                size=10,
            )
            for use, area in d.land_use:
                land.row([land_use_label(use), format_area(area)])
            land.close()
        if d.buildings:
            columns = (
                Column("Tên nhà", 34),
                Column("Cấp hạng", 12),
                Column("Năm xây dựng", 12, "center"),
                Column("Số tầng", 9, "center"),
                Column("Diện tích xây dựng (m²)", 17, "right"),
                Column("Diện tích sàn (m²)", 16, "right"),
            )
            buildings = Table(writer, columns, size=10)
            for b in d.buildings:
                buildings.row(
                    [
                        b.name,
                        b.grade,
                        str(b.year_built or ""),
                        str(b.floors or ""),
                        format_area(b.construction_area),
                        format_area(b.floor_area),
                    ]
                )
            buildings.close()

    numerals = ["", "I", "II", "III", "IV", "V", "VI", "VII"]
    if dossier.photos:
        writer.heading(f"{numerals[section]}. HÌNH ẢNH")
        section += 1
        _photos(writer, dossier.photos)

    writer.heading(f"{numerals[section]}. TÀI LIỆU ĐÍNH KÈM")
    section += 1
    files = Table(
        writer,
        (
            Column("STT", 6, "center"),
            Column("Tên tệp, nội dung", 34),
            Column("Loại", 15),
            Column("Dung lượng", 11, "right"),
            Column("Mã SHA-256", 34),
        ),
        size=9,
    )
    for i, f in enumerate(dossier.attachments, start=1):
        name = f"{f.file_name}\n{f.caption}" if f.caption else f.file_name
        files.row(
            [
                str(i),
                name,
                attachment_category_label(f.category),
                f"{format_int(f.size_bytes)} B",
                f"{f.sha256[:32]}\n{f.sha256[32:]}",
            ]
        )
    if not dossier.attachments:
        files.row(["", "Không có tài liệu đính kèm", "", "", ""])
    files.close()

    if dossier.proposals:
        writer.heading(f"{numerals[section]}. PHƯƠNG ÁN XỬ LÝ")
        section += 1
        plans = Table(
            writer,
            (
                Column("Mã", 20),  # "PA-4571-0001"
                Column("Nội dung", 40),
                Column("Hình thức", 24),
                Column("Trạng thái", 16),
            ),
            size=10,
        )
        for p in dossier.proposals:
            plans.row(
                [
                    p.code,
                    p.title,
                    handling_form_label(p.form, p.sale_method),
                    proposal_state_label(p.state),
                ]
            )
        plans.close()

    writer.heading(f"{numerals[section]}. LỊCH SỬ THAY ĐỔI")
    history = Table(
        writer,
        (
            Column("Thời gian", 20),
            Column("Người thực hiện", 22),
            Column("Thao tác", 18),
            Column("Nội dung", 40),
        ),
        size=10,
    )
    for h in sorted(dossier.history, key=lambda e: e.occurred_at):
        history.row([format_datetime(h.occurred_at), h.actor_name, h.action, h.summary])
    if not dossier.history:
        history.row(["", "", "", "Không có thay đổi nào được ghi riêng cho tài sản này"])
    history.close()

    return finish_report(
        writer,
        kind=KIND,
        title=f"Hồ sơ tài sản {a.code}",
        covered=[*covered_assets([a]), *covered_proposals(list(dossier.proposals))],
        totals={
            "assets": 1,
            "photos": len(dossier.photos),
            "attachments": len(dossier.attachments),
        },
        report_id=report_id,
        generated_at=generated_at,
    )
