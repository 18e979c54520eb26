"""The asset list's light query: keys in display order, turned back into rows and ids."""

from __future__ import annotations

from surplus_assets.services import Services
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
