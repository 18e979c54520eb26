"""The life of a handling proposal as an explicit state machine.

    draft --submit--> submitted --approve--> approved --start--> in_progress --complete--> completed
      ^                   |  \\--reject--> rejected
      |                   '--return--> returned
      '------revise------------------------'
    draft, returned --cancel--> cancelled

TRANSITIONS is the one table: (state, action) → (new state, permission needed). The proposal
service refuses any pair not in it, and the permission table (domain.permissions) decides
who may take it. ASSET_STATUS says what the assets of a proposal show in each state.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from surplus_assets.domain.asset_kinds import AssetStatus
from surplus_assets.domain.permissions import Permission, allows
from surplus_assets.i18n import _


class ProposalState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    RETURNED = "returned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ProposalAction(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    RETURN = "return"
    REVISE = "revise"
    START = "start"
    COMPLETE = "complete"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Transition:
    source: ProposalState
    action: ProposalAction
    target: ProposalState
    permission: Permission


S, A = ProposalState, ProposalAction
_PREPARE, _DECIDE = Permission.EDIT_PROPOSALS, Permission.DECIDE_PROPOSALS
TRANSITIONS: dict[tuple[ProposalState, ProposalAction], Transition] = {
    (t.source, t.action): t
    for t in (
        Transition(S.DRAFT, A.SUBMIT, S.SUBMITTED, _PREPARE),
        Transition(S.DRAFT, A.CANCEL, S.CANCELLED, _PREPARE),
        Transition(S.SUBMITTED, A.APPROVE, S.APPROVED, _DECIDE),
        Transition(S.SUBMITTED, A.REJECT, S.REJECTED, _DECIDE),
        Transition(S.SUBMITTED, A.RETURN, S.RETURNED, _DECIDE),
        Transition(S.RETURNED, A.REVISE, S.DRAFT, _PREPARE),
        Transition(S.RETURNED, A.CANCEL, S.CANCELLED, _PREPARE),
        Transition(S.APPROVED, A.START, S.IN_PROGRESS, _PREPARE),
        Transition(S.IN_PROGRESS, A.COMPLETE, S.COMPLETED, _PREPARE),
    )
}

# States in which the proposal still holds its assets (an asset is in at most one of these).
OPEN_STATES = frozenset({S.DRAFT, S.SUBMITTED, S.RETURNED, S.APPROVED, S.IN_PROGRESS})
FINAL_STATES = frozenset(ProposalState) - OPEN_STATES
EDITABLE_STATES = frozenset({S.DRAFT})
# A comment is required where the other side must know why (what to fix, why refused).
COMMENT_REQUIRED = frozenset({A.REJECT, A.RETURN, A.CANCEL})

ASSET_STATUS: dict[ProposalState, AssetStatus | None] = {
    S.DRAFT: AssetStatus.PROPOSED,
    S.SUBMITTED: AssetStatus.PROPOSED,
    S.RETURNED: AssetStatus.PROPOSED,
    S.APPROVED: AssetStatus.APPROVED,
    S.IN_PROGRESS: AssetStatus.IN_PROGRESS,
    S.COMPLETED: AssetStatus.HANDLED,
    S.REJECTED: AssetStatus.SURPLUS,
    S.CANCELLED: AssetStatus.SURPLUS,
}


def transition_for(state: str, action: str) -> Transition | None:
    """The transition `action` takes from `state`, or None when it is not allowed."""
    try:
        return TRANSITIONS.get((ProposalState(state), ProposalAction(action)))
    except ValueError:
        return None


def actions_from(state: str) -> list[ProposalAction]:
    """Every action the workflow allows from `state`, whoever takes it."""
    return [action for (source, action) in TRANSITIONS if source == state]


def actions_for_role(state: str, role: str) -> list[ProposalAction]:
    """The actions a user of `role` may take on a proposal in `state` (for buttons, menus)."""
    return [a for a in actions_from(state) if allows(role, TRANSITIONS[(S(state), a)].permission)]


def state_label(state: str) -> str:
    return {
        S.DRAFT: _("Draft"),
        S.SUBMITTED: _("Submitted"),
        S.APPROVED: _("Approved"),
        S.REJECTED: _("Rejected"),
        S.RETURNED: _("Returned for revision"),
        S.IN_PROGRESS: _("In progress"),
        S.COMPLETED: _("Completed"),
        S.CANCELLED: _("Cancelled"),
    }[S(state)]


def action_label(action: str) -> str:
    return {
        A.SUBMIT: _("submit"),
        A.APPROVE: _("approve"),
        A.REJECT: _("reject"),
        A.RETURN: _("return for revision"),
        A.REVISE: _("revise"),
        A.START: _("start handling"),
        A.COMPLETE: _("complete"),
        A.CANCEL: _("cancel"),
    }[A(action)]
