"""Searches in name order on SQLite, read from the search index in list order.

The index (db/search_index.py) yields the positions of matching assets already in name
order, so the first page of a search is its first matches, whatever the register's size.
Words of three letters or more are FTS5 phrases (trigram substrings); shorter words have
no trigram of their own, so they become the OR of the trigrams that begin with them (the
indexed text is padded, so every substring begins one): see `word_match`. Listing the
trigrams that begin with one letter costs in proportion to how common it is, so a first
page checks one-letter words on each row the other words (or the whole list) yield, up to
BUDGET rows, which finds common letters at once; rare ones then go through the index.
Filters (kind, unit, status...) are checked per row the same way, the usual query taking
over when they are too selective. Unplaced assets (their gap was full,
db/search_placement.py) are matched apart and sorted in.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import column

from surplus_assets.db.models import Asset
from surplus_assets.db.search_index import DELETED, TAIL
from surplus_assets.db.search_placement import placed_before

BUDGET = 500
_order = table("asset_order", column("position"), column("asset_rowid"))
_index = table("asset_search", column("rowid"))
_INDEX_ROWID: ColumnElement[int] = literal_column("asset_search.rowid")
ASSET_ROWID: ColumnElement[int] = literal_column("assets.rowid")
_MATCH = text("asset_search MATCH :search_match")


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def essential_terms(terms: Sequence[str]) -> list[str]:
    """The words without repeats and without those inside another word ("ti" in "tinh"):
    a row that has the longer one has the shorter."""
    unique = list(dict.fromkeys(terms))
    return [t for t in unique if not any(t != other and t in other for other in unique)]


# What a trigram can hold after a two-letter word: any ASCII but NUL (it would end FTS5's
# query string) and the upper case fold() never leaves, and the non-ASCII characters the
# index holds (`_other_characters`).
_THIRD = "".join(chr(c) for c in range(1, 128) if not "A" <= chr(c) <= "Z")
_VOCAB = text("SELECT term FROM asset_search_vocab WHERE term >= :low AND term < :high")
NOTHING = "NOTHING"  # an expression result: some word occurs nowhere, nothing can match


def _vocabulary(session: Session, low: str, high: str) -> list[str]:
    """Indexed trigrams in [low, high). fts5vocab counts the documents of each trigram it
    passes (also of the first one past `high`), so a range of common trigrams costs
    (~15 ms at 200,000 assets for those beginning with "a")."""
    rows = session.connection().execute(_VOCAB, {"low": low, "high": high})
    return [str(term) for term in rows.scalars()]


def _other_characters(session: Session) -> list[str]:
    """The non-ASCII characters of the indexed texts: each begins a trigram (the text is
    padded), so they are the first letters of the trigrams from chr(128) on; Vietnamese
    folds to ASCII, so this usually reads nothing."""
    grams = _vocabulary(session, chr(128), chr(0x10FFFF))
    return sorted({gram[0] for gram in grams})


def word_match(session: Session, term: str) -> str:
    """The FTS5 expression of the rows that contain `term`, or NOTHING.

    Three letters or more: the phrase of its trigrams. Two: any trigram that begins with it
    (the padding puts one after every occurrence), each named outright: as quick for a
    common pair as for a rare one (~1-3 ms). One letter: every indexed trigram that begins
    with it, listed by the vocabulary (quick for rare letters only).
    """
    if len(term) >= 3:
        return _phrase(term)
    if len(term) == 2:
        grams = [term + c for c in (*_THIRD, *_other_characters(session))]
    else:
        grams = _vocabulary(session, term, chr(ord(term) + 1))
        if not grams:
            return NOTHING
    return "(" + " OR ".join(_phrase(g) for g in grams) + ")"


def match_of(session: Session, terms: Sequence[str]) -> str | None:
    """The FTS5 expression of rows containing every word of `terms` (None if there are
    none; NOTHING if one occurs nowhere)."""
    parts = [word_match(session, t) for t in terms]
    if NOTHING in parts:
        return NOTHING
    return " AND ".join(parts) or None


def letter_checks(terms: Sequence[str]) -> list[ColumnElement[bool]]:
    """Per-row checks of one-letter words (the folded text holds them as they are typed)."""
    return [func.instr(Asset.search_text, t) > 0 for t in terms if len(t) == 1]


def _bound(session: Session, match: str | None, descending: bool, budget: int) -> int | None:
    """The position of the budget-th placed asset matching `match` (all if None) in order,
    None if there are fewer: a first page checked row by row reads no further."""
    position: Any = _order.c.position if match is None else _INDEX_ROWID
    statement = select(position).where(position < TAIL)
    if match is not None:
        statement = statement.select_from(_index).where(_MATCH)
    statement = statement.order_by(position.desc() if descending else position.asc())
    params = {"search_match": match} if match is not None else {}
    found = session.connection().execute(statement.offset(budget - 1).limit(1), params).scalar()
    return None if found is None else int(found)


def first_rows(
    session: Session, columns: Sequence[Any], match: str | None, checks: Sequence[Any],
    limit: int, descending: bool, budget: int | None,
) -> tuple[list[Any], bool]:  # fmt: skip
    """The first `limit` placed rows in order that match and pass `checks`, and whether the
    answer is complete: False when `budget` rows were read without filling the page.

    One flat query walks the index (or asset_order) in position order and stops at the
    page's end, or at the budget's bound; a LIMIT in a subquery instead would make SQLite
    read the whole budget before joining.
    """
    params = {"search_match": match} if match is not None else {}
    bound = None if budget is None else _bound(session, match, descending, budget)
    if match is None:
        position: Any = _order.c.position
        statement = select(*columns, position).select_from(
            _order.join(Asset, _order.c.asset_rowid == ASSET_ROWID))  # fmt: skip
    else:
        position = _INDEX_ROWID
        statement = select(*columns, position).select_from(
            _index.join(_order, _order.c.position == _INDEX_ROWID)
            .join(Asset, _order.c.asset_rowid == ASSET_ROWID)).where(_MATCH)  # fmt: skip
    # One bound a side: SQLite uses one rowid range and would test a second upper bound on
    # every row to the end of the table instead of stopping.
    if bound is None:
        statement = statement.where(position < TAIL, *checks)
    elif descending:
        statement = statement.where(position >= bound, position < TAIL, *checks)
    else:
        statement = statement.where(position <= bound, *checks)
    statement = statement.order_by(position.desc() if descending else position.asc())
    rows = list(session.connection().execute(statement.limit(limit), params))
    return rows, len(rows) >= limit or bound is None


def unplaced_rows(
    session: Session, columns: Sequence[Any], match: str | None, checks: Sequence[Any]
) -> list[Any]:
    """Every matching row of the unplaced range, unsorted (usually none, always few): each
    row's position is looked up in the index, so an empty range costs nothing."""
    where = [_order.c.position >= TAIL, _order.c.position < DELETED, *checks]
    params: dict[str, Any] = {}
    if match is not None:
        indexed = select(_INDEX_ROWID).select_from(_index)
        indexed = indexed.where(_MATCH, _order.c.position == _INDEX_ROWID).correlate(_order)
        where.append(indexed.exists())
        params["search_match"] = match
    statement = (
        select(*columns, _order.c.position)
        .select_from(_order.join(Asset, _order.c.asset_rowid == ASSET_ROWID))
        .where(*where)
    )  # fmt: skip
    return list(session.connection().execute(statement, params))


def ordered_keys(session: Session, match: str | None, descending: bool) -> array[int]:
    """The rowids of every live asset matching `match` (all if None), in name order:
    the placed ones straight from the index, the unplaced ones sorted in."""
    params = {"search_match": match} if match is not None else {}
    late = unplaced_rows(session, [ASSET_ROWID, Asset.name_sort, Asset.code], match, [])
    if match is None:
        statement: Select[Any] = select(_order.c.position, _order.c.asset_rowid).where(
            _order.c.position < TAIL).order_by(_order.c.position)  # fmt: skip
    else:
        statement = (
            select(_INDEX_ROWID, _order.c.asset_rowid)
            .select_from(_index.join(_order, _order.c.position == _INDEX_ROWID))
            .where(_MATCH, _INDEX_ROWID < TAIL).order_by(_INDEX_ROWID)
        )  # fmt: skip
    keys: array[int] = array("q")
    positions: array[int] = array("q")
    for chunk in raw_chunks(session, statement, params):
        keys.extend([row[1] for row in chunk])
        if late:
            positions.extend([row[0] for row in chunk])
    if late:
        keys = _merge_unplaced(session, keys, positions, late)
    if descending:
        keys.reverse()
    return keys


def _merge_unplaced(session: Session, keys: array[int], positions: array[int],
                    late: Sequence[Any]) -> array[int]:  # fmt: skip
    """Insert the unplaced rows (rowid, name_sort, code, position) after their placed
    predecessors in `keys` (rowids in order, with their `positions`)."""
    slots = []
    for rowid, name_sort, code, _position in late:
        before = placed_before(session, name_sort, code)
        slot = 0 if before is None else bisect_right(positions, before)
        slots.append((slot, name_sort, code, rowid))
    slots.sort()
    merged: array[int] = array("q")
    start = 0
    for slot, _name, _code, rowid in slots:
        merged.extend(keys[start:slot])
        merged.append(rowid)
        start = slot
    merged.extend(keys[start:])
    return merged


def matching_rowids() -> Select[Any]:
    """The rowids of the assets whose text matches :search_match (any range)."""
    return (
        select(_order.c.asset_rowid)
        .select_from(_index.join(_order, _order.c.position == _INDEX_ROWID))
        .where(_MATCH)
    )  # fmt: skip


def raw_chunks(
    session: Session, statement: Select[Any], params: dict[str, Any] | None = None
) -> Iterator[Sequence[Any]]:
    """The rows of `statement` as the driver's plain tuples, 20,000 at a time: for the
    list's keys (2,000,000 at national scale) SQLAlchemy's Row objects cost four times the
    query. Only for statements whose parameters need no conversion (ints and strings); the
    GIL goes back to the GUI thread between chunks."""
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect)
    expanded = compiled.construct_expanded_state({**compiled.params, **(params or {})})
    ordered = tuple(expanded.parameters[name] for name in expanded.positiontup or ())
    if not all(isinstance(v, int | str) for v in ordered):
        raise TypeError("raw_chunks takes int and str parameters only")
    cursor = connection.connection.cursor()
    try:
        cursor.execute(expanded.statement, ordered)
        while chunk := cursor.fetchmany(20_000):
            yield chunk
    finally:
        cursor.close()
