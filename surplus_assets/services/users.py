"""Local user accounts: creating them, changing them, their passwords and locks.

The first account of a database must be an administrator; it is created by the bootstrap
system actor (CLI `users add --role admin` on a fresh database, or the GUI's first-run
dialog). After that only an administrator manages accounts; everyone changes their own
password. Passwords are hashed in passwords.py; signing in (and locking an account after
wrong passwords) is sign_in.py.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from surplus_assets.db.models import User
from surplus_assets.db.types import utcnow
from surplus_assets.domain.permissions import Permission, Role
from surplus_assets.domain.text import nfc, single_line
from surplus_assets.errors import (
    AuthenticationError,
    ConcurrencyError,
    NotFoundError,
    PermissionDeniedError,
    ProblemList,
)
from surplus_assets.i18n import _
from surplus_assets.services.audit import AuditRecorder, changed_fields
from surplus_assets.services.context import Actor, ServiceContext
from surplus_assets.services.passwords import check_new_password, hash_password, verify_password

ACCOUNT_ROLES = (Role.OFFICER, Role.REVIEWER, Role.ADMIN)
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


@dataclass(frozen=True)
class UserRecord:
    id: uuid.UUID
    username: str
    full_name: str
    title: str | None
    role: str
    active: bool
    locked_until: datetime | None
    failed_attempts: int
    password_changed_at: datetime | None
    created_at: datetime
    version: int

    def as_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


def _record(user: User) -> UserRecord:
    return UserRecord(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        title=user.title,
        role=user.role,
        active=user.active,
        locked_until=user.locked_until,
        failed_attempts=user.failed_attempts,
        password_changed_at=user.password_changed_at,
        created_at=user.created_at,
        version=user.version,
    )


def _snapshot(user: User) -> dict[str, Any]:
    return {
        "username": user.username,
        "full_name": user.full_name,
        "title": user.title,
        "role": user.role,
        "active": user.active,
    }


def normalise_username(name: str) -> str:
    return name.strip().casefold()


def actor_for(user: UserRecord | User) -> Actor:
    return Actor(user_id=user.id, name=user.username, role=user.role)


def load_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == normalise_username(username)))
    if user is None:
        raise NotFoundError(_("No user account {name}.").format(name=username))
    return user


class UserService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context
        self.audit = AuditRecorder(context)

    # ---- reading -------------------------------------------------------------------------

    def has_accounts(self) -> bool:
        """Whether any account exists (no permission needed: the sign-in screen asks)."""
        with self.context.db.read() as session:
            return session.scalar(select(func.count()).select_from(User)) != 0

    def list_users(self) -> list[UserRecord]:
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            return [_record(u) for u in session.scalars(select(User).order_by(User.username))]

    def get(self, username: str) -> UserRecord:
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            return _record(load_user(session, username))

    # ---- accounts ------------------------------------------------------------------------

    def create(
        self, *, username: str, full_name: str, role: str, password: str, title: str | None = None
    ) -> UserRecord:
        """A new account; the first account of a database must be an administrator."""
        self.context.require(Permission.MANAGE_USERS)
        name = normalise_username(username)
        problems = ProblemList()
        if not _USERNAME.fullmatch(name):
            problems.add(
                "username",
                _(
                    "A user name has 2 to 64 letters without diacritics, digits, dots, hyphens or "
                    "underscores."
                ),
                username,
            )
        full = single_line(nfc(full_name or ""))
        if not full:
            problems.add("full_name", _("Enter the person's full name."))
        if role not in ACCOUNT_ROLES:
            problems.add("role", _("The role must be officer, reviewer or admin."), role)
        check_new_password(problems, password, name)
        problems.raise_if_any()
        with self.context.db.write() as session:
            if session.scalar(select(func.count()).select_from(User)) == 0 and role != Role.ADMIN:
                problems.add(
                    "role",
                    _(
                        "The first account must be an administrator, so that "
                        "someone can manage the others."
                    ),
                    role,
                )
            if session.scalar(select(User.id).where(User.username == name)) is not None:
                problems.add(
                    "username", _("The user name {name} is taken.").format(name=name), name
                )
            problems.raise_if_any()
            now = utcnow()
            user = User(
                id=uuid.uuid4(),
                username=name,
                full_name=full,
                title=single_line(nfc(title)) if title else None,
                role=role,
                password_hash=hash_password(password),
                active=True,
                failed_attempts=0,
                password_changed_at=now,
                created_at=now,
                updated_at=now,
                version=1,
                created_by=self.context.actor.user_id,
                updated_by=self.context.actor.user_id,
                origin_id=self.context.origin_id,
            )
            session.add(user)
            session.flush()
            self.audit.record(
                session,
                action="create",
                entity_type="user",
                entity_id=user.id,
                entity_code=name,
                after=_snapshot(user),
            )
            return _record(user)

    def update(
        self,
        username: str,
        *,
        expected_version: int,
        full_name: str | None = None,
        title: str | None = None,
        role: str | None = None,
        active: bool | None = None,
    ) -> UserRecord:
        """Change an account's name, title, role or whether it may sign in."""
        self.context.require(Permission.MANAGE_USERS)
        problems = ProblemList()
        if role is not None and role not in ACCOUNT_ROLES:
            problems.add("role", _("The role must be officer, reviewer or admin."), role)
        if full_name is not None and not single_line(nfc(full_name)):
            problems.add("full_name", _("Enter the person's full name."))
        problems.raise_if_any()
        with self.context.db.write() as session:
            user = load_user(session, username)
            self._check_version(user, expected_version)
            before = _snapshot(user)
            if full_name is not None:
                user.full_name = single_line(nfc(full_name))
            if title is not None:
                user.title = single_line(nfc(title)) or None
            if role is not None:
                user.role = role
            if active is not None:
                user.active = active
            if (
                before["role"] == Role.ADMIN
                and before["active"]
                and not (user.role == Role.ADMIN and user.active)
            ):
                self._refuse_last_admin(session, user)
            old, new = changed_fields(before, _snapshot(user))
            if not new:
                return _record(user)
            self._touch(user)
            session.flush()
            self.audit.record(
                session,
                action="update",
                entity_type="user",
                entity_id=user.id,
                entity_code=user.username,
                before=old,
                after=new,
            )
            return _record(user)

    def _refuse_last_admin(self, session: Session, user: User) -> None:
        others = session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.ADMIN, User.active.is_(True), User.id != user.id)
        )
        if not others:
            raise PermissionDeniedError(
                _(
                    "{name} is the last active administrator: make another account administrator "
                    "first."
                ).format(name=user.username)
            )

    def reset_password(self, username: str, new_password: str) -> None:
        """An administrator sets someone's password (and lifts any lock)."""
        self.context.require(Permission.MANAGE_USERS)
        with self.context.db.write() as session:
            user = load_user(session, username)
            self._set_password(session, user, new_password, action="password_reset")

    def change_password(self, old_password: str, new_password: str) -> None:
        """The signed-in user changes their own password."""
        actor = self.context.actor
        if actor.user_id is None:
            raise PermissionDeniedError(_("Sign in to change your password."))
        with self.context.db.write() as session:
            user = session.get(User, actor.user_id)
            if user is None:
                raise NotFoundError(_("No user account {name}.").format(name=actor.name))
            if not verify_password(user.password_hash, old_password):
                raise AuthenticationError(_("The current password is wrong; nothing changed."))
            self._set_password(session, user, new_password, action="password_change")

    def unlock(self, username: str) -> None:
        self.context.require(Permission.MANAGE_USERS)
        with self.context.db.write() as session:
            user = load_user(session, username)
            if user.locked_until is None and not user.failed_attempts:
                return
            user.locked_until, user.failed_attempts = None, 0
            session.flush()
            self.audit.record(
                session,
                action="unlock",
                entity_type="user",
                entity_id=user.id,
                entity_code=user.username,
            )

    def _set_password(self, session: Session, user: User, password: str, *, action: str) -> None:
        problems = ProblemList()
        check_new_password(problems, password, user.username)
        problems.raise_if_any()
        user.password_hash = hash_password(password)
        user.password_changed_at = utcnow()
        user.failed_attempts, user.locked_until = 0, None
        self._touch(user)
        session.flush()
        self.audit.record(
            session, action=action, entity_type="user", entity_id=user.id, entity_code=user.username
        )

    def _touch(self, user: User) -> None:
        user.version += 1
        user.updated_at = utcnow()
        user.updated_by = self.context.actor.user_id

    @staticmethod
    def _check_version(user: User, expected_version: int) -> None:
        if user.version != expected_version:
            raise ConcurrencyError(
                _(
                    "The account {name} was changed by someone else; reload it and try again."
                ).format(name=user.username)
            )
