"""The period a periodic report covers, from the way it names itself.

"In the 98th month of International Coalition operations in Syria" names
month 98 of the campaign whose keywords ("Coalition") it contains.
"""

from __future__ import annotations

import re
from datetime import date

MONTH_OF_RE = re.compile(
    r"\b(?P<n>\d{1,4})(?:st|nd|rd|th)\s+(?:consecutive\s+)?month\s+of\s+(?P<what>[^.:|\n]{0,120})", re.I
)


def find_campaign_month(text: str) -> tuple[date, date] | None:
    """The date window of the first "Nth month of <campaign>" the text names, if a known campaign."""
    from sitrep.report.campaigns import load_campaign_configs

    configs = load_campaign_configs()
    for match in MONTH_OF_RE.finditer(text):
        what = match.group("what").lower()
        for config in configs.values():
            names = (config.campaign.name,) + config.keywords
            if any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", what) for n in names):
                return config.campaign.month_window(int(match.group("n")))
    return None
