"""Field-log lines ("0630 hrs: 2x IED detonated vs SDF veh nr Hajin, 1 KIA 2 WIA") made readable.

A log paragraph is read line by line, each line with its shorthand expanded
(src/sitrep/data/shorthand.toml).  The expansion keeps a map back to the
original characters, so evidence still quotes the line exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.settings import DATA_DIR
from sitrep.vocabulary import read_toml

# A line that opens like a log entry: a time, a day and month, a date, a bullet, or an upper-case label.
# A log's or live blog's line opens with a time ("0630 hrs", "12:20 —"), a day ("05 JAN", "14/06"), a bullet or a heading.
LOG_PREFIX = re.compile(r"^\s*(?:\|\s*\S|(?:RT\s+)?@\w+:|\[\d{1,2}/\d{1,2}\b|\d{3,4}\s*(?:hrs?|h)?\b|\d{1,2}[:.]\d{2}\s*[—–-]|\d{1,2}:\d{2}Z?\s|\d{1,2}(?:\.\d{1,2})+\.?\s|\d{1,2}\.\s|\d{1,2}\s+[A-Z]{3}\b|\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b,?|\d{1,2}/\d{1,2}\b|[-•*]\s|[A-Z][A-Z .]{2,}:"
                        r"|[A-Z][A-Z0-9 &/,()–-]{3,}$|[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s)")  # or a heading: "SECURITY INCIDENTS",
# "Period: 2–8 Feb", "Incident severity: HIGH"
# The marker of a list item ("• ", "2.3 ", "4. ", a post's "@handle: "): not part of what the item says.
ITEM_MARKER = re.compile(r"^(?:(?:RT\s+)?@\w+:|\||[•·*‣]|-(?=\s)|\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.)\s+")
TIMES = re.compile(r"(?<![\w/])(\d+)x(?=\s)")  # "2x IED" -> "2 IED"


@dataclass(frozen=True)
class Expanded:
    text: str
    starts: list[int]  # for each character of text, where its source starts in the original
    ends: list[int]  # ... and where its source ends

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def is_log(paragraph: str) -> bool:
    lines = [line for line in paragraph.splitlines() if line.strip()]
    return len(lines) >= 2 and sum(bool(LOG_PREFIX.match(line)) for line in lines) >= 0.5 * len(lines)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    words = read_toml(DATA_DIR / "shorthand.toml").get("words", {})
    alternatives = []
    for key in sorted(words, key=len, reverse=True):
        escaped = re.escape(key)
        edge_left = r"(?<![\w-])" if key[0].isalnum() else ""
        edge_right = r"(?![\w-])" if key[-1].isalnum() else ""
        alternatives.append(f"{edge_left}{escaped}{edge_right}")
    return re.compile("|".join(alternatives)), words


def expand(line: str, offset: int = 0) -> Expanded:
    """The line with shorthand spelled out, and where each character came from (shifted by `offset`)."""
    pattern, words = _pattern()
    text, starts, ends = "", [], []
    cursor = 0

    def keep(upto: int) -> None:
        nonlocal text, cursor
        for index in range(cursor, upto):
            text += line[index]
            starts.append(offset + index)
            ends.append(offset + index + 1)
        cursor = upto

    def replace(start: int, end: int, new: str) -> None:
        nonlocal text, cursor
        text += new
        starts.extend([offset + start] * len(new))
        ends.extend([offset + end] * len(new))
        cursor = end

    matches = sorted([(m.start(), m.end(), words[m.group(0)]) for m in pattern.finditer(line)] +
                     [(m.start(), m.end(), m.group(1)) for m in TIMES.finditer(line)])
    for start, end, new in matches:
        if start < cursor:
            continue
        keep(start)
        replace(start, end, new)
    keep(len(line))
    return Expanded(text, starts, ends)
