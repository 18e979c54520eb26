"""Shared fixtures.

`database_url` (and `services` built on it) runs each database test on SQLite and, when
SURPLUS_ASSETS_TEST_PG_URL names a PostgreSQL server (as .ci/run sets it), on PostgreSQL too:
each test gets its own fresh database there.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from surplus_assets.services import Services, open_services

PG_ENV = "SURPLUS_ASSETS_TEST_PG_URL"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                  ) -> Path:  # fmt: skip
    """Keep every test away from the real user data dir and database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SURPLUS_ASSETS_HOME", str(home))
    monkeypatch.delenv("SURPLUS_ASSETS_DB", raising=False)
    monkeypatch.setenv("SURPLUS_ASSETS_LANG", "vi")
    return home


def _backends() -> list[pytest.param]:  # type: ignore[valid-type]
    params = [pytest.param("sqlite", id="sqlite")]
    if os.environ.get(PG_ENV):
        params.append(pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres))
    return params


@pytest.fixture(params=_backends())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(os.environ[PG_ENV]).set(drivername="postgresql+psycopg")
    name = f"sa_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def services(database_url: str) -> Iterator[Services]:
    opened = open_services(database_url)
    try:
        yield opened
    finally:
        opened.close()
