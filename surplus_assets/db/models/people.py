"""Local user accounts (officer, reviewer, admin)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from surplus_assets.db.models.base import Base, Tracked


class User(Tracked, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)  # stored folded (lower-case)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))  # chức vụ, for signature blocks
    role: Mapped[str] = mapped_column(String(16))  # officer | reviewer | admin
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
