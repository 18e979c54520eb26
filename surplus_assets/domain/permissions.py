"""Who may do what: one table, enforced by the services whatever the caller.

Separation of duties: officers catalogue and propose, reviewers decide, admins manage
accounts and settings. Nobody both prepares and approves a proposal.
"""

from __future__ import annotations

from enum import StrEnum

from surplus_assets.i18n import _


class Role(StrEnum):
    OFFICER = "officer"
    REVIEWER = "reviewer"
    ADMIN = "admin"
    SYSTEM = "system"  # bootstrap and maintenance (before any account exists, demo, migrations)


class Permission(StrEnum):
    VIEW = "view"
    EDIT_ASSETS = "edit_assets"
    EDIT_PROPOSALS = "edit_proposals"  # create, edit, submit, start, complete, cancel
    DECIDE_PROPOSALS = "decide_proposals"  # approve, reject, return
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    IMPORT_DATA = "import_data"  # spreadsheets and exchange packages
    SIGN_REPORTS = "sign_reports"
    MAINTAIN = "maintain"  # backup, restore, integrity check


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset({
        Permission.VIEW, Permission.EDIT_ASSETS, Permission.EDIT_PROPOSALS,
        Permission.IMPORT_DATA, Permission.SIGN_REPORTS, Permission.MAINTAIN,
    }),
    Role.REVIEWER: frozenset({
        Permission.VIEW, Permission.DECIDE_PROPOSALS, Permission.SIGN_REPORTS,
    }),
    Role.ADMIN: frozenset({
        Permission.VIEW, Permission.MANAGE_USERS, Permission.EDIT_SETTINGS,
        Permission.IMPORT_DATA, Permission.MAINTAIN,
    }),
    Role.SYSTEM: _ALL,
}  # fmt: skip


def role_label(role: str) -> str:
    return {
        Role.OFFICER: _("Officer"),
        Role.REVIEWER: _("Reviewer"),
        Role.ADMIN: _("Administrator"),
        Role.SYSTEM: _("System"),
    }[Role(role)]


def permission_label(permission: Permission) -> str:
    return {
        Permission.VIEW: _("view the register"),
        Permission.EDIT_ASSETS: _("edit assets"),
        Permission.EDIT_PROPOSALS: _("prepare handling proposals"),
        Permission.DECIDE_PROPOSALS: _("approve, reject or return proposals"),
        Permission.MANAGE_USERS: _("manage user accounts"),
        Permission.EDIT_SETTINGS: _("change settings"),
        Permission.IMPORT_DATA: _("import data"),
        Permission.SIGN_REPORTS: _("sign reports"),
        Permission.MAINTAIN: _("back up and restore the database"),
    }[permission]


def allows(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(Role(role), frozenset())
