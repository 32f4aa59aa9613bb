"""Publication dates as inputs write them: ISO stamps, RFC 822 and plain English."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_ISO = re.compile(r"^\s*(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?:$|[T\s_])")
_COMPACT = re.compile(r"^\s*(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:$|T)")
_DAY_MONTH_YEAR = re.compile(rf"^\s*(?:[A-Za-z]+,?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b")
_MONTH_DAY_YEAR = re.compile(rf"^\s*(?:[A-Za-z]+,?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b")


def parse_date(value: object) -> date | None:
    """The calendar date `value` names, or None when it names none.

    The date is taken as written: "2024-11-30T23:30:00-05:00" is 30 November,
    the publisher's own day, not shifted to UTC.
    """
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    for pattern in (_ISO, _COMPACT, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.match(value)
        if match:
            return _make_date(match["year"], match["month"], match["day"])
    parsed = parsedate_tz(value)  # RFC 822, as RSS writes dates
    if parsed and parsed[0]:
        return _make_date(parsed[0], parsed[1], parsed[2])
    return None


def _make_date(year: str | int, month: str | int, day: str | int) -> date | None:
    month_number = _MONTHS.get(month.lower()) if isinstance(month, str) and not month.isdigit() else int(month)
    if month_number is None:
        return None
    try:
        return date(int(year), month_number, int(day))
    except ValueError:
        return None
