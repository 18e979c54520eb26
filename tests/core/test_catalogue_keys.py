"""The asset list's light query: keys in display order, turned back into ids page by page."""

from __future__ import annotations

import uuid

from surplus_assets.services import Services
from surplus_assets.services.catalogue import AssetQuery
from tests.core.test_catalogue import CAR, EQUIPMENT, HEADQUARTERS, HOUSING


def test_search_keys_match_search_ids_in_order(services: Services) -> None:
    for raw in (HEADQUARTERS, CAR, HOUSING, EQUIPMENT):
        services.catalogue.create(raw)
    for query in (AssetQuery(), AssetQuery(sort="cost", descending=True),
                  AssetQuery(text="nha"), AssetQuery(kinds=("car",))):  # fmt: skip
        keys = services.catalogue.search_keys(query)
        assert [uuid.UUID(key) for key in keys] == services.catalogue.search_ids(query)
    assert len(services.catalogue.search_keys(AssetQuery(text="xe o to"))) == 1
