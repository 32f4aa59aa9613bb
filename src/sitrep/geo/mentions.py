"""Finding gazetteer places in a sentence and the relative words around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .loader import Gazetteer
from .names import ascii_words, name_key

# Capitalised words that begin sentences or name organisations, never places alone.
NOT_PLACES = frozenset({
    "the", "in", "on", "at", "of", "and", "or", "to", "a", "an", "as", "al", "el", "ar", "ad", "city", "town", "village",
    "division", "coalition", "international", "observatory", "according", "another", "meanwhile", "moreover", "however",
    "therefore", "despite", "while", "also", "after", "before", "during", "since", "this", "that", "these", "those", "it",
    "sohr", "sdf", "isis", "us", "usa", "un", "iran", "russia", "november", "december", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "state", "islamic", "regime", "army", "forces", "human", "rights", "syrian", "kurdish",
    "democratic", "turkish", "iranian", "iraqi", "american", "russian", "sources", "source", "reports", "report",
    "nearly", "about", "around", "almost", "some", "most", "many", "several", "new", "old", "high", "military", "base",
    "camp", "prison", "field", "oil", "gas", "crossing", "border", "centre", "center", "north", "south", "east", "west",
    "first", "last", "early", "late", "mid", "every", "all", "no", "not", "there", "here", "they", "we", "he", "she",
    "his", "her", "their", "our", "its", "which", "who", "what", "when", "where", "why", "how", "one", "two", "three",
    "yes", "okay", "ok", "well", "so", "now", "then", "thanks", "thank", "sorry", "good", "today",  # spoken answers
    "dear", "hi", "hello", "regards", "best",  # e-mail greetings and sign-offs
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",  # a log's "29 Jan Ariha"
    "ali",  # a given name ("freed Ali in a raid"), which the spelling folds onto Lebanon's Aley
    "zap",  # the Zap region of Duhok, which the gazetteer lacks, is not Turkey's village of that alternate name
    # a transcript's speaker labels ("CALLER (Abu Omar, Tal Afar):" folds onto Kalar in Sulaymaniyah)
    "caller", "callers", "host", "presenter", "narrator", "moderator", "question", "answer",
    # English words that open a sentence or a form's line ("Seen in (Turkish defence ministry, 4 Feb): ...") and that
    # the folded spelling makes an alternate name of a place: "seen" As Si'in, "took" and "though" Daquq, "came"
    # Hamah, "media" Medaya, "below" Al Bab (a list made by folding every lower-case word of the corpora; "hit",
    # the town in Anbar, and "green", of the Coalition's Green Village at Al-Omar, are left out)
    "are", "road", "says", "same", "took", "media", "cell", "came", "side", "call", "main", "seen", "can", "below",
    "tyres", "male", "care", "min", "share", "door", "grey", "shown", "clear", "deal", "tell", "grain", "face", "hall",
    "assess", "del", "sell", "fake", "theft", "delay", "exam", "chain", "caves", "though", "wages", "eyes",
    "hale", "seal", "sorrow", "hole", "hero", "sale", "games", "hay", "heal", "game",
})
# Words that end a name phrase but belong to the relation, not the name.
RELATION_SUFFIXES = frozenset({"countryside", "outskirts", "suburbs", "desert", "rural", "environs", "vicinity", "border"})

_TOKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF](?:[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’`ʿʾ-]*[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF])?")
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "half a": 0.5}
_DIR = r"north|south|east|west|north-?east|north-?west|south-?east|south-?west"
_DIR_ADJ = r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western"
_NUMBER = r"\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBERS, key=len, reverse=True))
_OFFSET = re.compile(
    rf"(?:(?:nearly|about|around|approximately|some|roughly|almost|only|just)\s+)?(?P<n>{_NUMBER})\s*-?\s*"
    rf"(?P<unit>km|kms|kilometers?|kilometres?|meters?|metres?|m)\s+(?:away\s+)?"
    rf"(?:(?P<dir>{_DIR})\s+of|from|off|outside|of)\s+(?:the\s+)?$", re.I)
_COUNTRYSIDE = re.compile(
    rf"(?:(?:the|its)\s+)?(?:(?P<adj>{_DIR_ADJ})\s+)?(?P<what>countryside|outskirts|suburbs|vicinity|environs|rural areas?|desert)\s+of\s+(?:the\s+)?$", re.I)
_DIRECTION = re.compile(rf"(?P<dir>{_DIR})\s+of\s+(?:the\s+)?$", re.I)
_NEAR = re.compile(r"(?P<rel>near|nearby|close\s+to|next\s+to|outside|around|on\s+the\s+outskirts\s+of|in\s+the\s+vicinity\s+of)\s+(?:the\s+)?$", re.I)
# "near the paper plant in X": only lower-case words between, so a named place never becomes the landmark.
_NEAR_LANDMARK = re.compile(r"(?P<rel>(?i:near|close\s+to|next\s+to))\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,5}?(?:in|at|of)\s+$")
_DIR_ADJ_BEFORE = re.compile(rf"(?:the\s+)?(?P<adj>{_DIR_ADJ})\s+$", re.I)
_SUFFIX = re.compile(r"^\s+(?P<what>countryside|outskirts|suburbs|desert|rural areas?)\b", re.I)


@dataclass(frozen=True)
class PlaceMention:
    """A gazetteer place named in a sentence, with the relative expression around it.

    start/end span the whole expression ("north of Al-Hasakah city");
    anchor_start/anchor_end span the name itself ("Al-Hasakah city").
    """

    start: int
    end: int
    text: str
    relation: str | None
    offset_km: float | None
    anchor_start: int
    anchor_end: int
    sentence: str = ""

    @property
    def anchor(self) -> str:
        return self.sentence[self.anchor_start:self.anchor_end] if self.sentence else self.text


def _canonical_direction(word: str) -> str:
    word = word.lower().replace("-", "")
    for combined in ("northeast", "northwest", "southeast", "southwest"):
        if word.startswith(combined):
            return f"{combined[:5]}-{combined[5:]}"
    return word


def _adjective(word: str) -> str:
    word = word.lower()
    return word.replace("northeastern", "north-eastern").replace("northwestern", "north-western") \
        .replace("southeastern", "south-eastern").replace("southwestern", "south-western")


def _number(text: str) -> float:
    text = text.lower()
    return float(_NUMBERS[text]) if text in _NUMBERS else float(text)


def parse_relation(sentence: str, anchor_start: int, anchor_end: int) -> tuple[str | None, float | None, int, int]:
    """The relation words around a name: (relation, offset_km, start, end) of the whole expression."""
    prefix = sentence[:anchor_start]
    suffix = sentence[anchor_end:]
    if m := _OFFSET.search(prefix):
        km = _number(m["n"])
        if m["unit"].lower().startswith("m") and m["unit"].lower() not in ("km", "kms"):
            km /= 1000
        relation = f"{_canonical_direction(m['dir'])} of" if m["dir"] else "from"
        return relation, km, m.start(), anchor_end
    if m := _COUNTRYSIDE.search(prefix):
        what = m["what"].lower()
        what = "rural area" if what.startswith("rural") else what
        relation = f"{_adjective(m['adj'])} {what} of" if m["adj"] else f"{what} of"
        return relation, None, m.start(), anchor_end
    if m := _DIRECTION.search(prefix):
        return f"{_canonical_direction(m['dir'])} of", None, m.start(), anchor_end
    if m := _NEAR.search(prefix):
        relation = re.sub(r"\s+", " ", m["rel"].lower())
        relation = {"nearby": "near", "close to": "near", "next to": "near", "around": "near",
                    "on the outskirts of": "outskirts of", "in the vicinity of": "near"}.get(relation, relation)
        return relation, None, m.start(), anchor_end
    after = _SUFFIX.match(suffix)
    before = _DIR_ADJ_BEFORE.search(prefix)
    if after:
        what = after["what"].lower()
        what = "rural area" if what.startswith("rural") else what
        relation = f"{_adjective(before['adj'])} {what} of" if before else f"{what} of"
        return relation, None, before.start("adj") if before else anchor_start, anchor_end + after.end()
    if before:
        return f"{_adjective(before['adj'])} part of", None, before.start("adj"), anchor_end
    if m := _NEAR_LANDMARK.search(prefix):
        # "near the paper plant in X": the landmark is inside X, so X itself is where it happened
        return "near a landmark in", None, m.start(), anchor_end
    return None, None, anchor_start, anchor_end


# "al-Bab", "el-Mayadin": headlines often write the article in lower case before a capitalised name.
_LOWER_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|adh|ath)[-‑'’][A-Z]")


# First words of Arabic place names: "Kafr Dael" is a village of its own, not Dael.
NAME_PREFIXES = frozenset({"kafr", "kfar", "kefr", "tal", "tall", "tell", "tel", "ain", "ayn", "ein", "deir", "dayr", "der", "beit",
                           "bayt", "khirbet", "khirbat", "khirbit", "umm", "um", "abu", "jisr", "ras", "bir", "jabal", "jebel",
                           "wadi", "qasr", "mazraat", "mazraa", "harat", "tallat", "arab", "sheikh", "shaykh"})


def _tail_of_unknown_name(tokens: list[tuple[int, int, str]], i: int, matched: int, sentence: str) -> bool:
    """The match at token i follows a capitalised word directly: a name prefix ("Kafr Dael" is not Dael), or,
    for a one-word match, any capitalised word that is no direction or nationality ("the Security Media Cell
    said" names no place Cell)."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if not before[2][0].isupper() or not _one_space(sentence[before[1]:tokens[i][0]]):
        return False
    lowered = before[2].lower()
    if lowered in NAME_PREFIXES:
        return True
    if matched != 1 or i < 2 or lowered.endswith(("'s", "’s")) or _title_case(tokens):
        return False  # "Syria's al-Bab"; a headline in title case capitalises every word
    return (not before[2].isupper() and lowered not in NOT_PLACES
            and lowered not in LEADING_WORDS and not re.fullmatch(rf"(?:{_DIR}|{_DIR_ADJ}|central|rural|greater|upper|lower|old|new)", lowered)
            and not re.search(r"(?:ian|ean|can|ghan|ish|ese|i)$", lowered))  # nationalities, not given names ("Hassan Ali")


# Capitalised words that may follow a place name without being part of it: "Idlib City", "Hama Military Airport".
NAME_FOLLOWERS = frozenset({"governorate", "province", "district", "subdistrict", "region", "area", "airport", "prison", "camp",
                            "base", "road", "highway", "checkpoint", "crossing", "dam", "field", "hospital", "military", "central",
                            "national", "municipality", "council", "university", "countryside", "plain", "plains", "valley", "ghouta", "desert", "badia"})


UNIT_WORDS = frozenset({"division", "brigade", "brigades", "battalion", "regiment", "legion", "corps", "front"})
# Lower-case words after a name that make it a spot inside a town: the name is the spot's, not a town's.
LANDMARK_WORDS = frozenset({"square", "street", "roundabout", "neighbourhood", "neighborhood", "quarter", "avenue"})


def _head_of_unknown_name(tokens: list[tuple[int, int, str]], i: int, matched: int, sentence: str) -> bool:
    """A one-word match runs straight into another capitalised word: "Sayyida Zaynab" is a place we do not
    know, not Sayyida (Sidon) followed by a word."""
    after = i + matched
    if matched != 1 or after >= len(tokens) or not _one_space(sentence[tokens[i][1]:tokens[after][0]]):
        return False
    word = tokens[after][2]
    lowered = word.lower()
    if word == "front":
        return False  # "the Arima front": a front line at the place; "the Levant Front" is a faction
    if lowered in UNIT_WORDS:
        return True  # "the Hamza Division" is an armed faction, not Al Hamzah
    return (word[0].isupper() and not word.isupper() and lowered not in NOT_PLACES
            and lowered not in RELATION_SUFFIXES and lowered not in NAME_FOLLOWERS)


def _names_a_landmark(tokens: list[tuple[int, int, str]], i: int, matched: int, sentence: str, gazetteer: Gazetteer) -> bool:
    """"Al-Karama square", "the Ghuwayran neighbourhood": the name is a spot's inside a town, not the
    same-named village or prison (the gazetteer holds no squares or neighbourhoods). A city's name stays a
    place: "in Aleppo neighborhood" is a part of Aleppo."""
    after = i + matched
    if after >= len(tokens) or sentence[tokens[after - 1][1]:tokens[after][0]].strip() or tokens[after][2] not in LANDMARK_WORDS:
        return False
    name = sentence[tokens[i][0]:tokens[after - 1][1]]
    return not any(entry.kind == "city" for entry in gazetteer.lookup(name))


def _title_case(tokens: list[tuple[int, int, str]]) -> bool:
    words = [t[2] for t in tokens if t[2][0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _starts_name(token: str) -> bool:
    return token[0].isupper() or token[0].isdigit() or bool(_LOWER_ARTICLE.match(token))


# English words that never begin a place name: "A car bomb" must not read as Akkar.
LEADING_WORDS = frozenset({"a", "an", "the", "in", "on", "at", "of", "and", "or", "to", "from", "by", "for", "with"})


def _plausible(span_tokens: list[str], key: str) -> bool:
    words = [w for t in span_tokens for w in ascii_words(t)]
    if not words or all(w in NOT_PLACES for w in words) or span_tokens[0].lower() in LEADING_WORDS:
        return False
    if len(span_tokens) > 1 and span_tokens[-1] in LEADING_WORDS:
        return False  # "in Daraa to demand" folds onto Iran's Dare Tu: no name ends in a small English word
    return len(key) >= 3


def _one_space(gap: str) -> bool:
    """Words of one name stand a space apart; a run of spaces is a gap between a table's columns
    ("29 Jan    Ariha          Shelling of market area")."""
    return gap in {" ", ""}


def _joins(gap: str) -> bool:
    """Words of one name are apart by spaces only, or by a hyphen at a line break ("Al-\nSanamayn" in text
    taken from a PDF)."""
    return not gap.strip() or bool(re.fullmatch(r"-[ \t]*\n\s*", gap))


COUNTRY_WORDS = frozenset({"syria", "iraq", "turkey", "iran", "lebanon", "jordan", "israel", "russia", "america", "region"})


def _town_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s")) and len(word) > 3 and word[:-2].lower() not in COUNTRY_WORDS


# "told Dr. Saleh", "Sheikh Hasan", "Lieutenant Rawa": a person's name that a town happens to share
PERSONAL_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "sheikh", "sheik", "mullah", "captain", "lieutenant", "colonel",
                             "sergeant", "brigadier", "judge", "father", "sister", "eng"})


def _after_a_personal_title(tokens: list[tuple[int, int, str]], i: int, sentence: str) -> bool:
    if i == 0 or tokens[i - 1][2].lower() not in PERSONAL_TITLES:
        return False
    return re.fullmatch(r"\.?\s", sentence[tokens[i - 1][1]:tokens[i][0]]) is not None


def find_places(sentence: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every gazetteer place named in `sentence`, longest match first, left to right."""
    # a town's possessive "'s" is no part of its name ("in Suwayda's Al-Karama Square"), though its word keeps it; a
    # country's ("Syria's al-Bab") only says where the next name lies
    tokens = [(m.start(), m.end() - (2 if _town_possessive(m.group()) else 0), m.group()) for m in _TOKEN.finditer(sentence)]
    mentions: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        if not _starts_name(tokens[i][2]):
            i += 1
            continue
        span_end = i + 1
        while span_end < len(tokens) and span_end - i < gazetteer.max_words + 1 \
                and _joins(sentence[tokens[span_end - 1][1]:tokens[span_end][0]]):
            span_end += 1
        matched = 0
        for j in range(span_end, i, -1):
            texts = [t[2] for t in tokens[i:j]]
            if texts[-1].lower() in RELATION_SUFFIXES or texts[-1] in LANDMARK_WORDS:
                continue
            key = name_key(sentence[tokens[i][0]:tokens[j - 1][1]])
            if gazetteer.has_key(key) and _plausible(texts, key):
                matched = j - i
                break
        if not matched or _after_a_personal_title(tokens, i, sentence) or _tail_of_unknown_name(tokens, i, matched, sentence) \
                or _head_of_unknown_name(tokens, i, matched, sentence) \
                or _names_a_landmark(tokens, i, matched, sentence, gazetteer):
            i += max(matched, 1)
            continue
        a_start, a_end = tokens[i][0], tokens[i + matched - 1][1]
        relation, offset, start, end = parse_relation(sentence, a_start, a_end)
        if mentions and start < mentions[-1].end:  # the words belong to the previous mention
            relation, offset, start, end = None, None, a_start, a_end
        mentions.append(PlaceMention(start, end, sentence[start:end], relation, offset, a_start, a_end, sentence))
        i += matched
    return mentions
