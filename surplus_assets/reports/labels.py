"""Vietnamese labels for the codes stored in the database, as reports print them.

Handling forms follow DOMAIN.md section 4. When domain/asset_kinds.py and
domain/handling_forms.py exist, these tables should be read from there (one table per
concept); an unknown code prints as itself rather than failing a report.
"""

from __future__ import annotations

# Short forms for narrow table columns.
ASSET_KINDS_SHORT = {
    "headquarters": "Nhà, đất",
    "housing": "Nhà công vụ",
    "car": "Xe ô tô",
    "equipment": "Máy móc, thiết bị",
    "other": "Tài sản khác",
}

ASSET_KINDS = {
    "headquarters": "Trụ sở làm việc, cơ sở nhà đất",
    "housing": "Nhà công vụ",
    "car": "Xe ô tô",
    "equipment": "Máy móc, thiết bị",
    "other": "Tài sản khác",
}

HANDLING_FORMS = {
    "giu_lai": "Giữ lại tiếp tục sử dụng",
    "chuyen_doi_cong_nang": "Chuyển đổi công năng",
    "dieu_chuyen": "Điều chuyển",
    "chuyen_giao_dia_phuong": "Chuyển giao về địa phương quản lý, xử lý",
    "thu_hoi": "Thu hồi",
    "ban": "Bán",
    "thanh_ly": "Thanh lý",
    "tieu_huy": "Tiêu hủy",
    "mat_huy_hoai": "Xử lý khi bị mất, bị hủy hoại",
    "khac": "Hình thức khác",
}

ASSET_STATUSES_SHORT = {
    "surplus": "Chưa có phương án",
    "proposed": "Đã đề xuất",
    "approved": "Đã phê duyệt",
    "in_progress": "Đang xử lý",
    "handled": "Đã xử lý xong",
    "in_use": "Đang sử dụng",
}

HANDLING_FORMS_SHORT = {
    "giu_lai": "Giữ lại sử dụng",
    "chuyen_doi_cong_nang": "Chuyển đổi công năng",
    "dieu_chuyen": "Điều chuyển",
    "chuyen_giao_dia_phuong": "Chuyển giao địa phương",
    "thu_hoi": "Thu hồi",
    "ban": "Bán",
    "thanh_ly": "Thanh lý",
    "tieu_huy": "Tiêu hủy",
    "mat_huy_hoai": "Mất, bị hủy hoại",
    "khac": "Hình thức khác",
}

ASSET_STATUSES = {
    "surplus": "Dôi dư, chưa có phương án",
    "proposed": "Đã đề xuất phương án",
    "approved": "Đã phê duyệt phương án",
    "in_progress": "Đang xử lý",
    "handled": "Đã xử lý xong",
    "in_use": "Đang sử dụng",
}

PROPOSAL_STATES = {
    "draft": "Dự thảo",
    "submitted": "Đã trình",
    "returned": "Trả lại",
    "approved": "Đã phê duyệt",
    "rejected": "Không phê duyệt",
    "in_progress": "Đang thực hiện",
    "completed": "Hoàn thành",
    "cancelled": "Đã hủy",
}

SALE_METHODS = {"auction": "đấu giá", "posted": "niêm yết giá", "direct": "chỉ định"}

LAND_USES = {
    "office": "Làm trụ sở làm việc",
    "public_service": "Hoạt động sự nghiệp",
    "housing": "Làm nhà ở",
    "leased": "Cho thuê",
    "vacant": "Bỏ trống",
    "encroached": "Bị lấn chiếm",
    "other": "Sử dụng khác",
}

ATTACHMENT_CATEGORIES = {
    "photo": "Ảnh",
    "land_certificate": "Giấy chứng nhận quyền sử dụng đất",
    "decision": "Quyết định",
    "other": "Tài liệu khác",
}


def label(table: dict[str, str], code: str | None) -> str:
    """The Vietnamese label of `code`, the code itself when unknown, "" for None."""
    if not code:
        return ""
    return table.get(code, code)


def handling_form_label(code: str | None, sale_method: str | None = None) -> str:
    text = label(HANDLING_FORMS, code)
    if code == "ban" and sale_method:
        text = f"{text} ({label(SALE_METHODS, sale_method)})"
    return text
