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
from sitrep.extract.vocabulary import EventKind, load_ontology

LOCATIVE_PREPS = {"at", "in", "inside", "near", "to", "into", "from", "towards", "toward", "within", "outside"}
# "put on high alert after the attack": a trigger inside such a phrase names an earlier event.
TEMPORAL_PREPS = {"after", "before", "following", "since", "amid", "despite", "until"}


@dataclass(frozen=True)
class Trigger:
    kind: EventKind
    start: int  # character offsets within the sentence
    end: int
    token: object  # the head spaCy token of the trigger
    score: float


@lru_cache(maxsize=1)
def _phrase_patterns() -> list[tuple[re.Pattern, EventKind]]:
    patterns = []
    for kind in load_ontology().values():
        for trigger in kind.triggers:
            if " " in trigger or "-" in trigger:
                patterns.append((re.compile(rf"(?<![\w-]){re.escape(trigger)}\w*(?![\w-])", re.I), kind))
        patterns.extend((p, kind) for p in kind.patterns)
    return patterns


@lru_cache(maxsize=1)
def _lemma_index() -> dict[str, list[EventKind]]:
    index: dict[str, list[EventKind]] = {}
    for kind in load_ontology().values():
        for trigger in kind.triggers:
            if " " not in trigger and "-" not in trigger:
                index.setdefault(trigger, []).append(kind)
    return index


def _syntactic_weight(token) -> float:
    weight = 0.0
    if token.pos_ == "VERB" and token.dep_ in {"ROOT", "conj", "advcl", "xcomp", "ccomp", "pcomp"}:
        weight += 30
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
    if any(child.dep_ == "neg" for child in token.children):
        weight -= 20
    return weight


def find_triggers(sentence: Sentence) -> list[Trigger]:
    found: list[Trigger] = []
    index = _lemma_index()
    offset = sentence.doc_offset
    for token in sentence.span:
        for key in {token.lemma_.lower(), token.lower_}:
            for kind in index.get(key, []):
                start = token.idx - offset
                found.append(Trigger(kind, start, start + len(token.text), token, kind.priority + _syntactic_weight(token)))
    for pattern, kind in _phrase_patterns():
        for match in pattern.finditer(sentence.text):
            tokens = sentence.tokens_in(match.start(), match.end())
            if not tokens:
                continue
            head = min(tokens, key=lambda t: len(list(t.ancestors)))
            found.append(Trigger(kind, match.start(), match.end(), head, kind.priority + _syntactic_weight(head) + 5))
    return sorted(found, key=lambda t: -t.score)


def best_trigger(sentence: Sentence) -> Trigger | None:
    triggers = find_triggers(sentence)
    return triggers[0] if triggers else None
