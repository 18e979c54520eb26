"""Exchange merge state: lineage of travelled versions, open conflicts, export watermark

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from surplus_assets.db.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_lineage",
        sa.Column("entity_type", sa.String(24), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint(
            "entity_type", "entity_id", "content_hash", name=op.f("pk_exchange_lineage")
        ),
    )
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("peer_origin", sa.String(36), nullable=False),
        sa.Column("entity_type", sa.String(24), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("entity_code", sa.String(64), nullable=True),
        sa.Column("local_version", sa.Integer(), nullable=False),
        sa.Column("local_hash", sa.String(64), nullable=False),
        sa.Column("incoming_version", sa.Integer(), nullable=False),
        sa.Column("incoming_hash", sa.String(64), nullable=False),
        sa.Column("incoming", sa.JSON(), nullable=False),
        sa.Column("detected_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(16), nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )
    op.create_index(op.f("ix_exchange_conflicts_entity_id"), "exchange_conflicts", ["entity_id"])
    op.create_index(
        op.f("ix_exchange_conflicts_resolved_at"), "exchange_conflicts", ["resolved_at"]
    )
    with op.batch_alter_table("exchange_log") as batch:
        batch.add_column(sa.Column("audit_watermark", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exchange_log") as batch:
        batch.drop_column("audit_watermark")
    op.drop_index(op.f("ix_exchange_conflicts_resolved_at"), "exchange_conflicts")
    op.drop_index(op.f("ix_exchange_conflicts_entity_id"), "exchange_conflicts")
    op.drop_table("exchange_conflicts")
    op.drop_table("exchange_lineage")
