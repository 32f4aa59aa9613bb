"""A learned second opinion on the rules' events: how likely a found event's sentence reports one at all.

The rules find events by their trigger words, and the sentences they wrongly take for events are of
kinds no single rule names: a campaign's background, a trial adjourned, an "Impact:" line, a toll
retold by a second source.  This model (logistic regression over the same n-grams as the snippet
classifier, plus the kind and certainty the rules gave) is trained by scripts/train_event_filter.py on
the rules' own output over corpus/dev/, each found event labelled by whether the gold annotates it.
An event whose probability is under `Settings.event_filter` is dropped; 0 keeps every event.
The weights ship in src/sitrep/data/event_filter/ and are read with numpy alone.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sitrep.extract.learned import load_model
from sitrep.model import Event
from sitrep.settings import DATA_DIR

FILTER_DIR = DATA_DIR / "event_filter"
EVENT_LABEL = "event"


def filter_text(kind: str, certainty: str, evidence: str) -> str:
    """What the model reads: the rules' kind and certainty as two marker words, then the evidence.
    Training and prediction share this function so the two cannot drift apart."""
    return f"xkind_{kind} xcert_{certainty} {evidence}"


def event_probability(event: Event, directory: Path = FILTER_DIR) -> float:
    """How likely the model thinks `event`'s sentence reports an event."""
    model = load_model(directory)
    text = filter_text(event.kind, event.certainty.value, " ".join(e.text for e in event.evidence))
    return float(model.proba(text)[model.labels.index(EVENT_LABEL)])


def kept_events(events: list[Event], floor: float, directory: Path = FILTER_DIR) -> list[Event]:
    """The events whose probability reaches `floor` (all of them when `floor` is 0)."""
    if floor <= 0:
        return events
    return [event for event in events if event_probability(event, directory) >= floor]


def trained_on(gold_path: Path, directory: Path = FILTER_DIR) -> bool:
    """Whether the shipped filter was trained on this very gold file: scores there are partly in-sample."""
    try:
        metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
        return hashlib.sha256(Path(gold_path).read_bytes()).hexdigest() == metadata.get("gold_sha256")
    except (OSError, ValueError):
        return False
