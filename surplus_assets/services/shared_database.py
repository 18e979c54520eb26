"""Shared PostgreSQL mode: connection test, password in the OS keyring, change polling.

Several laptops may work on one PostgreSQL database. Saves are guarded by each record's
version (a save over someone else's newer change raises ConcurrencyError with a reload
message); the list polls `changes_since()` to show others' changes. Settings keep the URL
without its password; the password lives in the OS keyring (service "SurplusAssets", key
user@host:port/db) and never in a settings file.

For the GUI Settings page: `test_connection(url, password)` for the Test button,
`save_password / load_password` for the keyring, `connection_url(url)` to open with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from surplus_assets.db.migrate import is_known_revision
from surplus_assets.db.migrations import HEAD_REVISION
from surplus_assets.db.models import Asset, AuditEvent, Proposal
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _

KEYRING_SERVICE = "SurplusAssets"


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    problem: str  # "" | unreachable | authentication | no_database | schema_newer | empty | error
    message: str
    schema_revision: str | None = None


def keyring_key(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}:{parsed.port or 5432}/" \
           f"{parsed.database or ''}"  # fmt: skip


def url_without_password(url: str) -> str:
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def postgres_url(host: str, port: int, database: str, user: str) -> str:
    """A password-less PostgreSQL URL from the Settings page's fields."""
    return URL.create("postgresql+psycopg", username=user.strip() or None,
                      host=host.strip() or None, port=port or None,
                      database=database.strip() or None).render_as_string(
                          hide_password=False)  # fmt: skip


def url_fields(url: str) -> dict[str, Any]:
    """host, port, database and user of a URL (to fill the Settings page back in)."""
    parsed = make_url(url)
    return {"host": parsed.host or "", "port": parsed.port or 5432,
            "database": parsed.database or "", "user": parsed.username or ""}  # fmt: skip


def _keyring() -> Any:
    try:
        import keyring
        from keyring.backends.fail import Keyring as FailKeyring
    except ImportError:  # pragma: no cover - keyring is a locked dependency
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, FailKeyring) or (type(backend).__name__ == "ChainerBackend" and not \
            getattr(backend, "backends", None)):  # fmt: skip
        return None
    return keyring


def save_password(url: str, password: str) -> None:
    """Keep the password in the OS keyring; refused (never stored in plain text) without one."""
    store = _keyring()
    if store is None:
        raise ServiceError(_("No password store (keyring) is available on this computer, so "
                             "the password cannot be remembered; it will be asked for at each "
                             "start. It is never written to the settings file."))  # fmt: skip
    store.set_password(KEYRING_SERVICE, keyring_key(url), password)


def load_password(url: str) -> str | None:
    store = _keyring()
    if store is None:
        return None
    value = store.get_password(KEYRING_SERVICE, keyring_key(url))
    return str(value) if value is not None else None


def connection_url(url: str, password: str | None = None) -> str:
    """The URL to open: the given or remembered password added to a password-less URL."""
    parsed: URL = make_url(url)
    secret = password if password is not None else load_password(url)
    if secret is not None and parsed.password is None:
        parsed = parsed.set(password=secret)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def test_connection(url: str, password: str | None = None, timeout_s: int = 5) -> ConnectionReport:
    """Connect, read the schema revision, and say plainly what is wrong if anything is."""
    full = connection_url(url, password)
    where = url_without_password(url)
    engine = create_engine(full, connect_args={"connect_timeout": timeout_s}, poolclass=None)
    try:
        with engine.connect() as connection:
            has = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
            revision = (connection.execute(text("SELECT version_num FROM alembic_version"))
                        .scalar() if has else None)  # fmt: skip
    except OperationalError as error:
        return _diagnose(str(error.orig), where)
    except SQLAlchemyError as error:
        return ConnectionReport(False, "error", _("Cannot use {where}: {reason}").format(
            where=where, reason=str(error).splitlines()[0]))  # fmt: skip
    finally:
        engine.dispose()
    if revision is None:
        return ConnectionReport(True, "empty", _("Connected to {where}. The database is empty: "
                                                 "the application will create its tables.")
                                .format(where=where))  # fmt: skip
    if revision != HEAD_REVISION and not is_known_revision(revision):
        return ConnectionReport(False, "schema_newer", _(
            "Connected to {where}, but its schema ({revision}) is from a newer version of the "
            "application. Update the application on this computer.").format(
                where=where, revision=revision), revision)  # fmt: skip
    return ConnectionReport(True, "", _("Connected to {where} (schema {revision}).").format(
        where=where, revision=revision), revision)  # fmt: skip


def _diagnose(reason: str, where: str) -> ConnectionReport:
    lowered = reason.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return ConnectionReport(False, "authentication", _(
            "The server {where} refused the user name or password. Check them and try again.")
            .format(where=where))  # fmt: skip
    if "does not exist" in lowered and "database" in lowered:
        return ConnectionReport(False, "no_database", _(
            "The server answered, but the database in {where} does not exist. Ask the "
            "administrator to create it.").format(where=where))  # fmt: skip
    return ConnectionReport(False, "unreachable", _(
        "Cannot reach the server of {where}: check the host name, port and network.")
        .format(where=where))  # fmt: skip


@dataclass(frozen=True)
class ChangeMark:
    """What the list compares between polls: any difference means reload."""

    last_audit_row: int
    assets_updated_at: datetime | None
    proposals_updated_at: datetime | None


def changes_since(db: Any) -> ChangeMark:
    """A cheap mark of the shared database's state (three indexed max() queries)."""
    with db.read() as session:
        return ChangeMark(
            session.scalar(select(func.max(AuditEvent.id))) or 0,
            session.scalar(select(func.max(Asset.updated_at))),
            session.scalar(select(func.max(Proposal.updated_at))),
        )
