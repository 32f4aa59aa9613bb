"""A small learned classifier for the main event of a snippet, in ACLED sub-event codes (CASE 2021 task 2).

The model is multinomial logistic regression over TF-IDF word and character n-grams, trained by
scripts/train_classifier.py on the fictional snippets we wrote in corpus/train/.  At run time it needs
only numpy and the exported weights in src/sitrep/data/classifier/ (model.npz + metadata.json); nothing
is downloaded.  `combined` merges its answer with the rule-based kind from the ontology.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from sitrep.errors import VocabularyError
from sitrep.settings import DATA_DIR

MODEL_DIR = DATA_DIR / "classifier"


_WORD = re.compile(r"(?u)\b\w\w+\b")
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
FIRST_SENTENCE_WEIGHT = True


def features(text: str, char_sizes: tuple[int, ...] = (3, 4, 5)) -> list[str]:
    """The n-gram features of a text: words, word pairs, and character n-grams inside words.

    The first sentence, where wire news tells its main event, counts twice.  Training and
    prediction share this function so the two cannot drift apart.
    """
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    grams = _grams(text, char_sizes)
    if FIRST_SENTENCE_WEIGHT and first != text.strip():
        grams += _grams(first, char_sizes)
    return grams


def _grams(text: str, char_sizes: tuple[int, ...]) -> list[str]:
    lowered = _SPACE.sub(" ", text.lower())
    words = _WORD.findall(lowered)
    grams = [f"w:{w}" for w in words]
    grams += [f"b:{a} {b}" for a, b in zip(words, words[1:])]
    for word in lowered.split(" "):
        padded = f" {word} "
        for n in char_sizes:
            if len(padded) < n:
                continue
            grams += [f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    return grams


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    metadata: dict

    def proba(self, text: str) -> np.ndarray:
        """Softmax over the labels of the linear scores of the text's TF-IDF vector (sublinear tf, l2 norm)."""
        counts = Counter(g for g in features(text) if g in self.vocabulary)
        columns = np.array([self.vocabulary[g] for g in counts], dtype=np.int64)
        values = np.array([1.0 + math.log(c) for c in counts.values()]) * self.idf[columns]
        norm = np.linalg.norm(values)
        scores = self.intercept + (self.coef[:, columns] @ (values / norm) if norm else 0.0)
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()


@lru_cache(maxsize=8)  # the snippet classifier, the event filter and its totals model, read once each
def load_model(directory: Path = MODEL_DIR) -> Model:
    """Read the exported weights once; raise VocabularyError when they are missing or inconsistent."""
    try:
        arrays = np.load(directory / "model.npz", allow_pickle=False)
        metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise VocabularyError(f"classifier weights in {directory} cannot be read: {exc}") from exc
    labels = tuple(str(x) for x in arrays["labels"])
    grams = [str(x) for x in arrays["vocabulary"]]
    coef = arrays["coef"].astype(np.float64)
    if coef.shape != (len(labels), len(grams)):
        raise VocabularyError(f"classifier weights in {directory}: coefficient shape {coef.shape} does not fit "
                              f"{len(labels)} labels x {len(grams)} features; retrain with scripts/train_classifier.py")
    return Model(labels=labels, vocabulary={g: i for i, g in enumerate(grams)},
                 idf=arrays["idf"].astype(np.float64), coef=coef,
                 intercept=arrays["intercept"].astype(np.float64), metadata=metadata)


def predict_proba(text: str) -> dict[str, float]:
    """Probability of each CASE code for the main event of `text`; the values sum to 1."""
    model = load_model()
    return {label: float(p) for label, p in zip(model.labels, model.proba(text))}


def predict(text: str) -> tuple[str, float]:
    """The most likely CASE code for the main event of `text`, with its probability."""
    model = load_model()
    p = model.proba(text)
    best = int(p.argmax())
    return model.labels[best], float(p[best])


@lru_cache(maxsize=1)
def _kind_codes() -> dict[str, str]:
    from sitrep.classification import case_code_of  # the code table lives in data/case2021_codes.toml
    from sitrep.vocabulary import load_ontology

    return {kind_id: case_code_of(kind.sub_event_type) for kind_id, kind in load_ontology().items()}


def rule_code(rule_kind: str | None) -> str | None:
    """The CASE code of an ontology kind, or None when the rules found no kind."""
    if rule_kind is None:
        return None
    return _kind_codes().get(rule_kind)


# Tuned on the CASE 2021 dev split (figures in src/sitrep/data/classifier/metadata.json): the rules'
# answer adds this much to the learned probability of its code before the vote.
RULE_BONUS = 0.4


def combined(text: str, rule_kind: str | None) -> str:
    """The CASE code for the main event of `text`, merging the learned model with the rule-based kind.

    A weighted vote: the learned probabilities, plus RULE_BONUS for the code of the kind the rules found
    (unless that code is OTHER, which the rules use for "nothing specific").  The rules thus decide only
    when the model is torn between their answer and another.
    """
    proba = predict_proba(text)
    ruled = rule_code(rule_kind)
    if ruled is not None and ruled != "OTHER" and ruled in proba:
        proba[ruled] += RULE_BONUS
    return max(proba, key=proba.get)
