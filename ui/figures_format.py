"""How the dashboard and units page write figures: compact on screen, exact in tooltips.

Province totals run to tens of trillions of đồng, which no table column can show whole, so
money is shown in billions ("1.234,5 tỷ ₫", as Vietnamese progress reports write it) and the
exact amount ("1.234.567.890.000 ₫") is in the tooltip.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from surplus_assets.domain.numbers import format_decimal, format_money

BILLION = 10**9


def count_text(count: int) -> str:
    return format_decimal(count, 0)


def money_billions(value: int) -> str:
    """ "1.234,5 tỷ ₫" (vi) / "1,234.5 bn ₫" (en): one decimal of billions of đồng."""
    amount = format_decimal(Decimal(value) / BILLION, 1)
    return QCoreApplication.translate("Figures", "{amount} bn ₫").format(amount=amount)


def money_exact(value: int) -> str:
    return format_money(value)


def area_text(value: Decimal) -> str:
    return format_decimal(value, 2, unit="m²")
