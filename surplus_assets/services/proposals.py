"""Handling proposals: create, edit, move through the workflow, list and read.

Every change checks the caller's permission (domain.permissions) and the proposal's version,
validates everything at once (services.proposal_input, which applies the handling-form
table), and in the same transaction keeps each covered asset's denormalised `status` and
`handling_form` right (domain.proposal_workflow.ASSET_STATUS), bumping the asset's version
and auditing both the proposal and the assets. An asset is in at most one open proposal.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from surplus_assets.db.models import (
    Asset,
    AuditEvent,
    Proposal,
    ProposalAsset,
    ProposalTransition,
    User,
)
from surplus_assets.db.types import utcnow
from surplus_assets.domain.asset_kinds import AssetStatus
from surplus_assets.domain.deadlines import (
    DeadlineFacts,
    deadline,
    is_overdue,
    today_in_vietnam,
    vietnam_date,
)
from surplus_assets.domain.handling_forms import HandlingForm, form_rule
from surplus_assets.domain.permissions import Permission
from surplus_assets.domain.proposal_workflow import (
    ASSET_STATUS,
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
from surplus_assets.domain.text import fold, nfc, search_terms
from surplus_assets.errors import ConcurrencyError, NotFoundError, ProblemList, ServiceError
from surplus_assets.i18n import _
from surplus_assets.services.audit import AuditRecorder, changed_fields
from surplus_assets.services.catalogue import HistoryEntry
from surplus_assets.services.context import Actor, ServiceContext
from surplus_assets.services.proposal_input import (
    PROPOSAL_FIELDS,
    AssetFacts,
    check_against_assets,
    check_decision,
    check_form_fields,
    clean_proposal,
)
from surplus_assets.services.proposal_views import (
    ProposalAssetInfo,
    ProposalQuery,
    ProposalRecord,
    ProposalRow,
    TransitionEntry,
)
from surplus_assets.services.units import UnitRegistry

STORED_FIELDS = tuple(f for f in PROPOSAL_FIELDS if f != "responsible_officer")


class ProposalService:
    def __init__(self, context: ServiceContext, units: UnitRegistry) -> None:
        self.context = context
        self.units = units
        self.audit = AuditRecorder(context)

    # ---- reading -------------------------------------------------------------------------

    def get(self, key: uuid.UUID | str, *, today: date | None = None) -> ProposalRecord:
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            return self._record(session, self._load(session, key), today)

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
        statement = select(Proposal).order_by(Proposal.updated_at.desc(), Proposal.code)
        if query.states:
            statement = statement.where(Proposal.state.in_(query.states))
        if query.forms:
            statement = statement.where(Proposal.form.in_(query.forms))
        if query.province_id:
            statement = statement.where(Proposal.province_id == query.province_id)
        if query.commune_id:
            statement = statement.where(
                Proposal.id.in_(
                    select(ProposalAsset.proposal_id)
                    .join(Asset, Asset.id == ProposalAsset.asset_id)
                    .where(Asset.current_unit_id == query.commune_id)
                )
            )
        terms = search_terms(query.text)
        rows: list[ProposalRow] = []
        with self.context.db.read() as session:
            proposals = [
                p
                for p in session.scalars(statement)
                if all(t in fold(f"{p.code} {p.title} {p.decision_number or ''}") for t in terms)
            ]
            summary = self._asset_summary(session, [p.id for p in proposals])
            officers = {uid: name for uid, name in session.execute(select(User.id, User.username))}
            for p in proposals:
                kinds, count, value = summary.get(p.id, (frozenset(), 0, 0))
                facts = _facts(p, kinds)
                overdue = is_overdue(facts, today)
                if query.overdue_only and not overdue:
                    continue
                rows.append(
                    ProposalRow(
                        id=p.id,
                        code=p.code,
                        title=p.title,
                        form=p.form,
                        state=p.state,
                        asset_count=count,
                        total_remaining_value=value,
                        province_id=p.province_id,
                        target_date=p.target_date,
                        decision_number=p.decision_number,
                        updated_at=p.updated_at,
                        version=p.version,
                        deadline=deadline(facts),
                        overdue=overdue,
                        estimated_value=p.estimated_value,
                        responsible_officer=officers.get(p.responsible_officer_id)
                        if p.responsible_officer_id
                        else None,
                    )
                )
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
            assets = self._assets(session, raw.get("assets"), None, problems)
            values["responsible_officer_id"] = self._officer(session, values, problems)
            self._check(values, assets, problems)
            problems.raise_if_any()
            now, actor = utcnow(), self.context.actor
            proposal = Proposal(
                id=uuid.uuid4(),
                code=self._next_code(session),
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
                after=_snapshot(proposal, assets),
            )
            self._sync_assets(session, proposal, assets, ProposalState.DRAFT)
            return self._record(session, proposal, None)

    def update(
        self, key: uuid.UUID | str, changes: Mapping[str, object], *, expected_version: int
    ) -> ProposalRecord:
        """Edit a draft; `changes` may replace its assets ("assets": codes or ids)."""
        self.context.require(Permission.EDIT_PROPOSALS)
        problems = ProblemList()
        with self.context.db.write() as session:
            proposal = self._load(session, key)
            self._check_version(proposal, expected_version)
            if proposal.state not in EDITABLE_STATES:
                raise ServiceError(
                    _("{code} is {state}: only a draft can be edited.").format(
                        code=proposal.code, state=state_label(proposal.state).lower()
                    )
                )
            current = self._assets_of(session, proposal)
            before = _snapshot(proposal, current)
            existing = {name: getattr(proposal, name) for name in STORED_FIELDS}
            values = clean_proposal(changes, existing, problems)
            assets = (
                self._assets(session, changes["assets"], proposal.id, problems)
                if "assets" in changes
                else current
            )
            if "responsible_officer" in changes:
                values["responsible_officer_id"] = self._officer(session, values, problems)
            self._check(values, assets, problems)
            problems.raise_if_any()
            self._apply(proposal, values, assets)
            proposal.province_id = assets[0].province_id
            old, new = changed_fields(before, _snapshot(proposal, assets))
            if not new:
                return self._record(session, proposal, None)
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
            self._sync_assets(session, proposal, removed, ProposalState.CANCELLED)
            self._sync_assets(session, proposal, assets, ProposalState.DRAFT)
            return self._record(session, proposal, None)

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
            proposal = self._load(session, key)
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
            assets = self._assets_of(session, proposal)
            now, today = utcnow(), today_in_vietnam()
            if step.action == ProposalAction.SUBMIT:
                self._check(_stored(proposal), assets, problems)
                self._refuse_closed_assets(assets, proposal, problems)
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
            before = _workflow_snapshot(proposal)
            proposal.state = step.target
            if step.action == ProposalAction.SUBMIT:
                proposal.submitted_at = now
            elif step.action in (
                ProposalAction.APPROVE,
                ProposalAction.REJECT,
                ProposalAction.RETURN,
            ):
                proposal.decided_at = now
            elif step.action == ProposalAction.START:
                proposal.started_at = now
            elif step.action == ProposalAction.COMPLETE:
                proposal.completed_at = now
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
            self._flush(session, proposal)
            old, new = changed_fields(before, _workflow_snapshot(proposal))
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
            self._sync_assets(session, proposal, assets, step.target)
            session.expire(proposal, ["transitions"])
            return self._record(session, proposal, None)

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

    def _load(self, session: Session, key: uuid.UUID | str) -> Proposal:
        proposal = None
        if isinstance(key, uuid.UUID):
            proposal = session.get(Proposal, key)
        else:
            try:
                proposal = session.get(Proposal, uuid.UUID(key))
            except ValueError:
                proposal = session.scalar(
                    select(Proposal).where(Proposal.code == key.strip().upper())
                )
        if proposal is None or proposal.deleted_at is not None:
            raise NotFoundError(_("No proposal {key}.").format(key=key))
        return proposal

    def _assets(
        self, session: Session, keys: object, own_id: uuid.UUID | None, problems: ProblemList
    ) -> list[Asset]:
        """The assets named by `keys`, each free to join this proposal."""
        if isinstance(keys, str):
            keys = [k for k in keys.replace(";", ",").split(",") if k.strip()]
        if not isinstance(keys, Sequence) or not keys:
            problems.add("assets", _("A proposal covers at least one asset."))
            return []
        found: list[Asset] = []
        for key in keys:
            asset = _find_asset(session, key)
            if asset is None or asset.deleted_at is not None:
                problems.add("assets", _("No asset {key}.").format(key=key), key)
                continue
            if asset in found:
                continue
            other = session.scalar(
                select(Proposal.code)
                .join(ProposalAsset, ProposalAsset.proposal_id == Proposal.id)
                .where(
                    ProposalAsset.asset_id == asset.id,
                    Proposal.state.in_(OPEN_STATES),
                    Proposal.id != own_id,
                )
                .limit(1)
            )
            if other is not None:
                problems.add(
                    "assets",
                    _(
                        "{code} is already in the open proposal {proposal}; "
                        "an asset can be in only one open proposal."
                    ).format(code=asset.code, proposal=other),
                    asset.code,
                )
            elif asset.status == AssetStatus.HANDLED:
                problems.add(
                    "assets",
                    _("{code} has already been handled.").format(code=asset.code),
                    asset.code,
                )
            found.append(asset)
        provinces = {a.province_id for a in found}
        if len(provinces) > 1:
            problems.add(
                "assets",
                _(
                    "The assets of one proposal must be in one province; "
                    "make one proposal per province."
                ),
            )
        return found

    def _refuse_closed_assets(
        self, assets: Sequence[Asset], proposal: Proposal, problems: ProblemList
    ) -> None:
        for asset in assets:
            if asset.deleted_at is not None:
                problems.add(
                    "assets",
                    _("{code} was deleted from the register; remove it from {proposal}.").format(
                        code=asset.code, proposal=proposal.code
                    ),
                )

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
        check_against_assets(values, [_asset_facts(a) for a in assets], problems)

    def _apply(
        self, proposal: Proposal, values: Mapping[str, Any], assets: Sequence[Asset]
    ) -> None:
        for name in STORED_FIELDS:
            if name in values:
                setattr(proposal, name, values[name])
        if "responsible_officer_id" in values:
            proposal.responsible_officer_id = values["responsible_officer_id"]
        if not proposal.title:
            proposal.title = _default_title(proposal.form, assets)
        wanted = {a.id for a in assets}
        proposal.items = [i for i in proposal.items if i.asset_id in wanted] + [
            ProposalAsset(asset_id=a.id)
            for a in assets
            if a.id not in {i.asset_id for i in proposal.items}
        ]

    def _assets_of(self, session: Session, proposal: Proposal) -> list[Asset]:
        ids = [item.asset_id for item in proposal.items]
        return list(session.scalars(select(Asset).where(Asset.id.in_(ids)).order_by(Asset.code)))

    def _sync_assets(
        self, session: Session, proposal: Proposal, assets: Sequence[Asset], state: str
    ) -> None:
        """Give each asset the status and handling form the proposal's state implies."""
        status = ASSET_STATUS[ProposalState(state)]
        form = None if status == AssetStatus.SURPLUS else proposal.form
        for asset in assets:
            if asset.status == status and asset.handling_form == form:
                continue
            before = {"status": asset.status, "handling_form": asset.handling_form}
            asset.status, asset.handling_form = str(status), form
            asset.version += 1
            asset.updated_at, asset.updated_by = utcnow(), self.context.actor.user_id
            self._flush(session, proposal)
            self.audit.record(
                session,
                action="update",
                entity_type="asset",
                entity_id=asset.id,
                entity_code=asset.code,
                before=before,
                after={"status": asset.status, "handling_form": form},
                comment=_("Proposal {code}: {state}").format(
                    code=proposal.code, state=state_label(state)
                ),
            )

    def _record(self, session: Session, proposal: Proposal, today: date | None) -> ProposalRecord:
        assets = self._assets_of(session, proposal)
        officer = (
            session.scalar(select(User.username).where(User.id == proposal.responsible_officer_id))
            if proposal.responsible_officer_id
            else None
        )
        kinds = frozenset(a.kind for a in assets)
        facts = _facts(proposal, kinds)
        transitions = session.scalars(
            select(ProposalTransition)
            .where(ProposalTransition.proposal_id == proposal.id)
            .order_by(ProposalTransition.occurred_at)
        )
        return ProposalRecord(
            id=proposal.id,
            code=proposal.code,
            version=proposal.version,
            state=proposal.state,
            values={
                **_stored(proposal),
                "responsible_officer": officer,
                "province_id": proposal.province_id,
            },
            assets=[
                ProposalAssetInfo(
                    a.id,
                    a.code,
                    a.name,
                    a.kind,
                    a.status,
                    a.current_unit_id,
                    a.cost_budget + a.cost_other,
                    a.remaining_value,
                )
                for a in assets
            ],
            transitions=[
                TransitionEntry(t.from_state, t.to_state, t.actor_name, t.occurred_at, t.comment)
                for t in transitions
            ],
            submitted_at=proposal.submitted_at,
            decided_at=proposal.decided_at,
            started_at=proposal.started_at,
            completed_at=proposal.completed_at,
            decision_number=proposal.decision_number,
            decision_date=proposal.decision_date,
            decision_signer=proposal.decision_signer,
            created_at=proposal.created_at,
            updated_at=proposal.updated_at,
            deadline=deadline(facts),
            overdue=is_overdue(facts, today or today_in_vietnam()),
            asset_kinds=kinds,
        )

    def _asset_summary(
        self, session: Session, ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[frozenset[str], int, int]]:
        kinds: dict[uuid.UUID, set[str]] = defaultdict(set)
        counts: dict[uuid.UUID, int] = defaultdict(int)
        values: dict[uuid.UUID, int] = defaultdict(int)
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(ProposalAsset.proposal_id, Asset.kind, Asset.remaining_value)
                .join(Asset, Asset.id == ProposalAsset.asset_id)
                .where(ProposalAsset.proposal_id.in_(ids[start : start + 500]))
            )
            for proposal_id, kind, value in rows:
                kinds[proposal_id].add(kind)
                counts[proposal_id] += 1
                values[proposal_id] += value
        return {pid: (frozenset(kinds[pid]), counts[pid], values[pid]) for pid in counts}

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

    def _flush(self, session: Session, proposal: Proposal) -> None:
        try:
            session.flush()
        except StaleDataError as error:  # a concurrent writer changed the same row first
            raise ConcurrencyError(
                _(
                    "{code} or one of its assets was changed by someone else "
                    "at the same moment; reload and try again."
                ).format(code=proposal.code)
            ) from error

    def _next_code(self, session: Session) -> str:
        prefix = f"PA-{self.context.origin_id.replace('-', '')[:4].upper()}-"
        last = session.scalar(
            select(Proposal.code)
            .where(Proposal.code.like(f"{prefix}%"))
            .order_by(func.length(Proposal.code).desc(), Proposal.code.desc())
            .limit(1)
        )
        tail = last.removeprefix(prefix) if last else ""
        return f"{prefix}{int(tail) + 1 if tail.isdigit() else 1:05d}"


def _find_asset(session: Session, key: object) -> Asset | None:
    if isinstance(key, uuid.UUID):
        return session.get(Asset, key)
    text = str(key).strip()
    try:
        return session.get(Asset, uuid.UUID(text))
    except ValueError:
        return session.scalar(select(Asset).where(Asset.code == text))


def _asset_facts(asset: Asset) -> AssetFacts:
    return AssetFacts(
        asset.code,
        asset.kind,
        asset.quantity or 1,
        asset.cost_budget + asset.cost_other,
        asset.remaining_value,
    )


def _stored(proposal: Proposal) -> dict[str, Any]:
    return {name: getattr(proposal, name) for name in STORED_FIELDS}


def _snapshot(proposal: Proposal, assets: Sequence[Asset]) -> dict[str, Any]:
    return {
        **_stored(proposal),
        "responsible_officer_id": proposal.responsible_officer_id,
        "assets": sorted(a.code for a in assets),
    }


def _workflow_snapshot(proposal: Proposal) -> dict[str, Any]:
    return {
        "state": proposal.state,
        "decision_number": proposal.decision_number,
        "decision_date": proposal.decision_date,
        "decision_signer": proposal.decision_signer,
    }


def _facts(proposal: Proposal, kinds: frozenset[str]) -> DeadlineFacts:
    return DeadlineFacts(
        proposal.form,
        proposal.state,
        proposal.target_date,
        proposal.submitted_at,
        proposal.decision_date,
        kinds,
    )


def _action_name(action: str) -> str:
    try:
        return action_label(action)
    except ValueError:
        return action


def _default_title(form: str, assets: Sequence[Asset]) -> str:
    name = form_rule(form).name() if form in set(HandlingForm) else form
    if len(assets) == 1:
        return f"{name}: {assets[0].name}"
    return _("{form}: {count} assets").format(form=name, count=len(assets))
