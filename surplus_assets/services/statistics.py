"""Figures for the dashboard and the units page: counts and values grouped in SQL.

One aggregate query reads every live asset once, grouped by kind, status, handling form and
current unit together; the smaller breakdowns (by kind, by status, ...) are sums of those
groups in Python, so the dashboard costs one table scan however many breakdowns it shows.
At province scale (200,000 assets) the groups number a few thousand at most.

Money is integer VND; land area is a Decimal of m² with 2 places (None-valued areas count as
zero). Deleted assets are left out, as in the asset list.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from surplus_assets.db.models import Asset
from surplus_assets.domain.asset_kinds import AssetKind, AssetStatus
from surplus_assets.domain.permissions import Permission
from surplus_assets.services.context import ServiceContext

ZERO_AREA = Decimal("0.00")


@dataclass(frozen=True)
class Figures:
    """The figures of one group of assets (one kind, one status, one commune...)."""

    key: str | None  # the kind/status/handling form code or unit id; None: not set
    count: int = 0
    original_cost: int = 0  # VND, state budget + other sources
    remaining_value: int = 0  # VND
    land_area: Decimal = ZERO_AREA  # m²

    def plus(self, other: Figures) -> Figures:
        return Figures(
            self.key,
            self.count + other.count,
            self.original_cost + other.original_cost,
            self.remaining_value + other.remaining_value,
            self.land_area + other.land_area,
        )


@dataclass(frozen=True)
class Overview:
    """Everything the dashboard shows, computed from one grouped query."""

    total: Figures
    by_kind: list[Figures]  # every kind, in AssetKind order, zeros included
    by_status: list[Figures]  # every status, in workflow order, zeros included
    by_handling_form: list[Figures]  # forms in use (key None: no form chosen yet), largest first
    by_current_unit: list[Figures]  # units holding assets, largest first
    # count of assets per (kind, status): the progress chart
    kind_status_counts: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass(frozen=True)
class UnitCounts:
    """Live asset counts per administrative unit, for the units page."""

    by_province: dict[str, int]
    by_current_unit: dict[str, int]
    # assets received from a legacy unit, per (current unit, legacy unit): a divided legacy
    # commune's assets are counted under each current commune that holds some of them
    by_current_and_legacy: dict[tuple[str, str], int]


def _grouped(
    groups: Iterable[tuple[tuple[str | None, ...], Figures]],
    key_of: Callable[[tuple[str | None, ...]], Hashable],
) -> dict[Any, Figures]:
    result: dict[Any, Figures] = {}
    for key, figures in groups:
        wanted = key_of(key)
        label = wanted if isinstance(wanted, str) or wanted is None else None
        result[wanted] = result.get(wanted, Figures(label)).plus(figures)
    return result


def _largest_first(figures: Iterable[Figures]) -> list[Figures]:
    return sorted(figures, key=lambda f: (-f.count, -f.remaining_value, f.key or ""))


class StatisticsService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def overview(self, *, province_id: str | None = None) -> Overview:
        """Counts and values by kind, status, handling form and current unit."""
        self.context.require(Permission.VIEW)
        statement = select(
            Asset.kind, Asset.status, Asset.handling_form, Asset.current_unit_id,
            func.count(), func.coalesce(func.sum(Asset.cost_budget + Asset.cost_other), 0),
            func.coalesce(func.sum(Asset.remaining_value), 0),
            func.coalesce(func.sum(Asset.land_area), 0),
        ).where(Asset.deleted_at.is_(None)).group_by(
            Asset.kind, Asset.status, Asset.handling_form, Asset.current_unit_id
        )  # fmt: skip
        if province_id:
            statement = statement.where(Asset.province_id == province_id)
        with self.context.db.read() as session:
            rows = session.execute(statement).all()
        groups = [
            ((kind, status, form, unit),
             Figures(None, int(count), int(cost), int(value), _area(area)))
            for kind, status, form, unit, count, cost, value, area in rows
        ]  # fmt: skip
        total = Figures(None)
        for _key, figures in groups:
            total = total.plus(figures)
        kinds = _grouped(groups, lambda k: k[0])
        statuses = _grouped(groups, lambda k: k[1])
        pairs = _grouped(groups, lambda k: (k[0], k[1]))
        return Overview(
            total=total,
            by_kind=[kinds.get(k.value, Figures(k.value)) for k in AssetKind],
            by_status=[statuses.get(s.value, Figures(s.value)) for s in AssetStatus],
            by_handling_form=_largest_first(_grouped(groups, lambda k: k[2]).values()),
            by_current_unit=_largest_first(_grouped(groups, lambda k: k[3]).values()),
            kind_status_counts={key: f.count for key, f in pairs.items()},
        )

    def unit_counts(self) -> UnitCounts:
        """How many live assets each province, current unit and legacy unit holds."""
        self.context.require(Permission.VIEW)
        statement = (
            select(Asset.province_id, Asset.current_unit_id, Asset.legacy_unit_id, func.count())
            .where(Asset.deleted_at.is_(None))
            .group_by(Asset.province_id, Asset.current_unit_id, Asset.legacy_unit_id)
        )
        provinces: dict[str, int] = defaultdict(int)
        current: dict[str, int] = defaultdict(int)
        pairs: dict[tuple[str, str], int] = {}
        with self.context.db.read() as session:
            for province_id, current_id, legacy_id, count in session.execute(statement):
                provinces[province_id] += count
                current[current_id] += count
                if legacy_id is not None:
                    pairs[(current_id, legacy_id)] = int(count)
        return UnitCounts(dict(provinces), dict(current), pairs)


def _area(value: object) -> Decimal:
    """SUM over a Numeric column: Decimal on PostgreSQL, sometimes float/int on SQLite."""
    if value is None:
        return ZERO_AREA
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    return number.quantize(Decimal("0.01"))
