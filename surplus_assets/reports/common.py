"""Small helpers shared by the report modules (grouping, numbering, sums)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from surplus_assets.domain.text import collation_key
from surplus_assets.reports.data import AssetRow
from surplus_assets.reports.formatting import format_area, format_int

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def vn_sorted(names: Iterable[str]) -> list[str]:
    return sorted(names, key=collation_key)


def money_cell(value: int) -> str:
    """Money in a table whose header says "(đồng)": digits only."""
    return format_int(value)


def area_cell(value: Decimal | None) -> str:
    return format_area(value)


class Sums:
    """Running totals of a group of assets."""

    def __init__(self) -> None:
        self.count = 0
        self.land = Decimal(0)
        self.floor = Decimal(0)
        self.cost = 0
        self.remaining = 0

    def add(self, asset: AssetRow) -> None:
        self.count += 1
        self.land += asset.land_area or 0
        self.floor += asset.floor_area or 0
        self.cost += asset.original_cost
        self.remaining += asset.remaining_value

    def merge(self, other: Sums) -> None:
        self.count += other.count
        self.land += other.land
        self.floor += other.floor
        self.cost += other.cost
        self.remaining += other.remaining
