"""Check corpus/dev/gold.jsonl against the documents and sitrep's vocabularies.

Run from the repository root:  python corpus/dev/check_gold.py
Prints one line per problem and exits non-zero when there is any.

Adapted from examples/check_gold.py for this folder: any place sitrep's
gazetteer resolves is allowed (the gold place is the gazetteer's resolved
name, which must resolve to itself), and dates are checked against each
document's own publication date instead of a campaign window.
"""

from __future__ import annotations

import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

from sitrep.extract.lexicon import load_lexicon
from sitrep import geo
from sitrep.evaluate import GoldDocument, load_gold

CORPUS = Path(__file__).resolve().parent
DATA = CORPUS.parent.parent / "src" / "sitrep" / "data"

UNITS = set(load_lexicon().units.values())  # the count units sitrep knows, from its lexicon
FRONT_MATTER = ("title", "publisher", "published", "note")
LOOKBACK = timedelta(days=120)  # the oldest event a document may report, counted back from its publication


def body_of(path: Path) -> tuple[date, str, list[str]]:
    """The publication date, the body and the missing front-matter fields of a document."""
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    published = re.search(r"^published: (\d{4}-\d{2}-\d{2})$", front, re.M)
    if not published:
        raise ValueError(f"{path}: no published date in the front matter")
    missing = [name for name in FRONT_MATTER if not re.search(rf"^{name}: \S", front, re.M)]
    return date.fromisoformat(published.group(1)), body, missing


def place_problem(place: str) -> str | None:
    """None when the gazetteer resolves `place` to itself."""
    resolved = geo.resolve(place)
    if resolved.precision.value == "unknown" or not resolved.resolved_name:
        return f"place {place!r} is not resolved by the gazetteer"
    if resolved.resolved_name != place:
        return f"place {place!r} resolves to {resolved.resolved_name!r}; write the resolved name"
    return None


def check(documents: list[GoldDocument]) -> list[str]:
    kinds = set(tomllib.loads((DATA / "ontology.toml").read_text(encoding="utf-8"))["kinds"])
    actors = set(tomllib.loads((DATA / "actors.toml").read_text(encoding="utf-8"))["actors"])
    problems: list[str] = []
    annotated = {d.file for d in documents}
    for path in sorted((CORPUS / "docs").rglob("*.txt")):
        if str(path.relative_to(CORPUS)) not in annotated:
            problems.append(f"{path.relative_to(CORPUS)}: not annotated in gold.jsonl")

    for document in documents:
        def say(problem: str) -> None:
            problems.append(f"{document.file}: {problem}")

        path = CORPUS / document.file
        if not path.is_file():
            say("file does not exist")
            continue
        published, body, missing = body_of(path)
        for name in missing:
            say(f"front matter has no {name!r}")
        for item in [*document.events, *document.claims]:
            where = f"{item.kind} {item.evidence[:40]!r}"
            if item.kind not in kinds:
                say(f"{where}: unknown kind")
            if body.count(item.evidence) != 1:
                say(f"{where}: evidence occurs {body.count(item.evidence)} times in the body, not once")
            if item.evidence != item.evidence.strip():
                say(f"{where}: evidence has leading or trailing space")
            for name in [*item.initiators, *getattr(item, "targets", []), *item.partners]:
                if name not in actors and " " not in name:
                    say(f"{where}: {name!r} is neither an actor id nor a description of several words")
                if name not in actors and name != name.lower():
                    say(f"{where}: description {name!r} is not lower case")
            for unit in item.quantities:
                if unit not in UNITS:
                    say(f"{where}: unknown quantity unit {unit!r}")
        for event in document.events:
            where = f"{event.kind} {event.evidence[:40]!r}"
            if event.place is not None and (problem := place_problem(event.place)):
                say(f"{where}: {problem}")
            if event.date_start is None or event.date_end is None or event.time_precision is None:
                say(f"{where}: dates and time precision are required")
                continue
            if not (published - LOOKBACK <= event.date_start <= event.date_end <= published):
                say(f"{where}: dates {event.date_start}..{event.date_end} outside {published - LOOKBACK}..{published}")
        for claim in document.claims:
            where = f"{claim.kind} {claim.evidence[:40]!r}"
            if claim.period_start is None or claim.period_end is None:
                say(f"{where}: a claim needs its period")
                continue
            if claim.period_end > published:
                say(f"{where}: period ends after the document was published")
            for day in claim.dates:
                if not claim.period_start <= day <= claim.period_end:
                    say(f"{where}: date {day} outside the claimed period")
    return problems


def main() -> int:
    documents = load_gold(CORPUS / "gold.jsonl")
    problems = check(documents)
    for problem in problems:
        print(problem)
    events = sum(len(d.events) for d in documents)
    claims = sum(len(d.claims) for d in documents)
    print(f"{len(documents)} documents, {events} events, {claims} claims: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
