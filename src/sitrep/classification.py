"""Scoring event classification: a snippet in, one ACLED sub-event type out.

The classification sets use the label codes of the CASE 2021 shared task
(Task 2, fine-grained event classification): `AIR_STRIKE`, `ARREST`, ...
`load_case_codes` reads the code ↔ ACLED sub-event table from
src/sitrep/data/case2021_codes.toml, `load_classification_tsv` reads a set,
`predict_case_code` classifies one snippet, and `classification_scores`
computes the figures.  The metrics are pure and follow scikit-learn's
definitions (`accuracy_score`, `f1_score(average="weighted"|"macro")`) so
that the numbers compare with published ones.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from sitrep.errors import InputError, VocabularyError
from sitrep.settings import DATA_DIR, Settings
from sitrep.vocabulary import ACLED_EVENT_TYPES, load_ontology, read_toml

# What the rule path predicts when a snippet has no trigger at all: ACLED's catch-all.
FALLBACK_CODE = "OTHER"
REQUIRED_COLUMNS = ("id", "snippet", "acled_subtype")

# ---------------------------------------------------------------- the code table


@lru_cache(maxsize=4)
def load_case_codes(path: Path = DATA_DIR / "case2021_codes.toml") -> dict[str, str]:
    """CASE 2021 code → ACLED sub-event type name, checked against ACLED's list."""
    codes = read_toml(path).get("codes")
    if not isinstance(codes, dict) or not codes:
        raise VocabularyError(f"{path.name}: no [codes] table")
    known = set().union(*ACLED_EVENT_TYPES.values())
    for code, name in codes.items():
        if name not in known:
            raise VocabularyError(f"{path.name}: code '{code}' maps to an unknown ACLED sub-event type '{name}'")
    names = list(codes.values())
    if len(set(names)) != len(names):
        raise VocabularyError(f"{path.name}: two codes map to the same ACLED sub-event type")
    return dict(codes)


def case_code_of(sub_event_type: str) -> str:
    """The CASE 2021 code of an ACLED sub-event type name."""
    for code, name in load_case_codes().items():
        if name == sub_event_type:
            return code
    raise VocabularyError(f"case2021_codes.toml: no code for the ACLED sub-event type '{sub_event_type}'")


def case_code_of_kind(kind: str | None) -> str:
    """The CASE 2021 code of a sitrep ontology kind (its ACLED sub-event type); no kind is OTHER."""
    if kind is None:
        return FALLBACK_CODE
    return case_code_of(load_ontology()[kind].sub_event_type)


# ---------------------------------------------------------------- reading a set


@dataclass(frozen=True)
class Row:
    """One snippet of a classification set with its gold CASE 2021 code."""

    id: str
    snippet: str
    label: str


def load_classification_tsv(path: Path) -> list[Row]:
    """Read a TSV with a header naming at least id, snippet and acled_subtype (CASE 2021 codes).

    Columns may come in any order and extra columns are ignored.  A missing
    column, a short row, an empty snippet or an unknown code raises an
    InputError naming the file and the line.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read classification set ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "not UTF-8 text") from exc
    if not lines:
        raise InputError(str(path), "empty file; expected a header line: id<TAB>snippet<TAB>acled_subtype")
    header = [name.strip() for name in lines[0].split("\t")]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise InputError(f"{path}, line 1", f"missing column(s) {', '.join(missing)} (the header must name id, snippet, acled_subtype, tab-separated)")
    where = {name: header.index(name) for name in REQUIRED_COLUMNS}
    codes = load_case_codes()
    rows: list[Row] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < len(header):
            raise InputError(f"{path}, line {number}", f"{len(cells)} column(s), the header has {len(header)}")
        row = Row(*(cells[where[name]].strip() for name in REQUIRED_COLUMNS))
        if not row.snippet:
            raise InputError(f"{path}, line {number}", "empty snippet")
        if row.label not in codes:
            raise InputError(f"{path}, line {number}", f"unknown acled_subtype code {row.label!r} (expected a CASE 2021 code such as AIR_STRIKE)")
        rows.append(row)
    return rows


# ---------------------------------------------------------------- predicting


def predict_case_code(text: str, settings: Settings | None = None, rules_only: bool = False) -> str:
    """The CASE 2021 code of the main event of a snippet.

    The rule path: `sitrep.extract.main_kind`, mapped to its ACLED sub-event
    type.  When the learned classifier (sitrep.extract.learned) is installed
    it has the last word, given the rule path's kind, unless `rules_only`.
    This is the only place that knows whether it is installed.
    """
    from sitrep.extract import main_kind

    kind = main_kind(text, settings)
    if rules_only:
        return case_code_of_kind(kind)
    try:
        from sitrep.extract.learned import combined
    except ImportError:
        return case_code_of_kind(kind)
    return combined(text, kind)


def classify_rows(
    rows: list[Row],
    settings: Settings | None = None,
    on_row: Callable[[Row], None] | None = None,
    rules_only: bool = False,
) -> list[str]:
    """The predicted code of every row, in order; `on_row` is called after each (a progress bar)."""
    predictions = []
    for row in rows:
        predictions.append(predict_case_code(row.snippet, settings, rules_only=rules_only))
        if on_row is not None:
            on_row(row)
    return predictions


# ---------------------------------------------------------------- metrics


@dataclass(frozen=True)
class LabelScore:
    """One label's counts: right, predicted as it, gold as it."""

    label: str
    correct: int
    predicted: int
    support: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class ClassificationScores:
    """Accuracy, weighted and macro F1, per-label scores and the confusion counts.

    `labels` are the labels in gold ∪ predicted, sorted; `confusion` maps
    (gold, predicted) to a count, only pairs that occur.
    """

    n: int
    labels: tuple[str, ...]
    per_label: dict[str, LabelScore]
    confusion: dict[tuple[str, str], int]

    @property
    def accuracy(self) -> float:
        right = sum(s.correct for s in self.per_label.values())
        return right / self.n if self.n else 0.0

    @property
    def macro_f1(self) -> float:
        """Unweighted mean of the per-label F1 over every label in gold or predicted."""
        return sum(s.f1 for s in self.per_label.values()) / len(self.labels) if self.labels else 0.0

    @property
    def weighted_f1(self) -> float:
        """Per-label F1 weighted by gold support (labels only predicted weigh nothing)."""
        return sum(s.f1 * s.support for s in self.per_label.values()) / self.n if self.n else 0.0

    def to_dict(self) -> dict:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "weighted_f1": round(self.weighted_f1, 4),
            "macro_f1": round(self.macro_f1, 4),
            "per_label": {
                label: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                    "predicted": s.predicted,
                }
                for label, s in self.per_label.items()
            },
            "confusion": {
                gold: {pred: count for (g, pred), count in sorted(self.confusion.items()) if g == gold}
                for gold in self.labels
                if any(g == gold for g, _ in self.confusion)
            },
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def to_table(self) -> str:
        """The summary, one row per label, then the confusion table (rows gold, columns predicted)."""
        width = max([len("label"), *(len(label) for label in self.labels)])
        lines = [
            f"n {self.n}  accuracy {self.accuracy:.3f}  weighted F1 {self.weighted_f1:.3f}  macro F1 {self.macro_f1:.3f}",
            "",
            f"{'#':>3} {'label':<{width}}  precision  recall     f1  support",
        ]
        for number, label in enumerate(self.labels, start=1):
            s = self.per_label[label]
            lines.append(f"{number:>3} {label:<{width}}  {s.precision:9.3f}  {s.recall:6.3f}  {s.f1:5.3f}  {s.support:7d}")
        lines += ["", "confusion (rows: gold, columns: predicted, numbered as above; . is 0)"]
        cell = max(3, len(str(len(self.labels))) + 1, *(len(str(c)) + 1 for c in self.confusion.values()))
        lines.append(f"{'':>3} {'':<{width}} " + "".join(f"{n:>{cell}}" for n in range(1, len(self.labels) + 1)))
        for number, gold in enumerate(self.labels, start=1):
            counts = (self.confusion.get((gold, pred), 0) for pred in self.labels)
            lines.append(f"{number:>3} {gold:<{width}} " + "".join(f"{c or '.':>{cell}}" for c in counts))
        return "\n".join(lines)


def classification_scores(gold: list[str], predicted: list[str]) -> ClassificationScores:
    """Score predicted labels against gold labels, position by position."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    confusion = Counter(zip(gold, predicted))
    support = Counter(gold)
    predicted_counts = Counter(predicted)
    labels = tuple(sorted(set(gold) | set(predicted)))
    per_label = {
        label: LabelScore(label, confusion.get((label, label), 0), predicted_counts[label], support[label])
        for label in labels
    }
    return ClassificationScores(n=len(gold), labels=labels, per_label=per_label, confusion=dict(confusion))
