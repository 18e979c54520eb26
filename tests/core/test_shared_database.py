"""Shared database mode: two application instances on one database, connection test, keyring."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring
from sqlalchemy import text
from sqlalchemy.engine import make_url

from surplus_assets.errors import ConcurrencyError, ServiceError
from surplus_assets.services import open_services
from surplus_assets.services.shared_database import (
    KEYRING_SERVICE,
    changes_since,
    connection_url,
    keyring_key,
    load_password,
    save_password,
)
from surplus_assets.services.shared_database import (
    test_connection as check_connection,
)
from tests.core.exchange_helpers import CAR


def test_second_save_over_a_newer_change_is_refused(database_url: str) -> None:
    first, second = open_services(database_url), open_services(database_url)
    try:
        car = first.catalogue.create(CAR)
        mine, theirs = first.catalogue.get(car.id), second.catalogue.get(car.id)
        assert mine.version == theirs.version == 1
        mark = changes_since(second.db)
        first.catalogue.update(car.id, {"notes": "lần một"}, expected_version=mine.version)
        with pytest.raises(ConcurrencyError, match=r"[Tt]ải lại"):
            second.catalogue.update(car.id, {"notes": "lần hai"},
                                    expected_version=theirs.version)  # fmt: skip
        assert second.catalogue.get(car.id).values["notes"] == "lần một"
        assert changes_since(second.db) != mark  # the other instance's list refreshes
        assert second.audit.verify().ok
    finally:
        first.close()
        second.close()


def test_connection_test_reports_each_problem(database_url: str) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("the shared mode is PostgreSQL")
    assert check_connection(database_url).ok
    url = make_url(database_url)
    missing = url.set(database="khong_co_csdl").render_as_string(hide_password=False)
    assert check_connection(missing).problem == "no_database"
    nowhere = url.set(host="127.0.0.1", port=1).render_as_string(hide_password=False)
    assert check_connection(nowhere, timeout_s=2).problem == "unreachable"
    services = open_services(database_url)
    with services.db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    services.close()
    report = check_connection(database_url)
    assert report.problem == "schema_newer" and "9999" in report.message


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Any:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_password_lives_in_the_keyring_not_the_url(memory_keyring: MemoryKeyring) -> None:
    url = "postgresql://can_bo@db.so-tai-chinh.vn:5433/tai_san"
    save_password(url, "bí mật")
    assert memory_keyring.values == {(KEYRING_SERVICE, "can_bo@db.so-tai-chinh.vn:5433/tai_san"):
                                     "bí mật"}  # fmt: skip
    assert load_password(url) == "bí mật"
    assert make_url(connection_url(url)).password == "bí mật"
    assert keyring_key(url) == "can_bo@db.so-tai-chinh.vn:5433/tai_san"


def test_without_a_keyring_the_password_is_not_stored() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(ServiceError, match="keyring"):
            save_password("postgresql://u@h/db", "x")
        assert load_password("postgresql://u@h/db") is None
    finally:
        keyring.set_keyring(previous)
