"""Every allowed and every forbidden workflow transition, through the proposal service."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from surplus_assets.db.models import ProposalTransition
from surplus_assets.domain.proposal_workflow import ProposalAction, ProposalState, actions_from
from surplus_assets.errors import ServiceError, ValidationError
from surplus_assets.services import Services
from tests.core.proposal_helpers import PATHS, act, proposal_in

# Written out from the issue, independently of TRANSITIONS.
ALLOWED = {
    ("draft", "submit"): "submitted",
    ("draft", "cancel"): "cancelled",
    ("submitted", "approve"): "approved",
    ("submitted", "reject"): "rejected",
    ("submitted", "return"): "returned",
    ("returned", "revise"): "draft",
    ("returned", "cancel"): "cancelled",
    ("approved", "start"): "in_progress",
    ("in_progress", "complete"): "completed",
}
ASSET_STATUS = {
    "draft": "proposed",
    "submitted": "proposed",
    "returned": "proposed",
    "approved": "approved",
    "in_progress": "in_progress",
    "completed": "handled",
    "rejected": "surplus",
    "cancelled": "surplus",
}
PAIRS = [(s.value, a.value) for s in ProposalState for a in ProposalAction]


def test_the_table_matches_the_issue() -> None:
    for state in ProposalState:
        assert {a.value for a in actions_from(state)} == {a for (s, a) in ALLOWED if s == state}
    assert set(PATHS) == {s.value for s in ProposalState}


def _transitions(services: Services, proposal_id: object) -> int:
    with services.db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(ProposalTransition)
                .where(ProposalTransition.proposal_id == proposal_id)
            )
            or 0
        )


@pytest.mark.parametrize(("state", "action"), PAIRS, ids=[f"{s}-{a}" for s, a in PAIRS])
def test_transition(shared_services: Services, state: str, action: str) -> None:
    services = shared_services
    proposal = proposal_in(services, state)
    before = _transitions(services, proposal.id)
    if (state, action) in ALLOWED:
        after = act(services, proposal, action)
        target = ALLOWED[(state, action)]
        assert after.state == target
        assert after.version == proposal.version + 1
        last = after.transitions[-1]
        assert (last.from_state, last.to_state, last.actor_name) == (state, target, "system")
        asset = services.catalogue.rows_by_id([after.assets[0].id])[after.assets[0].id]
        assert asset.status == ASSET_STATUS[target]
        assert asset.handling_form == (None if ASSET_STATUS[target] == "surplus" else "dieu_chuyen")
    else:
        with pytest.raises(ServiceError, match=r"không thể|not possible") as refused:
            act(services, proposal, action)
        assert not isinstance(refused.value, ValidationError)
        again = services.proposals.get(proposal.id)
        assert (again.state, again.version) == (state, proposal.version)
        assert _transitions(services, proposal.id) == before


@pytest.mark.parametrize("action", ["reject", "return", "cancel"])
def test_refusing_or_cancelling_needs_a_comment(shared_services: Services, action: str) -> None:
    proposal = proposal_in(shared_services, "draft" if action == "cancel" else "submitted")
    with pytest.raises(ValidationError) as refused:
        shared_services.proposals.transition(proposal.id, action, expected_version=proposal.version)
    assert refused.value.by_field().keys() == {"comment"}


def test_approval_records_the_decision_and_refuses_without_a_number(
    shared_services: Services,
) -> None:
    proposals = shared_services.proposals
    proposal = proposal_in(shared_services, "submitted")
    with pytest.raises(ValidationError) as refused:
        proposals.transition(
            proposal.id,
            "approve",
            expected_version=proposal.version,
            decision={"date": "01/01/2099"},
        )
    assert refused.value.by_field().keys() == {
        "decision_number",
        "decision_signer",
        "decision_date",
    }
    approved = proposals.approve(
        proposal.id,
        expected_version=proposal.version,
        decision_number="123/QĐ-UBND",
        decision_signer="Nguyễn Văn X",
    )
    assert (approved.decision_number, approved.decision_signer) == ("123/QĐ-UBND", "Nguyễn Văn X")
    assert approved.decision_date is not None and approved.deadline is not None


def test_a_stale_version_is_refused(shared_services: Services) -> None:
    from surplus_assets.errors import ConcurrencyError

    proposal = proposal_in(shared_services, "draft")
    shared_services.proposals.update(
        proposal.id, {"justification": "Đổi lý do"}, expected_version=proposal.version
    )
    with pytest.raises(ConcurrencyError):
        shared_services.proposals.submit(proposal.id, expected_version=proposal.version)
