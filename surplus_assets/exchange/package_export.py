"""Writing an exchange package: what changed since the last export to a destination, or all.

What travels: assets (with their buildings), proposals (with their assets and workflow
history), attachment records and bytes, the audit events behind them (of every installation,
so a laptop can relay what it received) and the units they refer to. "Since the last export to
D" means records whose updated_at moved after that export, plus every record named by an audit
event added locally after it (its audit watermark), which catches records received by import
since then, whose updated_at is their origin's.

Each record carries `lineage`: the content hashes of its versions this database has sent or
received, so the importer can tell a fast-forward from a conflict.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from surplus_assets.db.models import (
    AdminUnit,
    Asset,
    Attachment,
    AuditEvent,
    Building,
    ExchangeLineage,
    Proposal,
    ProposalAsset,
    ProposalTransition,
    table_of,
)
from surplus_assets.db.types import utcnow
from surplus_assets.exchange import records as shapes
from surplus_assets.exchange.package_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    PackageLayer,
)

CHUNK = 500


@dataclass(frozen=True)
class ExportSelection:
    """Which records to export: everything, or changes after a time and an audit row."""

    since_time: datetime | None = None
    since_audit_row: int | None = None

    @property
    def everything(self) -> bool:
        return self.since_time is None and self.since_audit_row is None


@dataclass
class ExportContent:
    assets: list[dict[str, Any]]
    proposals: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    audit_events: list[dict[str, Any]]
    units: list[dict[str, Any]]
    audit_watermark: int
    range_from: datetime | None
    range_to: datetime | None

    def counts(self) -> dict[str, int]:
        return {"assets": len(self.assets), "proposals": len(self.proposals),
                "attachments": len(self.attachments), "audit_events": len(self.audit_events),
                "units": len(self.units)}  # fmt: skip

    def lineage_rows(self) -> list[dict[str, str]]:
        """(entity, id, hash) of every exported version, to remember what left this database."""
        rows = []
        for entity, records in (("asset", self.assets), ("proposal", self.proposals),
                                ("attachment", self.attachments)):  # fmt: skip
            for record in records:
                rows.append({"entity_type": entity, "entity_id": record["id"],
                             "content_hash": record["lineage"][-1]})  # fmt: skip
        return rows


def _rows(session: Session, table: Table, ids: Sequence[uuid.UUID] | None,
          key: str = "id") -> Iterable[Any]:  # fmt: skip
    if ids is None:
        yield from session.execute(select(table)).mappings()
        return
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        yield from session.execute(select(table).where(table.c[key].in_(chunk))).mappings()


def _changed_ids(session: Session, model: Any, entity: str, selection: ExportSelection,
                 events: Sequence[Any]) -> list[uuid.UUID] | None:  # fmt: skip
    if selection.everything:
        return None
    ids: set[uuid.UUID] = set()
    if selection.since_time is not None:
        ids.update(
            session.scalars(select(model.id).where(model.updated_at >= selection.since_time))
        )
    for event in events:
        if event["entity_type"] == entity:
            try:
                ids.add(uuid.UUID(event["entity_id"]))
            except ValueError:
                continue
    return sorted(ids)


def _lineage(
    session: Session, entity: str, ids: Sequence[uuid.UUID] | None
) -> dict[str, list[str]]:
    table = table_of(ExchangeLineage)
    result: dict[str, list[str]] = defaultdict(list)
    statement = select(table.c.entity_id, table.c.content_hash).where(table.c.entity_type == entity)
    if ids is None:
        for entity_id, digest in session.execute(statement):
            result[entity_id].append(digest)
        return result
    strings = [str(i) for i in ids]
    for start in range(0, len(strings), CHUNK):
        chunk = strings[start : start + CHUNK]
        for entity_id, digest in session.execute(statement.where(table.c.entity_id.in_(chunk))):
            result[entity_id].append(digest)
    return result


def _with_lineage(record: dict[str, Any], known: dict[str, list[str]]) -> dict[str, Any]:
    digest = shapes.content_hash(record)
    previous = sorted(h for h in known.get(record["id"], ()) if h != digest)
    record["lineage"] = [*previous, digest]  # the current content's hash comes last
    return record


def collect_records(session: Session, entity: str, ids: Sequence[uuid.UUID] | None
                    ) -> dict[uuid.UUID, dict[str, Any]]:  # fmt: skip
    """Records of one entity (all, or these ids) encoded as a package holds them."""
    result: dict[uuid.UUID, dict[str, Any]] = {}
    if entity == "asset":
        buildings: dict[Any, list[Any]] = defaultdict(list)
        for row in _rows(session, table_of(Building), ids, "asset_id"):
            buildings[row["asset_id"]].append(row)
        for row in _rows(session, table_of(Asset), ids):
            record = shapes.ASSET.encode(row)
            children = sorted(buildings.get(row["id"], ()), key=lambda b: b["position"])
            record["buildings"] = [shapes.BUILDING.encode(b) for b in children]
            result[row["id"]] = record
    elif entity == "proposal":
        items: dict[Any, list[str]] = defaultdict(list)
        for row in _rows(session, table_of(ProposalAsset), ids, "proposal_id"):
            items[row["proposal_id"]].append(str(row["asset_id"]))
        transitions: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        for row in _rows(session, table_of(ProposalTransition), ids, "proposal_id"):
            transitions[row["proposal_id"]].append(shapes.TRANSITION.encode(row))
        for row in _rows(session, table_of(Proposal), ids):
            record = shapes.PROPOSAL.encode(row)
            record["assets"] = sorted(items.get(row["id"], ()))
            record["transitions"] = sorted(transitions.get(row["id"], ()),
                                           key=lambda t: (t["occurred_at"], t["id"]))  # fmt: skip
            result[row["id"]] = record
    else:
        for row in _rows(session, table_of(Attachment), ids):
            result[row["id"]] = shapes.ATTACHMENT.encode(row)
    return result


def collect(session: Session, selection: ExportSelection) -> ExportContent:
    """The records and events to export, encoded and ready to write."""
    event_query = select(table_of(AuditEvent)).order_by(AuditEvent.id)
    if selection.since_audit_row is not None:
        event_query = event_query.where(AuditEvent.id > selection.since_audit_row)
    if selection.since_time is not None and selection.since_audit_row is None:
        event_query = event_query.where(AuditEvent.occurred_at >= selection.since_time)
    raw_events = list(session.execute(event_query).mappings())
    watermark = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)) or 0

    lists: dict[str, list[dict[str, Any]]] = {}
    for entity, model in (("asset", Asset), ("proposal", Proposal), ("attachment", Attachment)):
        ids = _changed_ids(session, model, entity, selection, raw_events)
        known = _lineage(session, entity, ids)
        lists[entity] = [
            _with_lineage(record, known)
            for record in collect_records(session, entity, ids).values()
        ]
    assets, proposals, attachments = lists["asset"], lists["proposal"], lists["attachment"]

    events = [shapes.AUDIT_EVENT.encode(e) for e in raw_events]
    unit_ids = sorted({a[k] for a in assets for k in ("current_unit_id", "legacy_unit_id",
                                                      "province_id") if a.get(k)}
                      | {p[k] for p in proposals for k in ("recipient_unit_id", "province_id")
                         if p.get(k)})  # fmt: skip
    units = [{"id": u.id, "name": u.name} for start in range(0, len(unit_ids), CHUNK)
             for u in session.scalars(select(AdminUnit).where(
                 AdminUnit.id.in_(unit_ids[start : start + CHUNK])))]  # fmt: skip
    times = [e["occurred_at"] for e in raw_events]
    return ExportContent(
        assets, proposals, attachments, events, units, watermark,
        selection.since_time or (min(times) if times else None), utcnow(),
    )  # fmt: skip


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class WrittenPackage:
    package_id: str
    path: Path
    manifest_sha256: str
    counts: dict[str, int]
    signed: bool


def write_package(
    target: Path,
    content: ExportContent,
    *,
    origin_id: str,
    created_by: str,
    destination: str | None,
    attachment_file: Any,
    sign: Any = None,
    layer: PackageLayer | None = None,
) -> WrittenPackage:
    """Write the zip next to `target`, then move it into place (never a half-written file).

    `attachment_file(sha256) -> Path | None` finds stored attachment bytes; `sign(manifest
    bytes) -> signature bytes` signs the manifest when the officer has a certificate.
    """
    package_id = str(uuid.uuid4())
    members: dict[str, bytes] = {
        "assets.json": _json_bytes(content.assets),
        "proposals.json": _json_bytes(content.proposals),
        "attachments.json": _json_bytes(content.attachments),
        "audit_events.json": _json_bytes(content.audit_events),
        "units.json": _json_bytes(content.units),
    }
    listed = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
              for name, data in members.items()}  # fmt: skip
    files: dict[str, Path] = {}
    for attachment in content.attachments:
        found = attachment_file(attachment["sha256"])
        if found is not None and attachment["sha256"] not in files:
            files[attachment["sha256"]] = found
            listed[f"files/{attachment['sha256']}"] = {"sha256": attachment["sha256"],
                                                       "size": found.stat().st_size}  # fmt: skip
    manifest = {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "package_id": package_id,
        "origin_id": origin_id, "created_at": utcnow().isoformat(), "created_by": created_by,
        "destination": destination,
        "range_from": content.range_from.isoformat() if content.range_from else None,
        "range_to": content.range_to.isoformat() if content.range_to else None,
        "counts": content.counts(), "members": listed,
    }  # fmt: skip
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    partial = target.with_name(f".{target.name}.{package_id[:8]}.partial")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        # Level 1: JSON still shrinks ~8x while deflate stays a small part of the export time.
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            if sign is not None:
                archive.writestr(SIGNATURE, sign(manifest_bytes))
            for name, data in members.items():
                archive.writestr(name, data)
            for digest, path in files.items():
                archive.write(path, f"files/{digest}", compress_type=zipfile.ZIP_STORED)
        if layer is not None:
            wrapped = partial.with_name(partial.name + ".wrapped")
            layer.wrap(partial, wrapped)
            os.replace(wrapped, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return WrittenPackage(package_id, target, hashlib.sha256(manifest_bytes).hexdigest(),
                          content.counts(), sign is not None)  # fmt: skip
