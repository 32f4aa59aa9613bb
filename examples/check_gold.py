"""Check examples/gold.jsonl against the reports and sitrep's vocabularies.

Run from the repository root:  python examples/check_gold.py
Prints one line per problem and exits non-zero when there is any.  The checks
themselves are in sitrep.goldcheck; this file says what the example desk allows:
only the places below, and dates within months 99 and 100 of the campaign.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sitrep.goldcheck import Policy, report

EXAMPLES = Path(__file__).resolve().parent

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
FIRST_DAY = date(2022, 11, 1)  # months 99 and 100, with room for "early November"

POLICY = Policy(
    place_problem=lambda place: None if place in PLACES else f"place {place!r} is not in the list",
    earliest=lambda published: FIRST_DAY,
)

if __name__ == "__main__":
    sys.exit(report(EXAMPLES / "gold.jsonl", "reports", POLICY))
