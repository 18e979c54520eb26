"""PostgreSQL installations back up with pg_dump and restore with pg_restore (docs/operations/
backup.md): the round trip keeps every row and the audit chains verify."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from surplus_assets.services import Services, open_services
from surplus_assets.services.demo import load_demo

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _tool(name: str) -> str:
    found = shutil.which(name) or (str(PG_BIN / name) if (PG_BIN / name).exists() else None)
    if found is None:
        pytest.skip(f"{name} not installed")
    return found


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.mark.postgres
def test_pg_dump_and_pg_restore_keep_everything(services: Services, tmp_path: Path) -> None:
    if services.db.is_sqlite:
        pytest.skip("the pg_dump route is for PostgreSQL installations")
    load_demo(services.context, services.units, count=200, seed=4)
    with pytest.raises(Exception, match="pg_dump"):
        services.backup.create()  # the application points to pg_dump instead
    dump = tmp_path / "province.dump"
    subprocess.run([_tool("pg_dump"), "-Fc", "-f", str(dump), _libpq(services.db.url)],
                   check=True)  # fmt: skip

    name = f"sa_restore_{uuid.uuid4().hex[:10]}"
    server = make_url(services.db.url)
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    target = server.set(database=name).render_as_string(hide_password=False)
    try:
        subprocess.run([_tool("pg_restore"), "--no-owner", "-d", _libpq(target), str(dump)],
                       check=True)  # fmt: skip
        restored = open_services(target)
        try:
            assert restored.catalogue.count_assets() == services.catalogue.count_assets() == 200
            assert restored.audit.verify().ok
            assert restored.integrity.check("full").ok
        finally:
            restored.close()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
