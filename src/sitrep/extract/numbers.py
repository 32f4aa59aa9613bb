"""Numbers as reports write them: "185", "four", "twenty-two", "nearly 185", "dozens of"."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "no": 0, "a": 1, "an": 1, "one": 1, "single": 1, "both": 2, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}
# Vague amounts keep a qualifier. "dozens" counts as 12, as ACLED codes vague fatality reports;
# the others are the least the words can mean.
VAGUE = {"dozens": 12, "dozen": 12, "scores": 20, "several": 3, "a few": 2, "few": 2, "tens": 20}
QUALIFIERS = [
    "nearly", "almost", "about", "around", "approximately", "roughly", "some", "at least", "more than",
    "over", "up to", "as many as", "no fewer than", "less than", "fewer than", "an estimated",
]

_word = "|".join(sorted(list(UNITS) + list(TENS) + list(SCALES), key=len, reverse=True))
# A number: digits (with thousands separators) or number words joined by spaces, hyphens or "and".
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:(?:{_word})(?:[\s-]+(?:and\s+)?(?:{_word}))*))"
_qualifier = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
QUANTITY_RE = re.compile(
    rf"(?<![\w-])(?:(?P<qualifier>{_qualifier})\s+)?(?P<number>{NUMBER}|dozens|dozen|scores|several|a few|tens)"
    rf"(?P<times>(?<=\d)x(?=[\s,.;)]))?(?:\s+of)?(?![\w-])",  # "3x SDF KIA": the shorthand's times sign
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    value: int
    qualifier: str | None
    start: int
    end: int


def parse_number(words: str) -> int | None:
    """Value of a number written in digits or English words; None if it is not one."""
    text = words.strip().lower().replace(",", "")
    if text.isdigit():
        return int(text)
    if text in VAGUE:
        return VAGUE[text]
    total, current, seen = 0, 0, False
    for token in re.split(r"[\s-]+", text):
        if token == "and":
            continue
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def find_numbers(text: str) -> list[Number]:
    """Every count in a text, skipping ordinals, compounds ("four-wheel") and articles."""
    found = []
    for match in QUANTITY_RE.finditer(text):
        raw = match.group("number")
        if raw.lower() in {"a", "an", "no"}:
            continue  # articles are counted only where a pattern asks for them
        if re.match(r"\s*(?:(?:hrs|hours|h|GMT|local|a\.?m|p\.?m)\b|o'clock|:\d\d)", text[match.end("number"):], re.I):
            continue  # "2210 hrs", "3 a.m." are times
        after = text[match.end("number"):match.end("number") + 1]
        before = text[max(match.start() - 1, 0):match.start()]
        if before in {":", "."} and re.search(r"\d[:.]$", text[:match.start()]):
            continue  # the minutes of "01:45" are no count
        if re.match(r"\s*(?:metres|meters|km|kilometres|kilometers|miles|m)\b", text[match.end("number"):], re.I):
            continue  # "40 metres from the bakery": a distance
        if before in {"–", "-"} and re.search(r"\d\s*[–-]$", text[:match.start()]):
            continue  # "3–4 killed": the higher end of a range, whose lower end is the count (the lowest figure)
        if (after in {"-", "×", "/"} or re.match(r"x\d", text[match.end("number"):]) or before in {"×", "/"}
                or re.match(r"\d+(st|nd|rd|th)\b", text[match.start("number"):])):
            continue  # "four-wheel", "4×4", "24/7", "3rd" are not counts
        if re.fullmatch(r"0\d{2,}", raw):
            continue  # "| 0224 |", "ref. 0219": a reference number, which no count is written as
        value = parse_number(raw)
        if value is None:
            continue
        qualifier = match.group("qualifier")
        if raw.lower() in VAGUE:
            qualifier = (raw.lower() + " of") if raw.lower() in {"dozens", "scores", "tens"} else raw.lower()
        end = match.end("times") if match.group("times") else match.end("number")
        found.append(Number(value, qualifier.lower() if qualifier else None, match.start(), end))
    return found
