"""Sentences that report nothing, whatever words they use: headings, questions, the fields of an exported record,
a web page's furniture, footage shown to be old, and police work against common crime."""

from __future__ import annotations

import re

from sitrep.extract.actors import find_actors
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.nlp import Sentence

LOG_HEADING_RE = re.compile(r"^(?:[A-Z]{3,}(?:\s+[A-Z]{2,})*\s*[:–—-]|Period covered\b)")


# A web page's furniture around the article: sharing buttons, tags, copyright, menus.
PAGE_FURNITURE_RE = re.compile(r"^\s*(?:tags\s*:|share this|©|copyright\b|advertisement\b|skip to content|home\s*\|)", re.I)
# A report's footnote that only cites a source: "[48] Example Ceasefire Monitoring Mission, monthly report, July 2026.",
# "[39] Hawran Documentation Office, Quarterly report Q2 2026, p. 4." (a footnote that goes on to tell something,
# "... 30 June 2026. Horan Online reported four dead.", is read)
REFERENCE_NOTE_RE = re.compile(
    r"^\s*\[\d{1,3}\]\s+(?!(?:On|In|At|By|During)\b)[^.;]{2,120}?,\s+(?:[^.;]{1,100}?,\s+)*?(?:[^.;,]{0,60}?\s)?(?:19|20)\d\d"
    r"(?:,\s+pp?\.\s*\d+(?:[–-]\d+)?)?\.?\s*$")
# The release of people held before: "11 of the detained men had been released", "Nine of the 11 detained were
# released on 17 November" (a follow-up of the arrest, which is told where it happened)
RELEASE_OF_THE_HELD_RE = re.compile(r"\b(?:detained|arrested|detainees|held)\b(?:\s+(?:men|persons|people|young men|women|"
                                    r"ones|shepherds))?\s+(?:were|was|had been|have been|has been)\s+(?:\w+\s+)?released\b", re.I)
# The label of a list of other articles' headlines ("Related:", "Most read"): what follows it is not this report.
OTHER_ARTICLES_RE = re.compile(r"^\s*(?:related(?:\s+(?:articles|stories|news|coverage))?|more\s+(?:on|from)\b[^:]{0,40}|most\s+read|"
                               r"read\s+also|see\s+also|you may also like|recommended(?:\s+for you)?)\s*:?\s*$", re.I)
# Footage shown to be old or from elsewhere reports nothing new: "the video going round ... is from 2019".
OLD_FOOTAGE_RE = re.compile(r"\b(?:video|footage|photo|image|picture|clip)s?\b.{0,80}?\b(?:is|are|was|were)\s+(?:from\s+(?:19|20)\d\d|"
                            r"old|unrelated|recycled|not from)\b", re.I)
# The fields of an exported record other than its narrative ("Type: Air/drone strike | Fatalities: 0"): they
# code the event the record's description tells, and are no event of their own.
RECORD_FIELD_RE = re.compile(r"^\s*(?:record|date|location|actor\s*\d|associated actor|type|fatalities|status|source|parties|impact|"
                             r"arrested|injured|killed|victims?(?:\(s\))?|device|admin\d?|coordinates|geo precision)\s*:"
                             r"|^\s*(?:record\s*#?\s*|#)[\w-]*\d[\w-]*\s*[|,]", re.I)  # or a record's first line: "Record #7201 | ..."
PLACE_LED_ENTRY_RE = re.compile(r"^[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}:\s+[a-z]")
# A question ("How many suspects did you detain this week?") reports nothing; what it relays as a statement may:
# "people say a Turkish drone hit a car on the Amadiya road and killed two people, does anyone know who they are?"
QUESTION_RE = re.compile(r"\?\s*$")
QUESTION_TAIL_RE = re.compile(r"^(?!\W*(?:is it true|anyone|does|do|did|is|are|was|were|has|have|can|could|any)\b)[^?]{20,},\s*"
                              r"(?:does|do|did|is|are|can|could|anyone|any|who|what|why|how)\b[^,?]*\?\s*$", re.I)


CRAWL_LINE_RE = re.compile(r"^\W*(?:BREAKING|URGENT|FLASH|JUST IN)\b[^a-z]*$")


def _is_heading_or_title(sentence: Sentence, title: str | None) -> bool:
    """Headings, and the headline repeated at the top of the body (but not a one-line report that is its own title)."""
    text = sentence.text.strip()
    # a record of pipe-separated fields ("[AUTO] TYPE: Arrest | LOC: Idlib city | ...") is no heading, verbs or not
    record = text.count("|") >= 2
    # a map's or a brief's entry led by its place ("Jasim: gunmen on a motorcycle assassinate the mukhtar ..."), whose
    # headline-style verb the parser may take for a noun
    entry = bool(PLACE_LED_ENTRY_RE.match(text)) and len(text.split()) >= 7
    # a TV crawl's line in capitals ("BREAKING – 07:40 – SDF AND COALITION FORCES RAID HOUSES IN AL-SHUHAYL, ARREST
    # FOUR ..."), whose verbs the parser takes for names
    crawl = bool(CRAWL_LINE_RE.match(text)) and len(text.split()) >= 8
    verbless = (not sentence.from_log and not record and not entry and not crawl
                and not any(t.pos_ in {"VERB", "AUX"} for t in sentence.span))
    # a verbless line is a heading, unless it is a full line of a feed or brief, with its full stop
    # ("Infighting between two factions in Afrin since the afternoon; 2 fighters dead so far.")
    if text.endswith(":") or (verbless and (not text.endswith(".") or len(text.split()) < 8)):
        return True
    label = LOG_HEADING_RE.match(text) if sentence.from_log else None
    rest = text[label.end():] if label else ""
    if label and not text.endswith(".") and (len(rest.split()) <= 6 or not re.search(r"[a-z]", rest)):
        return True  # "LIVE: Clashes in Dhiban", "FRONTIER WEEKLY – CENTRAL DESERT", but not "ALERT: clashes NOW in ..."
    if title and sentence.has_more_text:
        a, b = re.sub(r"\W+", " ", text).lower().strip(), re.sub(r"\W+", " ", title).lower().strip()
        return bool(a) and (a in b or b in a)
    return False


# Lines that restate or test rather than report: a fact check's "CLAIM:" under test and its "VERDICT:", a wire's
# headline slug ("UPDATE 1-Israeli strikes near Damascus kill two"), a bot's test message,
# an alert channel's moderator note (it corrects an alert; it tells no incident of its own), an article's own
# correction note ("Correction, 27 January: an earlier version of this article gave ...")
RESTATEMENT_RE = re.compile(r"^\W*(?:\d+\)\s*)?(?:claim|verdict)\s*:|^\s*(?:URGENT|UPDATE\s+\d+|FLASH|CORRECTED)\s*-\s*\S"
                            r"|#{3}\s*TEST\s*#{3}|^\s*\[MOD\]|^\s*correction,\s+\d{1,2}\s+[A-Z][a-z]+\s*:", re.I)


# A newsletter's run-in labels for what is no news of the day: a link to another story, what comes next, why the
# news matters ("Go deeper: ...", "What's next: ...", "Why it matters: It's the deadliest attack ..."). "Driving
# the news:" and "Zoom in:" carry the news itself.
ASIDE_LABEL_RE = re.compile(r"^\W*(?:go\s+deeper|read\s+more|what'?s\s+next|what\s+to\s+watch|why\s+it\s+matters|"
                            r"the\s+big\s+picture)\s*:", re.I)


# a toll broken down ("Of the 61 killed: 24 former opposition fighters, ..."): what was told, told again
BREAKDOWN_RE = re.compile(r"^\W*(?:of|among)\s+(?:the|these|those|them)\s+(?:\d[\d,]*\s+)?(?:killed|dead|victims|detainees|detained|"
                          r"arrested|casualties|wounded|injured)\b", re.I)


def reports_nothing(sentence: Sentence, title: str | None) -> bool:
    text = sentence.text
    asks = bool(QUESTION_RE.search(text)) and not QUESTION_TAIL_RE.match(text)
    return (_is_heading_or_title(sentence, title) or asks or bool(RECORD_FIELD_RE.match(text)) or bool(ASIDE_LABEL_RE.match(text))
            or bool(OLD_FOOTAGE_RE.search(text)) or bool(PAGE_FURNITURE_RE.match(text)) or bool(RESTATEMENT_RE.search(text))
            or bool(BREAKDOWN_RE.match(text)) or bool(REFERENCE_NOTE_RE.match(text)) or bool(RELEASE_OF_THE_HELD_RE.search(text)))


# The line that dates a feed item or a web article: "Published: Tue, 09 Jun 2026 05:50:00 GMT".
PUBLISHED_LINE_RE = re.compile(r"^\s*(?:published|posted|updated)\s*:", re.I)


def is_item_title(sentence: Sentence, following: list[Sentence]) -> bool:
    """A feed item's or article's title, told again by the summary under its "Published:" line."""
    return bool(following) and bool(PUBLISHED_LINE_RE.match(following[0].text)) and not sentence.text.rstrip().endswith(".")


POLICE_ACTION_RE = re.compile(r"\b(?:arrest|detain|seiz|apprehend|confiscat|caught)\w*", re.I)
ARMED_GROUP_TYPES = {2, 3, 4}  # ACLED's rebels, political and identity militias


def is_police_work(text: str) -> bool:
    """An arrest or seizure for common crime ("arrested 23 dealers and users", "seized 300,000 Captagon pills")
    that names no armed group: police work, not an event of the conflict, and no detail of the event before it."""
    return (bool(POLICE_ACTION_RE.search(text)) and bool(load_lexicon().has_cue("common_crime", text))
            and not any(m.entry.acled_inter in ARMED_GROUP_TYPES for m in find_actors(text)))


def is_private_harm(text: str) -> bool:
    """Harm with a private cause ("shot dead by his cousin during a quarrel", "a stray bullet fired at a wedding",
    "a fire ... started from a cooking stove"): not an event of the conflict, unless the sentence denies a rumour
    with it ("the sound heard was celebratory shooting at a wedding" keeps the denied attack)."""
    lexicon = load_lexicon()
    return bool(lexicon.has_cue("private_harm", text)) and not lexicon.has_cue("negated", text)
