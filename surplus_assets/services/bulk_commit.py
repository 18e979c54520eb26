"""Writing a planned bulk import (see bulk_import) in one transaction.

The new assets go in with one executemany and the search index in one statement
(search_index.insert_assets), the changed ones with one UPDATE per set of changed fields,
then one audit event per written asset and a summary event, appended to the hash chain in
bulk (audit.append_events). Rows and events are made as the driver takes them, a batch at a
time, so that 100,000 rows are never all held at once as rows, events and driver tuples.
While SQLite builds the search index (a second or more without Python), a thread makes audit
rows ahead (prefetch.Prefetch).

Concurrency: plan() recorded the version of every stored asset it compared with; they are
read again inside the write transaction (which on SQLite holds the write lock from its first
statement) and the whole import is refused if any changed, and each UPDATE still carries
"WHERE version = <planned version>". An asset added meanwhile under the code of a planned
addition is refused by the table's unique code, which rolls everything back: only then are
the codes looked up, to say which ones (a lookup of every planned code up front cost 200
queries for 100,000 rows, on every import).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError

from surplus_assets.bulk_memory import collector_paused
from surplus_assets.db.models import Asset, table_of
from surplus_assets.db.search_index import insert_assets
from surplus_assets.db.types import random_uuids, utcnow
from surplus_assets.domain.asset_kinds import AssetKind
from surplus_assets.domain.text import collation_key, fold, fold_unique
from surplus_assets.errors import ConcurrencyError, FieldProblem, ValidationError
from surplus_assets.i18n import _
from surplus_assets.prefetch import Prefetch
from surplus_assets.services.audit import (
    PLAIN_JSON_TYPES,
    event_rows,
    insert_event_rows,
    json_ready,
)
from surplus_assets.services.bulk_import import (
    ADD,
    REJECTED,
    UNCHANGED,
    UPDATE,
    BulkPlan,
    RowOutcome,
)
from surplus_assets.services.catalogue import RECORD_FIELDS, CatalogueService
from surplus_assets.services.context import ServiceContext
from surplus_assets.services.units import UnitRegistry

_CHUNK = 500
_INSERT_COLUMNS = (*RECORD_FIELDS, "id", "code", "created_at", "updated_at", "created_by",
                   "updated_by", "version", "origin_id", "search_text", "name_sort")  # fmt: skip


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
        texts = [p if type(p) is str else str(p) for p in parts if p]
        # Folded part by part, the same text (fold maps characters one by one and collapses
        # spaces, and " | " keeps them apart), and the parts repeat (names, units,
        # categories): fold's memo knows them. A part that folds to nothing would leave
        # " |  | ": then the whole text is folded instead.
        folded = [fold(t) for t in texts]
        if all(folded):
            return " | ".join(folded)
        return fold_unique(" | ".join(texts))


def write_plan(
    context: ServiceContext, units: UnitRegistry, plan: BulkPlan, comment: str, skip_invalid: bool
) -> dict[str, int]:
    """Write `plan` in one transaction (permissions are checked by the caller); the counts
    written by action."""
    with collector_paused():  # 100,000 rows and events, freed by reference counting
        return _PlanWriter(context, units, plan, comment).write(skip_invalid)


class _PlanWriter:
    def __init__(
        self, context: ServiceContext, units: UnitRegistry, plan: BulkPlan, comment: str
    ) -> None:
        self.context = context
        self.units = units
        self.plan = plan
        self.comment = comment
        self.search = SearchTexts(units)

    def write(self, skip_invalid: bool) -> dict[str, int]:
        plan = self.plan
        rejected = [o for o in plan.outcomes if o.action == REJECTED]
        if rejected and not skip_invalid:
            raise ValidationError([
                FieldProblem(plan.sources[o.index] + ": " + p.field, p.message, p.value)
                for o in rejected for p in o.problems
            ])  # fmt: skip
        adds = [o for o in plan.outcomes if o.action == ADD]
        updates = [o for o in plan.outcomes if o.action == UPDATE]
        compared = [o for o in plan.outcomes if o.action in (UPDATE, UNCHANGED)]
        counts = {ADD: len(adds), UPDATE: len(updates), UNCHANGED: plan.count(UNCHANGED),
                  REJECTED: len(rejected)}  # fmt: skip
        try:
            with self.context.db.write() as session:
                moved = self._moved(session, compared, [])
                if moved:
                    raise ConcurrencyError(_moved_message(self._moved(session, compared, adds)))
                now = utcnow()
                self._assign_codes(session, adds)
                events = event_rows(session, self.context, self._events(adds, updates, counts),
                                    values_ready=True)  # fmt: skip
                # One executemany, then the search index in one statement (not a trigger per
                # row); the rows are made as the driver takes them, a batch at a time. While
                # SQLite indexes, a thread makes audit rows ahead (JSON, hashes).
                ahead = Prefetch(events)
                insert_assets(session, self._insert_rows(adds, now), _INSERT_COLUMNS,
                              while_indexing=ahead)  # fmt: skip
                self._update(session, updates, now)
                insert_event_rows(session, ahead.items())
        except IntegrityError:
            with self.context.db.read() as session:
                moved = self._moved(session, compared, adds)
            if moved:  # an addition's code taken meanwhile: refused as any other change
                raise ConcurrencyError(_moved_message(moved)) from None
            raise
        return counts

    def _insert_rows(self, adds: list[RowOutcome], now: datetime) -> Iterator[tuple[Any, ...]]:
        """The rows of the new assets, in the order of _INSERT_COLUMNS."""
        actor = self.context.actor.user_id
        origin = self.context.origin_id
        search = self.search
        for o, asset_id in zip(adds, random_uuids(), strict=False):
            o.asset_id = asset_id
            full = o.full  # without its empty fields
            yield (
                *map(full.get, RECORD_FIELDS), o.asset_id, o.code, now, now, actor, actor, 1,
                origin, search(full, o.code), collation_key(str(full["name"])),
            )  # fmt: skip

    def _update(self, session: Any, updates: list[RowOutcome], now: datetime) -> None:
        table = table_of(Asset)
        actor = self.context.actor.user_id
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
                "v_search": self.search(o.full, o.code),
                "v_sort": collation_key(str(o.full["name"])),
            } for o in members]  # fmt: skip
            result = session.execute(statement, params)
            if getattr(result, "rowcount", -1) not in (-1, len(members)):
                raise ConcurrencyError(_(
                    "Some assets were changed by someone else during the import; nothing "
                    "was saved. Check the file again and import it."))  # fmt: skip

    def _events(
        self, adds: list[RowOutcome], updates: list[RowOutcome], counts: dict[str, int]
    ) -> Iterator[dict[str, Any]]:
        """One event per written asset, then the import's summary, made as append_events
        reads them."""
        comment, sources = self.comment, self.plan.sources
        # JSON-ready here (the record's values are flat: only decimals need text), so that
        # append_events need not walk 100,000 records again.
        # Types json_ready leaves as they are: the plain ones, and the str, int and float
        # subclasses met on the way (choice enums), so that a record of such values is
        # checked by type in one pass; others (areas: Decimal) are converted.
        plain = set(PLAIN_JSON_TYPES)
        for o in adds:
            after = o.full.copy()  # an addition's record has no empty fields
            if not all(map(plain.__contains__, map(type, after.values()))):
                for k, v in after.items():
                    if type(v) not in plain:
                        if isinstance(v, str | int | float):
                            plain.add(type(v))
                        else:
                            after[k] = json_ready(v)
            after["code"] = o.code
            yield {"action": "create", "entity_type": "asset", "entity_id": o.asset_id,
                   "entity_code": o.code, "after": after,
                   "comment": f"{comment} ({sources[o.index]})"}  # fmt: skip
        for o in updates:
            yield {"action": "update", "entity_type": "asset", "entity_id": o.asset_id,
                   "entity_code": o.code, "before": json_ready(o.before),
                   "after": json_ready(o.values),
                   "comment": f"{comment} ({sources[o.index]})"}  # fmt: skip
        yield {
            "action": "import", "entity_type": "import", "entity_id": uuid.uuid4(),
            "entity_code": None, "comment": comment,
            "after": {"added": counts[ADD], "updated": counts[UPDATE],
                      "unchanged": counts[UNCHANGED], "rejected": counts[REJECTED]},
        }  # fmt: skip

    def _moved(
        self, session: Any, compared: list[RowOutcome], adds: list[RowOutcome]
    ) -> list[str | None]:
        """Codes of the compared assets whose version changed since the plan and of the
        planned additions whose code is now taken."""
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
        return moved + [o.code for o in adds if o.code and o.code in current]

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


def _moved_message(moved: list[str | None]) -> str:
    return _(
        "{count} assets were changed by someone else since the file was checked "
        "({codes}); nothing was saved. Check the file again and import it."
    ).format(count=len(moved), codes=", ".join(str(c) for c in moved[:10]))
