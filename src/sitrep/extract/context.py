"""What a sentence borrows from the events told before it.

"Another convoy also entered...", "... after the attack", "The first batch, 50
trucks, ...", "shot down both drones": a sentence that points back takes the
date, place, kind or parties of the event it points to.
"""

from __future__ import annotations

import re

from sitrep import geo
from sitrep.extract.actors import dictionary_actor
from sitrep.extract.drafts import GENERIC_KINDS, Draft
from sitrep.extract.refine import with_national_army
from sitrep.model import ActorRole, Claim, Event, EventActor, GeoPrecision
from sitrep.vocabulary import actor_family, load_actors

AFTER_EVENT_RE = re.compile(r"\bafter the (?:attack|strike|shelling|bombardment|explosion|raid)\b", re.I)
ANOTHER_RE = re.compile(r"(?:^|;\s*|,\s*|\bin\s+)(?:another|a second|a further|a similar|a separate)\s+(\w+)", re.I)
GENERIC_NOUNS = {"attack", "strike", "incident", "one", "operation", "assault"}
ONE_OF_THEM_RE = re.compile(r"^the\s+(?:first|second|third|fourth|last|latest|largest|deadliest|biggest|heaviest|smallest)\b", re.I)
THE_GENERIC_RE = re.compile(r"^the\s+(?:\w+\s+)?(?:strike|attack|raid|incident)\b", re.I)


def inherit_from_context(draft: Draft, earlier: list[Draft]) -> None:
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
    if SAME_HANDS_RE.search(text) and earlier and not any(a.role is ActorRole.INITIATOR and a.actor.actor_id for a in draft.actors):
        # "fighters of the same faction detained ...", "a farmer arrested in the same campaign": the hands told before
        antecedent = next((d for d in reversed(earlier) if not d.is_claim and d.initiator_ids() - {None}), None)
        if antecedent:
            draft.actors = [a for a in antecedent.actors if a.role is ActorRole.INITIATOR] + [
                a for a in draft.actors if a.role is not ActorRole.INITIATOR]
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


SAME_HANDS_RE = re.compile(r"\b(?:the same|that same|this)\s+(?:faction|group|force|forces|unit|units|militia|campaign|"
                           r"patrol|cell|brigade|division|operation)\b", re.I)
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


# Means that only a state's (or its proxies') forces fly in these reports: a document that names one operator for them
# names it for the unattributed ones too ("a drone struck a car near Rabia", three items after "a Turkish drone strike")
OPERATED_KINDS = {"drone_strike", "airstrike"}
# what each such kind's operator flies, as the text words it: "Turkish drones", "Israeli warplanes", "Russian airstrikes"
AIRCRAFT_WORDS = {"drone_strike": r"(?:armed\s+|attack\s+|combat\s+)?(?:drones?|UAVs?)",
                  "airstrike": r"(?:warplanes?|jets?|fighter\s+jets?|aircraft|air\s*strikes?|aviation|air\s+force)"}


def with_the_documents_operator(events: list[Event], text: str = "") -> list[Event]:
    """Drone strikes with no initiator take the one operator the document gives its other drone strikes, or names
    for drones anywhere in its text ("Turkish drones have carried out four strikes", "the SDF said the drone was
    Turkish"), if it gives exactly one."""
    operators: dict[str, dict] = {}  # kind -> the initiators the document names for it, by id, as first named
    for event in events:
        for actor in event.actors_in(ActorRole.INITIATOR) if event.kind in OPERATED_KINDS else []:
            operators.setdefault(event.kind, {}).setdefault(actor.actor_id, actor)
    for kind in OPERATED_KINDS:
        for actor_id in _operators_named(text, kind):
            operators.setdefault(kind, {}).setdefault(actor_id, dictionary_actor(actor_id))
    result = []
    for event in events:
        named = operators.get(event.kind, {})
        if len(named) == 1 and None not in named and not event.actors_in(ActorRole.INITIATOR):
            [(operator_id, operator)] = named.items()
            if operator_id not in {a.actor_id for a in event.actors_in(ActorRole.TARGET)}:
                event = event.model_copy(update={"actors": [EventActor(actor=operator, role=ActorRole.INITIATOR), *event.actors]})
        result.append(event)
    return result


def _operators_named(text: str, kind: str) -> list[str]:
    """The dictionary actors whose adjective the text puts on what strikes of this kind are flown with: "a Turkish
    drone", "Turkish armed drones", "the drone was Turkish", "Israeli warplanes"."""
    named = []
    aircraft = AIRCRAFT_WORDS[kind]
    for entry in load_actors().values():
        for adjective in entry.adjectives:
            word = re.escape(adjective)
            if re.search(rf"\b{word}\s+{aircraft}\b|\b{aircraft}\s+(?:was|were)\s+{word}\b", text) and entry.id not in named:
                named.append(entry.id)
    return named


def with_the_titles_place(events: list[Event], title: str | None) -> list[Event]:
    """Events whose sentences name no place take the one town or village the title names ("Business travel
    briefing: Baghdad" for "24 Mar, Karrada: an IED exploded outside a liquor shop"), as an analyst places an
    incident in a neighbourhood the gazetteer does not know at the town it belongs to."""
    mentions = geo.find_places(title or "")
    if len(mentions) != 1:
        return events
    place = geo.resolve(mentions[0], geo.GeoContext(sentence=title or ""))
    if place.precision is not GeoPrecision.POINT:
        return events  # a governorate or a country says too little of where each event was
    # the place tells whose army "the army" of the event is, as it does for an event that names its own place
    return [event.model_copy(update={"place": place, "actors": with_national_army(event.actors, place)})
            if event.place is None else event for event in events]


# Kinds a mixed total ("Attacks on energy infrastructure this week: 3, 1 person injured") counts
MIXED_TOTAL_KINDS = {"attack", "armed_clash", "ied", "suicide_bomb", "grenade", "missile_attack", "drone_strike", "airstrike",
                     "abduction", "property_destruction"}


def with_the_days_it_counts(claim: Claim, events: list[Event]) -> Claim:
    """A total whose sentence names no days takes the days of the document's events it counts: those of its kind
    (of any violent kind, for a total of attacks) dated to a day within its period ("Total for February: 135 trucks
    in four batches" takes the days of the four convoys the tracker lists)."""
    if claim.dates or claim.period_start is None or claim.period_end is None:
        return claim
    kinds = MIXED_TOTAL_KINDS if claim.kind == "attack" else {claim.kind}
    days = sorted({e.date_start for e in events if e.kind in kinds and e.date_start is not None
                   and e.date_start == e.date_end and claim.period_start <= e.date_start <= claim.period_end})
    return claim.model_copy(update={"dates": days}) if days else claim
