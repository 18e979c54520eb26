"""Finding assets: filters, diacritic-insensitive search and sorting, all in SQL.

The list shows light rows (AssetRow); the GUI's table model holds the ordered id list of a
query (search_ids) and fetches rows a page at a time (rows_by_id). Search matches every
folded word against assets.search_text: on SQLite through the FTS5 trigram index of
migration 0002 (words of 3+ letters), on PostgreSQL through its pg_trgm index.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    false,
    func,
    literal_column,
    select,
    text,
    type_coerce,
)

from surplus_assets.db.models import Asset
from surplus_assets.domain.text import search_terms
from surplus_assets.errors import FieldProblem, ValidationError
from surplus_assets.i18n import _
from surplus_assets.services.context import ServiceContext

# Up to this many search-index matches, or one in SORT_MATCHES_SHARE of the register if
# more, fetch them by rowid and sort them (a few µs each); above, walk the list's sort index
# and test each row (its cost grows with the table, not the matches, and the first page of a
# common word fills early). Measured on bench/out: at 200,000 assets 4,000 matches sort in
# ~20 ms vs ~100 ms walking; at 2,000,000, 40,000 matches in ~135 ms vs ~660 ms.
SORT_MATCHES_UP_TO = 20_000
SORT_MATCHES_SHARE = 20


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


_ROW_COLUMNS = (
    Asset.id, Asset.code, Asset.name, Asset.kind, Asset.status, Asset.handling_form,
    Asset.current_unit_id, Asset.legacy_unit_id, Asset.province_id, Asset.year_in_use,
    (Asset.cost_budget + Asset.cost_other).label("original_cost"), Asset.remaining_value,
    Asset.land_area, Asset.updated_at, Asset.version, Asset.deleted_at.is_not(None),
)  # fmt: skip


class AssetSearch:
    """The read side of the catalogue (CatalogueService inherits it)."""

    context: ServiceContext
    _fts: bool | None = None

    def _filtered(self, statement: Select[Any], query: AssetQuery) -> Select[Any]:
        statement, sorting_matches = self._text_filter(statement, search_terms(query.text))
        if not query.include_deleted:
            # When the search index's matches are looked up and sorted, `+deleted_at` (an
            # expression, not the column) keeps SQLite from walking the sort index instead:
            # without statistics it takes `deleted_at IS NULL` for a selective index term.
            deleted = literal_column("+assets.deleted_at") if sorting_matches else Asset.deleted_at
            statement = statement.where(deleted.is_(None))
        if query.province_id:
            statement = statement.where(Asset.province_id == query.province_id)
        if query.current_unit_id:
            statement = statement.where(Asset.current_unit_id == query.current_unit_id)
        if query.legacy_unit_id:
            statement = statement.where(Asset.legacy_unit_id == query.legacy_unit_id)
        if query.kinds:
            statement = statement.where(Asset.kind.in_(query.kinds))
        if query.statuses:
            statement = statement.where(Asset.status.in_(query.statuses))
        if query.handling_forms:
            statement = statement.where(Asset.handling_form.in_(query.handling_forms))
        return statement

    def _text_filter(self, statement: Select[Any], terms: list[str]) -> tuple[Select[Any], bool]:
        """Every word must occur in the folded search text; True if the matches get sorted.

        On SQLite, words of 3+ letters go through the FTS5 trigram index (migration 0002) and
        shorter ones are checked on the rows it returns; on PostgreSQL the GIN trigram index
        serves LIKE directly. The index is asked first how many rows match (up to
        SORT_MATCHES_UP_TO, or a share of the register): none ends the search at once; a
        few thousand are fetched by rowid and sorted (milliseconds); only when matches are
        many does SQLite walk the sort index testing each row, which soon fills the first
        page.
        """
        indexed = [t for t in terms if len(t) >= 3] if self._has_fts() else []
        # Words too short for the index alone: one pass over the table (LIKE on each row, in
        # storage order) and a sort of the matches stays near the cost of that pass, where
        # walking the sort index reads each row out of order (3-4 times slower at 200,000).
        sorting_matches = bool(terms) and not indexed and self._has_fts()
        if indexed:
            match = " ".join('"' + t.replace('"', '""') + '"' for t in indexed)
            matches: Select[Any] = select(literal_column("rowid")).select_from(text("asset_search"))
            matches = matches.where(text("asset_search MATCH :search_match"))
            with self.context.db.read() as session:
                # max(rowid): the size of the register without counting it
                rows = session.scalar(text("SELECT max(rowid) FROM assets")) or 0
                limit = max(SORT_MATCHES_UP_TO, rows // SORT_MATCHES_SHARE)
                probe = select(func.count()).select_from(matches.limit(limit + 1).subquery())
                found = session.scalar(probe, {"search_match": match}) or 0
            if found == 0:
                return statement.where(false()), False
            rowid: ColumnElement[Any] = literal_column("assets.rowid")
            statement = statement.where(rowid.in_(matches)).params(search_match=match)
            sorting_matches = found <= limit
        for term in terms:
            if term in indexed:
                continue
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            statement = statement.where(Asset.search_text.like(f"%{escaped}%", escape="\\"))
        return statement, sorting_matches

    def _has_fts(self) -> bool:
        if self._fts is None:
            with self.context.db.read() as session:
                self._fts = (
                    self.context.db.is_sqlite
                    and session.execute(
                        text("SELECT 1 FROM sqlite_master WHERE name = 'asset_search'")
                    ).first()
                    is not None
                )
        return self._fts

    def _ordered(self, statement: Select[Any], query: AssetQuery) -> Select[Any]:
        column = SORT_COLUMNS.get(query.sort)
        if column is None:
            raise ValidationError([FieldProblem("sort", _("Unknown sort column."), query.sort)])
        primary = column.desc() if query.descending else column.asc()
        tie = Asset.code.desc() if query.descending else Asset.code.asc()
        return statement.order_by(primary, tie)

    def search_ids(self, query: AssetQuery, limit: int | None = None) -> list[uuid.UUID]:
        """The ids of every matching asset, in display order (the list model holds these)."""
        statement = self._ordered(self._filtered(select(Asset.id), query), query)
        if limit is not None:
            statement = statement.limit(limit)
        with self.context.db.read() as session:
            return list(session.scalars(statement))

    def search_keys(self, query: AssetQuery) -> list[str]:
        """Like search_ids, as hex strings: `uuid.UUID(key)` gives the id back.

        The asset list holds the keys of every match (200,000 at province scale); building
        that many UUID objects costs more than the query itself (about 1.2 s of 1.7 s), so
        they are made only for the rows actually shown (rows_by_id over a page of keys).
        """
        column = type_coerce(Asset.id, String)
        statement = self._ordered(self._filtered(select(column), query), query)
        with self.context.db.read() as session:
            keys: list[Any] = list(session.scalars(statement))
        if keys and not isinstance(keys[0], str):  # PostgreSQL's driver returns UUIDs
            return [key.hex for key in keys]
        return keys

    def list_rows(
        self, query: AssetQuery, *, limit: int | None = None, offset: int = 0
    ) -> list[AssetRow]:
        statement: Select[Any] = select(*_ROW_COLUMNS)  # type: ignore[assignment]
        statement = self._ordered(self._filtered(statement, query), query)
        statement = statement.offset(offset)
        if limit is not None:
            statement = statement.limit(limit)
        with self.context.db.read() as session:
            return [AssetRow(*row) for row in session.execute(statement)]

    def rows_by_id(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, AssetRow]:
        """Rows for a page of the list model, fetched in one query."""
        result: dict[uuid.UUID, AssetRow] = {}
        with self.context.db.read() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                statement = select(*_ROW_COLUMNS).where(Asset.id.in_(chunk))
                for row in session.execute(statement):
                    result[row[0]] = AssetRow(*row)  # type: ignore[call-arg]
        return result

    def handling_forms_in_use(self) -> list[str]:
        """The handling-form codes that occur in the register (for the list's filter)."""
        statement = (
            select(Asset.handling_form).where(Asset.handling_form.is_not(None))
            .distinct().order_by(Asset.handling_form)
        )  # fmt: skip
        with self.context.db.read() as session:
            return [str(code) for code in session.scalars(statement)]

    def count_assets(self, query: AssetQuery | None = None) -> int:
        statement = self._filtered(select(func.count()).select_from(Asset), query or AssetQuery())
        with self.context.db.read() as session:
            return int(session.scalar(statement) or 0)
