"""Handling forms (hình thức xử lý tài sản công) as data: DOMAIN.md section 4.

FORMS is the one table of forms: names, legal basis, which asset kinds allow each form,
what a proposal must state for it, and its time limit. SALE_RULES holds the sale thresholds
and TIME_LIMITS the legal time limits. Where the law changes, correct these tables, not the
services: `form_problems` and `sale_method_problems` read them and cite the rule they apply.

Sources: Law 15/2017/QH14 Article 40 as amended by Law 90/2025/QH15; Decree 186/2025/NĐ-CP
(from 1 July 2025, amended by Decree 286/2025/NĐ-CP); Decree 03/2025/NĐ-CP for house-and-land
plans. The thresholds are those of Decree 186/2025 as summarised in DOMAIN.md and should be
checked against Decree 286/2025.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from surplus_assets.domain.asset_kinds import AssetKind, kind_label
from surplus_assets.i18n import _, current_language


class HandlingForm(StrEnum):
    KEEP = "giu_lai"
    CHANGE_OF_USE = "chuyen_doi_cong_nang"
    TRANSFER = "dieu_chuyen"
    HANDOVER = "chuyen_giao_dia_phuong"
    RECOVERY = "thu_hoi"
    SALE = "ban"
    LIQUIDATION = "thanh_ly"
    DESTRUCTION = "tieu_huy"
    LOSS = "mat_huy_hoai"
    OTHER = "khac"


class SaleMethod(StrEnum):
    AUCTION = "auction"  # đấu giá
    POSTED_PRICE = "posted"  # niêm yết giá
    DIRECT = "direct"  # chỉ định
    DEMOLITION = "demolition"  # phá dỡ, hủy bỏ (liquidation only)


class TargetUse(StrEnum):
    """What a building is turned into by a change of use (dispatch 213/CĐ-TTg priorities)."""

    HEALTH = "health"
    EDUCATION = "education"
    CULTURE = "culture"
    SPORTS = "sports"
    COMMUNE_POLICE = "police"
    COMMUNITY = "community"
    OTHER = "other"


class TimeLimit(StrEnum):
    """What the execution deadline of an approved proposal counts from the decision."""

    HANDOVER = "handover"
    SALE_VALIDITY = "sale_validity"
    LIQUIDATION = "liquidation"


@dataclass(frozen=True)
class TimeLimitRule:
    days: int = 0
    months: int = 0
    days_for_buildings: int | None = None  # a different limit for house-and-land assets
    basis: str = ""


# Decree 186/2025/NĐ-CP. A sale decision is valid 6 months and may be extended by up to 6.
DECISION_DAYS = 20  # decision within 20 days of a complete dossier
DECISION_BASIS = "Nghị định 186/2025/NĐ-CP"
BOOKS_DAYS = 30  # books and change report within 30 days of completion
TIME_LIMITS: dict[TimeLimit, TimeLimitRule] = {
    TimeLimit.HANDOVER: TimeLimitRule(days=30, basis="Nghị định 186/2025/NĐ-CP"),
    TimeLimit.SALE_VALIDITY: TimeLimitRule(months=6, basis="Nghị định 186/2025/NĐ-CP"),
    TimeLimit.LIQUIDATION: TimeLimitRule(
        days=30, days_for_buildings=60, basis="Nghị định 186/2025/NĐ-CP"
    ),
}


@dataclass(frozen=True)
class SaleRules:
    """Which sale methods the value of one unit of an asset allows (Decree 186/2025)."""

    posted_max_cost: int  # original cost per unit below this...
    posted_max_cost_liquidation: int  # ...or below this for a liquidation sale
    posted_min_value: int  # ...and revalued at least this...
    posted_max_value: int  # ...and below this: posted-price sale allowed
    direct_max_value: int  # revalued below this: direct sale allowed
    auction_only_kinds: frozenset[AssetKind]
    basis: str


SALE_RULES = SaleRules(
    posted_max_cost=250_000_000,
    posted_max_cost_liquidation=500_000_000,
    posted_min_value=10_000_000,
    posted_max_value=50_000_000,
    direct_max_value=10_000_000,
    auction_only_kinds=frozenset({AssetKind.CAR}),
    basis="Nghị định 186/2025/NĐ-CP",
)

ALL = frozenset(AssetKind)
BUILDINGS = frozenset({AssetKind.LAND, AssetKind.HOUSING})
LAW = "Luật 15/2017/QH14, Điều 40 (sửa đổi bởi Luật 90/2025/QH15)"


@dataclass(frozen=True)
class FormRule:
    code: HandlingForm
    name_vi: str
    name_en: str
    legal_basis: str
    kinds: frozenset[AssetKind]
    recipient_required: bool = False  # transfer and handover name who receives the asset
    target_use_required: bool = False  # change of use names the new use
    justification_required: bool = False  # the reason or legal basis must be written down
    sale_methods: tuple[SaleMethod, ...] = ()  # empty: the form is not a sale
    time_limit: TimeLimit | None = None

    def name(self) -> str:
        return self.name_en if current_language() == "en" else self.name_vi

    def applies_to(self, kind: str) -> bool:
        return kind in self.kinds


_SALES = (SaleMethod.AUCTION, SaleMethod.POSTED_PRICE, SaleMethod.DIRECT)
FORMS: dict[HandlingForm, FormRule] = {rule.code: rule for rule in (
    FormRule(HandlingForm.KEEP, "Giữ lại tiếp tục sử dụng", "Keep in use", LAW, ALL),
    FormRule(HandlingForm.CHANGE_OF_USE, "Chuyển đổi công năng", "Change of use",
             f"{LAW}; Nghị định 03/2025/NĐ-CP", BUILDINGS, target_use_required=True,
             time_limit=TimeLimit.HANDOVER),
    FormRule(HandlingForm.TRANSFER, "Điều chuyển", "Transfer", f"{LAW}; Nghị định 186/2025/NĐ-CP",
             ALL, recipient_required=True, time_limit=TimeLimit.HANDOVER),
    FormRule(HandlingForm.HANDOVER, "Chuyển giao về địa phương quản lý, xử lý",
             "Hand over to the locality", f"{LAW}; Nghị định 03/2025/NĐ-CP", BUILDINGS,
             recipient_required=True, time_limit=TimeLimit.HANDOVER),
    FormRule(HandlingForm.RECOVERY, "Thu hồi", "Recovery", f"{LAW}; Nghị định 186/2025/NĐ-CP",
             ALL, time_limit=TimeLimit.HANDOVER),
    FormRule(HandlingForm.SALE, "Bán", "Sale", f"{LAW}; Nghị định 186/2025/NĐ-CP", ALL,
             sale_methods=_SALES, time_limit=TimeLimit.SALE_VALIDITY),
    FormRule(HandlingForm.LIQUIDATION, "Thanh lý", "Liquidation",
             f"{LAW}; Nghị định 186/2025/NĐ-CP",
             frozenset({AssetKind.LAND, AssetKind.HOUSING, AssetKind.CAR, AssetKind.EQUIPMENT}),
             justification_required=True, sale_methods=(SaleMethod.DEMOLITION, *_SALES),
             time_limit=TimeLimit.LIQUIDATION),
    FormRule(HandlingForm.DESTRUCTION, "Tiêu hủy", "Destruction",
             f"{LAW}; Nghị định 186/2025/NĐ-CP", frozenset({AssetKind.EQUIPMENT}),
             justification_required=True),
    FormRule(HandlingForm.LOSS, "Xử lý khi bị mất, bị hủy hoại",
             "Write-off after loss or destruction", LAW, ALL, justification_required=True),
    FormRule(HandlingForm.OTHER, "Hình thức khác", "Other form allowed by law", LAW, ALL,
             justification_required=True),
)}  # fmt: skip


def form_rule(code: str) -> FormRule:
    return FORMS[HandlingForm(code)]


def form_label(code: str) -> str:
    return form_rule(code).name()


def target_use_label(use: str) -> str:
    return {
        TargetUse.HEALTH: _("Health"),
        TargetUse.EDUCATION: _("Education"),
        TargetUse.CULTURE: _("Culture"),
        TargetUse.SPORTS: _("Sports"),
        TargetUse.COMMUNE_POLICE: _("Commune police"),
        TargetUse.COMMUNITY: _("Community activities"),
        TargetUse.OTHER: _("Other public use"),
    }[TargetUse(use)]


def sale_method_label(method: str) -> str:
    return {
        SaleMethod.AUCTION: _("Auction"),
        SaleMethod.POSTED_PRICE: _("Posted-price sale"),
        SaleMethod.DIRECT: _("Direct sale"),
        SaleMethod.DEMOLITION: _("Demolition"),
    }[SaleMethod(method)]


def kind_problem(code: str, kind: str) -> str | None:
    """Why `code` cannot handle an asset of `kind`, citing the rule; None when it can."""
    rule = form_rule(code)
    if rule.applies_to(kind):
        return None
    allowed = ", ".join(kind_label(k) for k in AssetKind if k in rule.kinds)
    return _(
        '"{form}" does not apply to {kind}: it applies only to {allowed} ({basis}).'
    ).format(form=rule.name(), kind=kind_label(kind).lower(), allowed=allowed.lower(),
             basis=rule.legal_basis)  # fmt: skip


@dataclass(frozen=True)
class UnitValue:
    """One asset as the sale rules see it: its kind and its values per unit."""

    kind: str
    cost_per_unit: int  # original cost (nguyên giá) of one unit
    value_per_unit: int  # revalued (or, until revalued, remaining) value of one unit


def allowed_sale_methods(code: str, asset: UnitValue) -> tuple[SaleMethod, ...]:
    """The methods by which `asset` may be sold or liquidated under form `code`."""
    rule = form_rule(code)
    if not rule.sale_methods:
        return ()
    rules = SALE_RULES
    if asset.kind in rules.auction_only_kinds:
        return tuple(m for m in rule.sale_methods if m in (SaleMethod.AUCTION,
                                                           SaleMethod.DEMOLITION))  # fmt: skip
    max_cost = (rules.posted_max_cost_liquidation if rule.code == HandlingForm.LIQUIDATION
                else rules.posted_max_cost)  # fmt: skip
    allowed: list[SaleMethod] = []
    for method in rule.sale_methods:
        if method == SaleMethod.POSTED_PRICE and not (
            asset.cost_per_unit < max_cost
            and rules.posted_min_value <= asset.value_per_unit < rules.posted_max_value
        ):
            continue
        if method == SaleMethod.DIRECT and not asset.value_per_unit < rules.direct_max_value:
            continue
        allowed.append(method)
    return tuple(allowed)


def sale_method_problem(code: str, method: str | None, asset: UnitValue) -> str | None:
    """Why `method` cannot be used for `asset` under form `code`, citing the rule."""
    rule = form_rule(code)
    if not rule.sale_methods:
        return (
            None
            if method is None
            else _('"{form}" is not a sale: leave the sale method empty.').format(form=rule.name())
        )
    if method is None:
        return None  # auction is the default (and demolition for liquidation is chosen later)
    if method not in rule.sale_methods:
        return _('"{method}" is not a method of "{form}".').format(
            method=method, form=rule.name())  # fmt: skip
    if SaleMethod(method) in allowed_sale_methods(code, asset):
        return None
    rules = SALE_RULES
    if asset.kind in rules.auction_only_kinds:
        return _("A {kind} may only be sold by auction ({basis}).").format(
            kind=kind_label(asset.kind).lower(), basis=rules.basis)  # fmt: skip
    if method == SaleMethod.DIRECT:
        return _(
            "Direct sale needs a value under {limit} per unit; this asset is valued at "
            "{value} ({basis}). Sell it by auction."
        ).format(limit=_vnd(rules.direct_max_value), value=_vnd(asset.value_per_unit),
                 basis=rules.basis)  # fmt: skip
    max_cost = (rules.posted_max_cost_liquidation if rule.code == HandlingForm.LIQUIDATION
                else rules.posted_max_cost)  # fmt: skip
    return _(
        "Posted-price sale needs an original cost under {cost} and a value from {low} to under "
        "{high} per unit; this asset cost {asset_cost} and is valued at {value} ({basis}). "
        "Sell it by auction."
    ).format(cost=_vnd(max_cost), low=_vnd(rules.posted_min_value),
             high=_vnd(rules.posted_max_value), asset_cost=_vnd(asset.cost_per_unit),
             value=_vnd(asset.value_per_unit), basis=rules.basis)  # fmt: skip


def _vnd(amount: int) -> str:
    from surplus_assets.domain.numbers import format_money

    return format_money(amount)
