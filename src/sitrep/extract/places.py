"""Choosing the place of an event among the places its sentence names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sitrep import geo
from sitrep.extract.actors import EVENT_NOUNS, find_actors
from sitrep.extract.classify import is_trigger_word
from sitrep.extract.nlp import Sentence
from sitrep.model import GeoPrecision, Place

REMOTE_KINDS = {"missile_attack", "drone_strike", "airstrike", "chemical_weapon"}
MOVING_KINDS = {"convoy", "movement", "patrol"}
ARRIVING_KINDS = {"convoy", "movement"}  # placed where they arrive; a patrol where it sets out
DESTINATION_WORDS = {"to", "towards", "toward", "headed", "reached", "arrived", "into"}
PASSAGE_WORDS = {"via", "through", "across"}
DESTINATION_SITES = {"base", "oil_field", "gas_field", "barracks", "camp", "prison"}
TOWARD_WORDS = {"targeting", "target", "targeted", "hit", "struck", "strike", "on", "at", "into", "to", "towards", "toward", "reached", "entered", "in", "near", "inside"}
AWAY_WORDS = {"from"}
PRECISION_RANK = {
    GeoPrecision.POINT: 3.0, GeoPrecision.NEAR: 2.5, GeoPrecision.ADMIN2: 1.5, GeoPrecision.ADMIN1: 1.0,
    GeoPrecision.COUNTRY: 0.0, GeoPrecision.UNKNOWN: -1.0,
}


def _governing_words(sentence: Sentence, mention: geo.PlaceMention) -> list[str]:
    """Lower-cased words on the parse path from the place up to the root: prepositions and verbs."""
    tokens = sentence.tokens_in(mention.anchor_start, mention.anchor_end) or sentence.tokens_in(mention.start, mention.end)
    if not tokens:
        return []
    head = min(tokens, key=lambda t: len(list(t.ancestors)))
    return [t.lower_ for t in head.ancestors if t.dep_ in {"prep", "ROOT", "advcl", "acl", "relcl", "conj", "xcomp", "pcomp"} or t.pos_ in {"ADP", "VERB"}]


# "DEIR EZZOR, Syria (Example Wire) — ...", "Deir Ezzor – Example Voice: ...", "Idlib | ...": where the story
# was filed, or the region a brief files it under, not where it happened
DATELINE_RE = re.compile(r"^[•·*‣\s-]*(?:[A-Z][A-Z'’ .-]+(?:,\s*[A-Z][\w .'’-]*?)?\s*(?:\([^)]{1,60}\))?\s*[—–-]{1,2}\s+"
                         r"|[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}\s+[—–]\s+[A-Z][^:.]{1,60}:\s+"
                         # "Idlib | ...", "URGENT | Deir Ezzor: ...", "Duhok (IRQ): ...": a feed's or brief's region
                         # "31 Aug, west of Manbij: ...", "10–11 Apr, Quneitra: ...": a dated item's region
                         r"|\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[A-Za-z]{3,9}\.?,\s+[^:]{2,40}:\s+"
                         r"|(?:[A-Z]{3,}\s*\|\s*)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}(?:\s*\([A-Z]{2,4}\))?\s*[:|]\s+"
                         # "Aleppo, SANA-like – Army units ...", "Baghdad – The Security Media Cell announced ...": a
                         # dateline in mixed case, with or without the agency
                         r"|[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}(?:,\s+[A-Z][\w'’.-]*(?:[ -][\w'’.-]+){0,3})?\s+[—–]\s+(?=[A-Z]))")
# "Example Al-Sabah al-Iraqi reports that ...", "Syria's Al-Watan daily says ...": the outlet that opens the sentence
# is its source, whatever place its name resembles
SOURCE_LEAD_RE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’.-]*|(?:al|el|ad|ar|as|an)[-‑][\w'’-]+)(?:\s+(?:[A-Z][\w'’.-]*|(?:al|el|ad|ar|as|an)[-‑][\w'’-]+|"
    r"daily|weekly|newspaper|paper|agency|channel|website|security|police|directorate|command|council|office|media)){0,6}"
    r"\s+(?:reports|reported|says|said|writes|wrote|claims|claimed|quotes|quoted|announced)\b")


@dataclass(frozen=True)
class PlaceReader:
    """Finds and resolves the places of a document's sentences, with the document as context
    and the analysts' aliases (Store.aliases()) added to the gazetteer."""

    document: str = ""
    aliases: Mapping[str, str] | None = None

    def mentions(self, sentence: Sentence) -> list[tuple[geo.PlaceMention, Place]]:
        """The places a sentence names, resolved; a dateline's place only when the sentence names no other,
        and never a name inside an actor's name ("Hay'at Tahrir al-Sham" is not Damascus)."""
        context = geo.GeoContext(sentence=sentence.text, document=self.document)
        actors = find_actors(sentence.text)
        found = geo.find_places(sentence.text, self.aliases)
        mentions = [m for m in found if not any(a.start <= m.anchor_start < a.end for a in actors)]
        resolved = [(m, geo.resolve(m, context, self.aliases)) for m in mentions]
        for lead in (DATELINE_RE.match(sentence.text), SOURCE_LEAD_RE.match(sentence.text)):
            if lead:
                # the body's own places, when it names one finer than a country that is not just a road's end
                body = [(m, p) for m, p in resolved if m.start >= lead.end()]
                if any(p.precision is not GeoPrecision.COUNTRY and not names_a_road(sentence.text, m) for m, p in body):
                    return body
        return resolved


ROAD_AFTER = re.compile(r"^(?:\s*[–—-]\s*[A-Z][\w'’ -]{1,30}?)?\s+(?:road|highway|motorway|axis)\b", re.I)
ROAD_BEFORE = re.compile(r"\b(?:road|highway|motorway)\s+(?:to|from|towards)\s+(?:the\s+)?$", re.I)


def names_a_road(text: str, mention: geo.PlaceMention) -> bool:
    """"on the Palmyra–Deir Ezzor road", "the main road to Damascus": the place names a road, not where it happened."""
    return bool(ROAD_AFTER.match(text[mention.end:]) or ROAD_BEFORE.search(text[:mention.start]))


def score_place(sentence: Sentence, mention: geo.PlaceMention, place: Place, kind: str) -> float:
    words = _governing_words(sentence, mention)
    before = re.findall(r"[a-z]+", sentence.text[:mention.start].lower())[-1:]
    if before and before[0] in DESTINATION_WORDS | PASSAGE_WORDS | AWAY_WORDS:
        words = before + words  # the word just before counts, whatever the parse made of it ("moved Homs to Palmyra")
    score = PRECISION_RANK[place.precision]
    if words and words[0] in AWAY_WORDS or (len(words) > 1 and AWAY_WORDS & set(words[:4]) and not ({"targeting", "target", "targeted"} & set(words[:4]))):
        score -= 4
    if kind in REMOTE_KINDS and {"targeting", "targeted", "target", "hit", "struck"} & set(words):
        score += 2
    if names_a_road(sentence.text, mention):
        score -= 1.5
    if _of_people(sentence, mention):
        score -= 1  # "tribal leaders of Deir Ezzor signed ... in Hasakah": who they are, not where it happened
    if _in_description(sentence, mention):
        score -= 2  # "under an agreement reached in Baghdad": a clause about something else
    if HOSPITAL_BEFORE.search(sentence.text[:mention.start]) and TRANSFER_WORDS.search(sentence.text):
        score -= 3  # "a fourth fighter was transferred to the national hospital in Al-Hasakah": where the wounded went
    if mention.relation in {"near", "outskirts of", "near a landmark in"} and place.precision is GeoPrecision.NEAR:
        score += 0.5  # "on the outskirts of Ariha" is as exact as the text gets
    site = _site_kind(place)
    if site in DESTINATION_SITES:
        score += 0.75  # a named base or field is more exact than the town it stands by
    if kind in MOVING_KINDS:
        # a convoy happens where it arrives, not at the crossing it passes
        if set(words[:3]) & PASSAGE_WORDS or site == "crossing":
            score -= 3
        if kind in ARRIVING_KINDS and set(words[:4]) & DESTINATION_WORDS:
            score += 1.5
    return score


HOSPITAL_BEFORE = re.compile(r"\b(?:hospitals?|clinic|medical\s+(?:centre|center|point))\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)
TRANSFER_WORDS = re.compile(r"\b(?:transferred|taken|rushed|evacuated|moved|brought|admitted|transported)\b", re.I)
PEOPLE_NOUNS = {"leader", "member", "fighter", "notable", "resident", "people", "tribe", "elder", "official", "force", "council"}


def _head(sentence: Sentence, mention: geo.PlaceMention):
    tokens = sentence.tokens_in(mention.anchor_start, mention.anchor_end) or sentence.tokens_in(mention.start, mention.end)
    return min(tokens, key=lambda t: len(list(t.ancestors))) if tokens else None


def _of_people(sentence: Sentence, mention: geo.PlaceMention) -> bool:
    head = _head(sentence, mention)
    return head is not None and head.head.lower_ == "of" and head.head.head.lemma_.lower() in PEOPLE_NOUNS


def _in_description(sentence: Sentence, mention: geo.PlaceMention) -> bool:
    """Inside a clause about something other than the event ("an agreement reached in Baghdad");
    a clause on the event itself ("an airdrop carried out ... in Gharanij") does not count."""
    head = _head(sentence, mention)
    return head is not None and any(
        t.dep_ in {"acl", "relcl"} and t.head.lemma_.lower() not in EVENT_NOUNS and not is_trigger_word(t.head)
        for t in head.ancestors)


def _site_kind(place: Place) -> str | None:
    entry = geo.gazetteer().entries.get(place.gazetteer_id) if place.gazetteer_id else None
    return entry.kind if entry else None


def choose_place(sentence: Sentence, found: list[tuple[geo.PlaceMention, Place]], kind: str) -> Place | None:
    """The place where the event happened: where it hit or arrived, as precisely as named."""
    return best_place([(m, p, sentence) for m, p in found], kind)


def best_place(found: list[tuple[geo.PlaceMention, Place, Sentence]], kind: str, leaving: bool = False) -> Place | None:
    """The best place among those of all an event's sentences; the first sentence's break ties. A force
    `leaving` a place (an evacuated base) is placed where it left, not where it went."""
    usable = [item for item in found if item[1].precision is not GeoPrecision.COUNTRY]
    if not usable:
        return None
    first = usable[0][2].index
    framing = _framing_mentions(usable)
    seats = _seats_beside_their_towns(usable)

    def rank(item):
        mention, place, sentence = item
        score = score_place(sentence, mention, place, "" if leaving else kind) - (FRAMING_PENALTY if id(mention) in framing else 0)
        score -= SEAT_PENALTY if id(mention) in seats else 0
        return (score + (0.5 if sentence.index == first else 0), -sentence.index, -mention.start)

    return max(usable, key=rank)[1]


FRAMING_PENALTY = 2.0
# A governorate's seat named beside a town of the same governorate ("Daraa, 3 September: ... at the entrance of
# Tafas", "In Duhok province, Turkish artillery shelled the outskirts of Batifa"): the town is the more exact place
SEAT_PENALTY = 2.0
GOVERNORATE_SEATS = {"Dar'a", "As Suwayda'", "Al Hasakah", "Dihok", "Kirkuk", "Mosul", "Idlib", "Aleppo", "Ar Raqqah",
                     "Deir ez-Zor", "Homs", "Hamah", "Latakia", "Tartouss", "Al Qunaytirah", "Erbil", "Ramadi", "Tikrit",
                     "Baqubah", "Nineveh"}


def _seats_beside_their_towns(usable: list[tuple[geo.PlaceMention, Place, Sentence]]) -> set[int]:
    """Ids of the mentions of a governorate's seat whose sentence also names another place of that governorate."""
    alone = [(mention, place, sentence) for mention, place, sentence in usable if not _paired(mention)]
    seats = set()
    for mention, place, sentence in alone:
        name = place.resolved_name or place.name
        if name in GOVERNORATE_SEATS and any(
                other.admin1 == place.admin1 and (other.resolved_name or other.name) != name and s.index == sentence.index
                for _, other, s in alone):
            seats.add(id(mention))
    return seats


def _paired(mention: geo.PlaceMention) -> bool:
    """"the Mosul–Qayyarah road", "between Daraa and Izraa", "the Kirkuk–Baiji pipeline": a place named in a pair,
    where the first named stands."""
    text = mention.sentence
    return (names_a_road(text, mention) or bool(re.match(r"\s*[–—-]\s*[A-Z]", text[mention.end:]))
            or bool(re.search(r"[–—-]\s*$|\bbetween\s+(?:the\s+)?$|\band\s+$", text[:mention.start])))


# "Dayr Hafir east of Aleppo", "Khan Arnabah in the northern countryside of Quneitra", "Nawa (Daraa)": what
# directly follows a place, with at most a bracket, comma or "in" between, says where that place lies
LOCATING_GAP = re.compile(r"\s*(?:(?:district|governorate|province|city|town|village|camp|area)\b)?\s*(?:\(|,|in|,\s*in)?\s*")
# "In Deir Ezzor, ...", "In neighbouring Daraa, ...", "In Duhok province, ...": the region a sentence is filed under
REGION_LEAD = re.compile(r"^[^A-Za-z]*In\s+(?:neighbouring\s+|nearby\s+|rural\s+)?(?:the\s+)?$")
REGION_LEAD_END = re.compile(r"^(?:\s+(?:province|governorate|countryside|region|city))?\s*,")
# a line's label: "Deir Ezzor (east): ...", "Duhok: ...", "Tal Afar – ..."
LABEL_LEAD = re.compile(r"^[^A-Za-z]*$")
LABEL_END = re.compile(r"^\s*(?:\([^)]{0,20}\))?\s*(?:,\s*\w+day)?\s*[:–—]")
PLACED_BEFORE = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?$", re.I)
# "according to a security source in Daraa", "an official in Nineveh told ...": where the teller is
TELLER_IN = re.compile(r"\b(?:sources?|officials?|activists?|correspondents?|spokes(?:man|woman|person)|directorate|"
                       r"monitors?|networks?)\s+in\s+(?:the\s+)?$", re.I)
# "General Security forces in Latakia governorate arrested ... in Jableh": the area a force answers for
# ("forces in Al-Darbasiyah" without the word may be where they were hit)
FORCE_IN = re.compile(r"\b(?:forces|units)\s+in\s+(?:the\s+)?$", re.I)
# a place that names a body rather than where the event happened: "the Raqqa Civil Council", "the Sweida health
# directorate", "the Nineveh Operations Command", "Suwayda 24" (a local news page)
ORGANISATION_AFTER = re.compile(r"^\s+(?:(?:civil|military|local|provincial|health|agriculture|agricultural|water|security|police|"
                                r"education|municipal|operations)\s+)?(?:council|directorate|command|authorities|administration|"
                                r"municipality|24)\b", re.I)
AREA_AFTER = re.compile(r"^\s+(?:governorate|province|region)\b", re.I)
# "arrest three suspects in the Erbil rocket attack near Makhmour": a place naming an earlier event
EVENT_NAMED_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,2}(?:attack|attacks|bombing|bombings|strike|strikes|explosion|massacre|blast)\b")


def _framing_mentions(usable: list[tuple[geo.PlaceMention, Place, Sentence]]) -> set[int]:
    """Ids of the mentions that frame a sentence rather than place its event: the region it opens with, the
    place that locates another, the teller's town, a place naming an earlier event. Counted only where the
    sentence names some other place, so a sentence's only place is never put behind another sentence's."""
    by_sentence: dict[int, list[tuple[geo.PlaceMention, Place, Sentence]]] = {}
    for item in usable:
        by_sentence.setdefault(item[2].index, []).append(item)
    framing: set[int] = set()
    for items in by_sentence.values():
        items = sorted(items, key=lambda item: item[0].start)
        found = {id(m) for m, _, _ in items if _frames(items, m)}
        if len(found) < len({id(m) for m, _, _ in items}):
            framing |= found
    return framing


def _frames(items: list[tuple[geo.PlaceMention, Place, Sentence]], mention: geo.PlaceMention) -> bool:
    text = mention.sentence
    before, after = text[:mention.start], text[mention.end:]
    if REGION_LEAD.match(before) and REGION_LEAD_END.match(after):
        return True
    if LABEL_LEAD.match(before) and LABEL_END.match(after) and any(
            m.start > mention.end and (m.relation is not None or PLACED_BEFORE.search(text[:m.start])) for m, _, _ in items):
        return True  # "Deir Ezzor (east): SDF raid in Hajin, 4 detained": the line's label files it; Hajin places it
    if after.startswith(("'s", "’s")):
        return True  # "Mardin's Nusaybin district", "the Kurdistan Region's interior ministry": whose, not where
    if ORGANISATION_AFTER.match(after):
        return True  # "a member of the Deir ez-Zor Civil Council ... in Al-Busayrah", "the Kirkuk agriculture directorate said"
    if TELLER_IN.search(before) or (FORCE_IN.search(before) and AREA_AFTER.match(" " + mention.anchor.split()[-1] + after)) or (before.rstrip().lower().endswith("the") and EVENT_NAMED_AFTER.match(after)):
        return True
    previous = [m for m, _, _ in items if m.end <= mention.start]
    if not previous:
        return False
    gap = text[previous[-1].end:mention.start]
    bracketed = gap.strip() == "("
    return bool(LOCATING_GAP.fullmatch(gap)) and (mention.relation is not None or bracketed)


def places_by_role(sentence: Sentence, found: list[tuple[geo.PlaceMention, Place]]) -> tuple[Place | None, list[Place]]:
    """For convoys and totals: where they came from, and where they went."""
    origin, destinations = None, []
    for mention, place in found:
        words = _governing_words(sentence, mention)[:3]
        if "from" in words and origin is None:
            origin = place
        elif place.precision is not GeoPrecision.COUNTRY:
            destinations.append(place)
    return origin, destinations
