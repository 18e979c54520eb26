"""The keys of a query's matches in display order, held compactly by the asset list.

On SQLite a key is the asset's rowid, eight bytes each in an array: 16 MB for 2,000,000
assets, where the hex strings of their UUIDs took ~180 MB and seconds to build. PostgreSQL
has no stable rowid, so there the key is the asset's UUID (a list: shared PostgreSQL
databases hold a province, not a country). Either way `rows_by_key` turns a page of keys
into rows, and `ids_by_key` into asset ids.
"""

from __future__ import annotations

import contextlib
import uuid
from array import array
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import overload

AssetKey = int | uuid.UUID


class AssetKeys(Sequence[AssetKey]):
    """An immutable sequence of asset keys (ints in an array, or UUIDs in a list)."""

    __slots__ = ("_keys",)

    def __init__(self, keys: array[int] | list[uuid.UUID] | None = None) -> None:
        self._keys: array[int] | list[uuid.UUID] = array("q") if keys is None else keys

    @classmethod
    def of(cls, keys: Iterable[AssetKey]) -> AssetKeys:
        """From any keys (all ints, or all UUIDs)."""
        listed = list(keys)
        if listed and isinstance(listed[0], uuid.UUID):
            return cls([k for k in listed if isinstance(k, uuid.UUID)])
        return cls(array("q", [int(k) for k in listed if isinstance(k, int)]))

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, index: int) -> AssetKey: ...

    @overload
    def __getitem__(self, index: slice) -> list[AssetKey]: ...

    def __getitem__(self, index: int | slice) -> AssetKey | list[AssetKey]:
        if isinstance(index, slice):
            return list(self._keys[index])
        return self._keys[index]

    def __iter__(self) -> Iterator[AssetKey]:
        return iter(self._keys)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AssetKeys):
            return NotImplemented
        return self._keys == other._keys

    def __hash__(self) -> int:  # mutable contents are never changed after construction
        return id(self)

    def index(self, key: object, start: int = 0, stop: int | None = None) -> int:
        """The row of `key` (ValueError if absent); a C scan of the array, ~5 ms at 2M."""
        if stop is None:
            return self._keys.index(key, start)  # type: ignore[arg-type]
        return self._keys.index(key, start, stop)  # type: ignore[arg-type]

    def starts_with(self, prefix: Sequence[AssetKey]) -> bool:
        return len(prefix) <= len(self._keys) and list(self._keys[: len(prefix)]) == list(prefix)

    def rows_of(self, wanted: Collection[AssetKey]) -> dict[AssetKey, int]:
        """The row of each of `wanted` that is here (one pass; call it off the GUI thread
        when the list is long)."""
        if not wanted:
            return {}
        found: dict[AssetKey, int] = {}
        if len(wanted) <= 4:
            for key in wanted:
                with contextlib.suppress(ValueError):
                    found[key] = self.index(key)
            return found
        members = set(wanted)
        for row, key in enumerate(self):
            if key in members:
                found[key] = row
        return found
