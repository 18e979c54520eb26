"""The assets of a proposal: which ones may join it, and keeping each one's `status` and
`handling_form` in step with the proposal's state (domain.proposal_workflow.ASSET_STATUS).

An asset is in at most one open proposal, all assets of a proposal are in one province, and
every change of an asset's status bumps its version and is audited in the proposal's
transaction, so that the catalogue, exchange packages and the audit trail agree.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from surplus_assets.db.models import Asset, Proposal, ProposalAsset
from surplus_assets.db.types import utcnow
from surplus_assets.domain.asset_kinds import AssetStatus
from surplus_assets.domain.proposal_workflow import (
    ASSET_STATUS,
    OPEN_STATES,
    ProposalState,
    state_label,
)
from surplus_assets.errors import ConcurrencyError, ProblemList
from surplus_assets.i18n import _
from surplus_assets.services.audit import AuditRecorder
from surplus_assets.services.proposal_input import AssetFacts


def find_asset(session: Session, key: object) -> Asset | None:
    """The asset with id or code `key` (deleted ones included), or None."""
    if isinstance(key, uuid.UUID):
        return session.get(Asset, key)
    text = str(key).strip()
    try:
        return session.get(Asset, uuid.UUID(text))
    except ValueError:
        return session.scalar(select(Asset).where(Asset.code == text))


def assets_free_to_join(
    session: Session, keys: object, own_id: uuid.UUID | None, problems: ProblemList
) -> list[Asset]:
    """The assets named by `keys` (codes or ids, a list or a "," / ";" separated string),
    each free to join proposal `own_id` (None: a new one); what is wrong goes to `problems`."""
    if isinstance(keys, str):
        keys = [k for k in keys.replace(";", ",").split(",") if k.strip()]
    if not isinstance(keys, Sequence) or not keys:
        problems.add("assets", _("A proposal covers at least one asset."))
        return []
    found: list[Asset] = []
    for key in keys:
        asset = find_asset(session, key)
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
    if len({a.province_id for a in found}) > 1:
        problems.add(
            "assets",
            _(
                "The assets of one proposal must be in one province; "
                "make one proposal per province."
            ),
        )
    return found


def refuse_deleted_assets(
    assets: Sequence[Asset], proposal: Proposal, problems: ProblemList
) -> None:
    """A proposal cannot go forward with an asset deleted from the register since."""
    for asset in assets:
        if asset.deleted_at is not None:
            problems.add(
                "assets",
                _("{code} was deleted from the register; remove it from {proposal}.").format(
                    code=asset.code, proposal=proposal.code
                ),
            )


def asset_facts(asset: Asset) -> AssetFacts:
    """What the handling-form rules need to know about `asset`."""
    return AssetFacts(
        asset.code,
        asset.kind,
        asset.quantity or 1,
        asset.cost_budget + asset.cost_other,
        asset.remaining_value,
    )


def flush_or_conflict(session: Session, proposal: Proposal) -> None:
    """Flush, turning a concurrent writer's change of the same rows into ConcurrencyError."""
    try:
        session.flush()
    except StaleDataError as error:  # a concurrent writer changed the same row first
        raise ConcurrencyError(
            _(
                "{code} or one of its assets was changed by someone else "
                "at the same moment; reload and try again."
            ).format(code=proposal.code)
        ) from error


def sync_asset_status(
    session: Session,
    audit: AuditRecorder,
    proposal: Proposal,
    assets: Sequence[Asset],
    state: str,
) -> None:
    """Give each asset the status and handling form the proposal's `state` implies,
    auditing each change as the caller (audit.context's actor)."""
    status = ASSET_STATUS[ProposalState(state)]
    form = None if status == AssetStatus.SURPLUS else proposal.form
    for asset in assets:
        if asset.status == status and asset.handling_form == form:
            continue
        before = {"status": asset.status, "handling_form": asset.handling_form}
        asset.status, asset.handling_form = str(status), form
        asset.version += 1
        asset.updated_at, asset.updated_by = utcnow(), audit.context.actor.user_id
        flush_or_conflict(session, proposal)
        audit.record(
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
