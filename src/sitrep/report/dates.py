"""Dates and ordinals as a monitoring desk writes them."""

from __future__ import annotations

from datetime import date

from sitrep.model import TimePrecision


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 98th, 101st, 111th."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_text(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _month_part(start: date, end: date) -> str:
    """'early', 'mid-', 'late' or nothing, from which part of the month a range covers."""
    if start.day == 1 and (end.month != start.month or end.day >= 28):
        return ""
    if end.day <= 10:
        return "early "
    if start.day >= 21:
        return "late "
    if start.day >= 11 and end.day <= 20:
        return "mid-"
    return ""


def span_text(start: date | None, end: date | None, precision: TimePrecision) -> str:
    """'17 November 2022', '12–16 January 2023', 'early November 2022', 'November 2022',
    'between 23 October 2022 and 22 November 2022'."""
    if start is None:
        return "date unknown"
    end = end or start
    if precision == TimePrecision.YEAR:
        return str(start.year)
    if precision == TimePrecision.MONTH:
        if (start.year, start.month) != (end.year, end.month):
            return f"between {day_text(start)} and {day_text(end)}"  # e.g. sometime in a campaign month
        return f"{_month_part(start, end)}{start:%B %Y}"
    prefix = "around " if precision == TimePrecision.APPROXIMATE else ""
    if end == start:
        return prefix + day_text(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{prefix}{start.day}–{end.day} {end:%B %Y}"
    return f"{prefix}{day_text(start)} to {day_text(end)}"


def _and_join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def days_text(days: list[date]) -> str:
    """'3, 5, 16 and 21 November 2022'; days of other months follow after a semicolon."""
    by_month: dict[tuple[int, int], list[date]] = {}
    for day in sorted(set(days)):
        by_month.setdefault((day.year, day.month), []).append(day)
    parts = [f"{_and_join([str(d.day) for d in group])} {group[0]:%B %Y}" for group in by_month.values()]
    return "; ".join(parts)
