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
from surplus_assets.domain.deadlines import VIETNAM_TZ
from surplus_assets.domain.numbers import format_money
from surplus_assets.domain.permissions import Permission
from surplus_assets.i18n import _
from surplus_assets.services.audit import count_events, iter_chain_problems
from surplus_assets.services.audit_anchor import (
    ANCHOR_MISSING,
    ANCHOR_PRESENT,
    ANCHOR_REPLACED,
    AnchorCheck,
    advance_anchor,
    check_anchor,
    reset_anchor,
)
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
    kind: str  # altered | missing | broken_link | newest_missing | newest_replaced
    message: str
    event: AuditEntry | None
    action: str = ""  # what to do, when it differs from the general advice


@dataclass(frozen=True)
class VerifyReport:
    events_checked: int
    chains: int
    findings: list[ChainFinding] = field(default_factory=list)
    anchor: AnchorCheck | None = None  # this computer's record of the end of its chain
    anchor_note: str = ""  # what that comparison found, for a person

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
            anchor = check_anchor(session, self.context)
            own_chain_intact = all(f.origin_id != self.context.origin_id for f in findings)
            advanced = False
            if anchor.state in (ANCHOR_MISSING, ANCHOR_REPLACED):
                findings.append(_anchor_finding(anchor))
            elif own_chain_intact and anchor.chain_end > _anchored_seq(anchor):
                # Events committed by a process that stopped before writing the anchor, or
                # the first check of an older database: intact, so the anchor moves there.
                advanced = advance_anchor(session, self.context)
            note = _anchor_note(anchor, advanced)
            return VerifyReport(count_events(session), chains, findings, anchor, note)

    def accept_current_end(self) -> int:
        """Take this installation's chain as it is now as its reference (after a database was
        restored by hand: pg_restore on the server, an older copy put in place), recorded in
        the trail; returns the event now anchored (0 if this computer has none here)."""
        self.context.require(Permission.MAINTAIN)
        with self.context.db.read() as session:
            before = check_anchor(session, self.context)
        reset_anchor(self.context)  # first: the event below must not count as tampering
        if before.anchor is None or before.state not in (ANCHOR_MISSING, ANCHOR_REPLACED):
            return before.chain_end
        from surplus_assets.services.audit import AuditRecorder

        with self.context.db.write() as session:
            event = AuditRecorder(self.context).record(
                session, action="accept_audit_end", entity_type="database",
                entity_id="database",
                before={"recorded_event": before.anchor.origin_seq},
                after={"chain_end": before.chain_end},
            )  # fmt: skip
            return event.origin_seq


def _anchored_seq(anchor: AnchorCheck) -> int:
    return anchor.anchor.origin_seq if anchor.anchor is not None else 0


def _number(value: int) -> str:
    return format_money(value, symbol=False)


def _anchor_finding(check: AnchorCheck) -> ChainFinding:
    """The newest events this computer recorded are gone or replaced (see audit_anchor)."""
    anchor = check.anchor
    assert anchor is not None
    values = {
        "end": _number(check.chain_end),
        "recorded": _number(anchor.origin_seq),
        "when": f"{anchor.recorded_at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}",
        "location": anchor.location,
        "file": anchor.path,
    }
    if check.state == ANCHOR_REPLACED:
        kind = "newest_replaced"
        message = _(
            "Audit event {recorded} of this computer is not the one it recorded on {when} in "
            "{location}: the newest events were deleted and others written in their place, "
            "or an older copy of the database was put in its place."
        )
    elif check.chain_end == 0:
        kind = "newest_missing"
        message = _(
            "The audit events of this computer are missing: the database holds none of them, "
            "but this computer recorded up to event {recorded} (on {when} in {location})."
        )
    else:
        kind = "newest_missing"
        message = _(
            "The newest audit events of this computer are missing: its chain ends at event "
            "{end} but this computer recorded up to event {recorded} (on {when} in "
            "{location})."
        )
    action = _(
        "Find out who changed the database and restore the newest backup. If the database "
        "was restored by hand on purpose (an older copy, pg_restore), accept it with "
        '"surplus-assets-cli audit accept-end" or delete the file {file}.'
    )
    return ChainFinding(
        anchor.origin_id,
        None,
        anchor.origin_seq,
        kind,
        message.format(**values),
        None,
        action.format(**values),
    )


def _anchor_note(check: AnchorCheck, advanced: bool) -> str:
    """What the comparison with this computer's record found, also when nothing is wrong."""
    if check.state in (ANCHOR_MISSING, ANCHOR_REPLACED):
        return ""  # said by the finding
    if check.state == ANCHOR_PRESENT and check.anchor is not None:
        note = _(
            "The newest audit event this computer recorded in this database (event {seq}) "
            "is present."
        ).format(seq=_number(check.anchor.origin_seq))
    else:
        note = _(
            "This computer holds no record of the end of its audit chain in this database (a "
            "new database, a copy from another computer, or the record was deleted): whether "
            "its newest events were removed could not be checked."
        )
    if advanced:
        note += " " + _("From now on this computer checks up to event {seq}.").format(
            seq=_number(check.chain_end)
        )
    return note
