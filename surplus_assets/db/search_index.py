"""The SQLite search index (FTS5 trigram over assets.search_text, migration 0002) in bulk.

Triggers keep the index current row by row, which triples the time of a bulk load. Bulk
paths (demo data, spreadsheet imports, exchange packages) call `insert_assets`: inside the
caller's transaction it drops the insert trigger, inserts the rows, indexes them in one
statement and recreates the trigger, so the index is never out of step with the table
as other connections see it (SQLite DDL is transactional).
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

INSERT_TRIGGER = """CREATE TRIGGER asset_search_insert AFTER INSERT ON assets BEGIN
         INSERT INTO asset_search(rowid, search_text) VALUES (new.rowid, new.search_text);
       END"""


def has_search_index(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'asset_search'"))
    return found.first() is not None


def insert_assets(
    session: Session,
    rows: Iterable[Row],
    columns: Sequence[str] | None = None,
    *,
    while_indexing: AbstractContextManager[Any] | None = None,
) -> None:
    """Insert asset rows (see insert_many: dicts, or tuples in the order of `columns`; may be
    a generator) and index them for search. `while_indexing` is entered around the indexing
    statement, which runs without Python for a second or more per 100,000 rows (see
    prefetch.Prefetch)."""
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return
    rows = chain([first], iterator)
    if not has_search_index(session):
        insert_many(session, table_of(Asset), rows, columns)
        return
    last = session.execute(text("SELECT coalesce(max(rowid), 0) FROM assets")).scalar_one()
    session.execute(text("DROP TRIGGER asset_search_insert"))
    insert_many(session, table_of(Asset), rows, columns)
    with while_indexing or nullcontext():
        session.execute(
            text("INSERT INTO asset_search(rowid, search_text) "
                 "SELECT rowid, search_text FROM assets WHERE rowid > :last"), {"last": last}
        )  # fmt: skip
    session.execute(text(INSERT_TRIGGER))
