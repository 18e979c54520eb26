"""Handling proposals: create, edit, move through the workflow, list and read.

Every change checks the caller's permission (domain.permissions) and the proposal's version,
validates everything at once (services.proposal_input, which applies the handling-form
table), and in the same transaction keeps each covered asset's denormalised `status` and
`handling_form` right (services.proposal_assets), bumping the asset's version and auditing
both the proposal and the assets. An asset is in at most one open proposal. What the service
returns is built by services.proposal_records.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from surplus_assets.db.models import (
    Asset,
    AuditEvent,
    Proposal,
    ProposalAsset,
    ProposalTransition,
    User,
)
from surplus_assets.db.types import utcnow
from surplus_assets.domain.deadlines import today_in_vietnam, vietnam_date
from surplus_assets.domain.permissions import Permission
from surplus_assets.domain.proposal_workflow import (
    COMMENT_REQUIRED,
    EDITABLE_STATES,
    OPEN_STATES,
    ProposalAction,
    ProposalState,
    action_label,
    actions_for_role,
    state_label,
    transition_for,
)
from surplus_assets.domain.text import nfc
from surplus_assets.errors import ConcurrencyError, ProblemList, ServiceError
from surplus_assets.i18n import _
from surplus_assets.services.audit import AuditRecorder, changed_fields
from surplus_assets.services.catalogue import HistoryEntry
from surplus_assets.services.context import Actor, ServiceContext
from surplus_assets.services.proposal_assets import (
    asset_facts,
    assets_free_to_join,
    flush_or_conflict,
    refuse_deleted_assets,
    sync_asset_status,
)
from surplus_assets.services.proposal_input import (
    check_against_assets,
    check_decision,
    check_form_fields,
    clean_proposal,
)
from surplus_assets.services.proposal_records import (
    STORED_FIELDS,
    asset_summaries,
    assets_of,
    build_record,
    build_row,
    default_title,
    load_proposal,
    matching_proposals,
    next_proposal_code,
    snapshot,
    stored_values,
    workflow_snapshot,
)
from surplus_assets.services.proposal_views import ProposalQuery, ProposalRecord, ProposalRow
from surplus_assets.services.units import UnitRegistry


class ProposalService:
    def __init__(self, context: ServiceContext, units: UnitRegistry) -> None:
        self.context = context
        self.units = units
        self.audit = AuditRecorder(context)

    # ---- reading -------------------------------------------------------------------------

    def get(self, key: uuid.UUID | str, *, today: date | None = None) -> ProposalRecord:
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            return build_record(session, load_proposal(session, key), today)

    def allowed_transitions(
        self, proposal: ProposalRecord, actor: Actor | None = None
    ) -> list[ProposalAction]:
        """The workflow actions `actor` (default: the caller) may take on `proposal` now."""
        return actions_for_role(proposal.state, (actor or self.context.actor).role)

    def can_edit(self, proposal: ProposalRecord, actor: Actor | None = None) -> bool:
        return proposal.state in EDITABLE_STATES and (actor or self.context.actor).may(
            Permission.EDIT_PROPOSALS
        )

    def list_rows(self, query: ProposalQuery | None = None) -> list[ProposalRow]:
        """Matching proposals, most recently changed first, each with its deadline."""
        self.context.require(Permission.VIEW)
        query = query or ProposalQuery()
        today = query.today or today_in_vietnam()
        rows: list[ProposalRow] = []
        with self.context.db.read() as session:
            proposals = matching_proposals(session, query)
            summaries = asset_summaries(session, [p.id for p in proposals])
            officers = {uid: name for uid, name in session.execute(select(User.id, User.username))}
            for p in proposals:
                row = build_row(p, summaries.get(p.id, (frozenset(), 0, 0)), officers, today)
                if row.overdue or not query.overdue_only:
                    rows.append(row)
        return rows

    def count_by_state(self) -> dict[str, int]:
        """How many proposals are in each state (dashboard)."""
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            rows = session.execute(select(Proposal.state, func.count()).group_by(Proposal.state))
            return {state: int(count) for state, count in rows}

    def overdue_count(self, today: date | None = None) -> int:
        open_states = tuple(OPEN_STATES)
        return len(
            self.list_rows(ProposalQuery(states=open_states, overdue_only=True, today=today))
        )

    def history(self, proposal_id: uuid.UUID) -> list[HistoryEntry]:
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            events = session.scalars(
                select(AuditEvent)
                .where(
                    AuditEvent.entity_type == "proposal", AuditEvent.entity_id == str(proposal_id)
                )
                .order_by(AuditEvent.occurred_at, AuditEvent.id)
            )
            return [
                HistoryEntry(e.occurred_at, e.actor_name, e.action, e.before, e.after, e.comment)
                for e in events
            ]

    # ---- changing ------------------------------------------------------------------------

    def create(self, raw: Mapping[str, object]) -> ProposalRecord:
        """A new draft proposal covering raw["assets"] (codes or ids) with the given fields."""
        self.context.require(Permission.EDIT_PROPOSALS)
        problems = ProblemList()
        values = clean_proposal(raw, None, problems)
        with self.context.db.write() as session:
            assets = assets_free_to_join(session, raw.get("assets"), None, problems)
            values["responsible_officer_id"] = self._officer(session, values, problems)
            self._check(values, assets, problems)
            problems.raise_if_any()
            now, actor = utcnow(), self.context.actor
            proposal = Proposal(
                id=uuid.uuid4(),
                code=next_proposal_code(session, self.context.origin_id),
                state=ProposalState.DRAFT,
                created_at=now,
                updated_at=now,
                created_by=actor.user_id,
                updated_by=actor.user_id,
                version=1,
                origin_id=self.context.origin_id,
                province_id=assets[0].province_id if assets else None,
            )
            self._apply(proposal, values, assets)
            session.add(proposal)
            session.flush()
            self.audit.record(
                session,
                action="create",
                entity_type="proposal",
                entity_id=proposal.id,
                entity_code=proposal.code,
                after=snapshot(proposal, assets),
            )
            sync_asset_status(session, self.audit, proposal, assets, ProposalState.DRAFT)
            return build_record(session, proposal, None)

    def update(
        self, key: uuid.UUID | str, changes: Mapping[str, object], *, expected_version: int
    ) -> ProposalRecord:
        """Edit a draft; `changes` may replace its assets ("assets": codes or ids)."""
        self.context.require(Permission.EDIT_PROPOSALS)
        problems = ProblemList()
        with self.context.db.write() as session:
            proposal = load_proposal(session, key)
            self._check_version(proposal, expected_version)
            if proposal.state not in EDITABLE_STATES:
                raise ServiceError(
                    _("{code} is {state}: only a draft can be edited.").format(
                        code=proposal.code, state=state_label(proposal.state).lower()
                    )
                )
            current = assets_of(session, proposal)
            before = snapshot(proposal, current)
            existing = stored_values(proposal)
            values = clean_proposal(changes, existing, problems)
            assets = (
                assets_free_to_join(session, changes["assets"], proposal.id, problems)
                if "assets" in changes
                else current
            )
            if "responsible_officer" in changes:
                values["responsible_officer_id"] = self._officer(session, values, problems)
            self._check(values, assets, problems)
            problems.raise_if_any()
            self._apply(proposal, values, assets)
            proposal.province_id = assets[0].province_id
            old, new = changed_fields(before, snapshot(proposal, assets))
            if not new:
                return build_record(session, proposal, None)
            self._touch(proposal)
            session.flush()
            self.audit.record(
                session,
                action="update",
                entity_type="proposal",
                entity_id=proposal.id,
                entity_code=proposal.code,
                before=old,
                after=new,
            )
            removed = [a for a in current if a.id not in {b.id for b in assets}]
            sync_asset_status(session, self.audit, proposal, removed, ProposalState.CANCELLED)
            sync_asset_status(session, self.audit, proposal, assets, ProposalState.DRAFT)
            return build_record(session, proposal, None)

    def transition(
        self,
        key: uuid.UUID | str,
        action: str,
        *,
        expected_version: int,
        comment: str | None = None,
        decision: Mapping[str, object] | None = None,
    ) -> ProposalRecord:
        """Move a proposal along the workflow; approval needs `decision` with its number,
        date (default today) and signer: {"number": ..., "date": ..., "signer": ...}."""
        with self.context.db.write() as session:
            proposal = load_proposal(session, key)
            step = transition_for(proposal.state, action)
            if step is None:
                raise ServiceError(
                    _('{code} is {state}: "{action}" is not possible from there.').format(
                        code=proposal.code,
                        action=_action_name(action),
                        state=state_label(proposal.state).lower(),
                    )
                )
            self.context.require(step.permission)
            self._check_version(proposal, expected_version)
            problems = ProblemList()
            text = nfc(comment).strip() if comment else None
            if step.action in COMMENT_REQUIRED and not text:
                problems.add(
                    "comment",
                    _("Say why you {action}: the comment is required.").format(
                        action=action_label(step.action)
                    ),
                )
            assets = assets_of(session, proposal)
            now, today = utcnow(), today_in_vietnam()
            if step.action == ProposalAction.SUBMIT:
                self._check(stored_values(proposal), assets, problems)
                refuse_deleted_assets(assets, proposal, problems)
            if step.action == ProposalAction.APPROVE:
                given = decision or {}
                number, decided_on, signer = check_decision(
                    given.get("number"),
                    given.get("date"),
                    given.get("signer"),
                    today=today,
                    problems=problems,
                )
                if proposal.submitted_at and decided_on < vietnam_date(proposal.submitted_at):
                    problems.add(
                        "decision_date",
                        _("The decision date is before the proposal was submitted."),
                        decided_on,
                    )
            problems.raise_if_any()
            before = workflow_snapshot(proposal)
            proposal.state = step.target
            _stamp_step(proposal, step.action, now)
            if step.action == ProposalAction.APPROVE:
                proposal.decision_number, proposal.decision_date = number, decided_on
                proposal.decision_signer = signer
            self._touch(proposal)
            session.add(
                ProposalTransition(
                    id=uuid.uuid4(),
                    proposal_id=proposal.id,
                    from_state=step.source,
                    to_state=step.target,
                    actor_id=self.context.actor.user_id,
                    actor_name=self.context.actor.name,
                    occurred_at=now,
                    comment=text,
                )
            )
            flush_or_conflict(session, proposal)
            old, new = changed_fields(before, workflow_snapshot(proposal))
            self.audit.record(
                session,
                action=step.action.value,
                entity_type="proposal",
                entity_id=proposal.id,
                entity_code=proposal.code,
                before=old,
                after=new,
                comment=text,
            )
            sync_asset_status(session, self.audit, proposal, assets, step.target)
            session.expire(proposal, ["transitions"])
            return build_record(session, proposal, None)

    # Shorthands for the workflow actions (the GUI buttons and CLI commands).
    def submit(
        self, key: uuid.UUID | str, *, expected_version: int, comment: str | None = None
    ) -> ProposalRecord:
        return self.transition(
            key, ProposalAction.SUBMIT, expected_version=expected_version, comment=comment
        )

    def approve(
        self,
        key: uuid.UUID | str,
        *,
        expected_version: int,
        decision_number: str,
        decision_signer: str,
        decision_date: date | str | None = None,
        comment: str | None = None,
    ) -> ProposalRecord:
        decision = {"number": decision_number, "date": decision_date, "signer": decision_signer}
        return self.transition(
            key,
            ProposalAction.APPROVE,
            expected_version=expected_version,
            comment=comment,
            decision=decision,
        )

    # ---- helpers -------------------------------------------------------------------------

    def _officer(
        self, session: Session, values: dict[str, Any], problems: ProblemList
    ) -> uuid.UUID | None:
        name = values.pop("responsible_officer", None)
        if not name:
            return self.context.actor.user_id
        user_id = session.scalar(select(User.id).where(User.username == name.casefold()))
        if user_id is None:
            problems.add(
                "responsible_officer", _("No user account {name}.").format(name=name), name
            )
        return user_id

    def _check(
        self, values: Mapping[str, Any], assets: Sequence[Asset], problems: ProblemList
    ) -> None:
        if not values.get("form"):
            if not any(p.field == "form" for p in problems.problems):
                problems.add("form", _("Choose a handling form."))
            return
        check_form_fields(values, problems)
        unit = values.get("recipient_unit_id")
        if unit and self.units.get(unit) is None:
            problems.add("recipient_unit_id", _("Unknown unit: {name}").format(name=unit), unit)
        check_against_assets(values, [asset_facts(a) for a in assets], problems)

    def _apply(
        self, proposal: Proposal, values: Mapping[str, Any], assets: Sequence[Asset]
    ) -> None:
        for name in STORED_FIELDS:
            if name in values:
                setattr(proposal, name, values[name])
        if "responsible_officer_id" in values:
            proposal.responsible_officer_id = values["responsible_officer_id"]
        if not proposal.title:
            proposal.title = default_title(proposal.form, assets)
        wanted = {a.id for a in assets}
        proposal.items = [i for i in proposal.items if i.asset_id in wanted] + [
            ProposalAsset(asset_id=a.id)
            for a in assets
            if a.id not in {i.asset_id for i in proposal.items}
        ]

    def _touch(self, proposal: Proposal) -> None:
        proposal.version += 1
        proposal.updated_at = utcnow()
        proposal.updated_by = self.context.actor.user_id

    def _check_version(self, proposal: Proposal, expected_version: int) -> None:
        if proposal.version != expected_version:
            raise ConcurrencyError(
                _(
                    "{code} was changed by someone else (version {current}, you have version "
                    "{yours}). Reload it to see their change, then try again."
                ).format(code=proposal.code, current=proposal.version, yours=expected_version)
            )


def _action_name(action: str) -> str:
    try:
        return action_label(action)
    except ValueError:
        return action


def _stamp_step(proposal: Proposal, action: ProposalAction, now: datetime) -> None:
    """Note when the proposal was submitted, decided on, started or completed."""
    if action == ProposalAction.SUBMIT:
        proposal.submitted_at = now
    elif action in (ProposalAction.APPROVE, ProposalAction.REJECT, ProposalAction.RETURN):
        proposal.decided_at = now
    elif action == ProposalAction.START:
        proposal.started_at = now
    elif action == ProposalAction.COMPLETE:
        proposal.completed_at = now
