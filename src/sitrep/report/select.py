"""Which events and claims a campaign's month counts.

An event belongs to the month its start falls in, whatever its precision, so
"November 2022" (1-30 November) counts in a month that runs 23 October to 22
November and no event is counted in two months or lost between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitrep.model import Campaign, Certainty, Claim, Document, Event, EventActor, Evidence, ReviewStatus
from sitrep.report.campaigns import load_campaign_configs
from sitrep.report.vocab import actor_entries, with_members


@dataclass(frozen=True)
class Scope:
    """What makes an event part of a campaign: its actors, or the document it came from."""

    campaign: Campaign
    actor_ids: frozenset[str]
    keywords: tuple[str, ...]
    about_documents: frozenset[str]

    def has_actor(self, parties: list[EventActor]) -> bool:
        return any(p.actor.actor_id in self.actor_ids for p in parties)

    def from_campaign_document(self, evidence: list[Evidence]) -> bool:
        return any(ev.document_id in self.about_documents for ev in evidence)

    def kind_counts(self, kind: str) -> bool:
        return not self.campaign.kinds or kind in self.campaign.kinds


def campaign_keywords(campaign: Campaign, extra: tuple[str, ...] | list[str] = (), directory: Path | None = None) -> tuple[str, ...]:
    """Words whose presence in a title makes a document about the campaign.

    The campaign's configured keywords, its name, and the names and aliases of
    the actors it lists (not of their members: "Americans" in a title says
    little about the Coalition).
    """
    words: list[str] = [campaign.name, *extra]
    config = load_campaign_configs(directory).get(campaign.id)
    if config is not None:
        words.extend(config.keywords)
    entries = actor_entries(directory)
    for actor_id in campaign.actors:
        if actor_id in entries:
            words.extend([entries[actor_id].name, *entries[actor_id].aliases])
    return tuple(dict.fromkeys(w for w in words if w.strip()))


def is_about(document: Document, keywords: tuple[str, ...]) -> bool:
    title = document.title or ""
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", title, re.IGNORECASE) for word in keywords)


def scope_of(
    campaign: Campaign, documents: list[Document], keywords: tuple[str, ...] | list[str] = (), directory: Path | None = None
) -> Scope:
    words = campaign_keywords(campaign, keywords, directory)
    about = frozenset(d.id for d in documents if is_about(d, words))
    return Scope(campaign, frozenset(with_members(campaign.actors, directory)), words, about)


def in_window(day: date | None, window: tuple[date, date]) -> bool:
    return day is not None and window[0] <= day <= window[1]


def select_events(events: list[Event], scope: Scope, window: tuple[date, date]) -> list[Event]:
    """The campaign's events of the month: not rejected, not negated, each id once."""
    chosen: dict[str, Event] = {}
    for event in events:
        if event.review_status == ReviewStatus.REJECTED or event.certainty == Certainty.NEGATED:
            continue
        if not in_window(event.date_start, window) or not scope.kind_counts(event.kind):
            continue
        if scope.has_actor(event.actors) or scope.from_campaign_document(event.evidence):
            chosen.setdefault(event.id, event)
    return list(chosen.values())


def claim_overlaps(claim: Claim, window: tuple[date, date]) -> bool:
    """A claim counts when its period overlaps the window; without a period, when one of its dates is inside."""
    if claim.period_start or claim.period_end:
        start = claim.period_start or claim.period_end
        end = claim.period_end or claim.period_start
        return start <= window[1] and end >= window[0]
    return any(in_window(day, window) for day in claim.dates)


def select_claims(claims: list[Claim], scope: Scope, window: tuple[date, date]) -> list[Claim]:
    chosen: dict[str, Claim] = {}
    for claim in claims:
        if not claim_overlaps(claim, window):
            continue
        if scope.has_actor(claim.actors) or scope.from_campaign_document(claim.evidence):
            chosen.setdefault(claim.id, claim)
    return list(chosen.values())
