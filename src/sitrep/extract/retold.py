"""One happening told twice in a document: a wire story's later takes, a lead that a later paragraph
retells with a new toll, a newsletter's list of the week's victims, a page's headline over its story, a page's
follow-up post.  Analysts count it once.

The test is strict, since two real events can share a day and a town: the same kind, the same day, the
same gazetteer place, no party that contradicts the other telling, and no word ("another", "a second")
or clock time that says the later one is a different incident.
"""

from __future__ import annotations

import re

from sitrep.extract.nlp import line_span
from sitrep.extract.refine import distinct_actors
from sitrep.model import ActorRole, Casualty, Event, TimePrecision

# "another drone strike", "in a separate attack": the text says this is a second incident
ANOTHER_RE = re.compile(r"\b(?:another|a second|a third|separate(?:ly)?|again|also|too|same day)\b", re.I)
# a log line's clock time ("0630 hrs:", "14:05 —", "[21 Jan, 19:41]"), in the first characters of its line:
# two log items are two incidents ("a statement at 09:00 confirmed ..." is not a log item's time)
CLOCK_RE = re.compile(r"\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b|\b(?:[01]\d|2[0-3])[0-5]\d\s*hrs\b")
STAMP_CHARS = 20
# "Update: one SDF fighter killed in the drone strike on the Qamishli–Amuda road", "The two killed in the Amuda drone
# strike were ...": a line that points back at an incident already told, whatever clock time stands before it
BACK_REFERENCE_RE = re.compile(r"\b(?:in|from|of|by|after|since)\s+the\s+(?:[\w'’–-]+\s+){0,3}?(?:strike|attack|explosion|blast|"
                               r"bombing|shelling|ambush|raid)\b|^\W*(?:\d{1,2}[:.]\d\d\W*)?(?:\W*\w+\W*)?update\b", re.I)


# a page's follow-up to its own last post, whatever day it is posted
FOLLOW_UP_RE = re.compile(r"\b(?:further\s+to|following\s+up\s+on|an\s+update\s+(?:on|to))\s+our\s+(?:previous|last|earlier)\s+"
                          r"(?:post|statement|report|news)\b", re.I)


def fold_retold(events: list[Event]) -> list[Event]:
    """The events with each retelling folded into the first telling: its evidence joins the first's, and a
    toll it states replaces the first's (later takes carry the newer figure)."""
    kept: list[Event] = []
    for event in events:
        first = next((i for i, told in enumerate(kept) if retells(told, event, just_before=i == len(kept) - 1)), None)
        if first is None:
            kept.append(event)
        else:
            kept[first] = _folded(kept[first], event)
    return kept


def without_headlines_told_below(events: list[Event], text: str) -> list[Event]:
    """A page of several stories: each story's headline and sub-headlines ("▪ Hospital: six dead and 14 wounded in
    Al-Mazraa") sum up what its paragraphs tell. An event read from such a line is dropped when a sentence of
    prose below it, before the next headline, tells an event; one whose story's sentence was read into it keeps
    that sentence as its evidence."""
    ordered = sorted((e for e in events if e.evidence), key=lambda e: e.evidence[0].start)
    heads = {id(e) for e in ordered if _headline_line(text, e.evidence[0].start, e.evidence[0].end)
             or _spot(text, e.evidence[0].start, e.evidence[0].end)}
    kept = []
    for event in events:
        # a sentence of the story, or a long clause of one ("...; the fire was immediately responded to in kind")
        told_below = [x for x in event.evidence[1:]
                      if (_prose(x.text) or len(x.text.split()) >= 20) and not _spot(text, x.start, x.end)]
        if id(event) in heads and told_below:
            event = event.model_copy(update={"evidence": told_below})
        elif id(event) in heads and _story_tells_it(event, ordered, heads, text):
            continue
        kept.append(event)
    return kept


def _story_tells_it(head: Event, ordered: list[Event], heads: set[int], text: str) -> bool:
    """Whether a sentence of prose below a headline's event (`heads`: the ids of the headlines' events), before the
    next story's headline, tells an event."""
    for later in (e for e in ordered if e.evidence[0].start > head.evidence[0].end):
        if id(later) in heads and later.kind != head.kind:
            continue  # a sub-headline under the same headline
        if _prose(later.evidence[0].text):
            return True
        if _headline_line(text, later.evidence[0].start, later.evidence[0].end) and not _under(text, head, later):
            return False  # the next story's headline
    return False


# a headline's line: short, standing alone, no closing stop, no clock time or date to open it as a log's line does
HEADLINE_RE = re.compile(r"^[ \t]*(?:[▪▶■►•][ \t]*)?[A-Z\"“'][^\n]{10,140}(?<![.!?:;,])[ \t]*$")
LINE_OPENS_WITH_TIME_RE = re.compile(r"^\W*(?:\d{1,2}[:./ -]\d|\d{4}\b|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)", re.I)


def _headline_line(text: str, start: int, end: int) -> bool:
    """Whether the evidence lies on lines that read as a story's headline or sub-headlines, with a story below."""
    line_start, line_end = line_span(text, start, end)
    lines = text[line_start:line_end].split("\n")
    if not all(HEADLINE_RE.match(line) and len(line.split()) <= 16 and not LINE_OPENS_WITH_TIME_RE.match(line)
               for line in lines):
        return False
    below = text[line_end:line_end + 1500]
    return bool(re.search(r"\n\n[^\n]{150,}[.!?”\"][ \t]*(?:\n|$)", below))  # paragraphs of prose follow: a story


# a story's dateline: "NEWS CENTRE – ", "TIL TEMIR – ", "AMMAN — "
DATELINE_RE = re.compile(r"^[A-ZÀ-ÞÇŞÊÎÛİ][A-ZÀ-ÞÇŞÊÎÛİ'’ .-]{2,40}\s+[–—-]\s")


def _spot(text: str, start: int, end: int) -> bool:
    """Whether the evidence lies in the short paragraph that sums a story up between its headline and its
    dateline ("Two members of the Kongra Star women's movement were killed ..." above "NEWS CENTRE – A drone ...")."""
    para_start = text.rfind("\n\n", 0, start)
    para_end = text.find("\n\n", end)
    if para_start < 0 or para_end < 0 or len(text[para_start:para_end].split()) > 70:
        return False
    above = text[:para_start].rstrip("\n").rsplit("\n\n", 1)[-1]
    below = text[para_end:].lstrip("\n")
    return ("\n" not in above.strip() and bool(HEADLINE_RE.match(above)) and len(above.split()) <= 16
            and bool(DATELINE_RE.match(below)))


def _under(text: str, head: Event, later: Event) -> bool:
    """Whether `later` is a sub-headline of the block `head` opens: only headline lines lie between them."""
    between = text[head.evidence[0].end:later.evidence[0].start]
    return "\n\n" not in between.strip("\n")


def _prose(sentence: str) -> bool:
    return len(sentence.split()) >= 12 and sentence.rstrip().endswith((".", "\"", "”", ")"))


def retells(first: Event, later: Event, just_before: bool = False) -> bool:
    """Whether `later` tells the happening `first` told. A later telling that names no place retells only the
    event told just before it ("The hospital said three people were killed and nine wounded.")."""
    text = " ".join(e.text for e in later.evidence)
    if just_before and later.kind == first.kind and FOLLOW_UP_RE.search(text):
        return True  # "Further to our previous post: two heroes ascended as martyrs": the post's own incident
    pointing = bool(BACK_REFERENCE_RE.search(text))  # then a day both tellings leave to the publication will do
    days = {first.time_precision, later.time_precision}
    if later.kind != first.kind or not (days == {TimePrecision.DAY} or (pointing and len(days) == 1)):
        return False
    if (first.date_start, first.date_end) != (later.date_start, later.date_end) or first.date_start is None:
        return False
    same_place = bool(first.place and later.place and first.place.gazetteer_id
                      and first.place.gazetteer_id == later.place.gazetteer_id)
    if not (same_place or ((just_before or pointing) and later.place is None)):
        return False
    if any(_conflict(first, later, role) for role in ActorRole):
        return False
    return not ANOTHER_RE.search(text) and (pointing or not told_at_other_times(" ".join(e.text for e in first.evidence), text))


def told_at_other_times(first: str, later: str) -> bool:
    """Both texts open with a clock time, and not the same one."""
    a, b = CLOCK_RE.search(first[:STAMP_CHARS]), CLOCK_RE.search(later[:STAMP_CHARS])
    return bool(a and b and a.group(0) != b.group(0))


def _conflict(first: Event, later: Event, role: ActorRole) -> bool:
    a = {x.actor_id or x.name for x in first.actors_in(role)}
    b = {x.actor_id or x.name for x in later.actors_in(role)}
    return bool(a and b and not a & b)


def _folded(first: Event, later: Event) -> Event:
    others = [c for c in later.casualties if _other_group(c, first.casualties)]
    later_casualties = [c for c in later.casualties if c not in others]
    kinds = {c.kind for c in later_casualties if c.count}
    casualties: list[Casualty] = [c for c in first.casualties if c.kind not in kinds] + later_casualties
    casualties = [_plus(c, [o for o in others if o.kind is c.kind]) for c in casualties]
    casualties += [o for o in others if o.kind not in {c.kind for c in casualties}]
    units = {q.unit for q in later.quantities}
    quantities = [q for q in first.quantities if q.unit not in units] + list(later.quantities)
    led = any(a.role is ActorRole.INITIATOR for a in first.actors)
    joining = [a for a in later.actors if not (led and a.role is ActorRole.INITIATOR)]  # the first telling's leader stays
    return first.model_copy(update={"evidence": first.evidence + later.evidence, "casualties": casualties,
                                    "actors": distinct_actors(first.actors + joining), "quantities": quantities})


# who a toll counts when it names no one in particular: a retold toll, not more victims
GENERIC_GROUPS = {"people", "persons", "civilians", "others", "victims"}


def _other_group(casualty: Casualty, known: list[Casualty]) -> bool:
    """"killing two fighters. One attacker was killed in the exchange of fire": a toll of other people than those
    the first telling counted, who add to it rather than correct it."""
    group = (casualty.group or "").lower().split()
    same_kind = [(c.group or "").lower().split() for c in known if c.kind is casualty.kind]
    return bool(group and same_kind and all(other for other in same_kind) and group[-1] not in GENERIC_GROUPS
                and all(other[-1].rstrip("s") != group[-1].rstrip("s") and other[-1] not in GENERIC_GROUPS
                        for other in same_kind))


def _plus(casualty: Casualty, more: list[Casualty]) -> Casualty:
    return casualty.model_copy(update={"count": casualty.count + sum(m.count for m in more)}) if more else casualty

