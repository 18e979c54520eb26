"""What the exchange service hands back: export results, import previews and conflicts.

A ConflictView shows a record changed on both laptops side by side, field by field
(differences), for the user to choose; an ImportPreview holds a verified package and its
merge plan while the user decides. Plain records: the pages and the CLI show them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from surplus_assets.exchange.package_import import ImportPlan, Incoming
from surplus_assets.exchange.package_signing import SignatureInfo


@dataclass(frozen=True)
class ExportResult:
    package_id: str
    path: Path
    counts: dict[str, int]
    signed: bool
    range_from: datetime | None
    range_to: datetime | None


@dataclass(frozen=True)
class FieldDifference:
    field: str
    local: Any
    incoming: Any


@dataclass(frozen=True)
class ConflictView:
    """A record changed on both sides, shown side by side for the user to choose."""

    entity_type: str
    entity_id: str
    code: str
    local_version: int
    incoming_version: int
    differences: list[FieldDifference]
    conflict_id: uuid.UUID | None = None  # set once kept in exchange_conflicts


@dataclass
class ImportPreview:
    """What importing a package would do; hold it while the user decides, then apply or close."""

    package_id: str
    origin_id: str
    created_at: str
    created_by: str
    signature: SignatureInfo
    already_imported: bool
    counts: dict[str, dict[str, int]]
    conflicts: list[ConflictView]
    _plan: ImportPlan = field(repr=False)

    @property
    def changes(self) -> int:
        return sum(c.get("new", 0) + c.get("updated", 0) for c in self.counts.values())

    def close(self) -> None:
        self._plan.package.close()


@dataclass(frozen=True)
class ImportResult:
    package_id: str
    applied: bool
    counts: dict[str, dict[str, int]]
    unresolved: list[ConflictView]
    signature: SignatureInfo


def differences(local: Mapping[str, Any], incoming: Mapping[str, Any]) -> list[FieldDifference]:
    skip = {"version", "updated_at", "updated_by", "lineage"}
    names = sorted((set(local) | set(incoming)) - skip)
    return [FieldDifference(n, local.get(n), incoming.get(n)) for n in names
            if local.get(n) != incoming.get(n)]  # fmt: skip


def conflict_view(record: Incoming, conflict_id: uuid.UUID | None = None) -> ConflictView:
    return ConflictView(record.entity, str(record.id), record.code, record.local_version,
                        record.version, differences(record.local or {}, record.encoded),
                        conflict_id)  # fmt: skip
