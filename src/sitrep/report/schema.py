"""What a monthly report holds, as data: the renderers only format it."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sitrep.model import Casualty, Certainty, Quantity, TimePrecision


class ReportModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Agreement(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"
    STATED_ONLY = "stated_only"  # the report states it, no event in the window counts it
    COUNTED_ONLY = "counted_only"
    NONE = "none"


def agreement(stated: object, counted: object, counted_any: bool) -> Agreement:
    """Compare a stated figure with the counted one.

    A figure only disagrees when both sides have something to say: a month with
    no convoy events is "stated only", not a disagreement with zero.
    """
    has_stated = stated not in (None, [])
    if not has_stated and not counted_any:
        return Agreement.NONE
    if not has_stated:
        return Agreement.COUNTED_ONLY
    if not counted_any:
        return Agreement.STATED_ONLY
    return Agreement.AGREE if stated == counted else Agreement.DISAGREE


class Figure(ReportModel):
    """One number both as the report states it and as counted from incidents."""

    name: str = Field(description="What is counted: 'trucks', 'convoys', 'arrested'...")
    stated: int | None = None
    counted: int | None = None
    agreement: Agreement = Agreement.NONE
    stated_refs: list[str] = Field(default_factory=list, description="Claim ids behind the stated figure.")
    counted_refs: list[str] = Field(default_factory=list, description="Event ids behind the counted figure.")


class DatesFigure(ReportModel):
    stated: list[date] = Field(default_factory=list)
    counted: list[date] = Field(default_factory=list)
    agreement: Agreement = Agreement.NONE
    stated_refs: list[str] = Field(default_factory=list)
    counted_refs: list[str] = Field(default_factory=list)


class Headline(ReportModel):
    """A headline total: convoys, or joint security operations."""

    id: str
    label: str
    figures: list[Figure]
    dates: DatesFigure | None = None
    incident_ids: list[str] = Field(default_factory=list)
    counts_events: bool = Field(default=True, description="False for totals only stated: no events are counted for them.")

    def figure(self, name: str) -> Figure:
        return next(f for f in self.figures if f.name == name)

    @property
    def disagrees(self) -> bool:
        figures = [*self.figures, *([self.dates] if self.dates else [])]
        return any(f.agreement == Agreement.DISAGREE for f in figures)


class PartyRef(ReportModel):
    name: str
    actor_id: str | None = None
    role: str


class Development(ReportModel):
    """One incident in the prominent-developments list."""

    incident_id: str
    date_start: date | None
    date_end: date | None
    time_precision: TimePrecision
    date_text: str
    kind: str
    kind_label: str
    place: str | None = None
    admin1: str | None = None
    actors: list[PartyRef] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    summary: str = ""
    certainty: Certainty = Certainty.REPORTED
    refs: list[str] = Field(description="Ids of the events that report this incident.")


class Source(ReportModel):
    """One evidence sentence and the document it comes from."""

    document_id: str
    text: str
    document_title: str | None = None
    document_date: date | None = None
    start: int
    end: int


class Reference(ReportModel):
    label: str = Field(description="Short tag used in the rendered report: E1, E2... for events, C1... for claims.")
    id: str
    type: str = Field(description="'event' or 'claim'.")
    summary: str = ""
    sources: list[Source] = Field(default_factory=list)


class MonthlyReport(ReportModel):
    campaign_id: str
    campaign_name: str
    month: int
    ordinal: str = Field(description="The month as words use it: '98th'.")
    title: str
    window_start: date
    window_end: date
    headlines: list[Headline]
    developments: list[Development]
    references: list[Reference]
    notes: list[str] = Field(default_factory=list)

    def headline(self, headline_id: str) -> Headline:
        return next(h for h in self.headlines if h.id == headline_id)

    def reference(self, ref_id: str) -> Reference:
        return next(r for r in self.references if r.id == ref_id)
