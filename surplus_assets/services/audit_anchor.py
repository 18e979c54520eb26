"""The audit anchor: the newest event of this installation's chain, kept outside the database.

The hash chains (services.audit) show a changed, missing-in-the-middle or re-linked event, but
a chain whose newest events were deleted is still a valid, shorter chain. So after every
committed transaction that appended this installation's events, the newest (origin_seq, hash)
is written to a small file beside the user's data (like the installation id), named for the
database's id and the installation; verification then finds the anchored event gone or
replaced. See docs/decisions/0006-audit-anchor.md.

- The database id is the `database_id` setting, made in the first transaction that appends
  an event (no migration: settings are key/value rows). A copy of the database keeps it.
- Writing: one small file per committed transaction (temp file + os.replace), never per event,
  and only forward: a process that commits an older event after another wrote a newer one
  leaves the newer anchor. A failed write (read-only folder, full disk) is logged, never
  raised: the transaction is already committed.
- An anchor behind the database (a process killed between commit and file write, other
  processes of the same installation) is not a problem: verification checks the anchored
  event only, and moves the anchor forward when the chain beyond it is intact.
- Restoring a backup sets the anchor to the restored database's own head (reset_anchor).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from surplus_assets.db.database import call_after_commit
from surplus_assets.db.models import AuditEvent, Setting
from surplus_assets.db.types import utcnow
from surplus_assets.paths import data_dir
from surplus_assets.services.context import ServiceContext

log = logging.getLogger(__name__)

DATABASE_ID_KEY = "database_id"
ANCHOR_FOLDER = "audit-anchors"
_TRACKER = "audit_anchor_tracker"
_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")

# What verification found (AnchorCheck.state).
NO_ANCHOR, ANCHOR_PRESENT, ANCHOR_MISSING, ANCHOR_REPLACED = "none", "ok", "missing", "replaced"


@dataclass(frozen=True)
class Anchor:
    """The newest event of one installation's chain in one database, as last recorded."""

    database_id: str
    origin_id: str
    origin_seq: int
    hash: str
    recorded_at: datetime
    location: str  # the database as this installation saw it (file path or server)
    path: Path  # the anchor file


@dataclass(frozen=True)
class AnchorCheck:
    state: str  # none | ok | missing | replaced
    anchor: Anchor | None
    chain_end: int  # the newest origin_seq of this installation in the database, 0 if none
    anchor_file: Path | None  # where the anchor is (or would be) kept


def anchor_folder() -> Path:
    return data_dir() / ANCHOR_FOLDER


def anchor_path(database_id: str, origin_id: str, folder: Path | None = None) -> Path:
    """The anchor file of one installation's chain in one database."""
    return (folder or anchor_folder()) / f"{_file_part(database_id)}.{_file_part(origin_id)}.json"


def _file_part(value: str) -> str:
    if _SAFE_NAME.fullmatch(value):
        return value
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


def database_id(session: Session, *, create: bool = False) -> str | None:
    """The database's id (the `database_id` setting); with `create`, made if missing, in the
    caller's transaction."""
    value = session.scalar(select(Setting.value).where(Setting.key == DATABASE_ID_KEY))
    if value is None and create:
        _insert_database_id(session)
        value = session.scalar(select(Setting.value).where(Setting.key == DATABASE_ID_KEY))
    return str(value) if value is not None else None


def _insert_database_id(session: Session) -> None:
    values = {"key": DATABASE_ID_KEY, "value": str(uuid.uuid4()), "updated_at": utcnow()}
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        # Two laptops appending their first events at once: one id wins, neither fails.
        session.execute(pg_insert(Setting).values(values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(Setting).values(values).on_conflict_do_nothing())


def chain_head(session: Session, origin_id: str) -> tuple[int, str] | None:
    """The newest (origin_seq, hash) of one installation's chain in the database."""
    row = session.execute(
        select(AuditEvent.origin_seq, AuditEvent.hash)
        .where(AuditEvent.origin_id == origin_id)
        .order_by(AuditEvent.origin_seq.desc())
        .limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else None


def read_anchor(database_id: str, origin_id: str, folder: Path | None = None) -> Anchor | None:
    """The recorded anchor, or None when there is none or it cannot be read (a damaged file
    means nothing to compare, never an alarm)."""
    path = anchor_path(database_id, origin_id, folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        anchor = Anchor(
            str(data["database_id"]),
            str(data["origin_id"]),
            int(data["origin_seq"]),
            str(data["hash"]),
            datetime.fromisoformat(str(data["recorded_at"])),
            str(data.get("location", "")),
            path,
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("audit anchor %s unreadable (%s): ignored", path, error)
        return None
    if anchor.database_id != database_id or anchor.origin_id != origin_id:
        return None
    return anchor


def write_anchor(
    database_id: str,
    origin_id: str,
    head: tuple[int, str],
    location: str,
    *,
    forward_only: bool = True,
    folder: Path | None = None,
) -> bool:
    """Record `head` as the newest event of `origin_id` in the database; with forward_only,
    an anchor already at a newer event is kept. Never raises (the data is already committed):
    False when the anchor was not written."""
    try:
        path = anchor_path(database_id, origin_id, folder)
        if forward_only:
            current = read_anchor(database_id, origin_id, folder)
            if current is not None and current.origin_seq >= head[0]:
                return False
        data: dict[str, Any] = {
            "database_id": database_id, "origin_id": origin_id, "origin_seq": head[0],
            "hash": head[1], "recorded_at": datetime.now(UTC).isoformat(), "location": location,
        }  # fmt: skip
        path.parent.mkdir(parents=True, exist_ok=True)
        # A name of its own per process and thread: two writers never share a temp file.
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as error:
        log.warning("audit anchor for %s not written: %s", database_id, error)
        return False
    return True


def remove_anchor(database_id: str, origin_id: str, folder: Path | None = None) -> None:
    try:
        anchor_path(database_id, origin_id, folder).unlink(missing_ok=True)
    except OSError as error:
        log.warning("audit anchor for %s not removed: %s", database_id, error)


@dataclass
class _Tracker:
    """The newest event appended per origin in one write transaction, anchored on commit."""

    database_id: str
    location: str
    heads: dict[str, tuple[int, str]] = field(default_factory=dict)
    broken: set[str] = field(default_factory=set)  # origins whose anchored event is gone

    def committed(self) -> None:
        try:
            for origin, head in self.heads.items():
                if origin not in self.broken:
                    write_anchor(self.database_id, origin, head, self.location)
        except Exception:  # the transaction is committed: a failing anchor must not undo that
            log.exception("audit anchor of %s not written", self.database_id)


def tracker(session: Session, context: ServiceContext) -> _Tracker:
    """The anchor tracker of the caller's write transaction: made by its first appended
    event (which also makes the database id if missing), written once after it commits.
    Callers set `.heads[origin] = (seq, hash)` for the newest event they appended."""
    found: _Tracker | None = session.info.get(_TRACKER)
    if found is None:
        identity = database_id(session, create=True)
        assert identity is not None  # just made
        found = session.info[_TRACKER] = _Tracker(identity, context.db.label)
        call_after_commit(session, found.committed)
        call_after_commit(session, lambda: session.info.pop(_TRACKER, None))
    origin = context.origin_id
    if origin not in found.heads and _anchored_event_gone(session, found.database_id, origin):
        # Keep the evidence: new events past the deleted ones must not move the anchor on.
        found.broken.add(origin)
    return found


def _anchored_event_gone(session: Session, identity: str, origin: str) -> bool:
    """Whether the anchored event is missing or replaced (checked once per transaction and
    origin, before its first event: an indexed lookup)."""
    anchor = read_anchor(identity, origin)
    if anchor is None:
        return False
    return _stored_hash(session, origin, anchor.origin_seq) != anchor.hash


def _stored_hash(session: Session, origin: str, seq: int) -> str | None:
    return session.scalar(
        select(AuditEvent.hash).where(AuditEvent.origin_id == origin, AuditEvent.origin_seq == seq)
    )


def check_anchor(session: Session, context: ServiceContext) -> AnchorCheck:
    """Whether the newest event this installation recorded in the database is still there."""
    origin = context.origin_id
    head = chain_head(session, origin)
    end = head[0] if head else 0
    identity = database_id(session)
    if identity is None:
        return AnchorCheck(NO_ANCHOR, None, end, None)
    anchor = read_anchor(identity, origin)
    if anchor is None:
        return AnchorCheck(NO_ANCHOR, None, end, anchor_path(identity, origin))
    stored = _stored_hash(session, origin, anchor.origin_seq)
    if stored is None:
        return AnchorCheck(ANCHOR_MISSING, anchor, end, anchor.path)
    if stored != anchor.hash:
        return AnchorCheck(ANCHOR_REPLACED, anchor, end, anchor.path)
    return AnchorCheck(ANCHOR_PRESENT, anchor, end, anchor.path)


def advance_anchor(session: Session, context: ServiceContext) -> bool:
    """Move the anchor to the chain's newest event (verification found the chain intact up to
    there: events committed by a process that died before writing the anchor); False when
    the database has no id yet (its next appended event makes one)."""
    identity = database_id(session)
    head = chain_head(session, context.origin_id)
    if identity is None or head is None:
        return False
    return write_anchor(identity, context.origin_id, head, context.db.label)


def reset_anchor(context: ServiceContext) -> None:
    """After a restore: the anchor becomes the restored database's own head (or none), so an
    intended rollback raises no alarm."""
    with context.db.read() as session:
        identity = database_id(session)
        head = chain_head(session, context.origin_id)
    if identity is None:
        return  # an older backup without an id: its next write makes one, with a new anchor
    if head is None:
        remove_anchor(identity, context.origin_id)
    else:
        write_anchor(identity, context.origin_id, head, context.db.label, forward_only=False)
