"""When a proposal's next step is due, and whether it is overdue (pure functions).

The due date of an open proposal is the earlier of its target date (the officer's plan) and
the legal time limit of the stage it is in (domain.handling_forms.TIME_LIMITS):
- submitted: the decision is due DECISION_DAYS after submission;
- approved or in progress: the handling is due the form's time limit after the decision
  (handover 30 days, sale decision valid 6 months, liquidation 60 days for buildings and 30
  for other assets);
- draft or returned: only the target date applies.
Dates are calendar days in Viet Nam (UTC+7, no daylight saving).
"""

from __future__ import annotations

import calendar
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from surplus_assets.domain.asset_kinds import AssetKind
from surplus_assets.domain.handling_forms import (
    DECISION_BASIS,
    DECISION_DAYS,
    TIME_LIMITS,
    form_rule,
)
from surplus_assets.domain.proposal_workflow import ProposalState
from surplus_assets.i18n import _

VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")
BUILDING_KINDS = frozenset({AssetKind.LAND, AssetKind.HOUSING})


def vietnam_date(moment: datetime) -> date:
    return moment.astimezone(VIETNAM_TZ).date()


def today_in_vietnam() -> date:
    return vietnam_date(datetime.now(VIETNAM_TZ))


@dataclass(frozen=True)
class DeadlineFacts:
    """What a deadline depends on: a proposal's form, stage, dates and asset kinds."""

    form: str
    state: str
    target_date: date | None
    submitted_at: datetime | None
    decision_date: date | None
    asset_kinds: Collection[str]


@dataclass(frozen=True)
class Deadline:
    due: date
    reason: str  # what the date is, e.g. "decision due 20 days after submission (Decree ...)"


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _legal_deadline(facts: DeadlineFacts) -> Deadline | None:
    if facts.state == ProposalState.SUBMITTED and facts.submitted_at is not None:
        return Deadline(
            vietnam_date(facts.submitted_at) + timedelta(days=DECISION_DAYS),
            _("decision due {days} days after submission ({basis})").format(
                days=DECISION_DAYS, basis=DECISION_BASIS
            ),
        )
    if facts.state not in (ProposalState.APPROVED, ProposalState.IN_PROGRESS):
        return None
    limit_name = form_rule(facts.form).time_limit
    if limit_name is None or facts.decision_date is None:
        return None
    limit = TIME_LIMITS[limit_name]
    if limit.months:
        return Deadline(
            add_months(facts.decision_date, limit.months),
            _("the sale decision is valid {months} months ({basis})").format(
                months=limit.months, basis=limit.basis
            ),
        )
    days = limit.days
    if limit.days_for_buildings is not None and any(k in BUILDING_KINDS for k in facts.asset_kinds):
        days = limit.days_for_buildings
    return Deadline(
        facts.decision_date + timedelta(days=days),
        _("handling due {days} days after the decision ({basis})").format(
            days=days, basis=limit.basis
        ),
    )


def deadline(facts: DeadlineFacts) -> Deadline | None:
    """The date the proposal's current stage is due, or None (closed, or nothing set)."""
    if facts.state in (ProposalState.COMPLETED, ProposalState.REJECTED, ProposalState.CANCELLED):
        return None
    legal = _legal_deadline(facts)
    if facts.target_date is not None and (legal is None or facts.target_date < legal.due):
        return Deadline(facts.target_date, _("target date"))
    return legal


def is_overdue(facts: DeadlineFacts, today: date) -> bool:
    due = deadline(facts)
    return due is not None and today > due.due
