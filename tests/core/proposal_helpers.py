"""Building blocks for proposal, user and permission tests: accounts, assets, proposals."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from surplus_assets.domain.proposal_workflow import ProposalAction as A
from surplus_assets.services import Services
from surplus_assets.services.proposal_views import ProposalRecord
from surplus_assets.services.users import actor_for

COMMUNE = "2025:C04795"  # Phường Hòa Bình, Phú Thọ
PASSWORDS = {"admin": "admin-pass-1", "an": "officer-pass-1", "binh": "reviewer-pass-1"}
_plates = itertools.count(100)


@dataclass
class Team:
    system: Services
    admin: Services
    officer: Services
    reviewer: Services


def make_team(services: Services) -> Team:
    """The first administrator (bootstrap), an officer and a reviewer, each signed in."""
    users = services.users
    users.create(
        username="admin", full_name="Lê Quản Trị", role="admin", password=PASSWORDS["admin"]
    )
    admin = services.as_actor(actor_for(users.get("admin")))
    admin.users.create(
        username="an",
        full_name="Nguyễn Văn An",
        role="officer",
        password=PASSWORDS["an"],
        title="Chuyên viên",
    )
    admin.users.create(
        username="binh",
        full_name="Trần Thị Bình",
        role="reviewer",
        password=PASSWORDS["binh"],
        title="Phó Giám đốc",
    )
    return Team(
        services,
        admin,
        services.as_actor(actor_for(users.get("an"))),
        services.as_actor(actor_for(users.get("binh"))),
    )


def add_asset(services: Services, kind: str = "equipment", **extra: object) -> str:
    """A valid asset of `kind`; returns its code."""
    n = next(_plates)
    base: dict[str, object] = {
        "kind": kind,
        "current_unit_id": COMMUNE,
        "cost_budget": "120.000.000",
        "remaining_value": "30.000.000",
    }
    if kind in ("land", "housing"):
        base.update(
            name=f"Trụ sở UBND xã cũ số {n}",
            address=f"Số {n}, đường Hùng Vương",
            land_area="1.250,5",
        )
    elif kind == "car":
        base.update(
            name=f"Xe ô tô Toyota Innova {n}",
            car_brand="Toyota Innova",
            licence_plate=f"19A-{n:03d}.45",
            cost_budget="850.000.000",
            remaining_value="200.000.000",
        )
    else:
        base.update(name=f"Máy photocopy Ricoh {n}", quantity=1)
    base.update(extra)
    return services.catalogue.create(base).code


def draft(
    services: Services, form: str = "dieu_chuyen", kind: str = "equipment", **fields: object
) -> ProposalRecord:
    raw: dict[str, object] = {"form": form, "assets": [add_asset(services, kind)]}
    if form == "dieu_chuyen":
        raw["recipient_name"] = "Trường THCS Hòa Bình"
    raw.update(fields)
    return services.proposals.create(raw)


def act(services: Services, proposal: ProposalRecord, action: str) -> ProposalRecord:
    """Take `action` with whatever it needs (a comment, a decision)."""
    return services.proposals.transition(
        proposal.id,
        action,
        expected_version=services.proposals.get(proposal.id).version,
        comment="Lý do: kiểm tra" if action in (A.REJECT, A.RETURN, A.CANCEL) else None,
        decision={"number": "15/QĐ-UBND", "signer": "Chủ tịch UBND tỉnh"}
        if action == A.APPROVE
        else None,
    )


PATHS: dict[str, tuple[str, ...]] = {
    "draft": (),
    "submitted": (A.SUBMIT,),
    "approved": (A.SUBMIT, A.APPROVE),
    "rejected": (A.SUBMIT, A.REJECT),
    "returned": (A.SUBMIT, A.RETURN),
    "in_progress": (A.SUBMIT, A.APPROVE, A.START),
    "completed": (A.SUBMIT, A.APPROVE, A.START, A.COMPLETE),
    "cancelled": (A.CANCEL,),
}


def proposal_in(services: Services, state: str) -> ProposalRecord:
    """A fresh proposal brought to `state` by the system actor."""
    proposal = draft(services)
    for action in PATHS[state]:
        proposal = act(services, proposal, action)
    assert proposal.state == state
    return proposal
