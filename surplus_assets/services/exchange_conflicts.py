"""Exchange conflicts: records changed both here and on the laptop a package came from.

A conflict the user does not settle while importing is kept in exchange_conflicts with the
incoming record; settling it (now or later) keeps one side under a new version that both
laptops' lineages know, and is audited.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update

from surplus_assets.db.models import Asset, Attachment, ExchangeConflict, Proposal, table_of
from surplus_assets.db.types import utcnow
from surplus_assets.errors import FieldProblem, NotFoundError, ValidationError
from surplus_assets.exchange.package_import import Incoming, remember_lineage, write_records
from surplus_assets.i18n import _
from surplus_assets.services.audit import AuditRecorder
from surplus_assets.services.exchange_results import differences
from surplus_assets.services.units import UnitRegistry

MODELS: dict[str, Any] = {"asset": Asset, "proposal": Proposal, "attachment": Attachment}
KEEP_CHOICES = ("local", "incoming")


def settle_conflict(
    session: Any, audit: AuditRecorder, units: UnitRegistry, record: Incoming, keep: str, peer: str
) -> None:
    """Settle a conflict on `record` (its `local` side loaded): write the incoming version
    or keep this database's, in both cases with a version above both sides' and both hashes
    in the record's lineage, so neither side sees the other's as new again; audited."""
    version = max(record.local_version, record.version) + 1
    hashes = [*record.lineage, record.local_hash or "", record.content_hash]
    if keep == "incoming":
        write_records(session, record.entity, [], [(record, version)], units)
        comment = _("Exchange conflict settled: kept the version from installation "
                    "{origin}.").format(origin=peer[:8])  # fmt: skip
    else:
        table = table_of(MODELS[record.entity])
        session.execute(
            update(table)
            .where(table.c.id == record.id)
            .values(version=version, updated_at=utcnow(), updated_by=audit.context.actor.user_id)
        )
        comment = _("Exchange conflict settled: kept this database's version, not the "
                    "one from installation {origin}.").format(origin=peer[:8])  # fmt: skip
    remember_lineage(session, record.entity, [(str(record.id), [h for h in hashes if h])])
    diff = differences(record.local or {}, record.encoded)
    before = {d.field: d.local for d in diff}
    after = {d.field: d.incoming for d in diff}
    audit.record(
        session, action="update" if keep == "incoming" else "exchange_keep",
        entity_type=record.entity, entity_id=record.id, entity_code=record.code,
        before={**before, "version": record.local_version} if keep == "incoming" else None,
        after={**after, "version": version} if keep == "incoming" else {"version": version},
        comment=comment,
    )  # fmt: skip


def local_record(session: Any, entity: str, entity_id: str) -> dict[str, Any] | None:
    from surplus_assets.exchange.package_export import collect_records

    found = collect_records(session, entity, [uuid.UUID(entity_id)])
    return next(iter(found.values()), None)


def find_conflict(session: Any, conflict_id: uuid.UUID | str) -> ExchangeConflict:
    try:
        key = conflict_id if isinstance(conflict_id, uuid.UUID) else uuid.UUID(str(conflict_id))
    except ValueError:
        key = None
    conflict = session.get(ExchangeConflict, key) if key else None
    if conflict is None:
        # The CLI shows short ids: accept a unique prefix.
        matches = [
            c
            for c in session.scalars(
                select(ExchangeConflict).where(ExchangeConflict.resolved_at.is_(None))
            )
            if str(c.id).startswith(str(conflict_id))
        ]
        conflict = matches[0] if len(matches) == 1 else None
    if conflict is None:
        raise NotFoundError(_("No open exchange conflict {id}.").format(id=conflict_id))
    if conflict.resolved_at is not None:
        raise ValidationError(
            [
                FieldProblem(
                    "conflict",
                    _("This conflict was already settled ({choice}).").format(
                        choice=conflict.resolution
                    ),
                )
            ]
        )
    found: ExchangeConflict = conflict
    return found


def check_choice(choice: str) -> None:
    if choice not in KEEP_CHOICES:
        raise ValidationError([FieldProblem("keep", _("Choose \"local\" or \"incoming\"."),
                                            choice)])  # fmt: skip
