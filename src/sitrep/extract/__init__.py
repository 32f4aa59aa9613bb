"""Extraction: a document in, its events and stated totals out.

    from sitrep.extract import extract
    result = extract(document)          # -> Extraction(events=[...], claims=[...], notes=[...])

Each sentence is split and parsed (spaCy), classified against the ontology,
and read for its date, places, actors, counts and casualties.  Sentences that
point back ("The attack left two dead") are folded into the event they refer
to; stated totals over a period become claims, never events.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from sitrep.extract.dates import DateMention, find_dates
from sitrep.extract.period import find_campaign_month
from sitrep.extract.drafts import GENERIC_KINDS, Draft, adds_casualties, fold_in, merge, read_sentence, refers_back, same_happening
from sitrep.extract.language import unsupported_language
from sitrep.extract.nlp import Sentence, split_clauses, split_sentences
from sitrep.extract.places import PlaceReader, best_place
from sitrep.extract.refine import refine_actors, refine_kind
from sitrep.vocabulary import actor_family
from sitrep.extract.summary import summarise
from sitrep.model import (
    ActorRole,
    Claim,
    Document,
    Event,
    Evidence,
    EventActor,
    Extraction,
    TimePrecision,
    stable_id,
)
from sitrep.settings import Settings

EXTRACTOR_VERSION = "rules-0.1"
REFER_BACK_WINDOW = 2  # sentences
AFTER_EVENT_RE = re.compile(r"\bafter the (?:attack|strike|shelling|bombardment|explosion|raid)\b", re.I)
ANOTHER_RE = re.compile(r"(?:^|;\s*|,\s*|\bin\s+)(?:another|a second|a further|a similar|a separate)\s+(\w+)", re.I)
GENERIC_NOUNS = {"attack", "strike", "incident", "one", "operation", "assault"}
ONE_OF_THEM_RE = re.compile(r"^the\s+(?:first|second|third|fourth|last|latest|largest|deadliest|biggest|heaviest|smallest)\b", re.I)
THE_GENERIC_RE = re.compile(r"^the\s+(?:\w+\s+)?(?:strike|attack|raid|incident)\b", re.I)


def extract(document: Document, settings: Settings | None = None, *, aliases: Mapping[str, str] | None = None) -> Extraction:
    """Events and claims of one document. `aliases` (alias -> gazetteer id, from Store.aliases())
    add the analysts' own place names to the gazetteer."""
    settings = settings or Settings.from_env()
    language = unsupported_language(document.text)
    if language is not None:
        note = f"{document.source or document.id}: text appears to be in {language}; only English is supported, nothing extracted"
        return Extraction(document_id=document.id, notes=[note])
    notes = []
    if document.published is None and _has_unresolvable_dates(document.text):
        notes.append(f"{document.source or document.id}: no publication date; dates without a year were left unresolved (use --published)")
    sentences = split_sentences(document.text, settings.spacy_model)
    period = document_period(document, sentences)
    drafts = _read_drafts(sentences, document, period, PlaceReader(document.text, aliases))
    events, claims = [], []
    for index, draft in enumerate(drafts):
        if draft.is_claim:
            claims.append(_to_claim(draft, document, period))
        else:
            events.extend(_to_events(draft, document, period, drafts[:index]))
    return Extraction(document_id=document.id, events=events, claims=_distinct_claims(claims), notes=notes)


def events(document: Document, settings: Settings | None = None) -> list[Event]:
    return extract(document, settings).events


def _has_unresolvable_dates(text: str) -> bool:
    probe = find_dates(text, date(2000, 6, 15))
    return any(not m.explicit_year for m in probe)


def _read_drafts(sentences: list[Sentence], document: Document, period, places: PlaceReader) -> list[Draft]:
    drafts: list[Draft] = []
    named_day: DateMention | None = None
    for sentence in (clause for whole in sentences for clause in split_clauses(whole)):
        previous = drafts[-1] if drafts else None
        near = previous is not None and sentence.index - previous.last_index <= REFER_BACK_WINDOW
        draft = read_sentence(sentence, document.published, document.title, period, previous if near else None, places)
        days = [d for d in find_dates(sentence.text, document.published) if d.precision is TimePrecision.DAY]
        if draft is not None and draft.date is None:
            draft.context_date = named_day
        named_day = days[0] if days else named_day
        right_after = previous is not None and sentence.index - previous.last_index in {0, 1}
        if right_after and adds_casualties(draft, previous, sentence):
            fold_in(previous, sentence, document.published, places)
            continue
        if near and refers_back(sentence):
            if draft is None or draft.is_claim or draft.date is None or draft.date_from_context or previous.is_claim:
                fold_in(previous, sentence, document.published, places)
                continue
        if draft is None:
            continue
        _inherit_from_context(draft, drafts)
        if previous is not None and same_happening(previous, draft):
            merge(previous, draft)
            continue
        drafts.append(draft)
    return drafts


def _inherit_from_context(draft: Draft, earlier: list[Draft]) -> None:
    """'Another convoy also entered...' and '... after the attack' borrow from the event they follow."""
    text = draft.sentences[0].text
    if draft.date is None and AFTER_EVENT_RE.search(text):
        antecedent = next((d for d in reversed(earlier) if not d.is_claim and d.date), None)
        if antecedent:
            draft.date, draft.date_inherited = antecedent.date, True
    _answer_targets(draft, earlier, text)
    match = ANOTHER_RE.search(text)
    if match and match.group(1).lower() in GENERIC_NOUNS and earlier and not earlier[-1].is_claim and draft.kind.id in GENERIC_KINDS:
        draft.kind = earlier[-1].kind  # "another attack followed": of the kind just told
    if THE_GENERIC_RE.match(text) and earlier and draft.kind.id in GENERIC_KINDS | {"other"}:
        draft.kind = earlier[-1].kind  # "The deadliest strike hit a car...": one of the strikes just counted
    if ONE_OF_THEM_RE.match(text) and earlier and not any(a.role is ActorRole.INITIATOR for a in draft.actors):
        # "The first batch, 50 trucks, crossed...": one of those just counted, by the same hands
        draft.actors = [a for a in earlier[-1].actors if a.role is ActorRole.INITIATOR] + draft.actors
    if match:
        antecedent = next((d for d in reversed(earlier) if d.kind.id == draft.kind.id and not d.is_claim), None)
        if antecedent:
            if draft.date is None and antecedent.date:
                draft.date, draft.date_inherited = antecedent.date, True
            if draft.place is None and not draft.places and match.group(1).lower() in GENERIC_NOUNS:
                draft.place = antecedent.place  # "another attack followed on March 21": on the same base
                if not any(a.role is ActorRole.TARGET for a in draft.actors):
                    draft.actors = draft.actors + [a for a in antecedent.actors if a.role is ActorRole.TARGET]
            if not any(a.role == ActorRole.INITIATOR for a in draft.actors):
                draft.actors = [a for a in antecedent.actors if a.role == ActorRole.INITIATOR] + draft.actors


ANSWER_RE = re.compile(r"\b(?:launch (?:sites?|areas?|pads?|positions?)|source of (?:the )?fire|firing positions?)\b", re.I)


def _answer_targets(draft: Draft, earlier: list[Draft], text: str) -> None:
    """Shooting down the drones or shelling the launch sites answers whoever fired them."""
    if any(a.role is ActorRole.TARGET for a in draft.actors) or not earlier or earlier[-1].is_claim:
        return
    if draft.sentences[0].from_log:
        return  # a log's lines are separate items
    if draft.kind.id == "disrupted_weapons" or ANSWER_RE.search(text):
        own = set().union(*(actor_family(i) for i in draft.initiator_ids() if i)) if draft.initiator_ids() else set()
        attackers = [a for a in earlier[-1].actors if a.role is ActorRole.INITIATOR
                     and not (actor_family(a.actor.actor_id) & own if a.actor.actor_id else False)]
        draft.actors = draft.actors + [EventActor(actor=a.actor, role=ActorRole.TARGET) for a in attackers
                                       if a.actor.actor_id not in {b.actor.actor_id for b in draft.actors}]


def document_period(document: Document, sentences: list[Sentence]) -> tuple[date, date] | None:
    """The period a periodic report covers ("the 98th month of Coalition operations"), if it says."""
    return find_campaign_month((document.title or "") + "\n" + document.text) or _title_month(document)


def _title_month(document: Document) -> tuple[date, date] | None:
    """A summary titled "..., March 2024" covers that calendar month."""
    for mention in find_dates(document.title or "", document.published):
        if mention.precision is TimePrecision.MONTH and mention.date_start.day == 1:
            return mention.date_start, mention.date_end
    return None


def _dates_for(draft: Draft, document: Document, period: tuple[date, date] | None,
               earlier: list[Draft]) -> tuple[date | None, date | None, TimePrecision]:
    """The event's dates: its own; else, in a monthly report, the month; else those of the event told before it."""
    mention: DateMention | None = draft.date
    if mention is not None:
        precision = TimePrecision.APPROXIMATE if draft.date_inherited else mention.precision
        return mention.date_start, mention.date_end, precision
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


def _to_events(draft: Draft, document: Document, period, earlier: list[Draft]) -> list[Event]:
    """One event, or one per day when the text lists days ("rockets hit the base on December 4 and 9")."""
    mention = draft.date
    if mention is None or len(mention.days) < 2:
        return [_to_event(draft, document, period, earlier)]
    return [_to_event(draft, document, period, earlier, day=day) for day in mention.days]


def _to_event(draft: Draft, document: Document, period, earlier: list[Draft], day: date | None = None) -> Event:
    start, end, precision = _dates_for(draft, document, period, earlier)
    if day is not None:
        start = end = day
    kind = refine_kind(draft.kind, draft.actors, draft.casualties, " ".join(x.text for x in draft.sentences))
    actors = refine_actors(kind, draft.actors, draft.sentences)
    event = Event(
        id=stable_id("ev", document.id, draft.sentences[0].start, kind.id, *([day] if day else [])),
        kind=kind.id,
        disorder_type=kind.disorder_type,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        date_start=start,
        date_end=end,
        time_precision=precision,
        place=best_place(draft.places, kind.id) or draft.place,
        actors=actors,
        quantities=draft.quantities,
        casualties=draft.casualties,
        certainty=draft.certainty,
        attribution=draft.attribution,
        evidence=_evidence(draft, document),
        extractor_version=EXTRACTOR_VERSION,
    )
    event.confidence = _confidence(event, draft)
    event.summary = summarise(event, kind.label)
    return event


def _confidence(event: Event, draft: Draft) -> float:
    score = 0.4
    score += 0.15 if event.time_precision == TimePrecision.DAY and not draft.date_inherited else 0
    score += 0.15 if event.place and event.place.latitude is not None else 0
    score += 0.15 if event.actors else 0
    score += 0.1 if event.quantities or event.casualties else 0
    return round(min(score, 0.95), 2)


def _to_claim(draft: Draft, document: Document, period) -> Claim:
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
        actors=draft.actors,
        origin=draft.origin,
        destinations=draft.destinations,
        evidence=_evidence(draft, document),
        extractor_version=EXTRACTOR_VERSION,
    )
    claim.summary = summarise(claim, kind.label)
    return claim


def _distinct_claims(claims: list[Claim]) -> list[Claim]:
    """A headline and the body may state the same total: keep the fuller statement once."""
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: -(len(c.quantities) + len(c.casualties) + len(c.dates))):
        signature = {(q.unit, q.value) for q in claim.quantities}
        if any(k.kind == claim.kind and signature and signature <= {(q.unit, q.value) for q in k.quantities} for k in kept):
            continue
        kept.append(claim)
    return sorted(kept, key=lambda c: c.evidence[0].start)


__all__ = ["extract", "events", "main_kind", "EXTRACTOR_VERSION", "document_period"]


def main_kind(text: str, settings: Settings | None = None) -> str | None:
    """The kind of the main event a short text (a headline, a news snippet) reports, or None.

    Unlike `extract`, nothing is filtered for being background or vague: a
    snippet is taken to report something, and its strongest trigger names it.
    """
    from sitrep.extract.classify import best_trigger
    from sitrep.extract.drafts import sentence_actors

    settings = settings or Settings.from_env()
    best = None
    for sentence in split_sentences(text, settings.spacy_model):
        trigger = best_trigger(sentence)
        if trigger is not None and (best is None or trigger.score > best[0].score):
            best = (trigger, sentence)
    if best is None:
        return None
    trigger, sentence = best
    actors = sentence_actors(sentence, trigger.token, trigger.kind.id)
    return refine_kind(trigger.kind, actors, [], sentence.text).id
