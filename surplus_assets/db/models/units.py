"""Administrative units of every era, and the reorganisations that connect them.

A reorganisation (the 1 July 2025 merger, and any later one) is a MergerEvent: the units it
abolished point to it, and UnitSuccession rows say which new unit(s) received each abolished
one. A divided commune has several successors, one of them the default. A future
reorganisation is new data loaded by tools/build_units.py, not new code.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from surplus_assets.db.models.base import Base, sort_key_column


class MergerEvent(Base):
    __tablename__ = "merger_events"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    effective_date: Mapped[date]
    name: Mapped[str] = mapped_column(String(200))
    legal_basis: Mapped[str] = mapped_column(String(500))


class AdminUnit(Base):
    """A province, a (legacy) district or a commune/ward/special zone of one era.

    `id` is "<era>:<level letter><official code>" (e.g. "2025:C00004", "pre2025:C00001"),
    because official codes are reused across eras.
    """

    __tablename__ = "admin_units"
    __table_args__ = (
        UniqueConstraint("era", "level", "code"),
        Index("ix_admin_units_level_era", "level", "era"),
    )

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    era: Mapped[str] = mapped_column(String(10))
    level: Mapped[str] = mapped_column(String(10))  # province | district | commune
    code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(120))  # "Phường Hồng Hà"
    short_name: Mapped[str] = mapped_column(String(100))  # "Hồng Hà"
    unit_type: Mapped[str] = mapped_column(String(30))  # Phường, Xã, Đặc khu, Tỉnh, Quận...
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    province_id: Mapped[str | None] = mapped_column(String(24), index=True)
    name_folded: Mapped[str] = mapped_column(String(120), index=True)
    name_sort: Mapped[str] = mapped_column(sort_key_column(600))
    abolished_by: Mapped[str | None] = mapped_column(ForeignKey("merger_events.id"))


class UnitSuccession(Base):
    __tablename__ = "unit_successions"

    event_id: Mapped[str] = mapped_column(ForeignKey("merger_events.id"), primary_key=True)
    from_unit_id: Mapped[str] = mapped_column(ForeignKey("admin_units.id"), primary_key=True)
    to_unit_id: Mapped[str] = mapped_column(
        ForeignKey("admin_units.id"), primary_key=True, index=True
    )
    is_default: Mapped[bool] = mapped_column(Boolean, default=True)
