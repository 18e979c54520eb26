"""The handling-form rules of DOMAIN.md section 4: which forms apply to which kinds, the sale
thresholds, and the deadlines they imply."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from surplus_assets.domain.asset_kinds import AssetKind
from surplus_assets.domain.deadlines import DeadlineFacts, add_months, deadline, is_overdue
from surplus_assets.domain.handling_forms import (
    FORMS,
    HandlingForm,
    SaleMethod,
    UnitValue,
    allowed_sale_methods,
    kind_problem,
    sale_method_problem,
)
from surplus_assets.i18n import set_language

L, H, C, E = AssetKind.LAND, AssetKind.HOUSING, AssetKind.CAR, AssetKind.EQUIPMENT
# Written out from DOMAIN.md's table, independently of FORMS.
EXPECTED_KINDS = {
    "giu_lai": {L, H, C, E},
    "chuyen_doi_cong_nang": {L, H},
    "dieu_chuyen": {L, H, C, E},
    "chuyen_giao_dia_phuong": {L, H},
    "thu_hoi": {L, H, C, E},
    "ban": {L, H, C, E},
    "thanh_ly": {L, H, C, E},
    "tieu_huy": {E},
    "mat_huy_hoai": {L, H, C, E},
    "khac": {L, H, C, E},
}


@pytest.fixture(autouse=True)
def english() -> object:
    set_language("en")
    yield None
    set_language("vi")


def test_the_table_holds_every_form_of_the_law() -> None:
    assert set(FORMS) == set(EXPECTED_KINDS)
    for rule in FORMS.values():
        assert rule.name_vi and rule.name_en and "Luật 15/2017/QH14" in rule.legal_basis


@pytest.mark.parametrize("form", sorted(EXPECTED_KINDS))
@pytest.mark.parametrize("kind", list(AssetKind))
def test_form_versus_kind(form: str, kind: AssetKind) -> None:
    problem = kind_problem(form, kind)
    if kind in EXPECTED_KINDS[form]:
        assert problem is None
    else:
        assert problem is not None
        assert FORMS[HandlingForm(form)].name_en in problem  # names the form...
        assert "Luật 15/2017/QH14" in problem  # ...and cites the rule


def test_destruction_of_a_headquarters_is_refused_with_the_reason() -> None:
    message = kind_problem("tieu_huy", AssetKind.LAND)
    assert message is not None
    assert "applies only to equipment and other assets" in message


def test_a_car_is_sold_by_auction_only() -> None:
    cheap_car = UnitValue(AssetKind.CAR, 200_000_000, 5_000_000)
    assert allowed_sale_methods("ban", cheap_car) == (SaleMethod.AUCTION,)
    for method in (SaleMethod.POSTED_PRICE, SaleMethod.DIRECT):
        message = sale_method_problem("ban", method, cheap_car)
        assert message is not None and "only be sold by auction" in message
    assert sale_method_problem("ban", SaleMethod.AUCTION, cheap_car) is None


@pytest.mark.parametrize(
    ("cost", "value", "form", "expected"),
    [
        (249_999_999, 10_000_000, "ban", {"auction", "posted"}),
        (249_999_999, 49_999_999, "ban", {"auction", "posted"}),
        (250_000_000, 20_000_000, "ban", {"auction"}),  # cost not under 250 million
        (249_999_999, 50_000_000, "ban", {"auction"}),  # value not under 50 million
        (100_000_000, 9_999_999, "ban", {"auction", "direct"}),  # under 10 million: direct
        (400_000_000, 20_000_000, "thanh_ly", {"auction", "posted", "demolition"}),
        (500_000_000, 20_000_000, "thanh_ly", {"auction", "demolition"}),
    ],
)
def test_sale_thresholds(cost: int, value: int, form: str, expected: set[str]) -> None:
    assert set(allowed_sale_methods(form, UnitValue(AssetKind.EQUIPMENT, cost, value))) == expected


def test_refused_sale_method_says_what_to_do() -> None:
    message = sale_method_problem(
        "ban", "posted", UnitValue(AssetKind.EQUIPMENT, 300_000_000, 20_000_000)
    )
    assert message is not None and "Sell it by auction" in message and "250,000,000 ₫" in message
    assert sale_method_problem("giu_lai", "auction", UnitValue(E, 1, 1)) is not None


def _facts(
    state: str,
    form: str = "dieu_chuyen",
    target: date | None = None,
    kinds: tuple[str, ...] = ("equipment",),
) -> DeadlineFacts:
    return DeadlineFacts(
        form, state, target, datetime(2026, 3, 1, 20, 0, tzinfo=UTC), date(2026, 3, 10), kinds
    )


def test_deadlines_follow_the_stage_and_the_legal_limits() -> None:
    # Submitted at 20:00 UTC on 1 March = 2 March in Viet Nam; decision due 20 days later.
    assert deadline(_facts("submitted")).due == date(2026, 3, 22)  # type: ignore[union-attr]
    assert deadline(_facts("approved")).due == date(2026, 4, 9)  # type: ignore[union-attr]
    assert deadline(_facts("approved", "ban")).due == date(2026, 9, 10)  # type: ignore[union-attr]
    building = _facts("in_progress", "thanh_ly", kinds=("land", "equipment"))
    assert deadline(building).due == date(2026, 5, 9)  # type: ignore[union-attr]
    assert deadline(_facts("in_progress", "thanh_ly")).due == date(2026, 4, 9)  # type: ignore[union-attr]
    assert deadline(_facts("draft")) is None
    assert deadline(_facts("completed", target=date(2020, 1, 1))) is None


def test_an_earlier_target_date_wins_and_overdue_is_after_the_due_day() -> None:
    facts = _facts("approved", target=date(2026, 3, 20))
    due = deadline(facts)
    assert due is not None and due.due == date(2026, 3, 20) and due.reason == "target date"
    assert not is_overdue(facts, date(2026, 3, 20))
    assert is_overdue(facts, date(2026, 3, 21))
    assert not is_overdue(_facts("rejected", target=date(2026, 3, 20)), date(2027, 1, 1))


def test_add_months_keeps_the_day_or_the_month_end() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 1, 15), 6) == date(2026, 7, 15)
