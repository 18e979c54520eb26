"""Dashboard and units-page figures: counts and values grouped in SQL."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import update

from surplus_assets.db.models import Asset
from surplus_assets.services import Services
from tests.core.test_catalogue import CAR, EQUIPMENT, HEADQUARTERS, HONG_HA, HOUSING, LANG

NGOC_KHANH = "pre2025:C00025"  # divided among Giảng Võ, Ngọc Hà and Láng
GIANG_VO = "2025:C00025"


def _record_four(services: Services) -> dict[str, object]:
    created = {
        kind: services.catalogue.create(raw)
        for kind, raw in (("land", HEADQUARTERS), ("car", CAR), ("housing", HOUSING),
                          ("equipment", EQUIPMENT))
    }  # fmt: skip
    return created


def test_empty_database_has_zero_figures_for_every_kind_and_status(services: Services) -> None:
    overview = services.statistics.overview()
    assert overview.total.count == 0
    assert [f.key for f in overview.by_kind] == ["land", "housing", "car", "equipment"]
    assert [f.key for f in overview.by_status] == [
        "surplus", "reviewing", "temporary_use", "proposed", "approved", "in_progress", "handled"
    ]  # fmt: skip
    assert all(f.count == 0 and f.original_cost == 0 for f in overview.by_kind)
    assert overview.by_current_unit == [] and overview.by_handling_form == []


def test_overview_counts_and_sums_by_kind_status_form_and_commune(services: Services) -> None:
    created = _record_four(services)
    services.catalogue.set_status([created["car"].id], "temporary_use")  # type: ignore[attr-defined]
    with services.db.write() as session:  # forms are set by proposals; set one directly
        session.execute(update(Asset).where(Asset.kind == "car").values(handling_form="ban"))
    deleted = services.catalogue.create({**EQUIPMENT, "name": "Máy in đã xóa"})
    services.catalogue.delete(deleted.id, expected_version=deleted.version)

    overview = services.statistics.overview()
    assert overview.total.count == 4
    assert overview.total.original_cost == 12_500_000_000 + 1_050_000_000 + 90_000_000
    assert overview.total.remaining_value == 4_200_000_000
    assert overview.total.land_area == Decimal("1354.50")
    land = overview.by_kind[0]
    assert (land.key, land.count, land.land_area) == ("land", 1, Decimal("1234.50"))
    statuses = {f.key: f.count for f in overview.by_status}
    assert statuses == {"surplus": 3, "reviewing": 0, "temporary_use": 1, "proposed": 0,
                        "approved": 0, "in_progress": 0, "handled": 0}  # fmt: skip
    forms = {f.key: (f.count, f.original_cost) for f in overview.by_handling_form}
    assert forms == {None: (3, 12_590_000_000), "ban": (1, 1_050_000_000)}
    assert [(f.key, f.count) for f in overview.by_current_unit] == [(HONG_HA, 3), (LANG, 1)]
    assert overview.kind_status_counts[("car", "temporary_use")] == 1
    assert overview.kind_status_counts[("equipment", "surplus")] == 1
    assert ("car", "surplus") not in overview.kind_status_counts


def test_overview_of_another_province_is_empty(services: Services) -> None:
    _record_four(services)
    assert services.statistics.overview(province_id="2025:P01").total.count == 4
    assert services.statistics.overview(province_id="2025:P25").total.count == 0


def test_unit_counts_split_a_divided_legacy_commune_by_receiving_commune(
    services: Services,
) -> None:
    _record_four(services)  # the housing unit came from Ngọc Khánh to Láng
    services.catalogue.create({**HOUSING, "name": "Nhà công vụ số 3",
                               "current_unit_id": GIANG_VO})  # fmt: skip
    counts = services.statistics.unit_counts()
    assert counts.by_province == {"2025:P01": 5}
    assert counts.by_current_unit == {HONG_HA: 3, LANG: 1, GIANG_VO: 1}
    assert counts.by_current_and_legacy[(LANG, NGOC_KHANH)] == 1
    assert counts.by_current_and_legacy[(GIANG_VO, NGOC_KHANH)] == 1
    assert counts.by_current_and_legacy[(HONG_HA, "pre2025:C00001")] == 1
