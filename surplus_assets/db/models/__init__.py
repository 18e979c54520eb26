"""All tables; import from here (Alembic's env.py reads Base.metadata)."""

from typing import cast

from sqlalchemy import Table

from surplus_assets.db.models.assets import Asset, Attachment, Building
from surplus_assets.db.models.audit import AuditEvent
from surplus_assets.db.models.base import Base, Tracked
from surplus_assets.db.models.exchange import ExchangeConflict, ExchangeLineage
from surplus_assets.db.models.people import User
from surplus_assets.db.models.proposals import Proposal, ProposalAsset, ProposalTransition
from surplus_assets.db.models.records import ExchangeLog, ReportRecord, Setting
from surplus_assets.db.models.units import AdminUnit, MergerEvent, UnitSuccession


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, typed for insert()/update() in bulk paths."""
    return cast(Table, model.__table__)


__all__ = [
    "AdminUnit", "Asset", "Attachment", "AuditEvent", "Base", "Building", "ExchangeConflict",
    "ExchangeLineage", "ExchangeLog",
    "MergerEvent", "Proposal", "ProposalAsset", "ProposalTransition", "ReportRecord",
    "Setting", "Tracked", "UnitSuccession", "User", "table_of",
]  # fmt: skip
