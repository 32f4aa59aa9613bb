"""Check examples/gold.jsonl against the reports and sitrep's vocabularies.

Run from the repository root:  python examples/check_gold.py
Prints one line per problem and exits non-zero when there is any.
"""

from __future__ import annotations

import re
import sys
import tomllib
from datetime import date
from pathlib import Path

from sitrep.extract.lexicon import load_lexicon
from sitrep.evaluate import GoldDocument, load_gold

EXAMPLES = Path(__file__).resolve().parent
DATA = EXAMPLES.parent / "src" / "sitrep" / "data"

# The only places the example reports use, by canonical name.
PLACES = {
    "Deir Ezzor city", "Al-Busayrah", "Hajin", "Al-Shuhayl", "Diban", "Al-Tayyana", "Gharanij", "Abu Hamam",
    "Al-Kishkiyah", "Al-Baghouz", "Al-Suwar", "Al-Sabha", "Jadid Ekeidat", "Al-Hesayniyah", "Al-Omar oil field",
    "Koniko gas field", "Al-Tanak oil field", "Al-Jafra oil field", "Al-Kasrah", "Al-Izba", "Al-Shaddadi",
    "Al-Hol camp", "Ghuwayran prison", "Kharab Al-Jeir base", "Tel Baydar", "Qasrak", "Al-Malikiyah",
    "Semalka crossing", "Al-Waleed crossing", "Al-Yarubiyah", "Qamishli", "Tal Tamr", "Al-Hasakah city",
    "Al-Raqqah city", "Al-Tabqah", "Ain Issa", "17th Division", "Manbij", "Ain Al-Arab", "Al-Tanf base", "Erbil",
    "Faysh Khabur", "Kurdistan Region of Iraq", "Deir Ezzor", "Al-Hasakah", "Al-Raqqah", "Aleppo",
}  # fmt: skip

UNITS = set(load_lexicon().units.values())  # the count units sitrep knows, from its lexicon
WINDOW = (date(2022, 11, 1), date(2023, 1, 31))  # months 99 and 100, with room for "early November"


def body_of(path: Path) -> tuple[date, str]:
    """The publication date and the body of a report with front matter."""
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    published = re.search(r"^published: (\d{4}-\d{2}-\d{2})$", front, re.M)
    if not published:
        raise ValueError(f"{path}: no published date in the front matter")
    return date.fromisoformat(published.group(1)), body


def check(documents: list[GoldDocument]) -> list[str]:
    kinds = set(tomllib.loads((DATA / "ontology.toml").read_text(encoding="utf-8"))["kinds"])
    actors = set(tomllib.loads((DATA / "actors.toml").read_text(encoding="utf-8"))["actors"])
    problems: list[str] = []
    annotated = {d.file for d in documents}
    for path in sorted((EXAMPLES / "reports").rglob("*.txt")):
        if str(path.relative_to(EXAMPLES)) not in annotated:
            problems.append(f"{path.relative_to(EXAMPLES)}: not annotated in gold.jsonl")

    for document in documents:
        def say(problem: str) -> None:
            problems.append(f"{document.file}: {problem}")

        path = EXAMPLES / document.file
        if not path.is_file():
            say("file does not exist")
            continue
        published, body = body_of(path)
        for item in [*document.events, *document.claims]:
            where = f"{item.kind} {item.evidence[:40]!r}"
            if item.kind not in kinds:
                say(f"{where}: unknown kind")
            if body.count(item.evidence) != 1:
                say(f"{where}: evidence occurs {body.count(item.evidence)} times in the body, not once")
            for name in [*item.initiators, *getattr(item, "targets", []), *item.partners]:
                if name not in actors and " " not in name:
                    say(f"{where}: {name!r} is neither an actor id nor a description of several words")
            for unit in item.quantities:
                if unit not in UNITS:
                    say(f"{where}: unknown quantity unit {unit!r}")
        for event in document.events:
            where = f"{event.kind} {event.evidence[:40]!r}"
            if event.place is not None and event.place not in PLACES:
                say(f"{where}: place {event.place!r} is not in the list")
            if event.date_start is None or event.date_end is None or event.time_precision is None:
                say(f"{where}: dates and time precision are required")
                continue
            if not (WINDOW[0] <= event.date_start <= event.date_end <= published):
                say(f"{where}: dates {event.date_start}..{event.date_end} outside {WINDOW[0]}..{published}")
        for claim in document.claims:
            where = f"{claim.kind} {claim.evidence[:40]!r}"
            if claim.period_start is None or claim.period_end is None:
                say(f"{where}: a claim needs its period")
                continue
            for day in claim.dates:
                if not claim.period_start <= day <= claim.period_end:
                    say(f"{where}: date {day} outside the claimed period")
    return problems


def main() -> int:
    documents = load_gold(EXAMPLES / "gold.jsonl")
    problems = check(documents)
    for problem in problems:
        print(problem)
    events = sum(len(d.events) for d in documents)
    claims = sum(len(d.claims) for d in documents)
    print(f"{len(documents)} documents, {events} events, {claims} claims: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
