"""Turning what a user typed (form, CLI, spreadsheet cell) into valid asset values.

Every problem is collected, not just the first, and each names its field, so the editor can
show it beside the field and an import can point at the cell. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from surplus_assets.domain import asset_kinds as kinds
from surplus_assets.domain.asset_kinds import (
    BUILDING_FIELDS,
    FIELDS_BY_NAME,
    LAND_USE_FIELDS,
    AssetKind,
    FieldSpec,
    FieldType,
)
from surplus_assets.domain.numbers import NumberFormatError, parse_decimal, parse_int, parse_money
from surplus_assets.domain.text import fold, nfc, single_line
from surplus_assets.errors import ProblemList
from surplus_assets.i18n import _, current_language
from surplus_assets.services.units import UnitRegistry

_CHOICE_LABELS = {
    "kind": kinds.kind_label,
    "status": kinds.status_label,
    "condition": kinds.condition_label,
}


@dataclass
class CleanAsset:
    values: dict[str, Any] = field(default_factory=dict)
    buildings: list[dict[str, Any]] | None = None  # None: leave the buildings as they are


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@lru_cache(maxsize=64)
def _choice_table(name: str, language: str) -> dict[str, str]:
    """Folded code or label → code of a choice field (cached: imports check 100,000 rows)."""
    spec = FIELDS_BY_NAME[name]
    labeller = _CHOICE_LABELS.get(name)
    table = {fold(choice): choice for choice in spec.choices}
    if labeller is not None:
        for choice in spec.choices:
            table.setdefault(fold(labeller(choice)), choice)
    return table


def _choice(spec: FieldSpec, value: object) -> str:
    found = _choice_table(spec.name, current_language()).get(fold(str(value)))
    if found is not None:
        return found
    labeller = _CHOICE_LABELS.get(spec.name)
    allowed = ", ".join(labeller(c) if labeller else c for c in spec.choices)
    raise ValueError(_("Choose one of: {allowed}.").format(allowed=allowed))


def _check_range(spec: FieldSpec, number: float | int | Decimal, maximum: float | None) -> None:
    if spec.minimum is not None and number < spec.minimum:
        if spec.minimum == 0:
            raise ValueError(_("Must not be negative."))
        raise ValueError(_("Must be at least {minimum}.").format(minimum=_plain(spec.minimum)))
    if maximum is not None and number > maximum:
        raise ValueError(_("Must be at most {maximum}.").format(maximum=_plain(maximum)))


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def convert(spec: FieldSpec, value: object, *, this_year: int) -> Any:
    """One field's value, typed; raises ValueError (or NumberFormatError) with the reason."""
    if _empty(value):
        return None
    match spec.type:
        case FieldType.TEXT:
            text = single_line(str(value))
            if spec.max_length and len(text) > spec.max_length:
                raise ValueError(_("At most {count} characters.").format(count=spec.max_length))
            return text
        case FieldType.LONG_TEXT:
            text = nfc(str(value))
            if spec.max_length and len(text) > spec.max_length:
                raise ValueError(_("At most {count} characters.").format(count=spec.max_length))
            return text
        case FieldType.MONEY:
            money = parse_money(value)  # type: ignore[arg-type]
            assert money is not None
            _check_range(spec, money, spec.maximum)
            return money
        case FieldType.AREA | FieldType.DECIMAL:
            number = parse_decimal(value, 2)  # type: ignore[arg-type]
            assert number is not None
            _check_range(spec, number, spec.maximum)
            return number
        case FieldType.INT | FieldType.YEAR:
            integer = parse_int(value)  # type: ignore[arg-type]
            assert integer is not None
            upper = this_year if spec.type is FieldType.YEAR else spec.maximum
            _check_range(spec, integer, upper)
            return integer
        case FieldType.FLOAT:
            decimal = parse_decimal(value, 6)  # type: ignore[arg-type]
            assert decimal is not None
            _check_range(spec, decimal, spec.maximum)
            return float(decimal)
        case FieldType.CHOICE:
            return _choice(spec, value)
        case FieldType.UNIT:
            return str(value).strip()
    raise AssertionError(spec.type)


def _message(error: Exception) -> str:
    return error.message if isinstance(error, NumberFormatError) else str(error)


@lru_cache(maxsize=16)
def _applicable_names(kind: str) -> frozenset[str]:
    """The fields that apply to `kind` (FieldSpec.applies_to, looked up once per kind)."""
    return frozenset(spec.name for spec in kinds.FIELDS if spec.applies_to(kind))


@lru_cache(maxsize=16)
def _required_names(kind: str) -> tuple[str, ...]:
    return tuple(spec.name for spec in kinds.fields_for(kind) if spec.required(kind))


def _memo_key(value: object) -> object:
    """A memo key that tells apart values equal across types (1, 1.0, True): text, the most
    common, is its own key (no tuple to build and hash); any other value is (type, value)."""
    return value if type(value) is str else (type(value), value)


_MEMO_LIMIT = 4096  # distinct values remembered per field (names and serials do not repeat)


class ConversionCache:
    """Conversions remembered over one batch of records (a spreadsheet import).

    The cells of a register repeat (kinds, units, years, categories, conditions), so each
    distinct value of a field is converted, and each distinct unit text resolved, once; the
    results, messages included, are those of `convert` and the unit checks themselves. Valid
    for one language and one `today`, like the batch it serves. A field that reaches
    _MEMO_LIMIT distinct values (names, codes, serial numbers, amounts: all different) is
    converted without a memo from then on, instead of holding a copy of the whole batch.
    """

    def __init__(self, units: UnitRegistry, today: date) -> None:
        self.units = units
        self.today = today
        self.this_year = today.year
        self._values: dict[str, dict[object, tuple[bool, Any]] | None] = {}
        self._choices: dict[tuple[str, str], tuple[bool, str]] = {}
        self._units: dict[tuple[str, bool], str | None] = {}
        self._receivers: dict[str, tuple[set[str], set[str | None]]] = {}

    def convert(self, spec: FieldSpec, value: object) -> Any:
        """`convert(spec, value)`; a refused value raises ValueError with the same message."""
        try:
            memo = self._values[spec.name]
        except KeyError:
            memo = self._values[spec.name] = {}
        if memo is None:  # a field of (nearly) all different values: converted each time
            return convert(spec, value, this_year=self.this_year)
        try:
            key = _memo_key(value)
            found = memo.get(key)
        except TypeError:  # an unhashable value (never from a cell): no memo
            return convert(spec, value, this_year=self.this_year)
        if found is None:
            try:
                found = (True, convert(spec, value, this_year=self.this_year))
            except (ValueError, NumberFormatError) as error:
                found = (False, _message(error))
            memo[key] = found
            if len(memo) >= _MEMO_LIMIT:
                self._values[spec.name] = None
        if found[0]:
            return found[1]
        raise ValueError(found[1])

    def choice(self, spec: FieldSpec, text: str) -> str:
        """`_choice(spec, text)`, remembered (the kind of every row is read this way)."""
        key = (spec.name, text)
        found = self._choices.get(key)
        if found is None:
            try:
                found = (True, _choice(spec, text))
            except ValueError as error:
                found = (False, str(error))
            if len(self._choices) < _MEMO_LIMIT:
                self._choices[key] = found
        if found[0]:
            return found[1]
        raise ValueError(found[1])

    def resolve_unit(self, text: str, current: bool) -> str | None:
        key = (text, current)
        if key not in self._units:
            self._units[key] = _resolve_unit(text, current, self.units)
        return self._units[key]

    def receivers(self, legacy: str) -> tuple[set[str], set[str | None]]:
        """The current units that received `legacy`, and their provinces."""
        found = self._receivers.get(legacy)
        if found is None:
            ids = {s.unit.id for s in self.units.current_for(legacy)}
            found = (ids, {self.units.units[r].province_id for r in ids})
            self._receivers[legacy] = found
        return found


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
            kind = _choice(kind_spec, kind) if cache is None else cache.choice(kind_spec, kind)
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
    memos = cache._values if cache is not None else {}
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
        if name not in applicable and not _empty(value):
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
            problems.add(name, _message(error), value)
    result.values["kind"] = kind

    # A new record is its values (nothing below writes to them before reading them all).
    merged = values if existing is None else {**existing, **values}
    for name in _required_names(kind):
        if _empty(merged.get(name)) and not any(p.field == name for p in problems.problems):
            problems.add(name, _("Required for this kind of asset."))

    _check_units(merged, result.values, problems, units, cache)
    _check_land_use(merged, problems)
    if "buildings" in raw:
        result.buildings = _clean_buildings(raw["buildings"], kind, problems, today)
    problems.raise_if_any()
    return result


def _check_units(
    merged: dict[str, Any],
    values: dict[str, Any],
    problems: ProblemList,
    units: UnitRegistry,
    cache: ConversionCache | None = None,
) -> None:
    resolve = _resolve_unit if cache is None else lambda t, c, _u: cache.resolve_unit(t, c)
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


def _resolve_unit(text: str, current: bool, units: UnitRegistry) -> str | None:
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
                problems.add(where, _message(error), value)
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
