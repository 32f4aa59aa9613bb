"""Dates as reports write them, resolved against the publication date.

"On November 17" in a report published 2022-11-23 is 2022-11-17; "in early
November" is 1-10 November with month precision; "on the 3rd, 5th, 16th and
21st of November" is four days.  Without a publication date, expressions that
lack a year cannot be resolved and are left out (the caller says so).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sitrep.model import TimePrecision

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
# the twelve months' full names as one alternation, for the patterns of other modules
MONTH_NAMES = "|".join(name for name in calendar.month_name if name)
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))  # "september|sept|sep|...": match without case
_month = rf"(?P<month>{MONTH_WORDS})\.?"
_ordinal = r"(?:\d{1,2})(?:st|nd|rd|th)?"
_year = r"(?P<year>(?:19|20)\d\d)"

# "14/04/2026", "14.04.2026", and a register's "04-06-2026" (day first; ISO's year comes first, so it is told apart)
# a weekday and its day and month, as tables and logs write them: "Saturday 17/1", "Tue 20/01", "Sat 4.07"
# a weekday as tables, logs and diaries write it, whole or cut short
WEEKDAY_WORDS = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_NUMERIC_DATE_RE = re.compile(rf"\b{WEEKDAY_WORDS}\.?,?\s+(?P<d>\d{{1,2}})[/.](?P<m>\d{{1,2}})\b(?![./]?\d)")
SHORT_NUMERIC_DATE_RE = re.compile(r"\b(?:[Oo]n|(?:morning|evening|night|afternoon|dawn)\s+of)\s+(?:(?P<d>\d{1,2})/(?P<m>\d{1,2})|(?P<d2>\d\d)\.(?P<m2>\d\d))\b(?![./]?\d)")
# a bare day and month that a word runs into, as stringers' items and sheet cells write them: "IED on the Hajin road
# 05/02 morning", "shot dead ... in Al-Busayrah 09/02 evening", "sweep ... north of Baqubah 14–15/07" (not "24/7
# coverage": a day and month must follow a word of the sentence and stand alone, with no digit or slash after)
WORD_THEN_DAY_MONTH_RE = re.compile(r"(?<=[a-z)] )(?:(?P<d1>\d{1,2})[–-])?(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/.]\d|/|\d)"
                                    r"(?!\s*(?:hours?|hrs|service|coverage|support)\b)")
NUMERIC_DATE_RE = re.compile(r"(?<![\d./-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b")
# "Export settings: dates are MM/DD/YYYY (US format)": the document's own word on how to read its numeric dates
MONTH_FIRST_DECLARED_RE = re.compile(r"\bMM([/.-])DD\1(?:YYYY|YY)\b|\bmonth[- ]first\b", re.I)
# Numeric dates are read day first, as Syrian, Iraqi and Turkish sources write them, unless the document being
# read declares otherwise.  extract() sets this once per document (reading_month_first), so that every date
# reader below it follows the declaration without a flag threaded through each call.
MONTH_FIRST: ContextVar[bool] = ContextVar("month_first", default=False)
# A weekly report sent after the week it covers names that week's days: its "on Monday" is the Monday on or before
# the week's last day, not the Monday it was sent.  extract() sets the week's last day once per document.
WEEK_END: ContextVar[date | None] = ContextVar("week_end", default=None)
ISO_RANGE_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d1>\d\d)\s*[–-]\s*(?P<d2>\d{1,2})\b(?!-)")
ISO_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
MONTH_DAY_RE = re.compile(rf"\b{_month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_year})?", re.I)
DAY_MONTH_RE = re.compile(rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_month}\b(?:,?\s+{_year})?", re.I)
# "the 3rd, 5th, 16th and 21st of November" / "the 26th of November, 4th and 15th of December"
DAY_LIST_RE = re.compile(
    rf"\b(?:on\s+)?(?:the\s+)?(?:{_ordinal}(?:\s+of\s+[A-Za-z]+\.?)?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?)+{_ordinal}\s+of\s+[A-Za-z]+\.?(?:,?\s+(?:19|20)\d\d)?",
    re.I,
)
MONTH_DAY_LIST_RE = re.compile(
    rf"\b{_month}\s+(?P<days>\d{{1,2}}(?:st|nd|rd|th)?(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)\d{{1,2}}(?:st|nd|rd|th)?)+)\b(?:,?\s+{_year})?",
    re.I,
)
# "on 9 and 10 March", "the clashes of 14 and 15 July": days named before their month
DAY_NUMBER_LIST_RE = re.compile(
    rf"\b(?P<days>\d{{1,2}}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)\d{{1,2}})+)\s+{_month}\b(?:,?\s+{_year})?", re.I)
PART_OF_MONTH_RE = re.compile(
    rf"\b(?P<part>early|earlier|mid|middle of|late|later|the beginning of|beginning of|the start of|start of|the end of|end of|the first half of|the second half of)[\s-]+(?:of\s+)?{_month}(?:,?\s+{_year})?",
    re.I,
)
MONTH_YEAR_RE = re.compile(rf"\b(?:in|during|throughout|since|of)\s+{_month}(?:,?\s+{_year})?\b(?!\s*\d)", re.I)
BARE_MONTH_YEAR_RE = re.compile(rf"\b{_month}\s+{_year}\b", re.I)
# "in January and February 2026", "between March and May": the months from the first to the last
MONTH_PAIR_RE = re.compile(rf"\b(?:in|during|between|from)\s+{_month}\s+(?:and|to|until|through|[–-])\s+"
                           rf"(?P<last>{MONTH_WORDS})\.?(?:,?\s+{_year})?\b(?!\s*\d)", re.I)
# "between January 12 and 16", "from 12 to 16 January", "between 1 January and 31 August 2026": a span of days
BETWEEN_RE = re.compile(
    r"\b(?:between|from)\s+(?:(?P<m1>[A-Za-z]+)\.?\s+(?P<d1>\d{1,2})|(?:the\s+)?(?P<d1b>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s+(?:of\s+)?(?P<m0>[A-Za-z]+))?)\s+(?:and|to|until)\s+"
    r"(?:(?P<m2>[A-Za-z]+)\.?\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<m3>[A-Za-z]+))?(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
YEAR_RE = re.compile(rf"\b(?:in|during)\s+{_year}\b", re.I)
WEEKDAY_RE = re.compile(r"\b(?:on\s+|last\s+|this\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b", re.I)
# the day and month written right after a weekday: "Thursday 23 July", "Tuesday, July 21"
DAY_AFTER_WEEKDAY_RE = re.compile(rf",?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_WORDS})|(?:{MONTH_WORDS})\.?\s+\d{{1,2}})\b", re.I)
RELATIVE = [
    (re.compile(r"\bthe day before yesterday\b", re.I), -2, TimePrecision.DAY),
    (re.compile(r"\byesterday\b", re.I), -1, TimePrecision.DAY),
    (re.compile(r"\blast night\b|\bovernight\b", re.I), -1, TimePrecision.DAY),
    (re.compile(r"\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b|\bearlier today\b", re.I), 0, TimePrecision.DAY),
    (re.compile(r"\b(?P<n>two|three|four|five|six|2|3|4|5|6) days ago\b", re.I), None, TimePrecision.DAY),
    (re.compile(r"\bbefore (?P<n>two|three|four|five|six|2|3|4|5|6) days\b", re.I), None, TimePrecision.DAY),  # as translated
    (re.compile(r"\blast week\b|\bthe past week\b|\bpast few days\b|\bthis week\b", re.I), -7, TimePrecision.WEEK),
]
NAME_BEFORE_TODAY_RE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass
class DateMention:
    start: int
    end: int
    date_start: date
    date_end: date
    precision: TimePrecision
    days: list[date] = field(default_factory=list)
    explicit_year: bool = False
    hour_only: bool = False  # "at noon", "14:05 —": the day of posting, told by the hour alone

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start, self.end


def _infer_year(month: int, day: int, reference: date | None) -> int | None:
    """The year that puts month/day closest before the publication date."""
    if reference is None:
        return None
    for year in (reference.year, reference.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference + timedelta(days=2):
            return year
    return reference.year - 1


def _make(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_number(word: str) -> int | None:
    """1-12 for a month's name or abbreviation ("March", "Mar.", "Sept"), else None."""
    return MONTHS.get(word.lower().rstrip("."))


def _day_lists(text: str, reference: date | None) -> list[DateMention]:
    found = []
    for match in DAY_LIST_RE.finditer(text):
        items = re.findall(r"(\d{1,2})(?:st|nd|rd|th)?(?:\s+of\s+([A-Za-z]+)\.?)?", match.group(0))
        year_match = re.search(r"(19|20)\d\d\s*$", match.group(0))
        days, pending = [], []
        for day, month_word in items:
            pending.append(int(day))
            month = month_number(month_word) if month_word else None
            if month:
                for d in pending:
                    year = int(year_match.group(0)) if year_match else _infer_year(month, d, reference)
                    if (value := _make(year, month, d)):
                        days.append(value)
                pending = []
        if len(days) >= 2:
            found.append(DateMention(match.start(), match.end(), min(days), max(days), TimePrecision.DAY, sorted(days), bool(year_match)))
    for match in [*MONTH_DAY_LIST_RE.finditer(text), *DAY_NUMBER_LIST_RE.finditer(text)]:
        month = month_number(match.group("month"))
        numbers = [int(n) for n in re.findall(r"\d{1,2}", match.group("days"))]
        explicit = match.group("year")
        days = [d for n in numbers if (d := _make(int(explicit) if explicit else _infer_year(month, n, reference), month, n))]
        if len(days) >= 2:
            found.append(DateMention(match.start(), match.end(), min(days), max(days), TimePrecision.DAY, sorted(days), bool(explicit)))
    return found


# a military date-time group: "231840C SEP 26" is 18:40 on 23 September 2026 in zone C (UTC+3), "232350Z SEP 26" 23:50
# UTC; read as the day it was in Syria and Iraq (UTC+3), so 23:50 UTC on the 23rd is the 24th there
DTG_RE = re.compile(r"\b(?P<d>[0-3]\d)(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<zone>[A-IK-Z])\s+"
                    r"(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(?P<y>\d\d)\b")
LOCAL_UTC_OFFSET = 3


def _zone_offset(letter: str) -> int:
    """Hours ahead of UTC of a military time zone letter: A-I +1..+9, K-M +10..+12, N-Y -1..-12, Z 0."""
    if letter == "Z":
        return 0
    if letter <= "M":
        return ord(letter) - ord("A") + (1 if letter < "J" else 0)
    return -(ord(letter) - ord("N") + 1)


def _dtg_days(text: str) -> list[DateMention]:
    found = []
    for match in DTG_RE.finditer(text):
        try:
            told = datetime(2000 + int(match["y"]), month_number(match["month"]), int(match["d"]), int(match["h"]), int(match["mi"]))
        except ValueError:
            continue
        value = (told + timedelta(hours=LOCAL_UTC_OFFSET - _zone_offset(match["zone"]))).date()
        found.append(DateMention(match.start(), match.end(), value, value, TimePrecision.DAY, [value], True))
    return found


def _yearless_day(day_digits: str, month_digits: str, start: int, end: int, reference: date | None) -> list[DateMention]:
    """A day and month in digits with no year ("17/1"), in the year that puts it last before the report."""
    month, day = _day_month_order(int(day_digits), int(month_digits))
    if 1 <= month <= 12 and (value := _make(_infer_year(month, day, reference), month, day)):
        return [DateMention(start, end, value, value, TimePrecision.DAY, [value])]
    return []


def _item_days(match: re.Match, reference: date | None) -> list[DateMention]:
    """The day (or days, "14–15/07") of a bare day and month after a word."""
    days = _yearless_day(match["d"], match["m"], match.start(), match.end(), reference)
    if not days or not match["d1"]:
        return days
    end = days[0].date_start
    if not 0 < end.day - int(match["d1"]) < 7:
        return []
    start = end.replace(day=int(match["d1"]))
    return [DateMention(match.start(), match.end(), start, end, TimePrecision.WEEK, [start, end])]


def _single_days(text: str, reference: date | None) -> list[DateMention]:
    found = _dtg_days(text)
    for match in ISO_RE.finditer(text):
        if (value := _make(int(match["year"]), int(match["m"]), int(match["d"]))):
            found.append(DateMention(match.start(), match.end(), value, value, TimePrecision.DAY, [value], True))
    for match in NUMERIC_DATE_RE.finditer(text):
        # "04.08.2026", "12/04/2026": day first unless the document declares its dates month first
        month, day = _day_month_order(int(match["d"]), int(match["m"]))
        if (value := _make(int(match["year"]), month, day)):
            found.append(DateMention(match.start(), match.end(), value, value, TimePrecision.DAY, [value], True))
    for match in WEEKDAY_NUMERIC_DATE_RE.finditer(text):
        found += _yearless_day(match["d"], match["m"], match.start(), match.end(), reference)
    for match in SHORT_NUMERIC_DATE_RE.finditer(text):
        # "on 06/09", "on 12.03": a day and month after "on", the year the one that puts it last before the report
        found += _yearless_day(match["d"] or match["d2"], match["m"] or match["m2"], match.start() + 3, match.end(), reference)
    for match in WORD_THEN_DAY_MONTH_RE.finditer(text):
        found += _item_days(match, reference)
    found += _ordinal_days(text, reference)
    for pattern in (MONTH_DAY_RE, DAY_MONTH_RE):
        for match in pattern.finditer(text):
            month, day = month_number(match["month"]), int(match["day"])
            year = int(match["year"]) if match["year"] else _infer_year(month, day, reference)
            if (value := _make(year, month, day)):
                found.append(DateMention(match.start(), match.end(), value, value, TimePrecision.DAY, [value], bool(match["year"])))
    return found


# a day of the month told by its ordinal alone: "On Thursday the 12th", "on the night of the 4th", "on the 3rd,"
# (not "the 5th Corps", "the 98th month", "the 3rd time": a word after it other than a preposition is what it counts)
ORDINAL_DAY_RE = re.compile(r"\b(?:on|since|until)\s+(?:the\s+night\s+of\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                            r"the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                            r"(?=\s*(?:[,.;:)–—-]|$)|\s+(?:at|in|on|and|when|while|during|after|before|from|near|around|there|"
                            r"the|a|an|two|three|four|five|six|some|about|our|my|his|her|their|we|he|she|they|I|somebody|someone|"
                            r"unknown|gunmen|armed|masked|men|people|night|morning|evening|afternoon|of\s+(?:the|this|last)\s+month)\b)",
                            re.I)


def _ordinal_days(text: str, reference: date | None) -> list[DateMention]:
    """Days told by their ordinal alone, in the month of the reference (the month before, for a day after it)."""
    found = []
    for match in ORDINAL_DAY_RE.finditer(text) if reference else ():
        day = int(match["day"])
        month_start = reference.replace(day=1)
        if day > reference.day:  # a day still to come this month was last month's
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        if (value := _make(month_start.year, month_start.month, day)):
            found.append(DateMention(match.start(), match.end(), value, value, TimePrecision.DAY, [value]))
    return found


def declares_month_first(text: str) -> bool:
    """Whether a document says its numeric dates put the month first ("dates are MM/DD/YYYY")."""
    return bool(MONTH_FIRST_DECLARED_RE.search(text))


@contextmanager
def reading_month_first(month_first: bool) -> Iterator[None]:
    """Read numeric dates month first (or day first) inside the block."""
    token = MONTH_FIRST.set(month_first)
    try:
        yield
    finally:
        MONTH_FIRST.reset(token)


@contextmanager
def weekdays_of_the_week_to(last_day: date | None) -> Iterator[None]:
    """Inside the block, a weekday named alone is the one on or before `last_day` (when given and earlier than
    the day it would count back from)."""
    token = WEEK_END.set(last_day)
    try:
        yield
    finally:
        WEEK_END.reset(token)


def _day_month_order(first: int, second: int) -> tuple[int, int]:
    """(month, day) of a numeric date written "first/second", in the order the document declares."""
    return (first, second) if MONTH_FIRST.get() else (second, first)


def _part_of_month(part: str, year: int, month: int) -> tuple[date, date]:
    part = part.lower()
    last = calendar.monthrange(year, month)[1]
    if part in {"early", "earlier", "the beginning of", "beginning of", "the start of", "start of"}:
        return date(year, month, 1), date(year, month, 10)
    if part in {"mid", "middle of"}:
        return date(year, month, 11), date(year, month, 20)
    if part == "the first half of":
        return date(year, month, 1), date(year, month, 15)
    if part == "the second half of":
        return date(year, month, 16), date(year, month, last)
    return date(year, month, 21), date(year, month, last)


# "December 1-2": a span of days after the month
MONTH_DAY_RANGE_RE = re.compile(rf"\b{_month}\s+(?P<d1>\d{{1,2}})\s*[–-]\s*(?P<d2>\d{{1,2}})\b(?:,?\s+{_year})?", re.I)
# "early this month", "late last month"
PART_OF_RELATIVE_MONTH_RE = re.compile(r"\b(?P<part>early|mid|late|the beginning of|the start of|the end of)[\s-]+(?P<which>this|last) month\b", re.I)
# "28–29 MAR": a span of days in one month
DAY_RANGE_RE = re.compile(rf"\b(?P<d1>\d{{1,2}})\s*[–-]\s*(?P<d2>\d{{1,2}})\s+{_month}(?:,?\s+{_year})?", re.I)
NUMBERED_LABEL_RE = re.compile(r"\b(?:incident|item|case|no\.?|number|part|phase|post|annex|table|update)\s*#?\s*$", re.I)
# a section's number before its item's number: the "C." of "C.1 – 4 May"
SECTION_NUMBER_RE = re.compile(r"(?:^|\s)[A-Z0-9]{1,3}\.$")
# a chat export's stamp: "[12/03/2026, 08:10]"
CHAT_STAMP_RE = re.compile(r"^\[(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap][Mm])?\]")
# a numbered item's number, "1) " or "(2) ", which nlp also reads as the start of an item of its own
ITEM_NUMBER = r"\(?\d{1,3}\)"
# A log line's day, day before month: a field log's "14/06 0300:", a message's "[12/3 08:10]", a numbered digest
# item's "1) 31.08, Jinderes: ...", or a sheet row's date cell after its ID cell ("R31 · 08.07 · Ariha", "Row 3 |
# 12.11 | Batifa", "D-204  17/09  Tafas")
LOG_DAY_MONTH_RE = re.compile(rf"^\[?(?:{ITEM_NUMBER}\s+|(?:[A-Z]{{1,3}}-?\d{{1,4}}|Row\s+\d{{1,4}})(?:\s*[·|]\s*|\s{{2,}}))?"
                              r"(?P<d>\d{1,2})(?:/(?P<m>\d{1,2})\b(?!/)|\.(?P<m2>\d\d)(?:,|(?=\s*[·|]|\s{2})))")
# a channel post's "[21 Jan, 19:41]" or "[26 Mar]", or a digest's label "📌 Russian MoD, 13 August:" before the post it dates
POST_STAMP_RE = re.compile(
    rf"^\[(?P<day>\d{{1,2}})\s+{_month}(?:,?\s+\d{{1,2}}[:.]\d{{2}})?\]"
    # (and a form's 'Claim as received (Raqqa news page, Tue 10 Feb 14:20): "..."', the claim copied as received)
    rf"|^\W{{0,4}}[^:\n]{{2,80}}?,\s+(?:{WEEKDAY_WORDS}\.?,?\s+)?(?P<day2>\d{{1,2}})\s+(?P<month2>[A-Za-z]+)\.?(?:\s+(?:19|20)\d\d)?"
    rf"(?:,?\s+\d{{1,2}}[:.]\d{{2}})?\)?\s*:(?!\d)"
    # a social-media page's post time: "[Nineveh Police Command – Media Office · 30 June at 20:15]", or the line
    # "6 March at 22:05 · 🌐" under the page's name
    rf"|^\[[^\]\n]{{2,80}}?·\s*(?P<day3>\d{{1,2}})\s+(?P<month3>[A-Za-z]+)\s+at\s+\d{{1,2}}[:.]\d{{2}}\]"
    # "6 March at 22:05 · 🌐", "— Diyala Police Command · 2 May at 21:35 ·", "Post 4 — Mon 23 Nov, 14:05", "▌12 September · 22:48"
    # alone on their line
    rf"|^\W{{0,3}}(?:[^\n·]{{2,60}}?\s*[·—–]\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?"
    rf"(?P<day4>\d{{1,2}})\s+(?P<month4>[A-Za-z]+)\.?(?:\s+at|,|\s*·)?\s+\d{{1,2}}[:.]\d{{2}}(?:[ \t]*·[ \t]*\W{{0,3}})?[ \t]*(?:$|\n)",
    re.I)


def _spans(text: str, reference: date | None, stamp: DateMention | None = None) -> list[DateMention]:
    found = []
    for match in ISO_RANGE_RE.finditer(text):  # a chronology's "2026-03-05–07"
        start, end = _make(int(match["year"]), int(match["m"]), int(match["d1"])), _make(int(match["year"]), int(match["m"]), int(match["d2"]))
        if start and end and start < end:
            found.append(DateMention(match.start(), match.end(), start, end, TimePrecision.WEEK, [], True))
    for match in [*DAY_RANGE_RE.finditer(text), *MONTH_DAY_RANGE_RE.finditer(text)]:  # "28–29 MAR", "December 1-2"
        if NUMBERED_LABEL_RE.search(text[:match.start()]) or SECTION_NUMBER_RE.search(text[:match.start()]):
            continue  # "Incident 1 – 7 October", "C.1 – 4 May": a label's number, then the day
        month = month_number(match["month"])
        d1, d2 = int(match["d1"]), int(match["d2"])
        year = int(match["year"]) if match["year"] else _infer_year(month, d2, reference)
        start, end = _make(year, month, d1), _make(year, month, d2)
        if start and end and start < end:
            found.append(DateMention(match.start(), match.end(), start, end, TimePrecision.WEEK, [], bool(match["year"])))
    if reference is not None:
        for match in PART_OF_RELATIVE_MONTH_RE.finditer(text):
            first = reference.replace(day=1)
            if match["which"].lower() == "last":
                first = (first - timedelta(days=1)).replace(day=1)
            part = {"the beginning of": "early", "the start of": "early", "the end of": "late"}.get(match["part"].lower(), match["part"].lower())
            start, end = _part_of_month(part, first.year, first.month)
            found.append(DateMention(match.start(), match.end(), start, end, TimePrecision.MONTH, []))
    if stamp is not None:
        found.append(stamp)
    for match in BETWEEN_RE.finditer(text):
        if match["m0"] and not month_number(match["m0"]):
            continue
        first_month = month_number(match["m1"] or match["m0"] or match["m3"] or match["m2"] or "")
        last_month = month_number(match["m2"] or match["m3"] or match["m1"] or "")
        if not first_month or not last_month:
            continue
        d1, d2 = int(match["d1"] or match["d1b"]), int(match["d2"])
        year = int(match["year"]) if match["year"] else _infer_year(last_month, d2, reference)
        start, end = _make(year, first_month, d1), _make(year, last_month, d2)
        if start and end and start <= end:
            precision = TimePrecision.WEEK if (end - start).days <= 7 else TimePrecision.MONTH
            found.append(DateMention(match.start(), match.end(), start, end, precision, [], bool(match["year"])))
    return found


def _vaguer(text: str, reference: date | None) -> list[DateMention]:
    found = []
    for match in MONTH_PAIR_RE.finditer(text):
        first, last = month_number(match["month"]), month_number(match["last"])
        year = int(match["year"]) if match["year"] else _infer_year(last, 1, reference)
        if year and first < last:
            found.append(DateMention(match.start(), match.end(), date(year, first, 1), _month_end(year, last),
                                     TimePrecision.MONTH, [], bool(match["year"])))
    for match in BARE_MONTH_YEAR_RE.finditer(text):
        month, year = month_number(match["month"]), int(match["year"])
        found.append(DateMention(match.start(), match.end(), date(year, month, 1), _month_end(year, month), TimePrecision.MONTH, [], True))
    for match in PART_OF_MONTH_RE.finditer(text):
        month = month_number(match["month"])
        year = int(match["year"]) if match["year"] else _infer_year(month, 1, reference)
        if year:
            start, end = _part_of_month(match["part"], year, month)
            found.append(DateMention(match.start(), match.end(), start, end, TimePrecision.MONTH, [], bool(match["year"])))
    for match in MONTH_YEAR_RE.finditer(text):
        month = month_number(match["month"])
        year = int(match["year"]) if match["year"] else _infer_year(month, 1, reference)
        if year:
            found.append(DateMention(match.start(), match.end(), date(year, month, 1), _month_end(year, month), TimePrecision.MONTH, [], bool(match["year"])))
    for match in YEAR_RE.finditer(text):
        year = int(match["year"])
        found.append(DateMention(match.start(), match.end(), date(year, 1, 1), date(year, 12, 31), TimePrecision.YEAR, [], True))
    return found


def _relative(text: str, reference: date | None) -> list[DateMention]:
    if reference is None:
        return []
    found = []
    for pattern, offset, precision in RELATIVE:
        for match in pattern.finditer(text):
            if NAME_BEFORE_TODAY_RE.search(text[:match.start()]) and match.group(0).startswith("Today"):
                continue  # "Example Suwayda Today reports ...": the name of an outlet, not a date
            if offset is None:
                offset_days = -int(_SMALL.get(match["n"].lower(), match["n"]))
            else:
                offset_days = offset
            if precision == TimePrecision.WEEK:
                start, end = reference + timedelta(days=offset_days), reference - timedelta(days=1)
            else:
                start = end = reference + timedelta(days=offset_days)
            found.append(DateMention(match.start(), match.end(), start, end, precision, [start] if start == end else []))
    week_end = WEEK_END.get()
    counted_from = week_end if week_end is not None and week_end < reference else reference
    for match in WEEKDAY_RE.finditer(text):
        if DAY_AFTER_WEEKDAY_RE.match(text, match.end()):
            continue  # "Thursday 23 July": the day named in full says which Thursday
        back = (counted_from.weekday() - WEEKDAYS[match["weekday"].lower()]) % 7
        if match.group(0).lower().startswith("last") and back == 0:
            back = 7
        day = counted_from - timedelta(days=back)
        if LAST_WEEK_BEFORE_RE.search(text[:match.start()]):
            # "last week, on Tuesday": that weekday of the calendar week before the one the text was written in
            day = counted_from - timedelta(days=counted_from.weekday() + 7) + timedelta(days=WEEKDAYS[match["weekday"].lower()])
        found.append(DateMention(match.start(), match.end(), day, day, TimePrecision.DAY, [day]))
    return found


LAST_WEEK_BEFORE_RE = re.compile(r"\blast\s+week\s*,?\s*(?:on\s+)?$", re.I)


def _stamp(text: str, reference: date | None) -> DateMention | None:
    """The day a log line, message or post is stamped with ("14/06 0300:", "[12/3 08:10]", "[21 Jan, 19:41]",
    "Russian MoD, 13 August:")."""
    post = POST_STAMP_RE.match(text)
    if post and (month := month_number(post["month"] or post["month2"] or post["month3"] or post["month4"])):
        day = int(post["day"] or post["day2"] or post["day3"] or post["day4"])
        value = _make(_infer_year(month, day, reference), month, day)
        return DateMention(post.start(), post.end(), value, value, TimePrecision.DAY, [value]) if value else None
    chat = CHAT_STAMP_RE.match(text)
    if chat:  # "[12/03/2026, 14:22] Abu Khaled: ...": a chat export's message, with its year
        month, day = _day_month_order(int(chat["d"]), int(chat["m"]))
        value = _make(int(chat["y"]), month, day) if 1 <= month <= 12 else None
        return DateMention(chat.start(), chat.end(), value, value, TimePrecision.DAY, [value], explicit_year=True) if value else None
    match = LOG_DAY_MONTH_RE.match(text)
    if not match:
        return None
    first, second = int(match["d"]), int(match["m"] or match["m2"])
    month, day = _day_month_order(first, second)
    if not 1 <= month <= 12 or (match["m"] and _thread_counter(first, second, month, day, reference)):
        return None
    value = _make(_infer_year(month, day, reference), month, day)
    return DateMention(match.start(), match.end(), value, value, TimePrecision.DAY, [value]) if value else None


def _thread_counter(first: int, second: int, month: int, day: int, reference: date | None) -> bool:
    """Whether a line's leading "1/7", "5/7" numbers a post of a thread rather than dating it: a first number no
    larger than the second that, read as a day, would fall in the months after the day the thread was written."""
    if reference is None or first > second:
        return False
    as_day = _make(reference.year, month, day)
    return as_day is not None and 0 < (as_day - reference).days <= 180


def stamp_length(text: str) -> int:
    """How many characters a leading stamp takes ("[26 Mar]", "Russian MoD, 13 August:"); 0 when there is none."""
    stamp = _stamp(text, date(2000, 6, 15))  # any reference: only where the stamp ends is wanted
    return stamp.end if stamp is not None else 0


def label_day(text: str, reference: date | None) -> date | None:
    """The day a line that is nothing but a post's label gives ('"Example Desert Fox", 19 October:'): the day
    the posts below it were written."""
    stamp = _stamp(text, reference)
    if stamp is not None:
        return stamp.date_start if not text[stamp.end:].strip() else None
    days = [m for m in find_dates(text, reference) if m.precision is TimePrecision.DAY and not m.hour_only]
    if len(days) == 1 and not re.search(r"\w", WEEKDAY_RE.sub(" ", text[:days[0].start] + text[days[0].end:])):
        return days[0].date_start  # a diary's heading, "Thursday 23 July", or an update's "6 May"
    return None


# a table row's cell that is nothing but a day and month: "| Hajin | 08/06 | Yes. On Thursday a drone hit ... |"
ROW_DAY_CELL_RE = re.compile(r"\|\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*(?=\|)")


def row_day(line: str, reference: date | None) -> date | None:
    """The day a table row's own date cell gives (an interview's, a register entry's): what the row's "on
    Thursday" and "last week" count from, rather than the day the table was published."""
    if not line.lstrip().startswith("|") or (cell := ROW_DAY_CELL_RE.search(line)) is None:
        return None
    days = _yearless_day(cell["d"], cell["m"], cell.start(), cell.end(), reference)
    return days[0].date_start if days else None


def heading_day(text: str, reference: date | None) -> date | None:
    """The day a dated heading gives the text below it ("No: 142, 17 July 2026, Press Release Regarding ...", "Full
    text of the press conference held ..., Tuesday 27 October 2026"): one day written in full, at most two weeks
    before the document came out, on a short line with no closing stop."""
    if reference is None or len(text) > 160 or "\n" in text.strip() or text.rstrip()[-1:] in ".!?;:":
        return None
    if DAY_ONLY_LINE_RE.match(text.strip()):
        return _diary_day(text, reference)
    days = [m for m in find_dates(text, reference) if m.precision is TimePrecision.DAY and m.explicit_year]
    if len(days) != 1 or not 0 <= (reference - days[0].date_start).days <= 14:
        return None
    return days[0].date_start


# a diary's day heading, a line that is only a day: "Mon 6 April", "Wednesday, 15 April 2026", "April 6"
_MONTH_WORD = rf"(?:{MONTH_WORDS})\.?"
DAY_ONLY_LINE_RE = re.compile(rf"^(?:{WEEKDAY_WORDS}\.?,?\s+)?(?:\d{{1,2}}\s+{_MONTH_WORD}|{_MONTH_WORD}\s+\d{{1,2}})"
                              r"(?:,?\s+20\d\d)?$", re.I)


def _diary_day(text: str, reference: date) -> date | None:
    """The day of a diary's day heading, when it is within the 120 days before the document came out."""
    days = [m for m in find_dates(text, reference) if m.precision is TimePrecision.DAY]
    if len(days) != 1 or not 0 <= (reference - days[0].date_start).days <= 120:
        return None
    return days[0].date_start


def find_dates(text: str, reference: date | None) -> list[DateMention]:
    """Every date expression in a sentence, longest first where they overlap, in text order."""
    stamp = _stamp(text, reference)
    if stamp is not None:  # the stamp is read once, as a stamp, not again as a date of the text
        text = " " * stamp.end + text[stamp.end:]
    relative = _relative(text, stamp.date_start if stamp else reference)
    # "[12/3 08:10] ... yesterday night SDF make raid": the stamp is when it was told; "yesterday" counts from it.
    # So does a day of the line's own: "KRK-03  06/07  ISIS attack ... 05/07 night" was filed on the 6th about the
    # 5th. Only a line with neither is dated by its stamp.
    own_days = _single_days(text, reference)
    dated_otherwise = stamp is not None and (bool(relative) or any(m.start >= stamp.end for m in own_days))
    candidates = (_spans(text, reference, None if dated_otherwise else stamp) + _day_lists(text, reference)
                  + own_days + _vaguer(text, reference) + relative)
    candidates.sort(key=lambda m: (-(m.end - m.start), m.start))
    chosen: list[DateMention] = []
    for mention in candidates:
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    for mention in chosen:
        if mention.precision is TimePrecision.DAY and APPROXIMATELY_RE.search(text[max(0, mention.start - 20):mention.start]):
            mention.precision = TimePrecision.APPROXIMATE  # "on or about 2 February": that day, not for certain
    hour = TIME_OF_TODAY_RE.search(text)
    if not chosen and hour and reference is not None:
        # "at noon", "since the afternoon" with no day named: a feed's entry of the day it was posted
        chosen.append(DateMention(hour.start(), hour.end(), reference, reference, TimePrecision.DAY, [reference], hour_only=True))
    return sorted(chosen, key=lambda m: m.start)


APPROXIMATELY_RE = re.compile(r"\b(?:on or about|on or around|around|approximately|circa|about)\s+(?:the\s+)?$", re.I)
# "at noon", "since the afternoon", or a live blog's "14:05 —" stamp, with no day named
TIME_OF_TODAY_RE = re.compile(r"\bat (?:noon|midday)\b|\bsince (?:the afternoon|the morning|this morning|dawn|noon)\b|^\s*\d{1,2}[:.]\d{2}\s*[—–-]", re.I)


def needs_reference(text: str) -> bool:
    """True when the text has dates that only a publication date can resolve."""
    return bool(find_dates(text, date(2000, 6, 15))) and not all(m.explicit_year for m in find_dates(text, date(2000, 6, 15)))


# A saved live-map page: "Page saved: Tuesday 14 April 2026, 18:30 (Damascus time)"
PAGE_SAVED_RE = re.compile(r"^\W*(?:page\s+)?saved\s*(?:on|at)?\s*:?\s*(?P<when>.+)$", re.I)
CLOCK_RE = re.compile(r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\b")
# the line under a map entry that says how long ago it was posted: "2 hours ago · Source: Asayish statement · ..."
AGO_LINE_RE = re.compile(r"^\W*(?:(?P<n>\d+|an?|one)\s+(?P<unit>minutes?|mins?|hours?|hrs?|days?)\s+ago|(?P<word>yesterday|today))"
                         r"\s*(?P<sep>·|\||$)", re.I)


def is_source_line(line: str) -> bool:
    """Whether a line is a map entry's "2 hours ago · Source: ..." line (a separator after the time, not a bare
    "yesterday"): a line of its own, not part of the entry above it."""
    match = AGO_LINE_RE.match(line)
    return bool(match and match["sep"])


def page_saved(text: str, reference: date | None) -> datetime | None:
    """When a saved page was saved, to the minute (midnight when the line gives no time)."""
    match = PAGE_SAVED_RE.match(text)
    if not match:
        return None
    days = [d for d in find_dates(match["when"], reference) if d.precision is TimePrecision.DAY]
    if not days:
        return None
    clock = CLOCK_RE.search(match["when"])
    return datetime.combine(days[0].date_start, time(int(clock["h"]), int(clock["m"])) if clock else time())


def day_ago(text: str, saved: datetime) -> date | None:
    """The day a map entry's "20 hours ago" or "yesterday" line puts it on, counted from when the page was saved."""
    match = AGO_LINE_RE.match(text)
    if not match:
        return None
    if match["word"]:
        return saved.date() - timedelta(days=1 if match["word"].lower() == "yesterday" else 0)
    count = 1 if match["n"].lower() in {"a", "an", "one"} else int(match["n"])
    unit = match["unit"].lower()
    delta = timedelta(days=count) if unit.startswith("day") else timedelta(hours=count) if unit.startswith("h") else timedelta(minutes=count)
    return (saved - delta).date()


# a night register's header: "Night 1/2 Sep (nurse Berivan)", "Night of Sunday 15 March to Monday 16 March 2026",
# "Night: Sunday 19 July 20:00 – Monday 20 July 08:00"
NIGHT_HEADER_RE = re.compile(rf"^\W*night\b(?:\s+of\b)?\s*:?[^\n\d]{{0,12}}?(?P<day>\d{{1,2}})\b(?![:.]\d)[^\n]*?\b(?P<month>{MONTH_WORDS})\b", re.I)
# the time an incident happened ("at about 00:30"), or else the time the entry was written ("01:20 – M, 17 ...")
INCIDENT_TIME_RE = re.compile(r"\bat\s+(?:about|around|approximately)\s+(?P<hour>\d{1,2})[:.]\d{2}\b")
ENTRY_TIME_RE = re.compile(r"^\W*(?:\d{1,3}\s*[–)|-]\s*|\|\s*\d{1,3}\s*\|\s*)?(?P<hour>\d{1,2})[:.]\d{2}\b")


def night_of(text: str, reference: date | None) -> date | None:
    """The first day of the night a register's header names, or None when the line is no night header."""
    match = NIGHT_HEADER_RE.match(text)
    if not match or not (month := month_number(match["month"])):
        return None
    day = int(match["day"])
    return _make(_infer_year(month, day, reference), month, day)


def after_midnight(text: str) -> bool:
    """Whether a night register's entry tells an incident in the small hours: its own "at about 00:30", or else
    the time the entry was written."""
    match = INCIDENT_TIME_RE.search(text) or ENTRY_TIME_RE.match(text)
    return match is not None and int(match["hour"]) < 12


# a notebook's key to its day labels: "(Day 1 = Wednesday 4 March 2026)"
DAY_ONE_RE = re.compile(r"\bDay\s+1\s*=\s*(?P<day>[^).\n]{4,40})")
# a notebook's day label: "Day 3, Hasakah.", "Day 2, evening.", "Night of Day 2: "
DAY_LABEL_RE = re.compile(r"^\W*(?:(?:night|morning|afternoon|evening)\s+of\s+)?Day\s+(?P<n>\d{1,2})\b(?!\s*=)", re.I)


def day_one(text: str, reference: date | None) -> date | None:
    """The day a notebook's "Day 1" is, when its header says ("Day 1 = Saturday 5 December")."""
    match = DAY_ONE_RE.search(text)
    days = [m for m in find_dates(match["day"], reference) if m.precision is TimePrecision.DAY] if match else []
    return days[0].date_start if days else None


def numbered_day(text: str, first: date) -> date | None:
    """The day a notebook's "Day 3, Hasakah." label names, counted from its Day 1."""
    match = DAY_LABEL_RE.match(text)
    return first + timedelta(days=int(match["n"]) - 1) if match and 1 <= int(match["n"]) <= 60 else None

