"""Scoring extraction against a gold annotation.

The gold file (see examples/README.md) holds, per document, the events and
period claims a careful analyst finds in it.  `score` pairs each predicted
event with the gold event whose evidence sentence it overlaps, then counts
field by field what extraction got right.  Everything here is pure except
`load_gold`, which reads the file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sitrep.errors import InputError, SitrepError
from sitrep.model import ActorRole, CasualtyKind, Certainty, Claim, Event, Evidence, Extraction, TimePrecision

# ---------------------------------------------------------------- gold model


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldEvent(_Gold):
    """One event as the annotator wrote it."""

    kind: str
    evidence: str = Field(min_length=1)
    date_start: date | None = None
    date_end: date | None = None
    time_precision: TimePrecision | None = None
    place: str | None = None
    initiators: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    quantities: dict[str, int] = Field(default_factory=dict)
    killed: int = Field(default=0, ge=0)
    injured: int = Field(default=0, ge=0)
    arrested: int = Field(default=0, ge=0)
    certainty: Certainty = Certainty.REPORTED


class GoldClaim(_Gold):
    """One stated period total as the annotator wrote it."""

    kind: str
    evidence: str = Field(min_length=1)
    quantities: dict[str, int] = Field(default_factory=dict)
    dates: list[date] = Field(default_factory=list)
    killed: int = Field(default=0, ge=0)
    injured: int = Field(default=0, ge=0)
    arrested: int = Field(default=0, ge=0)
    initiators: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    period_start: date | None = None
    period_end: date | None = None


class GoldDocument(_Gold):
    """The annotation of one document: `file` is its path relative to the gold file."""

    file: str = Field(min_length=1)
    events: list[GoldEvent] = Field(default_factory=list)
    claims: list[GoldClaim] = Field(default_factory=list)


def load_gold(path: Path) -> list[GoldDocument]:
    """Read a gold JSON Lines file; a malformed line raises an error naming it."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file ({exc.strerror or exc})") from exc
    documents: list[GoldDocument] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            document = GoldDocument.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
        except ValidationError as exc:
            raise InputError(where, f"not a gold document: {_first_problem(exc)}") from exc
        if document.file in seen:
            raise InputError(where, f"{document.file!r} is annotated twice")
        seen.add(document.file)
        documents.append(document)
    return documents


def _first_problem(exc: ValidationError) -> str:
    error = exc.errors()[0]
    location = ".".join(str(part) for part in error["loc"]) or "document"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{location}: {error['msg']}{more}"


# ---------------------------------------------------------------- scores


@dataclass(frozen=True)
class FieldScore:
    """Counts for one field: how often it was right, predicted, and in gold."""

    name: str
    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.gold


@dataclass(frozen=True)
class Miss:
    """One disagreement: a field of a gold item that extraction got wrong or missed.

    `evidence` is the gold evidence sentence, None for a prediction that no
    gold item matches.
    """

    document: str
    evidence: str | None
    field: str
    gold: Any
    predicted: Any


@dataclass
class Scores:
    """Per-field scores and the misses behind them."""

    fields: dict[str, FieldScore] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def __getitem__(self, name: str) -> FieldScore:
        return self.fields[name]

    def to_table(self) -> str:
        """A plain-text table, one row per field."""
        width = max([len("field"), *(len(name) for name in self.fields)])
        rows = [f"{'field':<{width}}  precision  recall     f1  support"]
        for name, s in self.fields.items():
            rows.append(f"{name:<{width}}  {s.precision:9.3f}  {s.recall:6.3f}  {s.f1:5.3f}  {s.support:7d}")
        return "\n".join(rows)

    def to_json(self) -> str:
        return json.dumps(
            {
                "fields": {
                    name: {
                        "precision": round(s.precision, 4),
                        "recall": round(s.recall, 4),
                        "f1": round(s.f1, 4),
                        "support": s.support,
                        "correct": s.correct,
                        "predicted": s.predicted,
                    }
                    for name, s in self.fields.items()
                },
                "misses": [
                    {
                        "document": m.document,
                        "evidence": m.evidence,
                        "field": m.field,
                        "gold": _jsonable(m.gold),
                        "predicted": _jsonable(m.predicted),
                    }
                    for m in self.misses
                ],
            },
            indent=2,
            ensure_ascii=False,
        )


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, Certainty, TimePrecision)):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_jsonable(v) for v in value)
    return value


class _Tally:
    """Mutable counters behind the frozen FieldScores."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}
        self.misses: list[Miss] = []

    def add(self, name: str, correct: bool, predicted: bool, gold: bool) -> None:
        counts = self.counts.setdefault(name, [0, 0, 0])
        counts[0] += correct
        counts[1] += predicted
        counts[2] += gold

    def scores(self, order: Iterable[str]) -> Scores:
        ranked = sorted(self.counts, key=_field_rank(list(order)))
        fields = {n: FieldScore(n, *self.counts[n]) for n in ranked}
        return Scores(fields=fields, misses=self.misses)


def _field_rank(order: list[str]) -> Callable[[str], tuple[int, str]]:
    def rank(name: str) -> tuple[int, str]:
        for position, prefix in enumerate(order):
            if name == prefix or (prefix.endswith(".") and name.startswith(prefix)):
                return position, name
        return len(order), name

    return rank


_ORDER = [
    "event", "event.kind", "event.date", "event.time_precision", "event.place",
    "event.initiators", "event.targets", "event.partners", "event.quantity.",
    "event.killed", "event.injured", "event.arrested", "event.certainty",
    "claim", "claim.kind", "claim.quantity.", "claim.dates", "claim.period",
    "claim.initiators", "claim.partners", "claim.killed", "claim.injured", "claim.arrested",
]  # fmt: skip


# ---------------------------------------------------------------- normalising values


def normalise_place(name: str) -> str:
    """Place names compare without case, the article "al-" and punctuation."""
    lowered = name.lower().replace("’", "'")
    without_article = re.sub(r"\b(?:al|el|ad|ar|as|ash|at|az)[-\s]", "", lowered)
    return re.sub(r"[^0-9a-z]", "", without_article)


def _actor_key(name: str) -> str:
    return name.strip().lower()


def _predicted_actors(actors: Iterable[Any], role: ActorRole) -> frozenset[str]:
    return frozenset(_actor_key(a.actor.actor_id or a.actor.name) for a in actors if a.role == role)


def _gold_actors(names: list[str]) -> frozenset[str]:
    return frozenset(_actor_key(n) for n in names)


# A field: (gold value or None, predicted value or None, do they agree).
_FieldValues = dict[str, tuple[Any, Any, bool]]


def _same(gold: Any, predicted: Any) -> tuple[Any, Any, bool]:
    return gold, predicted, gold is not None and gold == predicted


def _present(value: Any) -> Any:
    """None for values that mean "not stated": empty collections and zero counts."""
    return value if value else None


def _event_fields(gold: GoldEvent | None, pred: Event | None) -> _FieldValues:
    values: _FieldValues = {}
    values["kind"] = _same(gold.kind if gold else None, pred.kind if pred else None)

    gold_date = (gold.date_start, gold.date_end or gold.date_start) if gold and gold.date_start else None
    pred_date = (pred.date_start, pred.date_end or pred.date_start) if pred and pred.date_start else None
    values["date"] = _same(gold_date, pred_date)
    values["time_precision"] = _same(
        gold.time_precision if gold else None,
        pred.time_precision if pred and pred.date_start else None,
    )

    gold_place = gold.place if gold else None
    pred_place = (pred.place.resolved_name or pred.place.name) if pred and pred.place else None
    place_ok = bool(gold_place and pred and pred.place) and normalise_place(gold_place) in {
        normalise_place(n) for n in (pred.place.resolved_name, pred.place.name) if n
    }
    values["place"] = (gold_place, pred_place, place_ok)

    for label, role in (("initiators", ActorRole.INITIATOR), ("targets", ActorRole.TARGET), ("partners", ActorRole.PARTNER)):
        values[label] = _same(
            _present(_gold_actors(getattr(gold, label))) if gold else None,
            _present(_predicted_actors(pred.actors, role)) if pred else None,
        )

    gold_quantities = gold.quantities if gold else {}
    pred_quantities = {q.unit: q.value for q in pred.quantities} if pred else {}
    for unit in sorted(set(gold_quantities) | set(pred_quantities)):
        values[f"quantity.{unit}"] = _same(gold_quantities.get(unit), pred_quantities.get(unit))

    for kind in CasualtyKind:
        values[kind.value] = _same(
            _present(getattr(gold, kind.value)) if gold else None,
            _present(pred.casualty_count(kind)) if pred else None,
        )
    values["certainty"] = _same(gold.certainty if gold else None, pred.certainty if pred else None)
    return values


def _claim_fields(gold: GoldClaim | None, pred: Claim | None) -> _FieldValues:
    values: _FieldValues = {}
    values["kind"] = _same(gold.kind if gold else None, pred.kind if pred else None)

    gold_quantities = gold.quantities if gold else {}
    pred_quantities = {q.unit: q.value for q in pred.quantities} if pred else {}
    for unit in sorted(set(gold_quantities) | set(pred_quantities)):
        values[f"quantity.{unit}"] = _same(gold_quantities.get(unit), pred_quantities.get(unit))

    values["dates"] = _same(
        _present(frozenset(gold.dates)) if gold else None,
        _present(frozenset(pred.dates)) if pred else None,
    )
    gold_period = (gold.period_start, gold.period_end) if gold and (gold.period_start or gold.period_end) else None
    pred_period = (pred.period_start, pred.period_end) if pred and (pred.period_start or pred.period_end) else None
    values["period"] = _same(gold_period, pred_period)

    for label, role in (("initiators", ActorRole.INITIATOR), ("partners", ActorRole.PARTNER)):
        values[label] = _same(
            _present(_gold_actors(getattr(gold, label))) if gold else None,
            _present(_predicted_actors(pred.actors, role)) if pred else None,
        )
    for kind in CasualtyKind:
        values[kind.value] = _same(
            _present(getattr(gold, kind.value)) if gold else None,
            _present(pred.casualty_count(kind)) if pred else None,
        )
    return values


# ---------------------------------------------------------------- matching

Span = tuple[int, int]


def _gold_span(document: str, text: str, evidence: str) -> Span:
    start = text.find(evidence)
    if start < 0:
        raise SitrepError(f"{document}: gold evidence not found in the document text: {evidence[:80]!r}")
    return start, start + len(evidence)


def _predicted_spans(text: str, evidence: list[Evidence]) -> list[Span]:
    """The spans a prediction cites; offsets that do not fit the text are found by the words."""
    spans = []
    for item in evidence:
        if text[item.start : item.end] == item.text or not item.text:
            spans.append((item.start, item.end))
            continue
        found = text.find(item.text)
        spans.append((found, found + len(item.text)) if found >= 0 else (item.start, item.end))
    return spans


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: list[Span], predicted: list[list[Span]],
                same_kind: Callable[[int, int], bool] = lambda g, p: True,
                agreement: Callable[[int, int], int] = lambda g, p: 0) -> list[tuple[int, int]]:
    """Pair gold and predicted items one-to-one, largest overlap first; between equal overlaps (two events
    told by one sentence, such as an attack and its interception), items of the same kind first, then those that
    agree on more fields (a line listing three incidents: each found incident with the gold one of its day).

    Returns (gold index, predicted index) pairs; items with no overlapping
    partner stay unpaired.
    """
    candidates = []
    for g, gold_span in enumerate(gold):
        for p, spans in enumerate(predicted):
            overlap = max((_overlap(gold_span, s) for s in spans), default=0)
            if overlap > 0:
                candidates.append((-overlap, not same_kind(g, p), -agreement(g, p), g, p))
    pairs, used_gold, used_pred = [], set(), set()
    for *_, g, p in sorted(candidates):
        if g not in used_gold and p not in used_pred:
            pairs.append((g, p))
            used_gold.add(g)
            used_pred.add(p)
    return sorted(pairs)


def _score_items(
    tally: _Tally,
    prefix: str,
    document: str,
    text: str,
    gold_items: list[GoldEvent] | list[GoldClaim],
    predictions: list[Event] | list[Claim],
    fields_of: Callable[[Any, Any], _FieldValues],
) -> None:
    gold_spans = [_gold_span(document, text, g.evidence) for g in gold_items]
    pred_spans = [_predicted_spans(text, p.evidence) for p in predictions]
    pairs = match_spans(gold_spans, pred_spans, lambda g, p: gold_items[g].kind == predictions[p].kind,
                        lambda g, p: sum(ok for _, _, ok in fields_of(gold_items[g], predictions[p]).values()))
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}

    tally.add(prefix, correct=False, predicted=False, gold=False)
    for g, p in pairs:
        tally.add(prefix, correct=True, predicted=True, gold=True)
        for name, (gold_value, pred_value, ok) in fields_of(gold_items[g], predictions[p]).items():
            if gold_value is None and pred_value is None:
                continue
            tally.add(f"{prefix}.{name}", correct=ok, predicted=pred_value is not None, gold=gold_value is not None)
            if not ok:
                tally.misses.append(Miss(document, gold_items[g].evidence, f"{prefix}.{name}", gold_value, pred_value))

    for g, item in enumerate(gold_items):
        if g in matched_gold:
            continue
        tally.add(prefix, correct=False, predicted=False, gold=True)
        for name, (gold_value, _, _) in fields_of(item, None).items():
            if gold_value is not None:
                tally.add(f"{prefix}.{name}", correct=False, predicted=False, gold=True)
        tally.misses.append(Miss(document, item.evidence, prefix, item.kind, None))

    for p, item in enumerate(predictions):
        if p in matched_pred:
            continue
        tally.add(prefix, correct=False, predicted=True, gold=False)
        cited = " ".join(e.text for e in item.evidence) or "(no evidence)"
        tally.misses.append(Miss(document, None, prefix, None, f"{item.kind}: {cited}"))


def score(gold: list[GoldDocument], predicted: dict[str, Extraction], texts: dict[str, str]) -> Scores:
    """Compare extractions with gold, document by document.

    `predicted` and `texts` are keyed by the gold documents' `file`.  A
    document with no extraction counts as one where nothing was found;
    extractions for documents the gold does not annotate are ignored.
    """
    tally = _Tally()
    for document in gold:
        if document.file not in texts:
            raise SitrepError(f"{document.file}: no text given for this gold document")
        text = texts[document.file]
        extraction = predicted.get(document.file) or Extraction(document_id=document.file)
        _score_items(tally, "event", document.file, text, document.events, extraction.events, _event_fields)
        _score_items(tally, "claim", document.file, text, document.claims, extraction.claims, _claim_fields)
    return tally.scores(_ORDER)


def evaluate_corpus(gold_path: Path, settings=None) -> Scores:
    """Read every document a gold file annotates (paths relative to the gold file), extract it, and score it."""
    from sitrep.extract import extract
    from sitrep.ingest import read

    gold = load_gold(gold_path)
    predicted: dict[str, Extraction] = {}
    texts: dict[str, str] = {}
    for document in gold:
        items = list(read(gold_path.parent / document.file, settings=settings))
        found = [item for item in items if not isinstance(item, Exception)]
        if not found:
            raise SitrepError(f"{gold_path}: cannot read {document.file}: {items[0] if items else 'no document'}")
        texts[document.file] = found[0].text
        predicted[document.file] = extract(found[0], settings)
    return score(gold, predicted, texts)


def evaluate_documents(
    gold: list[GoldDocument],
    folder: Path,
    settings=None,
    on_document: Callable[[str], None] | None = None,
) -> Scores:
    """Like `evaluate_corpus`, for gold already loaded: read each document under `folder`, extract, score.

    `on_document` is called with each document's `file` once it is extracted
    (the CLI advances its progress bar with it).
    """
    from sitrep.extract import extract
    from sitrep.ingest import read

    predicted: dict[str, Extraction] = {}
    texts: dict[str, str] = {}
    for document in gold:
        items = list(read(Path(folder) / document.file, settings=settings))
        found = [item for item in items if not isinstance(item, Exception)]
        if not found:
            raise SitrepError(f"{Path(folder) / document.file}: cannot read this gold document: {items[0] if items else 'no document'}")
        texts[document.file] = found[0].text
        predicted[document.file] = extract(found[0], settings)
        if on_document is not None:
            on_document(document.file)
    return score(gold, predicted, texts)
