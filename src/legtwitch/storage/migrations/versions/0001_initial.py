"""Diary tables: episodes, exposures, assessments.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from legtwitch.storage.tables import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "episodes",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("start_utc", UtcDateTime(), nullable=False),
        sa.Column("start_offset_s", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("duration_s", sa.Double),
        sa.Column("site", sa.String(40)),
        sa.Column("side", sa.String(10)),
        sa.Column("intensity", sa.Integer),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("source", sa.String(40), nullable=False),
    )
    op.create_index("ix_episodes_start_utc", "episodes", ["start_utc"])
    op.create_table(
        "exposures",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at_utc", UtcDateTime(), nullable=False),
        sa.Column("at_offset_s", sa.Integer, nullable=False),
        sa.Column("amount", sa.Double),
        sa.Column("end_utc", UtcDateTime()),
        sa.Column("end_offset_s", sa.Integer),
        sa.Column("detail", sa.Text),
        sa.Column("intensity", sa.Integer),
        sa.Column("source", sa.String(40), nullable=False),
    )
    op.create_index("ix_exposures_at_utc", "exposures", ["at_utc"])
    op.create_table(
        "assessments",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_utc", UtcDateTime(), nullable=False),
        sa.Column("created_offset_s", sa.Integer, nullable=False),
        sa.Column("knowledge_base_version", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_assessments_created_utc", "assessments", ["created_utc"])


def downgrade() -> None:
    op.drop_table("assessments")
    op.drop_table("exposures")
    op.drop_table("episodes")
