"""Reading the audit trail: history of a record, recent events, and chain verification.

Recording lives in services.audit (AuditRecorder, used inside each service's transaction);
this module is the read side used by the GUI's history panes and `audit verify`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from surplus_assets.db.models import AuditEvent
from surplus_assets.domain.permissions import Permission
from surplus_assets.i18n import _
from surplus_assets.services.audit import count_events, iter_chain_problems
from surplus_assets.services.context import ServiceContext, actor_label


@dataclass(frozen=True)
class AuditEntry:
    row_id: int
    origin_id: str
    origin_seq: int
    occurred_at: datetime
    actor_name: str
    action: str
    entity_type: str
    entity_id: str
    entity_code: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    comment: str | None


@dataclass(frozen=True)
class ChainFinding:
    """The first broken link of one installation's chain, described for a person."""

    origin_id: str
    row_id: int | None
    origin_seq: int
    kind: str  # altered | missing | broken_link
    message: str
    event: AuditEntry | None


@dataclass(frozen=True)
class VerifyReport:
    events_checked: int
    chains: int
    findings: list[ChainFinding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings


def _entry(event: AuditEvent) -> AuditEntry:
    return AuditEntry(
        event.id,
        event.origin_id,
        event.origin_seq,
        event.occurred_at,
        actor_label(event.actor_id, event.actor_name),
        event.action,
        event.entity_type,
        event.entity_id,
        event.entity_code,
        event.before,
        event.after,
        event.comment,
    )


def _describe(kind: str, row_id: int | None, seq: int, event: AuditEntry | None) -> str:
    what = (
        _("{action} {entity} {code} by {actor}").format(
            action=event.action,
            entity=event.entity_type,
            code=event.entity_code or event.entity_id,
            actor=event.actor_name,
        )
        if event
        else ""
    )
    if kind == "altered":
        return _("Audit row {row} (event {seq}: {what}) was changed after it was recorded.").format(
            row=row_id, seq=seq, what=what
        )
    if kind == "missing":
        return _("Audit event {seq} is missing: the chain jumps to row {row} ({what}).").format(
            seq=seq, row=row_id, what=what
        )
    return _(
        "Audit row {row} (event {seq}: {what}) does not follow the event before it: that "
        "one was changed, removed or replaced."
    ).format(row=row_id, seq=seq, what=what)


class AuditService:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def history(self, entity_type: str, entity_id: object) -> list[AuditEntry]:
        """Every event of one record, oldest first (the history pane of an asset or proposal)."""
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            return [
                _entry(e)
                for e in session.scalars(
                    select(AuditEvent)
                    .where(
                        AuditEvent.entity_type == entity_type,
                        AuditEvent.entity_id == str(entity_id),
                    )
                    .order_by(AuditEvent.occurred_at, AuditEvent.id)
                )
            ]

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            return [
                _entry(e)
                for e in session.scalars(
                    select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
                )
            ]

    def verify(self) -> VerifyReport:
        """Check every installation's hash chain; name the first broken event of each."""
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            findings: list[ChainFinding] = []
            for problem in iter_chain_problems(session):
                event = (
                    session.get(AuditEvent, problem.event_row_id)
                    if problem.event_row_id is not None
                    else None
                )
                entry = _entry(event) if event is not None else None
                findings.append(
                    ChainFinding(
                        problem.origin_id,
                        problem.event_row_id,
                        problem.origin_seq,
                        problem.message,
                        _describe(problem.message, problem.event_row_id, problem.origin_seq, entry),
                        entry,
                    )
                )
            chains = len(session.scalars(select(AuditEvent.origin_id).distinct()).all())
            return VerifyReport(count_events(session), chains, findings)
