"""Turning finished drafts into the domain's `Event`s and `Claim`s."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from sitrep.extract.dates import DateMention
from sitrep.extract.drafts import Draft
from sitrep.extract.places import best_place
from sitrep.extract.refine import (LEAVING_RE, document_voice, quoted_voice, refine_actors, refine_kind, with_bystanders,
                                   with_fire_from_turkey, with_first_person, with_named_terrorists, with_national_army,
                                   with_names_in_iraq, with_names_told_before, with_own_side_acting, with_tracked_force,
                                   with_victims_group, without_the_deniers)
from sitrep.extract.summary import summarise
from sitrep.model import ActorRole, Casualty, CasualtyKind, Certainty, Claim, Document, Event, EventActor, Evidence, TimePrecision, stable_id
from sitrep.vocabulary import load_ontology

EXTRACTOR_VERSION = "rules-0.1"

def _dates_for(draft: Draft, document: Document, period: tuple[date, date] | None,
               earlier: list[Draft]) -> tuple[date | None, date | None, TimePrecision]:
    """The event's dates: its own; else its record's "Date:" field; else, in a monthly report, the month; else
    those of the event told before it."""
    mention: DateMention | None = draft.date
    if mention is not None:
        precision = TimePrecision.APPROXIMATE if draft.date_inherited else mention.precision
        return mention.date_start, mention.date_end, precision
    if draft.context_date is not None and draft.dated_by_field:
        return draft.context_date.date_start, draft.context_date.date_end, draft.context_date.precision
    if period is not None:
        return _part_of_period(draft, period)
    if draft.context_date is not None:
        return draft.context_date.date_start, draft.context_date.date_end, draft.context_date.precision
    told_before = next((d.date for d in reversed(earlier) if d.date is not None and not d.is_claim), None)
    if told_before is not None:
        # a daily report's undated sentence tells the same day's news
        return told_before.date_start, told_before.date_end, told_before.precision
    if document.published is not None:
        return document.published, document.published, TimePrecision.APPROXIMATE
    return None, None, TimePrecision.APPROXIMATE


PART_OF_MONTH_RE = re.compile(r"\b(?:in\s+)?(?:the\s+)?(?P<part>first half|second half|beginning|start|end|middle|early|late|mid)(?:\s+of)?\s+the\s+month\b", re.I)


def _part_of_period(draft: Draft, period: tuple[date, date]) -> tuple[date, date, TimePrecision]:
    """"In the second half of the month" of a monthly report: that part of its window."""
    start, end = period
    match = PART_OF_MONTH_RE.search(" ".join(s.text for s in draft.sentences))
    if match:
        middle = start + timedelta(days=14)  # the first half is the first fifteen days, as in dates.py
        part = match["part"].lower()
        if part in {"first half", "beginning", "start", "early"}:
            return start, middle, TimePrecision.MONTH
        if part in {"second half", "end", "late"}:
            return middle + timedelta(days=1), end, TimePrecision.MONTH
    return start, end, TimePrecision.MONTH


def _evidence(draft: Draft, document: Document) -> list[Evidence]:
    # quoted from the document as written (a field-log line is parsed with its shorthand spelled out)
    return [Evidence(document_id=document.id, start=s.start, end=s.end, text=document.text[s.start:s.end]) for s in draft.sentences]


def to_events(draft: Draft, document: Document, period, earlier: list[Draft]) -> list[Event]:
    """One event, or one per day when the text lists days ("rockets hit the base on December 4 and 9")."""
    mention = draft.date
    if mention is not None and _one_run_of_days(mention, draft.kind.id):
        # "arrested dozens of young men on 2 and 3 March", "the clashes of 14 and 15 July": one campaign over the days
        draft.date = replace(mention, precision=TimePrecision.WEEK, days=[])
        mention = draft.date
    if mention is None or len(mention.days) < 2:
        events = [_to_event(draft, document, period, earlier)]
    else:
        events = [_to_event(draft, document, period, earlier, day=day) for day in mention.days]
    return [e for e in events if _has_its_parties(e)]


# Kinds that go on over days: listed days in a row are one such event, not one per day (strikes and shelling on
# "17 and 18 May" stay one per day)
CONTINUING_KINDS = {"arrest", "raid", "armed_clash", "peaceful_protest", "protest_with_intervention",
                    "violent_demonstration", "abduction"}


def _one_run_of_days(mention: DateMention, kind: str) -> bool:
    days = sorted(mention.days)
    return kind in CONTINUING_KINDS and len(days) >= 2 and (days[-1] - days[0]).days == len(days) - 1 <= 3


def _has_its_parties(event: Event) -> bool:
    """A meeting is an event of the conflict only for the parties who held it: "the team visited seven sites" and
    "next meeting of the coordination centre" name nobody who met. A movement, convoy or patrol is one only for the
    force that moves ("a humanitarian convoy entered the province", "640 trucks crossed to Syria": none of the 144
    such gold events of corpus/dev lacks its initiator)."""
    if event.kind in UNARMED_UNLESS_NAMED:
        return bool(event.actors_in(ActorRole.INITIATOR)) or bool(MILITARY_RE.search(event.evidence[0].text))
    return event.kind != "visit_meeting" or bool(event.actors)


UNARMED_UNLESS_NAMED = {"movement", "convoy", "patrol"}
# words that make a column military though the sentence does not say whose: "reached Al-Shaddadi base",
# "escorted by United States military vehicles", "sent reinforcements"
MILITARY_RE = re.compile(r"\b(?:base|reinforcements?|military|troops|soldiers|armou?red|escorted|tanks?|frigate|warship)\b", re.I)


def with_one_leader(actors: list[EventActor], kind: str) -> list[EventActor]:
    """One initiator leads an event, as ACLED's first actor does. Parties joined to it in the text ("by the SDF
    and the Coalition") are already its partners; a further initiator left over is a misreading of the sentence
    (none of the 2309 gold events of corpus/dev has two) and is dropped, and in a clash it is the other side."""
    initiators = [a for a in actors if a.role is ActorRole.INITIATOR]
    if len(initiators) < 2:
        return actors
    if kind != "armed_clash":
        return [a for a in actors if a.role is not ActorRole.INITIATOR or a is initiators[0]]
    return [EventActor(actor=a.actor, role=ActorRole.TARGET) if a.role is ActorRole.INITIATOR and a is not initiators[0]
            else a for a in actors]


def _to_event(draft: Draft, document: Document, period, earlier: list[Draft], day: date | None = None) -> Event:
    start, end, precision = _dates_for(draft, document, period, earlier)
    if day is not None:
        start = end = day
    text = " ".join(x.text for x in draft.sentences)
    kind = refine_kind(draft.kind, draft.actors, draft.casualties, text)
    leaving = kind.id == "movement" and bool(LEAVING_RE.search(text))
    place = best_place(draft.places, kind.id, leaving) or draft.place
    hurt = any(c.kind is not CasualtyKind.ARRESTED and c.count for c in draft.casualties)
    actors = refine_actors(kind, draft.actors, draft.sentences, hurt)
    if draft.certainty is Certainty.NEGATED:
        actors = without_the_deniers(actors, text)
    actors = with_names_in_iraq(with_national_army(actors, place), place)
    voice = document_voice(document)
    actors = with_first_person(actors, draft.sentences[0].text, draft.trigger.start if draft.trigger else 0,
                               quoted_voice(draft.sentences[0].text) or voice)
    actors = with_tracked_force(actors, kind.id, voice)
    actors = with_own_side_acting(actors, kind.id, voice, document.text, draft.certainty)
    actors = with_names_told_before(actors, document.text, draft.sentences[0].start)
    actors = with_named_terrorists(with_one_leader(actors, kind.id), place)
    actors = with_bystanders(with_fire_from_turkey(actors, kind.id, place, text), draft.casualties)
    actors = with_victims_group(actors, kind.id, text + _rest_of_sentence(document.text, draft.sentences[-1].end))
    event = Event(
        id=stable_id("ev", document.id, draft.sentences[0].start, kind.id, *([day] if day else [])),
        kind=kind.id,
        disorder_type=kind.disorder_type,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        date_start=start,
        date_end=end,
        time_precision=precision,
        place=place,
        actors=actors,
        quantities=draft.quantities,
        casualties=_counted_casualties(draft.casualties, kind.id, draft.certainty),
        certainty=draft.certainty,
        attribution=draft.attribution,
        evidence=_evidence(draft, document),
        extractor_version=EXTRACTOR_VERSION,
    )
    event.confidence = _confidence(event, draft)
    event.summary = summarise(event, kind.label)
    return event


def _counted_casualties(casualties: list[Casualty], kind: str, certainty: Certainty) -> list[Casualty]:
    """The tolls an event carries: none for a denied event (its toll is what is denied: "the man said to be killed
    was injured in a traffic accident"), and no arrests for an abduction (those taken are hostages, not detainees)."""
    if certainty is Certainty.NEGATED:
        return []
    if kind == "abduction":
        return [c for c in casualties if c.kind is not CasualtyKind.ARRESTED]
    return casualties


def _rest_of_sentence(text: str, end: int) -> str:
    """What follows a clause up to its sentence's end: "...; the administration said both were PKK members."."""
    stop = re.search(r"[.!?](?:\s|$)|\n", text[end:end + 300])
    return text[end:end + (stop.start() if stop else 0)]


def _confidence(event: Event, draft: Draft) -> float:
    score = 0.4
    score += 0.15 if event.time_precision == TimePrecision.DAY and not draft.date_inherited else 0
    score += 0.15 if event.place and event.place.latitude is not None else 0
    score += 0.15 if event.actors else 0
    score += 0.1 if event.quantities or event.casualties else 0
    return round(min(score, 0.95), 2)


def to_claim(draft: Draft, document: Document, period) -> Claim:
    start, end = draft.claim_period or period or (None, None)
    kind = refine_kind(draft.kind, draft.actors, draft.casualties, " ".join(x.text for x in draft.sentences))
    claim = Claim(
        id=stable_id("cl", document.id, draft.sentences[0].start, kind.id),
        kind=kind.id,
        quantities=draft.quantities,
        casualties=draft.casualties,
        period_start=start,
        period_end=end,
        dates=draft.claim_days,
        actors=with_first_person(draft.actors, draft.sentences[0].text, draft.trigger.start if draft.trigger else 0,
                                 quoted_voice(draft.sentences[0].text) or document_voice(document)),
        origin=draft.origin,
        destinations=draft.destinations,
        evidence=_evidence(draft, document),
        extractor_version=EXTRACTOR_VERSION,
    )
    claim.summary = summarise(claim, kind.label)
    return claim


def claim_from_event(event: Event, document: Document, period) -> Claim:
    """A found event that the learned filter reads as a period's total, kept as a claim: its own span of days
    when it has one, else the document's period."""
    own_span = event.date_start and event.date_end and event.date_end > event.date_start
    start, end = (event.date_start, event.date_end) if own_span else (period or (None, None))
    claim = Claim(id=stable_id("cl", document.id, event.evidence[0].start if event.evidence else 0, event.kind),
                  kind=event.kind, quantities=event.quantities, casualties=event.casualties, period_start=start,
                  period_end=end, actors=event.actors, evidence=event.evidence, extractor_version=EXTRACTOR_VERSION)
    claim.summary = summarise(claim, load_ontology()[event.kind].label)
    return claim


def distinct_claims(claims: list[Claim]) -> list[Claim]:
    """A headline and the body may state the same total: keep the fuller statement once."""
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: -(len(c.quantities) + len(c.casualties) + len(c.dates))):
        signature = {(q.unit, q.value) for q in claim.quantities}
        if any(k.kind == claim.kind and signature and signature <= {(q.unit, q.value) for q in k.quantities} for k in kept):
            continue
        kept.append(claim)
    return sorted(kept, key=lambda c: c.evidence[0].start)
