"""The database tables, as typed SQLAlchemy declarative classes.

Only the store touches these rows; `mapping` turns them into domain objects
and back.  The layout is normalised so an analyst can query it in plain SQL:
one row per document, event and claim, and one row per actor, quantity,
casualty figure and evidence sentence, each with a `position` that keeps the
order the extractor gave.

The schema is created and changed by the Alembic revisions in
`migrations/versions/`; a test checks that they agree with these classes.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Double,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Constraint names are derived, not left to each database, so a later
# migration can drop or alter a constraint by a name known in advance.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSONB on PostgreSQL so analysts can index and query into it; JSON text elsewhere.
JsonValue = JSON().with_variant(JSONB(), "postgresql")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        str: String(),
        float: Double(),
        datetime: DateTime(timezone=True),
        Any: JsonValue,
    }


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str | None]
    url: Mapped[str | None]
    title: Mapped[str | None]
    published: Mapped[date | None] = mapped_column(index=True)
    language: Mapped[str]
    source: Mapped[str | None]
    ingested_at: Mapped[datetime] = mapped_column(default=utc_now)


def _owner_fk(table: str) -> Any:
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), primary_key=True)


def _children(row_class: str) -> Any:
    # Children live and die with their owner; the database cascades deletes.
    return relationship(
        row_class,
        order_by=f"{row_class}.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(index=True)
    disorder_type: Mapped[str | None]
    event_type: Mapped[str | None]
    sub_event_type: Mapped[str | None]
    date_start: Mapped[date | None] = mapped_column(index=True)
    date_end: Mapped[date | None]
    time_precision: Mapped[str]
    place_name: Mapped[str | None]
    gazetteer_id: Mapped[str | None]
    resolved_name: Mapped[str | None]
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    admin1: Mapped[str | None]
    admin2: Mapped[str | None]
    country: Mapped[str | None]
    geo_precision: Mapped[str | None]
    place_relation: Mapped[str | None]
    offset_km: Mapped[float | None]
    summary: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float]
    certainty: Mapped[str]
    attribution: Mapped[str | None]
    review_status: Mapped[str] = mapped_column(index=True)
    extractor_version: Mapped[str]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    actors: Mapped[list[EventActorRow]] = _children("EventActorRow")
    quantities: Mapped[list[EventQuantityRow]] = _children("EventQuantityRow")
    casualties: Mapped[list[EventCasualtyRow]] = _children("EventCasualtyRow")
    evidence: Mapped[list[EvidenceRow]] = _children("EvidenceRow")


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[str] = mapped_column(primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(index=True)
    period_start: Mapped[date | None] = mapped_column(index=True)
    period_end: Mapped[date | None]
    dates: Mapped[Any] = mapped_column(comment="ISO days the text names, in its order")
    origin_name: Mapped[str | None]
    origin_gazetteer_id: Mapped[str | None]
    origin_resolved_name: Mapped[str | None]
    origin_latitude: Mapped[float | None]
    origin_longitude: Mapped[float | None]
    origin_admin1: Mapped[str | None]
    origin_admin2: Mapped[str | None]
    origin_country: Mapped[str | None]
    origin_geo_precision: Mapped[str | None]
    origin_relation: Mapped[str | None]
    origin_offset_km: Mapped[float | None]
    destinations: Mapped[Any] = mapped_column(comment="places, each as sitrep's Place fields")
    summary: Mapped[str] = mapped_column(Text)
    extractor_version: Mapped[str]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    actors: Mapped[list[ClaimActorRow]] = _children("ClaimActorRow")
    quantities: Mapped[list[ClaimQuantityRow]] = _children("ClaimQuantityRow")
    casualties: Mapped[list[ClaimCasualtyRow]] = _children("ClaimCasualtyRow")
    evidence: Mapped[list[EvidenceRow]] = _children("EvidenceRow")


class _ActorColumns:
    position: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str]
    actor_id: Mapped[str | None] = mapped_column(index=True)
    name: Mapped[str]
    acled_inter: Mapped[int | None]
    as_written: Mapped[str | None]


class _QuantityColumns:
    position: Mapped[int] = mapped_column(primary_key=True)
    unit: Mapped[str]
    value: Mapped[int]
    qualifier: Mapped[str | None]


class _CasualtyColumns:
    position: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str]
    count: Mapped[int]
    grp: Mapped[str | None] = mapped_column(comment="who they were: an actor id or words such as 'civilians'")
    qualifier: Mapped[str | None]


class EventActorRow(_ActorColumns, Base):
    __tablename__ = "event_actors"
    event_id: Mapped[str] = _owner_fk("events")


class EventQuantityRow(_QuantityColumns, Base):
    __tablename__ = "event_quantities"
    event_id: Mapped[str] = _owner_fk("events")


class EventCasualtyRow(_CasualtyColumns, Base):
    __tablename__ = "event_casualties"
    event_id: Mapped[str] = _owner_fk("events")


class ClaimActorRow(_ActorColumns, Base):
    __tablename__ = "claim_actors"
    claim_id: Mapped[str] = _owner_fk("claims")


class ClaimQuantityRow(_QuantityColumns, Base):
    __tablename__ = "claim_quantities"
    claim_id: Mapped[str] = _owner_fk("claims")


class ClaimCasualtyRow(_CasualtyColumns, Base):
    __tablename__ = "claim_casualties"
    claim_id: Mapped[str] = _owner_fk("claims")


class EvidenceRow(Base):
    """A sentence an event or a claim (exactly one of them) came from."""

    __tablename__ = "evidence"
    __table_args__ = (CheckConstraint("(event_id IS NULL) <> (claim_id IS NULL)", name="one_owner"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    claim_id: Mapped[str | None] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    span_start: Mapped[int] = mapped_column(comment="character offset of the first character in the document text")
    span_end: Mapped[int] = mapped_column(comment="character offset just past the last character")
    text: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    """Who changed what and when, with the values before and after."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(comment="the user or process that made the change")
    entity: Mapped[str] = mapped_column(comment="'event', 'claim' or 'document'")
    entity_id: Mapped[str]
    action: Mapped[str]
    before: Mapped[Any | None]
    after: Mapped[Any | None]


class PlaceAliasRow(Base):
    """An analyst's extra name for a gazetteer place ("Kobani" -> the id of Ayn al Arab)."""

    __tablename__ = "place_aliases"

    alias: Mapped[str] = mapped_column(primary_key=True)
    target_id: Mapped[str] = mapped_column(comment="gazetteer id the alias names")
    added_at: Mapped[datetime] = mapped_column(default=utc_now)
