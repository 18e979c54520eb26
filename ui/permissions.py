"""Role-aware widgets: hide what the signed-in user may not do.

The services refuse anything a role may not do (domain.permissions); the GUI hides those
actions as well, so that nobody is offered a button that can only fail. A hidden action is
also disabled, so its shortcut does nothing.

    apply_permissions({Permission.EDIT_ASSETS: [new_action, edit_action]}, actor)

`actor` is the signed-in services' actor (services.actor, with `may(permission)`), or None
when nobody is signed in: then every guarded action is hidden.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from surplus_assets.domain.permissions import Permission


class ActorLike(Protocol):
    def may(self, permission: Permission) -> bool: ...


def actor_of(context: Any) -> ActorLike | None:
    """The signed-in actor of an AppContext, None before sign-in."""
    services = getattr(context, "services", None)
    return getattr(services, "actor", None) if services is not None else None


def may(actor: ActorLike | None, permission: Permission | str) -> bool:
    return actor is not None and actor.may(Permission(permission))


def apply_permissions(
    guarded: Mapping[Permission, QAction | QWidget | Iterable[QAction | QWidget]],
    actor: ActorLike | None,
) -> None:
    """Show and enable each action or widget only if `actor` holds its permission."""
    for permission, items in guarded.items():
        allowed = may(actor, permission)
        for item in [items] if isinstance(items, QAction | QWidget) else items:
            item.setVisible(allowed)
            item.setEnabled(allowed)
