"""Accounts and signing in: argon2id hashes, lockout, audited attempts, admin rules."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from surplus_assets.db.models import AuditEvent, User
from surplus_assets.db.types import utcnow
from surplus_assets.errors import (
    AuthenticationError,
    PermissionDeniedError,
    ValidationError,
)
from surplus_assets.services import Services
from tests.core.proposal_helpers import PASSWORDS, make_team


def _login_actions(services: Services, username: str) -> list[str]:
    with services.db.read() as session:
        return list(
            session.scalars(
                select(AuditEvent.action)
                .where(
                    AuditEvent.entity_type == "user",
                    AuditEvent.entity_code == username,
                    AuditEvent.action.like("login%"),
                )
                .order_by(AuditEvent.id)
            )
        )


def test_first_account_must_be_an_administrator(services: Services) -> None:
    assert not services.users.has_accounts()
    with pytest.raises(ValidationError) as refused:
        services.users.create(
            username="an", full_name="An", role="officer", password="long-enough-1"
        )
    assert (
        "administrator" in refused.value.by_field()["role"].lower()
        or "quản trị" in refused.value.by_field()["role"].lower()
    )
    make_team(services)
    assert services.users.has_accounts()


def test_passwords_are_stored_as_argon2id(services: Services) -> None:
    make_team(services)
    with services.db.read() as session:
        hashes = list(session.scalars(select(User.password_hash)))
    assert len(hashes) == 3 and all(h.startswith("$argon2id$") for h in hashes)
    assert not any(p in h for h in hashes for p in PASSWORDS.values())


def test_sign_in_gives_the_users_role_and_is_audited(services: Services) -> None:
    make_team(services)
    officer = services.authenticate("AN", PASSWORDS["an"])  # user names ignore case
    assert (officer.actor.name, officer.actor.role) == ("an", "officer")
    with pytest.raises(AuthenticationError):
        services.authenticate("an", "wrong password")
    with pytest.raises(AuthenticationError):
        services.authenticate("nobody", "whatever-123")
    assert _login_actions(services, "an") == ["login", "login_failed"]
    assert _login_actions(services, "nobody") == ["login_failed"]


def test_five_failures_lock_the_account_for_five_minutes(services: Services) -> None:
    make_team(services)
    for _attempt in range(4):
        with pytest.raises(AuthenticationError):
            services.authenticate("binh", "wrong password")
    with services.db.read() as session:  # recorded although every attempt failed
        assert session.scalar(select(User.failed_attempts).where(User.username == "binh")) == 4
    with pytest.raises(AuthenticationError, match="5"):
        services.authenticate("binh", "wrong password")
    with pytest.raises(AuthenticationError, match="5"):  # even the right password now
        services.authenticate("binh", PASSWORDS["binh"])
    with services.db.write() as session:  # five minutes later
        user = session.scalar(select(User).where(User.username == "binh"))
        assert user is not None and user.locked_until is not None
        remaining = user.locked_until - utcnow()
        assert timedelta(minutes=4) < remaining <= timedelta(minutes=5)
        user.locked_until = utcnow() - timedelta(seconds=1)
    assert services.authenticate("binh", PASSWORDS["binh"]).actor.role == "reviewer"
    actions = _login_actions(services, "binh")
    assert actions == ["login_failed"] * 5 + ["login_refused", "login"]


def test_password_change_and_reset(services: Services) -> None:
    team = make_team(services)
    officer = services.authenticate("an", PASSWORDS["an"])
    with pytest.raises(AuthenticationError):
        officer.users.change_password("not my password", "new-password-1")
    with pytest.raises(ValidationError):
        officer.users.change_password(PASSWORDS["an"], "short")
    officer.users.change_password(PASSWORDS["an"], "new-password-1")
    with pytest.raises(AuthenticationError):
        services.authenticate("an", PASSWORDS["an"])
    services.authenticate("an", "new-password-1")
    with pytest.raises(PermissionDeniedError):
        officer.users.reset_password("binh", "taken-over-1")
    team.admin.users.reset_password("an", "reset-by-admin-1")
    services.authenticate("an", "reset-by-admin-1")


def test_the_last_administrator_cannot_be_demoted_or_disabled(services: Services) -> None:
    team = make_team(services)
    admin = team.admin.users.get("admin")
    with pytest.raises(PermissionDeniedError, match="admin"):
        team.admin.users.update("admin", expected_version=admin.version, role="officer")
    team.admin.users.update(
        "binh", expected_version=team.admin.users.get("binh").version, role="admin"
    )
    team.admin.users.update("admin", expected_version=admin.version, active=False)
    with pytest.raises(AuthenticationError):
        services.authenticate("admin", PASSWORDS["admin"])
