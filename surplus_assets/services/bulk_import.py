"""Importing many assets at once: every row validated by the editor's rules, all written in one
transaction or none.

plan() validates each row with services.asset_input.clean_asset (the same function the
editor and `assets add` use), matches rows to stored assets by code, and sorts them into
add / update / unchanged / rejected, writing nothing. commit() writes a plan in ONE
transaction with executemany inserts and updates and one audit event per written asset plus a
summary event for the import.

Concurrency: plan() records the version of every stored asset it compared with. commit()
reads those versions again inside its write transaction (which on SQLite holds the write lock
from its first statement) and refuses the whole import if any asset changed in between, and
each UPDATE still carries "WHERE version = <planned version>". So the values compared and the
values overwritten are provably the same, without holding the write lock while 100,000 rows
are validated.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, select, update

from surplus_assets.bulk_memory import collector_paused
from surplus_assets.db.models import Asset, table_of
from surplus_assets.db.search_index import insert_assets
from surplus_assets.db.types import utcnow
from surplus_assets.domain.asset_kinds import AssetKind, AssetStatus
from surplus_assets.domain.permissions import Permission
from surplus_assets.domain.text import collation_key, fold_unique
from surplus_assets.errors import ConcurrencyError, FieldProblem, ValidationError
from surplus_assets.i18n import _
from surplus_assets.services.asset_input import ConversionCache, clean_asset
from surplus_assets.services.audit import (
    PLAIN_JSON_TYPES,
    append_events,
    changed_fields,
    json_ready,
)
from surplus_assets.services.catalogue import RECORD_FIELDS, CatalogueService
from surplus_assets.services.context import ServiceContext
from surplus_assets.services.units import UnitRegistry

ADD, UPDATE, UNCHANGED, REJECTED = "add", "update", "unchanged", "rejected"
_MONEY_FIELDS = ("cost_budget", "cost_other", "remaining_value")  # NOT NULL, 0 when empty
_CHUNK = 500
_INSERT_COLUMNS = (*RECORD_FIELDS, "id", "code", "created_at", "updated_at", "created_by",
                   "updated_by", "version", "origin_id", "search_text", "name_sort")  # fmt: skip
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelledError(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class IncomingAsset:
    """One row to import: field → value as typed (units already resolved to ids)."""

    raw: dict[str, object]
    source: str = ""  # "sheet X, row 12": goes into the audit comment
    problems: list[FieldProblem] = field(default_factory=list)  # found before validation


@dataclass
class RowOutcome:
    index: int
    action: str
    code: str | None = None
    asset_id: uuid.UUID | None = None
    version: int | None = None
    values: dict[str, Any] = field(default_factory=dict)  # full record (add) or changes
    before: dict[str, Any] = field(default_factory=dict)  # changed fields' old values
    full: dict[str, Any] = field(default_factory=dict)  # record as it will be stored
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


def record_search_text(values: Mapping[str, Any], units: UnitRegistry) -> str:
    """The folded search text of a record, as CatalogueService keeps it."""
    return SearchTexts(units)(values, values.get("code"))


class SearchTexts:
    """record_search_text for a batch of records: each unit's name is looked up once."""

    def __init__(self, units: UnitRegistry) -> None:
        self.units = units
        self._unit_names: dict[object, str] = {}

    def _unit_name(self, unit_id: Any) -> str:
        name = self._unit_names.get(unit_id)
        if name is None:
            name = self._unit_names[unit_id] = self.units.label(unit_id, with_parent=False)
        return name

    def __call__(self, values: Mapping[str, Any], code: object) -> str:
        """The search text of `values` with `code` as its code."""
        get = values.get
        parts = (
            code, get("name"), get("address"), get("custodian"), get("licence_plate"),
            get("serial_number"), get("category"), get("car_brand"),
            self._unit_name(get("current_unit_id")), self._unit_name(get("legacy_unit_id")),
        )  # fmt: skip
        # Every record's text is different: fold it without filling fold's memo.
        return fold_unique(" | ".join([p if type(p) is str else str(p) for p in parts if p]))


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
        raw = dict(row.raw)
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
        if snapshot is not None:
            raw.pop("code", None)
        for name in _MONEY_FIELDS:
            if name in raw and raw[name] in (None, ""):
                raw[name] = 0
        if raw.get("status") in (None, ""):
            raw.pop("status", None)
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
            full = dict.fromkeys(RECORD_FIELDS)
            full.update(cost_budget=0, cost_other=0, remaining_value=0,
                        status=AssetStatus.SURPLUS.value)  # fmt: skip
            full.update(values)
            # values and full are the same record for an addition (one dict, not two).
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
        self.context.require(Permission.IMPORT_DATA)
        self.context.require(Permission.EDIT_ASSETS)
        with collector_paused():  # 100,000 rows and events, freed by reference counting
            return self._commit(plan, comment, skip_invalid)

    def _commit(self, plan: BulkPlan, comment: str, skip_invalid: bool) -> dict[str, int]:
        rejected = [o for o in plan.outcomes if o.action == REJECTED]
        if rejected and not skip_invalid:
            raise ValidationError([
                FieldProblem(plan.sources[o.index] + ": " + p.field, p.message, p.value)
                for o in rejected for p in o.problems
            ])  # fmt: skip
        adds = [o for o in plan.outcomes if o.action == ADD]
        updates = [o for o in plan.outcomes if o.action == UPDATE]
        compared = [o for o in plan.outcomes if o.action in (UPDATE, UNCHANGED)]
        table = table_of(Asset)
        actor = self.context.actor.user_id
        with self.context.db.write() as session:
            self._check_unchanged_since_plan(session, compared, adds)
            now = utcnow()
            self._assign_codes(session, adds)
            search = SearchTexts(self.units)
            # One executemany, then the search index in one statement (not a trigger per row);
            # the rows are made as the driver takes them, a batch at a time.
            insert_assets(session, self._insert_rows(adds, now, search), _INSERT_COLUMNS)
            groups: dict[tuple[str, ...], list[RowOutcome]] = defaultdict(list)
            for o in updates:
                groups[tuple(sorted(o.values))].append(o)
            for keys, members in groups.items():
                statement = (
                    update(table)
                    .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_ver"))
                    .values({**{k: bindparam("v_" + k) for k in keys},
                             "version": bindparam("b_new"), "updated_at": now,
                             "updated_by": actor, "search_text": bindparam("v_search"),
                             "name_sort": bindparam("v_sort")})
                )  # fmt: skip
                params = [{
                    **{"v_" + k: o.values[k] for k in keys}, "b_id": o.asset_id,
                    "b_ver": o.version, "b_new": (o.version or 0) + 1,
                    "v_search": search(o.full, o.code),
                    "v_sort": collation_key(str(o.full["name"])),
                } for o in members]  # fmt: skip
                result = session.execute(statement, params)
                if getattr(result, "rowcount", -1) not in (-1, len(members)):
                    raise ConcurrencyError(_(
                        "Some assets were changed by someone else during the import; nothing "
                        "was saved. Check the file again and import it."))  # fmt: skip
            summary = {
                "action": "import", "entity_type": "import", "entity_id": uuid.uuid4(),
                "entity_code": None, "comment": comment,
                "after": {"added": len(adds), "updated": len(updates),
                          "unchanged": plan.count(UNCHANGED), "rejected": len(rejected)},
            }  # fmt: skip
            events = self._events(plan, adds, updates, comment, summary)
            append_events(session, self.context, events, values_ready=True)
        return {ADD: len(adds), UPDATE: len(updates), UNCHANGED: plan.count(UNCHANGED),
                REJECTED: len(rejected)}  # fmt: skip

    def _insert_rows(
        self, adds: list[RowOutcome], now: datetime, search: SearchTexts
    ) -> Iterator[tuple[Any, ...]]:
        """The rows of the new assets, in the order of _INSERT_COLUMNS."""
        actor = self.context.actor.user_id
        origin = self.context.origin_id
        record = itemgetter(*RECORD_FIELDS)
        for o in adds:
            o.asset_id = uuid.uuid4()
            full = o.full
            yield (
                *record(full), o.asset_id, o.code, now, now, actor, actor, 1, origin,
                search(full, o.code), collation_key(str(full["name"])),
            )  # fmt: skip

    def _events(
        self,
        plan: BulkPlan,
        adds: list[RowOutcome],
        updates: list[RowOutcome],
        comment: str,
        summary: dict[str, Any],
    ) -> Iterator[dict[str, Any]]:
        """One event per written asset, then `summary`, made as append_events reads them."""
        # JSON-ready here (the record's values are flat: only decimals need text), so that
        # append_events need not walk 100,000 records again.
        plain = PLAIN_JSON_TYPES
        for o in adds:
            after = {
                k: v if type(v) in plain else json_ready(v)
                for k, v in o.full.items() if v is not None
            }  # fmt: skip
            after["code"] = o.code
            yield {"action": "create", "entity_type": "asset", "entity_id": o.asset_id,
                   "entity_code": o.code, "after": after,
                   "comment": f"{comment} ({plan.sources[o.index]})"}  # fmt: skip
        for o in updates:
            yield {"action": "update", "entity_type": "asset", "entity_id": o.asset_id,
                   "entity_code": o.code, "before": json_ready(o.before),
                   "after": json_ready(o.values),
                   "comment": f"{comment} ({plan.sources[o.index]})"}  # fmt: skip
        yield summary

    def _check_unchanged_since_plan(
        self, session: Any, compared: list[RowOutcome], adds: list[RowOutcome]
    ) -> None:
        table = table_of(Asset)
        codes = [o.code for o in compared] + [o.code for o in adds if o.code]
        current: dict[str, int] = {}
        for start in range(0, len(codes), _CHUNK):
            chunk = codes[start : start + _CHUNK]
            for code, version in session.execute(
                select(table.c.code, table.c.version).where(table.c.code.in_(chunk))
            ):
                current[code] = version
        moved = [o.code for o in compared if current.get(str(o.code)) != o.version]
        moved += [o.code for o in adds if o.code and o.code in current]
        if moved:
            raise ConcurrencyError(
                _(
                    "{count} assets were changed by someone else since the file was checked "
                    "({codes}); nothing was saved. Check the file again and import it."
                ).format(count=len(moved), codes=", ".join(str(c) for c in moved[:10]))
            )

    def _assign_codes(self, session: Any, adds: list[RowOutcome]) -> None:
        helper = CatalogueService(self.context, self.units)
        next_number: dict[str, tuple[str, int]] = {}
        for o in adds:
            if o.code:
                continue
            kind = AssetKind(o.full["kind"])
            if kind not in next_number:
                first = helper._next_code(session, kind, None)
                prefix = first.rsplit("-", 1)[0] + "-"
                next_number[kind] = (prefix, int(first.rsplit("-", 1)[1]))
            prefix, number = next_number[kind]
            o.code = f"{prefix}{number:05d}"
            next_number[kind] = (prefix, number + 1)


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
