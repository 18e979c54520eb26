"""Schema changes: every saved earlier schema upgrades to the current one, keeping its data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from surplus_assets.db.database import open_database
from surplus_assets.db.migrate import current_revision, downgrade, script_head, upgrade
from surplus_assets.db.migrations import HEAD_REVISION
from surplus_assets.errors import ServiceError
from surplus_assets.services import open_services
from surplus_assets.services.audit import iter_chain_problems
from surplus_assets.services.catalogue import AssetQuery

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema-*.sqlite3"))


def test_head_constant_matches_the_migration_scripts() -> None:
    assert script_head() == HEAD_REVISION


@pytest.mark.parametrize("saved", FIXTURES, ids=lambda p: p.stem)
def test_saved_database_upgrades_to_head_keeping_data(
    saved: Path, tmp_path: Path, isolated_home: Path
) -> None:
    copy = tmp_path / saved.name
    shutil.copyfile(saved, copy)
    saved_revision = saved.stem.removeprefix("schema-")
    services = open_services(f"sqlite:///{copy}")
    try:
        with services.db.engine.connect() as connection:
            assert current_revision(connection) == HEAD_REVISION
        names = sorted(r.name for r in services.catalogue.list_rows(AssetQuery()))
        assert names == ["Máy photocopy", "Nhà công vụ số 2", "Trụ sở UBND phường Phúc Xá (cũ)",
                         "Xe ô tô Toyota"]  # fmt: skip
        [row] = services.catalogue.list_rows(AssetQuery(text="phuc xa"))
        headquarters = services.catalogue.get(row.id)
        assert str(headquarters.values["land_area"]) == "1234.50"
        assert headquarters.buildings[0]["name"] == "Nhà làm việc"
        assert [h.action for h in services.catalogue.history(headquarters.id)] == [
            "create", "update"]  # fmt: skip
        # The reference data removed from the fixture was loaded again on open.
        assert services.units.count("commune") == 3321
        with services.db.read() as session:
            assert list(iter_chain_problems(session)) == []
    finally:
        services.close()
    backups = list((isolated_home / "backups").glob("before-migration-*.sqlite3"))
    assert len(backups) == (0 if saved_revision == HEAD_REVISION else 1)


def test_migrations_downgrade_and_upgrade_cleanly(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    try:
        downgrade(database.engine, "base")
        with database.engine.connect() as connection:
            assert current_revision(connection) is None
            tables = connection.execute(text(
                "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
            )).scalars().all()  # fmt: skip
            assert tables == []
        upgrade(database.engine)
        with database.engine.connect() as connection:
            assert current_revision(connection) == HEAD_REVISION
    finally:
        database.close()


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'n.sqlite3'}"
    open_database(url).close()
    database = open_database(url, migrate=False)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    with pytest.raises(ServiceError, match="9999"):
        open_database(url)
