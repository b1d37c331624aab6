"""Self-experiment schedules.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from legtwitch.storage.tables import UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "experiments",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("factor", sa.String(40), nullable=False),
        sa.Column("created_utc", UtcDateTime(), nullable=False),
        sa.Column("stopped_utc", UtcDateTime()),
        sa.Column("design", sa.Text, nullable=False),
    )
    op.create_index("ix_experiments_created_utc", "experiments", ["created_utc"])


def downgrade() -> None:
    op.drop_index("ix_experiments_created_utc", table_name="experiments")
    op.drop_table("experiments")
