"""Train sitrep's learned event filter from the rules' output on corpus/dev/ and export its weights.

Every event the rules find in a dev document (with the filter off) is one example, labelled by whether
the gold annotates an event at its evidence.  The script first reports five-fold cross-validation,
folds by document, so the figures in metadata.json are for documents the model did not see; then it
trains on all of them and writes src/sitrep/data/event_filter/ (read by sitrep.extract.event_filter
with numpy alone).  Needs scikit-learn at training time only:

    .venv/bin/pip install scikit-learn
    .venv/bin/python scripts/train_event_filter.py            # about a minute

Retrain whenever the rules or the dev corpus change: the model learns where the rules go wrong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate import _gold_span, _predicted_spans, load_gold, match_spans  # noqa: E402
from sitrep.extract import extract  # noqa: E402
from sitrep.extract.event_filter import (ANOTHER_INCIDENT_RE, EVENT_LABEL, FILTER_DIR, TOTAL_FLOOR, TOTAL_LABEL,  # noqa: E402
                                         TOTALS_DIR, context_words, filter_text)
from sitrep.extract.learned import features  # noqa: E402
from sitrep.ingest import read  # noqa: E402
from sitrep.settings import Settings  # noqa: E402

C = 10.0      # inverse regularisation; chosen by the cross-validation below (3, 10 and 30 tried)
MIN_DF = 2    # an n-gram must occur in two examples
FOLDS = 5
FLOORS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
TOTAL_FLOORS = (0.5, 0.6, 0.7, 0.75, 0.8)  # for the totals model: how many dropped events each would keep as claims


def examples(gold_path: Path) -> tuple[list[str], list[str], list[str], list[bool], int, list[bool]]:
    """Texts, labels ("event" or "not"), documents of the rules' events, whether each opens by announcing
    another incident (kept whatever the model says); the number of gold events; and whether each (not an
    event) is a sentence the gold codes as a period's total."""
    settings = replace(Settings.from_env(), event_filter=0.0)
    texts, labels, documents, announced, gold_events, totals = [], [], [], [], 0, []
    for gold in load_gold(gold_path):
        document = next(d for d in read(gold_path.parent / gold.file) if not isinstance(d, Exception))
        found = extract(document, settings).events
        gold_spans = [_gold_span(gold.file, document.text, g.evidence) for g in gold.events]
        matched = {p for _, p in match_spans(gold_spans, [_predicted_spans(document.text, e.evidence) for e in found])}
        gold_events += len(gold.events)
        for index, event in enumerate(found):
            evidence = " ".join(e.text for e in event.evidence)
            texts.append(filter_text(event.kind, event.certainty.value, event.confidence, evidence, context_words(found, index)))
            labels.append(EVENT_LABEL if index in matched else "not")
            documents.append(gold.file)
            totals.append(index not in matched and any(evidence in c.evidence or c.evidence in evidence for c in gold.claims))
            announced.append(bool(event.evidence and ANOTHER_INCIDENT_RE.match(event.evidence[0].text)))
    return texts, labels, documents, announced, gold_events, totals


def train(texts: list[str], labels: list) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(analyzer=features, min_df=MIN_DF, sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(matrix, labels)
    return vectorizer, model


def cross_validation(texts, labels, documents, announced, gold_events: int, totals: list[bool]) -> dict:
    """Event detection F1 on held-out folds when events under each floor are dropped; and how many of the
    events dropped at the default floor the totals model turns into claims, and how many of those the gold
    codes as totals."""
    probability, total = np.zeros(len(texts)), np.zeros(len(texts))
    for train_rows, test_rows in GroupKFold(n_splits=FOLDS).split(texts, labels, documents):
        vectorizer, model = train([texts[i] for i in train_rows], [labels[i] for i in train_rows])
        column = list(model.classes_).index(EVENT_LABEL)
        probability[test_rows] = model.predict_proba(vectorizer.transform([texts[i] for i in test_rows]))[:, column]
        vectorizer, model = train([texts[i] for i in train_rows], [totals[i] for i in train_rows])
        total[test_rows] = model.predict_proba(vectorizer.transform([texts[i] for i in test_rows]))[:, list(model.classes_).index(True)]
    right = np.array([label == EVENT_LABEL for label in labels])
    result = {"rules_alone": _detection(right, np.ones(len(right), bool), gold_events)}
    for floor in FLOORS:
        kept = (probability >= floor) | np.array(announced)
        result[f"floor_{floor}"] = {**_detection(right, kept, gold_events),
                                    "dropped_wrong": int((~kept & ~right).sum()), "dropped_right": int((~kept & right).sum())}
    dropped = ~((probability >= Settings().event_filter) | np.array(announced))
    routed = dropped & (total >= TOTAL_FLOOR)
    result["totals"] = {"floor": TOTAL_FLOOR, "dropped_that_gold_codes_as_totals": int((dropped & np.array(totals)).sum()),
                        "turned_into_claims": int(routed.sum()), "of_them_gold_totals": int((routed & np.array(totals)).sum())}
    result["totals_by_floor"] = {str(f): {"turned_into_claims": int((dropped & (total >= f)).sum()),
                                          "of_them_gold_totals": int((dropped & (total >= f) & np.array(totals)).sum())}
                                 for f in TOTAL_FLOORS}
    return result


def _detection(right: np.ndarray, kept: np.ndarray, gold_events: int) -> dict:
    correct = int((right & kept).sum())
    precision, recall = correct / max(1, int(kept.sum())), correct / max(1, gold_events)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def export(vectorizer: TfidfVectorizer, model: LogisticRegression, metadata: dict, out: Path, positive=EVENT_LABEL,
           label: str = EVENT_LABEL) -> None:
    """The format sitrep.extract.learned.load_model reads: two labels, their linear scores' weights."""
    out.mkdir(parents=True, exist_ok=True)
    grams = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    # binary logistic regression as a softmax over two labels: the score of "not" is fixed at 0
    weights = model.coef_[0] if model.classes_[1] == positive else -model.coef_[0]
    bias = model.intercept_[0] if model.classes_[1] == positive else -model.intercept_[0]
    np.savez_compressed(out / "model.npz", labels=np.array(["not", label], dtype=str),
                        vocabulary=np.array(grams, dtype=str), idf=vectorizer.idf_.astype(np.float32),
                        coef=np.vstack([np.zeros_like(weights), weights]).astype(np.float32),
                        intercept=np.array([0.0, bias], dtype=np.float32))
    (out / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, nargs="+", default=[ROOT / "corpus" / "dev" / "gold.jsonl", ROOT / "examples" / "gold.jsonl"],
                        help="gold files whose documents the rules are run on (default: corpus/dev and examples)")
    parser.add_argument("--out", type=Path, default=FILTER_DIR)
    args = parser.parse_args()
    texts, labels, documents, announced, gold_events, totals = [], [], [], [], 0, []
    for gold in args.gold:
        more = examples(gold)
        texts, labels, announced, gold_events = texts + more[0], labels + more[1], announced + more[3], gold_events + more[4]
        documents += [f"{gold.parent.name}/{d}" for d in more[2]]
        totals += more[5]
    validation = cross_validation(texts, labels, documents, announced, gold_events, totals)
    vectorizer, model = train(texts, labels)
    metadata = {
        "trained": dt.date.today().isoformat(),
        "data": f"the rules' events on {', '.join(str(g.relative_to(ROOT)) for g in args.gold)} (filter off), labelled by the gold",
        "gold_sha256": {str(g.relative_to(ROOT)): hashlib.sha256(g.read_bytes()).hexdigest() for g in args.gold},
        "examples": len(texts), "labelled_event": labels.count(EVENT_LABEL), "gold_events": gold_events,
        "model": f"logistic regression, C={C}, balanced classes, TF-IDF of sitrep.extract.learned.features, min_df={MIN_DF}",
        "features": len(vectorizer.vocabulary_),
        "cross_validation": {"folds": f"{FOLDS}, grouped by document", **validation},
    }
    export(vectorizer, model, metadata, args.out)
    vectorizer, model = train(texts, totals)
    export(vectorizer, model, {"trained": metadata["trained"], "data": metadata["data"], "gold_sha256": metadata["gold_sha256"],
                               "examples": len(texts), "labelled_total": sum(totals),
                               "model": metadata["model"] + "; label: a found event whose sentence the gold codes as a claim",
                               "features": len(vectorizer.vocabulary_)},
           args.out / TOTALS_DIR.name, positive=True, label=TOTAL_LABEL)
    print(json.dumps(metadata, indent=2))


if __name__ == "__main__":
    main()
