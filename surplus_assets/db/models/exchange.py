"""Merge state of exchange packages: which versions of a record travelled, and open conflicts.

`exchange_lineage` holds, for every record that has travelled, the content hash of each of its
versions this database has sent or received. A package carries that set with each record, so
an importer can tell "the incoming record was derived from what I have" (fast-forward), "what I
have was derived from the incoming one" (keep mine) and "both moved on separately" (conflict);
see docs/decisions/0003-exchange-merge.md.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from surplus_assets.db.models.base import Base
from surplus_assets.db.types import utcnow


class ExchangeLineage(Base):
    __tablename__ = "exchange_lineage"

    entity_type: Mapped[str] = mapped_column(String(24), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)


class ExchangeConflict(Base):
    """A record changed on both sides; the incoming version waits here until someone chooses."""

    __tablename__ = "exchange_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    package_id: Mapped[str] = mapped_column(String(36))
    peer_origin: Mapped[str] = mapped_column(String(36))
    entity_type: Mapped[str] = mapped_column(String(24))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    entity_code: Mapped[str | None] = mapped_column(String(64))
    local_version: Mapped[int]
    local_hash: Mapped[str] = mapped_column(String(64))
    incoming_version: Mapped[int]
    incoming_hash: Mapped[str] = mapped_column(String(64))
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)  # the record as the package held it
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(index=True)
    resolution: Mapped[str | None] = mapped_column(String(16))  # local | incoming
    resolved_by: Mapped[str | None] = mapped_column(String(200))
