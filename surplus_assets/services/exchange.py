"""Offline exchange between laptops: export a package, preview an import, apply it, resolve.

    result = services.exchange.export(Path("to-province.zip"), destination="province")
    preview = services.exchange.inspect(Path("from-district.zip"))   # verifies, reads only
    preview.counts, preview.conflicts, preview.signature.describe()
    services.exchange.apply(preview, {conflict.entity_id: "incoming"})  # one transaction
    services.exchange.conflicts(); services.exchange.resolve(conflict_id, keep="local")

Conflicts left without a choice (the CLI, or a user who postpones) are kept in
exchange_conflicts with the incoming record until someone resolves them; the rest of the
package is applied meanwhile. Every import, export and resolution is audited.

The records handed back are in exchange_results.py; how a conflict is kept and settled is
in exchange_conflicts.py.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from surplus_assets.bulk_memory import collector_paused
from surplus_assets.db.models import ExchangeConflict, ExchangeLog, User
from surplus_assets.db.types import utcnow
from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ConcurrencyError, FieldProblem, ValidationError
from surplus_assets.exchange import records as shapes
from surplus_assets.exchange.package_export import ExportSelection, collect, write_package
from surplus_assets.exchange.package_format import PackageLayer
from surplus_assets.exchange.package_import import (
    Problems,
    apply_plan,
    decode_record,
    plan_import,
    remember_lineage,
)
from surplus_assets.exchange.package_reader import read_package
from surplus_assets.exchange.package_signing import sign_manifest
from surplus_assets.i18n import _
from surplus_assets.paths import attachment_store_dir
from surplus_assets.reports.signing import Pkcs12Source
from surplus_assets.services.audit import AuditRecorder
from surplus_assets.services.context import ServiceContext
from surplus_assets.services.exchange_conflicts import (
    check_choice,
    find_conflict,
    local_record,
    settle_conflict,
)
from surplus_assets.services.exchange_results import (
    ConflictView,
    ExportResult,
    ImportPreview,
    ImportResult,
    conflict_view,
    differences,
)
from surplus_assets.services.units import UnitRegistry


def stored_attachment(sha256: str) -> Path | None:
    """Where the attachment store keeps these bytes (content-addressed by SHA-256)."""
    path = attachment_store_dir() / sha256[:2] / sha256
    return path if path.exists() else None


def store_attachment(sha256: str, source: Path) -> None:
    target = attachment_store_dir() / sha256[:2] / sha256
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    shutil.copyfile(source, partial)
    partial.replace(target)


class ExchangeService:
    def __init__(self, context: ServiceContext, units: UnitRegistry) -> None:
        self.context = context
        self.units = units
        self.audit = AuditRecorder(context)

    # ---- export ----------------------------------------------------------------------------

    def export(
        self,
        target: Path,
        *,
        since: datetime | str | None = None,
        destination: str | None = None,
        signer: Pkcs12Source | None = None,
        layer: PackageLayer | None = None,
    ) -> ExportResult:
        """Write a package of what changed since `since` (a time, "last" export to
        `destination`, or None: "last" when a destination is named, else everything)."""
        self.context.require(Permission.VIEW)
        with collector_paused(), self.context.db.write() as session:  # bulk work: bulk_memory
            selection = self._selection(session, since, destination)
            content = collect(session, selection)
            written = write_package(
                target, content, origin_id=self.context.origin_id,
                created_by=self.context.actor.name, destination=destination,
                attachment_file=stored_attachment,
                sign=(lambda manifest: sign_manifest(manifest, signer)) if signer else None,
                layer=layer,
            )  # fmt: skip
            remember_lineage_rows(session, content.lineage_rows())
            self.audit.record(
                session,
                action="exchange_export",
                entity_type="exchange",
                entity_id=written.package_id,
                entity_code=destination,
                after={"counts": written.counts, "file": target.name},
            )
            session.add(ExchangeLog(
                package_id=written.package_id, direction="export",
                peer=destination or "", occurred_at=utcnow(), range_from=content.range_from,
                range_to=content.range_to, counts=written.counts,
                # The export's own event is after the watermark: the next package carries it.
                manifest_sha256=written.manifest_sha256,
                audit_watermark=content.audit_watermark))  # fmt: skip
        return ExportResult(written.package_id, target, written.counts, written.signed,
                            content.range_from, content.range_to)  # fmt: skip

    def _selection(self, session: Any, since: datetime | str | None,
                   destination: str | None) -> ExportSelection:  # fmt: skip
        if isinstance(since, datetime):
            return ExportSelection(since_time=since)
        if since in (None, "all") and (since == "all" or not destination):
            return ExportSelection()
        if since not in (None, "last"):
            raise ValidationError([FieldProblem("since", _(
                "Give a date and time (ISO, e.g. 2026-01-31T08:00+07:00), \"last\" or \"all\"."),
                since)])  # fmt: skip
        if not destination:
            raise ValidationError(
                [
                    FieldProblem(
                        "since", _('"Since the last export" needs a destination name (--to).')
                    )
                ]
            )
        last = session.scalars(select(ExchangeLog).where(
            ExchangeLog.direction == "export", ExchangeLog.peer == destination)
            .order_by(ExchangeLog.occurred_at.desc()).limit(1)).first()  # fmt: skip
        if last is None:
            return ExportSelection()
        return ExportSelection(since_time=last.range_to or last.occurred_at,
                               since_audit_row=last.audit_watermark or 0)  # fmt: skip

    # ---- import ----------------------------------------------------------------------------

    def inspect(self, path: Path, layers: Sequence[PackageLayer] = ()) -> ImportPreview:
        """Verify the package and preview the merge; writes nothing. Close or apply it."""
        self.context.require(Permission.IMPORT_DATA)
        package = read_package(path, layers)
        try:
            with collector_paused(), self.context.db.read() as session:
                plan = plan_import(session, package, self.units)
        except BaseException:
            package.close()
            raise
        manifest = package.manifest
        return ImportPreview(
            package.package_id, package.origin_id, str(manifest["created_at"]),
            str(manifest.get("created_by") or ""), package.signature, plan.already_imported,
            _zero(plan.counts) if plan.already_imported else plan.counts,
            [] if plan.already_imported else [conflict_view(r) for r in plan.conflicts()], plan,
        )  # fmt: skip

    def apply(self, preview: ImportPreview, resolutions: Mapping[str, str] | None = None
              ) -> ImportResult:  # fmt: skip
        """Apply a previewed package in one transaction; conflicts without a choice in
        `resolutions` (entity id → "local" | "incoming") are kept for later."""
        self.context.require(Permission.IMPORT_DATA)
        plan = preview._plan
        resolutions = dict(resolutions or {})
        for choice in resolutions.values():
            check_choice(choice)
        if plan.already_imported:
            preview.close()
            return ImportResult(preview.package_id, False, preview.counts, [], preview.signature)
        unresolved: list[ConflictView] = []
        try:
            with collector_paused(), self.context.db.write() as session:
                apply_plan(session, plan, self.units, store_attachment)
                for record in plan.conflicts():
                    chosen = resolutions.get(str(record.id))
                    if chosen is not None:
                        settle_conflict(
                            session, self.audit, self.units, record, chosen, plan.package.origin_id
                        )
                        continue
                    conflict = ExchangeConflict(
                        id=uuid.uuid4(), package_id=plan.package.package_id,
                        peer_origin=plan.package.origin_id, entity_type=record.entity,
                        entity_id=str(record.id), entity_code=record.code,
                        local_version=record.local_version, local_hash=record.local_hash or "",
                        incoming_version=record.version, incoming_hash=record.content_hash,
                        incoming={**record.encoded, "lineage": record.lineage},
                        detected_at=utcnow())  # fmt: skip
                    session.add(conflict)
                    unresolved.append(conflict_view(record, conflict.id))
                session.flush()
                event = self.audit.record(
                    session, action="exchange_import", entity_type="exchange",
                    entity_id=plan.package.package_id, entity_code=plan.package.origin_id[:8],
                    after={"counts": plan.counts, "unresolved": len(unresolved),
                           "signed_by": plan.package.signature.signer or None},
                )  # fmt: skip
                session.add(ExchangeLog(
                    package_id=plan.package.package_id, direction="import",
                    peer=plan.package.origin_id, occurred_at=utcnow(),
                    range_from=_time(plan.package.manifest.get("range_from")),
                    range_to=_time(plan.package.manifest.get("range_to")),
                    counts={k: v for k, v in plan.counts.items()},
                    manifest_sha256=plan.package.manifest_sha256,
                    audit_watermark=event.id))  # fmt: skip
        finally:
            preview.close()
        return ImportResult(preview.package_id, True, plan.counts, unresolved, preview.signature)

    def import_package(self, path: Path, resolutions: Mapping[str, str] | None = None, *,
                       dry_run: bool = False) -> ImportResult:  # fmt: skip
        """inspect() then apply() (or only inspect, for a dry run)."""
        preview = self.inspect(path)
        if dry_run:
            preview.close()
            return ImportResult(preview.package_id, False, preview.counts, preview.conflicts,
                                preview.signature)  # fmt: skip
        return self.apply(preview, resolutions)

    # ---- conflicts -------------------------------------------------------------------------

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictView]:
        """Conflicts kept for later, oldest first, each with its side-by-side differences."""
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            statement = select(ExchangeConflict).order_by(ExchangeConflict.detected_at)
            if not include_resolved:
                statement = statement.where(ExchangeConflict.resolved_at.is_(None))
            result = []
            for conflict in session.scalars(statement):
                local = local_record(session, conflict.entity_type, conflict.entity_id)
                result.append(ConflictView(
                    conflict.entity_type, conflict.entity_id, conflict.entity_code or "",
                    int(local["version"]) if local else 0, conflict.incoming_version,
                    differences(local or {}, conflict.incoming), conflict.id))  # fmt: skip
            return result

    def resolve(self, conflict_id: uuid.UUID | str, keep: str) -> None:
        """Settle a kept conflict: keep this database's version or take the incoming one."""
        self.context.require(Permission.IMPORT_DATA)
        check_choice(keep)
        with self.context.db.write() as session:
            conflict = find_conflict(session, conflict_id)
            officers = set(session.scalars(select(User.id)))
            problems = Problems()
            record = decode_record(conflict.entity_type, conflict.incoming, "conflict",
                                   self.units, officers, problems)  # fmt: skip
            if record is None:
                raise ValidationError(problems.items)
            record.local = local_record(session, conflict.entity_type, conflict.entity_id)
            if record.local is None or record.local_version != conflict.local_version:
                raise ConcurrencyError(_(
                    "{code} changed here after the conflict was found (version {current}, the "
                    "conflict was about version {then}). Import the package again to compare "
                    "with the current version.").format(
                        code=conflict.entity_code, current=record.local_version,
                        then=conflict.local_version))  # fmt: skip
            record.local_hash = shapes.content_hash(record.local)
            settle_conflict(session, self.audit, self.units, record, keep, conflict.peer_origin)
            conflict.resolved_at, conflict.resolution = utcnow(), keep
            conflict.resolved_by = self.context.actor.name

    def history(self) -> list[dict[str, Any]]:
        """Packages written and read, newest first (the exchange page's log)."""
        self.context.require(Permission.VIEW)
        with self.context.db.read() as session:
            return [
                {
                    "package_id": e.package_id,
                    "direction": e.direction,
                    "peer": e.peer,
                    "occurred_at": e.occurred_at,
                    "counts": e.counts,
                }
                for e in session.scalars(
                    select(ExchangeLog).order_by(ExchangeLog.occurred_at.desc())
                )
            ]


def remember_lineage_rows(session: Any, rows: list[dict[str, str]]) -> None:
    by_entity: dict[str, list[tuple[str, list[str]]]] = {}
    for row in rows:
        by_entity.setdefault(row["entity_type"], []).append(
            (row["entity_id"], [row["content_hash"]])
        )
    for entity, pairs in by_entity.items():
        remember_lineage(session, entity, pairs)


def _zero(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {entity: {k: 0 for k in values} for entity, values in counts.items()}


def _time(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
