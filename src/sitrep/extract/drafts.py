"""Reading one sentence into a draft event or claim, and merging drafts across sentences.

A draft holds what one or more sentences say about one thing that happened
(or one stated total).  Drafts become `Event`s and `Claim`s at the end, when
everything the neighbouring sentences add has been folded in.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, timedelta

from sitrep import geo
from sitrep.geo.distance import distance_km
from sitrep.extract.skip import reports_nothing
from sitrep.extract.actors import (DETAINING_KINDS, OWN_FORCES_AFTER, VIOLENT_KINDS, by_adjective, casualty_party,
                                   event_actors, find_actors, find_parties, governing_verb, names_own_men, object_party,
                                   owner_of_the_men, owner_of_the_victims, subject_party)
from sitrep.extract.arguments import find_casualties, find_quantities, patient_row_toll, people_held
from sitrep.extract.classify import Trigger, best_trigger, find_triggers, in_temporal_phrase
from sitrep.extract.dates import MONTH_NAMES, DateMention, find_dates, stamp_length
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.numbers import parse_number
from sitrep.extract.nlp import TABLE_ROW_RE, Sentence
from sitrep.extract.places import PlaceReader, choose_place, places_by_role
from sitrep.extract.retold import told_at_other_times
from sitrep.vocabulary import EventKind, load_ontology
from sitrep.model import Actor, ActorRole, Casualty, CasualtyKind, Certainty, EventActor, GeoPrecision, Place, Quantity, TimePrecision

# Words like "attack" or "killed" name no particular kind: a follow-up using them keeps the kind told before.
GENERIC_KINDS = {"attack", "armed_clash", "movement", "other"}
# Kinds whose victims are worth naming even when the dictionary does not know them.
VICTIM_KINDS = {"attack", "abduction", "arrest", "armed_clash", "ied", "suicide_bomb", "missile_attack", "drone_strike", "airstrike"}
# Kinds done to property: the owner of what was hit is the target ("raided the office of a radio station").
OWNED_TARGET_KINDS = {"raid", "property_destruction", "violent_demonstration", "mob_violence", "grenade"}
SPEECH_VERBS = {"accuse", "say", "demand", "call", "claim", "deny", "condemn", "warn", "threaten", "urge", "blame",
                "criticise", "criticize", "announce", "state", "vow", "promise", "denounce", "ask"}
SEPARATE_RE = re.compile(r"\b(?:another|a separate|a second|a similar|a further)\s+(?:strike|attack|raid|incident|one)\b", re.I)
# "intercepted some of the missiles": the missiles just told of, so where and when they were
DEFINITE_THING_RE = re.compile(r"\bthe\s+(?:(?:hostile|incoming|attacking)\s+)?(?:missiles|rockets|drones|shells|convoy|trucks|vehicles|patrol"
                               r"|strikes|aggression)\b", re.I)
SITE_KINDS = {"oil_field", "gas_field", "base", "crossing", "camp", "prison", "barracks"}
CAMPAIGN_MONTH_RE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:consecutive\s+)?month\b", re.I)
ATTRIBUTION_RE = re.compile(
    r"(?:according to (?P<a>[^,.;]{3,60})|(?P<b>(?:[A-Z][\w'’-]*\s+){0,3}(?:sources|activists|correspondents?|media|officials?|spokesm[ae]n|Observatory))\s+(?:reported|said|documented|confirmed|monitored|learned))",
    re.I,
)


@dataclass
class Draft:
    sentences: list[Sentence]
    kind: EventKind
    is_claim: bool
    trigger: Trigger
    date: DateMention | None = None
    date_inherited: bool = False  # borrowed loosely ("after the attack"): approximate
    date_from_context: bool = False  # borrowed from the sentence before ("hours later"): same precision
    places: list[tuple[geo.PlaceMention, Place, Sentence]] = field(default_factory=list)
    place: Place | None = None
    origin: Place | None = None
    destinations: list[Place] = field(default_factory=list)
    actors: list[EventActor] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    certainty: Certainty = Certainty.REPORTED
    attribution: str | None = None
    claim_days: list[date] = field(default_factory=list)
    claim_period: tuple[date, date] | None = None  # "In June, ... 14 strikes": the month the total covers
    context_date: DateMention | None = None  # the last day a heading or earlier line named ("FIELD LOG 11 MAR")
    dated_by_field: bool = False  # context_date is the "Date:" field of the record the draft is told in

    @property
    def last_index(self) -> int:
        return self.sentences[-1].index

    def actor_ids(self) -> set[str]:
        return {a.actor.actor_id or a.actor.name for a in self.actors}

    def target_ids(self) -> set[str]:
        return {a.actor.actor_id or a.actor.name for a in self.actors if a.role is ActorRole.TARGET}

    def initiator_ids(self) -> set[str]:
        return {a.actor.actor_id or a.actor.name for a in self.actors if a.role is ActorRole.INITIATOR}


RESPONSIBILITY_RE = re.compile(r"\bclaimed\s+(?:responsibility|the (?:attack|bombing|killing|strike|operation|assassination)|it)\b", re.I)


# a finding that the event did not happen, told with its doer or means between "no" and the verb: "no Coalition
# strike took place in Al-Busayrah on 3 September", "no artillery unit fired in the sector on 5 June"
NOTHING_HAPPENED_RE = re.compile(r"\bno\s+(?:[\w-]+\s+){0,3}?(?:(?:strike|airstrike|attack|shelling|raid|landing|clash|incursion|"
                                 r"operation|explosion|handover|withdrawal)e?s?\s+(?:took\s+place|happened|occurred|(?:was|were|had\s+been)"
                                 r"\s+recorded)|(?:unit|aircraft|drone|force|soldier)s?\s+(?:fired|struck|entered|(?:was|were|had\s+been)\s+"
                                 r"shot\s+down)|(?:shell|rocket|missile|bomb)s?\s+(?:fell|landed|was\s+fired|were\s+fired))\b"
                                 r"|\bnothing\s+fell\b|\bthere\s+was\s+no\s+(?:attack|strike|explosion|shelling|kidnapping|clash(?:es)?)\b",
                                 re.I)


# a denial in any tense of what was reported ("He denies reports that ...", "denied local reports that its aircraft
# struck ...", "denied social-media claims that ..."), a sheet's "DELETE – false: ..." and an official's "These
# claims do not reflect the truth"
DENIAL_RE = re.compile(r"\bden(?:y|ies|ied|ying)\s+(?:(?:the|local|media|social-media|some|all|these|those|press|online|"
                       r"circulating|circulated)\s+){0,3}(?:reports?|claims?|news|rumou?rs?|allegations?|that)\b"
                       r"|[–-]\s*false\s*[:;,.]|\bdo(?:es)?\s+not\s+reflect\s+the\s+truth\b"
                       # a desk's status cell after the item it checked: "| ... night of 08/02 | FALSE – the car caught
                       # fire at a fuel stall | 0 |", whose pipes the sentence reads as " , "
                       r"|\s[|,]\s*false\s*(?:[–|,-]|$)"
                       # a briefing's answer that denies what it was asked about: "Asked about a report ... that soldiers
                       # had killed a shepherd, the senior officer said no shepherd was killed"
                       r"|^\W*(?:[\d:.]+\s*[—–-]+\s*)?(?:Q&A[^.]{0,20}\.\s*)?asked\s+about\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                       r"(?:reports?|claims?|rumou?rs?|allegations?)\b[^;]{0,200}?\bsaid\s+(?:that\s+)?"
                       r"(?:no\s|nobody\b|no\s+one\b|it\s+was\s+not\b|this\s+was\s+not\b|there\s+had\s+been\s+no\b|[^,;]{0,60}\bonly\b)", re.I)


def _certainty(text: str) -> Certainty:
    lexicon = load_lexicon()
    text = RESPONSIBILITY_RE.sub("took responsibility", text)  # "ISIS claimed the attack" casts no doubt on it
    if lexicon.has_cue("negated", text) or NOTHING_HAPPENED_RE.search(text) or DENIAL_RE.search(text):
        return Certainty.NEGATED
    if lexicon.has_cue("initial", text):
        return Certainty.INITIAL
    if lexicon.has_cue("alleged", text) or SINGLE_SOURCE_CELL_RE.search(text):
        return Certainty.ALLEGED
    return Certainty.REPORTED


# a desk's status cell for an item it holds on one source: "| ... reinforcements 12/02 | SGL | 7.50 |", "| HELD – ..."
SINGLE_SOURCE_CELL_RE = re.compile(r"\s[|,]\s*(?:SGL|HELD|single[ -]source)\s*(?:[–|,-]|$)")


# what a clause says of a report's truth: checked, verified, confirmed, geolocated, found false or never recorded
CHECKED_RE = re.compile(r"\b(?:verif\w*|confirm\w*|geolocat\w*|check(?:ed)?|no\s+such|not\s+true|false|untrue|denie[sd]|"
                        r"took\s+place|happened|recorded)\b", re.I)
# what else a clause may doubt than the event: "the other claims", "the figure", "the results of the strike", "claims of
# 'dozens of dead'"
OTHER_CLAIMS_RE = re.compile(r"\b(?:other|remaining|rest\s+of\s+the)\s+(?:claims?|reports?)\b|\b(?:results?|toll|figures?|"
                             r"numbers?|claims\s+of)\b", re.I)


def hedges(draft: Draft, clause: str) -> bool:
    """Whether a clause after a semicolon only says the event before it is unconfirmed or did not happen ("...; the
    team could not verify this", "...; the representative said that no such incident had been recorded"); if so the
    event is alleged or negated (a longer clause, or one with a toll, tells more than that and is read on its own)."""
    certainty = _certainty(clause)
    if draft.is_claim or draft.certainty is not Certainty.REPORTED or certainty not in {Certainty.ALLEGED, Certainty.NEGATED}:
        return False
    if not CHECKED_RE.search(clause) or OTHER_CLAIMS_RE.search(clause):
        return False  # "...; no group claimed them" says who did it, not whether it happened
    if find_casualties(clause) or len(clause.split()) > 15:
        return False
    draft.certainty = certainty
    return True


def _attribution(text: str) -> str | None:
    match = ATTRIBUTION_RE.search(text)
    if not match:
        return None
    who = (match.group("a") or match.group("b") or "").strip()
    return who or None


# a time of day ties what a sentence tells to one happening: "At about 11:30, dozens of young men gathered ...",
# "The next morning the Asayish came ..." (not a log's time stamp: shift logs stamp "08:00 Handed over." too)
TIME_OF_DAY_RE = re.compile(r"\b(?:at|around|about|by|until|after)\s+(?:about\s+)?"
                            r"(?:\d{1,2}[:.]\d{2}|noon|midnight|dawn|dusk|first\s+light)\b|\bthe\s+(?:next|following)\s+"
                            r"(?:morning|evening|night|day)\b|\bin\s+the\s+(?:early\s+)?(?:morning|afternoon|evening)\b", re.I)


def _is_specific(sentence: Sentence, dates: list[DateMention], found_places, quantities, casualties) -> bool:
    """An event needs something concrete: a date or a time of day, a place finer than a country, or an exact count."""
    if dates or TIME_OF_DAY_RE.search(sentence.text):
        return True
    if any(p.precision not in {GeoPrecision.COUNTRY, GeoPrecision.UNKNOWN} for _, p in found_places):
        return True
    return any(q.qualifier is None for q in quantities) or any(c.qualifier is None for c in casualties)


# "after days of shelling", "following repeated artillery shelling": a stretch of events, not one
STRETCH_BEFORE_RE = re.compile(r"\b(?:days|weeks|months|years|nights|hours)\s+of\s+(?:[\w-]+\s+)?$|\b(?:repeated|continued|"
                               r"continuing|ongoing|recent|renewed|frequent|daily|constant)\s+(?:[\w-]+\s+)?$", re.I)


def _told_in_full(text: str, trigger: Trigger, dates: list[DateMention]) -> bool:
    """Whether an event told in an "after ..." phrase is told with a day or a place of its own:
    "closed after a Turkish drone strike on a vehicle near Batifa on 16.02.2026 that killed two people", "received 5
    wounded after an airstrike on a poultry farm on the town's outskirts" (not "fled after days of shelling")."""
    if STRETCH_BEFORE_RE.search(text[max(0, trigger.start - 40):trigger.start]):
        return False
    phrase = text[trigger.start:_clause_end(text, trigger, ";")]
    dated = any(d.start >= trigger.start and d.end <= trigger.start + len(phrase) for d in dates)
    return dated or bool(re.search(r"\b(?:on|near|in)\s+(?:the\s+)?(?:outskirts|[A-Z][\w'’-]+)", phrase))


# a day a line opens with as its label ("UPDATE 7 July: ...", "7 July – ...", "[7 July] ...")
DAY_LABEL_RE = re.compile(r"^\W*(?:(?:UPDATE|Update|CORRECTION|Correction)\s+)?$")
LABEL_END_RE = re.compile(r"^\s*(?:\]|[:–—|-])")
SAME_DAY_WORDS = {"today", "this morning", "this afternoon", "this evening", "tonight", "earlier today"}


def _same_day_as_label(text: str, dates: list[DateMention]) -> list[DateMention]:
    """"UPDATE 7 July: ... freed Ali in a raid ... this morning": under a day label, "this morning" is the label's
    day, not the day of publication; the label stands for it."""
    if not dates or dates[0].precision is not TimePrecision.DAY or not DAY_LABEL_RE.match(text[:dates[0].start]) \
            or not LABEL_END_RE.match(text[dates[0].end:]):
        return dates
    label = dates[0]
    day_before = {d.start for d in dates[1:] if _day_before_re().fullmatch(text[d.start:d.end])}
    rest = [_day_before(label, d) if d.start in day_before else d
            for d in dates[1:] if text[d.start:d.end].lower() not in SAME_DAY_WORDS]
    # the day before the label's is the event's day; the label only tells when it was logged
    return rest if day_before else [label] + rest


# "24 June – ... killed a shepherd north of Sinjar yesterday": under a day label, the day before the label's
YESTERDAY_RE = r"yesterday(?:\s+(?:morning|afternoon|evening|night))?|last\s+night"


@lru_cache(maxsize=1)
def _day_before_words() -> str:
    """The lexicon's words for the day before ("the previous night", "a day earlier"), as one alternation."""
    words = [cue for cue, days in load_lexicon().day_offsets.items() if days == -1]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _back_one_day_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_day_before_words()})\b", re.I)


@lru_cache(maxsize=1)
def _day_before_re() -> re.Pattern:
    """"yesterday", "last night" or the lexicon's words for the day before, as a whole date mention."""
    return re.compile(rf"(?:{YESTERDAY_RE}|{_day_before_words()})", re.I)


def _day_before(label: DateMention, mention: DateMention) -> DateMention:
    day = label.date_start - timedelta(days=1)
    return DateMention(mention.start, mention.end, day, day, TimePrecision.DAY, [day])


# Kinds whose each day is an event of its own: "Turkish drones also struck a checkpoint in Al-Darbasiyah on June 3 and
# a vehicle on the outskirts of Ain Issa on June 19" is two drone strikes
ONE_SHOT_KINDS = {"drone_strike", "airstrike", "missile_attack", "convoy", "patrol", "airdrop"}
# what may stand between two listed days ("... on June 3 and a vehicle ... on June 19"), not a relation between them
BETWEEN_LISTED_DAYS_RE = re.compile(r"^(?:(?!\b(?:after|before|since|until|following|than|later|earlier|from|between|was|were)\b)"
                                    r"[^;.])*(?:\band\b|,)(?:(?!\b(?:after|before|since|until|following|than|later|earlier|from|was|"
                                    r"were)\b)[^;.])*$", re.I)


def _listed_days(text: str, dates: list[DateMention], kind: str) -> DateMention | None:
    """The days of a sentence that tells one kind of strike, convoy or patrol on two or more days, each "on" its day
    ("... on June 3 and a vehicle near Ain Issa on June 19"): one mention that lists them, for one event per day."""
    days = [d for d in dates if d.precision is TimePrecision.DAY and not d.hour_only and d.date_start == d.date_end
            and re.search(r"\bon\s+(?:the\s+)?$", text[max(0, d.start - 8):d.start], re.I)]
    if kind not in ONE_SHOT_KINDS or len(days) < 2 or len({d.date_start for d in days}) < len(days):
        return None
    if not all(BETWEEN_LISTED_DAYS_RE.match(text[a.end:b.start]) for a, b in zip(days, days[1:])):
        return None
    listed = sorted(d.date_start for d in days)
    return DateMention(days[0].start, days[-1].end, listed[0], listed[-1], TimePrecision.DAY, listed, days[0].explicit_year)


def _primary_date(dates: list[DateMention], trigger: Trigger, text: str = "") -> DateMention | None:
    # "missing since 12 February, was found yesterday": the day a count or an absence starts is not the event's
    dates = [d for d in dates if not re.search(r"\bsince\s+$", text[max(0, d.start - 10):d.start], re.I)] or dates
    if not dates:
        return None
    days = [d for d in dates if d.precision == TimePrecision.DAY]
    pool = days or dates
    pool = [d for d in pool if not _heads_what_was_told(d, pool, trigger, text)] or pool
    return min(pool, key=lambda d: abs(d.start - trigger.start))


def _heads_what_was_told(day: DateMention, days: list[DateMention], trigger: Trigger, text: str) -> bool:
    """Whether a day stands before a colon that opens the event's words, as the day they were told ("a short item from
    the Security Media Cell this morning: the army arrested five ... yesterday") or an item's label ("16 November, page
    1: The Turkish airstrike ... on 14 November", when the words after it name a day in figures; "14 APR, Al-Shuhayl:
    SVBIED detonated ... overnight" keeps its label's day)."""
    colon = TOLD_COLON_RE.search(text, day.end)
    if colon is None or colon.end() > trigger.start:
        return False
    return bool(TELLING_RE.search(text, 0, colon.start())) or any(
        d.start >= colon.end() and re.search(r"\d", text[d.start:d.end]) for d in days)


TOLD_COLON_RE = re.compile(r":\s")
# what says that the words before a colon tell of a report, not label an item ("14 APR, Al-Shuhayl: ..." is a label)
TELLING_RE = re.compile(r"\b(?:said|says|told|tells|item|statement|reported|reports|announced|wrote|posted|published|"
                        r"update|bulletin)\b", re.I)


def read_sentence(sentence: Sentence, reference: date | None, title: str | None,
                  period: tuple[date, date] | None = None, previous: Draft | None = None,
                  places: PlaceReader = PlaceReader(), headed: bool = False) -> Draft | None:
    """The event or claim a sentence reports, or None for background, appeals and headings.

    `period` is the window a periodic report covers (its counts of operations are totals);
    `previous` is the draft just before, which a sentence like "Hours later, ..." continues;
    `headed`: the line just above is a record's header that dates the sentence ("Incident RJ-0319 | 19 March").
    """
    if reports_nothing(sentence, title):
        return None
    ranks = _ranks_an_event(sentence.text) or bool(NEUTRALISED_COUNT_RE.search(sentence.text) and SINCE_RE.search(sentence.text))
    trigger, caption = _sentence_trigger(sentence, previous, ranks)
    tallied = trigger is None and (trigger := _tally_trigger(sentence) or _label_trigger(sentence)) is not None
    if trigger is None:
        return None
    text = sentence.text
    lexicon = load_lexicon()
    dates = _same_day_as_label(text, find_dates(text, reference))
    if in_temporal_phrase(trigger.token) and not caption and not _told_in_full(text, trigger, dates):
        return None  # "families fled after days of shelling": the shelling is told as background
    found_places = places.mentions(sentence)
    counted_text = mask_dates(text, dates)
    quantities = find_quantities(counted_text)
    casualties = find_casualties(counted_text) or patient_row_toll(text)
    certainty = _certainty(text)
    if _not_an_event(text, trigger) and not ranks:
        fully_dated = any(d.explicit_year and d.precision == TimePrecision.DAY for d in dates)
        if not (fully_dated and found_places):
            return None
        certainty = Certainty.ALLEGED
    sequel = previous is not None and not previous.is_claim and bool(
        lexicon.has_cue("sequel", text) or (DEFINITE_THING_RE.search(text) and trigger.kind.id != previous.kind.id))
    month = _whole_month(dates)
    span = _span_of_days(dates)
    total_line = (bool(TOTAL_LINE_RE.match(text)) and bool(casualties or _event_count_re().search(text))) or _labelled_count(text)
    is_claim = tallied or total_line or _states_total(text, quantities, casualties, period or month or span) or _verified_tally(
        text, dates, casualties, reference)
    if not is_claim and BREAKDOWN_RE.search(text) and not TOLL_BREAKDOWN_RE.search(text):
        return None  # "Missed trips: 17 – shelling and road closure 6, checkpoint 2, no diesel 4": causes counted, no event
    # a total needs no day or town of its own ("Since the beginning of the month, we have recorded more than 60
    # civilians killed across Syria"); an event does
    if not sequel and not is_claim and not headed and not _is_specific(sentence, dates, found_places, quantities, casualties):
        return None
    if reference and dates and all(d.precision is not TimePrecision.DAY and (reference - d.date_end).days > 365 for d in dates):
        # "killed in an ISIS attack in 2017", "in May 2021, protests left several dead": history told by its year or
        # month, not news (a day named in full, as in the seed's Baghouz strike of March 2019, is kept as an event)
        return None
    kind, quantities, casualties = _draft_kind(trigger, text, is_claim, total_line, quantities, casualties)
    if not is_claim and not any(c.kind is CasualtyKind.ARRESTED for c in casualties) and (
            held := people_held(counted_text, kind.id in DETAINING_KINDS)):
        casualties = casualties + [Casualty(kind=CasualtyKind.ARRESTED, count=held)]  # "detained photographer Bilal H."
    draft = Draft([sentence], kind, is_claim, trigger, certainty=certainty, attribution=_attribution(text))
    draft.quantities, draft.casualties = quantities, casualties
    draft.actors = _sentence_parties(sentence, trigger, kind, is_claim, casualties)
    draft.places = [(m, p, sentence) for m, p in found_places]
    if is_claim:
        draft.claim_days = sorted({d for m in dates if not _starts_a_period(text, m) for d in m.days})
        # "since January" counts from January up to the report, not over January
        draft.claim_period = _since(text, dates, reference) or month or _week_scope(text, reference) or span
        draft.origin, draft.destinations = places_by_role(sentence, found_places)
        return draft
    draft.date = _listed_days(text, dates, kind.id) or _primary_date(dates, trigger, text)
    if (days := _told_days_later(text, draft.date, trigger)):
        draft.date = _days_later(draft.date, -days)
    draft.place = choose_place(sentence, found_places, kind.id)
    if sequel:
        _continue_from(draft, previous)
    elif previous is not None and not previous.is_claim:
        inherit_place(draft, previous)
    return draft


# A log's count broken down by cause: three "cause N" items ("shelling and road closure 6, checkpoint 2, no diesel
# 4", "Clients visited 11 · in arrears 7 · of which linked to security incidents 3"), or a labelled count followed
# by "N cause" items ("since 1 January: 5 (2 days of shelling closures, 2 trucks held at checkpoints, 1 driver beaten)")
_CAUSE_N = r"[A-Za-z][\w'’/-]*(?:\s+[A-Za-z][\w'’/-]*){0,6}\s+\d{1,4}"
BREAKDOWN_RE = re.compile(rf"(?:{_CAUSE_N}\s*[,;·)]\s*){{2}}{_CAUSE_N}\b|"
                          r":\s*\d{1,4}\b[^.;(]{0,30}\(\s*\d{1,4}\s+[^,;()]{1,50},\s*\d{1,4}\s+[^,;()]{1,50},\s*\d{1,4}\s+")
# a toll told by kind of harm ("killed 2, injured 3, missing 1") is an event's toll, not a breakdown by cause
TOLL_BREAKDOWN_RE = re.compile(r"\b(?:killed|dead|deaths?|injured|wounded|missing)\s+\d{1,4}\s*[,;·]\s*(?:\w+\s+)?"
                               r"(?:killed|dead|deaths?|injured|wounded|missing)\s+\d", re.I)


def _sentence_trigger(sentence: Sentence, previous: Draft | None, ranks: bool) -> tuple[Trigger | None, bool]:
    """What a sentence's event is, and whether the sentence is a photo caption: its best trigger word, else the
    kind of the event before it that it points back to, else what its record says it is."""
    trigger = best_trigger(sentence)
    if trigger is None and previous is not None and not previous.is_claim and SEPARATE_RE.search(sentence.text):
        trigger = previous.trigger  # "a shepherd was wounded in a separate strike": a strike like the one before
    if (trigger is None or trigger.kind.id in GENERIC_KINDS) and previous is not None and not previous.is_claim and ranks:
        trigger = previous.trigger  # "It was the third strike attributed to Israel in Syria since the start of the year"
    caption = CAPTION_DATELINE_RE.match(sentence.text) is not None and (
        trigger is None or trigger.score < 10 or in_temporal_phrase(trigger.token))
    if caption:
        trigger = _caption_trigger(sentence) or trigger  # the scene shows nothing of its own: what it came "after"
    if trigger is None or trigger.score < 10:
        trigger = _record_type_trigger(sentence)  # "[AUTO] TYPE: Arrest | ... | DET: 3": the record says what it is
    return trigger, caption


def _draft_kind(trigger: Trigger, text: str, is_claim: bool, total_line: bool, quantities: list[Quantity],
                casualties: list[Casualty]) -> tuple[EventKind, list[Quantity], list[Casualty]]:
    """The kind of event or claim, and the counts a rank states when the sentence has no other."""
    kind = claim_kind(quantities, trigger.kind, harmed=trigger.kind.id in VIOLENT_KINDS) if is_claim else trigger.kind
    if is_claim and NEUTRALISED_COUNT_RE.search(text):
        kind = load_ontology()["armed_clash"]  # fighters "neutralised" in operations: the fighting, whatever its means
    if is_claim and not quantities and not casualties:
        quantities, casualties = _rank_counts(text)
    named = _record_type(text)
    if named is not None and not is_claim:
        kind = named  # "[AUTO] TYPE: Protest | ... | NOTE: against drone strikes": the record's own type
    if total_line and len({c.kind for c in casualties}) > 1:
        kind = load_ontology()["attack"]  # "Daily total 8 Sep: 5 incidents, 1 killed, 3 detained": incidents of all kinds
    return kind, quantities, casualties


def _sentence_parties(sentence: Sentence, trigger: Trigger, kind: EventKind, is_claim: bool,
                      casualties: list[Casualty]) -> list[EventActor]:
    """Who acted and who was hit, as the sentence tells it: the parse's roles, the victims' owners and the people
    harmed, the party blamed, the subject that acted, and the attackers of a repelled attack."""
    text = sentence.text
    draft = Draft([sentence], kind, is_claim, trigger)
    draft.actors = sentence_actors(sentence, trigger.token, kind.id, casualties)
    if _lacks_target(draft):
        draft.actors = owner_of_the_victims(draft.actors, casualties)
    if _lacks_target(draft):
        party = object_party(sentence, trigger.token, kind.id) or casualty_party(casualties, kind.id, text)
        if party is not None:
            draft.actors.append(EventActor(actor=party, role=ActorRole.TARGET))
    lay_the_blame(draft, text)
    if not any(a.role is ActorRole.INITIATOR for a in draft.actors):
        party = subject_party(sentence, trigger.token) or _ministrys_own_forces(text)
        if party is not None:
            draft.actors.insert(0, EventActor(actor=party, role=ActorRole.INITIATOR))
    if kind.id == "armed_clash" and REPELLED_RE.search(text):
        draft.actors = _attack_repelled(draft.actors)
    draft.casualties = casualties
    men_to_their_owner(draft)
    return draft.actors


def men_to_their_owner(draft: Draft) -> None:
    """"a bomb struck a Deir Ezzor Military Council vehicle; one fighter was killed": men a toll names by their
    calling alone ("fighter", "members") were of the group whose vehicle or post was hit, which is the target."""
    if draft.is_claim or draft.kind.id not in VIOLENT_KINDS:
        return
    targets = [a for a in draft.actors if a.role is ActorRole.TARGET]
    if any(a.actor.actor_id or not names_own_men(a.actor.name) for a in targets):
        return
    for sentence in draft.sentences:
        owner = owner_of_the_men(sentence, find_actors(sentence.text), draft.casualties)
        if owner is not None:
            draft.actors = [a for a in draft.actors if a not in targets and a.actor.actor_id != owner.actor_id]
            draft.actors.append(EventActor(actor=owner, role=ActorRole.TARGET))
            return


# "The Turkish defence ministry said on Wednesday that its forces had neutralised ...": the nation's forces acted
MINISTRY_OWN_FORCES_RE = re.compile(r"\b(?P<nation>[A-Z][a-z]+)(?i:" + OWN_FORCES_AFTER.removeprefix("^") + ")")


def _ministrys_own_forces(text: str) -> Actor | None:
    match = MINISTRY_OWN_FORCES_RE.search(text)
    return by_adjective(match["nation"]) if match else None


# who is said to have done it: "the SDF blamed ISIS cells", "attributed the device to ISIS", "linked the killing to
# ISIS networks", "in an attack that ISIS claimed the following day", "ISIS claimed responsibility", "ISIS claim of attack"
BLAME_RES = [
    re.compile(r"\b(?:blamed|blames|blaming|attributed\s+(?:it|them|the\s+\w+)\s+to|linked\s+(?:it|the\s+\w+)\s+to)\s+"
               r"(?:the\s+)?(?P<who>[^,.;:()\[]{1,40})"),
    re.compile(r"(?:\bthat|\bwhich|;|^|\band)\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:later\s+|also\s+)?claimed\b"),
    re.compile(r"\b(?P<who>[A-Z][\w'’-]*)\s+claim\s+of\b"),  # not "(SAA claim)": a bracket names whose figures they are
]


def lay_the_blame(draft: Draft, text: str) -> bool:
    """Make the party that `text` blames for a violent event, or that claims it, the event's initiator, in place of
    the gunmen or of whoever did the blaming ("gunmen killed a shepherd ...; they blamed ISIS remnants", "an attack
    that ISIS claimed"). True when the text named one."""
    blamed = _blamed_party(text) if draft.kind.id in VIOLENT_KINDS and not draft.is_claim else None
    if blamed is None:
        return False
    draft.actors = [EventActor(actor=blamed, role=ActorRole.INITIATOR)] + [
        a for a in draft.actors if a.role is not ActorRole.INITIATOR and a.actor.actor_id != blamed.actor_id]
    return True


def _blamed_party(text: str) -> Actor | None:
    """The dictionary party a sentence blames for its event or that claims it, if it names one."""
    for pattern in BLAME_RES:
        for match in pattern.finditer(text):
            named = [m for m in find_actors(match["who"]) if m.entry.id not in {"civilians", "protesters"}]
            if named:
                return named[0].as_actor(match["who"])
    return None


# "PMF units repelled an ISIS infiltration attempt", "Border Guards repelled an infiltration attempt by ISIS members":
# the attackers began the fighting and the side that repelled them was its target
REPELLED_RE = re.compile(r"\b(?:repel\w*|repuls\w*|fend(?:ed)?\s+off|fought\s+off)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:attack|infiltration|assault|attempt|offensive|advance)\b", re.I)


def _attack_repelled(actors: list[EventActor]) -> list[EventActor]:
    """The parties of an attack repelled: the repelled side the initiator, the side that repelled it the target."""
    swapped = {ActorRole.INITIATOR: ActorRole.TARGET, ActorRole.TARGET: ActorRole.INITIATOR}
    initiators = [a for a in actors if a.role is ActorRole.INITIATOR]
    if len(initiators) >= 2 and not any(a.role is ActorRole.TARGET for a in actors):
        # "Border Guards repelled an infiltration attempt by ISIS members": the first named repelled the others
        return [EventActor(actor=a.actor, role=ActorRole.TARGET) if a is initiators[0] else a for a in actors]
    if not initiators or not any(a.role is ActorRole.TARGET for a in actors):
        return actors
    return [EventActor(actor=a.actor, role=swapped.get(a.role, a.role)) for a in actors]


# the masthead of our example pages, in capitals; "(fictional)" after an outlet's name in a sentence marks only the name
MASTHEAD_RE = re.compile(r"\(FICTIONAL\)")


def _not_an_event(text: str, trigger: Trigger) -> bool:
    """Whether the sentence says that what it tells did not happen or is no news; a cancellation told after a
    semicolon ("...; classes at the school were cancelled") cancels only its own clause."""
    if LOGGED_AS_CANCELLED_RE.search(_trigger_clause(text, trigger)):
        return True  # "Patrol No. 342 (joint), Thursday 9 July: cancelled; the Turkish side did not come"
    if MASTHEAD_RE.search(text):
        return True  # "EXAMPLE SURVEILLANCE SYSTEM FOR ATTACKS ON HEALTH CARE (FICTIONAL)": a page's masthead
    cue = load_lexicon().has_cue("not_event", _without_the_protested_plan(NO_CLAIM_RE.sub("", text)))
    if cue and re.search(r"cancel|suspend|postpone", cue):
        return bool(load_lexicon().has_cue("not_event", NO_CLAIM_RE.sub("", _trigger_clause(text, trigger))))
    if cue and cue.strip() in SPEAKERS_CUES:
        # "... raided the office on Sunday and detained two staff; our branch will remain closed", "a hand grenade was
        # thrown at the house ..., school will open at 10": what is said of the future or urged after the event, in a
        # clause of its own, leaves the event standing ("The Ministry warns shepherds ... because of the mines" does not)
        return bool(load_lexicon().has_cue("not_event", text[:_clause_end(text, trigger, NARROW_CLAUSE_END)]))
    return bool(cue)


# a log line's status after its label: "...: cancelled", "...: postponed."
LOGGED_AS_CANCELLED_RE = re.compile(r"(?<=\w):\s+(?:cancell?ed|postponed|called off)\s*(?:[;.,]|$)", re.I)
SPEAKERS_CUES = {"will", "should", "must", "urged", "urges", "warns", "stresses", "stressed", "called on", "calls on",
                 "appeal", "appeals"}
NARROW_CLAUSE_END = ";,:—–"


# "protested against plans to close the camp": the plan is what the protest is against, not a forecast of the event
PROTESTED_PLAN_RE = re.compile(r"\b(?:against|over|rejecting)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?plans?\s+to\b", re.I)


def _without_the_protested_plan(text: str) -> str:
    return PROTESTED_PLAN_RE.sub("", text)


def _trigger_clause(text: str, trigger: Trigger) -> str:
    """The part of the sentence between semicolons that holds the trigger: "Israeli forces ... searched several
    houses; classes at the supported school were cancelled" is not cancelled."""
    start = text.rfind(";", 0, trigger.start) + 1
    return text[start:_clause_end(text, trigger, ";")]


def _clause_end(text: str, trigger: Trigger, ends: str) -> int:
    """Where the clause that holds the trigger ends: at the first of `ends` after it, or the sentence's end."""
    after = [i for i in (text.find(mark, trigger.end) for mark in ends) if i >= 0]
    return min(after) if after else len(text)


def _lacks_target(draft: Draft) -> bool:
    """Whether the draft is of a kind done to someone and names no one it was done to yet."""
    return draft.kind.id in VICTIM_KINDS | OWNED_TARGET_KINDS and not any(a.role is ActorRole.TARGET for a in draft.actors)


RECORD_TYPE_RE = re.compile(r"\bTYPE:\s*([A-Za-z][A-Za-z /-]*?)\s*(?:\||$)")


def _record_type(text: str) -> EventKind | None:
    """The kind a record's "TYPE:" field names, if the lexicon knows the type."""
    match = RECORD_TYPE_RE.search(text)
    kind_id = load_lexicon().record_types.get(match.group(1).lower()) if match else None
    return load_ontology()[kind_id] if kind_id else None


# A photo caption's dateline: "ARIHA, SYRIA - APRIL 12: Civil Defence workers search the rubble ... after an airstrike"
CAPTION_DATELINE_RE = re.compile(r"^[A-Z][A-Z'’ -]+,\s+[A-Z]+\s+[-–]\s+[A-Z]+\s+\d{1,2}:")


def _caption_trigger(sentence: Sentence) -> Trigger | None:
    """What a caption shows the aftermath of: the event "after" its scene ("Smoke rises after clashes ...")."""
    after = [t for t in find_triggers(sentence) if any(a.dep_ == "prep" and a.lower_ == "after" for a in t.token.ancestors)]
    return after[0] if after else None


def _record_type_trigger(sentence: Sentence) -> Trigger | None:
    """The record's TYPE field as the trigger, when the lexicon knows the type."""
    kind = _record_type(sentence.text)
    if kind is None:
        return None
    match = RECORD_TYPE_RE.search(sentence.text)
    token = sentence.char_to_token(match.start(1))
    return Trigger(kind, match.start(1), match.end(1), token, 10) if token is not None else None


# a line that gives a day's, week's or month's total: "Day total: 8 incidents logged, 1 injured, 2 detained"
# "Q2 2026 (1 April – 30 June): 164 incidents, 58 killed", "Revised totals, Q3 2026: ...", "January total: 14 attacks",
# "SEASON TOTAL (1–27 May): ...", "Month to date (1–17 March): ...", "March in numbers: 9 incidents | 5 killed",
# "Totals for the week: 7 killed, 13 wounded"
TOTAL_LINE_RE = re.compile(r"^\W*(?:\[AUTO\]\s*)?(?:revised\s+)?(?:(?:day|daily|week|weekly|month|monthly|quarter|quarterly|three-month|"
                           rf"year[\s-]to[\s-]date|period|season|(?:{MONTH_NAMES})(?:\s+20\d\d)?)(?:\s+\d{{1,2}})?\s+totals?\b|totals?,|totals?\b[^:.;\n]{{0,40}}:"
                           rf"|Q[1-4]\s+(?:\d{{4}}\s*)?(?:totals?\b|[(:])|month\s+to\s+date\b|year[\s-]to[\s-]date\s*[(:]"
                           rf"|(?:{MONTH_NAMES})\s+in\s+numbers\b|results\s+(?:of|for)\s+the\s+day\b|day'?s\s+results\b)", re.I)


# A tally's line, a label and its count: "ISIS attacks: 7 (last week 9)", "Israeli incursions recorded in 2026 (to 27
# December): 571", "Killed in the governorate this week: 4", "Day's tally for the incidents above: 7 killed"
COUNT_LABEL_RE = re.compile(r"^\W*(?:[A-Z]+\s*\|\s*|Numbers:\s*)?(?P<label>[A-Z][^:.;|]{3,100}?):\s*\d[\d,]*\b")


@lru_cache(maxsize=1)
def _counted_events_re() -> re.Pattern:
    """A tally label's word for what it counts: an event plural of the lexicon, or "toll" and "tally"."""
    return re.compile(rf"\b(?:{_event_plurals()}|toll|tally)\b", re.I)


@lru_cache(maxsize=1)
def _count_first_re() -> re.Pattern:
    """A count before its label: "9: ISIS attacks in Kirkuk province in the first quarter, ...", "24: drone strikes"."""
    return re.compile(rf"^\W*\d[\d,]*\s*:\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_event_plurals()})\b", re.I)


@lru_cache(maxsize=1)
def _event_count_re() -> re.Pattern:
    """A count of events, "27 attacks", with up to two words between number and noun, none of them saying what
    befell people: "7 Turkish drone strikes", "24 Turkish drone and air strikes", not "3 killed in strikes"."""
    return re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                      r"(?:(?!(?:killed|wounded|injured|dead|in|by|from|of|during|after|were|was|people|civilians|most|"
                      r"worst|main|following)\b)[\w-]+\s+){0,2}(?:(?:and|or)\s+[\w-]+\s+)?"
                      rf"(?:{_event_plurals()})\b", re.I)


def _event_plurals() -> str:
    return "|".join(re.escape(word) for word in load_lexicon().cues["event_plurals"])


COUNTED_PEOPLE_RE = re.compile(r"\b(?:killed|detained|injured|wounded|victims|deaths)\b", re.I)
# "(to 27 December)", "1 July – 15 August": the tally's end, or its span
UP_TO_DAY_RE = re.compile(rf"\b(?:(?:to|until|up\s+to)\s+|\d{{1,2}}\s+(?:{MONTH_NAMES})\s*[–-]\s*)\d{{1,2}}\s+(?:{MONTH_NAMES})\b", re.I)
# the period a tally counts over, named by a word of time: "this week", "since", "in May", "2026", "the day's", "quarter"
TALLY_PERIOD_RE = re.compile(rf"\b(?:{MONTH_NAMES}|20\d\d|today|since|day's|daily|weekly|monthly|week|month|quarter|season|"
                             r"year)\b", re.I)


# a count up to now under a label that says from which day: "Turkish drone strikes observed in the Sinjar district since
# 1 November: 3", "PMF fuel convoys filmed by our cameras since 1 October: 4, with 41 tankers"
SINCE_DAY_COUNT_RE = re.compile(rf"\bsince\s+\d{{1,2}}\s+(?:{MONTH_NAMES})\s*:\s*\d", re.I)
# a period's figures under their heading: "Week figures (Mon 30 Nov – Sat 5 Dec), logged:", "Period figures:", "Team
# count:", "Losses in the period, all formations:", "Running totals for the client:"
FIGURES_HEAD_RE = re.compile(r"^\W*(?:(?:[\w&/-]+\s+){0,2}?(?:figures|totals?|count|tally)(?:\s+(?:for|of)\s+the\s+\w+)?"
                             r"|losses\s+in\s+the\s+(?:period|month|week|quarter))(?:\s+\([^)]{0,40}\))?(?:,\s*[\w\s]{1,20})?:", re.I)


def _labelled_count(text: str) -> bool:
    """Whether the line is a short label that names what was counted, followed by its count. Not "Ain al-Asad: 3
    rockets" (a place), nor a label naming one event's day, nor a record's field ("Civilians reported killed: 1"):
    people counted make a tally only over a period the line names."""
    if _count_first_re().match(text):
        return True  # "9: ISIS attacks in Kirkuk province in the first quarter": a "By the numbers" bullet
    if SINCE_DAY_COUNT_RE.search(text) or FIGURES_HEAD_RE.match(text):
        return True  # "Attacks on Coalition bases in Syria since 1 October: 2", "Week figures (30 Nov – 5 Dec), logged: ..."
    match = COUNT_LABEL_RE.match(text)
    label = match["label"] if match else ""
    if not match or ONE_DAY_RE.search(UP_TO_DAY_RE.sub("", label)) or len(re.sub(r"\([^)]*\)", "", label).split()) > 10 \
            or label.startswith("Of "):
        return False
    return bool(_counted_events_re().search(label)) or bool(COUNTED_PEOPLE_RE.search(label) and TALLY_PERIOD_RE.search(text))


ORDINAL_VALUES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                  "tenth": 10}
# "the 31st strike", "the third drone strike", "the fourth Syrian killed", "the second killing of a health worker"
RANK_COUNT_RE = re.compile(r"\bthe\s+(?P<rank>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                           r"(?:[\w-]+\s+){0,2}?(?P<noun>strike|operation|raid|incursion|attack|killing|explosion|[\w-]+\s+killed)\b", re.I)


def _rank_counts(text: str) -> tuple[list[Quantity], list[Casualty]]:
    """What a rank states of its period: "the 31st strike ... this year" is 31 strikes, "the fourth Syrian killed
    ... this year" four killed."""
    match = RANK_COUNT_RE.search(text)
    if match is None:
        return [], []
    rank = match["rank"].lower()
    value = ORDINAL_VALUES.get(rank) or int(re.match(r"\d+", rank).group(0))
    noun = match["noun"].lower()
    if noun == "killing" or noun.endswith(" killed"):
        return [], [Casualty(kind=CasualtyKind.KILLED, count=value)]
    return find_quantities(f"{value} {noun}s"), []


# "In October, the League recorded 7 assassinations in Daraa governorate": a count of a plural noun of the lexicon's
# tally nouns, said to be recorded or counted over a named period
TALLY_COUNT_RE = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+s)\b")
TALLIED_RE = re.compile(r"\b(?:since|recorded|documented|counted|registered|logged|coded|totals?|summary|cumulative|count)\b", re.I)


def _tally_trigger(sentence: Sentence) -> Trigger | None:
    """A total told with no event word, only the plural noun of what it counts; the trigger of the kind it totals."""
    text = sentence.text
    if not (TALLIED_RE.search(text) and TALLY_PERIOD_RE.search(text)):
        return None
    nouns = load_lexicon().tally_nouns
    match = next((m for m in TALLY_COUNT_RE.finditer(text) if m["noun"].lower() in nouns), None)
    if match is None:
        return None
    tokens = [t for t in sentence.tokens_in(match.start("noun"), match.end("noun")) if t is not None]
    if not tokens:
        return None
    return Trigger(load_ontology()[nouns[match["noun"].lower()]], match.start("noun"), match.end("noun"), tokens[0], 10)


# what a tally's label counts when it names no event word the ontology knows: "Death toll today: 4", "The week's toll in
# Raqqa governorate, by our count: 3 dead", "Patrols this week: 3 carried out"
LABEL_NOUN_KINDS = {"patrols": "patrol", "convoys": "convoy", "toll": "attack", "dead": "attack", "martyrs": "attack",
                    "casualties": "attack", "killed": "attack"}


def _label_trigger(sentence: Sentence) -> Trigger | None:
    """The kind a tally's label ("Patrols this week: 3 carried out") counts, for a label and count with no event word."""
    match = COUNT_LABEL_RE.match(sentence.text)
    if match is None or not _labelled_count(sentence.text) or not TALLY_PERIOD_RE.search(match["label"]):
        return None
    words = re.findall(r"[a-z]+", match["label"].lower())
    kinds = load_lexicon().tally_nouns | LABEL_NOUN_KINDS
    kind = next((kinds[w] for w in words if w in kinds), None)
    tokens = [t for t in sentence.tokens_in(match.start("label"), match.end("label")) if t is not None]
    if kind is None or not tokens:
        return None
    return Trigger(load_ontology()[kind], match.start("label"), match.end("label"), tokens[0], 10)


def _ranks_an_event(text: str) -> bool:
    """"It is the ninth Israeli aggression on Deir Ezzor since the beginning of the year": a rank among a
    period's events, which states their count."""
    return bool(NTH_EVENT_RE.search(text)) and bool(SINCE_RE.search(text) or load_lexicon().has_cue("period_scope", text))


def _states_total(text: str, quantities: list[Quantity], casualties: list[Casualty], period) -> bool:
    """A count over a period ("in the past month, four joint operations...") is a claim, not an event."""
    lexicon = load_lexicon()
    scope = lexicon.has_cue("period_scope", text)
    if scope in {"this month", "this week"} and re.search(rf"\b(?:early|earlier|mid|late|later)[\s-]+{scope}\b", text, re.I):
        scope = None  # "early this month" dates one event; it states no total
    since = SINCE_RE.search(text)
    if REVISED_COUNT_RE.search(text) and not ONE_DAY_RE.search(text):
        return True  # "April, Turkish air and drone strikes in the Kurdistan Region: 38 (previously 35)": a revised total
    if (scope or since) and (_event_count_re().search(text) or NTH_EVENT_RE.search(text)
                             or NEUTRALISED_COUNT_RE.search(text) or BRINGS_TO_RE.search(text)):
        return True  # "43 incursions since 1 January", "It was the ninth aggression ... since the beginning of the year"
    if REPEATED_RE.search(text):
        return True  # "Army units clashed 4 times with armed smugglers, killing 3 of them": several events, counted
    if (scope or since) and RANKED_RE.search(text):
        return True  # "the drone strike of 9 February was the sixth Turkish drone strike on the front since 1 January"
    if since and SO_FAR_RE.search(text) and any((parse_number(m[1]) or 0) >= 2 for m in COUNTED_THINGS_RE.finditer(text)):
        return True  # "Since January, 21 shepherds have been kidnapped": a count up to now of what the lexicon has no unit for
    if not (quantities or casualties):
        return False
    counted = [q.value for q in quantities] + [c.count for c in casualties]
    if since and SO_FAR_RE.search(text) and max(counted) >= 2:
        return True  # "Since 1 January, 14 fuel tankers have been attacked": what has happened up to now, counted
    if scope or CAMPAIGN_MONTH_RE.search(text):
        return True
    if period is not None and _event_count_re().search(text):
        return True  # "ISIS cells carried out 27 attacks in July, killing 11"
    event_units = set(lexicon.cues["event_units"])
    return period is not None and any(q.unit in event_units and q.value >= 2 for q in quantities)


REPEATED_RE = re.compile(r"\b(?:clash|raid|attack|repel|repuls|intercept|thwart|foil|ambush|confront)\w*\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+times\b", re.I)
RANKED_RE = re.compile(r"\b(?:was|is)\s+(?:also\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                       r"eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|assassination|killing|"
                       r"incursion|raid|bombing|shelling|kidnapping|abduction|incident|aggression)\b", re.I)
COUNTED_THINGS_RE = re.compile(r"(?<![\d/.:-])\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                               r"(?:[\w-]+\s+){0,2}?[a-z]+s\b(?!\s+(?:ago|old))", re.I)


# a day named in full: the sentence revises one event's figure, not a period's
ONE_DAY_RE = re.compile(rf"\b\d{{1,2}}\s+(?:{MONTH_NAMES})\b|\b(?:{MONTH_NAMES})\s+\d{{1,2}}\b")
REVISED_COUNT_RE = re.compile(r"\b\d[\d,]*\b[^()]{0,80}\((?:previously|was|earlier|revised from)\s+\d[\d,]*\b", re.I)
# "..., while no party claimed responsibility for the attack": says nothing against the event before it
NO_CLAIM_RE = re.compile(r"[,;]?\s*(?:while|and|but)?\s*no (?:party|group|side|one) (?:has |had )?(?:yet )?claimed responsibility"
                         r"(?: for [^,;.]*)?", re.I)
# "ISIS claims the Raqqa checkpoint attack", "ISIS later claimed responsibility for the attack": whose it was
RESPONSIBILITY_CLAIM_RE = re.compile(r"\b(?:claims|claimed)\s+(?:responsibility\s+for\s+(?:the|this|that)|the|this)\s+"
                                     r"(?:[\w-]+\s+){0,3}?(?:attack|bombing|blast|explosion|strike|killing|assassination|ambush)\b", re.I)
# "It was the ninth Israeli aggression on Deir Ezzor since ...", "this was the 31st strike ... this year": the sentence
# only ranks an event the text told before among a period's events
NTH_EVENT_RE = re.compile(r"(?:^\W*(?:\d{1,2}:\d{2}(?::\d{2})?\W*)?|,\s*|\b(?:said|says|count)\s+)(?:it|this|that|he|she)\s+(?:was|is)\s+(?:also\s+)?the\s+(?:second|third|fourth|fifth|"
                          r"sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.I)
# "27 PKK/YPG terrorists were neutralised", "the number of terrorists neutralised ... has risen to 47": a count of
# fighters put out of action (killed, captured or surrendered: the claim does not say which)
NEUTRALISED_COUNT_RE = re.compile(r"\b\d[\d,]*\s+(?:[\w/-]+\s+){0,2}?(?:terrorists|militants|fighters|members|insurgents)\s+"
                                  r"(?:\w+\s+){0,2}?neutrali[sz]ed\b|\bneutrali[sz]ed\b[^.;]{0,60}?\b(?:risen|rose)\s+to\s+\d", re.I)
# "This brings to 6 the number of strikes on border crossings ...": the running count of a period
BRINGS_TO_RE = re.compile(r"\bbrings?\s+(?:the\s+(?:number|total|toll)\s+\w+\s+)?to\s+\w+\b", re.I)
# a verb that sums up to now ("have been kidnapped", "has risen"), not one that tells a single happening
SO_FAR_RE = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:[a-z]+ed|risen|seen|recorded|documented|counted)\b", re.I)
# a period counted up to now: "since the beginning of the year", "since 1 January", "since December", "this year"
SINCE_RE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?(?:beginning|start)\b|\b[Ss]ince\s+\d{1,2}\s+[A-Z][a-z]+|"
                      rf"\b[Ss]ince\s+(?:{MONTH_NAMES})\b|\b[Tt]his year\b|\bso far this\b")
TALLY_RE = re.compile(r"\b(?:verified|documented|recorded|registered|counted|counts|tallied|have been killed|were killed in|has risen to|rose to)\b", re.I)


def _verified_tally(text: str, dates: list[DateMention], casualties: list[Casualty], reference: date | None) -> bool:
    """"Between 1 and 10 March, we have verified the killing of 27 civilians", "11 children have been killed since
    1 June", "with 11 attacks recorded, killing 17 soldiers": a toll over days, stated as a total, is a claim."""
    if _event_count_re().search(text) and TALLY_RE.search(text) and (casualties or any(
            (m.date_end - m.date_start).days >= 2 for m in dates)):
        return True  # "Between 1 January and 31 August, at least 31 attacks on US forces were recorded"
    if casualties and _since(text, dates, reference):
        return True  # "Since Sunday our forces have arrested 23 wanted persons"
    if not any(c.kind is not CasualtyKind.ARRESTED for c in casualties):
        return False
    spread = any((m.date_end - m.date_start).days >= 2 for m in dates)
    return spread and bool(TALLY_RE.search(text))


def _since(text: str, dates: list[DateMention], reference: date | None) -> tuple[date, date] | None:
    """"Since the start of December, ... 45 arrested": from that day up to the report."""
    for mention in dates:
        if _starts_a_period(text, mention):
            return mention.date_start, reference or mention.date_end
    if reference is not None and YEAR_SO_FAR_RE.search(text):
        return date(reference.year, 1, 1), reference  # "since the beginning of the year", "this year"
    return None


YEAR_SO_FAR_RE = re.compile(r"\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year\b|\b(?:so far\s+)?this\s+year\b", re.I)


def _starts_a_period(text: str, mention: DateMention) -> bool:
    if re.match(r"since\b", text[mention.start:mention.end], re.I) and mention.precision is TimePrecision.MONTH:
        return True  # the mention may hold the word: "Since January" (not "since the afternoon")
    # not "missing since 12 February": the day someone was last seen starts no count
    return bool(re.search(r"(?<!missing )(?<!disappeared )\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?$",
                          text[max(0, mention.start - 30):mention.start], re.I))


def _span_of_days(dates: list[DateMention]) -> tuple[date, date] | None:
    """"Between Jan. 29 and Feb. 9, ... conducted 11 operations": counts over days named as a span are totals."""
    for mention in dates:
        if (mention.date_end - mention.date_start).days >= 2 and not mention.days:  # a range, not a list of days
            return mention.date_start, mention.date_end
    return None


THIS_WEEK_RE = re.compile(r"\b(?:so far\s+)?this week\b", re.I)
PAST_WEEK_RE = re.compile(r"\b(?:in|over|during|throughout)\s+the\s+(?:(?:past|last|reporting)\s+)?(?:week|seven days)\b", re.I)
PAST_DAY_RE = re.compile(r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+24\s+hours\b", re.I)


def _week_scope(text: str, reference: date | None) -> tuple[date, date] | None:
    """"This week" runs from its Monday to the report; "in the past week" or "during the week" of a weekly report
    is the seven days before it, and "over the past 24 hours" the day before and the day of the report."""
    if reference is None:
        return None
    if THIS_WEEK_RE.search(text):
        return reference - timedelta(days=reference.weekday()), reference
    if PAST_WEEK_RE.search(text):
        return reference - timedelta(days=7), reference - timedelta(days=1)
    if PAST_DAY_RE.search(text):
        return reference - timedelta(days=1), reference
    return None


def _whole_month(dates: list[DateMention]) -> tuple[date, date] | None:
    """The calendar month a sentence is scoped to ("In June, ..."), if it names one."""
    for mention in dates:
        if mention.precision is TimePrecision.MONTH and mention.date_start.day == 1 and (mention.date_end + timedelta(days=1)).day == 1:
            return mention.date_start, mention.date_end
    return None


def _continue_from(draft: Draft, previous: Draft) -> None:
    """"Hours later, SDF forces arrested a suspect in the town": when and where the previous event was."""
    text = draft.sentences[0].text
    if draft.date is None and previous.date is not None:
        draft.date, draft.date_from_context = previous.date, True
        offset = load_lexicon().day_offset(text)
        if offset:
            draft.date = _days_later(previous.date, offset)
    if draft.place is None and not draft.places:
        draft.place = previous.place  # "Two days later, the two sides reached a truce": there, too
    inherit_place(draft, previous)


def inherit_place(draft: Draft, previous: Draft) -> None:
    """"... before they reached the base": a sentence naming no place but "the base" is where the last event was;
    "sent vehicles from Al-Shaddadi towards the town": a movement's destination, too."""
    text = draft.sentences[0].text
    if draft.kind.id in {"movement", "convoy"} and previous.place and re.search(
            r"\b(?:to|towards|into)\s+the\s+(?:town|city|village|area|base|camp)\b", text, re.I):
        draft.place, draft.places = previous.place, []
        return
    if draft.place is None and not draft.places and re.search(r"\bthe (?:town|city|village|area|camp|base|field|site)\b", text, re.I):
        draft.place = previous.place


# "Returns began on 5 April, a day after community elders announced a truce", "three days after a drone struck a car",
# "a week after an explosive device was planted"
DAYS_AFTER_RE = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<unit>days?|weeks?)\s+after\b", re.I)
TOLD_RE = re.compile(r"\b(?:announced|said|stated|reported|confirmed|told|added|says)\b", re.I)


def _told_days_later(text: str, when: DateMention | None, trigger: Trigger) -> int:
    """How many days the day a sentence names falls after its event (the day it was told, or a later happening's);
    0 when it is the event's own day."""
    if when is None or when.precision is not TimePrecision.DAY or trigger.start < when.end:
        return 0
    after = DAYS_AFTER_RE.search(text, when.end)
    if after and after.end() <= trigger.start:
        return (parse_number(after["n"]) or 1) * (7 if after["unit"].lower().startswith("week") else 1)
    # a day back from the day the sentence names, in the lexicon's words: "announced on 27 November that a soldier was
    # killed the previous day", "on 24 October, ... after two travellers were kidnapped there the day before"
    back = _back_one_day_re().search(text, when.end)
    if back is None or re.search(r"\b(?:planted|placed|laid|left)\s+$", text[max(0, back.start() - 12):back.start()]):
        return 0  # "IED planted the previous night": when the device was laid, not when it went off
    told = TOLD_RE.search(text, when.end, min(trigger.start, back.start()))  # "announced on 27 November that ..."
    return int(bool(told or 0 <= back.start() - trigger.end <= 25))


def _days_later(mention: DateMention, days: int) -> DateMention:
    shift = timedelta(days=days)
    return DateMention(mention.start, mention.end, mention.date_start + shift, mention.date_end + shift, mention.precision,
                       [d + shift for d in mention.days], mention.explicit_year)


def sentence_actors(sentence: Sentence, anchor, kind_id: str, casualties: list[Casualty] | None = None) -> list[EventActor]:
    """The dictionary actors of a sentence with their roles; those it counts as casualties are targets."""
    if casualties is None:
        casualties = find_casualties(mask_dates(sentence.text, find_dates(sentence.text, None)))
    victims = {c.group for c in casualties if c.group}
    return event_actors(sentence, find_parties(sentence.text), anchor, kind_id, victims)


def mask_dates(text: str, dates: list[DateMention]) -> str:
    """The text with its date expressions and its stamp blanked, so "November 17, four missiles" counts 4, not 17,
    and "[26 Mar] Joint patrol" counts no patrols."""
    stamped = stamp_length(text)
    text = " " * stamped + text[stamped:]
    for mention in dates:
        text = text[:mention.start] + " " * (mention.end - mention.start) + text[mention.end:]
    return text


VEHICLE_UNITS = {"trucks", "tankers", "vehicles", "convoys", "batches"}


def claim_kind(quantities: list[Quantity], fallback: EventKind, harmed: bool = False) -> EventKind:
    """A total is of the kind of thing it counts: trucks total convoys, operations total raids; but trucks or
    tankers counted as `harmed` ("14 fuel tankers have been attacked") total the attacks."""
    mapping = load_lexicon().claim_kinds
    for quantity in quantities:
        if quantity.unit in VEHICLE_UNITS and harmed:
            continue
        if quantity.unit in mapping:
            return load_ontology()[mapping[quantity.unit]]
    return fallback


def adds_casualties(draft: Draft | None, previous: Draft, sentence: Sentence) -> bool:
    """"A third man ... was killed after he opened fire on the force": a toll, told right after, of the event before."""
    if previous.is_claim or (draft is not None and draft.is_claim):
        return False
    if draft is None:
        # no event word at all ("Three pupils were injured by flying glass."): a toll if it counts anybody
        text = sentence.text  # not "Since 1 January, 16,874 persons have been caught": a total
        return bool(find_casualties(mask_dates(text, find_dates(text, None)))) and not find_dates(text, None) \
            and not SINCE_RE.search(text)
    if not draft.casualties:
        return False
    if draft.date is not None and not draft.date_from_context:
        return False
    if draft.places or any(a.role is ActorRole.INITIATOR for a in draft.actors):
        return False
    return draft.kind.id in {"attack", previous.kind.id}


# a toll told of the event by its definite name: "two armed men were killed in last night's strike"
TOLL_OF_THE_EVENT_RE = re.compile(
    r"\b(?:killed|wounded|injured|dead|died)\s+(?:in|during)\s+(?:the|this|that|last\s+night's|yesterday's|this\s+morning's|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s+(?:[\w-]+\s+){0,2}?(?:strike|airstrike|air\s+strike|raid|attack|"
    r"shelling|bombardment|explosion|bombing|ambush)\b", re.I)


def tolls_the_event_before(draft: Draft, text: str) -> bool:
    """Whether the sentence tells a toll of an event it names as already told ("killed in last night's strike"),
    with no day of its own but the one that names the event."""
    told = TOLL_OF_THE_EVENT_RE.search(text)
    if told is None or draft.places:
        return False
    return draft.date is None or draft.date_from_context or "'s" in told.group(0)


def refers_back(sentence: Sentence) -> bool:
    """True when the sentence opens by pointing at the event just told ("The attack left...")."""
    opening = sentence.text.lower()
    opening = re.sub(r"^(?:\d{1,2}[:.]\d{2}\s*[—–-]+\s*)?(?:update\s*[:|—–-]\s*)?", "", opening)  # "14:05 — Update: ..."
    opening = re.sub(r"^(?:according to [^,]+,\s*|meanwhile,\s*|moreover,\s*|however,\s*)", "", opening)
    # "The family added that the kidnappers ...": who tells it does not change what it points at
    opening = re.sub(r"^(?:the|his|her|their|a|our)?\s*(?:[a-z-]+\s+){0,2}?(?:added|said|says|reported|explained|told [a-z ]{1,30}?)\s+that\s+",
                     "", opening)
    return any(opening.startswith(cue) for cue in load_lexicon().cues["anaphora"])


# "The toll has risen to 7": the new figure replaces the old one.
TOLL_UPDATE_RE = re.compile(r"\b(?:has |had )?(?:risen|rose|climbed|increased|jumped|grown) to\b|\bnow stands? at\b|\bupdated? toll\b"
                            r"|\b(?:toll|tolls|arrests|casualties)\s+(?:is\s+|are\s+)?now\b|\bnow says\b"
                            r"|^\W*(?:\d{1,2}[:.]\d{2}\s*[—–-]*\s*)?\d+\s+[\w\s-]{0,40}?\bso far\b", re.I)  # "12 suspects detained so far"
UPDATE_LINE_RE = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*[—–-]+\s*)?(?:update|correction)\b", re.I)


def is_update(sentence: Sentence, draft: Draft | None, previous: Draft) -> bool:
    """"13:05 — Update: the toll has risen to 5": a live blog's revision of the item before, not a new event
    ("Update: SDF reinforcements arrived" tells a new one, "the number of trucks ... has risen to 75" a total);
    so is a claim of responsibility for it."""
    if draft is not None and draft.is_claim:
        return False
    if RESPONSIBILITY_CLAIM_RE.search(sentence.text) and find_actors(sentence.text):
        return True
    if PURSUIT_RE.search(sentence.text) and not (draft is not None and (draft.places or draft.date and not draft.date_from_context)):
        return True  # "army units pursued the attackers and killed two of them": the same clash, its attackers' toll
    new_toll = bool(TOLL_UPDATE_RE.search(sentence.text))
    if not (new_toll or UPDATE_LINE_RE.match(sentence.text)):
        return False
    return draft is None or draft.kind.id == previous.kind.id or draft.kind.id in GENERIC_KINDS or (new_toll and not draft.places)


# the attackers just told, chased: "A military source said army units pursued the attackers and killed two of them"
PURSUIT_RE = re.compile(r"\b(?:pursued|chased|followed|tracked\s+down|hunted\s+down|went\s+after)\s+the\s+(?:fleeing\s+)?"
                        r"(?:attackers|assailants|gunmen|perpetrators|cell|kidnappers|terrorists|militants)\b", re.I)


# "A police source gave a higher toll", "a hospital source put the number at four": another count of the same dead.
TOLL_ALTERNATIVE_RE = re.compile(
    r"\b(?:gave|give|gives|put|puts|placed|cited|reported) (?:a |the )?(?:higher|lower|different|the)? ?(?:death )?(?:toll|number|figure|count)\b"
    r"|\b(?:higher|lower|different) (?:death )?(?:toll|figure|number)\b|\banother source\b", re.I)


def _with_tolls(known: list[Casualty], told: list[Casualty], text: str) -> list[Casualty]:
    """The event's tolls with a follow-up's: added when they count more people, replaced by an update,
    and kept at the lowest when a second source counts the same people differently."""
    update = bool(TOLL_UPDATE_RE.search(text) or UPDATE_LINE_RE.match(text))
    if update or TOLL_ALTERNATIVE_RE.search(text):
        result = list(known)
        for casualty in told:
            same = [c for c in result if c.kind == casualty.kind]
            if not same:
                result.append(casualty)
            elif update or casualty.count < sum(c.count for c in same):
                result = [c for c in result if c.kind != casualty.kind] + [casualty]
        return result
    seen = {(c.kind, c.count) for c in known}
    return known + [c for c in told if (c.kind, c.count) not in seen]


def fold_in(draft: Draft, sentence: Sentence, reference: date | None, places: PlaceReader = PlaceReader()) -> None:
    """Add what a follow-up sentence says to the draft it refers back to."""
    text = sentence.text
    if load_lexicon().has_cue("not_event", text):
        return  # "The protesters also threatened to escalate": about the event, but not part of it
    draft.sentences.append(sentence)
    counted_text = mask_dates(text, find_dates(text, reference))
    units = {q.unit for q in draft.quantities}
    draft.quantities.extend(q for q in find_quantities(counted_text) if q.unit not in units)
    draft.casualties = _with_tolls(draft.casualties, find_casualties(counted_text), text)
    certainty = _certainty(text)
    if certainty is not Certainty.REPORTED:
        draft.certainty = certainty
    draft.attribution = draft.attribution or _attribution(text)
    trigger = best_trigger(sentence)
    if trigger and trigger.kind.priority > draft.kind.priority and not draft.is_claim and trigger.kind.id not in GENERIC_KINDS:
        draft.kind, draft.trigger = trigger.kind, trigger
        draft.actors = []
        for earlier in draft.sentences[:-1]:
            anchor = best_trigger(earlier)
            if anchor:
                _add_actors(draft, sentence_actors(earlier, anchor.token, draft.kind.id))
    kind_id = draft.kind.id
    claim = RESPONSIBILITY_CLAIM_RE.search(text)
    if claim and not draft.initiator_ids() - {None}:
        # "ISIS later claimed responsibility for the attack": the claimant is taken as the attacker
        draft.actors = [EventActor(actor=m.as_actor(text), role=ActorRole.INITIATOR)
                        for m in find_actors(text[:claim.start()]) if m.entry.id][:1] + draft.actors
    if trigger and governing_verb(trigger.token).lemma_.lower() not in SPEECH_VERBS:
        # parties come from a sentence that tells more of the event, not from "The protesters accused the Coalition..."
        _add_actors(draft, sentence_actors(sentence, trigger.token, kind_id))
    if not draft.is_claim and _lacks_target(draft):
        party = casualty_party(draft.casualties, kind_id, text)  # "...; officials said the two men in it were wounded"
        if party is not None:
            draft.actors.append(EventActor(actor=party, role=ActorRole.TARGET))
    men_to_their_owner(draft)
    found = places.mentions(sentence)
    draft.places.extend((m, p, sentence) for m, p in found)
    if draft.is_claim:
        _, destinations = places_by_role(sentence, found)
        draft.destinations.extend(p for p in destinations if p.gazetteer_id not in {d.gazetteer_id for d in draft.destinations})
    else:
        candidate = choose_place(sentence, found, kind_id)
        if candidate and (draft.place is None or _more_precise(candidate, draft.place)):
            draft.place = candidate
        if draft.date is None:
            dates = find_dates(text, reference)
            draft.date = dates[0] if dates else None


def _add_actors(draft: Draft, actors: list[EventActor]) -> None:
    """Add actors not yet there; an actor already a target stays a target (victims are not also attackers)."""
    for actor in actors:
        key = actor.actor.actor_id or actor.actor.name
        roles = {a.role for a in draft.actors if (a.actor.actor_id or a.actor.name) == key}
        if actor.role in roles:
            continue
        if draft.kind.id != "armed_clash" and ActorRole.TARGET in roles | {actor.role} and roles:
            if actor.role is ActorRole.TARGET:
                draft.actors = [a for a in draft.actors if (a.actor.actor_id or a.actor.name) != key or a.role is ActorRole.PARTNER]
            else:
                continue
        draft.actors.append(actor)


def _more_precise(new: Place, old: Place) -> bool:
    """A finer precision, or, at the same precision close by, a named site rather than the town around it."""
    if new.precision == old.precision == GeoPrecision.POINT and new.gazetteer_id != old.gazetteer_id:
        return _is_site(new) and not _is_site(old) and _places_compatible(new, old)
    order = [GeoPrecision.POINT, GeoPrecision.NEAR, GeoPrecision.ADMIN2, GeoPrecision.ADMIN1, GeoPrecision.COUNTRY, GeoPrecision.UNKNOWN]
    return order.index(new.precision) < order.index(old.precision)


# What a sentence calls a protest told just before: "covering the demonstration", "dispersed the demonstrators".
PROTEST_WORDS_RE = re.compile(r"\b(?:demonstrat\w*|protest\w*|rall(?:y|ies)|sit-in|marchers|crowd|gathering)\b", re.I)
INTERVENTIONS = {"arrest", "protest_with_intervention", "force_against_protest"}


# The people an arrest is made among point back at the attack told before: "arrested four of the attackers".
PERPETRATORS_RE = re.compile(r"\b(?:the|of the)\s+(?:attackers?|perpetrators?|assailants?|bombers?|kidnappers?)\b", re.I)


def with_earlier_attackers(draft: Draft, earlier: Draft | None) -> None:
    """Arrests "of the attackers" or "suspected of helping the attacker" are made among those who carried out
    the event just told: its attackers become the arrest's targets."""
    if earlier is None or earlier.is_claim or draft.kind.id not in {"arrest", "raid"} or draft.target_ids() - {None}:
        return
    if earlier.kind.id in {"arrest", "raid"} or not PERPETRATORS_RE.search(draft.sentences[0].text):
        return
    attackers = [a for a in earlier.actors if a.role is ActorRole.INITIATOR and a.actor.actor_id]
    draft.actors = [a for a in draft.actors if a.role is not ActorRole.TARGET] + [
        EventActor(actor=a.actor, role=ActorRole.TARGET) for a in attackers if a.actor.actor_id not in draft.initiator_ids()]


def intervenes_in_protest(earlier: Draft, later: Draft) -> bool:
    """"Teachers demonstrated in Duhok." then "Security forces detained three journalists covering the
    demonstration.": the second tells what was done to the first, so the two are one protest with intervention."""
    return (earlier.kind.id == "peaceful_protest" and not earlier.is_claim and not later.is_claim
            and later.kind.id in INTERVENTIONS and later.sentences[0].index - earlier.last_index <= 1
            and bool(PROTEST_WORDS_RE.search(later.sentences[0].text)) and _not_elsewhere(earlier.place, later.place))


def _not_elsewhere(place: Place | None, other: Place | None) -> bool:
    """A second place that is a region ("Security forces of the Kurdistan Region") does not move the event."""
    coarse = {GeoPrecision.ADMIN1, GeoPrecision.COUNTRY, GeoPrecision.UNKNOWN}
    return other is None or other.precision in coarse or _places_compatible(place, other)


def absorb_intervention(protest: Draft, intervention: Draft) -> None:
    """The protest becomes the intervention's kind; whoever intervened acts on the protesters."""
    kind = intervention.kind.id if intervention.kind.id == "force_against_protest" else "protest_with_intervention"
    protesters = [EventActor(actor=a.actor, role=ActorRole.TARGET) for a in protest.actors if a.role is ActorRole.INITIATOR]
    forces = [a for a in intervention.actors if a.role is not ActorRole.TARGET]
    protest.kind = load_ontology()[kind]
    protest.actors = forces + protesters
    protest.sentences.extend(intervention.sentences)
    protest.casualties = protest.casualties + intervention.casualties


# a row that says it is more of the incident in the row above: "same strike", "same attack, DMC fighter"
SAME_INCIDENT_RE = re.compile(r"\bsame\s+(?:air\s?strike|strike|attack|explosion|blast|device|bomb|shooting|shelling|incident|clash(?:es)?)\b", re.I)


def same_happening(earlier: Draft, later: Draft) -> bool:
    """Two nearby drafts of one kind, place and actors that tell one event (e.g. a base set up, then its helipad)."""
    if earlier.is_claim or later.is_claim or later.sentences[0].index - earlier.last_index > 2:
        return False
    if SAME_INCIDENT_RE.search(later.sentences[0].text):
        return True  # a register's next row: "2) 22:25 – F 12 – shrapnel face – same explosion"
    if earlier.kind.id != later.kind.id:
        return False
    if later.sentences[0].text.lower().startswith(("another", "a second", "in another", "separately")):
        return False
    if earlier.date and later.date and (earlier.date.date_start, earlier.date.date_end) != (later.date.date_start, later.date.date_end):
        return False
    first, second = earlier.initiator_ids(), later.initiator_ids()
    if (first and second and not first & second) or second & earlier.target_ids():
        return False  # "US forces responded with artillery": the other side's fire, not more of the same
    bare = not (earlier.actor_ids() or earlier.casualties or earlier.quantities)
    if earlier.casualties and later.casualties and told_at_other_times(earlier.sentences[0].text, later.sentences[0].text):
        return False  # "0630 hrs: IED ..., 1 KIA" and "1410 hrs: IED ..., 2 WIA": two log items, two tolls, two incidents
    if not (earlier.actor_ids() & later.actor_ids()) and not bare:
        return False  # a bare first report ("12:02 — Large explosion reported") is retold by the next line
    return _places_compatible(earlier.place, later.place)


def _places_compatible(a: Place | None, b: Place | None, within_km: float = 15.0) -> bool:
    if a is None or b is None or a.latitude is None or b.latitude is None:
        return True
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return True
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= within_km


def merge(earlier: Draft, later: Draft) -> None:
    """Fold a later draft of the same happening into the earlier one."""
    earlier.sentences.extend(later.sentences)
    if later.place and (earlier.place is None or _more_precise(later.place, earlier.place)):
        earlier.place = later.place
    earlier.places.extend(later.places)
    earlier.date = earlier.date or later.date
    _add_actors(earlier, later.actors)
    units = {q.unit for q in earlier.quantities}
    earlier.quantities.extend(q for q in later.quantities if q.unit not in units)
    if TABLE_ROW_RE.match(later.sentences[0].text) or SAME_INCIDENT_RE.search(later.sentences[0].text):
        # "2 | ... | killed | same blast as No. 1": more victims of it
        earlier.casualties = _summed(earlier.casualties + later.casualties)
    else:  # a retelling repeats the toll
        known = {(c.kind, c.count) for c in earlier.casualties}
        earlier.casualties.extend(c for c in later.casualties if (c.kind, c.count) not in known)
    earlier.attribution = earlier.attribution or later.attribution
    men_to_their_owner(earlier)


def _is_site(place: Place) -> bool:
    entry = geo.gazetteer().entries.get(place.gazetteer_id) if place.gazetteer_id else None
    return entry is not None and entry.kind in SITE_KINDS


def _summed(casualties: list[Casualty]) -> list[Casualty]:
    """One toll per kind, the counts added up (the first group and qualifier kept)."""
    totals: dict = {}
    for casualty in casualties:
        first = totals.get(casualty.kind)
        totals[casualty.kind] = casualty if first is None else first.model_copy(update={"count": first.count + casualty.count})
    return list(totals.values())
