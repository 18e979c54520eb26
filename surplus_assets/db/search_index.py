"""The SQLite search index, kept in the asset list's order (migration 0006).

`asset_search` is a contentless FTS5 trigram table over assets.search_text whose rowid is
not the asset's rowid but its *position* in the list's default order (name_sort, code);
`asset_order` maps positions to asset rowids. FTS5 returns matches in rowid order, so the
first page of a search sorted by name is the first matches the index yields: a common word
whose matches all sort under M ("máy tính") costs as little as a rare one, at 10,000 or at
2,000,000 assets, where walking the sort index and testing each row grew with the register.

Positions (integers) fall in three ranges:
- [BASE, TAIL): live assets, placed: position order is (name_sort, code) order. Placement
  leaves SPACING between neighbours, so a new or renamed asset takes the middle of its gap
  (triggers do that in SQL); FTS5 stores rowid deltas as varints, and 64 costs ~10 % more
  index than consecutive rowids (1,024 would cost 35 %, 2**32 more than double).
- [TAIL, DELETED): live assets whose gap was full, in no order ("unplaced"). Searches merge
  them in by sorting; bulk loads and `place_unplaced` give them positions, renumbering a
  window of neighbours when a gap is too small.
- [DELETED, ...): soft-deleted assets, in no order (only searches that ask for deleted
  assets read them).

The indexed text is search_text + PAD (two spaces), so that every one- or two-letter
substring begins at least one trigram: short words are found through the trigrams that
start with them (asset_search_vocab lists those).

Bulk paths (demo data, spreadsheet imports, exchange packages) call `insert_assets`: inside
the caller's transaction it drops the insert trigger, inserts the rows, places them in one
pass and recreates the trigger, so the index is never out of step with the table as other
connections see it (SQLite DDL is transactional).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from itertools import chain
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from surplus_assets.db.bulk_insert import Row, insert_many
from surplus_assets.db.models import Asset, table_of

# Past this many unplaced assets a write transaction places them before it commits
# (Database.write): searches sort the unplaced ones in, at a cost that grows with them.
PLACE_UNPLACED_AT = 1_000
SPACING = 64
BASE = 1 << 40  # room below the first asset for 2**34 names that sort before it
TAIL = 1 << 60
DELETED = 1 << 61
PAD = "  "


def _neighbour(comparison: str, direction: str) -> str:
    """The position of the live asset just before (<) or after (>) `new` in order: one
    seek in the sort index (an unplaced neighbour makes `new` unplaced too, rather than
    walking past it: rows inserted one by one out of order would make that quadratic)."""
    return (
        "(SELECT o.position FROM assets a CROSS JOIN asset_order o ON o.asset_rowid = a.rowid "
        f"WHERE a.deleted_at IS NULL AND (a.name_sort, a.code) {comparison} "
        f"(new.name_sort, new.code) "
        f"ORDER BY a.name_sort {direction}, a.code {direction} LIMIT 1)"
    )


_NEXT_UNPLACED = (
    f"(coalesce((SELECT max(position) FROM asset_order WHERE position >= {TAIL} "
    f"AND position < {DELETED}), {TAIL - 1}) + 1)"
)
_NEXT_DELETED = (
    f"(coalesce((SELECT max(position) FROM asset_order WHERE position >= {DELETED}), "
    f"{DELETED - 1}) + 1)"
)
# The middle of the gap between the neighbours, SPACING past the last or before the first,
# or an unplaced position when the neighbours are adjacent or one of them is unplaced.
_PLACE_NEW = f"""(CASE WHEN new.deleted_at IS NOT NULL THEN {_NEXT_DELETED} ELSE (
    SELECT CASE WHEN p >= {TAIL} OR s >= {TAIL} THEN {_NEXT_UNPLACED}
                WHEN p IS NULL AND s IS NULL THEN {BASE}
                WHEN p IS NULL AND s > {SPACING} THEN s - {SPACING}
                WHEN s IS NULL THEN p + {SPACING}
                WHEN s - p >= 2 THEN p + (s - p) / 2
                ELSE {_NEXT_UNPLACED} END
    FROM (SELECT {_neighbour("<", "DESC")} AS p, {_neighbour(">", "ASC")} AS s)) END)"""
_ADD_NEW = f"""INSERT INTO asset_order(position, asset_rowid) VALUES ({_PLACE_NEW}, new.rowid);
    INSERT INTO asset_search(rowid, search_text)
    SELECT position, new.search_text || '{PAD}' FROM asset_order WHERE asset_rowid = new.rowid;"""
_REMOVE_OLD = f"""INSERT INTO asset_search(asset_search, rowid, search_text)
    SELECT 'delete', position, old.search_text || '{PAD}' FROM asset_order
    WHERE asset_rowid = old.rowid;"""
_MOVES = ("old.name_sort IS NOT new.name_sort OR old.code IS NOT new.code OR "
          "(old.deleted_at IS NULL) <> (new.deleted_at IS NULL)")  # fmt: skip

INSERT_TRIGGER = f"CREATE TRIGGER asset_search_insert AFTER INSERT ON assets BEGIN {_ADD_NEW} END"
TRIGGERS = (
    INSERT_TRIGGER,
    f"""CREATE TRIGGER asset_search_delete AFTER DELETE ON assets BEGIN {_REMOVE_OLD}
        DELETE FROM asset_order WHERE asset_rowid = old.rowid; END""",
    # A new name or code, or a delete or restore, moves the asset; other changes of the
    # search text reindex it where it stands.
    f"""CREATE TRIGGER asset_search_move AFTER UPDATE OF name_sort, code, deleted_at,
        search_text ON assets WHEN {_MOVES} BEGIN {_REMOVE_OLD}
        DELETE FROM asset_order WHERE asset_rowid = old.rowid; {_ADD_NEW} END""",
    f"""CREATE TRIGGER asset_search_text AFTER UPDATE OF search_text ON assets
        WHEN old.search_text IS NOT new.search_text AND NOT ({_MOVES}) BEGIN {_REMOVE_OLD}
        INSERT INTO asset_search(rowid, search_text) SELECT position,
        new.search_text || '{PAD}' FROM asset_order WHERE asset_rowid = new.rowid; END""",
)
TABLES = (
    "CREATE TABLE asset_order (position INTEGER PRIMARY KEY, asset_rowid INTEGER NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE asset_search USING fts5(search_text, content='', "
    "tokenize='trigram', columnsize=0)",
    "CREATE VIRTUAL TABLE asset_search_vocab USING fts5vocab(asset_search, 'row')",
)
# Every asset again, in one pass in order (migration 0006, bulk loads that at least double
# the register): FTS5 appends rowids that only grow at the cost of a plain insert.
REBUILD = (
    "INSERT INTO asset_search(asset_search) VALUES ('delete-all')",
    "DELETE FROM asset_order",
    f"""INSERT INTO asset_order(position, asset_rowid)
        SELECT {BASE} + (row_number() OVER (ORDER BY name_sort, code) - 1) * {SPACING}, rowid
        FROM assets WHERE deleted_at IS NULL ORDER BY name_sort, code""",
    f"""INSERT INTO asset_order(position, asset_rowid)
        SELECT {DELETED} + row_number() OVER (ORDER BY rowid) - 1, rowid
        FROM assets WHERE deleted_at IS NOT NULL""",
    f"""INSERT INTO asset_search(rowid, search_text)
        SELECT o.position, a.search_text || '{PAD}' FROM asset_order o
        CROSS JOIN assets a ON a.rowid = o.asset_rowid ORDER BY o.position""",
)


def has_search_index(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'asset_order'"))
    return found.first() is not None


def rebuild_search_index(session: Session) -> None:
    """Number every asset again and rebuild the index (also repairs a damaged one)."""
    for statement in REBUILD:
        session.execute(text(statement))


def last_asset_rowid(session: Session) -> int:
    """The newest asset's SQLite rowid (0 elsewhere: only SQLite's index is kept here)."""
    if session.get_bind().dialect.name != "sqlite":
        return 0
    return int(session.execute(text("SELECT coalesce(max(rowid), 0) FROM assets")).scalar_one())


def insert_assets(
    session: Session,
    rows: Iterable[Row],
    columns: Sequence[str] | None = None,
    *,
    index: bool = True,
    while_indexing: AbstractContextManager[Any] | None = None,
) -> None:
    """Insert asset rows (see insert_many: dicts, or tuples in the order of `columns`; may be
    a generator) and index them for search. `while_indexing` is entered around the indexing
    statements, which run without Python for a second or more per 100,000 rows (see
    prefetch.Prefetch).

    A load in several batches in one transaction passes index=False for each batch and calls
    `index_new_assets` once at the end: placing batch after batch at the same spots (new
    codes after each name's last) would renumber the same neighbours again and again.
    """
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return
    rows = chain([first], iterator)
    if not has_search_index(session):
        insert_many(session, table_of(Asset), rows, columns)
        return
    last = last_asset_rowid(session)
    session.execute(text("DROP TRIGGER asset_search_insert"))
    insert_many(session, table_of(Asset), rows, columns)
    if index:
        with while_indexing or nullcontext():
            index_new_assets(session, after_rowid=last)
    session.execute(text(INSERT_TRIGGER))


def index_new_assets(session: Session, *, after_rowid: int) -> None:
    """Index the assets inserted without the trigger (rowid > after_rowid), and place the
    unplaced ones while at it. A load that at least doubles the register renumbers
    everything in one ordered pass, cheaper than placing each row in a gap."""
    from surplus_assets.db.search_placement import place_assets, take_unplaced

    if not has_search_index(session):
        return
    placed = session.execute(
        text(f"SELECT count(*) FROM asset_order WHERE position < {TAIL}")
    ).scalar_one()
    added = session.execute(
        text("SELECT count(*) FROM assets WHERE rowid > :last"), {"last": after_rowid}
    ).scalar_one()
    if added >= placed:
        rebuild_search_index(session)
        return
    session.execute(
        text(f"""INSERT INTO asset_order(position, asset_rowid)
            SELECT {_NEXT_DELETED} + row_number() OVER (ORDER BY rowid) - 1, rowid
            FROM assets WHERE rowid > :last AND deleted_at IS NOT NULL"""),
        {"last": after_rowid},
    )
    session.execute(
        text(f"""INSERT INTO asset_search(rowid, search_text)
            SELECT o.position, a.search_text || '{PAD}' FROM assets a
            CROSS JOIN asset_order o ON o.asset_rowid = a.rowid
            WHERE a.rowid > :last AND a.deleted_at IS NOT NULL"""),
        {"last": after_rowid},
    )
    new = session.execute(
        text("""SELECT rowid, name_sort, code, search_text FROM assets
            WHERE rowid > :last AND deleted_at IS NULL"""),
        {"last": after_rowid},
    ).all()
    place_assets(session, [tuple(row) for row in new] + take_unplaced(session))


def unplaced_count(session: Session) -> int:
    """How many live assets wait in the unplaced range (searches sort them in)."""
    return int(
        session.execute(
            text(
                f"SELECT count(*) FROM asset_order WHERE position >= {TAIL} "
                f"AND position < {DELETED}"
            )
        ).scalar_one()
    )


def place_unplaced(session: Session) -> int:
    """Give the unplaced assets positions in order; returns how many were placed. Many of
    them (rows inserted one by one out of order, as an exchange package's) are cheaper to
    renumber with everything in one ordered pass."""
    from surplus_assets.db.search_placement import place_assets, take_unplaced

    waiting = unplaced_count(session)
    placed = session.execute(
        text(f"SELECT count(*) FROM asset_order WHERE position < {TAIL}")
    ).scalar_one()
    if waiting * 8 >= placed:
        rebuild_search_index(session)
        return waiting
    place_assets(session, take_unplaced(session))
    return waiting


def place_if_many(session: Session) -> None:
    """Place the unplaced assets if there are more than PLACE_UNPLACED_AT (rows inserted
    one by one out of order, as an exchange package's into an empty database): called by
    every write transaction on SQLite before it commits, one indexed count otherwise."""
    if not has_search_index(session):
        return
    waiting = session.execute(
        text(
            f"SELECT count(*) FROM (SELECT 1 FROM asset_order WHERE position >= {TAIL} "
            f"AND position < {DELETED} LIMIT {PLACE_UNPLACED_AT + 1})"
        )
    ).scalar_one()
    if waiting > PLACE_UNPLACED_AT:
        place_unplaced(session)
