"""Counts and casualties in a sentence: "185 trucks", "arresting ten members of ISIS cells",
"left two fighters of anti-terrorism units dead and three others critically injured"."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract.actors import ASIDE_RE, find_actors
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.numbers import Number, find_numbers, parse_number
from sitrep.model import Casualty, CasualtyKind, Quantity



def _unit_for(word: str) -> str | None:
    units = load_lexicon().units
    lowered = word.lower()
    for candidate in (lowered, lowered[:-2] if lowered.endswith("es") else None, lowered[:-1] if lowered.endswith("s") else None):
        if candidate and candidate in units:
            return units[candidate]
    return None


def find_quantities(text: str) -> list[Quantity]:
    """Named counts, one per unit (the first stated wins): the first unit noun within
    four words after a number, unless a preposition or verb comes first."""
    found: dict[str, Quantity] = {}
    for number in find_numbers(text):
        if AGE_BEFORE_RE.search(text[max(0, number.start - 20):number.start]):
            continue  # "child, f, 9 | killed | UXO (mortar round)": an age, not nine shells
        # the words up to the next count or table cell: "2,380 | DZ: Tonight 2 mortar shells" counts no shells
        words = re.findall(r"[A-Za-z]+", NEXT_COUNT_OR_CELL_RE.split(text[number.end:number.end + 60], maxsplit=1)[0])[:5]
        for index, word in enumerate(words[:4]):
            unit = _unit_for(word)
            following = _unit_for(words[index + 1]) if index + 1 < len(words) else None
            if unit and following in {"strikes", "airstrikes", "raids", "attacks"}:
                unit = following  # "31 drone strikes" counts strikes, not drones
            if unit == "raids" and AIRCRAFT_RE.search(text):
                unit = "airstrikes"  # "warplanes carried out 56 air raids"
            if unit:
                found.setdefault(unit, Quantity(unit=unit, value=number.value, qualifier=number.qualifier))
                break
            if word.lower() in _STOP_WORDS:
                break
    return list(found.values())


# where the words that a count names end: a table's cell boundary, or a count of its own ("2 mortar", "(61 trucks)",
# not the calibre of "three 107mm rockets")
NEXT_COUNT_OR_CELL_RE = re.compile(r"\||(?<![\w.,])\d[\d,.]*(?![\w])")
# Words for aircraft: "raids" they carry out are air raids.
AIRCRAFT_RE = re.compile(r"\b(?:warplanes?|war planes?|jets?|aircraft|air raids?|bombers?)\b", re.I)
_STOP_WORDS = {"of", "and", "in", "on", "to", "from", "at", "were", "was", "had", "have", "by", "with", "for", "who", "which"}


def _casualty_regexes() -> list[tuple[re.Pattern, CasualtyKind, str]]:
    """(pattern, kind, order): 'num_first' puts the number before the casualty word, 'word_first' after."""
    regexes = []
    for kind_name, words in load_lexicon().casualty_words.items():
        alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
        kind = CasualtyKind(kind_name)
        regexes.append((re.compile(rf"\b(?:{alternatives})\b", re.I), kind, ""))
    return regexes


def _group_of(phrase: str, previous_group: str | None) -> str | None:
    actors = find_actors(phrase)
    if actors:
        return actors[-1].entry.id
    words = REGISTER_DETAILS_RE.sub("", phrase.strip().lower())  # "farmer, m, 45 |": the farmer
    if re.match(r"^(?:others?|more|other|another|second|third|fourth|fifth)\b", words) or not words:
        return previous_group
    if re.match(r"^(?:an?\s+|the\s+)?(?:(?!armed|masked|unknown|unidentified)[\w-]+\s+)?(?:young\s+|elderly\s+)?"
                r"(?:wom[ae]n|child(?:ren)?|girls?|boys?|civilians?|citizens?|residents?|villagers?|pupils?|students?|young m[ae]n|"
                r"passengers?|shepherds?|farmers?)\b", words):
        return "civilians"  # "a 14-year-old boy", "an Iraqi woman", "a young man", "a citizen and his son"
    words = re.sub(r"^(?:of\s+)?(?:the\s+)?(?:\d[\d,]*\s+)?", "", words)  # "of the 16 suspects": the suspects
    words = re.sub(r"^(?:members?|fighters?|elements?|personnel|officers?)\s+of\s+(?:the\s+)?", "", words)  # "members of the security forces"
    words = re.sub(r"\b(?:were|was|have been|has been|had been|are|is|critically|seriously|severely|lightly|also|others)\b", "", words)
    words = re.sub(r"\s+", " ", words).strip(" ,.;:!?")  # "wounding a soldier.": the sentence's stop is no part of him
    words = re.sub(r"\s+(?:in|from|of|near|at)\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?al-[\w'-]+$", "", words)  # "member in Al-Sanamayn"
    if words in {"them", "him", "her", "us", "it"}:
        return previous_group  # "wounding four of them": whoever was counted before, if anyone
    return words or previous_group


PERSON_NOUNS = (
    "suspect|civilian|man|woman|child|member|fighter|soldier|person|youth|shepherd|farmer|leader|commander|officer|"
    "militant|teenager|boy|girl|official|guard|worker|driver|resident|journalist|activist|policeman|figure|terrorist"
)
# Not kin, but named as kin are after "his" or "her": "killing him and his driver"
COMPANION_NOUNS = {"companion", "bodyguard", "escort", "driver"}
# the verbs that tell one named person's harm or detention: "my brother was wounded", "the guard was shot dead"
HARMED_VERB = r"(?:(?:was|has\s+been|had\s+been|got)\s+(?:(?!not\b|never\b)\w+\s+)?(?:killed|wounded|injured|hurt|detained|arrested|kidnapped|abducted|martyred|shot\s+dead)|died)\b"


# ... or told in a reduced relative: "the funeral of the shepherd killed by a landmine", "the guard wounded in the attack"
HARMED_BY = r"\s+(?:killed|wounded|injured|shot\s+dead)\s+(?:by|in|when|at|near|on)\b"


@lru_cache(maxsize=1)
def _single_person_re() -> re.Pattern:
    """One person, written without a number: "an SDF fighter was killed", "shot dead a pharmacist",
    "wounded a third", "wounding another", "killing him and his driver", "led to his death"."""
    lexicon = load_lexicon()
    people = set(PERSON_NOUNS.split("|")) | lexicon.person_nouns | (lexicon.civilian_nouns - NOT_ONE_PERSON)  # "a citizen"
    nouns = "|".join(sorted((re.escape(n) for n in people), key=len, reverse=True))
    kin = _alternation(lexicon.kin_nouns | COMPANION_NOUNS)
    return re.compile(
        rf"\b(?:(?:a|an)\s+(?:second|third|fourth|fifth|sixth)\b|the\s+other\b(?!\s+(?:side|party|parties|two|three|four|\d))|another\b(?!\s+(?:convoy|attack|raid|operation))|"
        rf"(?:a|an)\s+(?:(?!(?:an?|the|and|killed|killing|wounded|wounding|injured|injuring)\b)[\w'-]+\s+){{0,3}}?(?:{nouns})\b|"
        rf"(?<![\d\w]\s)(?<![\d\w])(?:{nouns})\b(?=\s+(?:was\s+)?(?:killed|wounded|injured|dead|hurt|detained|arrested|kidnapped|abducted)\b)|"
        # a witness's kin or a person the text has named before: "my uncle's son was killed", "the son of my cousin
        # died", "the driver was wounded in his leg", "my son Omar was wounded"
        rf"(?:\b(?:my|our|your)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:{kin})|\bthe\s+(?:(?!(?:two|three|four|five|other)\b)[a-z-]+\s+){{0,2}}?(?:{kin}|{nouns})|\b[Hh]e|\b[Ss]he)\b"
        rf"(?:\s+(?:of|in|on|at|from)\s+(?:my|our|the|a|his|her)\s+[\w-]+)?(?:\s+[A-Z][\w'-]+)?(?=\s+{HARMED_VERB}|{HARMED_BY})|"
        rf"(?:(?<=ing )|(?<=shot dead )|(?<=killed )|(?<=assassinated )|(?<=arrested )|(?<=detained ))(?:the|its|his|their|my|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns}|{kin})\b(?!\s+(?:of\b|and\b(?!\s+\w+ing\b)))|(?<=ing )(?:him\b|her\b(?!\s+(?:[a-z]+\s+)?(?:children|sons|daughters|brothers|sisters|relatives|\d+|two|three|four|five|six|seven)\b))|(?:his|her)\s+(?:[a-z]+\s+)?(?:{kin})\b|(?:his|her)(?=\s+(?:death|killing|injury)\b))",
        re.I,
    )


# a register's person cell, between pipes (or the commas a log line's pipes are read as), before its outcome cell
REGISTER_DETAILS_RE = re.compile(r",\s*(?:[mf],\s*)?(?:\d{1,3}|unknown identity)\s*[|,].*$")
REGISTER_PERSON_RE = re.compile(r"(?<=[|,])\s*((?:[a-z-]+\s+){0,2}[a-z-]+),\s*(?:[mf],\s*)?(?:\d{1,3}|unknown identity)\s*"
                                r"(?=[|,]\s*(?:killed|injured|dead|wounded)\b|\|)")
FAMILY_OF_RE = re.compile(r"\b(?:a|one)\s+family\s+of\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.I)
MEMBERED_GROUP_RE = re.compile(r"\b(?:an?\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:member|man|person)\s+(?:[\w-]+\s+)?"
                               r"(?:cell|group|gang|network|team|squad)\b", re.I)


# one person's death told by the verb's number alone: "ascended as a martyr", "fell as a martyr", "was martyred"
ONE_MARTYR_RE = re.compile(r"\b(ascended|fell|was)\s+(?:as\s+a\s+martyr|martyred)\b"
                           # "He ascended at dawn on Tuesday"
                           r"|\b(?-i:[Hh]e|[Ss]he)\s+ascended\b(?!\s+(?:the|to|a|an)\b)", re.I)
# one person named and then "ascended": "Corporal Ahmad Salem Al-Khalidi ascended while repelling" (not "the Syrian
# Democratic Forces ascended", not "Hussein Osman and Mustafa Hamo ascended")
NAMED_MARTYR_RE = re.compile(r"(?<![\w'’-])(?:al-|el-)?[A-Z][\w'’-]*[^\Ws]\s+ascended\b(?!\s+(?:the|to|a|an|as\s+martyrs)\b)")
NAMES_JOINED_RE = re.compile(r"(?:\band|,)\s+(?:[A-Z][\w'’-]*\s+){0,3}$")


def _single_persons(text: str, numbers: list[Number]) -> list[Number]:
    taken = [(n.start, n.end) for n in numbers]
    found = []
    for match in [*FAMILY_OF_RE.finditer(text), *MEMBERED_GROUP_RE.finditer(text)]:
        # "killed a family of three", "arrested a three-member cell": three people
        value = parse_number(match.group(1))
        if value:
            found.append(Number(value, None, match.start(), match.start() + 1))
            taken.append((match.start(), match.end()))
    for match in REGISTER_PERSON_RE.finditer(text):  # "| farmer, m, 45 | killed |": one person a register row
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(Number(1, None, match.start(1), match.start(1)))  # empty: the noun is the group
            taken.append((match.start(), match.end()))
    named = [m for m in NAMED_MARTYR_RE.finditer(text) if not NAMES_JOINED_RE.search(text[:m.start()])]
    for match in list(ONE_MARTYR_RE.finditer(text)) + named:  # "The fighter Rezan Ali ascended as a martyr", "was martyred"
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(Number(1, None, match.start(), match.start()))
            taken.append((match.start(), match.end()))
    for match in _single_person_re().finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(Number(1, None, match.start(), match.start() + len(match.group(0).split()[0])))
    return found


# A register's "shepherd, m, 34 | killed" or "boy, 12 | injured", "aged 34": the number is an age, not a toll
# "shepherd, 52, small burns", "a girl of 7 and her brother of 10"
AGED_NOUNS = (r"boy|girl|child|man|woman|teenager|son|daughter|brother|sister|mother|father|wife|husband|shepherd|herder|"
              r"farmer|driver|worker|labourer|laborer|trader|student|teacher|nurse|patient|client|guard|pupil")
AGE_BEFORE_RE = re.compile(rf"(?:\b[mfMF]\s*[,|]|\baged?:?|\b(?:{AGED_NOUNS}),|"
                           r"\b(?:boy|girl|child|son|daughter|brother|sister)\s+of)\s*$")


def _age_after_name(text: str, number) -> bool:
    """"Ibrahim Khalaf al-Hasan (19), from Raqqa, killed ...": a person's age in brackets or commas after the name."""
    before, after = text[max(0, number.start - 4):number.start], text[number.end:number.end + 1]
    return (bool(re.search(r"[A-Za-z.]\s*\($", before)) and after == ")") or (  # "Ibrahim al-Hasan (19)"
        bool(re.search(r"\b[A-Z]\.,\s*$", text[max(0, number.start - 6):number.start]))
        and re.match(r",\s*(?:of|from)\b", text[number.end:number.end + 8]) is not None) or (  # "Samer H., 19, of Al-Qurayya"
        bool(INITIALS_BEFORE_RE.search(text[max(0, number.start - 16):number.start])) and after in {",", " "})  # "(H. S.), 33, who"


# a person told by initials in brackets, before the age: "the farmer (M. Kh.), 60,"
INITIALS_BEFORE_RE = re.compile(r"\((?:[A-Z][a-z]{0,2}\.\s*){1,3}\)\s*,\s*$")


DESCRIBED_AS_RE = re.compile(r"[^,;]{0,30}?(?:,\s*)?\b(?:whom\s+[^,;]{0,60}?\b(?:described|identified|named|confirmed|listed)\s+as|who\s+(?:were|was))\s+(?:an?\s+)?"
                              r"(?:former\s+)?(?:(?:members?|fighters?|officials?|commanders?)\s+of\s+(?:the\s+)?)?([^.]{1,60})", re.I)


# a table row's number ("5 | 17/03/2026 | Tabqa | ..."): the row's place in the table, not a toll
ROW_NUMBER_RE = re.compile(r"\s*(?:No\.?\s*)?\d{1,4}\s*\|")


# the part before "of the" whole: the "14 of the " of "14 of the 16 suspects were apprehended"
PART_OF_WHOLE_RE = re.compile(r"\b\d{1,4}\s+of\s+(?:the|these|those)\s+$", re.I)
# a patient register's row: an entry number or time, the patient's sex and age, then the wound ("3 – 21:40 – M, 23 –
# gunshot wound abdomen – ...", "| 5 | 02:15 | M 29 | shrapnel both legs |", "21:10 – woman, 50, shrapnel ...")
PATIENT_ROW_RE = re.compile(
    r"^\W*(?:\d{1,3}\s*[–)|-]\s*)?(?:\d{1,2}[:.]\d{2}\s*[–|-]?\s*)"
    r"(?:[MF]|man|woman|boy|girl|male|female)\s*,?\s*(?:about\s+)?\d{1,2}\s*[,–|-]?\s*"
    r"(?:[^\n|–]{0,20}?\s)?(?:gunshot|shrapnel|fracture|burns?|bruises|stab|blast|wounds?)\b", re.I)
DEAD_PATIENT_RE = re.compile(r"\b(?:DOA|dead on arrival|died|body|bodies)\b", re.I)
# a clinic's case note: "Sinuni: shepherd, 52, small burns and fragment wounds to the face", "man, 34, gunshot wound"
CASE_NOTE_RE = re.compile(rf"\b(?:{AGED_NOUNS}),\s*(?:about\s+)?\d{{1,2}},\s*(?:[^.;|,]{{0,30}}?\s)?(?:gunshot|shrapnel|"
                          r"fragment|fracture|burns?|bruises|cuts?|stab|blast|bullet|wounds?)\b", re.I)


def patient_row_toll(text: str) -> list[Casualty]:
    """A patient register's row, or a clinic's case note, stands for one wounded person (one killed when it says
    the patient died)."""
    if not PATIENT_ROW_RE.match(text) and not CASE_NOTE_RE.search(text):
        return []
    kind = CasualtyKind.KILLED if DEAD_PATIENT_RE.search(text) else CasualtyKind.INJURED
    return [Casualty(kind=kind, count=1)]


# People taken from their homes or a checkpoint, told by a witness: "took four young men", "took my husband and his
# brother", "took my son Rezan", "took my nephew and another young man"
TAKEN_RE = re.compile(r"\b(?:took|taking|takes?)\s+(?:away\s+)?(?P<who>[^,;.:]{1,80})", re.I)
TAKEN_COUNT_RE = re.compile(r"(?P<number>[\w-]+)\s+(?:(?:young|more|other|elderly)\s+)?(?P<noun>[a-z]+)\b", re.I)
TAKEN_PEOPLE = {"men", "people", "persons", "brothers", "boys", "youths", "guys", "sons", "women", "residents",
                "villagers", "shepherds", "farmers", "teachers", "relatives", "cousins", "civilians"}
ONE_MORE_RE = re.compile(r"^\s+and\s+(?:his|her|their|my|our|another|a|an)\s+(?:young\s+)?[a-z-]+\b", re.I)


# ... or a stringer's passive: "SDF raid on two houses in Hajin at dawn 01/02, 3 young men taken" (not "taken to
# hospital", "taken ill", "taken part")
TAKEN_PASSIVE_RE = re.compile(r"\b(?P<number>[\w-]+)\s+(?:(?:young|more|other|elderly)\s+)?(?P<noun>[a-z]+)\s+(?:were\s+)?taken\b"
                              r"(?!\s+(?:to|into|ill|part|by\s+surprise|over|off|out|up)\b)", re.I)


def people_taken(text: str) -> int | None:
    """How many people a witness says were taken ("took three brothers"), None where the words take nothing countable."""
    for match in TAKEN_PASSIVE_RE.finditer(text):
        if match.group("noun").lower() in TAKEN_PEOPLE and (value := parse_number(match.group("number"))):
            return value
    for match in TAKEN_RE.finditer(text):
        who = match.group("who")
        counted = TAKEN_COUNT_RE.match(who)
        if counted and counted.group("noun").lower() in TAKEN_PEOPLE and (value := parse_number(counted.group("number"))):
            return value
        person = _taken_person_re().match(who)
        if person:
            return 1 + bool(ONE_MORE_RE.match(who[person.end():]))
    return None


@lru_cache(maxsize=1)
def _taken_person_re() -> re.Pattern:
    """One person a witness names by kin, with a name perhaps: "my son Rezan", "my husband's brother"."""
    kin = _alternation(load_lexicon().kin_nouns)
    return re.compile(rf"(?:my|our|his|her|their)\s+(?:[\w-]+['’]s\s+)?(?:{kin})\b(?:\s+[A-Z][\w'-]+)?")


def _alternation(words) -> str:
    """A regex alternation of the words, longest first so that "father-in-law" wins over "father"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# The verbs that hold one person: any of them in an arrest, raid or abduction; in other events only those that
# cannot mean a thing taken or a meeting held ("took the wounded man to hospital", "held a fighter's funeral")
ARREST_VERBS = r"arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing)|apprehend(?:ed|ing)|recaptured"
HOLDING_VERBS = ARREST_VERBS + r"|held|holding|kept|keeping|took|taking|caught|kidnapp(?:ed|ing)|abduct(?:ed|ing)|seiz(?:ed|ing)"
PASSIVE_HELD = r"arrested|detained|captured|apprehended|recaptured|held|kept|taken|caught|kidnapped|abducted|seized"
# a person named by title, the title being the only noun: "arrested colleague Berivan H.", "detained photographer Bilal H."
TITLED_NAME = r"(?:colleague|journalist|photographer|cameraman|reporter|activist|lawyer|teacher|doctor|Dr|Mr|Mrs|Ms|Sheikh)\.?\s+(?-i:[A-Z])[\w'’-]+"
NOT_ONE_PERSON = {"family", "people", "staff", "elderly", "figure"}


@lru_cache(maxsize=1)
def _held_nouns() -> frozenset[str]:
    """The nouns that name one person who may be held: roles, civilians, kin and suspects."""
    lexicon = load_lexicon()
    words = set(PERSON_NOUNS.split("|")) | lexicon.person_nouns | lexicon.civilian_nouns | lexicon.suspect_nouns | lexicon.kin_nouns
    return frozenset(words - NOT_ONE_PERSON)


@lru_cache(maxsize=2)
def _one_held_re(any_verb: bool) -> re.Pattern:
    """One person held, told without a number: "detaining an ISIS operative", "arrested in Duhok a man accused of",
    "held our partner's driver", "took my son", "the capture of an ISIS facilitator", "the wanted man was arrested"."""
    nouns = _alternation(_held_nouns())
    verbs = HOLDING_VERBS if any_verb else ARREST_VERBS
    one = (rf"(?:(?:a|an|one)\s+|(?:the|his|her|their|its|our|my|[\w-]+['’]s)\s+)(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\b(?!['’]s|-)")
    passive = PASSIVE_HELD if any_verb else ARREST_VERBS.replace("(?:ed|ing)", "ed")
    return re.compile(
        rf"\b(?:{verbs})\s+(?:(?:in|at|near)\s+(?:[\w'’-]+\s+){{1,6}}?(?=(?:a|an|the)\s))?(?:{one}|{TITLED_NAME}|(?:him|her|me|someone|somebody)\b)|"
        # the event told as a noun, not a protest at it: "resulted in the capture of an ISIS facilitator"
        rf"\b(?:resulted\s+in|led\s+to|ended\s+(?:in|with)|announced|reported|confirmed)\s+the\s+"
        rf"(?:capture|arrest|detention|abduction|kidnapping)\s+of\s+(?:{one}|{TITLED_NAME})|"
        rf"(?:^|(?<=[\s,;:]))(?:{one}|(?-i:[Hh]e|[Ss]he|I))(?:\s+\([^)]{{1,20}}\))?(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+(?:in|on|at|from)\s+(?:the|a|his|her)\s+[\w-]+)?"
        rf"\s+(?:was|has\s+been|had\s+been|got)\s+(?:(?!still\b|not\b|never\b)\w+\s+)?(?:{passive})\b",
        re.I,
    )


# the person held and those held with them: "the mukhtar of the village and his son", "my nephew and four other
# young people", "the station operator and a truck driver"
HELD_WITH_RE = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?\s+and\s+(?:(?P<count>\w+)\s+other\b|(?:his|her|their|a|an|the|one)\s+"
                          r"(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2}))", re.I)


# "detected four persons attempting to infiltrate ...; a force intercepted and arrested them": the people counted before
COUNTED_BEFORE_RE = re.compile(r"\b(?P<count>\w+)\s+(?:persons|people|men|suspects|smugglers|infiltrators|youths|young\s+men)\b", re.I)


def _held_them(text: str, any_verb: bool) -> int:
    them = re.search(rf"\b(?:{HOLDING_VERBS if any_verb else ARREST_VERBS})\s+them\b", text, re.I)
    if them is None:
        return 0
    counted = [parse_number(m["count"]) for m in COUNTED_BEFORE_RE.finditer(text, 0, them.start())]
    return next((n for n in reversed(counted) if n), 0)


def people_held(text: str, any_verb: bool) -> int:
    """How many people the sentence tells detained or taken without counting them (0, 1 or the few joined to the
    one): `any_verb` for arrests, raids and abductions, where "held", "took" and "kept" hold people too."""
    match = _one_held_re(any_verb).search(text)
    if match is None:
        return _held_them(text, any_verb)
    joined = HELD_WITH_RE.match(text, match.end())
    if joined is None:
        return 1
    if joined.group("count"):
        return 1 + (parse_number(joined.group("count")) or 0)
    return 2 if any(word in _held_nouns() for word in joined.group("words").lower().split()) else 1


# one body found, no number said: "the body was found at 07:30 in an orchard", "Body found by shepherds on 28/03",
# "Found dead with gunshot wounds near the road"
ONE_BODY_RE = re.compile(r"(?:\b(?:the|a|his|her)\s+body|^\W*body)\s+(?:was\s+|has\s+been\s+)?(?:found|recovered|discovered|retrieved)\b"
                         r"|^\W*found\s+(?:shot\s+)?(?:dead|killed)\b", re.I)


def find_casualties(text: str) -> list[Casualty]:
    """Killed, injured and arrested counts with the group they belong to."""
    results = _told_casualties(text)
    if not any(c.kind is CasualtyKind.KILLED for c in results) and ONE_BODY_RE.search(text):
        results.insert(0, Casualty(kind=CasualtyKind.KILLED, count=1, group="civilians"))  # an unnamed body: a civilian
    if not any(c.kind is CasualtyKind.ARRESTED for c in results) and (taken := people_taken(text)):
        results.append(Casualty(kind=CasualtyKind.ARRESTED, count=taken, group="civilians"))
    return results


def _told_casualties(text: str) -> list[Casualty]:
    # an aside ("A third man, said to be an ISIS official, was killed") is blanked so it cannot split a count from its verb
    text = ASIDE_RE.sub(lambda m: " " * len(m.group(0)), text)
    text = FALSE_TOLL_RE.sub(lambda m: " " * len(m.group(0)), text)  # 'claims of "dozens of dead" are false': no toll
    row_number = ROW_NUMBER_RE.match(text)
    numbers = [n for n in find_numbers(text) if not AGE_BEFORE_RE.search(text[max(0, n.start - 20):n.start])
               and not (row_number and n.end <= row_number.end())]
    # a name's age in brackets stands for the one person named: "Ibrahim al-Hasan (19), from Raqqa, killed ..."
    ages = {n.start for n in numbers if _age_after_name(text, n)}
    numbers = [Number(1, None, n.start, n.end) if n.start in ages else n for n in numbers]
    # "14 of the 16 suspects were apprehended": the part counts, not the whole it is a part of
    numbers = [n for n in numbers if not PART_OF_WHOLE_RE.search(text[max(0, n.start - 30):n.start])]
    numbers = sorted(numbers + _single_persons(text, numbers), key=lambda n: n.start)
    results: list[Casualty] = []
    used: set[int] = set()
    group: str | None = None
    for pattern, kind, _ in _casualty_regexes():
        for word in pattern.finditer(text):
            if re.search(r"\b(?:no|without|zero|nobody|none)\b(?:\s+\w+){0,3}\s*$", text[max(0, word.start() - 30):word.start()], re.I):
                continue  # "there were no injuries", "without casualties"
            if kind is CasualtyKind.ARRESTED and PROTESTED_RE.search(text[max(0, word.start() - 40):word.start()]):
                continue  # "in protest at the arrest of a relative": an arrest told before, not this event's
            if word.group(0).lower().endswith("caught") and NOT_CAUGHT_RE.match(text, word.end()):
                continue  # "two houses caught fire", "caught in the crossfire": no one held
            number = _number_for(text, numbers, word, used)
            if number is None:
                continue
            used.add(number.start)
            if number.end <= word.start():
                phrase = re.sub(r"^\s*[–-]\s*\d+", "", text[number.end:word.start()])  # "3–4 killed": the range's top
            else:
                phrase = text[number.end:number.end + 60].split(",")[0]
                described = DESCRIBED_AS_RE.match(text, number.end)
                if described:  # "a man whom the Asayish described as a member of the PKK": the PKK's dead
                    phrase = re.split(r"[,;]", described.group(1))[0]
                # "two men whom the IDF described as ...": who described them is not whose dead they were
                phrase = re.split(r"\b(?:and|in|on|at|during|after|while|who|whom|whose|which|from|with)\b", phrase)[0]
            after = re.match(r"\s*\((?!\s*(?:source|src|per|via|according)\b)([^)]{1,40})\)", text[word.end():], re.I)
            if after and find_actors(after.group(1)):
                phrase = after.group(1)  # "2 KIA (SDF)": the bracket says whose dead
            if ANIMALS_RE.match(phrase):
                continue  # "killing 11 sheep": livestock is no toll
            group = None if number.start in ages else _group_of(phrase, group)  # a named person
            if group == "people" and kind is not CasualtyKind.ARRESTED:
                group = "civilians"  # people killed or hurt, with nothing said of them, are counted as civilians
            count = number.value
            if number.end <= word.start() or number.start >= word.end():
                for extra in _joined_counts(text, numbers, number, used, after=number.start >= word.end()):
                    count += extra.value
                    used.add(extra.start)
            results.append(Casualty(kind=kind, count=count, group=group, qualifier=number.qualifier))
    return sorted(_lowest_of_competing(results, text), key=lambda c: (list(CasualtyKind).index(c.kind)))


# what a crowd protests or a clash is over: "in protest at the arrest of a relative", "against the arrests"
PROTESTED_RE = re.compile(r"\b(?:(?:protest\w*|demonstrat\w*)\s+(?:at|against|over)|against|over|condemn\w*|denounc\w*)\s+"
                          r"(?:(?:the|recent|continued|ongoing|arbitrary|mass|his|her|their)\s+)*$", re.I)
NOT_CAUGHT_RE = re.compile(r"\s+(?:fire|alight|up\b|on\s+(?:camera|video|film)|in\s+(?:the\s+|a\s+)?(?:cross-?fire|fire|blaze|traffic|storm|rain))", re.I)
ANIMALS_RE = re.compile(r"\s*(?:head\s+of\s+)?(?:sheep|goats?|cows?|cattle|camels?|horses?|donkeys?|buffalo(?:es)?|"
                        r"livestock|animals|chickens|poultry|birds)\b", re.I)
OWNED_ANIMALS_RE = re.compile(r"\s+of\s+(?:his|her|their|the)\s+(?:sheep|goats|cattle|cows|flock|herd|animals)\b", re.I)


# "4x killed per monitors, 2x per local sources", "6 killed according to a monitor, 3 according to local sources"
SOURCED_COUNT_RE = re.compile(r"\b(\d+)x?\s+(?:(?:killed|dead|KIA)\s+)?(?:\([^)]*\)\s+)?(?:per|according to)\s", re.I)


def _lowest_of_competing(results: list[Casualty], text: str) -> list[Casualty]:
    """Two sources' counts of the same dead are one toll: the lowest, as ACLED codes conflicting reports."""
    counts = [int(m.group(1)) for m in SOURCED_COUNT_RE.finditer(text)]
    killed = [c for c in results if c.kind is CasualtyKind.KILLED]
    if len(killed) >= 2 and SOURCES_VARY_RE.search(text):
        # "killed three members ... (sources vary: 3–4 killed)": the same dead told twice, the lowest figure kept
        counts = [c.count for c in killed]
    if len(counts) < 2 or not killed:
        return results
    lowest = Casualty(kind=CasualtyKind.KILLED, count=min(counts), group=killed[0].group, qualifier=killed[0].qualifier)
    return [c for c in results if c.kind is not CasualtyKind.KILLED] + [lowest]


FALSE_TOLL_RE = re.compile(r"\b(?:claims?|reports?|rumou?rs?|talk)\s+of\s+[^.;]{0,40}?\s(?:are|is|were|was)\s+"
                           r"(?:false|untrue|wrong|baseless|exaggerated)\b", re.I)
SOURCES_VARY_RE = re.compile(r"\bsources\s+(?:vary|differ)\b", re.I)


JOINED_AFTER = re.compile(r"\s*(?:(?:[\w'’-]+|\([^)]{1,40}\))\s+){0,7}?(?:and|with)\s+(?:her|his|their|the|an?)?\s*")  # "a fighter of the YBS (YJS) and her driver"
JOINED_BEFORE = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,2}?and\s+(?:her|his|their|the)?\s*")


def _joined_counts(text: str, numbers: list[Number], anchor: Number, used: set[int], *, after: bool) -> list[Number]:
    """The counts joined to `anchor` by "and", after it ("killing a woman and her two children") or before it
    ("A woman and her two children were killed"), nearest first."""
    if after:
        candidates = [n for n in numbers if n.start > anchor.start and n.start not in used]
    else:
        candidates = list(reversed([n for n in numbers if n.end <= anchor.start and n.start not in used]))
    joined, current = [], anchor
    for number in candidates:
        between = text[current.end:number.start] if after else text[number.end:current.start]
        if not (JOINED_AFTER if after else JOINED_BEFORE).fullmatch(between):
            break
        if ANIMALS_RE.match(text, number.end) or OWNED_ANIMALS_RE.match(text, number.end):
            break  # "killing a shepherd and about forty of his sheep": livestock is no toll
        joined.append(number)
        current = number
    return joined


def _number_for(text: str, numbers: list[Number], word: re.Match, used: set[int]) -> Number | None:
    """The count a casualty word refers to: right after it ("arrested three"), else the nearest before it in the clause."""
    right_before = [n for n in numbers if n.end <= word.start() and n.start not in used and not text[n.end:word.start()].strip()]
    if right_before:
        return right_before[-1]  # "1 KIA 2 WIA": each count stands just before its word
    adjacent = [n for n in numbers if n.start >= word.end() and n.start not in used
                and re.fullmatch(r"\s*(?:of\s+)?(?:its|their|his|her|the)?\s*", text[word.end():n.start])]  # "killing its two riders"
    if adjacent:
        return adjacent[0]
    before = [n for n in numbers if n.end <= word.start() and n.start not in used
              and (not re.search(r"\b(?:from|of|in)\s+$", text[max(0, n.start - 6):n.start])  # "children from one family"
                   or _one_named_just_before(text, n, word))]
    if before:
        candidate = before[-1]
        between = text[candidate.end:word.start()].strip()
        if candidate.start == candidate.end:
            return candidate  # a register's person (a zero-width count): the cells before its outcome are its details
        # a table's cell boundary parts a count from the words of another cell ("Centre 2217 | Gunmen ... wounding")
        if len(between) <= 60 and "|" not in between and not re.search(r"[;:]|\b(?:while|after|before|which|when|where)\b", between) \
                and not _is_unit_count(between):
            return candidate
    # "arrested, at 21:00, two persons": an aside of when or where may stand between the word and its count
    aside = re.match(r"(?:\s+(?:on|at|in))?\s*,\s*(?:at|on|in|near|according|reportedly|yesterday|today|last)\b[^,;.|]{0,45},", text[word.end():])
    for start in [word.end()] + ([word.end() + aside.end()] if aside else []):
        after = [n for n in numbers if n.start >= start and n.start not in used]
        if after:
            candidate = after[0]
            between = text[start:candidate.start]
            # "arrested yesterday evening four terrorists": the date is masked, the part of the day is not
            if len(between) <= 25 and re.fullmatch(r"\s*(?:(?:in\s+the\s+|at\s+)?(?:morning|evening|night|afternoon|dawn)\s+)?"
                                                   r"(?:of\s+)?(?:at least\s+|nearly\s+|about\s+)?\s*", between):
                return candidate
    return None


def _one_named_just_before(text: str, number: Number, word: re.Match) -> bool:
    """"the funeral of the shepherd killed by a landmine": one person, named by a determiner and a noun right before
    the casualty word, whatever preposition comes before him."""
    return (text[number.start:number.end].lower() in {"the", "a", "an"}
            and re.fullmatch(r"\s+[a-z-]+\s+", text[number.end:word.start()]) is not None)


def _is_unit_count(between: str) -> bool:
    """True when the number counts things, not people ("four missiles ... killed")."""
    words = re.findall(r"[A-Za-z]+", between)
    if len(words) > 1 and words[1].lower().rstrip("s") in PERSON_NOUNS.split("|"):
        return False  # "a tanker driver was shot dead": the driver of a tanker, not tankers
    return bool(words) and _unit_for(words[0]) is not None and words[0].lower() not in {"fighters", "fighter", "soldiers", "soldier"}
