"""Signing in with a user name and password, and locking an account after wrong passwords.

After MAX_FAILED_ATTEMPTS wrong passwords in a row an account is locked for LOCKOUT; the
failed attempts, the lock and every sign-in are written (and audited) in their own
transaction, so they stay recorded although the sign-in fails. A user name that does not
exist costs the same time as a wrong password. Accounts themselves are managed in users.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from surplus_assets.db.models import AuditEvent, User
from surplus_assets.db.types import utcnow
from surplus_assets.domain.deadlines import VIETNAM_TZ
from surplus_assets.domain.permissions import Permission, Role
from surplus_assets.errors import AuthenticationError
from surplus_assets.i18n import _
from surplus_assets.services.audit import AuditRecorder
from surplus_assets.services.context import Actor, ServiceContext
from surplus_assets.services.passwords import (
    equalise_timing,
    hash_password,
    needs_rehash,
    verify_password,
)
from surplus_assets.services.users import actor_for, load_user, normalise_username

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)


class SignInService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def authenticate(self, username: str, password: str) -> Actor:
        """The actor for a correct user name and password; raises AuthenticationError.

        Every attempt is audited; failures count towards the lock even though this raises,
        because they are committed before the error leaves the write block.
        """
        name = normalise_username(username)
        refusal: str | None = None
        with self.context.db.write() as session:
            user = session.scalar(select(User).where(User.username == name))
            now = utcnow()
            if user is None:
                equalise_timing(password)
                self._audit_attempt(session, None, name, "login_failed", "unknown user")
                refusal = _("Wrong user name or password.")
            elif user.locked_until is not None and user.locked_until > now:
                self._audit_attempt(session, user, name, "login_refused", "locked")
                refusal = _locked_message(user)
            elif not verify_password(user.password_hash, password):
                user.failed_attempts += 1
                comment = f"failed attempt {user.failed_attempts}"
                if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                    user.locked_until, user.failed_attempts = now + LOCKOUT, 0
                    comment = "locked"
                session.flush()
                self._audit_attempt(session, user, name, "login_failed", comment)
                refusal = (
                    _locked_message(user)
                    if user.locked_until and user.locked_until > now
                    else _("Wrong user name or password.")
                )
            elif not user.active:
                self._audit_attempt(session, user, name, "login_refused", "inactive")
                refusal = _("The account {name} is disabled; ask an administrator.").format(
                    name=user.username
                )
            else:
                user.failed_attempts, user.locked_until = 0, None
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                session.flush()
                self._audit_attempt(session, user, name, "login")
                return actor_for(user)
        raise AuthenticationError(refusal)

    def _audit_attempt(
        self,
        session: Session,
        user: User | None,
        name: str,
        action: str,
        comment: str | None = None,
    ) -> None:
        """Audit a sign-in attempt as the account it tried (for a user name that does not
        exist, as the system, under the name typed)."""
        entity_id: object
        if user is None:
            actor, entity_id, code = Actor(None, name or "?", Role.SYSTEM), name or "?", name
        else:
            actor, entity_id, code = actor_for(user), user.id, user.username
        recorder = AuditRecorder(replace(self.context, actor=actor))
        recorder.record(
            session,
            action=action,
            entity_type="user",
            entity_id=entity_id,
            entity_code=code,
            comment=comment,
        )

    def login_events(self, username: str, limit: int = 20) -> list[tuple[datetime, str, str]]:
        """Recent sign-in events of an account: (when, action, comment)."""
        self.context.require(Permission.MANAGE_USERS)
        with self.context.db.read() as session:
            user = load_user(session, username)
            rows = session.execute(
                select(AuditEvent.occurred_at, AuditEvent.action, AuditEvent.comment)
                .where(
                    AuditEvent.entity_type == "user",
                    AuditEvent.entity_id == str(user.id),
                    AuditEvent.action.like("login%"),
                )
                .order_by(AuditEvent.id.desc())
                .limit(limit)
            )
            return [(r[0], r[1], r[2] or "") for r in rows]


def _locked_message(user: User) -> str:
    until = user.locked_until.astimezone(VIETNAM_TZ) if user.locked_until else None
    return _(
        "The account {name} is locked after {count} wrong passwords; try again after {time}."
    ).format(name=user.username, count=MAX_FAILED_ATTEMPTS, time=f"{until:%H:%M}" if until else "")
