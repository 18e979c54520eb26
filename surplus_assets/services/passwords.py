"""Passwords: how they are hashed and checked, and what a new one must be.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile);
only hashes are stored, and no other module sees the hasher. Account management
(users.py) sets passwords through here, signing in (sign_in.py) verifies them.
"""

from __future__ import annotations

import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from surplus_assets.errors import ProblemList
from surplus_assets.i18n import _

MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()  # argon2id


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether a stored hash was made with older parameters than the hasher's now."""
    return _hasher.check_needs_rehash(password_hash)


def equalise_timing(password: str) -> None:
    """Verify `password` against a made-up hash, so that a user name that does not exist
    costs the same time as a wrong password (and so is not given away)."""
    verify_password(_dummy_hash(), password)


@functools.cache
def _dummy_hash() -> str:
    """Made on first need, not at import: hashing takes ~0.3 s and this module is imported
    while the application starts."""
    return _hasher.hash("not a real password")


def check_new_password(problems: ProblemList, password: str, username: str) -> None:
    """Add to `problems` what is wrong with `password` as `username`'s new password."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        problems.add(
            "password",
            _("A password needs at least {count} characters.").format(count=MIN_PASSWORD_LENGTH),
        )
    elif password.casefold() == username:
        problems.add("password", _("The password must not be the user name."))
