"""Tables of months side by side, as quarterly reviews print them:

    | Indicator                    | January | February | March |
    | Supply trucks entering Syria |     160 |       85 |   210 |

Each month's cell of a row that counts a unit of the lexicon is that month's total: one claim per cell, with the
row line as evidence and the calendar month as the period. A "Killed" row under such a row adds its deaths to the
claims of the row above. Rows whose label names no unit ("Bases held at the end of the month") give nothing.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from sitrep.extract.arguments import find_quantities
from sitrep.extract.dates import month_number
from sitrep.extract.lexicon import load_lexicon
from sitrep.extract.summary import summarise
from sitrep.model import Casualty, CasualtyKind, Claim, Document, Evidence, Quantity, stable_id
from sitrep.vocabulary import load_ontology

# cells of a pipe table ("| a | b |") or of columns set with two or more spaces ("Strikes    |     9 |  14")
CELL_SPLIT_RE = re.compile(r"\s*\|\s*|\s{2,}")
KILLED_LABEL_RE = re.compile(r"^(?:killed|dead|deaths|fatalities)$", re.I)


def month_table_claims(document: Document, version: str) -> list[Claim]:
    """The claims of every month-by-month table in the document."""
    claims: list[Claim] = []
    months: list[int] | None = None
    above: list[Claim] = []
    offset = 0
    for line in document.text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if not line.strip():
            months, above = None, []  # a blank line ends the table
            continue
        cells = _cells(line)
        if not cells:
            continue  # the "|---|---|" rule under a header
        header = _months(cells) or _months(cells[1:])  # a header may leave the labels' column blank
        if header:
            months, above = header, []
            continue
        if months is None or len(cells) != len(months) + 1 or not all(c.replace(",", "").isdigit() for c in cells[1:]):
            continue
        values = [int(c.replace(",", "")) for c in cells[1:]]
        if KILLED_LABEL_RE.match(cells[0]) and len(above) == len(values):
            for claim, value in zip(above, values):
                claim.casualties.append(Casualty(kind=CasualtyKind.KILLED, count=value))
            continue
        evidence = Evidence(document_id=document.id, start=start, end=start + len(line.rstrip("\n")), text=line.rstrip("\n"))
        above = [c for month, value in zip(months, values)
                 if (c := _claim(document, cells[0], month, value, evidence, version)) is not None]
        claims += above
    for claim in claims:
        claim.summary = summarise(claim, load_ontology()[claim.kind].label)
    return claims


def _cells(line: str) -> list[str]:
    cells = [c.strip() for c in CELL_SPLIT_RE.split(line.strip().strip("|"))]
    return [c for c in cells if c and not set(c) <= set("-: ")]


def _months(cells: list[str]) -> list[int] | None:
    """The months a header row names, in order, when every cell after the first is a month."""
    numbers = [month_number(c) for c in cells]
    return numbers if len(numbers) >= 2 and all(numbers) else None


def _claim(document: Document, label: str, month: int, value: int, evidence: Evidence, version: str) -> Claim | None:
    quantities = find_quantities(f"{value} {label}")
    lexicon = load_lexicon()
    kinds = {**lexicon.tally_nouns, **lexicon.claim_kinds}  # "Strikes": a tally noun's kind when no claim kind
    unit = next((q.unit for q in quantities if q.unit in kinds), None)
    if unit is None or document.published is None:
        return None
    published = document.published
    year = published.year if month <= published.month else published.year - 1
    first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return Claim(id=stable_id("cl", document.id, evidence.start, month), kind=kinds[unit],
                 quantities=[Quantity(unit=unit, value=value)], period_start=first, period_end=last,
                 evidence=[evidence], extractor_version=version)
