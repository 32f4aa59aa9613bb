"""Check corpus/holdout/gold.jsonl against the documents and sitrep's vocabularies.

Run from the repository root:  python corpus/holdout/check_gold.py
Prints one line per problem and exits non-zero when there is any.  The checks
themselves are in sitrep.goldcheck; like corpus/dev, this held-out corpus allows
any place sitrep's gazetteer resolves (the gold place is the resolved name,
which must resolve to itself), and events up to 120 days before each
document's publication.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from sitrep import geo
from sitrep.goldcheck import Policy, report

CORPUS = Path(__file__).resolve().parent
LOOKBACK = timedelta(days=120)


def place_problem(place: str) -> str | None:
    """None when the gazetteer resolves `place` to itself."""
    resolved = geo.resolve(place)
    if resolved.precision.value == "unknown" or not resolved.resolved_name:
        return f"place {place!r} is not resolved by the gazetteer"
    if resolved.resolved_name != place:
        return f"place {place!r} resolves to {resolved.resolved_name!r}; write the resolved name"
    return None


POLICY = Policy(place_problem=place_problem, earliest=lambda published: published - LOOKBACK)

if __name__ == "__main__":
    sys.exit(report(CORPUS / "gold.jsonl", "docs", POLICY))
