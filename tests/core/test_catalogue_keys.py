"""The asset list's light query: keys in display order, turned back into rows and ids."""

from __future__ import annotations

from surplus_assets.services import Services, open_services
from surplus_assets.services.catalogue import AssetQuery
from tests.core.test_catalogue import CAR, EQUIPMENT, HEADQUARTERS, HOUSING


def test_search_keys_match_search_ids_in_order(services: Services) -> None:
    for raw in (HEADQUARTERS, CAR, HOUSING, EQUIPMENT):
        services.catalogue.create(raw)
    catalogue = services.catalogue
    for query in (AssetQuery(), AssetQuery(sort="cost", descending=True),
                  AssetQuery(text="nha"), AssetQuery(kinds=("car",)),
                  AssetQuery(descending=True), AssetQuery(text="o")):  # fmt: skip
        keys = catalogue.search_keys(query)
        assert catalogue.ids_by_key(keys) == catalogue.search_ids(query), query
        rows = catalogue.rows_by_key(keys)
        assert [rows[key].id for key in keys] == catalogue.search_ids(query)
        assert [r.key for r in catalogue.list_rows(query)] == list(keys)
    assert len(catalogue.search_keys(AssetQuery(text="xe o to"))) == 1
    car = catalogue.list_rows(AssetQuery(kinds=("car",)))[0]
    assert catalogue.key_of(car.id) == car.key
    assert catalogue.search_keys(AssetQuery()).index(car.key) >= 0


def test_rows_name_their_units_as_the_registry_does_without_reading_it(
    services: Services, database_url: str
) -> None:
    """The list's rows carry their units' names with the parents' ("Xã A, Huyện B, Tỉnh C"),
    read in SQL: at start-up the first rows are shown before the ~14,000-unit registry is
    read, and the province filter is filled from the provinces alone."""
    for raw in (HEADQUARTERS, CAR, HOUSING):
        services.catalogue.create(raw)
    fresh = open_services(database_url)  # a new process's registry: nothing read yet
    try:
        catalogue = fresh.catalogue
        first_page = catalogue.list_rows(AssetQuery(), limit=100)
        rows = catalogue.rows_by_key(catalogue.search_keys(AssetQuery()))
        provinces = fresh.units.provinces()
        assert not fresh.units.loaded
        assert provinces == services.units.provinces() and provinces
        for row in [*first_page, *rows.values()]:
            assert row.current_unit == services.units.label(row.current_unit_id)
            assert row.legacy_unit == services.units.label(row.legacy_unit_id)
        car = next(row for row in first_page if row.name == CAR["name"])
        assert car.legacy_unit == ""  # a car of no legacy commune
        housing = next(row for row in first_page if row.name == HOUSING["name"])
        assert housing.legacy_unit.startswith("Phường Ngọc Khánh, Quận Ba Đình, ")
        assert housing.current_unit.count(", ") == 1  # a current commune and its province
    finally:
        fresh.close()


def test_a_first_page_in_any_order_is_the_head_of_the_whole_list(services: Services) -> None:
    """A click on any column header: the first rows shown (a LIMIT query, steered to walk the
    column's index when it has one) are the first of the full list, deleted assets left out."""
    from surplus_assets.services.asset_search import SORT_COLUMNS

    for raw in (HEADQUARTERS, CAR, HOUSING, EQUIPMENT):
        services.catalogue.create(raw)
    catalogue = services.catalogue
    gone = catalogue.list_rows(AssetQuery(kinds=("car",)))[0]
    catalogue.delete(gone.id, expected_version=gone.version)
    for key in SORT_COLUMNS:
        for descending in (False, True):
            query = AssetQuery(sort=key, descending=descending)
            everything = list(catalogue.search_keys(query))
            assert len(everything) == 3 and gone.key not in everything
            assert [row.key for row in catalogue.list_rows(query, limit=2)] == everything[:2], query
