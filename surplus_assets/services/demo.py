"""Realistic, deterministic demo data for one province.

Real unit names (a legacy commune and the current commune that received it), plausible
areas, values and years, all four kinds, Vietnamese names with diacritics. The same seed
gives the same records (ids, codes, values and timestamps), so two databases built with
`demo --seed 1` are identical. Rows go in with Core bulk inserts (one transaction), each
asset's creation goes into the audit trail through the bulk path (audit.append_events, the
same hash chain as a single change), so its history in the editor starts like that of an
asset typed in, and one more event records the load; a 200,000-asset province builds in
well under a minute.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from surplus_assets.db.models import Asset, Building, table_of
from surplus_assets.db.search_index import index_new_assets, insert_assets, last_asset_rowid
from surplus_assets.domain.asset_kinds import KIND_CODE_PREFIX, AssetKind, AssetStatus
from surplus_assets.domain.permissions import Permission
from surplus_assets.domain.text import collation_key, fold
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _
from surplus_assets.services.audit import (
    PLAIN_JSON_TYPES,
    AuditRecorder,
    append_events,
    json_ready,
)
from surplus_assets.services.catalogue import BUILDING_COLUMNS, RECORD_FIELDS
from surplus_assets.services.context import ServiceContext
from surplus_assets.services.units import Unit, UnitRegistry

DEMO_STATION = "DEMO"
DEFAULT_PROVINCE = "2025:P25"  # Phú Thọ: merged from Phú Thọ, Vĩnh Phúc and Hòa Bình
# Province-scale mix of the foundation issue: 5,000 + 2,000 + 3,000 + 190,000 per 200,000.
KIND_WEIGHTS = ((AssetKind.LAND, 25), (AssetKind.HOUSING, 10), (AssetKind.CAR, 15),
                (AssetKind.EQUIPMENT, 950))  # fmt: skip

LAND_NAMES = (
    "Trụ sở Ủy ban nhân dân {unit} (cũ)", "Trụ sở Đảng ủy - HĐND {unit} (cũ)",
    "Trạm y tế {unit} (cũ)", "Nhà văn hóa {unit}", "Trụ sở Công an {unit} (cũ)",
    "Hội trường {unit} (cũ)", "Trụ sở Ban Chỉ huy quân sự {unit} (cũ)",
    "Trường mầm non {unit} - điểm lẻ", "Trụ sở Hội Nông dân {unit} (cũ)",
)  # fmt: skip
HOUSING_NAMES = ("Nhà công vụ số {n} {unit}", "Khu nhà công vụ giáo viên {unit}",
                 "Nhà công vụ cán bộ {unit}")  # fmt: skip
CARS = (("Toyota Fortuner 2.7AT", 7), ("Toyota Innova 2.0E", 8), ("Ford Everest Titanium", 7),
        ("Mitsubishi Pajero Sport", 7), ("Kia Carnival", 8), ("Hyundai Santa Fe", 7),
        ("Toyota Hiace", 16), ("Ford Transit", 16), ("Isuzu D-Max (bán tải)", 5))  # fmt: skip
CAR_TITLES = ("Chủ tịch UBND huyện", "Bí thư Huyện ủy", "Xe phục vụ công tác chung",
              "Phó Chủ tịch UBND huyện", "Xe chuyên dùng")  # fmt: skip
EQUIPMENT = (
    ("Máy tính để bàn Dell OptiPlex", "Máy tính", "bộ"), ("Máy tính xách tay HP ProBook",
    "Máy tính", "chiếc"), ("Máy photocopy Ricoh MP 3555", "Thiết bị văn phòng", "chiếc"),
    ("Máy điều hòa Daikin 18.000 BTU", "Điện lạnh", "bộ"), ("Máy chiếu Epson EB-X51",
    "Thiết bị văn phòng", "chiếc"), ("Bàn họp gỗ 20 chỗ", "Bàn ghế", "bộ"),
    ("Tủ tài liệu sắt", "Bàn ghế", "chiếc"), ("Máy phát điện Honda 5 kVA", "Máy móc", "chiếc"),
    ("Hệ thống âm thanh hội trường", "Âm thanh", "hệ thống"), ("Máy in Canon LBP 2900",
    "Thiết bị văn phòng", "chiếc"), ("Bộ bàn ghế tiếp dân", "Bàn ghế", "bộ"),
    ("Két sắt Việt Tiệp", "Thiết bị văn phòng", "chiếc"),
)  # fmt: skip
STREETS = ("Quốc lộ 2", "Tỉnh lộ 315", "đường Hùng Vương", "đường Nguyễn Tất Thành",
           "đường Trần Phú", "thôn Đồng Tâm", "xóm Bến", "khu 3", "thôn Trung Hòa")  # fmt: skip
CONDITIONS = ("good", "good", "degraded", "degraded", "damaged", "unusable")


@dataclass(frozen=True)
class DemoPlan:
    province_id: str
    communes: list[tuple[Unit, Unit]]  # (legacy commune, current commune that received it)
    districts: list[Unit]


def plan_for(units: UnitRegistry, province_id: str) -> DemoPlan:
    pairs: list[tuple[Unit, Unit]] = []
    for legacy in units.units.values():
        if legacy.level != "commune" or legacy.is_current:
            continue
        receivers = units.current_for(legacy.id)
        default = next((s.unit for s in receivers if s.is_default), None)
        if default is not None and default.province_id == province_id:
            pairs.append((legacy, default))
    pairs.sort(key=lambda p: p[0].id)
    districts = sorted({units.units[leg.parent_id] for leg, _ in pairs if leg.parent_id},
                       key=lambda u: u.id)  # fmt: skip
    if not pairs:
        raise ServiceError(_("No communes found for province {province}.").format(
            province=province_id))  # fmt: skip
    return DemoPlan(province_id, pairs, districts)


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _money(rng: random.Random, low_millions: int, high_millions: int) -> int:
    return rng.randint(low_millions, high_millions) * 1_000_000 + rng.randint(0, 999) * 1000


def _area(rng: random.Random, low: int, high: int) -> Decimal:
    """An area in m² with the 2 decimal places every area has (as it is read back)."""
    return Decimal(rng.randint(low * 100, high * 100)).scaleb(-2)


class DemoGenerator:
    """Rows for Asset and Building, generated in code order from one seeded RNG."""

    def __init__(self, units: UnitRegistry, plan: DemoPlan, seed: int, origin_id: str) -> None:
        self.units, self.plan, self.origin_id = units, plan, origin_id
        self.rng = random.Random(seed)
        self.base_time = datetime(2025, 8, 1, 1, 0, tzinfo=UTC)
        self.counters = dict.fromkeys(AssetKind, 0)
        self.buildings: list[dict[str, Any]] = []

    def kinds(self, count: int) -> list[AssetKind]:
        total = sum(w for _, w in KIND_WEIGHTS)
        result: list[AssetKind] = []
        for kind, weight in KIND_WEIGHTS:
            result += [kind] * max(1, count * weight // total)
        result = result[:count]
        result += [AssetKind.EQUIPMENT] * (count - len(result))
        self.rng.shuffle(result)
        return result

    def rows(self, count: int) -> Iterator[dict[str, Any]]:
        for index, kind in enumerate(self.kinds(count)):
            yield self.row(kind, index)

    def row(self, kind: AssetKind, index: int) -> dict[str, Any]:
        rng = self.rng
        legacy, current = self.plan.communes[rng.randrange(len(self.plan.communes))]
        self.counters[kind] += 1
        year = rng.randint(1995, 2022)
        stamp = self.base_time + timedelta(minutes=index)
        row: dict[str, Any] = dict.fromkeys(_NULLABLE)
        row.update(
            id=_uuid(rng), code=f"{KIND_CODE_PREFIX[kind]}-{DEMO_STATION}-"
            f"{self.counters[kind]:05d}", kind=kind.value, legacy_unit_id=legacy.id,
            current_unit_id=current.id, province_id=self.plan.province_id,
            year_in_use=year, status=AssetStatus.SURPLUS.value,
            condition=CONDITIONS[rng.randrange(len(CONDITIONS))], created_at=stamp,
            updated_at=stamp, version=1, origin_id=self.origin_id, cost_other=0,
        )  # fmt: skip
        fill: Callable[[dict[str, Any], Unit, random.Random], None] = _FILLERS[kind]
        fill(row, legacy, rng)
        if kind in (AssetKind.LAND, AssetKind.HOUSING):
            self._add_buildings(row, rng)
        row["remaining_value"] = row["cost_budget"] * rng.randint(5, 70) // 100 // 1000 * 1000
        legacy_name = self.units.label(legacy.id, with_parent=False)
        current_name = self.units.label(current.id, with_parent=False)
        row["search_text"] = fold(" | ".join(p for p in (
            row["code"], row["name"], row["address"], row["licence_plate"],
            row["serial_number"], row["category"], row["car_brand"], current_name,
            legacy_name) if p))  # fmt: skip
        row["name_sort"] = collation_key(row["name"])
        return row

    def _add_buildings(self, row: dict[str, Any], rng: random.Random) -> None:
        for position in range(rng.randint(1, 3) if row["kind"] == AssetKind.LAND else 1):
            footprint = _area(rng, 80, 600)
            floors = rng.randint(1, 4)
            floor_area = footprint * floors
            self.buildings.append({
                "id": _uuid(rng), "asset_id": row["id"], "position": position,
                "name": ("Nhà làm việc chính", "Nhà hội trường", "Nhà kho", "Nhà để xe")[
                    position] if row["kind"] == AssetKind.LAND else "Nhà ở công vụ",
                "grade": rng.choice(("Cấp III", "Cấp IV", "Cấp III")), "year_built":
                row["year_in_use"], "floors": floors, "construction_area": footprint,
                "floor_area": floor_area, "floor_use_office": None,
                "floor_use_public_service": None, "floor_use_housing": None,
                "floor_use_leased": None, "floor_use_vacant": floor_area,
                "floor_use_other": None,
            })  # fmt: skip


def _in_sentence(unit: Unit) -> str:
    """ "xã Phong Thịnh": the type word in lower case inside a name, the proper name kept."""
    return (
        f"{unit.unit_type.lower()} {unit.short_name}"
        if unit.short_name != unit.name
        else (unit.name[0].lower() + unit.name[1:])
    )


def _fill_land(row: dict[str, Any], unit: Unit, rng: random.Random) -> None:
    row["name"] = LAND_NAMES[rng.randrange(len(LAND_NAMES))].format(unit=_in_sentence(unit))
    area = _area(rng, 300, 8000)
    vacant = (area * rng.randint(40, 100) / 100).quantize(Decimal("0.01"))
    encroached = rng.random() < 0.05  # the rest of the land is either encroached or offices
    row.update(
        address=f"{rng.choice(STREETS)}, {unit.name}", land_area=area,
        land_certificate=f"CT{rng.randint(10000, 99999)}", land_use_vacant=vacant,
        land_use_encroached=area - vacant if encroached else None,
        land_use_office=None if encroached else area - vacant,
        cost_budget=_money(rng, 500, 20000), current_use="Bỏ trống sau sắp xếp",
    )  # fmt: skip


def _fill_housing(row: dict[str, Any], unit: Unit, rng: random.Random) -> None:
    template = HOUSING_NAMES[rng.randrange(len(HOUSING_NAMES))]
    row.update(
        name=template.format(n=rng.randint(1, 12), unit=_in_sentence(unit)),
        address=f"{rng.choice(STREETS)}, {unit.name}", land_area=_area(rng, 80, 600),
        cost_budget=_money(rng, 300, 3000), current_use="Nhà ở công vụ",
    )  # fmt: skip


def _fill_car(row: dict[str, Any], unit: Unit, rng: random.Random) -> None:
    brand, seats = CARS[rng.randrange(len(CARS))]
    row.update(
        name=f"Xe ô tô {brand}", car_brand=brand, seats=seats,
        licence_plate=f"19A-{rng.randint(100, 999)}.{rng.randint(10, 99)}",
        origin_country=rng.choice(("Việt Nam", "Nhật Bản", "Thái Lan", "Hàn Quốc")),
        manufacture_year=row["year_in_use"] - rng.randint(0, 1),
        engine_capacity_cc=rng.choice((1998, 2393, 2694, 2755, 2999)),
        user_title=rng.choice(CAR_TITLES), cost_budget=_money(rng, 600, 1600),
        current_use="Chờ điều chuyển", custodian=f"UBND {unit.name} (cũ)",
    )  # fmt: skip


def _fill_equipment(row: dict[str, Any], unit: Unit, rng: random.Random) -> None:
    name, category, count_unit = EQUIPMENT[rng.randrange(len(EQUIPMENT))]
    quantity = rng.randint(1, 20)
    row.update(
        name=name, category=category, count_unit=count_unit, quantity=quantity,
        serial_number=f"SN{rng.randint(10**7, 10**8 - 1)}",
        purchase_year=row["year_in_use"], cost_budget=_money(rng, 5, 120) * quantity,
        custodian=f"UBND {unit.name} (cũ)",
    )  # fmt: skip


_FILLERS = {AssetKind.LAND: _fill_land, AssetKind.HOUSING: _fill_housing,
            AssetKind.CAR: _fill_car, AssetKind.EQUIPMENT: _fill_equipment}  # fmt: skip
_NULLABLE = tuple(c.name for c in table_of(Asset).columns if c.nullable and c.name not in ("id",))


def load_demo(
    context: ServiceContext,
    units: UnitRegistry,
    *,
    count: int,
    seed: int,
    province_id: str = DEFAULT_PROVINCE,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 5000,
) -> int:
    """Insert `count` demo assets in one transaction; refuses if demo data is already there."""
    context.require(Permission.IMPORT_DATA)  # loading demo data is an import (admins may)
    plan = plan_for(units, province_id)
    generator = DemoGenerator(units, plan, seed, context.origin_id)
    buildings = table_of(Building)
    with context.db.write() as session:
        if session.scalar(select(Asset.id).where(Asset.code.like(f"%-{DEMO_STATION}-%"))
                          .limit(1)) is not None:  # fmt: skip
            raise ServiceError(_("Demo data is already in this database; "
                                 "use a new database to load it again."))  # fmt: skip
        comment = _("Demo data")
        pending: list[dict[str, Any]] = []
        done = 0
        last = last_asset_rowid(session)
        for row in generator.rows(count):
            pending.append(row)
            if len(pending) >= batch:
                _insert_with_creation_events(session, context, pending, generator, comment)
                done += len(pending)
                pending = []
                if progress:
                    progress(done, count)
        if pending:
            _insert_with_creation_events(session, context, pending, generator, comment)
            done += len(pending)
        index_new_assets(session, after_rowid=last)
        if generator.buildings:
            session.execute(insert(buildings), generator.buildings)
        AuditRecorder(context).record(
            session, action="demo_load", entity_type="database", entity_id="assets",
            after={"count": count, "seed": seed, "province_id": province_id},
        )  # fmt: skip
    if progress:
        progress(count, count)
    return count


def _insert_with_creation_events(
    session: Session,
    context: ServiceContext,
    rows: list[dict[str, Any]],
    generator: DemoGenerator,
    comment: str,
) -> None:
    """Insert a batch of assets and append each one's "create" event to the audit chain,
    with the values an asset created in the editor records (catalogue.create)."""
    insert_assets(session, rows, index=False)  # the caller indexes every batch at the end
    buildings: dict[uuid.UUID, list[dict[str, Any]]] = {}
    # The batch's buildings are the last ones generated: stop at the first of an earlier row.
    batch_ids = {row["id"] for row in rows if row["kind"] in _WITH_BUILDINGS}
    for building in reversed(generator.buildings):
        if building["asset_id"] not in batch_ids:
            break
        buildings.setdefault(building["asset_id"], []).insert(0, building)
    plain = PLAIN_JSON_TYPES
    events: list[dict[str, Any]] = []
    for row in rows:
        after = {name: value if type(value) in plain else json_ready(value)
                 for name in RECORD_FIELDS if (value := row[name]) is not None}  # fmt: skip
        after["code"] = row["code"]
        after["buildings"] = [
            {name: json_ready(b[name]) for name in BUILDING_COLUMNS}
            for b in buildings.get(row["id"], ())
        ]
        events.append({"action": "create", "entity_type": "asset", "entity_id": row["id"],
                       "entity_code": row["code"], "after": after, "comment": comment})  # fmt: skip
    append_events(session, context, events, values_ready=True)


_WITH_BUILDINGS = frozenset({AssetKind.LAND.value, AssetKind.HOUSING.value})
