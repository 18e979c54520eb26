"""Column types that keep values exact and times unambiguous on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, Numeric
from sqlalchemy.types import TypeDecorator, TypeEngine

_HUNDRED = Decimal(100)
_CENTS = Decimal("0.01")


class Decimal2(TypeDecorator[Decimal]):
    """A Decimal with two places (areas in m², loads in tonnes), never a float.

    PostgreSQL stores NUMERIC(14, 2). SQLite has no exact decimal type (SQLAlchemy would pass
    through float), so there it is stored as an integer count of hundredths: exact, and
    ordered and summed correctly in SQL.
    """

    impl = Numeric(14, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(14, 2, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = Decimal(value).quantize(_CENTS)
        if dialect.name == "sqlite":
            return int(value * _HUNDRED)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)) / _HUNDRED).quantize(_CENTS)
        return Decimal(value).quantize(_CENTS)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both databases (SQLite keeps naive text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        if value.tzinfo is not UTC:  # utcnow() values (bulk inserts) need no conversion
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


_V4_KEEP = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)  # all but version, variant
_V4_SET = (4 << 76) | (0x8000 << 48)  # version 4, RFC 4122 variant


def random_uuids(batch: int = 4096) -> Iterator[uuid.UUID]:
    """An endless supply of random (version 4) UUIDs, as uuid.uuid4() makes them, for bulk
    inserts: the random bytes are read from the system `batch` ids at a time instead of one
    call per id (100,000 rows and their audit events take 200,000 ids)."""
    while True:
        raw = os.urandom(16 * batch)
        for start in range(0, 16 * batch, 16):
            number = int.from_bytes(raw[start : start + 16], "big")
            yield uuid.UUID(int=(number & _V4_KEEP) | _V4_SET)
