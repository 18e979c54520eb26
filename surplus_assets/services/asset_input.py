"""Turning what a user typed (form, CLI, spreadsheet cell) into a valid asset record.

Every problem is collected, not just the first, and each names its field, so the editor can
show it beside the field and an import can point at the cell. Nothing here writes.

Here are the rules of a whole record: which fields apply to and are required for each kind,
the land use within the land area, the buildings of houses and land. Each field's value is
converted in field_values.py, the units are checked in asset_units.py, and a batch's
repeated values are remembered in conversion_cache.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from surplus_assets.domain import asset_kinds as kinds
from surplus_assets.domain.asset_kinds import (
    BUILDING_FIELDS,
    FIELDS_BY_NAME,
    LAND_USE_FIELDS,
    AssetKind,
)
from surplus_assets.domain.numbers import NumberFormatError
from surplus_assets.errors import ProblemList
from surplus_assets.i18n import _
from surplus_assets.services.asset_units import check_units
from surplus_assets.services.field_values import (
    choice_code,
    conversion_message,
    convert,
    is_empty,
)
from surplus_assets.services.units import UnitRegistry

if TYPE_CHECKING:
    from surplus_assets.services.conversion_cache import ConversionCache


@dataclass
class CleanAsset:
    values: dict[str, Any] = field(default_factory=dict)
    buildings: list[dict[str, Any]] | None = None  # None: leave the buildings as they are


@lru_cache(maxsize=16)
def _applicable_names(kind: str) -> frozenset[str]:
    """The fields that apply to `kind` (FieldSpec.applies_to, looked up once per kind)."""
    return frozenset(spec.name for spec in kinds.FIELDS if spec.applies_to(kind))


@lru_cache(maxsize=16)
def _required_names(kind: str) -> tuple[str, ...]:
    return tuple(spec.name for spec in kinds.fields_for(kind) if spec.required(kind))


def clean_asset(
    raw: Mapping[str, object],
    *,
    existing: Mapping[str, Any] | None,
    units: UnitRegistry,
    today: date,
    cache: ConversionCache | None = None,
) -> CleanAsset:
    """Validate `raw` (all fields for a new asset, the changed ones for an update).

    `existing` is the stored record (None for a new one); the rules that span fields (required
    per kind, legacy unit mapping to the current unit, land use not above the land area) are
    checked on the record as it would be saved. Batches pass a ConversionCache (made with the
    same `units` and `today`) so that repeated values are converted once.
    """
    problems = ProblemList()
    result = CleanAsset()
    kind = str(raw.get("kind") or (existing or {}).get("kind") or "")
    kind_spec = FIELDS_BY_NAME["kind"]
    try:
        if kind:
            kind = choice_code(kind_spec, kind) if cache is None else cache.choice(kind_spec, kind)
    except ValueError as error:
        problems.add("kind", str(error), raw.get("kind"))
        kind = ""
    if not kind:
        if "kind" not in [p.field for p in problems.problems]:
            problems.add("kind", _("Choose the asset kind."))
        problems.raise_if_any()
    if existing is not None and kind != existing["kind"]:
        problems.add(
            "kind",
            _(
                "The kind of a recorded asset cannot be changed; record a new "
                "asset of the right kind and delete this one."
            ),
            raw.get("kind"),
        )

    values = result.values
    this_year = today.year
    applicable = _applicable_names(kind)
    # The batch memo of each field, read here for the common case (a value seen before and
    # accepted) without a call per field; everything else goes through cache.convert.
    memos = cache.field_memos if cache is not None else {}
    for name, value in raw.items():
        memo = memos.get(name)
        if memo and name in applicable:
            try:
                found = memo.get(value if type(value) is str else (type(value), value))
            except TypeError:
                found = None
            if found is not None and found[0]:
                values[name] = found[1]
                continue
        if name == "buildings":
            continue
        spec = FIELDS_BY_NAME.get(name)
        if spec is None:
            problems.add(name, _("Unknown field."), value)
            continue
        if name not in applicable and not is_empty(value):
            problems.add(
                name,
                _("This field does not apply to a {kind}.").format(
                    kind=kinds.kind_label(kind).lower()
                ),
                value,
            )
            continue
        try:
            if cache is None:
                values[name] = convert(spec, value, this_year=this_year)
            else:
                values[name] = cache.convert(spec, value)
        except (ValueError, NumberFormatError) as error:
            problems.add(name, conversion_message(error), value)
    result.values["kind"] = kind

    # A new record is its values (nothing below writes to them before reading them all).
    merged = values if existing is None else {**existing, **values}
    for name in _required_names(kind):
        if is_empty(merged.get(name)) and not any(p.field == name for p in problems.problems):
            problems.add(name, _("Required for this kind of asset."))

    check_units(merged, result.values, problems, units, cache)
    _check_land_use(merged, problems)
    if "buildings" in raw:
        result.buildings = _clean_buildings(raw["buildings"], kind, problems, today)
    problems.raise_if_any()
    return result


def _check_land_use(merged: dict[str, Any], problems: ProblemList) -> None:
    land_area = merged.get("land_area")
    if land_area is None:
        return
    parts = [merged.get(name) for name in LAND_USE_FIELDS]
    used = sum((p for p in parts if p is not None), Decimal(0))
    if used > land_area:
        problems.add(
            "land_area",
            _(
                "The land area by use adds up to {used} m², more than the land area {total} m²."
            ).format(used=used, total=land_area),
            land_area,
        )


def _clean_buildings(
    raw: object, kind: str, problems: ProblemList, today: date
) -> list[dict[str, Any]]:
    if kind not in (AssetKind.LAND, AssetKind.HOUSING):
        if raw:
            problems.add("buildings", _("Only houses and land have buildings."))
        return []
    cleaned: list[dict[str, Any]] = []
    if raw is None:
        return []
    if not isinstance(raw, list | tuple):
        problems.add("buildings", _("Give the buildings as a list."))
        return []
    for index, row in enumerate(raw):
        if not isinstance(row, Mapping):
            problems.add(f"buildings[{index + 1}]", _("Give each building as a set of fields."))
            continue
        values: dict[str, Any] = {}
        for spec in BUILDING_FIELDS:
            value = row.get(spec.name)
            where = f"buildings[{index + 1}].{spec.name}"
            try:
                values[spec.name] = convert(spec, value, this_year=today.year)
            except (ValueError, NumberFormatError) as error:
                problems.add(where, conversion_message(error), value)
                continue
            if spec.required(kind) and values[spec.name] is None:
                problems.add(where, _("Required for this kind of asset."))
        unknown = set(row) - {s.name for s in BUILDING_FIELDS}
        for name in sorted(unknown):
            problems.add(f"buildings[{index + 1}].{name}", _("Unknown field."), row[name])
        floor_area = values.get("floor_area")
        used = sum((values[n] for n in kinds.FLOOR_USE_FIELDS if values.get(n)), Decimal(0))
        if floor_area is not None and used > floor_area:
            problems.add(
                f"buildings[{index + 1}].floor_area",
                _(
                    "The floor area by use adds up to {used} m², more than the total floor area "
                    "{total} m²."
                ).format(used=used, total=floor_area),
                floor_area,
            )
        values["position"] = index
        cleaned.append(values)
    return cleaned
