"""The plain input data of each report kind, read from the database.

Reports never see the session: this module turns assets, buildings, proposals and history
into the frozen dataclasses of surplus_assets.reports.data (no reportlab import here). The
inventory uses the asset list's own filters (CatalogueService.search_ids with an AssetQuery),
so a report shows exactly what `assets list` and the Assets page show. Rows are read in
chunks so that a province-wide inventory (200,000 assets) stays within memory and time.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from surplus_assets.db.models import Asset, Building, Proposal, ProposalAsset, User
from surplus_assets.domain.asset_kinds import FIELDS_BY_NAME, LAND_USE_FIELDS
from surplus_assets.domain.deadlines import DeadlineFacts, deadline, today_in_vietnam
from surplus_assets.domain.proposal_workflow import OPEN_STATES
from surplus_assets.errors import NotFoundError
from surplus_assets.i18n import _, language_for_document
from surplus_assets.progress import NO_PROGRESS, Progress
from surplus_assets.reports.data import (
    AssetDetails,
    AssetDossier,
    AssetRow,
    AttachmentItem,
    BuildingRow,
    CoveredRecord,
    HistoryEntry,
    OverdueItem,
    PhotoItem,
    ProgressData,
    ProposalRow,
)
from surplus_assets.services.catalogue import AssetQuery, CatalogueService
from surplus_assets.services.context import ServiceContext
from surplus_assets.services.units import UnitRegistry

CHUNK = 500
HISTORY_ACTIONS = {  # audit action → what a dossier's history column says
    "create": "Tạo mới",
    "update": "Cập nhật",
    "delete": "Xóa",
    "restore": "Khôi phục",
    "import": "Nhập dữ liệu",
}


class ReportInputs:
    def __init__(
        self, context: ServiceContext, units: UnitRegistry, catalogue: CatalogueService
    ) -> None:
        self.context = context
        self.units = units
        self.catalogue = catalogue

    # ---- assets ---------------------------------------------------------------------------

    def _asset_row(self, asset: Asset, floor_area: Decimal | None) -> AssetRow:
        return AssetRow(
            id=str(asset.id),
            code=asset.code,
            name=asset.name,
            kind=asset.kind,
            current_unit_name=self.units.label(asset.current_unit_id, with_parent=False),
            legacy_unit_name=self.units.label(asset.legacy_unit_id, with_parent=False),
            province_name=self.units.label(asset.province_id, with_parent=False),
            address=asset.address or "",
            year_in_use=asset.year_in_use,
            cost_budget=asset.cost_budget or 0,
            cost_other=asset.cost_other or 0,
            remaining_value=asset.remaining_value or 0,
            land_area=asset.land_area,
            floor_area=floor_area,
            quantity=asset.quantity or 1,
            count_unit=asset.count_unit or "",
            status=asset.status,
            handling_form=asset.handling_form,
            current_use=asset.current_use or "",
            notes=asset.notes or "",
            version=asset.version,
        )

    def _rows_for(self, session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, AssetRow]:
        assets = session.scalars(select(Asset).where(Asset.id.in_(ids))).all()
        floors = dict(
            session.execute(
                select(Building.asset_id, func.sum(Building.floor_area))
                .where(Building.asset_id.in_(ids), Building.floor_area.is_not(None))
                .group_by(Building.asset_id)
            ).all()
        )
        return {a.id: self._asset_row(a, _area(floors.get(a.id))) for a in assets}

    def asset_rows(
        self, ids: Sequence[uuid.UUID], progress: Progress = NO_PROGRESS
    ) -> list[AssetRow]:
        """Report rows for `ids`, in that order, read CHUNK at a time."""
        rows: list[AssetRow] = []
        with self.context.db.read() as session:
            for start in range(0, len(ids), CHUNK):
                progress.check_cancelled()
                chunk = ids[start : start + CHUNK]
                found = self._rows_for(session, chunk)
                rows.extend(found[i] for i in chunk if i in found)
                progress.report(len(rows), len(ids), _("Reading assets"))
        return rows

    def inventory(self, query: AssetQuery, progress: Progress = NO_PROGRESS) -> list[AssetRow]:
        return self.asset_rows(self.catalogue.search_ids(query), progress)

    # ---- proposals ------------------------------------------------------------------------

    def _proposal_row(self, session: Session, proposal: Proposal) -> ProposalRow:
        ids = list(session.scalars(
            select(ProposalAsset.asset_id).join(Asset, Asset.id == ProposalAsset.asset_id)
            .where(ProposalAsset.proposal_id == proposal.id).order_by(Asset.code)))  # fmt: skip
        found = self._rows_for(session, ids) if ids else {}
        recipient = proposal.recipient_name or self.units.label(
            proposal.recipient_unit_id, with_parent=False
        )
        return ProposalRow(
            id=str(proposal.id),
            code=proposal.code,
            title=proposal.title,
            form=proposal.form,
            state=proposal.state,
            assets=tuple(found[i] for i in ids if i in found),
            version=proposal.version,
            sale_method=proposal.sale_method,
            target_use=proposal.target_use or "",
            recipient_name=recipient,
            justification=proposal.justification or "",
            estimated_value=proposal.estimated_value,
            target_date=proposal.target_date,
        )

    def _proposal(self, session: Session, key: str | uuid.UUID) -> Proposal:
        proposal = None
        try:
            proposal = session.get(Proposal, key if isinstance(key, uuid.UUID) else uuid.UUID(key))
        except ValueError:
            code = str(key).strip().upper()
            proposal = session.scalar(select(Proposal).where(Proposal.code == code))
        if proposal is None or proposal.deleted_at is not None:
            raise NotFoundError(_("No proposal {key}.").format(key=key))
        return proposal

    def plan(self, keys: Sequence[str | uuid.UUID]) -> list[ProposalRow]:
        """The proposals named by code or id, in the order given (duplicates dropped)."""
        rows: list[ProposalRow] = []
        seen: set[uuid.UUID] = set()
        with self.context.db.read() as session:
            for key in keys:
                proposal = self._proposal(session, key)
                if proposal.id not in seen:
                    seen.add(proposal.id)
                    rows.append(self._proposal_row(session, proposal))
        return rows

    # ---- one asset ------------------------------------------------------------------------

    def dossier(
        self,
        key: str | uuid.UUID,
        *,
        photos: Sequence[PhotoItem] = (),
        attachments: Sequence[AttachmentItem] = (),
    ) -> AssetDossier:
        """One asset with its buildings, land use, proposals and history."""
        record = self.catalogue.get(key)
        with self.context.db.read() as session:
            asset = session.get(Asset, record.id)
            assert asset is not None  # catalogue.get found it a moment ago
            buildings = tuple(
                BuildingRow(b.name, b.grade or "", b.year_built, b.floors,
                            b.construction_area, b.floor_area)
                for b in asset.buildings
            )  # fmt: skip
            floor = _area(sum((b.floor_area or Decimal(0) for b in asset.buildings), Decimal(0)))
            row = self._asset_row(asset, floor if asset.buildings else None)
            proposal_ids = session.scalars(
                select(ProposalAsset.proposal_id).where(ProposalAsset.asset_id == asset.id)
            ).all()
            proposals = session.scalars(
                select(Proposal).where(Proposal.id.in_(proposal_ids), Proposal.deleted_at.is_(None))
                .order_by(Proposal.created_at)).all()  # fmt: skip
            proposal_rows = tuple(self._proposal_row(session, p) for p in proposals)
            details = AssetDetails(
                land_certificate=asset.land_certificate or "",
                land_use=tuple(
                    (name.removeprefix("land_use_"), value)
                    for name in LAND_USE_FIELDS
                    if (value := getattr(asset, name)) is not None
                ),
                buildings=buildings,
                car_brand=asset.car_brand or "",
                licence_plate=asset.licence_plate or "",
                seats=asset.seats,
                load_tonnes=asset.load_tonnes,
                origin_country=asset.origin_country or "",
                manufacture_year=asset.manufacture_year,
                engine_capacity_cc=asset.engine_capacity_cc,
                user_title=asset.user_title or "",
                category=asset.category or "",
                serial_number=asset.serial_number or "",
                purchase_year=asset.purchase_year,
                condition=asset.condition or "",
                custodian=asset.custodian or "",
                latitude=asset.latitude,
                longitude=asset.longitude,
            )
        history = tuple(
            HistoryEntry(h.occurred_at, h.actor_name, HISTORY_ACTIONS.get(h.action, h.action),
                         _history_summary(h.before, h.after, h.comment))
            for h in self.catalogue.history(record.id)
        )  # fmt: skip
        return AssetDossier(row, details, tuple(photos), tuple(attachments), history, proposal_rows)

    # ---- progress -------------------------------------------------------------------------

    def progress(
        self, as_of: date | None = None, query: AssetQuery | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> ProgressData:  # fmt: skip
        """Every asset (or those of `query`), every proposal, and the overdue open ones."""
        as_of = as_of or today_in_vietnam()
        assets = self.inventory(query or AssetQuery(sort="code"), progress)
        with self.context.db.read() as session:
            proposals = session.scalars(
                select(Proposal).where(Proposal.deleted_at.is_(None)).order_by(Proposal.code)
            ).all()
            rows = [self._proposal_row(session, p) for p in proposals]
            people = dict(session.execute(select(User.id, User.full_name)).all())
            overdue = []
            for p, row in zip(proposals, rows, strict=True):
                if p.state not in OPEN_STATES:
                    continue
                kinds = frozenset(a.kind for a in row.assets)
                facts = DeadlineFacts(
                    p.form, p.state, p.target_date, p.submitted_at, p.decision_date, kinds
                )
                with language_for_document("vi"):  # the reason is printed in the report
                    due = deadline(facts)
                if due is not None and as_of > due.due:
                    unit = row.assets[0].current_unit_name if row.assets else ""
                    if p.responsible_officer_id in people:
                        unit = people[p.responsible_officer_id]
                    overdue.append(
                        OverdueItem(
                            p.code,
                            p.title,
                            p.form,
                            due.due,
                            (as_of - due.due).days,
                            unit,
                            due.reason,
                        )
                    )
        return ProgressData(as_of, tuple(assets), tuple(rows), tuple(overdue))

    # ---- what the database holds now, for "changed since" ---------------------------------

    def current_records(self, covered: Iterable[CoveredRecord]) -> list[CoveredRecord]:
        """The present version and state of the covered records (deleted ones left out)."""
        wanted: dict[str, list[uuid.UUID]] = defaultdict(list)
        for record in covered:
            try:
                wanted[record.entity].append(uuid.UUID(record.id))
            except ValueError:
                continue
        now: list[CoveredRecord] = []
        with self.context.db.read() as session:
            for entity, model in (("asset", Asset), ("proposal", Proposal)):
                ids = wanted.get(entity, [])
                for start in range(0, len(ids), CHUNK):
                    result = session.execute(
                        select(model.id, model.code, model.version, _state_column(model))
                        .where(model.id.in_(ids[start : start + CHUNK]), model.deleted_at.is_(None))
                    )  # fmt: skip
                    now.extend(
                        CoveredRecord(entity, str(i), code, version, state)
                        for i, code, version, state in result
                    )
        return now


def _state_column(model: type[Asset] | type[Proposal]) -> Any:
    return Asset.status if model is Asset else Proposal.state


def _area(value: object) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _history_summary(
    before: dict[str, Any] | None, after: dict[str, Any] | None, comment: str | None
) -> str:
    """ "Giá trị còn lại, Ghi chú" (the fields an update changed) and the comment, if any."""
    parts: list[str] = []
    if before and after:
        with language_for_document("vi"):
            names = [
                spec.label() if (spec := FIELDS_BY_NAME.get(name)) else name
                for name in after
                if name not in ("version", "updated_at", "search_text", "name_sort")
            ]
        if names:
            parts.append(", ".join(names))
    if comment:
        parts.append(comment)
    return "; ".join(parts)
