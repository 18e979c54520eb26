"""One open database: engine, sessions and transaction scopes for the services.

Services use `read()` for queries and `write()` for changes; a `write()` block is one
transaction, committed when the block ends and rolled back whole on any exception, so every
multi-row operation is all-or-nothing. A `write()` opened inside another one in the same
thread joins it, so a caller can make several service calls one transaction (the round-trip
import approves every proposal of a report or none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from surplus_assets.db.engine import describe_url, make_engine, resolve_url
from surplus_assets.db.migrate import ensure_current

# The write session open in this thread (and the database it belongs to), for nested writes.
_open_write: ContextVar[tuple[Database, Session] | None] = ContextVar("open_write", default=None)


def _keep_search_order(session: Session) -> None:
    """Before a write commits: place assets its rows left unplaced in the search index, if
    many (db/search_index.py)."""
    from surplus_assets.db.search_index import place_if_many

    place_if_many(session)


_AFTER_COMMIT = "after_commit_callbacks"


def call_after_commit(session: Session, callback: Callable[[], None]) -> None:
    """Run `callback` once the write transaction of `session` has committed, never if it
    rolls back: for work outside the database that must follow committed data only (the
    audit anchor, services/audit_anchor.py)."""
    session.info.setdefault(_AFTER_COMMIT, []).append(callback)


def _run_after_commit(session: Session) -> None:
    for callback in session.info.pop(_AFTER_COMMIT, ()):
        callback()


def _drop_after_commit(session: Session) -> None:
    session.info.pop(_AFTER_COMMIT, None)


class Database:
    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.label = describe_url(url)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer_bind = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE")
            if self.is_sqlite
            else self.engine
        )
        self._writer = sessionmaker(writer_bind, expire_on_commit=False)
        event.listen(self._writer, "after_commit", _run_after_commit)
        event.listen(self._writer, "after_rollback", _drop_after_commit)
        if self.is_sqlite:
            event.listen(self._writer, "before_commit", _keep_search_order)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        outer = _open_write.get()
        if outer is not None and outer[0] is self:
            yield outer[1]  # joins the enclosing transaction: committed or rolled back with it
            return
        with self._writer() as session, session.begin():
            token = _open_write.set((self, session))
            try:
                yield session
            finally:
                _open_write.reset(token)

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    url: str | None = None, *, migrate: bool = True, backup_dir: Path | None = None
) -> Database:
    """Open (creating if needed) and migrate the database named by --db / env / default."""
    database = Database(resolve_url(url))
    if migrate:
        try:
            ensure_current(database.engine, backup_dir)
        except BaseException:
            database.close()
            raise
    return database
