"""Analysts' place aliases: extra names for gazetteer places.

Revision ID: 0002
Revises: 0001
Created: written by hand

One row per alias.  The target is a gazetteer id (a GeoNames "gn:<id>" or a
curated site id), not a foreign key: the gazetteer is a data file, not a table.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "place_aliases",
        sa.Column("alias", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False, comment="gazetteer id the alias names"),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("alias", name="pk_place_aliases"),
    )


def downgrade() -> None:
    op.drop_table("place_aliases")
