"""Realistic synthetic report data (Vietnamese names), for tests, benchmarks and previews.

Deterministic for a given seed, so a failing test can be reproduced.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from surplus_assets.reports.data import (
    AssetDetails,
    AssetDossier,
    AssetRow,
    AttachmentItem,
    BuildingRow,
    DocumentHeader,
    HistoryEntry,
    OverdueItem,
    PhotoItem,
    ProgressData,
    ProposalRow,
)

_PLACES = [
    "Hòa Bình",
    "Thanh Sơn",
    "Yên Lạc",
    "Tam Đảo",
    "Đồng Xuân",
    "Quỳnh Lưu",
    "Ngọc Lặc",
    "Hương Khê",
    "Cẩm Thủy",
    "Đức Thọ",
    "Phù Ninh",
    "Lâm Thao",
    "Vĩnh Tường",
    "Bình Xuyên",
    "Sông Lô",
    "Lập Thạch",
    "Tân Sơn",
    "Yên Lập",
    "Hạ Hòa",
    "Đoan Hùng",
    "Thanh Thủy",
    "Kim Bôi",
    "Lương Sơn",
    "Mai Châu",
    "Đà Bắc",
    "Cao Phong",
    "Lạc Thủy",
    "Yên Thủy",
]
_PEOPLE = [
    "Nguyễn Văn Hùng",
    "Trần Thị Thu Hương",
    "Lê Đức Thắng",
    "Phạm Ngọc Ánh",
    "Hoàng Minh Quân",
    "Đặng Thị Hồng Nhung",
    "Vũ Quốc Việt",
    "Bùi Thị Lệ Quyên",
]
_KIND_NAMES = {
    "land": [
        "Trụ sở UBND {old}",
        "Trụ sở Đảng ủy {old}",
        "Nhà văn hóa {old}",
        "Trạm y tế cũ {old}",
        "Trụ sở Công an {old}",
    ],
    "housing": ["Nhà công vụ {old}"],
    "car": [
        "Xe ô tô Toyota Innova 7 chỗ ({old})",
        "Xe ô tô Ford Everest ({old})",
        "Xe bán tải Mitsubishi Triton ({old})",
    ],
    "equipment": [
        "Máy phát điện Honda 5 kVA ({old})",
        "Máy photocopy Ricoh ({old})",
        "Bộ bàn ghế hội trường ({old})",
        "Máy điều hòa Daikin 18.000 BTU ({old})",
    ],
}
_STATUSES = ["surplus", "surplus", "proposed", "approved", "in_progress", "handled"]
_FORMS = [
    "giu_lai",
    "chuyen_doi_cong_nang",
    "dieu_chuyen",
    "chuyen_giao_dia_phuong",
    "ban",
    "thanh_ly",
    None,
]
_NOTES = [
    "",
    "",
    "Xuống cấp, thấm dột",
    "Đề xuất làm trạm y tế xã",
    "Giấy chứng nhận đang cấp đổi",
    "Đang cho mượn làm điểm trường mầm non",
]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_assets(count: int, seed: int = 7, communes: int = 40) -> list[AssetRow]:
    rng = random.Random(seed)
    current_units = [f"{rng.choice(['Xã', 'Phường'])} {p}" for p in _PLACES]
    current_units = (current_units * (communes // len(current_units) + 1))[:communes]
    current_units = [
        f"{u}" if i < len(_PLACES) else f"{u} {i // len(_PLACES) + 1}"
        for i, u in enumerate(current_units)
    ]
    assets = []
    for i in range(count):
        current = current_units[i % len(current_units)]
        # a new commune received the assets of a few legacy communes (and of a district)
        origin = (i % len(current_units) + rng.randrange(3)) % len(_PLACES)
        old = f"xã {_PLACES[origin]}" if rng.random() < 0.85 else f"huyện {_PLACES[origin]}"
        kind = rng.choices(list(_KIND_NAMES), weights=[5, 1, 2, 3])[0]
        cost = rng.randrange(50, 12_000) * 1_000_000
        land = floor = None
        if kind in ("land", "housing"):
            land = Decimal(rng.randrange(20_000, 600_000)) / 100
            floor = Decimal(rng.randrange(8_000, 150_000)) / 100
        status = rng.choice(_STATUSES)
        assets.append(
            AssetRow(
                id=_uid(rng),
                code=f"TS-{i + 1:05d}",
                name=rng.choice(_KIND_NAMES[kind]).format(old=old),
                kind=kind,
                current_unit_name=current,
                legacy_unit_name=old[0].upper() + old[1:],
                province_name="Tỉnh Phú Thọ",
                address=f"Thôn {rng.randrange(1, 12)}, {old}",
                year_in_use=rng.randrange(1995, 2023),
                cost_budget=cost * 9 // 10,
                cost_other=cost // 10,
                remaining_value=cost * rng.randrange(5, 80) // 100,
                land_area=land,
                floor_area=floor,
                status=status,
                handling_form=rng.choice(_FORMS) if status != "surplus" else None,
                current_use=rng.choice(["Bỏ trống", "Đang sử dụng tạm", "Cho mượn"]),
                notes=rng.choice(_NOTES),
                version=rng.randrange(1, 6),
            )
        )
    return assets


def make_proposals(assets: list[AssetRow], count: int = 3, seed: int = 11) -> list[ProposalRow]:
    rng = random.Random(seed)
    proposals = []
    per = max(1, len(assets) // count)
    for i in range(count):
        chunk = tuple(assets[i * per : (i + 1) * per])
        form = ["chuyen_doi_cong_nang", "ban", "dieu_chuyen", "thanh_ly"][i % 4]
        proposals.append(
            ProposalRow(
                id=_uid(rng),
                code=f"PA-{i + 1:04d}",
                title=f"Phương án xử lý tài sản dôi dư {chunk[0].current_unit_name}",
                form=form,
                state=["submitted", "draft", "approved"][i % 3],
                assets=chunk,
                version=rng.randrange(1, 4),
                sale_method="auction" if form == "ban" else None,
                target_use="Trạm y tế xã" if form == "chuyen_doi_cong_nang" else "",
                recipient_name="Công an xã Hòa Bình" if form == "dieu_chuyen" else "",
                justification=(
                    "Tài sản dôi dư sau sắp xếp đơn vị hành chính, không còn nhu cầu sử dụng"
                ),
                estimated_value=sum(a.remaining_value for a in chunk),
                target_date=date(2026, 6, 30),
            )
        )
    return proposals


def make_header(document_type: str = "BÁO CÁO", summary: str = "") -> DocumentHeader:
    return DocumentHeader(
        parent_agency="UBND tỉnh Phú Thọ",
        issuing_agency="Sở Tài chính",
        number="12/BC-STC",
        place="Phú Thọ",
        date=date(2026, 3, 5),
        document_type=document_type,
        summary=summary or "Danh mục tài sản công dôi dư sau sắp xếp đơn vị hành chính",
        signer_authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC",
        signer_name="Nguyễn Văn Hùng",
        recipients=(
            "UBND tỉnh (để báo cáo);",
            "Bộ Tài chính (Cục Quản lý công sản);",
            "Giám đốc, các Phó Giám đốc Sở;",
        ),
    )


def make_dossier(
    asset: AssetRow, photos: tuple[PhotoItem, ...] = (), seed: int = 3
) -> AssetDossier:
    rng = random.Random(seed)
    start = datetime(2025, 8, 1, 2, 30, tzinfo=UTC)
    history = tuple(
        HistoryEntry(start + timedelta(days=9 * i, hours=i), rng.choice(_PEOPLE), action, text)
        for i, (action, text) in enumerate(
            [
                ("Tạo mới", "Kiểm kê tài sản dôi dư tại xã"),
                ("Sửa", "Cập nhật diện tích đất theo giấy chứng nhận"),
                ("Đính kèm", "Thêm ảnh hiện trạng"),
                ("Chuyển trạng thái", "Đã đề xuất phương án chuyển đổi công năng"),
            ]
        )
    )
    attachments = tuple(
        AttachmentItem(
            name, cat, rng.randrange(40_000, 4_000_000), f"{rng.getrandbits(256):064x}", caption
        )
        for name, cat, caption in [
            ("giay-chung-nhan-QSDĐ.pdf", "land_certificate", "Giấy chứng nhận QSDĐ số BĐ 123456"),
            ("quyet-dinh-giao-dat.pdf", "decision", "Quyết định giao đất năm 2003"),
            ("mat-truoc.jpg", "photo", "Mặt trước trụ sở"),
        ]
    )
    details = AssetDetails(
        land_certificate="BĐ 123456 ngày 12/4/2010",
        land_use=(
            ("office", Decimal("820.50")),
            ("vacant", Decimal("410.00")),
            ("encroached", Decimal("35.25")),
        ),
        buildings=(
            BuildingRow(
                "Nhà làm việc 2 tầng", "Cấp III", 2004, 2, Decimal("310.00"), Decimal("620.00")
            ),
            BuildingRow("Nhà hội trường", "Cấp IV", 1998, 1, Decimal("180.00"), Decimal("180.00")),
        ),
        condition="Xuống cấp một phần",
        custodian="UBND xã Hòa Bình",
        latitude=21.3,
        longitude=105.2,
    )
    return AssetDossier(
        asset=asset, details=details, photos=photos, attachments=attachments, history=history
    )


def make_progress(assets: list[AssetRow], proposals: list[ProposalRow]) -> ProgressData:
    overdue = tuple(
        OverdueItem(
            p.code,
            p.title,
            p.form,
            date(2026, 2, 1) + timedelta(days=i * 5),
            30 - i * 5,
            _PEOPLE[i % len(_PEOPLE)],
            "Quyết định xử lý",
        )
        for i, p in enumerate(proposals[:4])
    )
    return ProgressData(
        as_of=date(2026, 3, 5), assets=tuple(assets), proposals=tuple(proposals), overdue=overdue
    )
