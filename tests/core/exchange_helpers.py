"""Laptops for exchange tests: several databases of the same backend, each its own origin."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from surplus_assets.services import Services, open_services
from tests.conftest import _pg_server

CAR = {"kind": "car", "name": "Xe ô tô Toyota Camry", "current_unit_id": "2025:C00097",
       "car_brand": "Toyota", "licence_plate": "29A-123.45"}  # fmt: skip
EQUIPMENT = {"kind": "equipment", "name": "Máy photocopy Ricoh",
             "current_unit_id": "2025:C00097", "quantity": "2"}  # fmt: skip


@pytest.fixture
def laptop(request: pytest.FixtureRequest, database_url: str, tmp_path: Path
           ) -> Iterator[Callable[[str], Services]]:  # fmt: skip
    """`laptop("A")`: a fresh database of the test's backend with its own installation id."""
    opened: list[Services] = []
    cleanup: list[Callable[[], None]] = []

    def make(name: str) -> Services:
        if database_url.startswith("sqlite"):
            target = tmp_path / f"{name}.sqlite3"
            shutil.copyfile(request.getfixturevalue("sqlite_template"), target)
            url = f"sqlite:///{target}"
        else:
            from sqlalchemy import create_engine, text

            template = request.getfixturevalue("pg_template")
            server = _pg_server()
            db_name = f"sa_ex_{uuid.uuid4().hex[:12]}"
            admin = create_engine(server, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{db_name}" TEMPLATE "{template}"'))

            def drop(db_name: str = db_name) -> None:
                with admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
                admin.dispose()

            cleanup.append(drop)
            url = server.set(database=db_name).render_as_string(hide_password=False)
        services = open_services(url, origin_id=str(uuid.uuid4()))
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()
    for drop in cleanup:
        drop()
