"""Handling proposals (phương án xử lý) and their workflow history."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from surplus_assets.db.models.base import Base, Tracked


class Proposal(Tracked, Base):
    __tablename__ = "proposals"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(32), index=True)  # domain.handling_forms code
    sale_method: Mapped[str | None] = mapped_column(String(16))  # auction | posted | direct
    target_use: Mapped[str | None] = mapped_column(String(16))  # change of use: health, ...
    recipient_unit_id: Mapped[str | None] = mapped_column(ForeignKey("admin_units.id"))
    recipient_name: Mapped[str | None] = mapped_column(String(300))
    justification: Mapped[str | None] = mapped_column(Text)
    estimated_value: Mapped[int | None] = mapped_column(BigInteger)
    responsible_officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    target_date: Mapped[date | None]
    state: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    province_id: Mapped[str | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    submitted_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    decision_number: Mapped[str | None] = mapped_column(String(60))
    decision_date: Mapped[date | None]
    decision_signer: Mapped[str | None] = mapped_column(String(200))

    items: Mapped[list[ProposalAsset]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", lazy="selectin"
    )
    transitions: Mapped[list[ProposalTransition]] = relationship(
        back_populates="proposal",
        cascade="all, delete-orphan",
        order_by="ProposalTransition.occurred_at",
    )


class ProposalAsset(Base):
    __tablename__ = "proposal_assets"

    proposal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("proposals.id", ondelete="CASCADE"), primary_key=True
    )
    asset_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assets.id"), primary_key=True, index=True
    )

    proposal: Mapped[Proposal] = relationship(back_populates="items")


class ProposalTransition(Base):
    __tablename__ = "proposal_transitions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    proposal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("proposals.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[uuid.UUID | None]
    actor_name: Mapped[str] = mapped_column(String(200))
    occurred_at: Mapped[datetime]
    comment: Mapped[str | None] = mapped_column(Text)

    proposal: Mapped[Proposal] = relationship(back_populates="transitions")
