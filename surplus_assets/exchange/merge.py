"""Deciding what an incoming record does to the local one (docs/decisions/0003-exchange-merge.md).

A record's lineage is the set of content hashes of its versions that have travelled. With the
local content hash L, the incoming hash I, the incoming record's lineage S and the local
lineage K:

    no local record            → new
    L == I                     → identical (nothing to do)
    L in S                     → the incoming version was made from ours: apply it
    I in K                     → ours was made from the incoming one: keep ours
    no shared history at all   → the higher version wins; equal versions conflict
    otherwise                  → both changed since they last met: a conflict
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum


class Outcome(StrEnum):
    NEW = "new"
    APPLY = "updated"
    IDENTICAL = "identical"
    KEEP_LOCAL = "kept_local"
    CONFLICT = "conflict"


def decide(
    local_hash: str | None,
    local_version: int,
    local_lineage: Collection[str],
    incoming_hash: str,
    incoming_version: int,
    incoming_lineage: Collection[str],
) -> Outcome:
    if local_hash is None:
        return Outcome.NEW
    if local_hash == incoming_hash:
        return Outcome.IDENTICAL
    if local_hash in incoming_lineage:
        return Outcome.APPLY
    if incoming_hash in local_lineage:
        return Outcome.KEEP_LOCAL
    shared = set(local_lineage) & set(incoming_lineage)
    no_history = not local_lineage and not (set(incoming_lineage) - {incoming_hash})
    if no_history and not shared and incoming_version != local_version:
        return Outcome.APPLY if incoming_version > local_version else Outcome.KEEP_LOCAL
    return Outcome.CONFLICT


def applied_version(local_version: int, incoming_version: int) -> int:
    """The version a record gets when the incoming content replaces ours: never goes back."""
    return incoming_version if incoming_version > local_version else local_version + 1
