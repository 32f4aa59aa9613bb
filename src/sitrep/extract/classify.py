"""Which kind of event a sentence reports, if any.

Every trigger of the ontology found in the sentence is scored: the kind's
priority, plus a bonus when the trigger carries the clause (the main verb, its
subject or object) and a penalty when it only describes a location ("arrived at
a military centre").  The best-scoring trigger names the kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.extract.nlp import Sentence
from sitrep.vocabulary import EventKind, load_ontology

# verbs whose infinitive tells a purpose, not a deed: "directed to fire", "planned to attack", "ordered to shell"
PURPOSE_VERBS = {"direct", "plan", "intend", "prepare", "order", "instruct", "task", "aim", "plot", "seek", "recruit"}
LOCATIVE_PREPS = {"at", "inside", "near", "to", "into", "from", "towards", "toward", "outside"}
# "put on high alert after the attack": a trigger inside such a phrase names an earlier event.
TEMPORAL_PREPS = {"after", "before", "following", "since", "amid", "despite", "until"}


@dataclass(frozen=True)
class Trigger:
    kind: EventKind
    start: int  # character offsets within the sentence
    end: int
    token: object  # the head spaCy token of the trigger
    score: float
    from_pattern: bool = False  # an ontology pattern, which carries its own context (a kind's `requires_any` is for words)


MONTH_WORDS = {"March", "May"}
PHRASE_BONUS = 5  # a multi-word trigger is a little surer than a single word
PATTERN_BONUS = 15  # a pattern from the ontology encodes context ("threw stones at", "weapons were seized")


@lru_cache(maxsize=1)
def _phrase_patterns() -> list[tuple[re.Pattern, EventKind, int]]:
    patterns = []
    for kind in load_ontology().values():
        for trigger in kind.triggers:
            if " " in trigger or "-" in trigger:
                patterns.append((re.compile(rf"(?<![\w-]){re.escape(trigger)}\w*(?![\w-])", re.I), kind, PHRASE_BONUS))
        patterns.extend((p, kind, PATTERN_BONUS) for p in kind.patterns)
    return patterns


@lru_cache(maxsize=1)
def _lemma_index() -> dict[str, list[EventKind]]:
    index: dict[str, list[EventKind]] = {}
    for kind in load_ontology().values():
        for trigger in kind.triggers:
            if " " not in trigger and "-" not in trigger:
                index.setdefault(trigger, []).append(kind)
    return index


LIGHT_VERBS = {"carry", "conduct", "launch", "stage", "execute", "mount", "perform", "hold", "organise", "organize", "undertake", "make"}
FRAME_PREPS = {"in", "during"}
INSTRUMENT_PREPS = {"with", "using"}
# Verbs that say an attack happened without saying how: "attacked the base with drones" is a drone strike.
PLAIN_ATTACK_VERBS = {"attack", "target", "hit", "strike", "assault", "destroy", "damage"}


def in_temporal_phrase(token) -> bool:
    """True when the word sits in "after ...", "before ...", "since ...": an earlier event, told as time."""
    return any(a.dep_ == "prep" and a.lower_ in TEMPORAL_PREPS for a in token.ancestors)


def _beside_number(token) -> bool:
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].like_num for i in (token.i - 1, token.i + 1))


def is_trigger_word(token) -> bool:
    """True when a token is one of the ontology's single-word triggers ("airdrop", "rockets")."""
    index = _lemma_index()
    return token.lemma_.lower() in index or token.lower_ in index


def _syntactic_weight(token) -> float:
    weight = 0.0
    if token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head  # "an airdrop operation": the phrase weighs what its head weighs
    if token.pos_ == "VERB" and (token.dep_ in {"ROOT", "conj", "advcl", "xcomp", "ccomp", "pcomp"} or _when_clause(token)):
        weight += 30
    elif token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() in LIGHT_VERBS:
        weight += 40  # "carried out an airdrop": the noun is the event
    elif (token.dep_ == "pobj" and token.head.lower_ in FRAME_PREPS and token.head.head.pos_ == "VERB" and token.pos_ == "NOUN"
          and token.doc[token.head.i - 1].lower_ not in CHARGE_NOUNS):  # "arrested two suspects in the bombing" is no frame
        weight += 45  # "killed in a joint raid": the raid frames the killing
    elif (token.dep_ == "pobj" and token.head.lower_ in INSTRUMENT_PREPS and token.pos_ == "NOUN"
          and token.head.head.lemma_.lower() in PLAIN_ATTACK_VERBS):
        weight += 45  # "attacked the base with drones": the weapon says what kind of attack
    elif (token.pos_ == "NOUN" or token.dep_ == "csubj") and _does_generic_harm(token):
        weight += 40  # "shelling on the town killed two", "killed as a result of artillery shelling"
    elif token.dep_ in {"nsubj", "nsubjpass", "dobj", "obj", "ROOT", "appos", "attr"}:
        weight += 25
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ in TEMPORAL_PREPS:
            weight -= 45
            break
        if ancestor.dep_ == "prep" and ancestor.lower_ in LOCATIVE_PREPS and token.pos_ == "NOUN":
            # a noun inside a locative phrase describes where, not what
            if any(t.i == token.i or token.i in {x.i for x in t.subtree} for t in ancestor.children if t.dep_ == "pobj"):
                weight -= 40
            break
    return weight - _demotion(token, list(token.ancestors))


def _purpose_infinitive(verb) -> bool:
    """"directed ... to fire", "planned to attack": an infinitive under a verb of purpose."""
    return verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in PURPOSE_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _when_clause(verb) -> bool:
    """"The worst incident was on 21 May, when troops opened fire on shepherds": the clause after "when" tells the event."""
    return verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)


def _demotion(token, ancestors: list) -> float:
    """How much less a trigger counts when the sentence tells it as something other than what happened:
    negated, a topic of speech, a charge, an agreement's content, a supporter, or a weapon that was stopped."""
    demotion = 0.0
    if any(child.dep_ == "neg" for child in token.children):
        demotion += 20
    if token.dep_ in {"dobj", "obj"} and token.head.lemma_.lower() in SPEECH_VERBS:
        demotion += 40  # "a rally denounced the bombing": the bombing is what they spoke of, not what happened
    if any(a.lower_ in CHARGE_NOUNS for a in ancestors[:4]):
        demotion += 45
    if any(a.dep_ in {"acl", "relcl", "advcl"} and a.head.lemma_.lower() in AGREEMENT_NOUNS for a in [token, *ancestors[:3]]):
        demotion += 40
    if _in_support_phrase(ancestors):
        demotion += 40  # "SDF units backed by Coalition aircraft raided a house": the aircraft only supported
    if any(_purpose_infinitive(a) for a in [token, *ancestors[:2]]):
        demotion += 40  # "a cell directed by Hamas to fire rockets at the Golan": what they were sent to do
    if token.dep_ == "pobj" and token.head.lower_ == "against" and token.head.head.lemma_.lower() in PROTEST_VERBS:
        demotion += 60  # "chanting against the bombing": what protesters protest, not what happened
    if _captured_when(token):
        demotion += 60  # "Screenshot 1 (captured 11 Mar 2026, 10:02)": an image taken, nobody held
    near = ancestors[:3] + [t for t in token.subtree if t.dep_ in {"acl", "relcl"}]
    if any(_disrupts(t) for t in near if t.pos_ in {"VERB", "AUX"}):
        demotion += 40  # "shot down both drones", "a drone downed by HTS": the drones are what was stopped
    return demotion


GENERIC_HARM_VERBS = PLAIN_ATTACK_VERBS | {"kill", "wound", "injure", "leave", "claim", "damage", "destroy", "explode", "land", "fall"}
CAUSE_WORDS = {"result", "consequence", "because", "due"}


def _does_generic_harm(noun) -> bool:
    """The noun says how harm was done that a plain verb reports: the subject of "killed", "hit", "targeted",
    the agent of "were killed by", or the cause in "as a result of"."""
    head = noun.head
    if noun.dep_ in {"nsubj", "csubj"} and head.lemma_.lower() in GENERIC_HARM_VERBS:
        return True
    if noun.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in GENERIC_HARM_VERBS:
        return True
    return noun.dep_ == "pobj" and head.lower_ in {"of", "to"} and head.head.lemma_.lower() in CAUSE_WORDS


def _captured_when(token) -> bool:
    """"captured 11 Mar 2026", "captured 28/05/2026 23:20": the time a picture or a screen was captured."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lemma_.lower() == "capture" and following is not None and (
        following.like_num or following.text[:1].isdigit() or following.ent_type_ in {"DATE", "TIME"}
        or following.lower_ == "on" and token.i + 2 < len(token.doc)
        and token.doc[token.i + 2].like_num)


# Verbs whose object is a topic, not a happening: "denounced the bombing", "met to discuss the handover".
SPEECH_VERBS = {"denounce", "condemn", "decry", "protest", "deplore", "criticise", "criticize", "blame", "deny", "mourn",
                "discuss", "negotiate", "demand", "request", "plan", "prepare", "study", "review", "investigate", "probe"}
PROTEST_VERBS = {"protest", "demonstrate", "chant", "rally", "march", "gather"}
# "arrested on accusations of dealing with ...", "on suspicion of involvement in the bombing": the charge, not an event
CHARGE_NOUNS = {"accusation", "accusations", "accused", "charge", "charges", "suspicion", "suspected", "allegation", "allegations", "involvement",
                "suspect", "suspects", "involved"}
# "sign a deal to hand over the dam": what an agreement or plan provides for has not happened yet
AGREEMENT_NOUNS = {"deal", "agreement", "accord", "truce", "ceasefire", "plan", "proposal", "arrangement"}
SUPPORT_VERBS = {"back", "support", "assist", "cover", "escort", "accompany"}


def _in_support_phrase(ancestors: list) -> bool:
    """"backed by Coalition aircraft", "with the support of Russian jets", "under air cover"."""
    for ancestor in ancestors[:4]:
        if ancestor.lemma_.lower() in SUPPORT_VERBS and ancestor.dep_ in {"acl", "advcl", "amod", "pobj", "dobj"}:
            return True
        if ancestor.lower_ in {"support", "cover", "backing"} and ancestor.dep_ == "pobj":
            return True
    return False


def _disrupts(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in {"intercept", "defuse", "dismantle", "foil", "thwart", "neutralise", "neutralize", "down"}:
        return True
    return lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def find_triggers(sentence: Sentence) -> list[Trigger]:
    found: list[Trigger] = []
    index = _lemma_index()
    offset = sentence.doc_offset
    for token in sentence.span:
        if token.text in MONTH_WORDS and _beside_number(token):
            continue  # "On the night of March 14" is no march
        if token.i >= 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ in {"anti", "counter"}:
            continue  # "anti-aircraft guns" are no aircraft
        for key in {token.lemma_.lower(), token.lower_}:
            for kind in index.get(key, []):
                start = token.idx - offset
                found.append(Trigger(kind, start, start + len(token.text), token, kind.priority + _syntactic_weight(token)))
    lemma_text, lemma_tokens = _lemma_text(sentence)
    for pattern, kind, bonus in _phrase_patterns():
        spans = [sentence.tokens_in(m.start(), m.end()) for m in pattern.finditer(sentence.text)]
        spans += [lemma_tokens[m.start():m.end()] for m in pattern.finditer(lemma_text)]
        for tokens in spans:
            tokens = [t for t in tokens if t is not None]
            if not tokens:
                continue
            head = min(tokens, key=lambda t: len(list(t.ancestors)))
            start = tokens[0].idx - offset
            end = tokens[-1].idx + len(tokens[-1].text) - offset
            found.append(Trigger(kind, start, end, head, kind.priority + _syntactic_weight(head) + bonus, bonus == PATTERN_BONUS))
    spans = _false_friend_spans(sentence.text, {t.kind.id: t.kind for t in found}.values())
    return sorted((t for t in found if not any(a <= t.start < b for a, b in spans[t.kind.id])), key=lambda t: -t.score)


def _false_friend_spans(text: str, kinds) -> dict[str, list[tuple[int, int]]]:
    """Where each kind's false friends stand in the sentence ("a bucket of mortar", "the Monday handover to the
    regional NOC"): a trigger word of that kind inside one means something else.  Searched once per kind."""
    return {kind.id: [m.span() for p in kind.false_friends for m in p.finditer(text)] for kind in kinds}


def _lemma_text(sentence: Sentence) -> tuple[str, list]:
    """The sentence as lower-case lemmas ("shot dead" -> "shoot dead"), and the token behind each character."""
    text, owners = "", []
    for token in sentence.span:
        piece = token.lemma_.lower() + token.whitespace_
        text += piece
        owners.extend([token] * len(token.lemma_) + [None] * len(token.whitespace_))
    return text, owners


# what a protest is against: "a protest in front of the UN office against the drone strikes", "a sit-in over the
# arrests", "demonstrated condemning the shelling": the violence named there is the protest's cause, not the event
PROTEST_CAUSE_RE = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|sit-ins?|vigils?|march(?:ed|es)?|strikes? by)\b"
                              r"[^.;:]{0,80}?\b(?:against|over|condemning|denouncing|to (?:denounce|condemn|protest))\s+(?P<cause>[^.;,]{1,60})",
                              re.I)
PROTEST_KINDS = {"peaceful_protest", "protest_with_intervention", "violent_demonstration", "force_against_protest"}


def best_trigger(sentence: Sentence) -> Trigger | None:
    """The highest-scoring trigger whose kind's required context (if any) the sentence has; a violent word in a
    protest's cause gives way to the protest."""
    lemmas = {t.lemma_.lower() for t in sentence.span} | {t.lower_ for t in sentence.span}
    triggers = find_triggers(sentence)
    causes = [m.span("cause") for m in PROTEST_CAUSE_RE.finditer(sentence.text)]
    protested = any(t.kind.id in PROTEST_KINDS for t in triggers)
    for trigger in triggers:
        if protested and trigger.kind.id not in PROTEST_KINDS and any(a <= trigger.start < b for a, b in causes):
            continue
        if trigger.from_pattern or not trigger.kind.requires_any or lemmas & set(trigger.kind.requires_any):
            return trigger
    return None
