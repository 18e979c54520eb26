"""Report register, exchange log and database-wide settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from surplus_assets.db.models.base import Base, Tracked
from surplus_assets.db.types import utcnow


class ReportRecord(Tracked, Base):
    """Every generated, signed or imported report (issue: signed PDF reports)."""

    __tablename__ = "reports"

    number: Mapped[str | None] = mapped_column(String(60))  # "12/BC-STC"
    kind: Mapped[str] = mapped_column(String(16))  # inventory | plan | dossier | progress
    title: Mapped[str] = mapped_column(String(300))
    file_name: Mapped[str | None] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the PDF bytes
    data_sha256: Mapped[str] = mapped_column(String(64))  # of the embedded JSON data
    state: Mapped[str] = mapped_column(String(16))  # generated | signed | countersigned
    signer_name: Mapped[str | None] = mapped_column(String(200))
    signed_at: Mapped[datetime | None]
    pages: Mapped[int | None]
    covered: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ExchangeLog(Base):
    """One exchange package written or read; the 'since last export' marks come from here."""

    __tablename__ = "exchange_log"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(8), primary_key=True)  # export | import
    peer: Mapped[str] = mapped_column(String(200))  # destination name or origin installation
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    range_from: Mapped[datetime | None]
    range_to: Mapped[datetime | None]
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    # Highest local audit row included (export) or added (import): "since the last export to
    # this destination" starts after it, so relayed records travel on too.
    audit_watermark: Mapped[int | None] = mapped_column(BigInteger)
    note: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """Database-wide settings (agency name, document place, installation id...).

    Per-user preferences and window state live in QSettings, not here.
    """

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
