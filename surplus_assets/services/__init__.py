"""The one API of the application, used by the GUI, the CLI, imports and benchmarks.

    services = open_services(url)            # open or create, migrate, load reference data
    services = services.authenticate(name, password)   # act as a signed-in user
    services.catalogue.create({...})         # every call validates, checks permissions
    services.units.find("hoa binh")          # and audits in one transaction
    services.close()

Services return plain dataclasses, never ORM objects or sessions, so callers cannot reach
around validation, permissions or the audit trail.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError as SqlDatabaseError

from surplus_assets.db.database import Database, open_database
from surplus_assets.db.engine import resolve_url
from surplus_assets.db.file_check import (
    DatabaseDamagedError,
    foreign_database_problem,
    header_problem,
    is_corruption,
)
from surplus_assets.i18n import _
from surplus_assets.paths import backup_dir
from surplus_assets.services.context import SYSTEM_ACTOR, Actor, ServiceContext, installation_id
from surplus_assets.services.units import UnitRegistry, ensure_reference_data

if TYPE_CHECKING:
    from surplus_assets.services.attachments import AttachmentService
    from surplus_assets.services.audit_log import AuditService
    from surplus_assets.services.backup import BackupService
    from surplus_assets.services.catalogue import CatalogueService
    from surplus_assets.services.exchange import ExchangeService
    from surplus_assets.services.integrity import IntegrityService
    from surplus_assets.services.proposals import ProposalService
    from surplus_assets.services.reports import ReportService
    from surplus_assets.services.settings import SettingsService
    from surplus_assets.services.sign_in import SignInService
    from surplus_assets.services.statistics import StatisticsService
    from surplus_assets.services.users import UserService


class Services:
    def __init__(self, db: Database, actor: Actor = SYSTEM_ACTOR, origin_id: str | None = None):
        self.db = db
        self.context = ServiceContext(db, actor, origin_id or installation_id())
        self.units = UnitRegistry(db)

    @property
    def database_label(self) -> str:
        return self.db.label

    @property
    def actor(self) -> Actor:
        return self.context.actor

    def as_actor(self, actor: Actor) -> Services:
        """The same database and caches, acting as another user (after signing in)."""
        other = Services.__new__(Services)
        other.db, other.units = self.db, self.units
        other.context = replace(self.context, actor=actor)
        return other

    @cached_property
    def catalogue(self) -> CatalogueService:
        from surplus_assets.services.catalogue import CatalogueService

        return CatalogueService(self.context, self.units)

    @cached_property
    def attachments(self) -> AttachmentService:
        from surplus_assets.services.attachments import AttachmentService

        return AttachmentService(self.context)

    @cached_property
    def settings(self) -> SettingsService:
        from surplus_assets.services.settings import SettingsService

        return SettingsService(self.context)

    @cached_property
    def statistics(self) -> StatisticsService:
        from surplus_assets.services.statistics import StatisticsService

        return StatisticsService(self.context)

    @cached_property
    def proposals(self) -> ProposalService:
        from surplus_assets.services.proposals import ProposalService

        return ProposalService(self.context, self.units)

    @cached_property
    def reports(self) -> ReportService:
        from surplus_assets.services.reports import ReportService

        return ReportService(self.context, self.units, self.catalogue, self.proposals)

    @cached_property
    def exchange(self) -> ExchangeService:
        from surplus_assets.services.exchange import ExchangeService

        return ExchangeService(self.context, self.units)

    @cached_property
    def users(self) -> UserService:
        from surplus_assets.services.users import UserService

        return UserService(self.context)

    @cached_property
    def sign_in(self) -> SignInService:
        from surplus_assets.services.sign_in import SignInService

        return SignInService(self.context)

    @cached_property
    def audit(self) -> AuditService:
        from surplus_assets.services.audit_log import AuditService

        return AuditService(self.context)

    @cached_property
    def backup(self) -> BackupService:
        from surplus_assets.services.backup import BackupService

        return BackupService(self.context)

    @cached_property
    def integrity(self) -> IntegrityService:
        from surplus_assets.services.integrity import IntegrityService

        return IntegrityService(self.context)

    def authenticate(self, username: str, password: str) -> Services:
        """The same services acting as `username`; raises AuthenticationError (the failed
        attempt and any lock are recorded all the same)."""
        return self.as_actor(self.sign_in.authenticate(username, password))

    def close(self) -> None:
        self.db.close()


def open_services(
    url: str | None = None, *, actor: Actor = SYSTEM_ACTOR, origin_id: str | None = None
) -> Services:
    """Open the database (creating and migrating it as needed) with reference data loaded.

    A damaged SQLite file (not a database, cut short, damaged pages met while opening) raises
    DatabaseDamagedError with a message offering the newest usable backup, not a traceback.
    """
    resolved = resolve_url(url)
    path = _sqlite_file(resolved)
    if path is not None and path.exists():
        if (reason := header_problem(path)) is not None:
            raise _damaged(path, reason)
        if (reason := foreign_database_problem(path)) is not None:
            raise DatabaseDamagedError(
                _("{path} cannot be opened: {reason}").format(path=path, reason=reason), path
            )
    try:
        db = open_database(resolved, backup_dir=backup_dir())
    except SqlDatabaseError as error:
        if path is None or not is_corruption(error):
            raise
        raise _damaged(path, str(getattr(error, "orig", error))) from error
    try:
        ensure_reference_data(db)
    except SqlDatabaseError as error:
        db.close()
        if path is None or not is_corruption(error):
            raise
        raise _damaged(path, str(getattr(error, "orig", error))) from error
    except BaseException:
        db.close()
        raise
    return Services(db, actor, origin_id)


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _damaged(path: Path, reason: str) -> DatabaseDamagedError:
    from surplus_assets.services.integrity import damaged_database_error

    return damaged_database_error(path, reason)
