"""Asset kinds, statuses and conditions, and the register's fields per kind (DOMAIN.md §3).

FIELDS is the one description of an asset record: the catalogue service validates against it,
the editor builds its form from it, and the Excel template and import map columns with it.
Labels are English source strings translated by i18n (Vietnamese by default).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from surplus_assets.i18n import N_, _


class AssetKind(StrEnum):
    LAND = "land"  # trụ sở làm việc / cơ sở nhà, đất (form 04a-ĐK/TSC)
    HOUSING = "housing"  # nhà công vụ
    CAR = "car"  # xe ô tô (form 04b-ĐK/TSC)
    EQUIPMENT = "equipment"  # máy móc, thiết bị và tài sản khác (form 04c-ĐK/TSC)


class AssetStatus(StrEnum):
    """Where an asset stands. The first three are set by officers; the rest only follow the
    handling proposal's workflow (domain.proposal_workflow.ASSET_STATUS)."""

    SURPLUS = "surplus"  # recorded as surplus, no proposal yet
    REVIEWING = "reviewing"  # dossier being checked and completed before a proposal
    TEMPORARY_USE = "temporary_use"  # used temporarily (e.g. by commune police) pending a plan
    PROPOSED = "proposed"  # in an open handling proposal
    APPROVED = "approved"  # proposal approved
    IN_PROGRESS = "in_progress"  # handling under way
    HANDLED = "handled"  # handling completed


MANUAL_STATUSES = (AssetStatus.SURPLUS, AssetStatus.REVIEWING, AssetStatus.TEMPORARY_USE)


class Condition(StrEnum):
    GOOD = "good"
    DEGRADED = "degraded"
    DAMAGED = "damaged"
    UNUSABLE = "unusable"


KIND_CODE_PREFIX = {
    AssetKind.LAND: "ND",
    AssetKind.HOUSING: "NCV",
    AssetKind.CAR: "OTO",
    AssetKind.EQUIPMENT: "TB",
}


def kind_label(kind: str) -> str:
    return {
        AssetKind.LAND: _("Headquarters / house and land"),
        AssetKind.HOUSING: _("Official housing"),
        AssetKind.CAR: _("Car"),
        AssetKind.EQUIPMENT: _("Equipment and other assets"),
    }[AssetKind(kind)]


def kind_short_label(kind: str) -> str:
    """A short name for tabs and sheet names (Excel allows 31 characters)."""
    return {
        AssetKind.LAND: _("Houses and land"),
        AssetKind.HOUSING: _("Official housing"),
        AssetKind.CAR: _("Cars"),
        AssetKind.EQUIPMENT: _("Equipment"),
    }[AssetKind(kind)]


def status_label(status: str) -> str:
    return {
        AssetStatus.SURPLUS: _("Awaiting handling"),
        AssetStatus.REVIEWING: _("Dossier under review"),
        AssetStatus.TEMPORARY_USE: _("In temporary use"),
        AssetStatus.PROPOSED: _("Proposed"),
        AssetStatus.APPROVED: _("Approved"),
        AssetStatus.IN_PROGRESS: _("Handling in progress"),
        AssetStatus.HANDLED: _("Handled"),
    }[AssetStatus(status)]


def condition_label(condition: str) -> str:
    return {
        Condition.GOOD: _("In good condition"),
        Condition.DEGRADED: _("Degraded"),
        Condition.DAMAGED: _("Damaged"),
        Condition.UNUSABLE: _("Unusable"),
    }[Condition(condition)]


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    MONEY = "money"  # integer VND
    AREA = "area"  # Decimal m², 2 places
    DECIMAL = "decimal"  # Decimal, 2 places (tonnes)
    INT = "int"
    YEAR = "year"
    FLOAT = "float"  # coordinates only
    CHOICE = "choice"
    UNIT = "unit"  # an administrative unit id


HOUSE_AND_LAND = frozenset({AssetKind.LAND, AssetKind.HOUSING})
ALL_KINDS = frozenset(AssetKind)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label_source: str  # English source string; label() translates it
    type: FieldType
    kinds: frozenset[AssetKind] = ALL_KINDS
    required_for: frozenset[AssetKind] = frozenset()
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    choices: tuple[str, ...] = ()

    def label(self) -> str:
        return _(self.label_source)

    def applies_to(self, kind: str) -> bool:
        return kind in self.kinds

    def required(self, kind: str) -> bool:
        return kind in self.required_for


# Years: nothing in the register predates 1900 and nothing is put into use in the future
# (the upper bound is checked against today's year by the service).
_AREA_MAX = 1e10  # m²: a generous upper bound that still catches unit mistakes (ha vs m²)
_MONEY_MAX = 1e15  # VND

FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("code", N_("Asset code"), FieldType.TEXT, max_length=40),
    FieldSpec("name", N_("Asset name"), FieldType.TEXT, required_for=ALL_KINDS, max_length=300),
    FieldSpec(
        "kind", N_("Asset kind"), FieldType.CHOICE, required_for=ALL_KINDS, choices=tuple(AssetKind)
    ),
    FieldSpec("legacy_unit_id", N_("Former (legacy) unit"), FieldType.UNIT),
    FieldSpec("current_unit_id", N_("Current unit"), FieldType.UNIT, required_for=ALL_KINDS),
    FieldSpec("custodian", N_("Holding agency"), FieldType.TEXT, max_length=300),
    FieldSpec(
        "address", N_("Address"), FieldType.TEXT, required_for=HOUSE_AND_LAND, max_length=500
    ),
    FieldSpec("latitude", N_("Latitude"), FieldType.FLOAT, minimum=8.0, maximum=24.0),
    FieldSpec("longitude", N_("Longitude"), FieldType.FLOAT, minimum=102.0, maximum=118.0),
    FieldSpec("year_in_use", N_("Year put into use"), FieldType.YEAR, minimum=1900),
    FieldSpec(
        "cost_budget",
        N_("Original cost (state budget)"),
        FieldType.MONEY,
        minimum=0,
        maximum=_MONEY_MAX,
    ),
    FieldSpec(
        "cost_other",
        N_("Original cost (other sources)"),
        FieldType.MONEY,
        minimum=0,
        maximum=_MONEY_MAX,
    ),
    FieldSpec(
        "remaining_value", N_("Remaining value"), FieldType.MONEY, minimum=0, maximum=_MONEY_MAX
    ),
    FieldSpec("status", N_("Status"), FieldType.CHOICE, choices=MANUAL_STATUSES),
    FieldSpec("current_use", N_("Current use"), FieldType.TEXT, max_length=300),
    FieldSpec("condition", N_("Condition"), FieldType.CHOICE, choices=tuple(Condition)),
    FieldSpec("notes", N_("Notes"), FieldType.LONG_TEXT, max_length=4000),
    # House and land
    FieldSpec(
        "land_area",
        N_("Land area (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        required_for=frozenset({AssetKind.LAND}),
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "land_certificate",
        N_("Land-use certificate or allocation decision"),
        FieldType.TEXT,
        HOUSE_AND_LAND,
        max_length=200,
    ),
    FieldSpec(
        "land_use_office",
        N_("Land used as offices (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "land_use_public_service",
        N_("Land used for public services (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "land_use_housing",
        N_("Land used for housing (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "land_use_leased",
        N_("Land leased out (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "land_use_vacant",
        N_("Vacant land (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "land_use_encroached",
        N_("Encroached land (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "land_use_other",
        N_("Land in other use (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    # Car
    FieldSpec(
        "car_brand",
        N_("Brand and model"),
        FieldType.TEXT,
        frozenset({AssetKind.CAR}),
        required_for=frozenset({AssetKind.CAR}),
        max_length=100,
    ),
    FieldSpec(
        "licence_plate",
        N_("Licence plate"),
        FieldType.TEXT,
        frozenset({AssetKind.CAR}),
        required_for=frozenset({AssetKind.CAR}),
        max_length=20,
    ),
    FieldSpec(
        "seats", N_("Seats"), FieldType.INT, frozenset({AssetKind.CAR}), minimum=1, maximum=80
    ),
    FieldSpec(
        "load_tonnes",
        N_("Load (tonnes)"),
        FieldType.DECIMAL,
        frozenset({AssetKind.CAR}),
        minimum=0,
        maximum=100,
    ),
    FieldSpec(
        "origin_country",
        N_("Country of manufacture"),
        FieldType.TEXT,
        frozenset({AssetKind.CAR}),
        max_length=60,
    ),
    FieldSpec(
        "manufacture_year",
        N_("Year of manufacture"),
        FieldType.YEAR,
        frozenset({AssetKind.CAR}),
        minimum=1950,
    ),
    FieldSpec(
        "engine_capacity_cc",
        N_("Engine capacity (cm³)"),
        FieldType.INT,
        frozenset({AssetKind.CAR}),
        minimum=0,
        maximum=20000,
    ),
    FieldSpec(
        "user_title",
        N_("Title of the user it serves"),
        FieldType.TEXT,
        frozenset({AssetKind.CAR}),
        max_length=200,
    ),
    # Equipment and other assets
    FieldSpec(
        "category", N_("Category"), FieldType.TEXT, frozenset({AssetKind.EQUIPMENT}), max_length=120
    ),
    FieldSpec(
        "quantity",
        N_("Quantity"),
        FieldType.INT,
        frozenset({AssetKind.EQUIPMENT}),
        required_for=frozenset({AssetKind.EQUIPMENT}),
        minimum=1,
        maximum=1_000_000,
    ),
    FieldSpec(
        "count_unit",
        N_("Unit of count"),
        FieldType.TEXT,
        frozenset({AssetKind.EQUIPMENT}),
        max_length=30,
    ),
    FieldSpec(
        "serial_number",
        N_("Serial number"),
        FieldType.TEXT,
        frozenset({AssetKind.EQUIPMENT}),
        max_length=100,
    ),
    FieldSpec(
        "purchase_year",
        N_("Year of purchase"),
        FieldType.YEAR,
        frozenset({AssetKind.EQUIPMENT}),
        minimum=1900,
    ),
)

FIELDS_BY_NAME = {spec.name: spec for spec in FIELDS}

# Building rows (form 04a part II) of a house-and-land asset.
BUILDING_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name", N_("Building name"), FieldType.TEXT, HOUSE_AND_LAND, HOUSE_AND_LAND, max_length=200
    ),
    FieldSpec("grade", N_("Building grade"), FieldType.TEXT, HOUSE_AND_LAND, max_length=30),
    FieldSpec("year_built", N_("Year built"), FieldType.YEAR, HOUSE_AND_LAND, minimum=1900),
    FieldSpec("floors", N_("Floors"), FieldType.INT, HOUSE_AND_LAND, minimum=1, maximum=100),
    FieldSpec(
        "construction_area",
        N_("Construction area (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "floor_area",
        N_("Total floor area (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "floor_use_office",
        N_("Floor area used as offices (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "floor_use_public_service",
        N_("Floor area for public services (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "floor_use_housing",
        N_("Floor area for housing (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "floor_use_leased",
        N_("Floor area leased out (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "floor_use_vacant",
        N_("Vacant floor area (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
    FieldSpec(
        "floor_use_other",
        N_("Floor area in other use (m²)"),
        FieldType.AREA,
        HOUSE_AND_LAND,
        minimum=0,
        maximum=_AREA_MAX,
    ),
)

LAND_USE_FIELDS = tuple(f.name for f in FIELDS if f.name.startswith("land_use_"))
FLOOR_USE_FIELDS = tuple(f.name for f in BUILDING_FIELDS if f.name.startswith("floor_use_"))


@lru_cache(maxsize=16)
def fields_for(kind: str) -> tuple[FieldSpec, ...]:
    return tuple(spec for spec in FIELDS if spec.applies_to(kind))
