"""The first schema: documents, events, claims, their parts, evidence and the audit log.

Revision ID: 0001
Revises:
Created: written by hand

Events and claims each own ordered child rows (actors, quantities,
casualties); `position` keeps the order the extractor gave.  Evidence rows
belong to exactly one event or one claim.  Every child is deleted with its
owner (ON DELETE CASCADE).  Constraint names follow the naming convention
in sitrep.store.tables so later revisions can refer to them.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen here rather than imported, so this revision stays what it was when
# the tables module changes.
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
TIMESTAMP = sa.DateTime(timezone=True)


def _text(name: str, *, nullable: bool = True, **kwargs) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=nullable, **kwargs)


def _place(prefix: str, name: str, precision: str, relation: str) -> list[sa.Column]:
    return [
        _text(name),
        _text(f"{prefix}gazetteer_id"),
        _text(f"{prefix}resolved_name"),
        sa.Column(f"{prefix}latitude", sa.Double(), nullable=True),
        sa.Column(f"{prefix}longitude", sa.Double(), nullable=True),
        _text(f"{prefix}admin1"),
        _text(f"{prefix}admin2"),
        _text(f"{prefix}country"),
        _text(precision),
        _text(relation),
        sa.Column(f"{prefix}offset_km", sa.Double(), nullable=True),
    ]


def _owner(table: str, owner: str) -> list:
    """The owner key of a child table and the cascade back to the owner."""
    column = f"{owner}_id"
    return [
        sa.Column(column, sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(column, "position", name=f"pk_{table}"),
        sa.ForeignKeyConstraint(
            [column], [f"{owner}s.id"], name=f"fk_{table}_{column}_{owner}s", ondelete="CASCADE"
        ),
    ]


def _create_children(owner: str) -> None:
    op.create_table(
        f"{owner}_actors",
        *_owner(f"{owner}_actors", owner),
        _text("role", nullable=False),
        _text("actor_id"),
        _text("name", nullable=False),
        sa.Column("acled_inter", sa.Integer(), nullable=True),
        _text("as_written"),
    )
    op.create_index(f"ix_{owner}_actors_actor_id", f"{owner}_actors", ["actor_id"])
    op.create_table(
        f"{owner}_quantities",
        *_owner(f"{owner}_quantities", owner),
        _text("unit", nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        _text("qualifier"),
    )
    op.create_table(
        f"{owner}_casualties",
        *_owner(f"{owner}_casualties", owner),
        _text("kind", nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        _text("grp", comment="who they were: an actor id or words such as 'civilians'"),
        _text("qualifier"),
    )


def upgrade() -> None:
    op.create_table(
        "documents",
        _text("id", nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _text("publisher"),
        _text("url"),
        _text("title"),
        sa.Column("published", sa.Date(), nullable=True),
        _text("language", nullable=False),
        _text("source"),
        sa.Column("ingested_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    op.create_index("ix_documents_published", "documents", ["published"])

    op.create_table(
        "events",
        _text("id", nullable=False),
        _text("document_id", nullable=False),
        _text("kind", nullable=False),
        _text("disorder_type"),
        _text("event_type"),
        _text("sub_event_type"),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        _text("time_precision", nullable=False),
        *_place("", "place_name", "geo_precision", "place_relation"),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=False),
        _text("certainty", nullable=False),
        _text("attribution"),
        _text("review_status", nullable=False),
        _text("extractor_version", nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_events_document_id_documents", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_events_document_id", "events", ["document_id"])
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_index("ix_events_kind", "events", ["kind"])
    op.create_index("ix_events_review_status", "events", ["review_status"])
    _create_children("event")

    op.create_table(
        "claims",
        _text("id", nullable=False),
        _text("document_id", nullable=False),
        _text("kind", nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("dates", JSON, nullable=False, comment="ISO days the text names, in its order"),
        *_place("origin_", "origin_name", "origin_geo_precision", "origin_relation"),
        sa.Column("destinations", JSON, nullable=False, comment="places, each as sitrep's Place fields"),
        sa.Column("summary", sa.Text(), nullable=False),
        _text("extractor_version", nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_claims_document_id_documents", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    op.create_index("ix_claims_kind", "claims", ["kind"])
    op.create_index("ix_claims_period_start", "claims", ["period_start"])
    _create_children("claim")

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        _text("event_id"),
        _text("claim_id"),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("document_id", nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False,
                  comment="character offset of the first character in the document text"),
        sa.Column("span_end", sa.Integer(), nullable=False, comment="character offset just past the last character"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_evidence_event_id_events", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name="fk_evidence_claim_id_claims", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_evidence_document_id_documents", ondelete="CASCADE"
        ),
        sa.CheckConstraint("(event_id IS NULL) <> (claim_id IS NULL)", name="ck_evidence_one_owner"),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])
    op.create_index("ix_evidence_claim_id", "evidence", ["claim_id"])
    op.create_index("ix_evidence_document_id", "evidence", ["document_id"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        _text("actor", nullable=False, comment="the user or process that made the change"),
        _text("entity", nullable=False, comment="'event', 'claim' or 'document'"),
        _text("entity_id", nullable=False),
        _text("action", nullable=False),
        sa.Column("before", JSON, nullable=True),
        sa.Column("after", JSON, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_entity_entity_id", "audit_log", ["entity", "entity_id"])


def downgrade() -> None:
    for table in (
        "audit_log",
        "evidence",
        "claim_casualties",
        "claim_quantities",
        "claim_actors",
        "claims",
        "event_casualties",
        "event_quantities",
        "event_actors",
        "events",
        "documents",
    ):
        op.drop_table(table)
