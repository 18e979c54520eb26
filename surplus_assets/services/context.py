"""What every service call knows: the database, who is acting, and this installation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from surplus_assets.db.database import Database
from surplus_assets.domain.permissions import (
    Permission,
    Role,
    allows,
    permission_label,
    role_label,
)
from surplus_assets.errors import PermissionDeniedError
from surplus_assets.i18n import _
from surplus_assets.paths import data_dir


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None
    name: str
    role: str

    def may(self, permission: Permission) -> bool:
        return allows(self.role, permission)


SYSTEM_ACTOR = Actor(user_id=None, name="system", role=Role.SYSTEM)


def actor_label(actor_id: uuid.UUID | None, actor_name: str) -> str:
    """Who did it, as shown: a user's name, or "System" (translated) for the application."""
    if actor_id is None and actor_name == SYSTEM_ACTOR.name:
        return role_label(Role.SYSTEM)
    return actor_name


def installation_id(folder: Path | None = None) -> str:
    """This installation's id (one per laptop): the origin of its records and audit chain.

    Kept beside the user's data, not in the database, so that every laptop sharing a
    PostgreSQL database keeps its own audit chain.
    """
    path = (folder or data_dir()) / "installation-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(value))
    except (FileNotFoundError, ValueError):
        value = str(uuid.uuid4())
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(value, encoding="ascii")
        tmp.replace(path)
        return value


@dataclass
class ServiceContext:
    db: Database
    actor: Actor
    origin_id: str

    def require(self, permission: Permission) -> None:
        if not self.actor.may(permission):
            raise PermissionDeniedError(
                _("{user} ({role}) may not {action}.").format(
                    user=self.actor.name,
                    role=_role_name(self.actor.role),
                    action=permission_label(permission),
                )
            )


def _role_name(role: str) -> str:
    from surplus_assets.domain.permissions import role_label

    return role_label(role)
