"""The shortcuts of the bulk import's writing side give what the plain ways give."""

from __future__ import annotations

import itertools
import threading
import uuid
from collections.abc import Iterator

import pytest

from surplus_assets.db.types import random_uuids
from surplus_assets.domain.text import fold
from surplus_assets.prefetch import Prefetch
from surplus_assets.services import Services
from surplus_assets.services.bulk_commit import SearchTexts

# Texts that fold in unusual ways: final sigma, dotted capital I, combining marks at the
# start, spaces of every kind at the ends, text that folds to nothing, ligatures.
TRICKY = ["Bàn họp gỗ", " Ghế ", "ΑΣ", "Σα", "İstanbul", "\u0301a", "e\u0301", "Đường 3/2",
          "\xa0\u3000x\t", "\u200b", "ǅ ﬁ", "a  b", "\n", "ـ", "Ⅻ", "12"]  # fmt: skip


def test_search_text_folded_part_by_part_is_the_fold_of_the_whole(services: Services) -> None:
    search = SearchTexts(services.units)
    for name, address, code in itertools.product(TRICKY, TRICKY, ["TB-1", "Σ", " "]):
        values = {"name": name, "address": address, "category": 12, "serial_number": None,
                  "current_unit_id": "2025:C00004"}  # fmt: skip
        parts = [code, name, address, "12", "Phường Ba Đình"]
        assert search(values, code) == fold(" | ".join(p for p in parts if p)), (name, address)


def test_prefetch_gives_the_same_sequence_and_its_errors() -> None:
    released = threading.Event()

    def source() -> Iterator[int]:
        for number in range(1000):
            if number == 10:
                released.wait(5)  # the thread stops here until the block has run a while
            yield number

    ahead = Prefetch(source(), limit=100)
    with ahead:
        released.set()
    assert list(ahead.items()) == list(range(1000))

    def failing() -> Iterator[int]:
        yield 1
        raise ValueError("bad row")

    with pytest.raises(ValueError, match="bad row"), Prefetch(failing()):
        pass
    never_run = Prefetch(iter([1, 2]))  # a block that never ran: the source as it is
    assert list(never_run.items()) == [1, 2]


def test_random_uuids_are_version_4_and_distinct() -> None:
    ids = list(itertools.islice(random_uuids(batch=64), 1000))
    assert len(set(ids)) == 1000
    assert all(i.version == 4 and i.variant == uuid.RFC_4122 for i in ids)
