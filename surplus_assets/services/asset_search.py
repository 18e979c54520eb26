"""Finding assets: filters, diacritic-insensitive search and sorting, all in SQL.

The list shows light rows (AssetRow). The GUI's table model first shows the first page of
a query (list_rows with a small limit), then holds the keys of every match in order
(search_keys: rowids on SQLite, services/asset_keys.py) and fetches the rows it paints a
page at a time (rows_by_key). Every folded word of the search must occur in
assets.search_text: on SQLite through the FTS5 trigram index kept in list order
(db/search_index.py), from which searches sorted by name read their matches already in
order (services/ordered_search.py); on PostgreSQL through its pg_trgm index.
"""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    false,
    func,
    literal_column,
    select,
    text,
)

from surplus_assets.db.models import Asset
from surplus_assets.domain.text import search_terms
from surplus_assets.errors import FieldProblem, ValidationError
from surplus_assets.i18n import _
from surplus_assets.services.asset_keys import AssetKey, AssetKeys
from surplus_assets.services.context import ServiceContext
from surplus_assets.services.ordered_search import (
    ASSET_ROWID,
    BUDGET,
    NOTHING,
    essential_terms,
    first_rows,
    letter_checks,
    match_of,
    matching_rowids,
    ordered_keys,
    raw_chunks,
    unplaced_rows,
)
from surplus_assets.services.units import UnitRegistry

# Sorted by another column than the name: up to this many search-index matches, or one in
# SORT_MATCHES_SHARE of the register if more, fetch them by rowid and sort them (a few µs
# each); above, walk that column's index and test each row (its cost grows with the table,
# not the matches, and the first page of a common word fills early). Measured on bench/out
# with the name sort: at 200,000 assets 4,000 matches sort in ~20 ms vs ~100 ms walking; at
# 2,000,000, 40,000 matches in ~135 ms vs ~660 ms.
SORT_MATCHES_UP_TO = 20_000
SORT_MATCHES_SHARE = 20
# A first page up to this long, sorted by name, is read from the index in list order.
ORDERED_PAGE_LIMIT = 1_000


@dataclass(frozen=True)
class AssetQuery:
    """What the asset list shows: search text, filters and sort order."""

    text: str = ""
    province_id: str | None = None
    current_unit_id: str | None = None
    legacy_unit_id: str | None = None
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    handling_forms: tuple[str, ...] = ()
    include_deleted: bool = False
    sort: str = "name"
    descending: bool = False


SORT_COLUMNS = {
    "name": Asset.name_sort,
    "code": Asset.code,
    "kind": Asset.kind,
    "status": Asset.status,
    "handling_form": Asset.handling_form,
    "current_unit": Asset.current_unit_id,
    "legacy_unit": Asset.legacy_unit_id,
    "year_in_use": Asset.year_in_use,
    "cost": Asset.cost_budget + Asset.cost_other,
    "remaining_value": Asset.remaining_value,
    "land_area": Asset.land_area,
    "updated_at": Asset.updated_at,
}
# Sort columns with an index of their own. For a first page when no condition is selective,
# SQLite is steered to walk that index (it stops after a page) instead of sorting every live
# asset: at 200,000 assets sorted by code 0.1 ms instead of 70 ms, by date changed 0.1 ms
# instead of 290 ms. Not for every key: a full walk looks up each row (2x slower than sorting).
INDEXED_SORTS = frozenset({"code", "current_unit", "legacy_unit", "updated_at"})


@dataclass(frozen=True)
class AssetRow:
    """One line of the asset list."""

    id: uuid.UUID
    code: str
    name: str
    kind: str
    status: str
    handling_form: str | None
    current_unit_id: str
    legacy_unit_id: str | None
    province_id: str
    year_in_use: int | None
    original_cost: int
    remaining_value: int
    land_area: Decimal | None
    updated_at: datetime
    version: int
    deleted: bool
    current_unit: str  # the units as UnitRegistry.label() shows them: "Xã A, Tỉnh B"
    legacy_unit: str
    key: AssetKey  # the list model's handle: rowid on SQLite, the id on PostgreSQL


_ROW_COLUMNS = (
    Asset.id, Asset.code, Asset.name, Asset.kind, Asset.status, Asset.handling_form,
    Asset.current_unit_id, Asset.legacy_unit_id, Asset.province_id, Asset.year_in_use,
    (Asset.cost_budget + Asset.cost_other).label("original_cost"), Asset.remaining_value,
    Asset.land_area, Asset.updated_at, Asset.version, Asset.deleted_at.is_not(None),
)  # fmt: skip
_CURRENT_UNIT, _LEGACY_UNIT, _KEY = 6, 7, len(_ROW_COLUMNS)  # where they are in a raw row
_FIELDS = len(_ROW_COLUMNS) + 1  # and the key


@dataclass(frozen=True)
class _TextMatch:
    """What the search words select: the matching rowids from the search index, or without
    it (PostgreSQL's trigram index serves LIKE; SQLite without FTS5 scans) LIKE conditions;
    and how many rows match, counted up to `limit` (-1: not counted)."""

    rowids: Select[Any] | None = None
    likes: tuple[ColumnElement[bool], ...] = ()
    found: int = -1
    limit: int = 0
    terms: tuple[str, ...] = ()


class AssetSearch:
    """The read side of the catalogue (CatalogueService inherits it)."""

    context: ServiceContext
    units: UnitRegistry
    _index: bool | None = None

    # ---- the list ----------------------------------------------------------------------------

    def list_rows(
        self, query: AssetQuery, *, limit: int | None = None, offset: int = 0
    ) -> list[AssetRow]:
        """Matching rows in display order; a first page (offset 0, a limit up to
        ORDERED_PAGE_LIMIT) of a search sorted by name comes from the ordered index."""
        terms = essential_terms(search_terms(query.text))
        if (terms and offset == 0 and limit is not None and limit <= ORDERED_PAGE_LIMIT
                and self._in_list_order(query)):  # fmt: skip
            ordered = self._first_rows(query, terms, limit)
            if ordered is not None:
                return ordered
        statement: Select[Any] = select(*_ROW_COLUMNS, self._key_column())  # type: ignore[assignment]
        first_page = offset == 0 and limit is not None and limit <= ORDERED_PAGE_LIMIT
        statement = self._ordered(*self._filtered(statement, query, first_page), query)
        statement = statement.offset(offset)
        if limit is not None:
            statement = statement.limit(limit)
        with self.context.db.read() as session:
            raw = list(session.connection().execute(statement))
        return self._labelled(raw)

    def _labelled(self, raw: Sequence[Any]) -> list[AssetRow]:
        """AssetRows of raw rows (_ROW_COLUMNS, then the key) with their units' labels, read
        for these rows only: computed in the query, SQLite would compute them for every row
        it sorts (1 s to sort 200,000 assets by code instead of 0.1 s)."""
        labels = self.units.labels(
            {unit for row in raw for unit in (row[_CURRENT_UNIT], row[_LEGACY_UNIT]) if unit}
        )

        def label(unit: str | None) -> str:
            return labels.get(unit, unit) if unit else ""

        return [
            AssetRow(*row[:_KEY], label(row[_CURRENT_UNIT]), label(row[_LEGACY_UNIT]),  # type: ignore[call-arg]
                     row[_KEY])
            for row in raw
        ]  # fmt: skip

    def _first_rows(self, query: AssetQuery, terms: list[str], limit: int
                    ) -> list[AssetRow] | None:  # fmt: skip
        """The first page from the index in list order; None if the filters are so selective
        that the usual query (filter index, then sort) does better."""
        columns = [*_ROW_COLUMNS, ASSET_ROWID, Asset.name_sort]
        filters = self._filters(query)
        descending = query.descending
        with self.context.db.read() as session:
            match = match_of(session, [t for t in terms if len(t) > 1])
            if match == NOTHING:
                return []
            checks = [*filters, *letter_checks(terms)]
            rows, complete = first_rows(session, columns, match, checks, limit, descending,
                                        BUDGET if checks else None)  # fmt: skip
            if not complete and len(checks) > len(filters):  # rare letters: the index
                match, checks = match_of(session, terms), filters
                if match == NOTHING:
                    return []
                rows, complete = first_rows(session, columns, match, checks, limit, descending,
                                            BUDGET if checks else None)  # fmt: skip
            if not complete:
                return None
            late = unplaced_rows(session, columns, match, checks)
        if late:
            rows = sorted([*rows, *late], key=lambda r: (r[_FIELDS], r.code),
                          reverse=descending)[:limit]  # fmt: skip
        return self._labelled(rows)

    def search_keys(self, query: AssetQuery) -> AssetKeys:
        """The keys of every match in display order (what the list model holds)."""
        if self._in_list_order(query) and not self._filters(query):
            terms = essential_terms(search_terms(query.text))
            with self.context.db.read() as session:
                match = match_of(session, terms)
                if match == NOTHING:
                    return AssetKeys()
                return AssetKeys(ordered_keys(session, match, query.descending))
        keyed = select(self._key_column()).select_from(Asset)
        statement = self._ordered(*self._filtered(keyed, query), query)
        with self.context.db.read() as session:
            if not self.context.db.is_sqlite:
                return AssetKeys.of(session.scalars(statement))
            keys: array[int] = array("q")
            for chunk in raw_chunks(session, statement):
                keys.extend([row[0] for row in chunk])
            return AssetKeys(keys)

    def search_ids(self, query: AssetQuery, limit: int | None = None) -> list[uuid.UUID]:
        """The ids of every matching asset, in display order (exports, reports)."""
        statement = self._ordered(*self._filtered(select(Asset.id), query), query)
        if limit is not None:
            statement = statement.limit(limit)
        with self.context.db.read() as session:
            return list(session.scalars(statement))

    def rows_by_key(self, keys: Sequence[AssetKey]) -> dict[AssetKey, AssetRow]:
        """Rows for a page of the list model, fetched in one query per 500 keys."""
        column = self._key_column()
        raw: list[Any] = []
        with self.context.db.read() as session:
            for start in range(0, len(keys), 500):
                statement = select(*_ROW_COLUMNS, column).where(
                    column.in_(list(keys[start : start + 500])))  # fmt: skip
                raw.extend(session.connection().execute(statement))
        return {row.key: row for row in self._labelled(raw)}

    def rows_by_id(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, AssetRow]:
        """Rows of these assets, fetched in one query per 500 ids."""
        raw: list[Any] = []
        with self.context.db.read() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                statement = select(*_ROW_COLUMNS, self._key_column()).where(Asset.id.in_(chunk))
                raw.extend(session.connection().execute(statement))
        return {row.id: row for row in self._labelled(raw)}

    def ids_by_key(self, keys: Sequence[AssetKey]) -> list[uuid.UUID]:
        """The asset ids of `keys`, in the same order (a selection of the list)."""
        column = self._key_column()
        found: dict[Any, uuid.UUID] = {}
        with self.context.db.read() as session:
            for start in range(0, len(keys), 500):
                statement = select(column, Asset.id).where(
                    column.in_(list(keys[start : start + 500])))  # fmt: skip
                found.update((key, asset_id) for key, asset_id in session.execute(statement))
        return [found[key] for key in keys if key in found]

    def key_of(self, asset_id: uuid.UUID) -> AssetKey | None:
        """The list key of an asset (None if there is no such asset)."""
        with self.context.db.read() as session:
            key = session.scalar(select(self._key_column()).where(Asset.id == asset_id))
        return key

    def handling_forms_in_use(self) -> list[str]:
        """The handling-form codes that occur in the register (for the list's filter)."""
        statement = (
            select(Asset.handling_form).where(Asset.handling_form.is_not(None))
            .distinct().order_by(Asset.handling_form)
        )  # fmt: skip
        with self.context.db.read() as session:
            return [str(code) for code in session.scalars(statement)]

    def count_assets(self, query: AssetQuery | None = None) -> int:
        statement, _sorting = self._filtered(
            select(func.count()).select_from(Asset), query or AssetQuery())  # fmt: skip
        with self.context.db.read() as session:
            return int(session.scalar(statement) or 0)

    # ---- building queries --------------------------------------------------------------------

    def _key_column(self) -> Any:
        return ASSET_ROWID if self.context.db.is_sqlite else Asset.id

    def _has_index(self) -> bool:
        """Whether the SQLite search index in list order is there (migration 0006)."""
        if self._index is None:
            with self.context.db.read() as session:
                self._index = self.context.db.is_sqlite and session.execute(
                    text("SELECT 1 FROM sqlite_master WHERE name = 'asset_order'")
                ).first() is not None  # fmt: skip
        return self._index

    def _in_list_order(self, query: AssetQuery) -> bool:
        return query.sort == "name" and not query.include_deleted and self._has_index()

    def _filters(self, query: AssetQuery) -> list[ColumnElement[bool]]:
        """The conditions of the list's filters (not the search text, not deleted_at)."""
        filters: list[ColumnElement[bool]] = []
        if query.province_id:
            filters.append(Asset.province_id == query.province_id)
        if query.current_unit_id:
            filters.append(Asset.current_unit_id == query.current_unit_id)
        if query.legacy_unit_id:
            filters.append(Asset.legacy_unit_id == query.legacy_unit_id)
        if query.kinds:
            filters.append(Asset.kind.in_(query.kinds))
        if query.statuses:
            filters.append(Asset.status.in_(query.statuses))
        if query.handling_forms:
            filters.append(Asset.handling_form.in_(query.handling_forms))
        return filters

    def _filtered(self, statement: Select[Any], query: AssetQuery, first_page: bool = False
                  ) -> tuple[Select[Any], bool]:  # fmt: skip
        """The query's conditions, and whether its matches are few enough to sort.

        The search index (or, for the filters, their own indexes) is asked first how many
        rows match, up to SORT_MATCHES_UP_TO or a share of the register: none ends the query
        at once; a few thousand are fetched through the smaller side and sorted
        (milliseconds); only when both are many does SQLite walk the sort column's index
        (which holds the filter columns) testing each row, which soon fills a first page.
        Without statistics SQLite misjudges which index drives, so the other side's columns
        are written as expressions (`+column`), which it cannot use. For the same reason a
        `first_page` sorted by a column of INDEXED_SORTS hides deleted_at from the planner.
        """
        filters = self._filters(query)
        words = self._text_matches(search_terms(query.text))
        if words.found == 0:
            return statement.where(false()), False
        statement = statement.where(*words.likes)
        filtered, limit = -1, 0
        if filters and not query.include_deleted and (words.rowids is None
                                                      or words.found > words.limit):  # fmt: skip
            filtered, limit = self._probe(select(literal_column("1")).select_from(Asset).where(
                Asset.deleted_at.is_(None), *filters), {})  # fmt: skip
            if filtered == 0:
                return statement.where(false()), False
        by_text = words.rowids is not None and words.found <= words.limit
        by_filters = not by_text and 0 < filtered <= limit
        if words.rowids is not None and by_filters:  # a few thousand rows: test each one
            statement = statement.where(*[func.instr(Asset.search_text, t) > 0
                                          for t in words.terms])  # fmt: skip
        elif words.rowids is not None:
            statement = statement.where(ASSET_ROWID.in_(words.rowids))
        if not query.include_deleted:
            walk_sort_index = (first_page and self.context.db.is_sqlite
                               and query.sort in INDEXED_SORTS and not by_filters)  # fmt: skip
            deleted = (literal_column("+assets.deleted_at") if by_text or walk_sort_index
                       else Asset.deleted_at)  # fmt: skip
            statement = statement.where(deleted.is_(None))
        return statement.where(*filters), by_text or by_filters

    def _probe(self, matches: Select[Any], params: dict[str, Any]) -> tuple[int, int]:
        """How many rows `matches` yields, counted up to a limit, and that limit:
        SORT_MATCHES_UP_TO or one in SORT_MATCHES_SHARE of the register."""
        with self.context.db.read() as session:
            # max(rowid): the size of the register without counting it
            rows = session.scalar(
                text("SELECT max(rowid) FROM assets") if self.context.db.is_sqlite
                else select(func.count()).select_from(Asset))  # fmt: skip
            limit = max(SORT_MATCHES_UP_TO, (rows or 0) // SORT_MATCHES_SHARE)
            probe = select(func.count()).select_from(matches.limit(limit + 1).subquery())
            return int(session.scalar(probe, params) or 0), limit

    def _text_matches(self, terms: list[str]) -> _TextMatch:
        """The rows whose folded text holds every word (see _TextMatch)."""
        terms = essential_terms(terms)
        if not terms:
            return _TextMatch()
        if not self._has_index():
            likes = []
            for term in terms:
                escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                likes.append(Asset.search_text.like(f"%{escaped}%", escape="\\"))
            return _TextMatch(likes=tuple(likes))
        with self.context.db.read() as session:
            match = match_of(session, terms)
        if match is None or match == NOTHING:
            return _TextMatch(found=0)
        found, limit = self._probe(matching_rowids(), {"search_match": match})
        rowids = matching_rowids().params(search_match=match)
        return _TextMatch(rowids, (), found, limit, tuple(terms))

    def _ordered(self, statement: Select[Any], sorting: bool, query: AssetQuery) -> Select[Any]:
        """ORDER BY the query's column, code breaking ties. `sorting`: the matches are few,
        so they are sorted (+column: SQLite may not walk the sort index instead)."""
        column: Any = SORT_COLUMNS.get(query.sort)
        if column is None:
            raise ValidationError([FieldProblem("sort", _("Unknown sort column."), query.sort)])
        tie: Any = Asset.code
        if sorting and self.context.db.is_sqlite:
            if isinstance(getattr(column, "key", None), str) and hasattr(Asset, column.key):
                column = literal_column(f"+assets.{column.key}")
            tie = literal_column("+assets.code")
        if query.descending:
            return statement.order_by(column.desc(), tie.desc())
        return statement.order_by(column.asc(), tie.asc())
