"""The domain model: the objects every stage of sitrep takes and returns.

Ingest makes `Document`s; extraction turns a document into `Event`s and
`Claim`s; geocoding fills each event's `Place`; the store keeps them; the
report reads them back.  Nothing else crosses a stage boundary.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Model(BaseModel):
    """Base for domain objects: strict about unknown fields, assignable."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def content_id(text: str) -> str:
    """A stable id for a text: the same words give the same id.

    Whitespace runs are collapsed first so a re-saved file with other line
    endings is recognised as the same report.
    """
    normalised = re.sub(r"\s+", " ", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


class Document(Model):
    """One report as ingested: its text and what is known about it."""

    id: str
    text: str
    publisher: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    language: str = "en"
    source: str | None = Field(default=None, description="Where it was read from: a path, URL or 'stdin'.")

    @classmethod
    def from_text(cls, text: str, **metadata) -> "Document":
        return cls(id=content_id(text), text=text, **metadata)

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("document text is empty")
        return value


class TimePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"

    @property
    def acled_code(self) -> int:
        """ACLED's time_precision: 1 day, 2 week, 3 month or vaguer."""
        return {"day": 1, "week": 2}.get(self.value, 3)


class GeoPrecision(StrEnum):
    """How exactly a place is known, from a named point down to nothing."""

    POINT = "point"  # the town, village or named site itself
    NEAR = "near"  # near or part of a point ("3 km from", "outskirts of")
    ADMIN2 = "admin2"  # a district or "countryside of" a city
    ADMIN1 = "admin1"  # a governorate or province
    COUNTRY = "country"
    UNKNOWN = "unknown"  # named, but not found: no coordinates

    @property
    def acled_code(self) -> int | None:
        """ACLED geo_precision: 1 point, 2 near/part of, 3 larger region."""
        return {"point": 1, "near": 2, "admin2": 3, "admin1": 3, "country": 3}.get(self.value)

    @property
    def ucdp_code(self) -> int | None:
        """UCDP where_prec: 1 exact, 2 within 25 km, 3 admin2, 4 admin1, 6 country."""
        return {"point": 1, "near": 2, "admin2": 3, "admin1": 4, "country": 6}.get(self.value)


class Place(Model):
    """Where an event happened, as written and as resolved."""

    name: str = Field(description="The place as the text writes it.")
    gazetteer_id: str | None = None
    resolved_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    precision: GeoPrecision = GeoPrecision.UNKNOWN
    relation: str | None = Field(default=None, description='How the text relates it to the anchor: "north of", "near", "countryside of".')
    offset_km: float | None = None

    @model_validator(mode="after")
    def _coordinates_together(self) -> "Place":
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude must be given together")
        if self.latitude is not None and not (-90 <= self.latitude <= 90 and -180 <= self.longitude <= 180):
            raise ValueError("coordinates out of range")
        return self


class ActorRole(StrEnum):
    INITIATOR = "initiator"
    TARGET = "target"
    PARTNER = "partner"


class Actor(Model):
    """A party to an event: a dictionary entry, or a name kept as written."""

    name: str
    actor_id: str | None = Field(default=None, description="Id in the actor dictionary; None when not found there.")
    acled_inter: int | None = Field(default=None, ge=0, le=8, description="ACLED interaction code of the actor type.")
    as_written: str | None = None


class EventActor(Model):
    actor: Actor
    role: ActorRole


class Quantity(Model):
    """A named count: 185 trucks, 4 batches, 8 vehicles, 4 missiles."""

    unit: str
    value: int = Field(ge=0)
    qualifier: str | None = Field(default=None, description='"nearly", "at least", "dozens of"...; None when exact.')


class CasualtyKind(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    ARRESTED = "arrested"


class Casualty(Model):
    kind: CasualtyKind
    count: int = Field(ge=0)
    group: str | None = Field(default=None, description="Who they were: an actor id or words such as 'civilians'.")
    qualifier: str | None = None


class ReviewStatus(StrEnum):
    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    REJECTED = "rejected"


class Certainty(StrEnum):
    REPORTED = "reported"
    ALLEGED = "alleged"  # the text itself calls it alleged or unconfirmed
    INITIAL = "initial"  # "according to initial reports"
    NEGATED = "negated"  # the text says it did not happen


class Evidence(Model):
    """The exact sentence(s) an event or claim came from."""

    document_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> "Evidence":
        if self.end < self.start:
            raise ValueError("evidence span ends before it starts")
        return self


def stable_id(prefix: str, *parts: object) -> str:
    """An id derived from what a thing is, so reprocessing finds the same id."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


class Event(Model):
    """One thing that happened, with everything the text says about it."""

    id: str
    kind: str = Field(description="sitrep ontology kind, e.g. 'missile_attack'.")
    disorder_type: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    time_precision: TimePrecision = TimePrecision.DAY
    place: Place | None = None
    actors: list[EventActor] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    summary: str = ""
    confidence: float = Field(default=0.5, ge=0, le=1)
    certainty: Certainty = Certainty.REPORTED
    attribution: str | None = Field(default=None, description='Who the text says reported it: "SOHR sources".')
    review_status: ReviewStatus = ReviewStatus.UNREVIEWED
    evidence: list[Evidence] = Field(default_factory=list)
    extractor_version: str = ""

    @model_validator(mode="after")
    def _dates_ordered(self) -> "Event":
        if self.date_start and self.date_end and self.date_end < self.date_start:
            raise ValueError("event ends before it starts")
        return self

    def actors_in(self, role: ActorRole) -> list[Actor]:
        return [a.actor for a in self.actors if a.role == role]

    def quantity(self, unit: str) -> int | None:
        return next((q.value for q in self.quantities if q.unit == unit), None)

    def casualty_count(self, kind: CasualtyKind) -> int:
        return sum(c.count for c in self.casualties if c.kind == kind)


class Claim(Model):
    """A total that a report states for a period, kept apart from events.

    "185 trucks in four batches on the 3rd, 5th, 16th and 21st" is one claim:
    kind 'convoy', quantities trucks=185 and batches=4, and four dates.
    """

    id: str
    kind: str
    quantities: list[Quantity] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    period_start: date | None = None
    period_end: date | None = None
    dates: list[date] = Field(default_factory=list, description="Days the text names for the items counted.")
    actors: list[EventActor] = Field(default_factory=list)
    origin: Place | None = None
    destinations: list[Place] = Field(default_factory=list)
    summary: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    extractor_version: str = ""

    def quantity(self, unit: str) -> int | None:
        return next((q.value for q in self.quantities if q.unit == unit), None)

    def casualty_count(self, kind: CasualtyKind) -> int:
        return sum(c.count for c in self.casualties if c.kind == kind)


class Extraction(Model):
    """What extraction found in one document."""

    document_id: str
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="Warnings a user should see, e.g. no publication date.")


def add_months(day: date, months: int) -> date:
    """The same day-of-month `months` later, clamped to the month's end."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


class Campaign(Model):
    """A long-running operation a desk reports on month by month.

    Month 1 starts on `start`; month N runs from start + (N-1) months to the
    day before start + N months.
    """

    id: str
    name: str
    start: date
    actors: list[str] = Field(default_factory=list, description="Actor ids whose events the campaign counts.")
    kinds: list[str] = Field(default_factory=list, description="Event kinds the campaign counts; empty means all.")
    region: list[str] = Field(default_factory=list, description="Countries (ISO codes) the campaign covers.")

    def month_window(self, month: int) -> tuple[date, date]:
        if month < 1:
            raise ValueError("campaign months are counted from 1")
        return add_months(self.start, month - 1), add_months(self.start, month) - timedelta(days=1)

    def month_of(self, day: date) -> int | None:
        if day < self.start:
            return None
        months = (day.year - self.start.year) * 12 + day.month - self.start.month + 1
        while add_months(self.start, months - 1) > day:
            months -= 1
        return months
