"""All tables; import from here (Alembic's env.py reads Base.metadata)."""

from surplus_assets.db.models.assets import Asset, Attachment, Building
from surplus_assets.db.models.audit import AuditEvent
from surplus_assets.db.models.base import Base, Tracked
from surplus_assets.db.models.people import User
from surplus_assets.db.models.proposals import Proposal, ProposalAsset, ProposalTransition
from surplus_assets.db.models.records import ExchangeLog, ReportRecord, Setting
from surplus_assets.db.models.units import AdminUnit, MergerEvent, UnitSuccession

__all__ = [
    "AdminUnit", "Asset", "Attachment", "AuditEvent", "Base", "Building", "ExchangeLog",
    "MergerEvent", "Proposal", "ProposalAsset", "ProposalTransition", "ReportRecord",
    "Setting", "Tracked", "UnitSuccession", "User",
]  # fmt: skip
