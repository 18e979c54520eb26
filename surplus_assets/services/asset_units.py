"""The units an asset record names: its current unit and the unit it had before 2025.

Typed unit text (an id, an official code or an unambiguous name) is resolved to a unit of
the right era, and a former unit must have passed, in the 2025 reorganisation, to the
current unit given (or to a commune of the current province given). The record's province
follows from its current unit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from surplus_assets.domain.text import fold
from surplus_assets.errors import ProblemList
from surplus_assets.i18n import _
from surplus_assets.services.units import UnitRegistry

if TYPE_CHECKING:
    from surplus_assets.services.conversion_cache import ConversionCache


def check_units(
    merged: dict[str, Any],
    values: dict[str, Any],
    problems: ProblemList,
    units: UnitRegistry,
    cache: ConversionCache | None = None,
) -> None:
    resolve = resolve_unit if cache is None else lambda t, c, _u: cache.resolve_unit(t, c)
    current_text, legacy_text = merged.get("current_unit_id"), merged.get("legacy_unit_id")
    current = legacy = None
    if current_text:
        current = resolve(str(current_text), True, units)
        if current is None:
            problems.add(
                "current_unit_id",
                _(
                    'Unknown current unit "{value}": give a current commune or province '
                    "(name or official code)."
                ).format(value=current_text),
                current_text,
            )
        else:
            values["current_unit_id"] = current
    if legacy_text:
        legacy = resolve(str(legacy_text), False, units)
        if legacy is None:
            problems.add(
                "legacy_unit_id",
                _(
                    'Unknown former unit "{value}": give a commune, district or province as it '
                    "was before 1 July 2025 (name or official code)."
                ).format(value=legacy_text),
                legacy_text,
            )
        else:
            values["legacy_unit_id"] = legacy
    if current and legacy:
        if cache is None:
            receivers = {s.unit.id for s in units.current_for(legacy)}
            receiver_provinces = {units.units[r].province_id for r in receivers}
        else:
            receivers, receiver_provinces = cache.receivers(legacy)
        current_unit = units.units[current]
        fits = (
            current in receivers
            if current_unit.level == "commune"
            else (current_unit.province_id in receiver_provinces)
        )
        if not fits:
            names = ", ".join(units.label(r, with_parent=False) for r in sorted(receivers))
            problems.add(
                "current_unit_id",
                _(
                    "{legacy} did not pass to {current}; after the 2025 reorganisation it belongs "
                    "to: {receivers}."
                ).format(
                    legacy=units.label(legacy, with_parent=False),
                    current=units.label(current, with_parent=False),
                    receivers=names,
                ),
                current_text,
            )
    if current:
        values["province_id"] = units.units[current].province_id


def resolve_unit(text: str, current: bool, units: UnitRegistry) -> str | None:
    """A unit id from an id, an official code or an unambiguous name."""
    unit = units.get(text)
    if unit is not None:
        return unit.id if unit.is_current == current else None
    levels = ("commune", "province") if current else ("commune", "district", "province")
    found = units.find(text, current=current, levels=levels, limit=3)
    exact = [u for u in found if u.name_folded == fold(text) or u.code == text.strip()]
    if len(exact) == 1:
        return exact[0].id
    return None
