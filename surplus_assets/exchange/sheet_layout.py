"""The columns of the template and of exports: one sheet per asset kind, Vietnamese headers.

Template, export and import agree through this one layout, so an exported file imports back
unchanged: units travel as names and official codes, choices as their labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from surplus_assets.domain.asset_kinds import (
    FIELDS,
    AssetKind,
    FieldSpec,
    FieldType,
    condition_label,
    kind_label,
    kind_short_label,
    status_label,
)
from surplus_assets.exchange import column_mapping as cm
from surplus_assets.i18n import _
from surplus_assets.services.units import UnitRegistry

MONEY_FORMAT = "#,##0"
AREA_FORMAT = "#,##0.00"
INT_FORMAT = "#,##0"
YEAR_FORMAT = "0"
COORDINATE_FORMAT = "0.000000"


@dataclass(frozen=True)
class Column:
    target: str  # a field name or a column_mapping helper
    header: str
    number_format: str | None
    width: int
    spec: FieldSpec | None = None


def sheet_title(kind: str) -> str:
    """Sheet name for a kind (Excel allows 31 characters and no / \\ ? * [ ])."""
    return kind_short_label(kind).replace("/", "-")[:31]


def _format_of(spec: FieldSpec) -> str | None:
    return {
        FieldType.MONEY: MONEY_FORMAT, FieldType.AREA: AREA_FORMAT,
        FieldType.DECIMAL: AREA_FORMAT, FieldType.INT: INT_FORMAT,
        FieldType.YEAR: YEAR_FORMAT, FieldType.FLOAT: COORDINATE_FORMAT,
    }.get(spec.type)  # fmt: skip


def columns_for(kind: str) -> list[Column]:
    columns: list[Column] = []
    for spec in FIELDS:
        if not spec.applies_to(kind) or spec.name == "status":
            continue
        width = 40 if spec.name in ("name", "address", "notes") else 18
        header = spec.label() + (" *" if spec.required(kind) else "")
        columns.append(Column(spec.name, header, _format_of(spec), width, spec))
        if spec.name == "legacy_unit_id":
            columns += [
                Column(cm.LEGACY_DISTRICT, cm.target_label(cm.LEGACY_DISTRICT), None, 22),
                Column(cm.LEGACY_PROVINCE, cm.target_label(cm.LEGACY_PROVINCE), None, 22),
                Column(cm.LEGACY_UNIT_CODE, cm.target_label(cm.LEGACY_UNIT_CODE), None, 12),
            ]
        if spec.name == "current_unit_id":
            columns += [
                Column(cm.CURRENT_PROVINCE, cm.target_label(cm.CURRENT_PROVINCE), None, 22),
                Column(cm.CURRENT_UNIT_CODE, cm.target_label(cm.CURRENT_UNIT_CODE), None, 12),
            ]
    status = next(s for s in FIELDS if s.name == "status")
    columns.append(Column("status", status.label(), None, 18, status))
    return columns


def cell_getter(column: Column, units: UnitRegistry) -> Callable[[dict[str, Any]], Any]:
    """How to read this column's cell from a record's values.

    Units and choice labels are looked up once per distinct stored value (an export reads
    the same few hundred units and a handful of labels on every one of its rows).
    """
    target = column.target

    def unit_value(field: str, part: str, unit_id: str) -> Any:
        unit = units.get(unit_id)
        if unit is None:
            return None
        if part == "name":
            return unit.name
        if part == "code":
            return unit.code
        if part == "province":
            province = units.get(unit.province_id or "")
            return province.name if province and province.id != unit.id else None
        parent = units.get(unit.parent_id or "")
        return parent.name if parent and parent.level == "district" else None

    def remembered(field: str, convert: Callable[[Any], Any]) -> Callable[[dict[str, Any]], Any]:
        known: dict[Any, Any] = {}

        def get(values: dict[str, Any]) -> Any:
            value = values.get(field)
            try:
                return known[value]
            except KeyError:
                found = known[value] = convert(value)
                return found

        return get

    def unit_part(field: str, part: str) -> Callable[[dict[str, Any]], Any]:
        return remembered(field, lambda value: unit_value(field, part, value or ""))

    def label(field: str, labeller: Callable[[str], str]) -> Callable[[dict[str, Any]], Any]:
        return remembered(field, lambda value: labeller(value) if value else None)

    special: dict[str, Callable[[], Callable[[dict[str, Any]], Any]]] = {
        "current_unit_id": lambda: unit_part("current_unit_id", "name"),
        "legacy_unit_id": lambda: unit_part("legacy_unit_id", "name"),
        cm.CURRENT_UNIT_CODE: lambda: unit_part("current_unit_id", "code"),
        cm.LEGACY_UNIT_CODE: lambda: unit_part("legacy_unit_id", "code"),
        cm.CURRENT_PROVINCE: lambda: unit_part("current_unit_id", "province"),
        cm.LEGACY_PROVINCE: lambda: unit_part("legacy_unit_id", "province"),
        cm.LEGACY_DISTRICT: lambda: unit_part("legacy_unit_id", "district"),
        "kind": lambda: label("kind", kind_label),
        "status": lambda: label("status", status_label),
        "condition": lambda: label("condition", condition_label),
    }
    make = special.get(target)
    if make is not None:
        return make()
    return lambda values: values.get(target)


def instructions() -> list[str]:
    return [
        _("How to fill in this template"),
        _("Each sheet holds one kind of asset; do not rename the sheets or the header row."),
        _("Columns marked * are required for that kind of asset."),
        _(
            "Leave the asset code empty for a new asset: the application gives it a code. To "
            "correct an asset already recorded, keep its code: importing again updates it."
        ),
        _(
            "Former unit: the commune, district or province as it was before 1 July 2025. "
            "Current unit: the commune or province after the reorganisation. If the current "
            "unit is left empty and the former commune went whole into one new commune, it is "
            "filled in for you."
        ),
        _(
            "Amounts in whole đồng (1.234.567 or 1,234,567); areas in m² with up to 2 decimals "
            "(1.234,5 or 1234.5); years with four digits."
        ),
        _("Choose kinds, units of count, conditions and statuses from the drop-down lists."),
        _("Nothing is saved until every row is valid and you confirm the import."),
    ]


def kinds() -> list[str]:
    return [k.value for k in AssetKind]
