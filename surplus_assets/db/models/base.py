"""Declarative base and the columns shared by every record that travels between laptops."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Date, Integer, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from surplus_assets.db.types import Decimal2, UTCDateTime, utcnow

# Stable constraint names: Alembic migrations (and SQLite batch mode) need them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def sort_key_column(length: int) -> String:
    """A column holding domain.text.collation_key values: compared byte-wise ("C") on
    PostgreSQL, whose locale collations would ignore the key's marker characters."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        uuid.UUID: Uuid(),
        datetime: UTCDateTime(),
        date: Date(),
        Decimal: Decimal2(),
        int: Integer(),
        dict: JSON(),
        list: JSON(),
    }


Money = BigInteger  # integer VND: 64 bits, never a float


class Tracked:
    """Identity, timestamps, optimistic-concurrency version and soft delete.

    `version` is managed by the services (not by SQLAlchemy's generator) so that exchange
    imports can apply a remote record's version as it is; the ORM still refuses an UPDATE
    whose WHERE version = <read version> matches nothing (StaleDataError).
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    created_by: Mapped[uuid.UUID | None]
    updated_by: Mapped[uuid.UUID | None]
    version: Mapped[int] = mapped_column(default=1)
    deleted_at: Mapped[datetime | None]
    deleted_by: Mapped[uuid.UUID | None]
    # Installation that created the record (exchange packages, audit chains).
    origin_id: Mapped[str | None] = mapped_column(String(36))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (declared_attr takes the class)
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}  # type: ignore[attr-defined]
