"""Every role against every action, through the services: what is allowed happens, what is
not raises PermissionDeniedError naming the user, the role and the action, and writes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from surplus_assets.errors import PermissionDeniedError
from surplus_assets.services import Services
from surplus_assets.services.audit import count_events
from surplus_assets.services.catalogue import AssetQuery
from tests.core.proposal_helpers import Team, act, add_asset, proposal_in

ROLES = ("officer", "reviewer", "admin", "system")
OF, R, AD, SY = "officer", "reviewer", "admin", "system"
# Written out from the issue: officers prepare, reviewers decide, admins manage users.
EXPECTED: dict[str, set[str]] = {
    "list_assets": {OF, R, AD, SY},
    "add_asset": {OF, SY},
    "edit_asset": {OF, SY},
    "create_proposal": {OF, SY},
    "edit_proposal": {OF, SY},
    "submit": {OF, SY},
    "approve": {R, SY},
    "reject": {R, SY},
    "return": {R, SY},
    "revise": {OF, SY},
    "start": {OF, SY},
    "complete": {OF, SY},
    "cancel": {OF, SY},
    "list_proposals": {OF, R, AD, SY},
    "add_user": {AD, SY},
    "reset_password": {AD, SY},
    "unlock_user": {AD, SY},
    "change_settings": {AD, SY},
    "verify_audit": {OF, R, AD, SY},
}
_counter = iter(range(10_000))
# Each action: set up with the system actor, then return the call the role under test makes.
Call = Callable[[Services], object]


def _workflow(state: str, action: str) -> Callable[[Services], Call]:
    def prepare(system: Services) -> Call:
        proposal = proposal_in(system, state)
        return lambda caller: act(caller, proposal, action)

    return prepare


def _edit_asset(system: Services) -> Call:
    record = system.catalogue.get(add_asset(system))
    return lambda caller: caller.catalogue.update(
        record.id, {"notes": "Đã kiểm kê"}, expected_version=record.version
    )


def _edit_proposal(system: Services) -> Call:
    proposal = proposal_in(system, "draft")
    return lambda caller: caller.proposals.update(
        proposal.id, {"justification": "Bổ sung lý do"}, expected_version=proposal.version
    )


def _create_proposal(system: Services) -> Call:
    code = add_asset(system)
    return lambda caller: caller.proposals.create({"form": "thu_hoi", "assets": [code]})


ACTIONS: dict[str, Callable[[Services], Call]] = {
    "list_assets": lambda system: lambda caller: caller.catalogue.list_rows(AssetQuery()),
    "add_asset": lambda system: add_asset,
    "edit_asset": _edit_asset,
    "create_proposal": _create_proposal,
    "edit_proposal": _edit_proposal,
    "submit": _workflow("draft", "submit"),
    "approve": _workflow("submitted", "approve"),
    "reject": _workflow("submitted", "reject"),
    "return": _workflow("submitted", "return"),
    "revise": _workflow("returned", "revise"),
    "start": _workflow("approved", "start"),
    "complete": _workflow("in_progress", "complete"),
    "cancel": _workflow("draft", "cancel"),
    "list_proposals": lambda system: lambda caller: caller.proposals.list_rows(),
    "add_user": lambda system: (
        lambda caller: caller.users.create(
            username=f"user{next(_counter)}",
            full_name="Phạm Văn C",
            role="officer",
            password="long-enough-1",
        )
    ),
    "reset_password": lambda system: (
        lambda caller: caller.users.reset_password("an", "officer-pass-1")
    ),
    "unlock_user": lambda system: lambda caller: caller.users.unlock("binh"),
    "change_settings": lambda system: (
        lambda caller: caller.settings.set({"document_place": f"Phú Thọ {next(_counter)}"})
    ),
    "verify_audit": lambda system: lambda caller: caller.audit.verify(),
}


def test_every_action_has_an_expectation() -> None:
    assert ACTIONS.keys() == EXPECTED.keys()


def _caller(team: Team, role: str) -> Services:
    return {
        "officer": team.officer,
        "reviewer": team.reviewer,
        "admin": team.admin,
        "system": team.system,
    }[role]


def _event_count(services: Services) -> int:
    with services.db.read() as session:
        return count_events(session)


@pytest.mark.parametrize("action", list(EXPECTED))
@pytest.mark.parametrize("role", ROLES)
def test_role_against_action(team: Team, role: str, action: str) -> None:
    caller = _caller(team, role)
    call = ACTIONS[action](team.system)
    before = _event_count(team.system)
    if role in EXPECTED[action]:
        call(caller)
        return
    with pytest.raises(PermissionDeniedError) as refused:
        call(caller)
    assert caller.actor.name in refused.value.message
    assert _event_count(team.system) == before  # nothing was written
