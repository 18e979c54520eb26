"""The audit trail: append-only, hash-chained events.

Each installation keeps its own chain (origin_id, origin_seq 1, 2, 3...; prev_hash is the hash
of the previous event of the same origin). Events from other laptops arrive by exchange with
their own hashes and extend their origin's chain, so merging never re-hashes anything and
`audit verify` checks every chain on every database.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from surplus_assets.db.models.base import Base


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (
        UniqueConstraint("origin_id", "origin_seq"),
        Index("ix_audit_events_entity", "entity_type", "entity_id"),
    )

    # Local insertion order; SQLite needs INTEGER (not BIGINT) for an auto-increment key.
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    event_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid.uuid4)
    origin_id: Mapped[str] = mapped_column(String(36))
    origin_seq: Mapped[int] = mapped_column(BigInteger)
    occurred_at: Mapped[datetime]
    actor_id: Mapped[uuid.UUID | None]
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))  # create | update | delete | restore | ...
    entity_type: Mapped[str] = mapped_column(String(24))  # asset | proposal | user | setting ...
    entity_id: Mapped[str] = mapped_column(String(64))
    entity_code: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    comment: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
