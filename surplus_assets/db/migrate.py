"""Bring a database to the current schema, safely.

A new database is created by running every migration (never `create_all`, so the schema in
use is always the migrations' schema). An older database is first copied with SQLite's
online backup API into backups/, then upgraded in one transaction. The up-to-date check
reads alembic_version directly and compares with HEAD_REVISION, so opening a current
database costs one query and never imports Alembic.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from surplus_assets.db.migrations import HEAD_REVISION, MIGRATIONS_DIR
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _

log = logging.getLogger(__name__)


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(connection: Connection) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_head() -> str | None:
    """The head revision according to the migration scripts (slow: loads Alembic)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.connect() as connection:
        command.upgrade(_alembic_config(connection), revision)  # type: ignore[arg-type]
        connection.commit()


def downgrade(engine: Engine, revision: str) -> None:
    """For developers and the migration tests; the application only ever upgrades."""
    from alembic import command

    with engine.connect() as connection:
        command.downgrade(_alembic_config(connection), revision)  # type: ignore[arg-type]
        connection.commit()


def ensure_current(engine: Engine, backup_dir: Path | None) -> str | None:
    """Migrate the database to HEAD_REVISION; returns the backup path's name if one was made.

    Refuses a database written by a newer version of the application instead of guessing.
    """
    with engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return None
    if revision is not None and not is_known_revision(revision):
        raise ServiceError(
            _(
                "This database was written by a newer version of the application "
                "(schema {revision}). Install the newer version to open it."
            ).format(revision=revision)
        )
    backup_name = None
    if revision is not None and backup_dir is not None and engine.dialect.name == "sqlite":
        from surplus_assets.db.sqlite_backup import online_backup

        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = backup_dir / f"before-migration-{revision}-{stamp}.sqlite3"
        online_backup(engine, target)
        backup_name = str(target)
        log.info("backed up the database to %s before migrating from %s", target, revision)
    upgrade(engine)
    return backup_name


def is_known_revision(revision: str) -> bool:
    """Whether a migration script of this version has this revision (older or current)."""
    return any(path.name.startswith(f"{revision}_") for path in _version_files())


def _version_files() -> list[Path]:
    return sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
