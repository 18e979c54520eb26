"""Records as exchange packages carry them: plain JSON values, checked on the way back in.

Every travelling table is described once (`ENTITIES`): which columns go into the package and
which are left out (derived search columns, the local audit row id). Values are encoded by
column type (UUIDs, UTC times and dates as ISO text, two-place decimals as strings) and decoded
with the same table, refusing wrong types, overlong text, non-finite numbers and naive times, so
a hand-edited package cannot put into the database what the services would never write.

`content_hash` identifies what a record says, not which version number it carries: the merge
compares these hashes (see docs/decisions/0003-exchange-merge.md).
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    Integer,
    String,
    Table,
    Text,
    Uuid,
)

from surplus_assets.db.models import (
    Asset,
    Attachment,
    AuditEvent,
    Building,
    Proposal,
    ProposalTransition,
    table_of,
)
from surplus_assets.db.types import Decimal2, UTCDateTime
from surplus_assets.domain.text import nfc
from surplus_assets.i18n import _

MAX_TEXT = 100_000
MAX_INT = 2**63 - 1
MAX_DECIMAL = Decimal(10) ** 12


class RecordProblem(ValueError):  # noqa: N818 (a finding, reported as a FieldProblem)
    """One value of one record is not acceptable; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]


def _encode_plain(value: Any) -> Any:
    return value


def _encode_text(value: Any) -> Any:
    return None if value is None else str(value)


def _encode_iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _uuid(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise ValueError
    return uuid.UUID(value)


def _utc(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError
    return parsed


def _date(value: Any) -> date:
    if not isinstance(value, str):
        raise ValueError
    return date.fromisoformat(value)


def _decimal(value: Any) -> Decimal:
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise ValueError
    number = Decimal(value)
    if not number.is_finite() or abs(number) >= MAX_DECIMAL:
        raise ValueError
    return number.quantize(Decimal("0.01"))


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > MAX_INT:
        raise ValueError
    return value


def _float(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ValueError
    return float(value)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


def _json(value: Any) -> Any:
    if not isinstance(value, dict | list):
        raise ValueError
    return value


def _text(limit: int) -> Decoder:
    def decode(value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit:
            raise ValueError
        return nfc(value)

    return decode


@dataclass(frozen=True)
class Field:
    name: str
    nullable: bool
    encode: Encoder
    decode: Decoder


def _field(column: Column[Any]) -> Field:
    kind = column.type
    nullable = bool(column.nullable)
    if isinstance(kind, Uuid):
        return Field(column.name, nullable, _encode_text, _uuid)
    if isinstance(kind, UTCDateTime):
        return Field(column.name, nullable, _encode_iso, _utc)
    if isinstance(kind, Date):
        return Field(column.name, nullable, _encode_iso, _date)
    if isinstance(kind, Decimal2):
        return Field(column.name, nullable, _encode_text, _decimal)
    if isinstance(kind, Boolean):
        return Field(column.name, nullable, _encode_plain, _bool)
    if isinstance(kind, Integer | BigInteger):
        return Field(column.name, nullable, _encode_plain, _int)
    if isinstance(kind, Float):
        return Field(column.name, nullable, _encode_plain, _float)
    if isinstance(kind, JSON):
        return Field(column.name, nullable, _encode_plain, _json)
    if isinstance(kind, String) and not isinstance(kind, Text):
        return Field(column.name, nullable, _encode_plain, _text(kind.length or MAX_TEXT))
    if isinstance(kind, Text):
        return Field(column.name, nullable, _encode_plain, _text(MAX_TEXT))
    raise TypeError(f"no exchange codec for {column.name}: {kind!r}")  # a programming error


@dataclass(frozen=True)
class Shape:
    """The columns of one table that travel, with their codecs."""

    table: Table
    fields: tuple[Field, ...]

    @classmethod
    def of(cls, table: Table, leave_out: tuple[str, ...] = ()) -> Shape:
        return cls(table, tuple(_field(c) for c in table.columns if c.name not in leave_out))

    def encode(self, row: Mapping[Any, Any]) -> dict[str, Any]:
        return {f.name: f.encode(row[f.name]) for f in self.fields}

    def decode(self, record: Mapping[str, Any], where: str) -> dict[str, Any]:
        """Typed values for the database; RecordProblem names the first bad field."""
        if not isinstance(record, Mapping):
            raise RecordProblem(where, _("A record is not a JSON object."))
        values: dict[str, Any] = {}
        for f in self.fields:
            raw = record.get(f.name)
            if raw is None:
                if not f.nullable:
                    raise RecordProblem(f.name, _("A required value is missing."))
                values[f.name] = None
                continue
            try:
                values[f.name] = f.decode(raw)
            except (ValueError, TypeError, InvalidOperation) as error:
                raise RecordProblem(
                    f.name, _("The value {value} has the wrong type or size.").format(
                        value=json.dumps(raw, ensure_ascii=False)[:80])
                ) from error  # fmt: skip
        return values


ASSET = Shape.of(table_of(Asset), ("search_text", "name_sort"))
BUILDING = Shape.of(table_of(Building), ("id", "asset_id"))
PROPOSAL = Shape.of(table_of(Proposal))
TRANSITION = Shape.of(table_of(ProposalTransition), ("proposal_id",))
ATTACHMENT = Shape.of(table_of(Attachment))
AUDIT_EVENT = Shape.of(table_of(AuditEvent), ("id",))

# What a record says, without the bookkeeping that differs between two equal edits, and
# without the responsible officer (an account id of one laptop, dropped where unknown).
NOT_CONTENT = frozenset({"version", "updated_at", "updated_by", "responsible_officer_id"})


def content_hash(record: Mapping[str, Any]) -> str:
    """SHA-256 of an encoded record's content (children included, bookkeeping left out)."""
    content = {k: v for k, v in record.items() if k not in NOT_CONTENT and k != "lineage"}
    payload = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
