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
from pathlib import Path

from sitrep.goldcheck import any_resolved_place, report

CORPUS = Path(__file__).resolve().parent
POLICY = any_resolved_place(lookback_days=120)

if __name__ == "__main__":
    sys.exit(report(CORPUS / "gold.jsonl", "docs", POLICY))
