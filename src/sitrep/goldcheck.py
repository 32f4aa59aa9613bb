"""Checks a gold annotation file against its documents and sitrep's vocabularies.

Both annotated corpora (examples/ and corpus/dev/) are checked by this one
routine; each folder's `check_gold.py` only says which places and dates it allows.
Every evidence must occur exactly once in its document, every kind, actor and
count unit must be known, event dates must fall in the allowed window, and a
claim's days must lie inside its period.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sitrep.evaluate import GoldDocument, load_gold
from sitrep.extract.lexicon import load_lexicon
from sitrep.vocabulary import load_actors, load_ontology

FRONT_MATTER = ("title", "publisher", "published", "note")


@dataclass(frozen=True)
class Policy:
    """What a corpus allows: which places, and how far back from publication an event may lie."""

    place_problem: Callable[[str], str | None]
    earliest: Callable[[date], date]


def resolved_place_problem(place: str) -> str | None:
    """None when `place` is the name of a gazetteer entry: the name the gazetteer resolves it to, or another entry's
    own name that a bare mention does not reach ("Soran" in Iraq, which a bare "Soran" loses to Souran in Hama and
    only the sentence's context resolves) (corpora that allow any place it knows)."""
    from sitrep import geo

    resolved = geo.resolve(place)
    if resolved.precision.value == "unknown" or not resolved.resolved_name:
        return f"place {place!r} is not resolved by the gazetteer"
    if resolved.resolved_name != place and not any(e.name == place for e in geo.candidates(place)):
        return f"place {place!r} resolves to {resolved.resolved_name!r}; write the resolved name"
    return None


def any_resolved_place(lookback_days: int) -> Policy:
    """Any place the gazetteer resolves; events up to `lookback_days` before each document's publication."""
    lookback = timedelta(days=lookback_days)
    return Policy(place_problem=resolved_place_problem, earliest=lambda published: published - lookback)


def body_of(path: Path) -> tuple[date, str, list[str]]:
    """The publication date, the body and the missing front-matter fields of a document."""
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    published = re.search(r"^published: (\d{4}-\d{2}-\d{2})$", front, re.M)
    if not published:
        raise ValueError(f"{path}: no published date in the front matter")
    missing = [name for name in FRONT_MATTER if not re.search(rf"^{name}: \S", front, re.M)]
    return date.fromisoformat(published.group(1)), body, missing


def _item_problems(item, kinds: set[str], actors: set[str], units: set[str], body: str) -> list[str]:
    where = f"{item.kind} {item.evidence[:40]!r}"
    problems = []
    if item.kind not in kinds:
        problems.append(f"{where}: unknown kind")
    if item.evidence != item.evidence.strip():
        problems.append(f"{where}: evidence has leading or trailing space")
    if body.count(item.evidence) != 1:
        problems.append(f"{where}: evidence occurs {body.count(item.evidence)} times in the body, not once")
    for name in [*item.initiators, *getattr(item, "targets", []), *item.partners]:
        if name not in actors and (" " not in name or name != name.lower()):
            problems.append(f"{where}: {name!r} is neither an actor id nor a lower-case description of several words")
    problems += [f"{where}: unknown quantity unit {unit!r}" for unit in item.quantities if unit not in units]
    return problems


def _date_problems(document: GoldDocument, published: date, policy: Policy) -> list[str]:
    problems = []
    for event in document.events:
        where = f"{event.kind} {event.evidence[:40]!r}"
        if event.place is not None and (problem := policy.place_problem(event.place)):
            problems.append(f"{where}: {problem}")
        if event.date_start is None or event.date_end is None or event.time_precision is None:
            problems.append(f"{where}: dates and time precision are required")
        elif not policy.earliest(published) <= event.date_start <= event.date_end <= published:
            problems.append(f"{where}: dates {event.date_start}..{event.date_end} outside {policy.earliest(published)}..{published}")
    for claim in document.claims:
        where = f"{claim.kind} {claim.evidence[:40]!r}"
        if claim.period_start is None or claim.period_end is None:
            problems.append(f"{where}: a claim needs its period")
            continue
        if claim.period_end > published:
            problems.append(f"{where}: period ends after the document was published")
        problems += [f"{where}: date {day} outside the claimed period" for day in claim.dates
                     if not claim.period_start <= day <= claim.period_end]
    return problems


def check(gold_path: Path, documents_folder: str, policy: Policy) -> tuple[list[GoldDocument], list[str]]:
    """The gold documents and every problem found, one line each."""
    folder = gold_path.parent
    documents = load_gold(gold_path)
    kinds, actors = set(load_ontology()), set(load_actors())
    units = set(load_lexicon().units.values())
    annotated = {d.file for d in documents}
    problems = [f"{p.relative_to(folder)}: not annotated in {gold_path.name}"
                for p in sorted((folder / documents_folder).rglob("*.txt")) if str(p.relative_to(folder)) not in annotated]
    for document in documents:
        path = folder / document.file
        if not path.is_file():
            problems.append(f"{document.file}: file does not exist")
            continue
        published, body, missing = body_of(path)
        found = [f"front matter lacks {name}" for name in missing]
        for item in [*document.events, *document.claims]:
            found += _item_problems(item, kinds, actors, units, body)
        found += _date_problems(document, published, policy)
        problems += [f"{document.file}: {problem}" for problem in found]
    return documents, problems


def report(gold_path: Path, documents_folder: str, policy: Policy) -> int:
    """Print the problems and a summary line; the exit status is 1 when there is any problem."""
    documents, problems = check(gold_path, documents_folder, policy)
    for problem in problems:
        print(problem)
    events = sum(len(d.events) for d in documents)
    claims = sum(len(d.claims) for d in documents)
    print(f"{len(documents)} documents, {events} events, {claims} claims: {len(problems)} problems")
    return 1 if problems else 0
