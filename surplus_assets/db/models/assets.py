"""The surplus asset register (DOMAIN.md section 3).

One table for the four kinds (headquarters / house-and-land facility, official housing, car,
equipment): the common attributes plus nullable kind-specific ones. Which of those a kind
requires is a domain rule (domain/asset_kinds.py), not a table per kind, so that the list,
filters, sorting and reports work on one indexed table at province scale.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import BigInteger, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from surplus_assets.db.models.base import Base, Tracked, sort_key_column

# What the dashboard and units-page figures read (services.statistics), in their grouping
# order: an index holding them all spares a scan of the wide table (migration 0003).
FIGURE_COLUMNS = (
    "deleted_at", "kind", "status", "handling_form", "current_unit_id", "legacy_unit_id",
    "province_id", "cost_budget", "cost_other", "remaining_value", "land_area",
)  # fmt: skip


# The list's filters (services.asset_search), held by its sort index after the sort key.
SORT_FILTER_COLUMNS = (
    "kind", "status", "handling_form", "current_unit_id", "legacy_unit_id", "province_id",
)  # fmt: skip


class Asset(Tracked, Base):
    __tablename__ = "assets"
    __table_args__ = (
        # code breaks ties between equal names, so the list's ORDER BY name_sort, code is
        # served by the index alone (many assets share a name, e.g. equipment models); the
        # list's filter columns follow, so a filtered list walks the index without reading
        # the table (migration 0006).
        Index("ix_assets_live_sort", "deleted_at", "name_sort", "code", *SORT_FILTER_COLUMNS),
        Index("ix_assets_live_kind", "deleted_at", "kind"),
        Index("ix_assets_live_status", "deleted_at", "status"),
        # Covers the dashboard and units-page figures (services.statistics): see migration 0003.
        Index("ix_assets_live_figures", *FIGURE_COLUMNS),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(12))  # domain.asset_kinds.AssetKind
    legacy_unit_id: Mapped[str | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    current_unit_id: Mapped[str] = mapped_column(ForeignKey("admin_units.id"), index=True)
    province_id: Mapped[str] = mapped_column(ForeignKey("admin_units.id"), index=True)
    custodian: Mapped[str | None] = mapped_column(String(300))  # holding agency, if not the unit
    address: Mapped[str | None] = mapped_column(String(500))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    year_in_use: Mapped[int | None]
    cost_budget: Mapped[int] = mapped_column(BigInteger, default=0)  # nguyên giá: ngân sách
    cost_other: Mapped[int] = mapped_column(BigInteger, default=0)  # nguyên giá: nguồn khác
    remaining_value: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(16), default="surplus")
    handling_form: Mapped[str | None] = mapped_column(String(32), index=True)
    current_use: Mapped[str | None] = mapped_column(String(300))
    condition: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)

    # House and land (headquarters, official housing)
    land_area: Mapped[Decimal | None]
    land_certificate: Mapped[str | None] = mapped_column(String(200))
    land_use_office: Mapped[Decimal | None]
    land_use_public_service: Mapped[Decimal | None]
    land_use_housing: Mapped[Decimal | None]
    land_use_leased: Mapped[Decimal | None]
    land_use_vacant: Mapped[Decimal | None]
    land_use_encroached: Mapped[Decimal | None]
    land_use_other: Mapped[Decimal | None]

    # Car (form 04b-ĐK/TSC)
    car_brand: Mapped[str | None] = mapped_column(String(100))
    licence_plate: Mapped[str | None] = mapped_column(String(20), index=True)
    seats: Mapped[int | None]
    load_tonnes: Mapped[Decimal | None]
    origin_country: Mapped[str | None] = mapped_column(String(60))
    manufacture_year: Mapped[int | None]
    engine_capacity_cc: Mapped[int | None]
    user_title: Mapped[str | None] = mapped_column(String(200))  # chức danh sử dụng xe

    # Other assets / equipment
    category: Mapped[str | None] = mapped_column(String(120))
    quantity: Mapped[int | None]
    count_unit: Mapped[str | None] = mapped_column(String(30))
    serial_number: Mapped[str | None] = mapped_column(String(100))
    purchase_year: Mapped[int | None]

    # Search and sort helpers, maintained by the catalogue service.
    search_text: Mapped[str] = mapped_column(Text, default="")
    name_sort: Mapped[str] = mapped_column(sort_key_column(1200), default="")

    buildings: Mapped[list[Building]] = relationship(
        back_populates="asset",
        cascade="all, delete-orphan",
        order_by="Building.position",
        lazy="selectin",
    )


class Building(Base):
    """A building on a house-and-land facility (form 04a-ĐK/TSC, part II)."""

    __tablename__ = "buildings"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    asset_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assets.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    grade: Mapped[str | None] = mapped_column(String(30))  # cấp hạng
    year_built: Mapped[int | None]
    floors: Mapped[int | None]
    construction_area: Mapped[Decimal | None]
    floor_area: Mapped[Decimal | None]
    floor_use_office: Mapped[Decimal | None]
    floor_use_public_service: Mapped[Decimal | None]
    floor_use_housing: Mapped[Decimal | None]
    floor_use_leased: Mapped[Decimal | None]
    floor_use_vacant: Mapped[Decimal | None]
    floor_use_other: Mapped[Decimal | None]

    asset: Mapped[Asset] = relationship(back_populates="buildings")


class Attachment(Tracked, Base):
    """A photo or scanned document; the bytes live in the content-addressed store by SHA-256."""

    __tablename__ = "attachments"

    asset_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assets.id"), index=True)
    proposal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("proposals.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    category: Mapped[str] = mapped_column(String(24))  # photo | land_certificate | decision | other
    caption: Mapped[str | None] = mapped_column(String(300))
