"""Engines for SQLite (the default, one file in the user data dir) and PostgreSQL.

SQLite is opened with WAL (readers never block the writer), foreign keys on, and
synchronous=FULL so that a laptop losing power mid-save loses at most the transaction in
flight, never committed work.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from surplus_assets.paths import default_database_path

ENV_DATABASE_URL = "SURPLUS_ASSETS_DB"


def resolve_url(explicit: str | None = None) -> str:
    """--db beats SURPLUS_ASSETS_DB beats the SQLite file in the user data dir.

    A plain file path is accepted too and means a SQLite database there.
    """
    url = explicit or os.environ.get(ENV_DATABASE_URL) or str(default_database_path())
    if "://" not in url:
        return f"sqlite:///{os.path.abspath(url)}"
    return url


def describe_url(url: str) -> str:
    """The database as shown to a user: a file path, or user@host/db without the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control away from pysqlite (which would defer BEGIN until the first
    # write, leaving earlier reads outside the transaction); _sqlite_begin emits it instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # Writers ask for BEGIN IMMEDIATE (execution option sqlite_begin) so that two writers
    # queue on busy_timeout instead of failing when a read lock is upgraded; readers use a
    # deferred BEGIN and never block the writer under WAL.
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            os.makedirs(os.path.dirname(os.path.abspath(parsed.database)), exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)
