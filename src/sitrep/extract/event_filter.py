"""A learned second opinion on the rules' events: how likely a found event's sentence reports one at all.

The rules find events by their trigger words, and the sentences they wrongly take for events are of
kinds no single rule names: a campaign's background, a trial adjourned, an "Impact:" line, a toll
retold by a second source.  This model (logistic regression over the same n-grams as the snippet
classifier, plus the kind, certainty and confidence the rules gave and what they found around the event in its
document: an earlier event of the same kind, day and place, no place, no party) is trained by
scripts/train_event_filter.py on the rules' own output over corpus/dev/ and examples/, each found event
labelled by whether the gold annotates it.
An event whose probability is under `Settings.event_filter` is dropped; 0 keeps every event.  A second
model, trained on the same events labelled by whether the gold codes their sentence as a period total,
turns a dropped event it gives a probability of at least TOTAL_FLOOR into a claim ("Monthly figures: the
network registered 37 new cases ..." is a total, not a background sentence).  The weights ship in
src/sitrep/data/event_filter/ (and its totals/ folder) and are read with numpy alone.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from sitrep.extract.learned import load_model
from sitrep.model import Event
from sitrep.settings import DATA_DIR

FILTER_DIR = DATA_DIR / "event_filter"
TOTALS_DIR = FILTER_DIR / "totals"
EVENT_LABEL = "event"
TOTAL_LABEL = "total"
# chosen by the cross-validation in scripts/train_event_filter.py: on 1570 documents, at 0.6 29 of the 45 dropped
# events it kept as claims were gold totals (at 0.5 30 of 50, at 0.7 24 of 36); on 1540 documents, at 0.6 33 of the 50 dropped
# events it kept as claims were gold totals, at 0.7 29 of 44 (the same share, fewer kept), at 0.5 36 of 58; on 1360,
# at 0.7 22 of 36; on 1420, at 0.7 21 of 33 (on 1240 documents, at 0.75 14 of 26; on 1120, 22 of 28)
TOTAL_FLOOR = 0.6


def filter_text(kind: str, certainty: str, confidence: float, evidence: str, context: str = "") -> str:
    """What the model reads: the rules' kind, certainty and confidence (how complete the event is: a day,
    a place, a party, a count) and the event's `context` as marker words, then the evidence.  Training and
    prediction share this function so the two cannot drift apart."""
    return f"{context} xkind_{kind} xcert_{certainty} xconf_{round(confidence * 100)} {evidence}".lstrip()


def context_words(events: list[Event], index: int) -> str:
    """Marker words for what the rules found around the event at `index` of its document's events: an earlier
    event of its kind, day and place (a toll retold by a second source, a story told again lower down), of its
    day and place, or of its kind and day; no place, no party; how many events the document gave; the first."""
    event, earlier = events[index], events[:index]
    place = _place(event)
    marks = []
    if any(e.kind == event.kind and e.date_start == event.date_start and _place(e) == place for e in earlier):
        marks.append("xretold_kind_day_place")
    if place and any(e.date_start == event.date_start and _place(e) == place for e in earlier):
        marks.append("xretold_day_place")
    if any(e.kind == event.kind and e.date_start == event.date_start for e in earlier):
        marks.append("xretold_kind_day")
    if place is None:
        marks.append("xno_place")
    if not event.actors:
        marks.append("xno_party")
    marks.append(f"xevents_{min(len(events), 10)}")
    if index == 0:
        marks.append("xfirst_event")
    return " ".join(marks)


def _place(event: Event) -> str | None:
    return event.place.name if event.place else None


def event_probability(event: Event, directory: Path = FILTER_DIR, label: str = EVENT_LABEL, context: str = "") -> float:
    """How likely the model in `directory` thinks `event`'s sentence is what `label` says (an event, a total);
    `context` is context_words for the event in its document."""
    model = load_model(directory)
    text = filter_text(event.kind, event.certainty.value, event.confidence, " ".join(e.text for e in event.evidence), context)
    return float(model.proba(text)[model.labels.index(label)])


# "Another convoy also entered Kobani ...": a sentence that opens by announcing a further incident tells one
# (all 15 such events the rules found in the first 370 dev documents were right), whatever its words weigh
ANOTHER_INCIDENT_RE = re.compile(r"\W*(?:another|a second|a third|in another|in a separate|separately)\b", re.I)


def sorted_events(events: list[Event], floor: float, directory: Path = FILTER_DIR) -> tuple[list[Event], list[Event]]:
    """The events kept, and the dropped ones that state a period's total (to be kept as claims)."""
    if floor <= 0:
        return events, []
    kept, totals = [], []
    for index, event in enumerate(events):
        context = context_words(events, index)
        if _announced(event) or event_probability(event, directory, context=context) >= floor:
            kept.append(event)
        elif event_probability(event, directory / TOTALS_DIR.name, TOTAL_LABEL, context) >= TOTAL_FLOOR:
            totals.append(event)
    return kept, totals


def _announced(event: Event) -> bool:
    return bool(event.evidence) and bool(ANOTHER_INCIDENT_RE.match(event.evidence[0].text))


def trained_on(gold_path: Path, directory: Path = FILTER_DIR) -> bool:
    """Whether the shipped filter was trained on this very gold file: scores there are partly in-sample."""
    try:
        metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
        return hashlib.sha256(Path(gold_path).read_bytes()).hexdigest() in metadata.get("gold_sha256", {}).values()
    except (OSError, ValueError):
        return False
