"""Importing many assets at once: every row validated by the editor's rules, all written in one
transaction or none.

plan() validates each row with services.asset_input.clean_asset (the same function the
editor and `assets add` use), matches rows to stored assets by code, and sorts them into
add / update / unchanged / rejected, writing nothing. commit() writes a plan in ONE
transaction with executemany inserts and updates and one audit event per written asset plus a
summary event for the import (see bulk_commit).

Concurrency: plan() records the version of every stored asset it compared with. commit()
reads those versions again inside its write transaction (which on SQLite holds the write lock
from its first statement) and refuses the whole import if any asset changed in between, and
each UPDATE still carries "WHERE version = <planned version>". So the values compared and the
values overwritten are provably the same, without holding the write lock while 100,000 rows
are validated. Additions whose code was taken meanwhile are refused likewise.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from surplus_assets.db.models import Asset, table_of
from surplus_assets.db.types import utcnow
from surplus_assets.domain.asset_kinds import AssetStatus
from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import FieldProblem, ValidationError
from surplus_assets.i18n import _
from surplus_assets.services.asset_input import clean_asset
from surplus_assets.services.audit import changed_fields, json_ready
from surplus_assets.services.catalogue import RECORD_FIELDS
from surplus_assets.services.context import ServiceContext
from surplus_assets.services.conversion_cache import ConversionCache
from surplus_assets.services.units import UnitRegistry

ADD, UPDATE, UNCHANGED, REJECTED = "add", "update", "unchanged", "rejected"
_MONEY_FIELDS = ("cost_budget", "cost_other", "remaining_value")  # NOT NULL, 0 when empty
_CHUNK = 500
# A new record before its values: every field, money 0 and the status "surplus" by default.
_NEW_RECORD: dict[str, Any] = {
    **dict.fromkeys(RECORD_FIELDS), "cost_budget": 0, "cost_other": 0, "remaining_value": 0,
    "status": AssetStatus.SURPLUS.value,
}  # fmt: skip
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelledError(Exception):
    """The user cancelled; nothing was written."""


@dataclass(slots=True)  # 100,000 of them per import: no __dict__ each
class IncomingAsset:
    """One row to import: field → value as typed (units already resolved to ids)."""

    raw: dict[str, object]
    source: str = ""  # "sheet X, row 12": goes into the audit comment
    problems: list[FieldProblem] = field(default_factory=list)  # found before validation


@dataclass(slots=True)
class RowOutcome:
    index: int
    action: str
    code: str | None = None
    asset_id: uuid.UUID | None = None
    version: int | None = None
    values: dict[str, Any] = field(default_factory=dict)  # full record (add) or changes
    before: dict[str, Any] = field(default_factory=dict)  # changed fields' old values
    # The record as it will be stored; for an addition, its fields that are not empty.
    full: dict[str, Any] = field(default_factory=dict)
    problems: list[FieldProblem] = field(default_factory=list)


@dataclass
class BulkPlan:
    outcomes: list[RowOutcome]
    sources: list[str]

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {a: self.count(a) for a in (ADD, UPDATE, UNCHANGED, REJECTED)}


def _stored_columns() -> list[Any]:
    table = table_of(Asset)
    names = ("id", "code", "version", "deleted_at", *RECORD_FIELDS)
    return [table.c[name] for name in names]


class BulkAssetImport:
    def __init__(self, context: ServiceContext, units: UnitRegistry) -> None:
        self.context = context
        self.units = units

    # ---- planning (reads only) -----------------------------------------------------------

    def _stored(self, codes: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = sorted(set(codes))
        found: dict[str, dict[str, Any]] = {}
        columns = _stored_columns()
        with self.context.db.read() as session:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                statement = select(*columns).where(table_of(Asset).c.code.in_(chunk))
                for row in session.execute(statement).mappings():
                    found[row["code"]] = dict(row)
        return found

    def plan(
        self,
        rows: list[IncomingAsset],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BulkPlan:
        """Validate every row and compare it with the stored asset of the same code."""
        self.context.require(Permission.IMPORT_DATA)
        self.context.require(Permission.EDIT_ASSETS)
        codes = [str(r.raw["code"]).strip() for r in rows if r.raw.get("code") not in (None, "")]
        stored = self._stored(codes)
        first_row: dict[str, int] = {}
        today = utcnow().date()
        cache = ConversionCache(self.units, today)  # each distinct cell value converted once
        outcomes: list[RowOutcome] = []
        for index, row in enumerate(rows):
            if cancelled is not None and index % 1000 == 0 and cancelled():
                raise ImportCancelledError
            outcome = self._plan_row(index, row, stored, first_row, rows, cache)
            outcomes.append(outcome)
            if progress is not None and index % 1000 == 999:
                progress(index + 1, len(rows))
        if progress is not None:
            progress(len(rows), len(rows))
        return BulkPlan(outcomes, [r.source for r in rows])

    def _plan_row(
        self,
        index: int,
        row: IncomingAsset,
        stored: dict[str, dict[str, Any]],
        first_row: dict[str, int],
        rows: list[IncomingAsset],
        cache: ConversionCache,
    ) -> RowOutcome:
        raw = row.raw  # copied below before anything in it is changed
        code_value = raw.get("code")
        code = str(code_value).strip() if code_value not in (None, "") else None
        problems = list(row.problems)
        existing = stored.get(code) if code else None
        if code is not None:
            if code in first_row:
                problems.append(FieldProblem("code", _(
                    "Code {code} is already used by {place}; each asset appears once."
                ).format(code=code, place=rows[first_row[code]].source), code))  # fmt: skip
            else:
                first_row[code] = index
        if existing is not None and existing["deleted_at"] is not None:
            problems.append(FieldProblem("code", _(
                "Asset {code} was deleted; restore it in the register before importing it "
                "again."
            ).format(code=code), code))  # fmt: skip
            existing = None
        snapshot = {k: existing[k] for k in (*RECORD_FIELDS, "code")} if existing else None
        empty_money = [n for n in _MONEY_FIELDS if n in raw and raw[n] in (None, "")]
        no_status = "status" in raw and raw["status"] in (None, "")
        if snapshot is not None or empty_money or no_status:
            raw = dict(raw)
            if snapshot is not None:
                raw.pop("code", None)
            raw.update(dict.fromkeys(empty_money, 0))
            if no_status:
                raw.pop("status")
        try:
            clean = clean_asset(
                raw, existing=snapshot, units=self.units, today=cache.today, cache=cache
            )
        except ValidationError as error:
            problems.extend(error.problems)
            clean = None
        if problems or clean is None:
            return RowOutcome(index, REJECTED, code, problems=problems)
        values = clean.values
        values.pop("code", None)
        if existing is None:
            # Without its empty fields (half of a register's fields for most kinds): a plan of
            # 100,000 additions holds half the memory. values and full are the same record.
            full = {k: v for k, v in (_NEW_RECORD | values).items() if v is not None}
            return RowOutcome(index, ADD, code, values=full, full=full)
        assert snapshot is not None
        full = {**snapshot, **values}
        before, after = changed_fields(snapshot, full)
        action = UPDATE if after else UNCHANGED
        return RowOutcome(
            index, action, code, existing["id"], existing["version"], after, before, full
        )

    # ---- writing -------------------------------------------------------------------------

    def commit(self, plan: BulkPlan, *, comment: str, skip_invalid: bool = False) -> dict[str, int]:
        """Write the plan in one transaction; refuses if rows were rejected (unless skipped)."""
        from surplus_assets.services.bulk_commit import write_plan

        self.context.require(Permission.IMPORT_DATA)
        self.context.require(Permission.EDIT_ASSETS)
        return write_plan(self.context, self.units, plan, comment, skip_invalid)


def json_outcome(outcome: RowOutcome) -> dict[str, Any]:
    result: dict[str, Any] = json_ready(
        {"action": outcome.action, "code": outcome.code, "changes": outcome.values}
    )
    return result


def records_by_id(context: ServiceContext, ids: list[uuid.UUID]) -> list[dict[str, Any]]:
    """Full records (code and every register field) for exports, in the order of `ids`."""
    context.require(Permission.VIEW)
    table = table_of(Asset)
    found: dict[uuid.UUID, dict[str, Any]] = {}
    with context.db.read() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            statement = select(*_stored_columns()).where(table.c.id.in_(chunk))
            for row in session.execute(statement).mappings():
                found[row["id"]] = dict(row)
    return [found[i] for i in ids if i in found]


def kinds_by_id(context: ServiceContext, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The kind of each asset not deleted (exports group assets by kind before reading the
    records); deleted assets are left out."""
    context.require(Permission.VIEW)
    table = table_of(Asset)
    found: dict[uuid.UUID, str] = {}
    with context.db.read() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            # Deleted ones are left out here, not in SQL: a deleted_at condition makes SQLite
            # scan the (deleted_at, ...) indexes for every chunk instead of looking up ids.
            statement = select(table.c.id, table.c.kind, table.c.deleted_at).where(
                table.c.id.in_(chunk)
            )
            found.update({row[0]: row[1] for row in session.execute(statement) if row[2] is None})
    return found
