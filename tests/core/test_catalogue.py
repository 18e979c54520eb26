"""Recording, changing and finding assets through the catalogue service."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from surplus_assets.db.models import Asset, AuditEvent
from surplus_assets.errors import ConcurrencyError, NotFoundError, ValidationError
from surplus_assets.services import Services
from surplus_assets.services.audit import iter_chain_problems
from surplus_assets.services.catalogue import AssetQuery

PHUC_XA = "pre2025:C00001"  # Phường Phúc Xá, Quận Ba Đình → Phường Hồng Hà
HONG_HA = "2025:C00097"
NGOC_KHANH = "pre2025:C00025"  # divided: Giảng Võ (default), Ngọc Hà, Láng
LANG = "2025:C00199"

HEADQUARTERS: dict[str, Any] = {
    "kind": "land", "name": "Trụ sở UBND phường Phúc Xá (cũ)", "legacy_unit_id": PHUC_XA,
    "current_unit_id": HONG_HA, "address": "Số 1 Nghĩa Dũng, Phúc Xá",
    "land_area": "1.234,5", "land_use_vacant": "1000", "cost_budget": "12.500.000.000",
    "remaining_value": "4,200,000,000", "year_in_use": "2001",
    "buildings": [{"name": "Nhà làm việc 3 tầng", "floors": "3", "floor_area": "850,25"}],
}  # fmt: skip
CAR = {"kind": "car", "name": "Xe ô tô Toyota Fortuner", "current_unit_id": HONG_HA,
       "car_brand": "Toyota Fortuner 2.7", "licence_plate": "29A-123.45", "seats": "7",
       "cost_budget": "1.050.000.000"}  # fmt: skip
HOUSING = {
    "kind": "housing",
    "name": "Nhà công vụ số 2",
    "current_unit_id": LANG,
    "legacy_unit_id": NGOC_KHANH,
    "address": "Ngõ 5 Láng Hạ",
    "land_area": "120",
}
EQUIPMENT = {
    "kind": "equipment",
    "name": "Máy photocopy Ricoh",
    "current_unit_id": HONG_HA,
    "quantity": "2",
    "count_unit": "chiếc",
    "cost_budget": "90000000",
}


def _counts(services: Services) -> tuple[int, int]:
    with services.db.read() as session:
        return (session.scalar(select(func.count()).select_from(Asset)) or 0,
                session.scalar(select(func.count()).select_from(AuditEvent)) or 0)  # fmt: skip


def test_create_each_kind_parses_both_number_styles(services: Services) -> None:
    hq = services.catalogue.create(HEADQUARTERS)
    assert hq.code.startswith("ND-")
    assert hq.values["land_area"] == Decimal("1234.50")
    assert hq.values["cost_budget"] == 12_500_000_000
    assert hq.values["remaining_value"] == 4_200_000_000
    assert hq.values["province_id"] == "2025:P01"
    assert hq.buildings[0]["floor_area"] == Decimal("850.25")
    assert services.catalogue.create(CAR).code.startswith("OTO-")
    assert services.catalogue.create(HOUSING).code.startswith("NCV-")
    assert services.catalogue.create(EQUIPMENT).code.startswith("TB-")
    assert services.catalogue.count_assets() == 4
    assert services.catalogue.get(hq.code).values["name"] == HEADQUARTERS["name"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"current_unit_id": "Phường Không Tồn Tại"}, "current_unit_id", "Không Tồn Tại"),
        ({"land_area": "-5"}, "land_area", "âm"),
        ({"cost_budget": "mười triệu"}, "cost_budget", "mười triệu"),
        ({"current_unit_id": LANG}, "current_unit_id", "Hồng Hà"),  # Phúc Xá did not go to Láng
        ({"year_in_use": "2090"}, "year_in_use", ""),
        ({"seats": "4"}, "seats", ""),  # a car field on a headquarters
        ({"land_area": "1.234"}, "land_area", "1.234"),  # ambiguous: refused, not guessed
        ({"name": ""}, "name", ""),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_written(
    services: Services, changes: dict[str, Any], field: str, words: str
) -> None:
    before = _counts(services)
    with pytest.raises(ValidationError) as caught:
        services.catalogue.create({**HEADQUARTERS, **changes})
    messages = caught.value.by_field()
    assert field in messages, messages
    assert words in messages[field] or words in str(caught.value.problems)
    assert _counts(services) == before


def test_duplicate_code_is_refused(services: Services) -> None:
    services.catalogue.create({**CAR, "code": "OTO-HN-001"})
    before = _counts(services)
    with pytest.raises(ValidationError) as caught:
        services.catalogue.create({**CAR, "code": "OTO-HN-001"})
    assert "OTO-HN-001" in caught.value.by_field()["code"]
    assert _counts(services) == before


def test_divided_commune_accepts_any_receiving_unit(services: Services) -> None:
    record = services.catalogue.create(HOUSING)
    assert record.values["current_unit_id"] == LANG
    with pytest.raises(ValidationError) as caught:
        services.catalogue.create({**HOUSING, "current_unit_id": HONG_HA})
    message = caught.value.by_field()["current_unit_id"]
    assert "Giảng Võ" in message and "Láng" in message and "Ngọc Hà" in message


def test_update_checks_version_and_writes_history(services: Services) -> None:
    record = services.catalogue.create(CAR)
    updated = services.catalogue.update(record.id, {"seats": "5", "notes": "Hỏng điều hòa"},
                                        expected_version=record.version)  # fmt: skip
    assert updated.version == record.version + 1
    assert updated.values["seats"] == 5
    with pytest.raises(ConcurrencyError):
        services.catalogue.update(record.id, {"seats": "4"}, expected_version=record.version)
    unchanged = services.catalogue.update(record.id, {"seats": "5"},
                                          expected_version=updated.version)  # fmt: skip
    assert unchanged.version == updated.version
    history = services.catalogue.history(record.id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[1].before == {"seats": 7, "notes": None}
    assert history[1].after == {"seats": 5, "notes": "Hỏng điều hòa"}


def test_soft_delete_and_restore(services: Services) -> None:
    record = services.catalogue.create(EQUIPMENT)
    deleted = services.catalogue.delete(record.id, expected_version=record.version)
    assert services.catalogue.count_assets() == 0
    with pytest.raises(NotFoundError):
        services.catalogue.get(record.id)
    assert services.catalogue.get(record.id, include_deleted=True).deleted_at is not None
    services.catalogue.restore(record.id, expected_version=deleted.version)
    assert services.catalogue.count_assets() == 1
    assert [h.action for h in services.catalogue.history(record.id)] == [
        "create", "delete", "restore"]  # fmt: skip


def test_deleting_and_restoring_a_selection_is_all_or_nothing(services: Services) -> None:
    ids = [services.catalogue.create(raw).id for raw in (CAR, EQUIPMENT, HOUSING)]
    missing = uuid.uuid4()
    with pytest.raises(NotFoundError):
        services.catalogue.delete_many([*ids, missing])
    assert services.catalogue.count_assets() == 3  # the first three were not deleted either
    assert services.catalogue.delete_many(ids) == 3
    assert services.catalogue.count_assets() == 0
    assert services.catalogue.delete_many(ids) == 0  # already deleted: nothing changes
    assert services.catalogue.restore_many(ids) == 3
    assert services.catalogue.count_assets() == 3
    assert [h.action for h in services.catalogue.history(ids[0])] == [
        "create", "delete", "restore"]  # fmt: skip


def test_undo_of_a_bulk_status_change_gives_each_asset_its_own_status_back(
    services: Services,
) -> None:
    car, equipment = (services.catalogue.create(raw).id for raw in (CAR, EQUIPMENT))
    services.catalogue.set_status([car], "reviewing")
    previous = {car: "reviewing", equipment: "surplus"}
    assert services.catalogue.set_status(previous, "temporary_use") == 2
    assert services.catalogue.set_statuses(previous) == 2
    assert {i: services.catalogue.get(i).values["status"] for i in previous} == previous
    with pytest.raises(ValidationError):  # a workflow status is refused for the whole set
        services.catalogue.set_statuses({car: "surplus", equipment: "approved"})
    assert {i: services.catalogue.get(i).values["status"] for i in previous} == previous


def test_search_ignores_diacritics_and_case_and_filters(services: Services) -> None:
    for raw in (HEADQUARTERS, CAR, HOUSING, EQUIPMENT):
        services.catalogue.create(raw)
    catalogue = services.catalogue

    def names(**query: Any) -> list[str]:
        return [r.name for r in catalogue.list_rows(AssetQuery(**query))]

    assert names(text="tru so phuc xa") == ["Trụ sở UBND phường Phúc Xá (cũ)"]
    assert names(text="TRỤ SỞ") == names(text="tru so")
    assert names(text="hong ha", kinds=("car",)) == ["Xe ô tô Toyota Fortuner"]
    assert names(text="29a-123") == ["Xe ô tô Toyota Fortuner"]
    assert names(text="không có gì như vậy") == []
    assert names(current_unit_id=LANG) == ["Nhà công vụ số 2"]
    assert names(sort="name") == sorted(names(sort="name"), key=str)  # same first letters
    assert len(catalogue.search_ids(AssetQuery(text="100%_"))) == 0  # LIKE wildcards escaped


def test_every_change_is_in_a_verifiable_audit_chain(services: Services) -> None:
    record = services.catalogue.create(CAR)
    services.catalogue.update(record.id, {"seats": "5"}, expected_version=1)
    with services.db.read() as session:
        assert list(iter_chain_problems(session)) == []
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.origin_seq)).all()
    assert [e.action for e in events] == ["create", "update"]
    assert [e.origin_seq for e in events] == [1, 2]
    assert events[1].prev_hash == events[0].hash


def test_bulk_status_is_all_or_nothing_and_never_bypasses_the_workflow(
    services: Services,
) -> None:
    ids = [services.catalogue.create(raw).id for raw in (CAR, EQUIPMENT, HOUSING)]
    assert services.catalogue.set_status(ids, "reviewing") == 3
    assert {services.catalogue.get(i).values["status"] for i in ids} == {"reviewing"}
    before = _counts(services)
    with pytest.raises(ValidationError) as caught:
        services.catalogue.set_status(ids, "handled")
    assert "phương án" in caught.value.by_field()["status"]
    with pytest.raises(ValidationError):
        services.catalogue.update(ids[0], {"status": "approved"}, expected_version=2)
    assert _counts(services) == before


def test_bulk_loaded_assets_are_searchable_and_the_index_stays_in_step(
    services: Services,
) -> None:
    """The index answers exactly like a scan of the folded text, after a bulk load and
    after ordinary row-by-row changes."""
    from sqlalchemy import text

    from surplus_assets.services.demo import load_demo

    load_demo(services.context, services.units, count=300, seed=3, batch=100)
    car = services.catalogue.create(CAR)
    services.catalogue.update(car.id, {"name": "Xe ô tô Ford Everest", "licence_plate":
                                       "30K-999.99"}, expected_version=1)  # fmt: skip

    def scanned(word: str) -> set[object]:
        with services.db.read() as session:
            return set(session.scalars(select(Asset.id).where(
                Asset.deleted_at.is_(None), Asset.search_text.like(f"%{word}%"))))  # fmt: skip

    for word in ("toyota", "may tinh", "tru so", "everest", "fortuner"):
        terms = word.split()
        expected = set.intersection(*(scanned(t) for t in terms))
        assert set(services.catalogue.search_ids(AssetQuery(text=word))) == expected, word
    assert car.id in services.catalogue.search_ids(AssetQuery(text="everest"))
    assert car.id not in services.catalogue.search_ids(AssetQuery(text="29a-123"))
    if services.db.is_sqlite:
        with services.db.read() as session:  # FTS5's own consistency check
            session.execute(
                text("INSERT INTO asset_search(asset_search, rank) VALUES ('integrity-check', 1)")
            )


def test_emptied_money_field_means_zero(services: Services) -> None:
    record = services.catalogue.create({**CAR, "cost_budget": "", "remaining_value": None})
    assert record.values["cost_budget"] == 0 and record.values["remaining_value"] == 0
    updated = services.catalogue.update(record.id, {"cost_other": "  "}, expected_version=1)
    assert updated.values["cost_other"] == 0


@pytest.mark.parametrize("sort_up_to", [0, 1_000_000])
def test_search_answers_alike_whether_it_sorts_the_matches_or_walks_the_sort_index(
    services: Services, monkeypatch: pytest.MonkeyPatch, sort_up_to: int
) -> None:
    """Few matches are fetched and sorted, many are found walking the sort index: the list
    shows the same assets in the same order either way, deleted ones left out."""
    from surplus_assets.services import asset_search
    from surplus_assets.services.demo import load_demo

    load_demo(services.context, services.units, count=400, seed=5, batch=200)
    deleted = services.catalogue.search_ids(AssetQuery(text="may tinh", sort="name"))[3]
    services.catalogue.delete(deleted, expected_version=1)

    def scanned(words: str, descending: bool) -> list[object]:
        statement = select(Asset.id).where(Asset.deleted_at.is_(None))
        for word in words.split():
            statement = statement.where(Asset.search_text.like(f"%{word}%"))
        order = (Asset.name_sort.desc(), Asset.code.desc()) if descending else (
            Asset.name_sort, Asset.code)  # fmt: skip
        with services.db.read() as session:
            return list(session.scalars(statement.order_by(*order)))

    monkeypatch.setattr(asset_search, "SORT_MATCHES_UP_TO", sort_up_to)
    monkeypatch.setattr(asset_search, "SORT_MATCHES_SHARE", 10**9)  # no share of 400 assets
    for words in ("may tinh", "tru so", "xe o to", "may", "khong co gi"):
        for descending in (False, True):
            query = AssetQuery(text=words, sort="name", descending=descending)
            expected = scanned(words, descending)
            assert services.catalogue.search_ids(query) == expected, words
            assert [r.id for r in services.catalogue.list_rows(query, limit=10)] == expected[:10]
            assert services.catalogue.count_assets(query) == len(expected)
    assert deleted not in services.catalogue.search_ids(AssetQuery(text="may tinh"))
