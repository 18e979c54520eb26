"""The Vietnamese labels reports print for database codes, read from the domain tables.

A report is an administrative document in Vietnamese whatever the interface language, so
each label is taken from the domain's one table (asset_kinds, handling_forms,
proposal_workflow) inside `language_for_document("vi")`. An unknown code (a record from a
newer version, a test's made-up code) prints as itself rather than failing a whole report.
"""

from __future__ import annotations

from collections.abc import Callable

from surplus_assets.domain import asset_kinds, handling_forms, proposal_workflow
from surplus_assets.i18n import language_for_document

DOCUMENT_LANGUAGE = "vi"

# Attachment categories have no domain table yet (the attachments service owns them).
ATTACHMENT_CATEGORIES = {
    "photo": "Ảnh",
    "land_certificate": "Giấy chứng nhận quyền sử dụng đất",
    "decision": "Quyết định",
    "other": "Tài liệu khác",
}


def _vi(lookup: Callable[[str], str], code: str | None) -> str:
    """`lookup(code)` in Vietnamese; the code itself when unknown, "" for None/empty."""
    if not code:
        return ""
    try:
        with language_for_document(DOCUMENT_LANGUAGE):
            return lookup(code)
    except (KeyError, ValueError):
        return code


def kind_label(code: str | None) -> str:
    return _vi(asset_kinds.kind_label, code)


def status_label(code: str | None) -> str:
    return _vi(asset_kinds.status_label, code)


def condition_label(code: str | None) -> str:
    return _vi(asset_kinds.condition_label, code)


def proposal_state_label(code: str | None) -> str:
    return _vi(proposal_workflow.state_label, code)


def target_use_label(code: str | None) -> str:
    """The planned use's label for a domain code; free text (older data) prints as it is."""
    return _vi(handling_forms.target_use_label, code)


def land_use_label(code: str) -> str:
    """ "office" → the label of the register's land_use_office field, without its unit."""
    spec = asset_kinds.FIELDS_BY_NAME.get(f"land_use_{code}")
    if spec is None:
        return code
    with language_for_document(DOCUMENT_LANGUAGE):
        return spec.label().removesuffix(" (m²)")


def handling_form_label(code: str | None, sale_method: str | None = None) -> str:
    """ "Bán (đấu giá)": the form, and for a sale or liquidation the method, lower case."""
    text = _vi(handling_forms.form_label, code)
    method = _vi(handling_forms.sale_method_label, sale_method)
    if text and method:
        text = f"{text} ({method[:1].lower()}{method[1:]})"
    return text


def attachment_category_label(code: str | None) -> str:
    return ATTACHMENT_CATEGORIES.get(code or "", code or "")
