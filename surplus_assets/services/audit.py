"""The audit trail: record changes in the caller's transaction; verify the hash chains.

An event's hash covers every field of the event and the previous event's hash of the same
origin (installation), so editing, deleting or reordering any event breaks its chain from
that point; `verify()` names the first broken event of each chain.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from itertools import chain
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from surplus_assets.db.models import AuditEvent
from surplus_assets.db.types import random_uuids, utcnow
from surplus_assets.services.audit_anchor import chain_head, tracker
from surplus_assets.services.context import ServiceContext

GENESIS = "0" * 64


# Types stored as they are; checked by exact type first because imports convert 100,000
# records of some thirty fields each.
PLAIN_JSON_TYPES = frozenset({str, int, float, bool, type(None)})


def json_ready(value: Any) -> Any:
    """A value as it is stored in audit JSON: exact decimals and ids as strings."""
    kind = type(value)
    if kind in PLAIN_JSON_TYPES:
        return value
    if kind is dict:
        plain = PLAIN_JSON_TYPES
        return {
            k if type(k) is str else str(k): v if type(v) in plain else json_ready(v)
            for k, v in value.items()
        }
    if kind is Decimal:
        return format(value, "f")
    if isinstance(value, str | int | float):  # choice enums and the like: stored as they are
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_ready(v) for v in value]
    return value


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_json(value: Any) -> str:
    return _CANONICAL.encode(json_ready(value))


def event_hash(fields: Mapping[str, Any], prev_hash: str) -> str:
    payload = canonical_json({**fields, "prev_hash": prev_hash})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


HASHED_FIELDS = (
    "event_id", "origin_id", "origin_seq", "occurred_at", "actor_id", "actor_name", "action",
    "entity_type", "entity_id", "entity_code", "before", "after", "comment",
)  # fmt: skip


def hashed_fields(event: AuditEvent) -> dict[str, Any]:
    return {name: getattr(event, name) for name in HASHED_FIELDS}


def changed_fields(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The before/after values of only the fields that differ."""
    keys = [k for k in after if json_ready(before.get(k)) != json_ready(after.get(k))]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def next_link(session: Session, origin: str) -> tuple[int, str]:
    """The seq and previous hash of the next event of `origin`'s chain. On PostgreSQL the
    chain is locked first until the transaction ends: appends of one origin from sessions
    sharing the server are serialised."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:origin))"), {"origin": origin})
    last = chain_head(session, origin)
    return (last[0] + 1, last[1]) if last else (1, GENESIS)


class AuditRecorder:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def record(
        self,
        session: Session,
        *,
        action: str,
        entity_type: str,
        entity_id: object,
        entity_code: str | None = None,
        before: Mapping[str, Any] | None = None,
        after: Mapping[str, Any] | None = None,
        comment: str | None = None,
    ) -> AuditEvent:
        """Append one event to this installation's chain, inside the caller's transaction."""
        origin = self.context.origin_id
        seq, prev_hash = next_link(session, origin)
        actor = self.context.actor
        event = AuditEvent(
            event_id=uuid.uuid4(),
            origin_id=origin,
            origin_seq=seq,
            occurred_at=utcnow(),
            actor_id=actor.user_id,
            actor_name=actor.name,
            action=action,
            entity_type=entity_type,
            entity_id=str(entity_id),
            entity_code=entity_code,
            before=json_ready(before) if before is not None else None,
            after=json_ready(after) if after is not None else None,
            comment=comment,
            prev_hash=prev_hash,
        )
        event.hash = event_hash(hashed_fields(event), prev_hash)
        session.add(event)
        session.flush()
        tracker(session, self.context).heads[origin] = (seq, event.hash)  # anchored on commit
        return event


@dataclass(frozen=True)
class ChainProblem:
    origin_id: str
    event_row_id: int | None
    origin_seq: int
    message: str


def iter_chain_problems(session: Session) -> Iterator[ChainProblem]:
    """Every chain's first broken link: a changed event, a gap, or a wrong predecessor."""
    origins = session.scalars(select(AuditEvent.origin_id).distinct()).all()
    for origin in origins:
        rows = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.origin_id == origin)
            .order_by(AuditEvent.origin_seq)
            .execution_options(yield_per=2000)
        )
        # Close the streaming (server-side on PostgreSQL) cursor even when stopping early.
        with closing(rows):
            problem = _first_problem(origin, rows)
        if problem is not None:
            yield problem


def _first_problem(origin: str, events: Iterable[AuditEvent]) -> ChainProblem | None:
    expected_seq, prev_hash = 1, GENESIS
    for event in events:
        if event.origin_seq != expected_seq:
            return ChainProblem(origin, event.id, expected_seq, "missing")
        if event.prev_hash != prev_hash:
            return ChainProblem(origin, event.id, event.origin_seq, "broken_link")
        if event_hash(hashed_fields(event), event.prev_hash) != event.hash:
            return ChainProblem(origin, event.id, event.origin_seq, "altered")
        expected_seq, prev_hash = expected_seq + 1, event.hash
    return None


def count_events(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def append_events(
    session: Session,
    context: ServiceContext,
    events: Iterable[dict[str, Any]],
    *,
    values_ready: bool = False,
) -> None:
    """Append many events to this installation's chain at once (bulk imports).

    Each dict gives action, entity_type, entity_id, entity_code, before, after and comment;
    the chain fields are filled here exactly as AuditRecorder.record fills them, so `audit
    verify` cannot tell the two apart, and the rows go in with executemany. `events` may be a
    generator: it is read as the rows are written, a batch at a time (see insert_many).
    `values_ready`: the caller built before and after with JSON-ready values already (see
    json_ready), so they are not walked again.
    """
    iterator = iter(events)
    first = next(iterator, None)
    if first is None:
        return
    rows = event_rows(session, context, chain([first], iterator), values_ready=values_ready)
    insert_event_rows(session, rows)


def event_rows(
    session: Session,
    context: ServiceContext,
    events: Iterable[dict[str, Any]],
    *,
    values_ready: bool = False,
) -> Iterator[tuple[Any, ...]]:
    """The audit_events rows of `events` (see append_events), chained after this
    installation's last event, which is looked up now in the caller's transaction; the rows
    are made as they are read, for a bulk writer that makes some ahead (see bulk_commit)."""
    origin = context.origin_id
    seq, prev_hash = next_link(session, origin)
    heads = tracker(session, context).heads
    return _chained_rows(events, context, seq, prev_hash, values_ready, heads)


def insert_event_rows(session: Session, rows: Iterable[tuple[Any, ...]]) -> None:
    """Write rows made by event_rows (executemany, a batch at a time)."""
    from surplus_assets.db.bulk_insert import insert_many
    from surplus_assets.db.models import table_of

    insert_many(session, table_of(AuditEvent), rows, _EVENT_COLUMNS)


_EVENT_COLUMNS = (
    "event_id", "origin_id", "origin_seq", "occurred_at", "actor_id", "actor_name", "action",
    "entity_type", "entity_id", "entity_code", "before", "after", "comment", "prev_hash", "hash",
)  # fmt: skip


def _chained_rows(
    events: Iterable[dict[str, Any]],
    context: ServiceContext,
    seq: int,
    prev_hash: str,
    values_ready: bool,
    heads: dict[str, tuple[int, str]],
) -> Iterator[tuple[Any, ...]]:
    """The audit_events rows of `events` (in the order of _EVENT_COLUMNS), linked from
    (seq, prev_hash) on; once all are made, the last one goes into `heads` (the anchor of the
    transaction: a generator left unfinished leaves it behind, never ahead)."""
    origin = context.origin_id
    actor = context.actor
    now = utcnow()
    first_seq = seq
    # The hashed text is canonical_json() of the event, built from the parts already made
    # JSON-ready so that no value is walked twice; only the varying fields change per event.
    ready = {
        "origin_id": origin, "occurred_at": json_ready(now), "actor_id": json_ready(actor.user_id),
        "actor_name": actor.name,
    }  # fmt: skip
    encode = _CANONICAL.encode
    sha256 = hashlib.sha256
    actor_id, actor_name = actor.user_id, actor.name
    for event, event_id in zip(events, random_uuids(), strict=False):
        before, after = event.get("before"), event.get("after")
        if not values_ready:
            before = json_ready(before) if before is not None else None
            after = json_ready(after) if after is not None else None
        action, entity_type = event["action"], event["entity_type"]
        entity_id, entity_code = str(event["entity_id"]), event.get("entity_code")
        comment = event.get("comment")
        ready["event_id"], ready["origin_seq"], ready["prev_hash"] = str(event_id), seq, prev_hash
        ready["action"], ready["entity_type"], ready["entity_id"] = action, entity_type, entity_id
        ready["entity_code"], ready["before"], ready["after"] = entity_code, before, after
        ready["comment"] = comment
        digest = sha256(encode(ready).encode("utf-8")).hexdigest()
        yield (
            event_id, origin, seq, now, actor_id, actor_name, action, entity_type, entity_id,
            entity_code, before, after, comment, prev_hash, digest,
        )  # fmt: skip
        prev_hash = digest
        seq += 1
    if seq > first_seq:
        heads[origin] = (seq - 1, prev_hash)
