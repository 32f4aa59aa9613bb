"""One sentence, two events.

Analysts code two events where one sentence tells two happenings, and an event found for either half gets its
twin here:
- an attack and its interception: "two rockets were fired at the Coalition base; the Coalition said its air
  defences intercepted one of them" is a rocket attack by one side and a weapon downed by the other (ACLED's
  "Disrupted weapons use" beside the attack);
- an abduction and the body found: "the body of a young man who had been abducted on 10 March was found on
  16 March" is the abduction on the 10th and a killing, by no one named, on the 16th;
- land razed and a position set up on it: "bulldozed agricultural land near Nawa and established a new military
  point there" is property destruction and a base established;
- a shelling and the clash it fell in: "a mortar shell struck their house during clashes between Druze fighters and
  Bedouin gunmen" is the shelling, by no one named, and an armed clash between the two sides.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.extract.actors import dictionary_actor, find_actors
from sitrep.extract.dates import find_dates
from sitrep.extract.numbers import find_numbers, parse_number
from sitrep.extract.summary import summarise
from sitrep.model import Actor, ActorRole, Casualty, CasualtyKind, Event, EventActor, Evidence, Quantity, TimePrecision, stable_id
from sitrep.vocabulary import load_ontology

ATTACK_KINDS = {"drone_strike", "missile_attack", "airstrike"}
INTERCEPT_RE = re.compile(r"\b(?:intercept(?:ed|s|ing)?|shot\s+(?:it\s+|them\s+)?down|downed|confronted"
                          r"|destroyed\s+(?:[\w-]+\s+){0,4}?in\s+(?:flight|the\s+air))\b", re.I)
NOT_INTERCEPTED_RE = re.compile(r"\b(?:not|never|without|failed\s+to|no\s+\w+\s+was)\s+(?:\w+\s+)?$", re.I)
# the attack told before its interception, in a clause of its own: "3x drones launched vs Koniko gas field, all
# intercepted" (not "destroyed three drones launched by terrorist groups", where the launch only says whose they were)
LAUNCH_RE = re.compile(r"\b(?:launched|fired|attack|targeted|approached|struck|hit)\b", re.I)
CLAUSE_END_RE = re.compile(r"[;,.]|\s[–—-]\s|\band\b")
WEAPON_UNITS = {"drones": "drone_strike", "rockets": "missile_attack", "missiles": "missile_attack",
                "shells": "missile_attack"}
# the taking told as an act ("who had been abducted on 10 March", "kidnapped from Busra al-Sham"), not "one of the abducted"
TAKEN_RE = re.compile(r"\b(?:was|were|been|who)\s+(?:\w+\s+)?(?:abducted|kidnapped)\b|\b(?:abducted|kidnapped)\s+(?:by|from|on|at|near)\b", re.I)
BODY_FOUND_RE = re.compile(r"\bbody\b[^;]{0,220}?\b(?:was|were)\s+(?:later\s+)?(?:found|discovered|recovered)\b", re.I)


def with_twins(events: list[Event], document_text: str, published: date | None = None) -> list[Event]:
    """The events, each followed by the twin its sentence tells beside it, if any."""
    result = []
    for event in events:
        pair = _taken_and_found(event, document_text, published) or _shelled_in_clashes(event)
        event, twin = pair if pair is not None else (event, _interception_twin(event, document_text)
                                                     or _razed_and_built(event))
        result.append(event)
        if twin is not None and not any(other.kind == twin.kind and other.evidence == twin.evidence for other in events):
            result.append(twin)
    return result


def _interception_twin(event: Event, document_text: str) -> Event | None:
    """The attack beside an interception, or the interception beside an attack, that one sentence tells."""
    if event.kind not in ATTACK_KINDS | {"disrupted_weapons"}:
        return None
    for evidence in map(lambda e: _whole_sentence(e, document_text), event.evidence):
        text = evidence.text
        downed = next((m for m in INTERCEPT_RE.finditer(text) if not NOT_INTERCEPTED_RE.search(text[:m.start()])), None)
        if downed is None:
            continue
        if event.kind == "disrupted_weapons":
            return _attack_before(event, text, downed)
        return _interception_of(event, text, downed).model_copy(update={"evidence": [evidence]})
    return None


# "bulldozed agricultural land near Nawa and established a new military point there", "razing farmland ... and piling
# up an earth berm": the land destroyed and the position set up are two events (all 7 such sentences of corpus/dev)
RAZED_RE = re.compile(r"\b(?:bulldoz\w*|level(?:l)?(?:ed|ing)|raz(?:ed|ing)|uproot\w*)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:land|farmland|fields?|orchards?|trees|groves?)\b", re.I)
BUILT_RE = re.compile(r"\b(?:set\s+up|established|erected|raised|built|dug|pil(?:ed|ing)\s+up)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:berm|military\s+point|outpost|position|post|checkpoint)s?\b", re.I)


def _razed_and_built(event: Event) -> Event | None:
    """The position set up beside the land razed, or the land razed beside the position set up."""
    if event.kind not in {"property_destruction", "base_established"} or not event.evidence:
        return None
    text = event.evidence[0].text
    if not (RAZED_RE.search(text) and BUILT_RE.search(text)):
        return None
    other_kind = "base_established" if event.kind == "property_destruction" else "property_destruction"
    return _twin_event(event, other_kind, [a for a in event.actors if a.role is ActorRole.INITIATOR], [], casualties=[])


# "a mortar shell struck their house ... during clashes between Druze fighters and Bedouin gunmen": the shelling and the
# clashes it fell in are two events (all 6 such sentences of corpus/dev), the clash between the two sides named
DURING_CLASHES_RE = re.compile(r"\bduring\s+(?:the\s+)?(?:clashes|fighting)\s+between\s+(?:the\s+)?(?P<one>[\w' -]{2,40}?)"
                               r"\s+and\s+(?:the\s+)?(?P<other>[\w' -]{2,40}?)(?=\s+(?:in|west|east|north|south|near|at|on)\b|[.,;]|$)",
                               re.I)


def _shelled_in_clashes(event: Event) -> tuple[Event, Event] | None:
    """The shelling, and the clash between the two sides that its sentence says it fell during; the sides are the
    shelling's parties only where the sentence names them before ("SDF mortar fire during clashes between the SDF
    and tribal gunmen")."""
    if event.kind != "missile_attack" or not event.evidence:
        return None
    text = event.evidence[0].text
    during = DURING_CLASHES_RE.search(text)
    if during is None:
        return None
    one, other = _side(during["one"]), _side(during["other"])
    before = text[:during.start()].lower()
    told_before = {(a.actor_id or a.name) for a in (one, other) if (a.as_written or a.name).lower() in before
                   or (a.actor_id and any(m.entry.id == a.actor_id for m in find_actors(before)))}
    sides = {(a.actor_id or a.name) for a in (one, other)} - told_before
    shelling = event.model_copy(update={"actors": [a for a in event.actors if (a.actor.actor_id or a.actor.name) not in sides
                                                   and not (a.role is not ActorRole.TARGET and _within(a.actor, during))]})
    actors = [EventActor(actor=one, role=ActorRole.INITIATOR), EventActor(actor=other, role=ActorRole.TARGET)]
    return shelling, _twin_event(event, "armed_clash", actors, [], casualties=[])


def _within(actor: Actor, during: re.Match) -> bool:
    """Whether a party's words stand only inside the clash's "between ... and ..." ("gunmen" of "Bedouin clan gunmen")."""
    written = (actor.as_written or actor.name).lower()
    return bool(written) and written in during.group(0).lower() and written not in during.string[:during.start()].lower()


def _side(words: str) -> Actor:
    """A side of a clash: the dictionary's actor when the words name one, else the words as written."""
    named = find_actors(words)
    if named:
        return dictionary_actor(named[0].entry.id) if named[0].entry.id else named[0].as_actor(words)
    return Actor(name=words.strip().lower(), as_written=words.strip(), acled_inter=3)


def _taken_and_found(event: Event, document_text: str, published: date | None) -> tuple[Event, Event] | None:
    """An abduction whose victim's body a sentence says was found, or a body found whose victim it says was
    abducted: both halves, the abduction dated by the day the text gives after "abducted", the killing by the
    day after "found" (or "two days later")."""
    if event.kind not in {"abduction", "attack"} or not event.evidence:
        return None
    text = _whole_sentence(event.evidence[0], document_text).text
    taken, found = TAKEN_RE.search(text), BODY_FOUND_RE.search(text)
    if taken is None or found is None:
        return None
    taken_day = _day_after(text, taken.end(), published) or (event.date_start if event.kind == "abduction" else None)
    later = LATER_RE.search(text, found.start())
    found_day = _day_after(text, found.end(), published) or (
        taken_day + timedelta(days=parse_number(later.group(1)) or 0) if later and taken_day else None)
    victims = [EventActor(actor=a, role=ActorRole.TARGET) for a in event.actors_in(ActorRole.TARGET)]
    takers = [EventActor(actor=a, role=ActorRole.INITIATOR) for a in event.actors_in(ActorRole.INITIATOR)]
    abduction = _twin_event(event, "abduction", takers + victims, [], casualties=[])
    killing = _twin_event(event, "attack", victims, [], casualties=[Casualty(kind=CasualtyKind.KILLED, count=1)])
    abduction, killing = _on_day(abduction, taken_day), _on_day(killing, found_day)
    if event.kind == "abduction":
        return abduction.model_copy(update={"id": event.id}), killing
    return killing.model_copy(update={"id": event.id}), abduction


LATER_RE = re.compile(r"\b(\w+)\s+days?\s+later\b", re.I)


def _on_day(event: Event, day: date | None) -> Event:
    if day is None:
        return event
    return event.model_copy(update={"date_start": day, "date_end": day, "time_precision": TimePrecision.DAY})


def _day_after(text: str, position: int, published: date | None) -> date | None:
    """The first day the text names after `position`, before the next clause: "abducted ... on 10 March"."""
    days = [d for d in find_dates(text, published) if d.start >= position and d.precision is TimePrecision.DAY
            and not LATER_RE.match(text, d.start)]
    return days[0].date_start if days and days[0].start - position <= 80 else None


def _interception_of(attack: Event, text: str, downed: re.Match) -> Event:
    """The downing of (some of) an attack's weapons: by whom the clause names, else by the side attacked."""
    clause_start, clause_end = _clause_around(text, downed)
    attackers = attack.actors_in(ActorRole.INITIATOR)
    named = [m.entry.id for m in find_actors(text[clause_start:clause_end]) if m.entry.id]
    defenders = [dictionary_actor(i) for i in dict.fromkeys(named) if i not in {a.actor_id for a in attackers}]
    if not defenders and any(a.actor_id == "israeli_forces" for a in attackers):
        defenders = [dictionary_actor("regime_forces")]  # "air defences intercepted most of the hostile missiles"
    if not defenders and AIR_DEFENCES_RE.search(text, clause_start, clause_end):
        defenders = [Actor(name="air defences", as_written="air defences", acled_inter=1)]  # whose, the text does not say
    if not defenders:
        defenders = [a for a in attack.actors_in(ActorRole.TARGET) if a.actor_id][:1]
    actors = [EventActor(actor=a, role=ActorRole.INITIATOR) for a in defenders]
    actors += [EventActor(actor=a, role=ActorRole.TARGET) for a in attackers]
    unit = next((q.unit for q in attack.quantities if q.unit in WEAPON_UNITS), None)
    count = _count_downed(text[clause_start:clause_end], attack.quantity(unit) if unit else None)
    quantities = [Quantity(unit=unit, value=count)] if unit and count else []
    return _twin_event(attack, "disrupted_weapons", actors, quantities)


# "one was shot down by air defences": defences the clause names without saying whose
AIR_DEFENCES_RE = re.compile(r"(?<!'s )(?<!’s )(?<!its )(?<!their )\bair\s+defen[cs]es?\b(?!\s+of\b)", re.I)


def _attack_before(interception: Event, text: str, downed: re.Match) -> Event | None:
    """The attack a line tells before the downing: "UAV attack on the Erbil airport perimeter; 1x UAV intercepted"."""
    clause_start, _ = _clause_around(text, downed)
    launched = LAUNCH_RE.search(text, 0, clause_start)
    unit = next((u for u in WEAPON_UNITS if _weapon_re(u).search(text[:clause_start])), None)
    if launched is None or unit is None:
        return None
    defenders = interception.actors_in(ActorRole.INITIATOR)
    attackers = interception.actors_in(ActorRole.TARGET)
    actors = [EventActor(actor=a, role=ActorRole.INITIATOR) for a in attackers]
    actors += [EventActor(actor=a, role=ActorRole.TARGET) for a in defenders]
    every = re.search(r"\ball\b", text[clause_start:], re.I)  # "3x drones launched ..., all intercepted"
    count = _count_before_weapon(text[:clause_start], unit) or (interception.quantity(unit) if every else None)
    quantities = [Quantity(unit=unit, value=count)] if count else []
    return _twin_event(interception, WEAPON_UNITS[unit], actors, quantities)


def _whole_sentence(evidence: Evidence, document_text: str) -> Evidence:
    """The evidence run on to the end of its sentence: a clause after a semicolon ("...; the Coalition said its air
    defences intercepted one of them") may have been left out of the event it belongs to."""
    end = SENTENCE_END_RE.search(document_text, evidence.end)
    stop = end.start() if end and end.start() >= evidence.end else evidence.end
    return evidence.model_copy(update={"end": stop, "text": document_text[evidence.start:stop]})


SENTENCE_END_RE = re.compile(r"(?<=[.!?])(?=\s)|\n|$")


def _clause_around(text: str, match: re.Match) -> tuple[int, int]:
    """The clause a match stands in: from the last separator before it to the next one after it."""
    before = [m.end() for m in CLAUSE_END_RE.finditer(text, 0, match.start())]
    after = CLAUSE_END_RE.search(text, match.end())
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _weapon_re(unit: str) -> re.Pattern:
    words = {"drones": r"drones?|UAVs?|UAS", "rockets": r"rockets?|Katyushas?", "missiles": r"missiles?", "shells": r"shells?"}
    return re.compile(rf"\b(?:{words[unit]})\b", re.I)


def _count_before_weapon(text: str, unit: str) -> int | None:
    """"3x drones launched", "two rockets were fired": the count just before the weapon word."""
    weapon = _weapon_re(unit).search(text)
    numbers = [n for n in find_numbers(text[:weapon.start()]) if weapon.start() - n.end <= 3] if weapon else []
    return numbers[-1].value if numbers else None


def _count_downed(clause: str, launched: int | None) -> int | None:
    """"intercepted one of them", "1x UAV intercepted": the number downed; "all intercepted": every one launched."""
    if re.search(r"\ball\b", clause, re.I):
        return launched
    numbers = find_numbers(clause)
    return numbers[0].value if numbers and not re.search(r"\bmost\b", clause, re.I) else None


def _twin_event(event: Event, kind_id: str, actors: list[EventActor], quantities: list[Quantity],
                casualties: list[Casualty] | None = None) -> Event:
    kind = load_ontology()[kind_id]
    twin = event.model_copy(update={
        "id": stable_id("ev", event.id, kind_id), "kind": kind_id, "disorder_type": kind.disorder_type,
        "event_type": kind.event_type, "sub_event_type": kind.sub_event_type, "actors": actors,
        "quantities": quantities,
        "casualties": casualties if casualties is not None else [] if kind_id == "disrupted_weapons" else event.casualties,
    })
    twin.summary = summarise(twin, kind.label)
    return twin
