"""Train sitrep's learned event classifier from corpus/train/snippets.tsv and export its weights.

Needs scikit-learn at training time only (pip install scikit-learn); the exported model in
src/sitrep/data/classifier/ is read by sitrep.extract.learned with numpy alone.

    .venv/bin/python scripts/train_classifier.py                     # train and export
    .venv/bin/python scripts/train_classifier.py --dev ../shared/eval/case2021/dev.tsv   # also score on dev

The dev split is for measurement only: it is never read for training.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitrep.extract import learned  # noqa: E402

TRAIN = ROOT / "corpus" / "train" / "snippets.tsv"
C = 20.0
MIN_DF = 2
HAND_WEIGHT = 1.0


def read_tsv(path: Path) -> tuple[list[str], list[str]]:
    texts, labels, _ = read_rows(path)
    return texts, labels


def read_rows(path: Path) -> tuple[list[str], list[str], list[float]]:
    """Texts, labels and weights; hand-written rows (ids starting with 'h') weigh HAND_WEIGHT."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    weights = [HAND_WEIGHT if r["id"].startswith("h") else 1.0 for r in rows]
    return [r["snippet"] for r in rows], [r["acled_subtype"] for r in rows], weights


def train(texts: list[str], labels: list[str], weights: list[float] | None = None
          ) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(analyzer=learned.features, sublinear_tf=True, min_df=MIN_DF, dtype=np.float64)
    x = vectorizer.fit_transform(texts)
    clf = LogisticRegression(C=C, max_iter=3000)
    clf.fit(x, labels, sample_weight=weights)
    return vectorizer, clf


def export(vectorizer: TfidfVectorizer, clf: LogisticRegression, metadata: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    grams = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    np.savez_compressed(out / "model.npz", labels=np.array(clf.classes_, dtype=str),
                        vocabulary=np.array(grams, dtype=str), idf=vectorizer.idf_.astype(np.float32),
                        coef=clf.coef_.astype(np.float16), intercept=clf.intercept_.astype(np.float32))
    (out / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")


def scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    return {"accuracy": round(accuracy_score(gold, pred), 3),
            "weighted_f1": round(f1_score(gold, pred, average="weighted", zero_division=0), 3),
            "macro_f1": round(f1_score(gold, pred, average="macro", labels=sorted(set(gold)), zero_division=0), 3)}


def evaluate_dev(path: Path) -> dict[str, dict[str, float]]:
    """Score learned alone, rules alone and the combination on a CASE-format TSV."""
    from sitrep.extract import main_kind

    texts, gold = read_tsv(path)
    learned.load_model.cache_clear()
    kinds = [main_kind(t) for t in texts]
    rules = [learned.rule_code(k) or "OTHER" for k in kinds]
    alone = [learned.predict(t)[0] for t in texts]
    both = [learned.combined(t, k) for t, k in zip(texts, kinds)]
    return {"learned": scores(gold, alone), "rules": scores(gold, rules), "combined": scores(gold, both)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--out", type=Path, default=learned.MODEL_DIR)
    parser.add_argument("--dev", type=Path, help="CASE 2021 dev TSV to score on (measurement only)")
    args = parser.parse_args()
    if args.dev and args.out.resolve() != learned.MODEL_DIR.resolve():
        # evaluate_dev scores through sitrep.extract.learned, which reads only the shipped weights.
        parser.error(f"--dev scores the weights in {learned.MODEL_DIR}, not those in --out {args.out}")

    texts, labels, weights = read_rows(args.train)
    vectorizer, clf = train(texts, labels, weights)
    metadata = {
        "model": "multinomial logistic regression over TF-IDF word, word-pair and character 3-5-gram features",
        "training_data": str(args.train.relative_to(ROOT)) if args.train.is_relative_to(ROOT) else str(args.train),
        "training_rows": len(texts),
        "training_sha256": hashlib.sha256(args.train.read_bytes()).hexdigest(),
        "trained": dt.date.today().isoformat(),
        "hyperparameters": {"C": C, "min_df": MIN_DF, "sublinear_tf": True, "hand_written_row_weight": HAND_WEIGHT},
        "features": len(vectorizer.vocabulary_),
        "training_accuracy": round(clf.score(vectorizer.transform(texts), labels), 3),
    }
    export(vectorizer, clf, metadata, args.out)
    if args.dev:
        metadata["dev"] = {"data": "CASE 2021 task 2 dev split (measurement only)", **evaluate_dev(args.dev)}
        (args.out / "metadata.json").write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(metadata, indent=2))


if __name__ == "__main__":
    main()
