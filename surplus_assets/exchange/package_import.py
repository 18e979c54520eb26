"""Importing a verified package: validate every record, plan the merge, apply it in one go.

`plan_import(session, package, units)` reads only: it decodes and checks every record (types,
sizes, known units, kinds, references) and the audit events (each must extend its origin's chain
here, with a hash that checks), loads the local versions and lineage, and decides each record
(merge.decide). `apply_plan(session, plan, ...)` then writes everything with Core bulk
statements inside the caller's transaction. Nothing is written when planning fails.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from surplus_assets.db.models import (
    Asset,
    Attachment,
    AuditEvent,
    Building,
    ExchangeLineage,
    ExchangeLog,
    Proposal,
    ProposalAsset,
    ProposalTransition,
    User,
    table_of,
)
from surplus_assets.domain.asset_kinds import AssetKind, AssetStatus
from surplus_assets.domain.text import collation_key
from surplus_assets.errors import FieldProblem, ValidationError
from surplus_assets.exchange import records as shapes
from surplus_assets.exchange.merge import Outcome, applied_version, decide
from surplus_assets.exchange.package_format import PackageError
from surplus_assets.exchange.package_reader import VerifiedPackage
from surplus_assets.i18n import _
from surplus_assets.services.audit import GENESIS, event_hash
from surplus_assets.services.audit_anchor import chain_head
from surplus_assets.services.catalogue import asset_search_text
from surplus_assets.services.units import UnitRegistry

CHUNK = 500
MAX_PROBLEMS = 20
ENTITIES = ("asset", "proposal", "attachment")
MEMBER_OF = {"asset": "assets.json", "proposal": "proposals.json",
             "attachment": "attachments.json"}  # fmt: skip


@dataclass
class Incoming:
    """One decoded record of the package, with the local record it meets."""

    entity: str
    encoded: dict[str, Any]  # as in the package (for the side-by-side view and conflicts)
    values: dict[str, Any]  # typed, for the database
    children: dict[str, Any]  # buildings / assets+transitions
    content_hash: str
    lineage: list[str]
    outcome: Outcome = Outcome.NEW
    local: dict[str, Any] | None = None  # the local record, encoded
    local_hash: str | None = None

    @property
    def id(self) -> uuid.UUID:
        value: uuid.UUID = self.values["id"]
        return value

    @property
    def code(self) -> str:
        return str(self.values.get("code") or self.values.get("file_name") or self.id)

    @property
    def version(self) -> int:
        return int(self.values["version"])

    @property
    def local_version(self) -> int:
        return int(self.local["version"]) if self.local else 0


@dataclass
class ImportPlan:
    package: VerifiedPackage
    already_imported: bool
    records: dict[str, list[Incoming]]
    new_events: list[dict[str, Any]]
    skipped_events: int
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def conflicts(self) -> list[Incoming]:
        return [r for e in ENTITIES for r in self.records[e] if r.outcome is Outcome.CONFLICT]


class Problems:
    def __init__(self) -> None:
        self.items: list[FieldProblem] = []

    def add(self, where: str, message: str, value: object = None) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(FieldProblem(where, message, value))

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(list(self.items))


def decode_record(entity: str, raw: Any, where: str, units: UnitRegistry,
                  officers: set[uuid.UUID], problems: Problems) -> Incoming | None:  # fmt: skip
    """One record of a package decoded and checked, or None with its problem noted."""
    shape = {"asset": shapes.ASSET, "proposal": shapes.PROPOSAL,
             "attachment": shapes.ATTACHMENT}[entity]  # fmt: skip
    try:
        values = shape.decode(raw, where)
        children = _decode_children(entity, raw, where)
        lineage = raw.get("lineage")
        if not isinstance(lineage, list) or not all(
                isinstance(h, str) and len(h) == 64 for h in lineage):  # fmt: skip
            raise shapes.RecordProblem("lineage", _("The record lineage is missing."))
    except shapes.RecordProblem as problem:
        problems.add(f"{where}.{problem.field}", problem.message)
        return None
    encoded = {k: v for k, v in raw.items() if k != "lineage"}
    digest = shapes.content_hash(encoded)
    _check_domain(entity, values, where, problems, units)
    if entity == "proposal" and values.get("responsible_officer_id") not in officers:
        values["responsible_officer_id"] = None  # an account of another laptop
    return Incoming(entity, encoded, values, children, digest, [*lineage, digest])


def _decode_all(package: VerifiedPackage, problems: Problems, units: UnitRegistry,
                officers: set[uuid.UUID]) -> dict[str, list[Incoming]]:  # fmt: skip
    result: dict[str, list[Incoming]] = {e: [] for e in ENTITIES}
    for entity in ENTITIES:
        member = MEMBER_OF[entity]
        seen: set[uuid.UUID] = set()
        for index, raw in enumerate(package.records(member)):
            where = f"{member}[{index}]"
            record = decode_record(entity, raw, where, units, officers, problems)
            if record is None:
                continue
            if record.id in seen:
                problems.add(where, _("The record appears twice in the package."))
            seen.add(record.id)
            result[entity].append(record)
    return result


def _decode_children(entity: str, raw: Mapping[str, Any], where: str) -> dict[str, Any]:
    if entity == "asset":
        rows = raw.get("buildings")
        if not isinstance(rows, list):
            raise shapes.RecordProblem("buildings", _("A required value is missing."))
        return {"buildings": [shapes.BUILDING.decode(b, where) for b in rows]}
    if entity == "proposal":
        assets, transitions = raw.get("assets"), raw.get("transitions")
        if not isinstance(assets, list) or not isinstance(transitions, list):
            raise shapes.RecordProblem("assets", _("A required value is missing."))
        try:
            asset_ids = [uuid.UUID(a) for a in assets]
        except (ValueError, TypeError, AttributeError) as error:
            raise shapes.RecordProblem("assets", _("A required value is missing.")) from error
        return {
            "assets": asset_ids,
            "transitions": [shapes.TRANSITION.decode(t, where) for t in transitions],
        }
    return {}


def _check_domain(entity: str, values: dict[str, Any], where: str, problems: Problems,
                  units: UnitRegistry) -> None:  # fmt: skip
    unit_fields = {"asset": ("current_unit_id", "legacy_unit_id", "province_id"),
                   "proposal": ("recipient_unit_id", "province_id")}.get(entity, ())  # fmt: skip
    for name in unit_fields:
        unit_id = values.get(name)
        if unit_id is not None and unit_id not in units.units:
            problems.add(
                f"{where}.{name}",
                _("Unknown administrative unit {unit}: this database does not know it.").format(
                    unit=unit_id
                ),
                unit_id,
            )
    if entity == "asset":
        if values["kind"] not in set(AssetKind):
            problems.add(f"{where}.kind", _("Unknown asset kind."), values["kind"])
        if values["status"] not in set(AssetStatus):
            problems.add(f"{where}.status", _("Unknown asset status."), values["status"])


def _local_encoded(session: Session, entity: str, ids: Sequence[uuid.UUID]
                   ) -> dict[uuid.UUID, dict[str, Any]]:  # fmt: skip
    """The local records with these ids, encoded exactly as an export would encode them."""
    from surplus_assets.exchange.package_export import collect_records

    return collect_records(session, entity, list(ids))


def _local_lineage(session: Session, entity: str, ids: Sequence[uuid.UUID]) -> dict[str, set[str]]:
    table = table_of(ExchangeLineage)
    result: dict[str, set[str]] = defaultdict(set)
    strings = [str(i) for i in ids]
    for start in range(0, len(strings), CHUNK):
        statement = select(table.c.entity_id, table.c.content_hash).where(
            table.c.entity_type == entity, table.c.entity_id.in_(strings[start : start + CHUNK])
        )
        for entity_id, digest in session.execute(statement):
            result[entity_id].add(digest)
    return result


def _plan_events(session: Session, package: VerifiedPackage, problems: Problems
                 ) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
    """The incoming audit events this database lacks, each checked to extend its chain."""
    by_origin: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for index, raw in enumerate(package.records("audit_events.json")):
        try:
            values = shapes.AUDIT_EVENT.decode(raw, f"audit_events.json[{index}]")
        except shapes.RecordProblem as problem:
            problems.add(f"audit_events.json[{index}].{problem.field}", problem.message)
            continue
        by_origin[values["origin_id"]].append((raw, values))
    new: list[dict[str, Any]] = []
    skipped = 0
    for origin, events in by_origin.items():
        events.sort(key=lambda pair: pair[1]["origin_seq"])
        last = chain_head(session, origin)
        seq, prev = last if last else (0, GENESIS)
        first_seq = events[0][1]["origin_seq"]
        known = dict(session.execute(
            select(AuditEvent.origin_seq, AuditEvent.hash).where(
                AuditEvent.origin_id == origin, AuditEvent.origin_seq >= first_seq,
                AuditEvent.origin_seq <= seq)).all()) if first_seq <= seq else {}  # fmt: skip
        for raw, values in events:
            number = values["origin_seq"]
            fields = {k: raw.get(k) for k in (
                "event_id", "origin_id", "origin_seq", "occurred_at", "actor_id", "actor_name",
                "action", "entity_type", "entity_id", "entity_code", "before", "after",
                "comment")}  # fmt: skip
            if event_hash(fields, values["prev_hash"]) != values["hash"]:
                problems.add(
                    f"audit_events.json[{origin}:{number}]",
                    _("An audit event does not match its own hash: it was changed."),
                )
                break
            if number <= seq:
                if known.get(number) != values["hash"]:
                    problems.add(
                        f"audit_events.json[{origin}:{number}]",
                        _(
                            "Audit event {seq} of installation {origin} differs from the one this "
                            "database already has."
                        ).format(seq=number, origin=origin[:8]),
                    )
                    break
                skipped += 1
                continue
            if number != seq + 1 or values["prev_hash"] != prev:
                problems.add(
                    f"audit_events.json[{origin}:{number}]",
                    _(
                        "Audit events {first} to {last} of installation {origin} are missing here: "
                        "import the earlier packages from it first, or ask for a full export."
                    ).format(first=seq + 1, last=number - 1, origin=origin[:8]),
                )
                break
            new.append(values)
            seq, prev = number, values["hash"]
    return new, skipped


def plan_import(session: Session, package: VerifiedPackage, units: UnitRegistry) -> ImportPlan:
    """Validate and decide every record of `package`; ValidationError lists what is wrong."""
    already = session.get(ExchangeLog, (package.package_id, "import")) is not None
    problems = Problems()
    officers = set(session.scalars(select(User.id)))
    records = _decode_all(package, problems, units, officers)
    new_events, skipped = _plan_events(session, package, problems)
    known_assets = {r.id for r in records["asset"]}
    known_proposals = {r.id for r in records["proposal"]}
    _check_references(session, records, known_assets, known_proposals, problems)
    problems.raise_if_any()
    plan = ImportPlan(package, already, records, new_events, skipped)
    for entity in ENTITIES:
        incoming = records[entity]
        local = _local_encoded(session, entity, [r.id for r in incoming])
        lineage = _local_lineage(session, entity, [r.id for r in incoming])
        for record in incoming:
            mine = local.get(record.id)
            if mine is not None:
                record.local = mine
                record.local_hash = shapes.content_hash(mine)
            record.outcome = decide(
                record.local_hash, record.local_version, lineage.get(str(record.id), set()),
                record.content_hash, record.version, record.lineage,
            )  # fmt: skip
        plan.counts[entity] = {o.value: sum(r.outcome is o for r in incoming) for o in Outcome}
    plan.counts["audit_events"] = {"new": len(new_events), "identical": skipped}
    return plan


def _check_references(session: Session, records: dict[str, list[Incoming]],
                      assets: set[uuid.UUID], proposals: set[uuid.UUID],
                      problems: Problems) -> None:  # fmt: skip
    wanted_assets = {a for p in records["proposal"] for a in p.children["assets"]} | {
        a.values["asset_id"] for a in records["attachment"] if a.values["asset_id"]
    }
    wanted_proposals = {a.values["proposal_id"] for a in records["attachment"]
                        if a.values["proposal_id"]}  # fmt: skip
    for model, wanted, known in (
        (Asset, wanted_assets - assets, assets),
        (Proposal, wanted_proposals - proposals, proposals),
    ):
        missing = set(wanted)
        ids = sorted(missing)
        for start in range(0, len(ids), CHUNK):
            missing -= set(session.scalars(select(model.id).where(
                model.id.in_(ids[start : start + CHUNK]))))  # fmt: skip
        for item in sorted(missing)[:5]:
            problems.add(
                "references",
                _(
                    "The package refers to record {id}, which is neither "
                    "in the package nor in this database."
                ).format(id=item),
            )
        del known


# ---- applying ---------------------------------------------------------------------------------


def _upsert_ignore(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = table_of(model)
    maker = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(maker(table).on_conflict_do_nothing(), rows)


def _db_values(record: Incoming, units: UnitRegistry, version: int) -> dict[str, Any]:
    values = dict(record.values)
    values["version"] = version
    if record.entity == "asset":
        values["search_text"] = asset_search_text(values, units)
        values["name_sort"] = collation_key(values["name"])
    return values


def write_records(
    session: Session,
    entity: str,
    new: Sequence[Incoming],
    replaced: Sequence[tuple[Incoming, int]],
    units: UnitRegistry,
) -> None:
    """Insert new records and replace existing ones (with the given versions), children too."""
    model = {"asset": Asset, "proposal": Proposal, "attachment": Attachment}[entity]
    table = table_of(model)
    if new:
        session.execute(insert(table), [_db_values(r, units, r.version) for r in new])
    if replaced:
        rows = [_db_values(r, units, version) for r, version in replaced]
        columns = [c for c in rows[0] if c != "id"]
        statement = update(table).where(table.c.id == bindparam("_id")).values(
            {c: bindparam(c) for c in columns})  # fmt: skip
        session.connection().execute(statement, [{**row, "_id": row["id"]} for row in rows])
    touched = [*new, *(r for r, _v in replaced)]
    if entity == "asset":
        _replace_children(session, Building, "asset_id", [r for r, _v in replaced],
                          [{**b, "id": uuid.uuid4(), "asset_id": r.id}
                           for r in touched for b in r.children["buildings"]])  # fmt: skip
    elif entity == "proposal":
        replaced_records = [r for r, _v in replaced]
        _replace_children(session, ProposalAsset, "proposal_id", replaced_records,
                          [{"proposal_id": r.id, "asset_id": a}
                           for r in touched for a in r.children["assets"]])  # fmt: skip
        _replace_children(session, ProposalTransition, "proposal_id", replaced_records,
                          [{**t, "proposal_id": r.id}
                           for r in touched for t in r.children["transitions"]])  # fmt: skip


def _replace_children(session: Session, model: Any, key: str, replaced: Sequence[Incoming],
                      rows: list[dict[str, Any]]) -> None:  # fmt: skip
    table = table_of(model)
    ids = [r.id for r in replaced]
    for start in range(0, len(ids), CHUNK):
        session.execute(delete(table).where(table.c[key].in_(ids[start : start + CHUNK])))
    if rows:
        session.execute(insert(table), rows)


def remember_lineage(session: Session, entity: str, pairs: Iterable[tuple[str, Iterable[str]]]
                     ) -> None:  # fmt: skip
    rows = [{"entity_type": entity, "entity_id": entity_id, "content_hash": digest}
            for entity_id, hashes in pairs for digest in set(hashes)]  # fmt: skip
    for start in range(0, len(rows), 5000):
        _upsert_ignore(session, ExchangeLineage, rows[start : start + 5000])


def apply_plan(session: Session, plan: ImportPlan, units: UnitRegistry,
               store_file: Callable[[str, Any], None]) -> None:  # fmt: skip
    """Write the planned changes (conflicts are the caller's: resolved or kept for later)."""
    _refuse_moved_records(session, plan)
    for entity in ENTITIES:
        records = plan.records[entity]
        new = [r for r in records if r.outcome is Outcome.NEW]
        replaced = [(r, applied_version(r.local_version, r.version))
                    for r in records if r.outcome is Outcome.APPLY]  # fmt: skip
        write_records(session, entity, new, replaced, units)
        remember_lineage(session, entity, ((str(r.id), r.lineage) for r in records
                                           if r.outcome is not Outcome.CONFLICT))  # fmt: skip
        if entity == "attachment":
            for record in (*new, *(r for r, _v in replaced)):
                path = plan.package.files.get(record.values["sha256"])
                if path is not None:
                    store_file(record.values["sha256"], path)
    if plan.new_events:
        session.execute(insert(table_of(AuditEvent)), plan.new_events)


def _refuse_moved_records(session: Session, plan: ImportPlan) -> None:
    """Someone saved one of the records between preview and apply: preview again."""
    for entity, model in (("asset", Asset), ("proposal", Proposal), ("attachment", Attachment)):
        expected = {r.id: r.local_version for r in plan.records[entity] if r.local is not None}
        ids = sorted(expected)
        for start in range(0, len(ids), CHUNK):
            for record_id, version in session.execute(select(model.id, model.version).where(
                    model.id.in_(ids[start : start + CHUNK]))):  # fmt: skip
                if version != expected[record_id]:
                    raise PackageError(_("Records changed in this database while the package "
                                         "was being reviewed. Open the package again to see "
                                         "the current differences."))  # fmt: skip
