"""Actors in a sentence: found by the dictionary, given roles by the parse."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep import geo
from sitrep.extract.classify import is_trigger_word
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.nlp import Sentence
from sitrep.vocabulary import ActorEntry, load_actors
from sitrep.model import Actor, ActorRole, EventActor

PARTNER_WORDS = {"with", "alongside", "accompanied", "escorted", "backed", "supported", "coordination", "cooperation", "jointly", "joint"}
TARGET_PREPS = {"on", "targeting", "at", "upon", "near"}
INITIATOR_PREPS = {"from", "by"}
# Verbs whose object or passive subject is on the receiving end of the event.
TARGETING_VERBS = {
    "target", "hit", "strike", "attack", "intercept", "ambush", "arrest", "detain", "capture", "kill", "injure",
    "wound", "abduct", "kidnap", "shell", "bomb", "storm", "raid", "besiege", "assassinate", "execute", "shoot",
    "pelt", "stone", "wound", "assault", "bombard", "apprehend", "seize", "harass", "threaten", "block", "stop",
    "down", "destroy", "disperse", "repel", "repulse", "expel", "oust", "evict", "neutralise", "neutralize",
}
TARGETING_NOUNS = {
    "killing", "arrest", "detention", "abduction", "kidnapping", "assassination", "targeting", "bombing", "shelling",
    "execution", "death", "injury", "capture", "massacre",
}
WEAPON_NOUNS = {"rocket", "missile", "shell", "drone", "device", "bomb", "mine", "grenade", "mortar", "ied", "jet", "warplane", "helicopter"}
EVENT_NOUNS = {"massacre", "attack", "strike", "bombing", "shelling", "raid", "operation", "killing", "assault", "ambush", "airstrike", "abduction", "campaign"}
PLACE_NOUNS = {"area", "region", "village", "town", "city", "territory", "zone", "part", "countryside", "camp", "base", "position", "barrack", "barracks", "field"}
PARTNER_BEFORE = (
    r"(?:\b(?:with|alongside|(?:accompanied|escorted|supported|backed|joined|assisted|advised|aided|helped) by|supporting|"
    r"(?:with|under)\s+(?:[\w-]+\s+){0,2}?(?:support|cover|backing|help)\s+(?:from|of)|with the participation of|"
    r"in (?:cooperation|coordination|partnership) with|jointly with|together with|brokered by|mediated by|in support of|(?:with|under) the (?:support|sponsorship|cover|backing|mediation) of|through the mediation of)|\bw/)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+(?:the\s+)?)?$"
)
# ", said to be an ISIS official," describes someone; it names no party to the event
ASIDE_RE = re.compile(r",\s+(?:said|believed|reportedly|who|which|aged|in (?:his|her|their)|known|described|among them|including)\b[^,]{0,120},", re.I)
OPPONENT_BEFORE = r"\b(?:clash\w*|fight\w*|battles?|skirmish\w*|fought)\s+with\s+(?:the\s+)?$"
# "according to residents", "local sources said": who reports is not a party
REPORTER_BEFORE = r"(?:\baccording to\s+(?:[\w-]+\s+){0,2}|\b(?:statement|report|communiqu[ée]|announcement)s?\s+(?:of|from|by|issued by)\s+(?:[\w-]+\s+){0,6}?|\b(?:source|sources|src)\s*:\s*(?:the\s+)?|\(\s*)$"
# "HTS said its fighters shelled ...", "Iraqi forces say they killed ...", "the army said on Saturday that its
# engineers had dismantled ...": the speaker acted
SELF_REPORT = (r"^\s+(?:said|says|say|stated|announced|confirmed|confirms)\s+(?:(?:on|this|last)\s+\w+\s+|yesterday\s+|today\s+)?(?:that\s+)?"
               r"(?:its|their|they\s+(?:had\s+|have\s+)?[a-z]+ed)\b")
# a party's office telling what the party's own forces did: "the Turkish defence ministry said on Wednesday that its
# forces had neutralised", "the SDF announced that their fighters"
OWN_FORCES_AFTER = (r"^\s+(?:(?:defen[cs]e|interior)\s+)?(?:ministry\s+|media\s+(?:office|centre|center)\s+)?"
                    r"(?:said|says|stated|announced|confirmed|confirms)\s+(?:[\w,]+\s+){0,3}?(?:that\s+)?(?:its|their)\s+"
                    r"(?:forces|troops|fighters|units|soldiers|aircraft|drones|warplanes|artillery|commandos)\b")
REPORTER_AFTER = (r"^\s+(?:and\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?)?"  # "residents and a Syrian security official said"
                  r"(?:of\s+the\s+(?:[A-Z][\w-]+\s+){1,4})?"  # "the Peshmerga Ministry of the Kurdistan Regional Government said"
                  r"(?:security\s+forces\s+|press\s+office\s+)?"  # "local Asayish security forces say"
                  r"(?:(?:at|on|near)\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?)?"  # "the Asayish at the closure told"
                  r"(?:(?:officials?|spokes(?:man|woman|person)|commanders?|sources?|media|statement|claim)\s+)?"
                  # "ISIS claimed the attack" names who did it; "the SDF claimed that ..." only tells it
                  r"(?:said|say|says|reported|told|tell|tells|stated|statement|sources?|media"
                  r"|claim(?:ed|s)?(?!\s+(?:responsibility|an?\s|the\s|two\s|three\s|four\s|\d))"
                  r"|described|describes|blamed|blames|accused|accuses|confirmed|confirms)\b")
TERRITORY_KINDS = {"territory_taken", "territory_regained", "territory_handover"}
MEETING_KINDS = {"visit_meeting", "agreement"}
# "US forces and fighters of the Syrian Free Army": two parties named together, whatever the parse says
# "the SDF and the Coalition", "SDF–Coalition", "SDF/Asayish": two parties named together, as one side
JOINED = r"(?:\s*(?:,|and|, and|or)\s+|\s*[/–—-]\s*)(?:(?:fighters|members|forces|units|troops|officers|elements)\s+of\s+)?(?:the\s+)?"
RECEIVING_KINDS = {"territory_handover", "agreement"}
VIOLENT_KINDS = {
    "missile_attack", "drone_strike", "airstrike", "ied", "suicide_bomb", "grenade", "armed_clash", "attack",
    "abduction", "arrest", "raid", "airdrop", "violent_demonstration", "mob_violence", "chemical_weapon",
    "sexual_violence", "force_against_protest", "protest_with_intervention", "property_destruction", "territory_taken",
}

# Kinds that harm the people they are done to
HARM_KINDS = {
    "missile_attack", "drone_strike", "airstrike", "ied", "suicide_bomb", "grenade", "attack", "abduction",
    "mob_violence", "chemical_weapon", "sexual_violence",
}
# Kinds that detain or take people: unnamed people held are civilians unless the text holds them for a crime
DETAINING_KINDS = {"arrest", "raid", "airdrop", "abduction"}
# "three men suspected of smuggling", "people wanted for ...": held for a crime, they are no civilians
HELD_FOR_A_CRIME_RE = re.compile(r"\b(?:suspect\w*|suspicion|wanted|accus\w+|smuggl\w+|charge[sd]?|convicted|kidnappers?"
                                 r"|members?|in\s+connection\s+with|involved\s+in|connected\s+(?:to|with)|linked\s+to"
                                 r"|over\s+the\s+(?:[\w']+\s+){0,2}?(?:attack|killing|bombing|shooting|assassination)"
                                 r"|(?:who\s+were|while)\s+(?:planting|planning|preparing))\b", re.I)


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    entry: ActorEntry

    def as_actor(self, text: str) -> Actor:
        written = text[self.start:self.end]
        if not self.entry.id:  # a generic party, kept as the text names it ("gunmen of a local faction": its owner first)
            return Actor(name=self.entry.name or written.lower(), actor_id=None, acled_inter=self.entry.acled_inter,
                         as_written=written)
        return Actor(name=self.entry.name, actor_id=self.entry.id, acled_inter=self.entry.acled_inter, as_written=written)


def dictionary_actor(actor_id: str) -> Actor:
    entry = load_actors()[actor_id]
    return Actor(name=entry.name, actor_id=entry.id, acled_inter=entry.acled_inter)


def _all_aliases(entry: ActorEntry) -> list[str]:
    """An actor's aliases, plus each of its adjectives before each weapon word ("Russian airstrike"), and after
    it as machine translation from Arabic leaves it ("the drone Turkish", "the occupation Turkish")."""
    weapons = load_lexicon().weapon_nouns
    postposed = [f"{noun} {adjective}" for adjective in entry.adjectives if adjective[0].isupper()
                 for noun in (*weapons, "occupation")]
    return list(entry.aliases) + [f"{adjective} {noun}" for adjective in entry.adjectives for noun in weapons] + postposed


@lru_cache(maxsize=1)
def _alias_patterns() -> list[tuple[re.Pattern, ActorEntry]]:
    return [(pattern, entry) for pattern, entry, _ in _alias_searches()]


@lru_cache(maxsize=1)
def _alias_searches() -> list[tuple[re.Pattern, ActorEntry, str]]:
    """Each alias's pattern, longest alias first, with a word any match of it contains (lower-cased): a text
    without that word is not searched with that pattern, which keeps thousands of alias searches cheap."""
    searches = []
    for entry in load_actors().values():
        for alias in dict.fromkeys(_all_aliases(entry)):
            # Upper-case short forms (IS, SDF, SAA) must match in capitals: "is" is not ISIS.
            flags = 0 if alias.isupper() and len(alias) <= 5 else re.IGNORECASE
            escaped = re.escape(alias).replace(r"\ ", r"[\s-]+")
            words = alias.split()
            if len(words) == 2 and words[1].lower() in AIRCRAFT_NOUNS:
                # "Iraqi F-16 jets", "a Turkish TB2 drone": the model named between the maker's adjective and the craft
                escaped = rf"{re.escape(words[0])}(?:[\s-]+{AIRCRAFT_MODEL})?[\s-]+{re.escape(words[1])}"
            # a currency is no party: "23,000 US dollars", "Syrian pounds", "Turkish liras"
            pattern = re.compile(rf"(?<![\w-]){escaped}(?:['’]s)?(?:(?=-(?:held|controlled|run)\b)|(?![\w-]))"
                                 rf"(?!\s+(?:dollars?|pounds?|liras?|dinars?)\b)", flags)
            searches.append((pattern, entry, max(alias.split(), key=len).lower(), len(alias)))
        for adjective in entry.adjectives:  # "government-held areas", "the Turkish-held side": whose ground it is
            held = re.compile(rf"(?<![\w-]){re.escape(adjective)}(?=-(?:held|controlled)\b)", re.IGNORECASE)
            searches.append((held, entry, max(adjective.split(), key=len).lower(), len(adjective)))
    searches.sort(key=lambda item: -item[3])
    return [(pattern, entry, needle) for pattern, entry, needle, _ in searches]


AIRCRAFT_NOUNS = {"drone", "drones", "warplanes", "jets", "helicopters", "aircraft", "airstrikes", "planes"}
AIRCRAFT_MODEL = r"(?:[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Za-z]?|Bayraktar|Akinci|Anka|Reaper|Apache|Sukhoi)"


BELONGING = r"\s+(?:believed to (?:belong|be linked) to|affiliated (?:to|with)|linked to|of|from|belonging to|loyal to)\s+(?:the\s+|an?\s+)?$"


def find_parties(text: str) -> list[ActorMention]:
    """Dictionary actors, plus generic parties ("unknown gunmen", "police") that stand on their own."""
    known = find_actors(text)
    found = list(known)
    for phrase, inter in sorted(load_lexicon().generic_actors.items(), key=lambda item: -len(item[0])):
        for match in re.finditer(rf"(?<![\w-])(?<!occupation ){re.escape(phrase)}(?![\w-])(?!\s+(?:station|stations|headquarters|building|vehicle|vehicles|car|cars|post|posts|checkpoint|chief|spokesman|officer)\b)", text, re.I):
            if any(match.start() < m.end and m.start < match.end() for m in found):
                continue
            if _attached_to_known(text, match.start(), match.end(), known):
                continue
            start = match.start()
            named = re.search(r"(?:^|\s)([A-Z][A-Za-z'’-]*[A-Z][A-Za-z'’-]*|[A-Z]{2,})\s+$", text[:start]) or _qualifier_before(text[:start])
            if named and not any(m.start <= named.start(1) < m.end for m in known):
                start = named.start(1)  # "PKK militants", "Kurdistan Region security forces": the name makes the party
            riding = RIDING_RE.match(text, match.end())  # "gunmen on a motorcycle": how they came is how they are known
            owner = OWNER_RE.match(text, match.end()) if phrase.lower() in OWNED_PHRASES else None
            end = riding.end() if riding else (owner.end() if owner else match.end())
            name = " ".join(text[start:match.start()].lower().split() + [phrase]) if start < match.start() else phrase
            name += " " + " ".join(riding.group(0).lower().split()) if riding else ""
            name = f"{_singular_owner(owner['owner'])} {name}" if owner and not riding else name
            entry = ActorEntry(id="", name=name, acled_inter=inter, aliases=(), member_of=None)
            found.append(ActorMention(start, end, entry))
    found = [m for m in found if m in known or not any(
        other is not m and other.start >= m.end and re.fullmatch(BELONGING[:-1], text[m.end:other.start]) for other in found)]
    for match in NAMED_UNIT_RE.finditer(text):
        if not any(match.start() < m.end and m.start < match.end() for m in found) and not geo.find_places(match.group()):
            entry = ActorEntry(id="", name=match.group().lower(), acled_inter=3, aliases=(), member_of=None)
            found.append(ActorMention(match.start(), match.end(), entry))
    return sorted(found, key=lambda m: m.start)


# Capitalised words that only open a sentence or count, never name a party: "Unknown gunmen", "Two gunmen"
NOT_QUALIFIERS = {"the", "a", "an", "unknown", "unidentified", "armed", "masked", "local", "several", "two", "three", "four",
                  "five", "some", "many", "other", "suspected", "alleged", "and", "but", "then", "when", "after", "as", "all",
                  "tonight", "today", "yesterday", "this", "last", "on", "in", "at", "by", "of", "from",
                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


QUALIFIER_RES = [re.compile(rf"(?:^|(?<=\s))((?:[Ll]ocal )?(?:[A-Z][a-z'’-]+ ){{{n}}})$") for n in (2, 1)]  # "local Druze armed groups"


def _qualifier_before(before: str) -> re.Match | None:
    """"Kurdistan Region security forces", "Bedouin tribal fighters": one or two capitalised words just before a
    generic party are part of its name, unless they are places or sentence openers."""
    for pattern in QUALIFIER_RES:  # two words, else one: "On 9 May Bedouin clan fighters" is Bedouin's
        match = pattern.search(before)
        if match is not None and not any(w.lower() in NOT_QUALIFIERS for w in match.group(1).split() if w != "local"):
            break
    else:
        return None
    words = re.sub(r"^[Ll]ocal ", "", match.group(1).strip())
    # a town's name is where the party is ("Raqqa security forces"); a region's government names it ("Kurdistan Region")
    return None if geo.find_places(words) and not words.endswith("Region") else match


# whose gunmen they are: "gunmen of the Bedouin clans", "armed men of a local clan", "gunmen of the Al-Shaitat" (named
# before the party: "bedouin clan gunmen", "local clan armed men", "al-shaitat gunmen")
OWNED_PHRASES = {"gunmen", "armed men"}
OWNER_RE = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<owner>(?:local\s+)?(?:[A-Z][\w'’-]+\s+){0,2}(?:clans?|tribes?|factions?|"
                      r"famil(?:y|ies))|Al-[A-Z][\w'’-]+(?:\s+(?:clan|tribe|family))?)\b")


def _singular_owner(owner: str) -> str:
    words = owner.lower().split()
    last = {"clans": "clan", "tribes": "tribe", "factions": "faction", "families": "family"}.get(words[-1], words[-1])
    return " ".join(words[:-1] + [last])


# "gunmen on a motorcycle", "in a car without plates", "in two pickup trucks", "armed men in military uniform"
RIDING_RE = re.compile(r"\s+(?:(?:on|in)\s+(?:a|an|two|three|their)\s+(?:[a-z-]+\s+)?(?:motorcycles?|motorbikes?|vans?|cars?|"
                       r"pickups?(?:\s+trucks?)?)(?:\s+without\s+(?:number\s+|licen[cs]e\s+)?plates)?|"
                       r"in\s+(?:military|army|black|civilian)\s+uniforms?)\b")
# Armed units named by their own capitalised name, kept as written: "the Sultan Murad Division", "Hamza Division".
NAMED_UNIT_RE = re.compile(r"(?<![\w-])(?:[A-Z][a-z'’-]+\s+){1,3}(?:Division|Brigade|Battalion|Regiment|Legion|Corps|Front)(?![\w-])")


def _attached_to_known(text: str, start: int, end: int, known: list[ActorMention]) -> bool:
    """"ISIS gunmen", "SDF fighters", "gunmen believed to belong to ISIS cells": the dictionary actor is the party."""
    for mention in known:
        if mention.end <= start and re.fullmatch(r"[\s'’s-]*", text[mention.end:start]):
            return True
        if mention.start >= end and re.fullmatch(BELONGING[:-1] + r"|\s+", text[end:mention.start]):
            return True
    return False


CHECKPOINT_OF_BEFORE = r"\b(?:checkpoints?|roadblocks?|barriers?)\s+(?:of|belonging to|manned by|run by|set up by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$"
OWNED_BY_BEFORE = r"\b(?:belonging to|owned by|run by|used by|affiliated (?:to|with))\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$"
HELD_RE = re.compile(r"-(?:held|controlled|run)\b", re.I)


def find_actors(text: str) -> list[ActorMention]:
    """Dictionary actors named in a text, longest alias first, without overlaps ("SDF-held" names the SDF)."""
    mentions: list[ActorMention] = []
    lowered = text.lower()
    for pattern, entry, needle in _alias_searches():
        if needle not in lowered:
            continue
        for match in pattern.finditer(text):
            end = match.end()
            if text[match.start():end].lower().endswith(("'s", "’s")):
                end -= 2
            if all(end <= m.start or match.start() >= m.end for m in mentions):
                mentions.append(ActorMention(match.start(), end, entry))
    mentions += _shared_nouns(text, mentions, patterns=_alias_patterns())
    return _without_parents(_one_of_a_pair(sorted(mentions, key=lambda m: m.start), text), text)


def _one_of_a_pair(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """"PKK/YPG terrorists", "the PKK/SDF militia": Turkish usage joins the PKK to the group it means in Syria,
    which is the party (refine.with_names_in_iraq turns it back into the PKK in Iraq)."""
    result = []
    for mention in mentions:
        if (result and result[-1].entry.id == "pkk" and mention.entry.id != "pkk"
                and re.fullmatch(r"\s*/\s*", text[result[-1].end:mention.start])):
            mention = ActorMention(result.pop().start, mention.end, mention.entry)  # written "PKK/YPG"
        result.append(mention)
    return result


SHARED_NOUN_RE = re.compile(r"\b([A-Z][a-z]+)\s+and\s+[A-Z][a-z]+\s+(troops|forces|soldiers|warplanes|jets|drones|military police)\b")


def _shared_nouns(text: str, found: list[ActorMention], patterns) -> list[ActorMention]:
    """"Russian and Turkish troops": the first adjective shares the noun ("Russian troops")."""
    extra = []
    for match in SHARED_NOUN_RE.finditer(text):
        if any(m.start <= match.start(1) < m.end for m in found):
            continue
        phrase = f"{match.group(1)} {match.group(2)}"
        for pattern, entry in patterns:
            if pattern.fullmatch(phrase):
                extra.append(ActorMention(match.start(1), match.end(1), entry))
                break
    return extra


def _without_parents(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """"counter-terrorism forces of the SDF" names one party, the unit, not the unit and the SDF."""
    dropped = {id(later) for earlier, later in zip(mentions, mentions[1:])
               if earlier.entry.member_of == later.entry.id and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[earlier.end:later.start])}
    return [m for m in mentions if id(m) not in dropped]


def governing_verb(token):
    """The verb a trigger word hangs from ("missiles were fired" -> fired), or the trigger itself."""
    current = token
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current if current.pos_ in {"VERB", "AUX"} else token


def _path_to_root(token) -> list:
    path = [token]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _side_clause(path: list, anchor) -> str | None:
    """Why an actor sits outside the event, if it does: in a relative clause, a purpose clause,
    or a description of a place or thing ("where SDF members were stationed", "a tunnel dug by HTS")."""
    for index, token in enumerate(path[1:], start=1):
        if token.i == anchor.i:
            return None
        if token.dep_ == "relcl":
            return "relative"
        if token.pos_ in {"VERB", "AUX"} and any(c.dep_ == "advmod" and c.lower_ in {"where", "whereby"} for c in token.children):
            return "relative"
        if token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return "purpose"  # "to discuss the situation with the Turkish-backed factions"
        if (token.dep_ == "advcl" and path[index - 1].dep_ == "nsubj"
                and any(c.dep_ == "mark" and c.lower_ in {"after", "before", "since", "until"} for c in token.children)):
            return "temporal"  # "took over the checkpoints after SAA withdrew": the SAA did not take them
        if token.dep_ == "acl" and token.head.lemma_.lower() in PLACE_NOUNS and not _under(token.head, "from"):
            return "place"  # "areas controlled by SDF" describes the place ("fired from areas held by" does not)
        if (token.dep_ == "acl" and _has_agent(token) and not _under(token.head, "from")
                and token.head.lemma_.lower() not in EVENT_NOUNS | WEAPON_NOUNS and not is_trigger_word(token.head)):
            return "thing"  # "a tunnel dug by HTS": who dug it is no party to its destruction
    return None


def _under(token, preposition: str) -> bool:
    head = token
    while head.dep_ == "pobj" or head.dep_ == "prep":
        if head.dep_ == "prep" and head.lower_ == preposition:
            return True
        head = head.head
    return False


def _object_by_position(token, anchor) -> bool:
    """True when the actor stands right after a targeting verb, with only determiners and modifiers between."""
    if anchor.lemma_.lower() not in TARGETING_VERBS or not 0 < token.i - anchor.i <= 4:
        return False
    between = token.doc[anchor.i + 1:token.i]
    return all(t.pos_ in {"DET", "ADJ", "NUM", "PROPN", "NOUN", "ADV"} and t.dep_ != "nsubj" for t in between)


def _phrase_head(token):
    """The noun a name belongs to: "fighters of the Syrian Free Army" -> fighters."""
    while token is not None and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head.head
    return token


def _head_token(sentence: Sentence, mention: ActorMention):
    tokens = sentence.tokens_in(mention.start, mention.end)
    return min(tokens, key=lambda t: len(list(t.ancestors))) if tokens else None


# Participles after a party's noun that do not make it the one acted on: "SDF forces, backed by the Coalition",
# "an HTS infiltration attempt repelled by the SAA" (the attempt was HTS's own).
NOT_DONE_TO = {"back", "support", "escort", "accompany", "assist", "lead", "command", "arm", "train", "fund", "repel",
               "repulse", "foil", "thwart", "claim", "carry", "launch", "conduct", "fire", "advise", "aid", "help"}


def role_of(sentence: Sentence, mention: ActorMention, anchor, kind: str) -> ActorRole | None:
    """The actor's role in the event whose verb is `anchor`, or None when it is only mentioned in passing."""
    tokens = sentence.tokens_in(mention.start, mention.end)
    if not tokens:
        return None
    head = min(tokens, key=lambda t: len(list(t.ancestors)))
    before = sentence.text[max(0, mention.start - 50):mention.start].lower()
    after = sentence.text[mention.end:mention.end + 60]
    if re.search(REPORTER_BEFORE, before) or (re.match(REPORTER_AFTER, after) and not re.match(SELF_REPORT, after)):
        return None
    if re.match(OWN_FORCES_AFTER, sentence.text[mention.end:mention.end + 90]):
        return ActorRole.INITIATOR  # "The Turkish defence ministry said on Wednesday that its forces had neutralised ..."
    if ACTOR_CELL_BEFORE.search(sentence.text[:mention.start]) and ACTOR_CELL_AFTER.match(sentence.text[mention.end:]):
        return ActorRole.INITIATOR  # a log's actor column: "Search campaign, 6 men detained    General Security    0/0"
    held = HELD_RE.match(sentence.text[mention.end:mention.end + 12])
    if held:
        # "SDF-held Tal Rifaat was shelled": the holder of a named place hit is the target;
        # "in SDF-held areas" only says whose ground it is
        named_place = re.match(r"\s+[A-Z]", sentence.text[mention.end + held.end():])
        if kind in VIOLENT_KINDS and re.search(r"\bfrom\s+(?:the\s+)?$", before):
            return ActorRole.INITIATOR  # "shells fired from government-held areas": whose ground they came from
        return ActorRole.TARGET if kind in VIOLENT_KINDS and named_place else None
    man = _man_of_the_group(head)
    if man is not head and kind in VIOLENT_KINDS and _harmed_by_clause(man):
        return ActorRole.TARGET  # "the Peshmerga fighter N. H., who was martyred in the explosion of a landmine"
    head = man
    path = _path_to_root(head)
    side = _side_clause(path, anchor)
    if kind in {"arrest", "raid", "airdrop", "abduction"} and (
            (head.i > anchor.i and re.match(r"^\s+(?:links|ties|affiliation|connections|suspects?|members?|cells?|operatives?)\b", sentence.text[mention.end:]))
            or re.search(r"\b(?:links|ties|belonging|affiliated|connected|dealing|collaborating|cooperating|working|spying)\s+"
                         r"(?:to|with|for)\s+(?:the\s+)?(?:former\s+)?$", before)):
        return ActorRole.TARGET  # "arrested six people, ISIS links alleged", "suspected of links to ISIS"
    if re.search(r"\b(?:attributed to|blamed on|blamed it on|claimed by|carried out by|blamed|accused|at the hands of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", before):
        return ActorRole.INITIATOR  # "a suicide bomber, whom security sources attributed to ISIS"
    if kind in {"arrest", "abduction"} and re.search(CHECKPOINT_OF_BEFORE, before):
        return ActorRole.INITIATOR  # "detained at a checkpoint of the Military Security": the checkpoint's men did it
    if kind in VIOLENT_KINDS and head.i > anchor.i and re.search(OWNED_BY_BEFORE, before):
        return ActorRole.TARGET  # "a car belonging to an HTS commander" was hit; HTS did not hit it
    if re.search(r"\bamong (?:them|the dead|the (?:wounded|injured|victims))\s+(?:\w+\s+){0,2}$", before):
        return ActorRole.TARGET  # "left three dead, among them a child"
    if kind in RECEIVING_KINDS and re.search(r"\bto\s+(?:the\s+)?$", before):
        return ActorRole.PARTNER  # "handed over the area to regime forces", however the parse went
    if re.search(OPPONENT_BEFORE, before) and kind in VIOLENT_KINDS | TERRITORY_KINDS:
        return ActorRole.TARGET  # "took three villages after heavy clashes with the SDF": the other side
    if re.search(PARTNER_BEFORE, before) and side != "purpose":
        return ActorRole.PARTNER
    if side or any(a.start() < mention.start < a.end() for a in ASIDE_RE.finditer(sentence.text)):
        return None
    if any(t.dep_ == "prep" and t.lower_ in {"following", "amid", "despite"} for t in path[1:]):
        return None  # "redeployed following reports of ISIS movement": ISIS is why, not who
    violent = kind in VIOLENT_KINDS
    owner_of = head.head if head.dep_ in {"compound", "poss", "amod"} else None
    if (owner_of is not None and (violent or kind == "disrupted_weapons")
            and any(c.dep_ == "acl" and c.lemma_.lower() not in NOT_DONE_TO and _has_agent(c) for c in owner_of.children)):
        return ActorRole.TARGET  # "1x SAA drone downed by HTS", "SAA convoy ambushed by ISIS cell": what was acted on
    if ((violent or kind == "disrupted_weapons") and head.dep_ in {"compound", "poss", "amod"}
            and head.head.lemma_.lower() in load_lexicon().property_nouns
            and _struck(head, head.head, anchor, before)):
        return ActorRole.TARGET  # "set fire to an SDF checkpoint": whose checkpoint it was
    if (violent and head.dep_ == "pobj" and head.head.lower_ == "of"
            and head.head.head.lemma_.lower() in load_lexicon().property_nouns | CONVOY_NOUNS
            and head.head.head.head.lower_ not in {"by", "from", "with"} and head.head.head.dep_ != "nsubj"
            and _struck(head, head.head.head, anchor, before)):
        return ActorRole.TARGET  # "exploded next to a logistics convoy of the Coalition": whose convoy it was
    if _object_by_position(head, anchor):
        return ActorRole.TARGET  # "struck an ISIS hideout", however the parser attached it
    for token in path:
        dep, parent = token.dep_, token.head
        if dep == "pobj" and parent.lower_ in PARTNER_WORDS:
            return ActorRole.PARTNER
        if dep == "pobj" and parent.lower_ == "of" and parent.head.lemma_.lower() in {"clear", "cleanse", "rid", "purge", "free"}:
            return ActorRole.TARGET  # "after clearing it of the terrorists"
        if dep == "pobj" and parent.lower_ == "from" and kind in TERRITORY_KINDS:
            return ActorRole.TARGET  # "took control of three villages from the SDF"
        if dep == "pobj" and (parent.dep_ == "agent" or parent.lower_ in INITIATOR_PREPS):
            return ActorRole.INITIATOR
        if dep == "pobj" and parent.lower_ == "between" and kind == "armed_clash":
            # "clashes between General Security and gunmen of a local group": the first named against the second
            return ActorRole.TARGET if head.dep_ == "conj" else ActorRole.INITIATOR
        if dep == "pobj" and parent.lower_ == "of" and parent.head.lemma_.lower() in TARGETING_NOUNS:
            return ActorRole.TARGET
        if dep == "pobj" and parent.lower_ == "against":
            return ActorRole.TARGET
        if dep == "pobj" and parent.lower_ == "to" and kind in RECEIVING_KINDS:
            return ActorRole.PARTNER  # "handed over the checkpoints to the 4th Division"
        if dep == "pobj" and parent.lower_ in TARGET_PREPS and violent:
            return ActorRole.TARGET
        if dep in {"dobj", "obj", "nsubjpass"} and parent.lemma_.lower() in TARGETING_VERBS:
            return ActorRole.TARGET
        if dep in {"dobj", "obj"} and (parent.i == anchor.i or parent.lemma_.lower() in {"meet", "visit", "receive"}) and kind in MEETING_KINDS:
            return ActorRole.PARTNER  # "officers met tribal notables": the other side of the table
        if dep == "nsubj" and parent.lemma_.lower() == "come" and re.search(r"\bcame under|\bcome under|\bcomes under", sentence.text, re.I):
            return ActorRole.TARGET  # "SDF positions came under fire"
        if dep == "nsubjpass" and not violent:
            return ActorRole.INITIATOR
        if dep == "nsubj" and (violent or kind == "disrupted_weapons") and _has_agent(parent) \
                and parent.lemma_.lower() not in NOT_DONE_TO:
            return ActorRole.TARGET  # "SAA convoy ambushed by ISIS cell": a passive without its auxiliary
        if dep == "nsubj" and _reduced_relative_done_to(parent):
            return ActorRole.TARGET  # "2 terrorists detected in the region were neutralised", parsed as "terrorists detected"
        if dep in {"nsubj", "csubj"}:
            return ActorRole.INITIATOR
        if token.i == anchor.i:
            break
    return ActorRole.INITIATOR


# What one man of a group is called: "a Peshmerga officer", "YBS member", "an SDF commander"
GROUP_MEN = {"fighter", "member", "soldier", "officer", "commander", "leader", "element", "militant",
             "policeman", "guard"}
HARM_PARTICIPLES = {"kill", "martyr", "wound", "injure", "shoot", "assassinate", "abduct", "kidnap"}


def _man_of_the_group(head):
    """The man a group's name goes with ("the car of a Peshmerga officer": the officer), whose place in the
    sentence is the group's place in the event; the name itself is only a modifier of him."""
    if head.dep_ in {"compound", "amod", "nmod"} and head.head.lemma_.lower() in GROUP_MEN:
        man = head.head
        return man.head if man.dep_ == "compound" and man.head.pos_ == "PROPN" else man  # "fighter N. H."
    return head


def _harmed_by_clause(head) -> bool:
    """"the fighter, who was martyred in the explosion", "a member killed in the strike": a clause on the man
    that says he was harmed."""
    return any(
        c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in HARM_PARTICIPLES and c.tag_ == "VBN" for c in head.children)


SIGHTING_VERBS = {"detect", "spot", "locate", "identify", "observe", "monitor", "see", "find", "discover"}


def _reduced_relative_done_to(verb) -> bool:
    """A participle without its auxiliary whose conjoined passive verb acts on the same noun: "terrorists detected
    in X were neutralised", which the parser reads as the terrorists detecting."""
    return verb.lemma_.lower() in SIGHTING_VERBS and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and any(
        c.dep_ == "conj" and c.lemma_.lower() in TARGETING_VERBS and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children)


def _struck(owner, thing, anchor, before: str) -> bool:
    """Whether the thing an owner's name goes with was struck: named after the event's word, or named before it
    ("| The American occupation base at Ain al-Asad | 2 drones | Direct hit |", a strike tally's row) when the thing
    is no sentence's subject and nothing was fired from it. A thing the act came from is not struck ("killed by an
    ISIS cell", "gunfire from an SDF patrol")."""
    if thing.dep_ == "pobj" and thing.head.lower_ in {"by", "from", "with"}:
        return False
    if owner.i > anchor.i:
        return True
    return (thing.i < anchor.i and thing.dep_ not in {"nsubj", "csubj"}
            and not re.search(r"\bfrom\s+(?:[\w-]+\s+){0,3}$", before))


def event_actors(sentence: Sentence, mentions: list[ActorMention], trigger, kind: str,
                 victims: set[str] = frozenset()) -> list[EventActor]:
    """Roles for the actors of one sentence; one entry per actor and role.

    `victims` are actor ids the sentence counts as killed, injured or arrested:
    whatever the parse says, they are on the receiving end.
    """
    result: list[EventActor] = []
    seen: set[tuple[str, ActorRole]] = set()
    roles: dict[int, ActorRole | None] = {}
    previous: tuple[ActorMention, ActorRole | None] | None = None
    for mention in mentions:
        role = role_of(sentence, mention, governing_verb(trigger), kind)
        head = _head_token(sentence, mention)
        # "killing three militants, the Security Media Cell said": a comma before the one who tells it joins nothing
        speaks = re.match(REPORTER_AFTER, sentence.text[mention.end:mention.end + 60]) is not None
        joined = (previous is not None and not speaks
                  and re.fullmatch(JOINED, sentence.text[previous[0].end:mention.start]))
        if joined:
            role = previous[1]
            if role is ActorRole.INITIATOR and kind != "armed_clash":
                role = ActorRole.PARTNER
        elif (head := _phrase_head(head)) is not None and head.dep_ == "conj" and head.head.i in roles:
            # "by the SDF and the Coalition": the first named leads, the other is its partner;
            # "against the Coalition and the SDF": both are targets
            role = roles[head.head.i]
            if role is ActorRole.INITIATOR and kind != "armed_clash":
                role = ActorRole.PARTNER
        if head is not None:
            roles[head.i] = role
        previous = (mention, role)
        if (mention.entry.id or mention.entry.name) in victims:
            role = ActorRole.TARGET
        key = (mention.entry.id or mention.entry.name, role)  # two unnamed parties are two parties
        if role is None or key in seen:
            continue
        seen.add(key)
        result.append(EventActor(actor=mention.as_actor(sentence.text), role=role))
    return result



OBJECT_DEPS = {"dobj", "obj", "nsubjpass"}
NOMINAL_HARM = {"killing", "murder", "assassination", "abduction", "kidnapping", "arrest", "detention", "shooting"}
CASUALTY_VERBS = {"kill", "wound", "injure", "maim"}
QUALIFIER_WORDS = {"at", "least", "some", "about", "nearly", "around", "approximately"}


def object_party(sentence: Sentence, trigger, kind: str = "attack") -> Actor | None:
    """Who an event was done to, as written, when the dictionary names nobody: the people it was done to
    ("shot dead a former rebel commander", "two media activists were abducted"), or, for violent kinds, the
    owner of the thing it was done to ("stormed the office of a local radio station")."""
    words = load_lexicon()
    anchor = governing_verb(trigger)
    objects = [c for c in anchor.children if c.dep_ in OBJECT_DEPS or (c.dep_ == "nsubj" and _has_agent(anchor))]
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in NOMINAL_HARM:
        # "documented the killing of a citizen and his son": a harm told as a noun has its victims after "of"
        objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if anchor.lemma_.lower() in BURSTING_VERBS:
        objects += [c for c in anchor.children if c.dep_ == "nsubj"]  # "a car belonging to a commander exploded"
    objects += _mishap_subjects(anchor)
    # "hit a fuel depot, killing a night watchman": who the casualty clause names
    objects += [g for c in anchor.children if c.dep_ in {"advcl", "conj"} and c.lemma_.lower() in CASUALTY_VERBS
                for g in c.children if g.dep_ in OBJECT_DEPS]
    # "raided a house and beat a family of five": a verb joined to the event's verb acts on people too
    joined = [g for c in anchor.children if c.dep_ == "conj" and c.pos_ == "VERB" for g in c.children if g.dep_ in OBJECT_DEPS]
    # "arrested from it five of the youth", "kidnapped three of the citizens": unnamed people the number counts
    counted = [g for c in objects if c.like_num or c.pos_ == "NUM" for p in c.children if p.dep_ == "prep"
               and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in words.civilian_nouns for g in counted) and unarmed_victims(kind, sentence.text):
        return dictionary_actor("civilians")
    for child in objects + joined:
        if (hometown := _travellers_from(child)) is not None:
            return hometown
        if child.lemma_.lower() in words.civilian_nouns and unarmed_victims(kind, sentence.text):
            return dictionary_actor("civilians")
        if child.lemma_.lower() in words.person_nouns:
            return _person(child, kind)
    if kind not in VIOLENT_KINDS:
        return None
    places = [g for h in [anchor, *objects] for c in h.children if c.dep_ == "prep" and (
              c.lower_ in {"at", "on", "near", "under"} or (c.lower_ == "to" and h.lemma_.lower() in {"set", "fire"}))
              for g in _prep_objects(c)]  # "opened fire on the car of ...", "set fire to a warehouse of ..."
    for child in objects + places:
        if child in places and child.lemma_.lower() in words.civilian_nouns and unarmed_victims(kind, sentence.text):
            return dictionary_actor("civilians")  # "opened fire on shepherds"
        if child.lemma_.lower() in words.property_nouns:
            owner = _owner(child)
            if owner is not None:
                return owner
        if (owner := _holder(child) or _belonging_to(anchor, child)) is not None:
            return owner
    return None


# what is taken or cut from a household: its owner, told after "from" or "in", is the target
HOLDINGS = {"tree", "sheep", "flock", "herd", "livestock", "cattle", "harvest", "crop", "olive", "goat", "cow"}


def _holder(thing) -> Actor | None:
    """Whose holding was taken or cut: "seized about 200 sheep from herders", "cut down 300 trees in the groves of
    14 displaced families"."""
    if thing.lemma_.lower() not in HOLDINGS | load_lexicon().property_nouns:
        return None
    for prep in (c for c in thing.head.children if thing.dep_ in OBJECT_DEPS and c.dep_ == "prep" and c.lower_ == "from"):
        for holder in _prep_objects(prep):
            if holder.lemma_.lower() in CIVILIAN_OWNERS | load_lexicon().civilian_nouns:
                return dictionary_actor("civilians")
    for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ in {"in", "from"}):
        for place in _prep_objects(prep):
            if place.lemma_.lower() in HOMESTEAD_NOUNS and (owner := _owner(place)) is not None:
                return owner
    return None


def _belonging_to(anchor, thing) -> Actor | None:
    """"occupied two houses in Bartella belonging to Christian families": the parser may hang "belonging" on the
    verb, not on the houses."""
    if thing.lemma_.lower() not in load_lexicon().property_nouns:
        return None
    for clause in (c for c in anchor.children if c.dep_ in {"advcl", "acl"} and c.lemma_.lower() in {"belong", "own"}):
        owners = [g for p in clause.children if p.dep_ in {"prep", "agent"} for g in _prep_objects(p)]
        if any(o.lemma_.lower() in CIVILIAN_OWNERS for o in owners):
            return dictionary_actor("civilians")
    return None


def _travellers_from(token) -> Actor | None:
    """"kidnapped two travellers from Sweida": travellers taken on the road for the town they come from are
    named with it, not counted as civilians at large."""
    if token.lemma_.lower() not in {"traveller", "traveler"}:
        return None
    town = re.match(r"\s+from\s+([A-Z][\w'’-]+)\b", token.doc.text[token.idx + len(token.text):])
    if town is None or not geo.find_places(town.group(1)):
        return None
    name = f"travellers from {town.group(1).lower()}"
    return Actor(name=name, as_written=name, acled_inter=7)


def _prep_objects(preposition) -> list:
    """What a preposition governs, including the doer of a clause after it: "opened fire on shepherds grazing
    their flocks" (the parser makes the shepherds the subject of "grazing")."""
    return [c for c in preposition.children if c.dep_ == "pobj"] + [
        g for c in preposition.children if c.dep_ == "pcomp" for g in c.children if g.dep_ == "nsubj"]


def _mishap_subjects(anchor) -> list:
    """Who set off what harmed them: "two shepherds stepped on a landmine", "a child picked up a submunition
    and it exploded" (the parser may hang the shepherds on "grazing", or the blast on a verb joined to "picked")."""
    verb = anchor.head if anchor.dep_ == "conj" and anchor.head.lemma_.lower() in MISHAP_VERBS else anchor
    if verb.lemma_.lower() not in MISHAP_VERBS:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects + [g for c in verb.children if c.dep_ == "csubj" for g in c.children if g.dep_ == "nsubj"]


def unarmed_victims(kind: str, text: str) -> bool:
    """Whether people named only by age, sex or kin ("a young man", "14 people") are civilians in this event:
    when it harms them, or detains them for no crime the text gives."""
    return kind in HARM_KINDS or (kind in DETAINING_KINDS and not HELD_FOR_A_CRIME_RE.search(text))


# a cell of a table whose columns are runs of spaces, holding nothing but the party
ACTOR_CELL_BEFORE = re.compile(r"\S {3,}$")
ACTOR_CELL_AFTER = re.compile(r" {3,}\S| *$")
CONVOY_NOUNS = {"convoy", "column", "patrol", "vehicles", "trucks", "cars"}
# Verbs whose subject set off what harmed them: "two shepherds stepped on a landmine", "a boy picked up a shell"
MISHAP_VERBS = {"step", "tread", "pick", "touch", "handle", "play", "ride", "drive", "run"}
# Verbs whose subject is the thing blown up: what exploded was the target's
BURSTING_VERBS = {"explode", "detonate", "blow", "burn", "catch"}


FOOTNOTE_END_RE = re.compile(r"(?:\[\d+\]|\(\d+\)|[.,;:])+$")


def casualty_party(casualties, kind: str = "attack", text: str = "") -> Actor | None:
    """The victims a toll names, as written, when they are people of no dictionary group: "2x truffle collectors KIA"."""
    lexicon = load_lexicon()
    nouns = lexicon.person_nouns
    for casualty in casualties:
        group = FOOTNOTE_END_RE.sub("", (casualty.group or "").strip())  # "two men.[3]"
        words = group.split()
        if (_names_unnamed_people(words) or group == "civilians") and unarmed_victims(kind, text):
            # "two brothers herding goats were killed by a landmine", "a young man arrested at a checkpoint",
            # "killing at least four people" (a toll of people is counted as civilians)
            return dictionary_actor("civilians")
        if not words or load_actors().get(group) or not 1 <= len(words) <= 4:
            continue
        last = words[-1]
        if last in nouns or last.rstrip("s") in nouns or _singular(last) in nouns:
            person = Actor(name=group, as_written=group, acled_inter=7)
            return drivers_by_vehicle(person, text, kind) if _singular(last) == "driver" else person
    return None


# What a group's own men are called in a toll: "one fighter was killed", "two members wounded", "3 soldiers"
OWN_MEN = {"fighter", "member", "soldier", "officer", "guard", "driver", "element", "personnel", "troop", "crew"}
RIDDEN_NOUNS = {"vehicle", "car", "pickup", "truck", "humvee", "patrol", "convoy", "post", "position", "checkpoint", "tank"}


def names_own_men(words: str) -> bool:
    """Whether words name men by their calling alone: "fighter", "two members"."""
    return bool(words.split()) and _singular(words.split()[-1]) in OWN_MEN


def owner_of_the_men(sentence: Sentence, mentions: list[ActorMention], casualties) -> Actor | None:
    """The one dictionary group whose vehicle or post the sentence names ("a Deir Ezzor Military Council vehicle",
    "a car of the SDF"), when every group its tolls name is men by their calling alone."""
    groups = [g for c in casualties if (g := FOOTNOTE_END_RE.sub("", (c.group or "").strip().lower()))]
    if not groups or not all(names_own_men(g) for g in groups):
        return None
    owners = set()
    for mention in mentions:
        head = _head_token(sentence, mention)
        if head is None or not mention.entry.id:
            continue
        thing = head.head if head.dep_ in {"compound", "poss", "amod"} else (
            head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None)
        if thing is not None and thing.lemma_.lower() in RIDDEN_NOUNS:
            owners.add(mention.entry.id)
    return dictionary_actor(owners.pop()) if len(owners) == 1 else None


def _names_unnamed_people(words: list[str]) -> bool:
    """Whether words name people only by age, sex, kin or a civilian calling ("two young men", "a shepherd")."""
    return bool(words) and bool({_singular(words[0]), _singular(words[-1])} & load_lexicon().civilian_nouns)


def civilian_or_person(words: str, kind: str) -> Actor | None:
    """People a record's field names as written ("2 travellers", "trader of the sheep"): civilians when unnamed
    and unarmed in this kind of event, the people as written when a person noun names them, else None ("vehicle")."""
    lexicon = load_lexicon()
    lowered = words.lower().split()
    if not lowered:
        return None
    if _names_unnamed_people(lowered) and unarmed_victims(kind, words):
        return dictionary_actor("civilians")
    if any(_singular(w) in lexicon.person_nouns or w in lexicon.person_nouns for w in lowered):
        return Actor(name=" ".join(lowered), as_written=words, acled_inter=7)
    return None


def by_adjective(word: str) -> Actor | None:
    for entry in load_actors().values():
        if word in entry.adjectives:
            return dictionary_actor(entry.id)
    return None


def _singular(word: str) -> str:
    irregular = {"men": "man", "women": "woman", "children": "child", "people": "person", "brethren": "brother"}
    if word in irregular:
        return irregular[word]
    if word.endswith("men") and word[:-3] + "man" != word:
        return word[:-3] + "man"  # "fishermen"
    if word.endswith("ies"):
        return word[:-3] + "y"  # "deputies" -> "deputy"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def owner_of_the_victims(actors: list[EventActor], casualties) -> list[EventActor]:
    """"went off as a General Security patrol was passing, wounding three of its members": the group whose
    members the toll counts is the target, even where the parse made it the actor."""
    if not any((c.group or "").lower().startswith(("its ", "their ")) for c in casualties):
        return actors
    named = [a for a in actors if a.actor.actor_id and a.role is not ActorRole.PARTNER]
    if len(named) != 1:
        return actors
    return [EventActor(actor=a.actor, role=ActorRole.TARGET) if a is named[0] else a for a in actors]


def _has_agent(verb) -> bool:
    """"market trader shot dead by masked men": a passive told without its auxiliary, as logs do."""
    return any(c.dep_ == "agent" for c in verb.children)


def _person(token, kind: str | None = None) -> Actor | None:
    """"a member of a local reconciliation committee" names the committee; "a pharmacist" the pharmacist."""
    group = next((g for g in token.children if g.dep_ == "prep" and g.lower_ == "of"), None)
    head = next((g for g in group.children if g.dep_ == "pobj"), None) if group is not None else None
    if head is None or token.lemma_.lower() not in ROLE_IN_GROUP:
        return _with_vehicle(_as_written(token), token, kind)
    if head.pos_ == "PROPN":  # "a commander of Jaysh al-Islam" is Jaysh al-Islam's
        start = next(t for t in head.subtree if t.dep_ != "det").idx  # "the 8th Brigade"
        match = CAPITALISED_NAME_RE.match(head.doc.text, start)
        name = match.group(0) if match else head.text
        if 1 <= len(name.split()) <= 4 and not find_actors(name):
            if token.i > 0 and token.doc[token.i - 1].lower_ == "former":
                # "a former member of the 8th Brigade" is no longer the brigade's: "former 8th brigade member"
                name = f"former {name} {token.lower_}"
            return Actor(name=name.lower(), as_written=name, acled_inter=7)
    if token.lower_ == "member" and head.lemma_.lower() == "council" and (council := _as_written(head)) is not None:
        # "a member of the local council" is a local council member, not the council
        return Actor(name=f"{council.name} member", as_written=f"{council.name} member", acled_inter=7)
    return _as_written(head if token.lemma_.lower() == "member" else token)


# "struck a fuel tanker ..., killing the driver": the driver is named by what he drove
VEHICLE_RE = re.compile(r"\b(combine harvesters?|water trucks?|fuel tankers?|tanker trucks?|tankers?|trucks?|lorr(?:y|ies)"
                        r"|minibus(?:es)?|bus(?:es)?|taxis?|ambulances?|tractors?)\b", re.I)
VEHICLE_NAMES = {"fuel tanker": "tanker truck", "tanker": "tanker truck", "lorry": "truck", "minibus": "bus"}
# a car or vehicle no one is said to own: whoever drove it was a civilian
PRIVATE_CAR_RE = re.compile(r"\b(?:car|vehicle|motorcycle|motorbike|pickup)\b", re.I)


def _with_vehicle(person: Actor | None, token, kind: str | None = None) -> Actor | None:
    """A bare "driver" named as the annotators name him: as the person his apposition says he was ("its driver,
    a former rebel commander"), by the vehicle the sentence names ("tanker truck driver"; a convoy's "truck
    drivers"), or, harmed in a car of no one named, a civilian."""
    if person is None or _singular(person.name) != "driver":
        return person
    if token.head.lemma_.lower() in {"order", "force", "tell", "make"}:
        return None  # "ordered the driver out and set the truck on fire": the truck's owner was the target
    apposition = APPOSITION_RE.match(token.doc.text, token.idx + len(token.text))
    if apposition and _singular(apposition["head"].lower()) in load_lexicon().person_nouns:
        return Actor(name=apposition["words"].lower(), as_written=apposition["words"], acled_inter=7)
    return drivers_by_vehicle(person, token.sent.text, kind)


# "killing its driver, a former rebel commander, the official said": who the driver was, told after a comma (the
# parser rarely makes it an apposition); one word alone ("a trader") says no more than that he was a civilian
APPOSITION_RE = re.compile(r",\s+(?:an?|the)\s+(?P<words>(?:[\w'-]+\s+){1,3}(?P<head>[\w'-]+))(?=\s*[,;.]|$)")


def drivers_by_vehicle(person: Actor, text: str, kind: str | None) -> Actor:
    """"driver" named by the one kind of vehicle `text` names: one driver of a truck is a "truck driver", a
    convoy's drivers, or drivers of trucks, are "truck drivers" however many were hit."""
    vehicle = VEHICLE_RE.search(text)
    if vehicle is None:
        harmed = kind in HARM_KINDS and PRIVATE_CAR_RE.search(text)
        return dictionary_actor("civilians") if harmed else person
    written = vehicle.group(1).lower()
    several = person.name.endswith("s") or "convoy" in text.lower() or written.endswith("s")
    if several:
        name = f"{_singular_vehicle(written)} drivers"
    else:
        name = f"{VEHICLE_NAMES.get(written, written)} driver"
    return Actor(name=name, as_written=name, acled_inter=7)


def _singular_vehicle(words: str) -> str:
    """"tanker trucks" -> "tanker truck", "lorries" -> "truck", "buses" -> "bus"."""
    last = words.split()[-1]
    single = {"lorries": "truck", "lorry": "truck", "buses": "bus", "minibuses": "bus", "minibus": "bus"}.get(last)
    single = single or (last[:-1] if last.endswith("s") else last)
    return " ".join([*words.split()[:-1], single])


CAPITALISED_NAME_RE = re.compile(r"[A-Z0-9][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+))*")
ROLE_IN_GROUP = {"member", "commander", "leader", "official", "head", "chief", "spokesman"}


def _owner(thing) -> Actor | None:
    """Whose the thing is: "the office of a radio station", "a car belonging to a commander", "a Baath Party office"."""
    words = load_lexicon()
    candidates = [c for c in thing.children if c.dep_ == "poss"]
    for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"):
        candidates += [g for g in prep.children if g.dep_ == "pobj"]
    for acl in (c for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() in {"belong", "own", "run", "use"}):
        candidates += [g for p in acl.children if p.dep_ in {"prep", "agent"} for g in p.children if g.dep_ == "pobj"]
    if thing.lemma_.lower() not in NAMED_SITES:
        candidates += [c for c in thing.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for owner in candidates:
        name = _proper_name(owner)
        if name and name.lower() not in words.organisation_nouns | {"un"}:
            return Actor(name=name.lower(), as_written=name, acled_inter=7)
        if owner.lemma_.lower() in CIVILIAN_OWNERS:
            return dictionary_actor("civilians")  # "olive groves belonging to displaced Kurdish families"
        if owner.lower_ == "my" or owner.lemma_.lower() in words.kin_nouns | {"client"} or (
                owner.lower_ == "our" and thing.lemma_.lower() in HOMESTEAD_NOUNS):
            return dictionary_actor("civilians")  # a witness's own: "my house", "our orchards", "our client's house"
        if owner.lemma_.lower() in words.person_nouns:
            return _person(owner)  # "the house of a member of the Raqqa Civil Council": the council's
        if owner.lemma_.lower() in words.organisation_nouns:
            return _as_written(owner)
    return None


# sites whose capitalised word is their own name, not their owner's: "the Harir base", "the Ain al-Asad base"
NAMED_SITES = {"base", "airbase", "airport", "field"}
# a household's things: "our" before them is a witness's, not a force's ("our checkpoint", "our positions")
HOMESTEAD_NOUNS = {"house", "home", "orchard", "grove", "field", "farm", "land", "shop", "tent", "car", "flock", "crop"}
# owners of homes, groves and land who are civilians whatever else is said of them (a "young man" may be a fighter)
CIVILIAN_OWNERS = {"family", "villager", "farmer", "resident", "refugee", "shepherd", "citizen"}


def _proper_name(token) -> str:
    """The capitalised words naming an organisation: "Baath Party" in "a Baath Party official"."""
    if token.pos_ != "PROPN":
        token = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if token is None:
            return ""
    words = [t for t in token.subtree if t.i <= token.i and t.pos_ == "PROPN" and t.dep_ in {"compound", "ROOT"} | {token.dep_}]
    name = " ".join(t.text for t in words)
    return "" if not name or find_actors(name) or geo.find_places(name) else name  # "the power station of Al-Qahtaniyah"


def _as_written(token) -> Actor | None:
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ not in {"det", "nummod", "poss", "predet", "punct", "case"}
             and not t.like_num and t.lower_ not in QUALIFIER_WORDS]
    name = " ".join(t.text.lower() for t in words).replace(" - ", "-").strip()
    size = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" and g.like_num]
    if size:
        name += f" of {size[0].text.lower()}"  # "a family of five"
    if name and len(name.split()) <= 4 and not find_actors(name):
        return Actor(name=name, as_written=name, acled_inter=7)
    return None


SUBJECT_DEPS = {"nsubj", "agent"}


RIDDEN_BY_ATTACKERS = {"motorcycle", "motorbike", "car", "pickup", "vehicle", "van"}


def _riding(head) -> str:
    """What men came on, which is how reports name them: "on a motorcycle", "in a white car"."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"on", "in"}):
        for ridden in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in RIDDEN_BY_ATTACKERS):
            return "".join(t.text_with_ws for t in prep.subtree if t.i <= ridden.i).strip().lower()
    return ""


# a month's name, which the parser may join to the noun after a date: "On 28 June two men ..." is not "june men"
MONTH_WORD_RE = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
                           r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?", re.I)


def subject_party(sentence: Sentence, trigger) -> Actor | None:
    """Who acted, as written, when the dictionary names nobody: "Peshmerga forces handed over three posts"."""
    heads = load_lexicon().group_heads
    anchor = governing_verb(trigger)
    candidates = [c for c in anchor.children if c.dep_ == "nsubj"]
    candidates += [g for c in anchor.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for head in candidates:
        lemma = head.lemma_.lower()
        if lemma not in heads:
            continue
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "poss", "predet", "punct"}
                 and not MONTH_WORD_RE.fullmatch(t.text) and (not t.like_num or re.fullmatch(r"\d+(?:st|nd|rd|th)", t.text))]
        name = "".join(t.text_with_ws for t in words).strip().lower()  # "pro-government militias", as written
        if len(name.split()) == 1 and (riding := _riding(head)) and not find_actors(f"{name} {riding}"):
            return Actor(name=f"{name} {riding}", as_written=f"{name} {riding}", acled_inter=heads[lemma])  # "two men on a motorcycle"
        if 2 <= len(name.split()) <= 4 and not find_actors(name):
            national = by_adjective(words[0].text)
            if national is not None:
                return national  # "Iraqi F-16 aircraft": the adjective names whose they are
            inter = 1 if {"army", "military", "government", "regime"} & set(name.split()) else heads[lemma]  # "army units"
            return Actor(name=name, as_written="".join(t.text_with_ws for t in words).strip(), acled_inter=inter)
    return None
