"""Reading proposals back: finding one, and the plain records, rows and audit snapshots built
from its stored row and assets (never handing out ORM objects).

Used by services.proposals; kept apart so that the workflow there reads as the steps it
takes, not as the bookkeeping of what it returns.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from surplus_assets.db.models import Asset, Proposal, ProposalAsset, ProposalTransition, User
from surplus_assets.domain.deadlines import DeadlineFacts, deadline, is_overdue, today_in_vietnam
from surplus_assets.domain.handling_forms import HandlingForm, form_rule
from surplus_assets.domain.text import fold, search_terms
from surplus_assets.errors import NotFoundError
from surplus_assets.i18n import _
from surplus_assets.services.proposal_input import PROPOSAL_FIELDS
from surplus_assets.services.proposal_views import (
    ProposalAssetInfo,
    ProposalQuery,
    ProposalRecord,
    ProposalRow,
    TransitionEntry,
)

# The proposal's own columns among PROPOSAL_FIELDS (the officer is stored as a user id).
STORED_FIELDS = tuple(f for f in PROPOSAL_FIELDS if f != "responsible_officer")
_SUMMARY_BATCH = 500  # proposal ids per IN (...) when summing their assets


def load_proposal(session: Session, key: uuid.UUID | str) -> Proposal:
    """The proposal with id or code `key`; NotFoundError when there is none (or deleted)."""
    proposal = None
    if isinstance(key, uuid.UUID):
        proposal = session.get(Proposal, key)
    else:
        try:
            proposal = session.get(Proposal, uuid.UUID(key))
        except ValueError:
            proposal = session.scalar(select(Proposal).where(Proposal.code == key.strip().upper()))
    if proposal is None or proposal.deleted_at is not None:
        raise NotFoundError(_("No proposal {key}.").format(key=key))
    return proposal


def matching_proposals(session: Session, query: ProposalQuery) -> list[Proposal]:
    """The proposals `query` selects (its text with or without diacritics), most recently
    changed first."""
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
    return [
        p
        for p in session.scalars(statement)
        if all(t in fold(f"{p.code} {p.title} {p.decision_number or ''}") for t in terms)
    ]


def next_proposal_code(session: Session, origin_id: str) -> str:
    """PA-<first 4 hex digits of the installation id>-<next number>: codes made on
    different laptops never collide when their proposals travel between them."""
    prefix = f"PA-{origin_id.replace('-', '')[:4].upper()}-"
    last = session.scalar(
        select(Proposal.code)
        .where(Proposal.code.like(f"{prefix}%"))
        .order_by(func.length(Proposal.code).desc(), Proposal.code.desc())
        .limit(1)
    )
    tail = last.removeprefix(prefix) if last else ""
    return f"{prefix}{int(tail) + 1 if tail.isdigit() else 1:05d}"


def default_title(form: str, assets: Sequence[Asset]) -> str:
    """The title of a proposal left untitled: its handling form and what it covers."""
    name = form_rule(form).name() if form in set(HandlingForm) else form
    if len(assets) == 1:
        return f"{name}: {assets[0].name}"
    return _("{form}: {count} assets").format(form=name, count=len(assets))


def assets_of(session: Session, proposal: Proposal) -> list[Asset]:
    """The assets the proposal covers, by code."""
    ids = [item.asset_id for item in proposal.items]
    return list(session.scalars(select(Asset).where(Asset.id.in_(ids)).order_by(Asset.code)))


def stored_values(proposal: Proposal) -> dict[str, Any]:
    return {name: getattr(proposal, name) for name in STORED_FIELDS}


def snapshot(proposal: Proposal, assets: Sequence[Asset]) -> dict[str, Any]:
    """What an edit audits: the fields, the officer and the codes of the assets."""
    return {
        **stored_values(proposal),
        "responsible_officer_id": proposal.responsible_officer_id,
        "assets": sorted(a.code for a in assets),
    }


def workflow_snapshot(proposal: Proposal) -> dict[str, Any]:
    """What a workflow step audits: the state and the decision."""
    return {
        "state": proposal.state,
        "decision_number": proposal.decision_number,
        "decision_date": proposal.decision_date,
        "decision_signer": proposal.decision_signer,
    }


def deadline_facts(proposal: Proposal, kinds: frozenset[str]) -> DeadlineFacts:
    return DeadlineFacts(
        proposal.form,
        proposal.state,
        proposal.target_date,
        proposal.submitted_at,
        proposal.decision_date,
        kinds,
    )


def build_record(session: Session, proposal: Proposal, today: date | None) -> ProposalRecord:
    """Everything the editor shows of one proposal: fields, assets, transitions, deadline."""
    assets = assets_of(session, proposal)
    officer = (
        session.scalar(select(User.username).where(User.id == proposal.responsible_officer_id))
        if proposal.responsible_officer_id
        else None
    )
    kinds = frozenset(a.kind for a in assets)
    facts = deadline_facts(proposal, kinds)
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
            **stored_values(proposal),
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


# Per proposal: the kinds of its assets, how many there are and their remaining value.
AssetSummary = tuple[frozenset[str], int, int]


def asset_summaries(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, AssetSummary]:
    """The asset summary of each proposal in `ids` (those with assets), in a few queries."""
    kinds: dict[uuid.UUID, set[str]] = defaultdict(set)
    counts: dict[uuid.UUID, int] = defaultdict(int)
    values: dict[uuid.UUID, int] = defaultdict(int)
    for start in range(0, len(ids), _SUMMARY_BATCH):
        rows = session.execute(
            select(ProposalAsset.proposal_id, Asset.kind, Asset.remaining_value)
            .join(Asset, Asset.id == ProposalAsset.asset_id)
            .where(ProposalAsset.proposal_id.in_(ids[start : start + _SUMMARY_BATCH]))
        )
        for proposal_id, kind, value in rows:
            kinds[proposal_id].add(kind)
            counts[proposal_id] += 1
            values[proposal_id] += value
    return {pid: (frozenset(kinds[pid]), counts[pid], values[pid]) for pid in counts}


def build_row(
    proposal: Proposal, summary: AssetSummary, officers: Mapping[uuid.UUID, str], today: date
) -> ProposalRow:
    """One line of the proposal list, with its deadline judged on `today`."""
    kinds, count, value = summary
    facts = deadline_facts(proposal, kinds)
    officer = proposal.responsible_officer_id
    return ProposalRow(
        id=proposal.id,
        code=proposal.code,
        title=proposal.title,
        form=proposal.form,
        state=proposal.state,
        asset_count=count,
        total_remaining_value=value,
        province_id=proposal.province_id,
        target_date=proposal.target_date,
        decision_number=proposal.decision_number,
        updated_at=proposal.updated_at,
        version=proposal.version,
        deadline=deadline(facts),
        overdue=is_overdue(facts, today),
        estimated_value=proposal.estimated_value,
        responsible_officer=officers.get(officer) if officer else None,
    )
