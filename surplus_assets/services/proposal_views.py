"""What the proposal service returns: plain dataclasses, never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from surplus_assets.domain.deadlines import Deadline, DeadlineFacts
from surplus_assets.services.audit import json_ready


@dataclass(frozen=True)
class ProposalQuery:
    """What the proposal list shows: filters (all optional) and the date overdue is judged on.

    `text` matches the code, title and decision number, with or without diacritics;
    `commune_id` keeps proposals with at least one asset currently in that unit.
    """

    text: str = ""
    states: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    province_id: str | None = None
    commune_id: str | None = None
    overdue_only: bool = False
    today: date | None = None  # default: today in Viet Nam


@dataclass(frozen=True)
class ProposalAssetInfo:
    id: uuid.UUID
    code: str
    name: str
    kind: str
    status: str
    current_unit_id: str
    original_cost: int
    remaining_value: int


@dataclass(frozen=True)
class TransitionEntry:
    from_state: str
    to_state: str
    actor_name: str
    occurred_at: datetime
    comment: str | None


@dataclass(frozen=True)
class ProposalRecord:
    """One proposal in full, as the editor and `proposals show` see it."""

    id: uuid.UUID
    code: str
    version: int
    state: str
    values: dict[str, Any]  # the PROPOSAL_FIELDS plus province_id
    assets: list[ProposalAssetInfo]
    transitions: list[TransitionEntry]
    submitted_at: datetime | None
    decided_at: datetime | None
    started_at: datetime | None
    completed_at: datetime | None
    decision_number: str | None
    decision_date: date | None
    decision_signer: str | None
    created_at: datetime
    updated_at: datetime
    deadline: Deadline | None = None
    overdue: bool = False
    asset_kinds: frozenset[str] = field(default_factory=frozenset)

    @property
    def form(self) -> str:
        return str(self.values["form"])

    def facts(self) -> DeadlineFacts:
        return DeadlineFacts(
            self.form,
            self.state,
            self.values.get("target_date"),
            self.submitted_at,
            self.decision_date,
            self.asset_kinds,
        )

    def as_json(self) -> dict[str, Any]:
        result: dict[str, Any] = json_ready(
            {
                "id": self.id,
                "code": self.code,
                "version": self.version,
                "state": self.state,
                **self.values,
                "assets": [a.__dict__ for a in self.assets],
                "transitions": [t.__dict__ for t in self.transitions],
                "submitted_at": self.submitted_at,
                "decided_at": self.decided_at,
                "started_at": self.started_at,
                "completed_at": self.completed_at,
                "decision_number": self.decision_number,
                "decision_date": self.decision_date,
                "decision_signer": self.decision_signer,
                "created_at": self.created_at,
                "updated_at": self.updated_at,
                "deadline": self.deadline.due if self.deadline else None,
                "deadline_reason": self.deadline.reason if self.deadline else None,
                "overdue": self.overdue,
            }
        )
        return result


@dataclass(frozen=True)
class ProposalRow:
    """One line of the proposal list."""

    id: uuid.UUID
    code: str
    title: str
    form: str
    state: str
    asset_count: int
    total_remaining_value: int
    province_id: str | None
    target_date: date | None
    decision_number: str | None
    updated_at: datetime
    version: int
    deadline: Deadline | None
    overdue: bool
    estimated_value: int | None = None
    responsible_officer: str | None = None  # user name

    def as_json(self) -> dict[str, Any]:
        result: dict[str, Any] = json_ready(
            {
                **{k: v for k, v in self.__dict__.items() if k != "deadline"},
                "deadline": self.deadline.due if self.deadline else None,
                "deadline_reason": self.deadline.reason if self.deadline else None,
            }
        )
        return result
