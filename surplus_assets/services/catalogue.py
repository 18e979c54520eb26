"""The asset register: create, read, update, soft-delete, restore, list and search.

Every change is validated by services.asset_input, checks the caller's permission and the
record's version (optimistic concurrency), and writes its audit event in the same
transaction. The read side for lists and search is services.asset_search (inherited); the
editor reads one full record here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from surplus_assets.db.models import Asset, AuditEvent, Building
from surplus_assets.db.types import utcnow
from surplus_assets.domain.asset_kinds import (
    BUILDING_FIELDS,
    FIELDS,
    KIND_CODE_PREFIX,
    MANUAL_STATUSES,
    AssetKind,
    AssetStatus,
    FieldType,
    status_label,
)
from surplus_assets.domain.permissions import Permission
from surplus_assets.domain.text import collation_key, fold
from surplus_assets.errors import (
    ConcurrencyError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from surplus_assets.i18n import _
from surplus_assets.services.asset_input import clean_asset
from surplus_assets.services.asset_search import (  # re-exported: the catalogue's API
    SORT_COLUMNS,
    AssetQuery,
    AssetRow,
    AssetSearch,
)
from surplus_assets.services.audit import AuditRecorder, changed_fields, json_ready
from surplus_assets.services.context import ServiceContext, actor_label
from surplus_assets.services.units import UnitRegistry

__all__ = ["SORT_COLUMNS", "AssetQuery", "AssetRecord", "AssetRow", "CatalogueService"]

RECORD_FIELDS = (*(spec.name for spec in FIELDS if spec.name != "code"), "province_id")
BUILDING_COLUMNS = tuple(spec.name for spec in BUILDING_FIELDS)
MONEY_FIELDS = frozenset(spec.name for spec in FIELDS if spec.type is FieldType.MONEY)


@dataclass(frozen=True)
class AssetRecord:
    """One asset in full, as the editor and `assets show` see it."""

    id: uuid.UUID
    code: str
    version: int
    values: dict[str, Any]
    buildings: list[dict[str, Any]] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None

    @property
    def kind(self) -> str:
        return str(self.values["kind"])

    def as_json(self) -> dict[str, Any]:
        result: dict[str, Any] = json_ready(
            {
                "id": self.id,
                "code": self.code,
                "version": self.version,
                **self.values,
                "buildings": self.buildings,
                "created_at": self.created_at,
                "updated_at": self.updated_at,
                "deleted_at": self.deleted_at,
            }
        )
        return result


@dataclass(frozen=True)
class HistoryEntry:
    occurred_at: datetime
    actor_name: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    comment: str | None


SEARCH_FIELDS = ("code", "name", "address", "custodian", "licence_plate", "serial_number",
                 "category", "car_brand", "current_unit_id", "legacy_unit_id")  # fmt: skip


def asset_search_text(values: Mapping[str, Any], units: UnitRegistry) -> str:
    """The folded text the list searches (also rebuilt by exchange imports)."""
    parts = [
        values.get("code"), values.get("name"), values.get("address"), values.get("custodian"),
        values.get("licence_plate"), values.get("serial_number"), values.get("category"),
        values.get("car_brand"),
        units.label(values.get("current_unit_id"), with_parent=False),
        units.label(values.get("legacy_unit_id"), with_parent=False),
    ]  # fmt: skip
    return fold(" | ".join(p for p in parts if p))


class _Unchanged(Exception):  # noqa: N818 (control flow, not an error)
    def __init__(self, record: AssetRecord) -> None:
        self.record = record


def _snapshot(asset: Asset) -> dict[str, Any]:
    values = {name: getattr(asset, name) for name in RECORD_FIELDS}
    values["code"] = asset.code
    return values


def _building_dicts(asset: Asset) -> list[dict[str, Any]]:
    return [{name: getattr(b, name) for name in BUILDING_COLUMNS} for b in asset.buildings]


class CatalogueService(AssetSearch):
    def __init__(self, context: ServiceContext, units: UnitRegistry) -> None:
        self.context = context
        self.units = units
        self.audit = AuditRecorder(context)

    # ---- reading -------------------------------------------------------------------------

    def get(self, asset_id: uuid.UUID | str, *, include_deleted: bool = False) -> AssetRecord:
        with self.context.db.read() as session:
            return self._record(self._load(session, asset_id, include_deleted))

    def _load(self, session: Session, key: uuid.UUID | str, include_deleted: bool) -> Asset:
        asset = None
        if isinstance(key, uuid.UUID):
            asset = session.get(Asset, key)
        else:
            try:
                asset = session.get(Asset, uuid.UUID(key))
            except ValueError:
                asset = session.scalar(select(Asset).where(Asset.code == key.strip()))
        if asset is None or (asset.deleted_at is not None and not include_deleted):
            raise NotFoundError(_("No asset {key}.").format(key=key))
        return asset

    def _record(self, asset: Asset) -> AssetRecord:
        values = {name: getattr(asset, name) for name in RECORD_FIELDS}
        return AssetRecord(
            id=asset.id, code=asset.code, version=asset.version, values=values,
            buildings=_building_dicts(asset), created_at=asset.created_at,
            updated_at=asset.updated_at, deleted_at=asset.deleted_at,
        )  # fmt: skip

    def history(self, asset_id: uuid.UUID) -> list[HistoryEntry]:
        with self.context.db.read() as session:
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity_type == "asset", AuditEvent.entity_id == str(asset_id))
                .order_by(AuditEvent.occurred_at, AuditEvent.id)
            )
            return [
                HistoryEntry(e.occurred_at, actor_label(e.actor_id, e.actor_name), e.action,
                             e.before, e.after, e.comment)
                for e in events
            ]

    # ---- changing ------------------------------------------------------------------------

    def create(self, raw: Mapping[str, object], *, station: str | None = None) -> AssetRecord:
        """Record a new asset; `code` is generated (e.g. ND-A1B2-00001) unless given."""
        self.context.require(Permission.EDIT_ASSETS)
        clean = clean_asset(raw, existing=None, units=self.units, today=utcnow().date())
        code = clean.values.pop("code", None)
        with self.context.db.write() as session:
            kind = AssetKind(clean.values["kind"])
            code = code or self._next_code(session, kind, station)
            self._refuse_duplicate_code(session, code, None)
            now = utcnow()
            asset = Asset(
                id=uuid.uuid4(), code=code, created_at=now, updated_at=now,
                created_by=self.context.actor.user_id, updated_by=self.context.actor.user_id,
                version=1, origin_id=self.context.origin_id,
                status=clean.values.pop("status", None) or AssetStatus.SURPLUS,
                cost_budget=0, cost_other=0, remaining_value=0,
            )  # fmt: skip
            self._apply(asset, clean.values, clean.buildings)
            session.add(asset)
            self._flush(session, code)
            self.audit.record(
                session, action="create", entity_type="asset", entity_id=asset.id,
                entity_code=code, after={**_snapshot(asset), "buildings": _building_dicts(asset)},
            )  # fmt: skip
            return self._record(asset)

    def update(
        self, asset_id: uuid.UUID | str, changes: Mapping[str, object], *, expected_version: int
    ) -> AssetRecord:
        """Change some fields; refused if someone else saved the asset since it was read."""
        self.context.require(Permission.EDIT_ASSETS)
        try:
            return self._update(asset_id, changes, expected_version)
        except _Unchanged as unchanged:
            return unchanged.record

    def _update(
        self, asset_id: uuid.UUID | str, changes: Mapping[str, object], expected_version: int
    ) -> AssetRecord:
        with self.context.db.write() as session:
            asset = self._load(session, asset_id, False)
            self._check_version(asset, expected_version)
            existing = _snapshot(asset)
            clean = clean_asset(changes, existing=existing, units=self.units,
                                today=utcnow().date())  # fmt: skip
            if "status" in clean.values and clean.values["status"] != asset.status:
                self._refuse_workflow_status(asset, clean.values["status"])
            new_code = clean.values.pop("code", None)
            if new_code and new_code != asset.code:
                self._refuse_duplicate_code(session, new_code, asset.id)
                asset.code = new_code
            before_buildings = _building_dicts(asset)
            self._apply(asset, clean.values, clean.buildings)
            after = _snapshot(asset)
            before_changed, after_changed = changed_fields(existing, after)
            if clean.buildings is not None and json_ready(before_buildings) != json_ready(
                _building_dicts(asset)
            ):
                before_changed["buildings"] = before_buildings
                after_changed["buildings"] = _building_dicts(asset)
            if not after_changed:
                raise _Unchanged(self._record(asset))  # rolls back the no-op writes
            self._touch(asset)
            self._flush(session, asset.code)
            self.audit.record(
                session, action="update", entity_type="asset", entity_id=asset.id,
                entity_code=asset.code, before=before_changed, after=after_changed,
            )  # fmt: skip
            return self._record(asset)

    def delete(self, asset_id: uuid.UUID | str, *, expected_version: int) -> AssetRecord:
        """Soft-delete: the asset leaves the lists but stays in the database and history."""
        return self._set_deleted(asset_id, expected_version, deleted=True)

    def restore(self, asset_id: uuid.UUID | str, *, expected_version: int) -> AssetRecord:
        return self._set_deleted(asset_id, expected_version, deleted=False)

    def _set_deleted(
        self, asset_id: uuid.UUID | str, expected_version: int, *, deleted: bool
    ) -> AssetRecord:
        self.context.require(Permission.EDIT_ASSETS)
        with self.context.db.write() as session:
            asset = self._load(session, asset_id, include_deleted=True)
            self._check_version(asset, expected_version)
            self._mark_deleted(session, asset, deleted)
            return self._record(asset)

    def delete_many(self, asset_ids: Iterable[uuid.UUID]) -> int:
        """Soft-delete several assets in one transaction, all or none; returns how many
        changed (those already deleted are left as they are)."""
        return self._set_deleted_many(asset_ids, deleted=True)

    def restore_many(self, asset_ids: Iterable[uuid.UUID]) -> int:
        """Undo delete_many: restore several assets in one transaction, all or none."""
        return self._set_deleted_many(asset_ids, deleted=False)

    def _set_deleted_many(self, asset_ids: Iterable[uuid.UUID], *, deleted: bool) -> int:
        self.context.require(Permission.EDIT_ASSETS)
        changed = 0
        with self.context.db.write() as session:
            for asset_id in asset_ids:
                asset = self._load(session, asset_id, include_deleted=True)
                changed += self._mark_deleted(session, asset, deleted)
        return changed

    def _mark_deleted(self, session: Session, asset: Asset, deleted: bool) -> bool:
        """Delete or restore `asset` (audited); False if it already was."""
        if (asset.deleted_at is not None) == deleted:
            return False
        asset.deleted_at = utcnow() if deleted else None
        asset.deleted_by = self.context.actor.user_id if deleted else None
        self._touch(asset)
        self._flush(session, asset.code)
        self.audit.record(
            session, action="delete" if deleted else "restore", entity_type="asset",
            entity_id=asset.id, entity_code=asset.code,
        )  # fmt: skip
        return True

    def set_status(self, asset_ids: Iterable[uuid.UUID], status: str) -> int:
        """Bulk status change, all assets or none; returns how many changed."""
        return self.set_statuses(dict.fromkeys(asset_ids, status))

    def set_statuses(self, statuses: Mapping[uuid.UUID, str]) -> int:
        """Give each asset its own status (undo of a bulk change) in one transaction, all or
        none; returns how many changed."""
        self.context.require(Permission.EDIT_ASSETS)
        for status in set(statuses.values()):
            if AssetStatus(status) not in MANUAL_STATUSES:
                raise ValidationError([FieldProblem("status", _(
                    "\"{status}\" follows the handling proposal's workflow and cannot be set "
                    "by hand.").format(status=status_label(status)), status)])  # fmt: skip
        changed = 0
        with self.context.db.write() as session:
            for asset_id, status in statuses.items():
                asset = self._load(session, asset_id, False)
                if asset.status == status:
                    continue
                self._refuse_workflow_status(asset, status)
                before = asset.status
                asset.status = AssetStatus(status)
                self._touch(asset)
                session.flush()
                self.audit.record(
                    session, action="update", entity_type="asset", entity_id=asset.id,
                    entity_code=asset.code, before={"status": before}, after={"status": status},
                )  # fmt: skip
                changed += 1
        return changed

    # ---- helpers -------------------------------------------------------------------------

    def _apply(
        self, asset: Asset, values: Mapping[str, Any], buildings: list[dict[str, Any]] | None
    ) -> None:
        for name, value in values.items():
            # An emptied money field means zero đồng (the register columns are NOT NULL).
            setattr(asset, name, 0 if value is None and name in MONEY_FIELDS else value)
        if buildings is not None:
            asset.buildings = [Building(id=uuid.uuid4(), **row) for row in buildings]
        asset.search_text = self._search_text(asset)
        asset.name_sort = collation_key(asset.name)

    def _search_text(self, asset: Asset) -> str:
        return asset_search_text({n: getattr(asset, n) for n in SEARCH_FIELDS}, self.units)

    def _refuse_workflow_status(self, asset: Asset, status: str) -> None:
        """Officers set the pre-proposal statuses; an asset whose status follows a proposal
        (proposed, approved, in progress, handled) changes only through that proposal."""
        if asset.status not in MANUAL_STATUSES:
            raise ValidationError(
                [
                    FieldProblem(
                        "status",
                        _(
                            '{code} is "{current}": its status follows its handling proposal '
                            "and cannot be changed by hand."
                        ).format(code=asset.code, current=status_label(asset.status)),
                        status,
                    )
                ]
            )

    def _touch(self, asset: Asset) -> None:
        asset.version += 1
        asset.updated_at = utcnow()
        asset.updated_by = self.context.actor.user_id

    def _check_version(self, asset: Asset, expected_version: int) -> None:
        if asset.version != expected_version:
            raise ConcurrencyError(
                _(
                    "{code} was changed by someone else (version {current}, you edited version "
                    "{yours}). Reload it to see their change, then edit again."
                ).format(code=asset.code, current=asset.version, yours=expected_version)
            )

    def _refuse_duplicate_code(self, session: Session, code: str, own_id: uuid.UUID | None) -> None:
        other = session.scalar(select(Asset.id).where(Asset.code == code))
        if other is not None and other != own_id:
            raise ValidationError([FieldProblem(
                "code", _("Code {code} is already used by another asset.").format(code=code),
                code)])  # fmt: skip

    def _flush(self, session: Session, code: str) -> None:
        try:
            session.flush()
        except StaleDataError as error:  # a concurrent session saved the same asset first
            raise ConcurrencyError(
                _(
                    "{code} was changed by someone else while you were saving. Reload it to "
                    "see their change, then edit again."
                ).format(code=code)
            ) from error
        except IntegrityError as error:  # a concurrent writer took the code first
            raise ValidationError([FieldProblem(
                "code", _("Code {code} is already used by another asset.").format(code=code),
                code)]) from error  # fmt: skip

    def _next_code(self, session: Session, kind: AssetKind, station: str | None) -> str:
        prefix = f"{KIND_CODE_PREFIX[kind]}-{station or self.station_code()}-"
        last = session.scalar(
            select(Asset.code).where(Asset.code.like(f"{prefix}%"))
            .order_by(func.length(Asset.code).desc(), Asset.code.desc()).limit(1)
        )  # fmt: skip
        number = int(last.removeprefix(prefix)) + 1 if last and last.removeprefix(
            prefix).isdigit() else 1  # fmt: skip
        return f"{prefix}{number:05d}"

    def station_code(self) -> str:
        """Part of generated codes that keeps laptops from minting the same code offline."""
        return self.context.origin_id.replace("-", "")[:4].upper()
